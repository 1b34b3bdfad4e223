"""French says "checked in at the hotel" as « check-in au Château » or « enregistrés à l'hôtel »
with no verb of arrival: the same present whereabouts as the English, at medium severity. A
check-in that is a procedure (online, at a counter) places no one. Written by the team."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from tests.rules.conftest import medium_or_higher, post

CHECKED_IN_PAIRS = [
    ("Checked in at the Château Frontenac for three nights 🥂", "Check-in au Château Frontenac pour trois nuits 🥂"),
    ("Checked in at the Delta in Moncton, here till Friday", "Enregistrés à l'hôtel Delta de Moncton, ici jusqu'à vendredi"),
    ("Check-in at the Fairmont done, pool time!", "Check-in à l'hôtel Fairmont, on file à la piscine!"),
]
PROCEDURES = [
    "Le check-in à la clinique se fait maintenant en ligne",
    "Les bagages enregistrés au comptoir 12 seulement",
    "Online check-in for the clinic opens at 8",
]


@pytest.mark.parametrize("english,french", CHECKED_IN_PAIRS)
def test_a_hotel_check_in_is_whereabouts_in_both_languages(safety: Analyzer, english: str, french: str) -> None:
    assert medium_or_higher(safety, english), english
    assert medium_or_higher(safety, french), french


@pytest.mark.parametrize("text", PROCEDURES)
def test_a_check_in_procedure_places_no_one(safety: Analyzer, text: str) -> None:
    assert not safety.analyze(post(text)).findings, text
