"""Reclaimed words (DIS001), in English and French: lesbians naming their own nights, couples,
communities and selves, and "dyke" as the French community's English loanword. The same words
said with contempt, with disgust or to someone stay slurs.

Content warning: these tables quote slurs, because the rules must recognise them.
"""

from __future__ import annotations

import pytest

from tests.rules.conftest import discrimination_codes as codes

RECLAIMED = [
    # an event, before the word in French and after it in English
    ("Dyke night at the bar this Saturday, everyone welcome 🌈", "Soirée dyke au bar ce samedi, toutes bienvenues 🌈"),
    # the poster and a partner as a pair
    ("Me and my wife, two happy old dykes at the sugar shack", "Ma blonde pis moi, deux vieilles gouines heureuses à la cabane à sucre"),
    # the community named by the word
    ("The dyke community saved my life", "La communauté gouine m'a sauvé la vie"),
    # one like the poster, or the poster all along
    ("A dyke like me in a village of 300 people, imagine", "Une gouine comme moi dans un village de 300 personnes, imagine"),
    ("I've always been a dyke, even before I knew the word", "J'ai toujours été une gouine, même avant de connaître le mot"),
]

# English "dyke" in French text: the community's loanword (French scorn says « gouine »).
LOANWORD_FR = [
    "Les dykes du Plateau organisent un pique-nique dimanche, apportez vos chaises",
    "Appel à toutes les dykes : la ligue de balle molle recrute",
    "Hommage aux dykes qui ont marché en 1990",
]

SCORNED = [
    ("Look at those two dykes holding hands, disgusting", "Regarde les deux dykes qui se tiennent la main, dégueulasse"),
    ("Filthy dyke, go home", "Sale dyke, retourne chez vous"),
    ("You're just a bitter dyke", "T'es juste une dyke frustrée"),
    ("Nobody wants your faggot culture here", "Personne veut de ta culture de tapette ici"),
    ("Those two dykes next door, ugh", "Les deux gouines d'à côté, ouache"),
]


@pytest.mark.parametrize("english, french", RECLAIMED)
def test_reclaimed_words_are_not_slurs(english: str, french: str) -> None:
    assert "DIS001" not in codes(english, "en"), english
    assert "DIS001" not in codes(french, "fr"), french


@pytest.mark.parametrize("text", LOANWORD_FR)
def test_the_english_loanword_in_french_is_the_communitys_own(text: str) -> None:
    assert "DIS001" not in codes(text, "fr"), text


@pytest.mark.parametrize("english, french", SCORNED)
def test_the_same_words_with_scorn_stay_slurs(english: str, french: str) -> None:
    assert "DIS001" in codes(english, "en"), english
    assert "DIS001" in codes(french, "fr"), french
