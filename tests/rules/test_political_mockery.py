"""A named politician judged in slang, irony, mockery or an emphatic refusal, in English and
French (round 5): parallel tables in the team's own words (casual, Québécois, emoji). The class
is the evaluation beside the name, not any one phrase; the hard negatives keep the same words
about weather, games and people who are not the subject of the judgement."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

JUDGED_PAIRS = [
    ("Poilievre is so hollow, there's nothing behind the slogans", "Legault est tellement creux, y'a rien dans ses discours"),
    ("Trudeau looks like a penguin at every presser 🐧", "Trudeau a l'air d'un pingouin en conférence de presse 🐧"),
    ("No no and no, not Legault for another 4 years", "Non non et non, pas Legault encore 4 ans"),
    ("Poilievre proves once again his irresponsibility", "Poilievre confirme encore son irresponsabilité"),
    ("Legault, what a smooth talker... all hot air", "Legault, quel beau parleur... que du vent"),
    ("Trudeau is out to lunch on this one", "Trudeau est à côté de la track complètement"),
    ("Macron? A spoiled brat playing president", "Macron? Un enfant gâté qui joue au président"),
    ("Trudeau? Never. Not in a million years.", "Trudeau? Jamais de la vie. Jamais."),
    ("Poilievre is messing with us again with his promises", "Trudeau nous niaise avec ses promesses"),
    ("Legault talking about the environment, yikes 🙄", "Legault qui parle d'environnement, ayoye 🙄"),
]
NOT_JUDGED_PAIRS = [
    # the same words with no politician, or a politician who is the one trusting
    ("The soup is so hollow without salt, yikes", "La soupe est tellement creuse, ayoye"),
    ("My nephew looks like a penguin in his snowsuit 🐧", "Mon neveu a l'air d'un pingouin dans son habit de neige 🐧"),
    ("Conservatives never believe a word they say. They only believe they do.",
     "Un bon endroit pour faire sécher le linge, là où il y a du vent"),
    # a name asked alone, then small talk
    ("Trudeau? At the summit. A beautiful day in Ottawa, lol", "Legault? Au sommet. Belle journée à Québec, mdr"),
    ("Who won? Trudeau? Great game last night lol", "Qui a gagné? Legault? Belle partie hier soir mdr"),
    # a name at a sentence start with a belief and no audience: a camp, not the party's voice
    ("Liberals never learn, do they", "Pas question de sortir dehors avec ce froid-là"),
]


@pytest.mark.parametrize(("english", "french"), JUDGED_PAIRS)
def test_judged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize(("english", "french"), NOT_JUDGED_PAIRS)
def test_not_judged_in_both_languages(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french
