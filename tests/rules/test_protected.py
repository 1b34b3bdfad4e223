"""Security markings, Cabinet confidences, handling instructions and leak cues; EN and FR."""

from __future__ import annotations

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Confidence
from footprint.rules import protected
from footprint.rules.base import Rule
from tests.rules.conftest import post


def hits(rule: type[Rule], text: str) -> list:
    return Analyzer([rule()]).analyze(post(text)).findings


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Fun read tonight, PROTECTED B briefing note on my desk lol", True),
        ("Protected A: list of staff moving to the new building", True),
        ("Document PROTÉGÉ B : voici les chiffres", True),
        ("La note est classée Protégé C, mais bon", True),
        ("The TOP SECRET report is on page 4", True),
        ("SECRET//CEO draft attached", True),
        ("Ce document TRÈS SECRET circule partout", True),
        ("The deck was marked secret but whatever", True),
        ("Le rapport est coté confidentiel, je vous le résume", True),
        ("My secret recipe for butter tarts", False),
        ("New protected bike lane on Laurier!", False),
        ("Secret Santa at the office today", False),
        ("Victoria's Secret sale this weekend", False),
        ("THE SECRET IS OUT, WE ARE HAVING A BABY", False),
        ("TOP SECRET cookie recipe, don't tell", False),
        ("I sell classified ads", False),
        ("This species is protected a lot more now", False),
        ("Protected A-list celebrities only", False),
        ("Mon secret? Dormir huit heures.", False),
        ("Zone protégée pour les oiseaux", False),
    ],
)
def test_security_marking(text: str, should_flag: bool) -> None:
    assert bool(hits(protected.SecurityMarking, text)) is should_flag


def test_marking_form_is_more_certain_than_a_mention() -> None:
    assert hits(protected.SecurityMarking, "PROTECTED B memo")[0].confidence is Confidence.MEDIUM
    assert hits(protected.SecurityMarking, "Classified documents found at the estate, reports say")[0].confidence is Confidence.LOW


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Long night finishing the draft memo to Cabinet on housing", True),
        ("Can't believe what's in this Cabinet confidence", True),
        ("TB submission due Friday, pray for us", True),
        ("On termine l'ébauche de mémoire au Cabinet ce soir", True),
        ("C'est une confidence du Cabinet, mais je peux vous dire que...", True),
        ("Bought a new kitchen cabinet today", False),
        ("The Cabinet shuffle is tomorrow, says CBC", False),
        ("Le Conseil des ministres se réunit demain", False),
        ("Mon MC préféré au festival de rap", False),
    ],
)
def test_cabinet_confidence(text: str, should_flag: bool) -> None:
    assert bool(hits(protected.CabinetConfidence, text)) is should_flag


@pytest.mark.parametrize(
    ("text", "should_flag"),
    [
        ("Slide 4 says internal only but this is too good not to share", True),
        ("For internal use only — but here's the gist", True),
        ("Not for distribution, but you need to see this", True),
        ("Embargoed until 9 am tomorrow, but here it is", True),
        ("Usage interne seulement, mais bon...", True),
        ("Ne pas diffuser svp, mais regardez ça", True),
        ("Internal medicine residents rock", False),
        ("Free to share: our public report is out!", False),
        ("Le rapport public est en ligne", False),
    ],
)
def test_handling_restriction(text: str, should_flag: bool) -> None:
    assert bool(hits(protected.HandlingRestriction, text)) is should_flag


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("Got my hands on the draft budget plan, thread below", Confidence.MEDIUM),
        ("Here's the internal deck on the reorg, enjoy", Confidence.MEDIUM),
        ("I leaked it and I'd do it again", Confidence.MEDIUM),
        ("Voici le document interne sur la réorganisation, en primeur", Confidence.MEDIUM),
        ("J'ai mis la main sur l'ébauche du plan", Confidence.MEDIUM),
        ("The leaked memo shows the minister knew", Confidence.LOW),
        ("Fuite d'un rapport au ministère, selon La Presse", Confidence.LOW),
        ("Leaky faucet fixed, finally", None),
        ("Read the minister's public statement here", None),
        ("Le robinet fuit encore", None),
    ],
)
def test_leak_cue(text: str, confidence: Confidence | None) -> None:
    found = hits(protected.LeakCue, text)
    assert bool(found) is (confidence is not None)
    if confidence is not None:
        assert found[0].confidence is confidence
