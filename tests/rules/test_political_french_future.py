"""French says "I will", "we will" and "they will" with one inflected verb (« je me battrai »,
« nous rétablirons », « les libéraux protégeront ») and puts object pronouns before the verb
(« un gouvernement conservateur vous remettra »), or the verb before its subject (« c'est ce
que fera un gouvernement libéral »). The English half of each pair was already flagged; the
French half must be too. Written by the team for this test, parallel EN/FR, with hard
negatives: the same grammar about private life, and reports in the past tense."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

PARTISAN_PAIRS = [
    ("I will always fight the carbon tax, no matter what Ottawa says.",
     "Je me battrai toujours contre la taxe carbone, peu importe ce que dit Ottawa."),
    ("I will scrap the GST on home heating in my first budget.",
     "J'éliminerai la TPS sur le chauffage domestique dans mon premier budget."),
    ("I'll give seniors back the money they lost to inflation.",
     "Je vais redonner aux aînés l'argent que l'inflation leur a pris."),
    ("A new Conservative government will put more money in your pocket.",
     "Un nouveau gouvernement conservateur vous remettra plus d'argent dans les poches."),
    ("A re-elected Liberal government will give families a break on childcare.",
     "Un gouvernement libéral réélu leur donnera un répit sur les frais de garde."),
    ("We have to end gun violence, and that's what a re-elected Liberal government will do.",
     "Il faut mettre fin à la violence armée, et c'est ce que fera un gouvernement libéral réélu."),
    ("Conservatives will restore balance to the budget.",
     "Les conservateurs vont rétablir l'équilibre du budget."),
    ("The Liberals will protect the pension plan you paid into.",
     "Les libéraux protégeront le régime de retraite auquel vous avez cotisé."),
    ("Canada's Conservatives stand with farmers facing these tariffs.",
     "Les conservateurs du Canada sont solidaires des agriculteurs frappés par ces tarifs."),
    ("Canada's Liberals are ready to get to work for you.",
     "Les libéraux du Canada sont prêts à se mettre au travail pour vous."),
]

ORDINARY_PAIRS = [
    # the same future tense, about private life
    ("I will always fight for a spot at the dog park on Saturdays lol",
     "Je me battrai toujours pour une place au parc à chiens le samedi lol"),
    ("We'll plant tomatoes and basil this spring, finally.",
     "Nous planterons des tomates et du basilic ce printemps, enfin."),
    ("I'll give my sister back her sweater tomorrow.",
     "Je redonnerai son chandail à ma sœur demain."),
    # an object pronoun before a future verb, about no government
    ("My landlord says he will pay me back for the repairs.",
     "Mon propriétaire dit qu'il me remboursera les réparations."),
]


@pytest.mark.parametrize("english,french", PARTISAN_PAIRS)
def test_party_voice_in_the_future_is_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", ORDINARY_PAIRS)
def test_the_same_grammar_about_private_life_is_not_flagged(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


# The party's name for itself counts as its voice only in the present or future: a past tense is a
# report. (The English "Canada's Conservatives elected a new leader" is still flagged: the English
# reading does not look at the verb.)
FRENCH_REPORTS = [
    "Les conservateurs du Canada ont élu un nouveau chef en 2022.",
    "Les libéraux du Canada avaient promis une réforme électorale en 2015.",
]


@pytest.mark.parametrize("french", FRENCH_REPORTS)
def test_a_party_named_in_a_past_report_is_not_its_voice(french: str) -> None:
    assert not any_political(french), french
