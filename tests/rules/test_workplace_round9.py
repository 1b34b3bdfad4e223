"""Workplace critique, round 9: "pay" owed by someone (the verb after "have to") is not the
writer's wage, "at least" concedes rather than naming "the least" of something, and a sports
team's play (turnovers, interceptions, a period) is not a workplace. Found on real Reddit comments
read for false alarms ("She doesn't have to pay anything", "At least it's decent pay", "this team
has no clue ... 15 turnovers already"); the tables below are written for these tests, in parallel
English/French pairs."""

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
    "a sports team's play": [
        ("This team is so dumb, three interceptions in one quarter.",
         "Cette équipe est nulle, trois interceptions dans la même période."),
        ("Our team is hopeless tonight, four turnovers and a missed power play.",
         "Notre équipe est désespérante ce soir, quatre pertes de rondelle et un avantage numérique raté."),
    ],
}

FLAGGED: dict[str, list[tuple[str, str]]] = {
    "the wage itself run down": [
        ("Our pay is the lowest in the sector and management doesn't care.",
         "Notre paie est la plus basse du secteur et la direction s'en fiche."),
        ("At least management admits the pay here is a joke.",
         "Au moins la direction admet que la paie ici est une farce."),
    ],
    "a team at work, and staff turnover": [
        ("Congrats to our managers: 40% turnover on my team this year. A record!",
         "Bravo à nos gestionnaires : 40 % de roulement dans mon équipe cette année. Un record!"),
        ("My team at work is a mess and our manager is clueless.",
         "Mon équipe au travail est un désastre et notre gestionnaire est perdu."),
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
