"""Three ways people campaign without a listed cue word, in both languages: stopping someone at
the polls ("don't let Ford get another majority", « ne laissez pas Legault gagner »), backing a
local candidate by first name in an election post ("Sarah is the candidate we need", « la
candidate qu'il nous faut »), and one's own vote with an adverb in the way (« je vote encore
vert », « j'ai toujours voté libéral »). Written by the team for this test, parallel EN/FR, with
hard negatives: games, job candidates, TV contests, student elections, a brand named Ford."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

PARTISAN_PAIRS = [
    ("Do not let Ford get another majority. Vote June 2.",
     "Ne laissez pas Ford avoir une autre majorité. Votez le 2 juin."),
    ("We can't let Poilievre win this thing, knock on doors this weekend",
     "On ne peut pas laisser Poilievre gagner, allez cogner aux portes ce week-end"),
    ("Don't let Danielle Smith stay in power another four years 🙏",
     "Ne laissons pas Danielle Smith rester au pouvoir quatre ans de plus 🙏"),
    ("If you live in Kanata North, Sarah is the candidate we need. Get out and vote Monday!",
     "Si vous habitez Kanata-Nord, Sarah est la candidate qu'il nous faut. Allez voter lundi!"),
    ("Jean is the voice this riding needs. Election day is Oct 20.",
     "Jean est la voix qu'il nous faut dans la circonscription. Votez le 20 octobre."),
    ("Voting Green again this year, no regrets", "Je vote encore vert cette année, aucun regret"),
    ("I have always voted Liberal and I will again", "J'ai toujours voté libéral et je vais recommencer"),
    ("I'll vote Conservative, first time in my life", "Je voterai conservateur, une première dans ma vie"),
]

ORDINARY_PAIRS = [
    ("I will never let Harper win at Mario Kart again",
     "Je ne laisserai plus Harper gagner à Mario Kart"),
    ("Don't let Ford ruin your weekend, come to the fair",
     "Ne laissez pas Ford vous gâcher la fin de semaine, venez à la foire"),
    ("Priya is the candidate we need for the senior analyst job, hire her",
     "Priya est la candidate qu'il nous faut pour le poste d'analyste principale, embauchez-la"),
    ("Maya is the candidate we need for student council, vote Friday!",
     "Maya est la candidate qu'il nous faut au conseil étudiant, votez vendredi!"),
    ("Marc is the voice we need on The Voice, vote for him tonight",
     "Marc, c'est la voix qu'il nous faut à La Voix, votez pour lui ce soir"),
]


@pytest.mark.parametrize("english,french", PARTISAN_PAIRS)
def test_campaign_idioms_are_flagged_in_both_languages(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", ORDINARY_PAIRS)
def test_the_same_shapes_outside_an_election_are_not_flagged(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french
