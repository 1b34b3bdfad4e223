"""Exasperation with someone at home is a figure of speech, in both languages; the same words
aimed at an ex, a neighbour or "you", or with a weapon, are still a threat (DIS004)."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules

HOUSEHOLD = [
    ("My husband snores like a bear, I'm going to kill him", "Mon chum ronfle comme un ours, je vais le tuer"),
    ("My kids painted the wall with nutella. I'm going to kill them 😭", "Mes enfants ont peinturé le mur au Nutella. Je vais les tuer 😭"),
    ("My roommate used all the hot water AGAIN, I will murder her", "Ma coloc a encore pris toute l'eau chaude, je vais la tuer"),
    ("Our dog ate the birthday cake. I'm going to strangle him", "Notre chien a mangé le gâteau de fête. Je vais l'étrangler"),
]
THREATS = [
    ("My ex keeps texting me, I'm going to kill him", "Mon ex arrête pas de m'écrire, je vais le tuer"),
    ("My neighbour parked in my spot again, I'm going to kill him", "Mon voisin s'est encore stationné dans ma place, je vais le tuer"),
    ("My husband cheated, I'm going to kill him with the gun in the closet", "Mon mari m'a trompée, je vais le tuer avec le fusil dans le garde-robe"),
    ("Say that again and I'll kill you", "Répète ça pis je vais te tuer"),
]


def _threat(text: str, lang: str) -> bool:
    subject = Subject(platform="x", account_id="a", native_id="1", kind="post", fields={"text": text}, language=lang)
    findings = Analyzer(load_rules(["DIS004", "DIS007"])).analyze(subject).findings
    return any(f.rule in {"DIS004", "DIS007"} for f in findings)


@pytest.mark.parametrize(("english", "french"), HOUSEHOLD)
def test_exasperation_at_home_is_not_a_threat(english: str, french: str) -> None:
    assert not _threat(english, "en") and not _threat(french, "fr")


@pytest.mark.parametrize(("english", "french"), THREATS)
def test_threats_at_an_ex_a_neighbour_you_or_with_a_weapon_still_count(english: str, french: str) -> None:
    assert _threat(english, "en") and _threat(french, "fr")
