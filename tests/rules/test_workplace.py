"""Strongly negative critiques of colleagues, team, manager or organization; EN and FR."""

from __future__ import annotations

import pytest

from tests.rules.conftest import flagged

HARSH = [
    "My manager is a useless idiot, this team is a joke.",
    "ESDC management is a clown show of incompetent cowards",
    "I can't stand my coworkers, bunch of lazy losers",
    "Mes collègues sont des incompétents finis, j'en peux plus de cette équipe de paresseux",
    "Ma gestionnaire est une vraie conne 🙄",
    "Notre direction est un cirque de minables",
    "The public service is full of lazy parasites",
]
MILD = [
    "Long day but my team pulled through, proud of them",
    "Bonne rencontre d'équipe ce matin",
    "My manager brought cake, best team ever!",
    "I hate Mondays",
    "This traffic is killing me",
    "The Leafs are a joke this season",
    "Je déteste la pluie",
    "My team is not lazy, we are understaffed",
    "We discussed the pros and cons of my team's proposal",
    "Frustrating meeting today, but we'll sort it out",
    "Mon équipe est géniale, merci à tous!",
]


@pytest.mark.parametrize("text", HARSH)
def test_harsh_critiques_are_flagged(text: str) -> None:
    assert flagged("WRK001", text), text


@pytest.mark.parametrize("text", MILD)
def test_mild_or_unrelated_remarks_are_not_flagged(text: str) -> None:
    assert not flagged("WRK001", text), text
