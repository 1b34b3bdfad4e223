"""Partisan political activity, English and French: should and should-not tables."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.rules.conftest import any_political, flagged, post, run

PARTISAN = [
    ("POL001", "Four more years! #TeamTrudeau"),
    ("POL001", "Assez, c'est assez. #LegaultDémission"),
    ("POL001", "Enough is enough #TrudeauMustGo"),
    ("POL002", "Proud to vote Liberal this fall!"),
    ("POL002", "Poilievre must never be PM."),
    ("POL002", "Fière de voter pour le NPD cette année 🧡"),
    ("POL002", "Les conservateurs sont corrompus jusqu'à l'os."),
    ("POL002", "J'appuie le Bloc Québécois sans hésiter"),
    ("POL002", "Doug Ford's government is a disgrace, vote them out"),
    ("POL002", "I'm supporting the NDP in this election"),
    ("POL003", "Knocking on doors for our NDP candidate Saturday, join us!"),
    ("POL003", "Faites un don à la campagne du Bloc avant minuit"),
    ("POL003", "Please donate to my friend's campaign for city council"),
    ("POL004", "I'm seeking the Green Party nomination in Gatineau!"),
    ("POL004", "C'est officiel : je serai candidate au conseil municipal."),
    ("POL004", "Je brigue l'investiture libérale dans Hull–Aylmer"),
]
NEUTRAL = [
    "The Liberal government tabled its budget today.",
    "Go vote today, whoever you support! #elxn43",
    "Watching the leaders' debate tonight #cdnpoli",
    "Les élections municipales sont dimanche, allez voter",
    "I have a liberal arts degree and I love it",
    "Green tea is the best way to start the day",
    "The party last night was great 🎉",
    "Un bloc de béton bloque la rue Principale",
    "That is a conservative estimate of the costs",
    "Vote for my cat in the cutest pet contest!",
    "Join us at the bake sale on Saturday",
    "Our candidate for the design award is ready",
    "I nominated my colleague for the Public Service Award of Excellence",
    "Trudeau announced the cabinet shuffle this morning",
    "Le premier ministre Legault était à Gatineau aujourd'hui",
    "Canada Strong: the new trade program opens next week",
]


@pytest.mark.parametrize(("code", "text"), PARTISAN)
def test_partisan_posts_are_flagged_by_their_rule(code: str, text: str) -> None:
    assert flagged(code, text), text


@pytest.mark.parametrize("text", NEUTRAL)
def test_neutral_posts_are_not_flagged(text: str) -> None:
    assert not any_political(text), text


def test_evidence_spans_point_at_the_party_and_the_cue() -> None:
    text = "Honestly, proud to vote Liberal this fall!"
    (finding,) = run("POL002", post(text))
    assert [e.text for e in finding.evidence] == ["proud to vote", "Liberal"]
    assert all(text[e.start:e.end] == e.text for e in finding.evidence)


def test_writ_period_weighs_more() -> None:
    text = "Proud to vote Liberal!"
    inside = run("POL002", post(text, datetime(2019, 9, 20, tzinfo=UTC)))[0]
    outside = run("POL002", post(text, datetime(2019, 3, 20, tzinfo=UTC)))[0]
    assert inside.weighting["election_period"] == 1.5
    assert inside.score > outside.score
    assert "election_period" not in outside.weighting
