"""`has_digit` (rules/safety_base.py) answers as a scan for `\\d` does, ASCII or not."""

from __future__ import annotations

import re

import pytest

from footprint.rules.safety_base import has_digit
from footprint.text import fold


@pytest.mark.parametrize(
    "text",
    [
        "", " ", "abc", "a1", "Garage sale at 45 Elm St", "K2P 1L4", "10/10 would do again", "@user_9 hi",
        "Rendez-vous à 7 h 30", "Café d'abord ☕", "٣ أيام", "x٣", "week-end ２", "no digits here, only words!",
        "1", "0", "9" * 500, "é" * 300,
    ],
)
def test_has_digit_answers_as_the_digit_scan(text: str) -> None:
    for value in (text, fold(text)):
        assert has_digit(value) is (re.search(r"\d", value) is not None), value


def test_has_digit_is_asked_again_for_another_text() -> None:
    assert has_digit("room 12") is True
    assert has_digit("room twelve") is False
