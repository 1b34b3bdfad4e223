"""Official GC symbols named as an account's picture or logo (text only); EN and FR."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import symbols
from tests.rules.conftest import post, profile


def flagged_post(text: str) -> bool:
    return bool(Analyzer([symbols.OfficialSymbolAsPicture()]).analyze(post(text)).findings)


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("My new avatar is the Canada wordmark 😎", True),
        ("Using the FIP signature as my header lol", True),
        ("Put the Arms of Canada on my banner, looks so official", True),
        ("J'ai mis les armoiries du Canada comme photo de profil", True),
        ("Le mot-symbole Canada en photo de profil, trop beau", True),
        ("Nouvelle bannière : la signature du gouvernement du Canada", True),
        ("New avatar: a maple leaf and the flag 🇨🇦🍁", False),
        ("Changed my profile picture to the Canadian flag for Canada Day", False),
        ("Ma photo de profil : un drapeau du Canada et une feuille d'érable", False),
        ("The Canada wordmark was introduced in 1980.", False),
        ("Removed the Canada wordmark from my banner", False),
        ("J'ai retiré les armoiries du Canada de ma photo de profil", False),
        ("Les armoiries du Canada ont été modifiées en 1994", False),
    ],
)
def test_symbol_named_as_picture(text: str, should_flag: bool) -> None:
    assert flagged_post(text) is should_flag


@pytest.mark.parametrize(
    ("fields", "should_flag"),
    [
        ({"bio": "Avatar: Canada wordmark. Views my own."}, True),
        ({"bio": "Bannière : armoiries du Canada"}, True),
        ({"bio": "Proud Canadian 🇨🇦"}, False),
        ({"display_name": "Pat 🍁"}, False),
    ],
)
def test_profile_text(fields: dict[str, str], should_flag: bool) -> None:
    assert bool(Analyzer([symbols.OfficialSymbolAsPicture()]).analyze(profile(**fields)).findings) is should_flag
