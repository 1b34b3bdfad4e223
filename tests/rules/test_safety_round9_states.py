"""Whereabouts, round 9: "in a better place" is a state of mind and "here in this subreddit" an
online place, not where the poster stands (from real Reddit comments read for false alarms). A
real place right now stays flagged, "at a good place for ramen" included. Parallel pairs written
for these tests."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from tests.rules.conftest import medium_or_higher

STATES_AND_ONLINE_PLACES = [
    ("Three years ago I was in the hospital. I can say that I'm in a much better place now. :)",
     "Il y a trois ans j'étais à l'hôpital. Je peux dire que je suis dans une meilleure passe maintenant. :)"),
    ("Honestly I'm in a dark place right now, be gentle with me.",
     "Honnêtement je suis dans une mauvaise passe en ce moment, soyez doux avec moi."),
    ("That's exactly why I'm here in this subreddit right now.",
     "C'est exactement pour ça que je suis ici dans ce forum en ce moment."),
]

REAL_PLACES_NOW = [
    ("At a good place for ramen in the Glebe right now, join me!",
     "Dans une bonne place à ramen dans le Glebe en ce moment, venez me rejoindre!"),
    ("I'm at the Rideau Centre right now, come say hi!",
     "Je suis au Centre Rideau en ce moment, venez me voir!"),
]


@pytest.mark.parametrize("english,french", STATES_AND_ONLINE_PLACES)
def test_a_state_of_mind_or_an_online_place_is_no_whereabouts(safety: Analyzer, english: str, french: str) -> None:
    assert not medium_or_higher(safety, english), english
    assert not medium_or_higher(safety, french), french


@pytest.mark.parametrize("english,french", REAL_PLACES_NOW)
def test_a_real_place_right_now_is_still_flagged(safety: Analyzer, english: str, french: str) -> None:
    assert medium_or_higher(safety, english), english
    assert medium_or_higher(safety, french), french
