"""Workplace critique, round 9: "pay" owed by someone (the verb after "have to") is not the
writer's wage, and "at least" concedes rather than naming "the least" of something. Found on real
Reddit comments read for false alarms ("She doesn't have to pay anything", "At least it's decent
pay"); the tables below are written for these tests, in parallel English/French pairs."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules
from tests.rules.conftest import parallel_pairs

CLEAN: dict[str, list[tuple[str, str]]] = {
    "pay owed, not a wage": [
        ("She doesn't have to pay anything for the course, it's covered.",
         "Elle n'a rien à payer pour le cours, c'est couvert."),
        ("Had to pay for parking downtown again, ugh.",
         "J'ai encore dû payer le stationnement au centre-ville, ouf."),
    ],
    "at least, a concession": [
        ("At least it's decent pay, lol.", "Au moins la paie est correcte, lol."),
    ],
}

FLAGGED: dict[str, list[tuple[str, str]]] = {
    "the wage itself run down": [
        ("Our pay is the lowest in the sector and management doesn't care.",
         "Notre paie est la plus basse du secteur et la direction s'en fiche."),
        ("At least management admits the pay here is a joke.",
         "Au moins la direction admet que la paie ici est une farce."),
    ],
}


def _workplace(text: str, language: str) -> bool:
    analyzer = Analyzer(load_rules(["WRK001", "WRK002"]))
    subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)
    return bool(analyzer.analyze(subject).findings)


@pytest.mark.parametrize("english,french", parallel_pairs(CLEAN))
def test_pay_owed_and_concessions_stay_clean(english: str, french: str) -> None:
    assert not _workplace(english, "en"), english
    assert not _workplace(french, "fr"), french


@pytest.mark.parametrize("english,french", parallel_pairs(FLAGGED))
def test_the_wage_run_down_is_still_flagged(english: str, french: str) -> None:
    assert _workplace(english, "en"), english
    assert _workplace(french, "fr"), french
