""""Savage" as today's slang praise (round 9, from real Reddit comments read for false alarms):
"You're a savage, OP. Well done!" praises; "Nobody asked your opinion, savage" and anything near
a word about Indigenous peoples stays a slur. Written for these tests. (French « sauvage » is not
on the slur list, so there is no French half.)"""

from __future__ import annotations

import pytest

from tests.rules.conftest import discrimination_codes

PRAISE = [
    "You're a savage, OP. Well done!",
    "Damn, what a savage. Spoken like a true legend.",
    "That reply was savage, respect 🔥",
    "My grandma is a savage at cards lol, she's a legend",
]
HOSTILE = [
    "Nobody asked your opinion, savage",
    "lol ok savage",
    "Get out of my comments, you savage.",
    "Respect? You're a savage, go back to your reserve.",
    "What a savage, typical of the rez. Well done, I guess.",
]


@pytest.mark.parametrize("text", PRAISE)
def test_slang_praise_is_no_slur(text: str) -> None:
    assert "DIS001" not in discrimination_codes(text, "en"), text


@pytest.mark.parametrize("text", HOSTILE)
def test_savage_aimed_in_hostility_stays_a_slur(text: str) -> None:
    assert "DIS001" in discrimination_codes(text, "en"), text
