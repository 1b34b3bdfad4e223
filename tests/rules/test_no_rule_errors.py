"""No rule breaks on the posts it was written for. The analyzer turns a rule's exception into a
rule error and goes on (one broken rule must not stop an audit), so a test that only asks "is this
post flagged?" passes while a rule is broken on every post that reaches its last lines (a check
that returns None instead of its hits, say). These tests ask for the errors themselves."""

from __future__ import annotations

from functools import cache

import pytest

from footprint.analyzer import Analyzer
from footprint.records import Subject
from footprint.rules import load_rules
from footprint.rules.view import SubjectView, analyzing
from footprint.text import fold

# Posts that reach the late branches of many rules: a private seat, a crowd's protest, a
# campaign's call, an address, a child's school, a workplace, a slur quoted to condemn it.
_LATE_BRANCHES = (
    "Vote for me at the condo AGM on Thursday!",
    "Votez pour moi au conseil étudiant jeudi!",
    "Thousands marched downtown today against the pipeline, organizers said.",
    "Des milliers de personnes ont marché contre le pipeline aujourd'hui, selon les organisateurs.",
    "I'm running for city council in Ward 9 this fall, more soon.",
    "Je me présente au conseil municipal dans le district 9 cet automne.",
    "Garage sale at my place, 123 Bank St., Saturday 8 am!",
    "Vente de garage chez nous, 123, rue Laurier, samedi 8 h!",
    "Emma's first day at Elmdale Public School, pickup at 3:15.",
    "Premier jour de Léa à l'école du Boisé, on la ramasse à 15 h 15.",
    "My director is useless and this department is a joke.",
    "Mon directeur est inutile et ce ministère est une farce.",
    "Someone called my friend a 'dirty immigrant' today. Not okay.",
    "Quelqu'un a traité mon ami de « sale immigré » aujourd'hui. Inacceptable.",
    "",
    "🍁🍁🍁",
)


@cache
def _analyzer() -> Analyzer:
    return Analyzer(load_rules())


def _posts() -> list[tuple[str, str]]:
    posts = [(rule.code, text) for rule in load_rules() for text in (*rule.examples_flagged, *rule.examples_not_flagged)]
    return posts + [("late branch", text) for text in _LATE_BRANCHES]


@pytest.mark.parametrize("language", ["en", "fr", None])
def test_no_rule_error_on_the_rules_own_examples(language: str | None) -> None:
    broken = []
    for source, text in _posts():
        subject = Subject(
            platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language
        )
        result = _analyzer().analyze(subject)
        broken += [(source, text, code, message) for code, message in result.errors]
    assert not broken, broken[:5]


def test_every_check_returns_its_hits_not_none() -> None:
    for rule in load_rules():
        for text in (*rule.examples_flagged, *rule.examples_not_flagged, *_LATE_BRANCHES):
            subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text})
            view = SubjectView(subject, {"text": fold(text)} if text else {})
            with analyzing(view):
                hits = rule.check(subject, view)
            assert hits is not None, (rule.code, text)
            list(hits)
