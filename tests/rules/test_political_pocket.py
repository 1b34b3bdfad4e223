"""Saying a party or politician is in someone's pocket takes a side, in French as in English."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules

PAIRS = [
    ("The Liberals are in the pocket of big oil.", "Les libéraux sont dans la poche des pétrolières."),
    ("Poilievre is in bed with the grocery giants", "Poilievre est au lit avec les géants de l'épicerie"),
    ("The Conservatives have been in the pocket of the banks for decades", "Les conservateurs sont dans la poche du lobby bancaire depuis des décennies"),
]
NOT_POLITICAL = [
    ("Found twenty bucks in the pocket of my winter coat!", "Trouvé vingt piasses dans la poche de mon manteau d'hiver!"),
]


def _political(text: str, lang: str) -> bool:
    subject = Subject(platform="x", account_id="a", native_id="1", kind="post", fields={"text": text}, language=lang)
    return any(f.category == "political_activity" for f in Analyzer(load_rules()).analyze(subject).findings)


@pytest.mark.parametrize(("english", "french"), PAIRS)
def test_in_the_pocket_of_takes_a_side_in_both_languages(english: str, french: str) -> None:
    assert _political(english, "en") and _political(french, "fr")


@pytest.mark.parametrize(("english", "french"), NOT_POLITICAL)
def test_a_pocket_without_a_politician_is_not_political(english: str, french: str) -> None:
    assert not _political(english, "en") and not _political(french, "fr")
