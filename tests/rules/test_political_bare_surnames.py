"""People name leaders by a bare surname that is also an everyday one: "Ford", "Carney", "Singh",
"Smith", "Blanchet". In a post about governing or elections (a budget, a term, a tax, a vote) the
surname is the politician; beside a namesake's words (a truck, a dog, a song) or in a post with no
such words it is not. Written by the team for this test, parallel EN/FR, with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules.conftest import any_political

PARTISAN_PAIRS = [
    ("Can't believe we're stuck with Ford for another term. Ontario deserves better.",
     "Pas croyable qu'on soit pris avec Ford pour un autre mandat. L'Ontario mérite mieux."),
    ("Carney's first budget is a gift to Bay Street and a slap in the face to renters",
     "Le premier budget de Carney est un cadeau à Bay Street et une gifle pour les locataires"),
    ("Singh propping up this government for years was a disgrace",
     "Singh qui a soutenu ce gouvernement pendant des années, c'est une honte"),
    ("Smith's pension plan scheme is a disaster for Albertans, scrap it",
     "Le projet de régime de retraite de Smith est un désastre pour les Albertains, qu'elle l'abandonne"),
    ("Blanchet is the only leader who stands up for Quebec in Ottawa",
     "Blanchet est le seul chef qui défend le Québec à Ottawa"),
]

ORDINARY_PAIRS = [
    ("Ford recalled my truck again, third time this year, what a disaster",
     "Ford a rappelé mon camion encore, troisième fois cette année, quel désastre"),
    ("Carney the dog stole my sandwich again, what a disgrace 😂",
     "Carney le chien a encore volé mon sandwich, quelle honte 😂"),
    ("Singh's bakery on Bank has the best samosas, total disgrace that they close Mondays",
     "La boulangerie Singh sur Bank a les meilleurs samosas, une honte qu'elle ferme le lundi"),
    ("Smith scored twice tonight, what a disaster for the other team",
     "Smith a marqué deux fois ce soir, quel désastre pour l'autre équipe"),
]


@pytest.mark.parametrize("english,french", PARTISAN_PAIRS)
def test_a_bare_surname_in_a_post_about_governing_is_the_politician(english: str, french: str) -> None:
    assert any_political(english), english
    assert any_political(french), french


@pytest.mark.parametrize("english,french", ORDINARY_PAIRS)
def test_a_namesake_stays_a_namesake(english: str, french: str) -> None:
    assert not any_political(english), english
    assert not any_political(french), french


@pytest.mark.parametrize("text", ["Axe the tax!", "Pierre gets it. Axe the tax, build the homes, bring it home."])
def test_the_conservative_rallying_line_is_a_slogan(text: str) -> None:
    assert any_political(text), text


@pytest.mark.parametrize("text", ["The city wants to axe the taxi stand on Elgin", "Axe the taxes on tips, Trump says"])
def test_words_that_contain_it_are_not(text: str) -> None:
    assert not any_political(text), text
