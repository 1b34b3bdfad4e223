"""A rule's `text_gate` (rules/base.py) lets the analyzer skip calling it for a post that holds
none of the gate's words; it must never skip a post the rule would have flagged."""

from __future__ import annotations

from functools import cache

import pytest

from footprint.analyzer import Analyzer
from footprint.rules import load_rules
from footprint.rules.base import Rule, text_words
from footprint.rules.view import SubjectView, analyzing
from footprint.text import fold
from tests.rules.conftest import post

GATED = [rule for rule in load_rules() if rule.gate_words() is not None]


@cache
def _texts() -> tuple[str, ...]:
    """The project's own corpus (every category, both languages, hard negatives) and some
    shapes of text that gates are easy to get wrong on."""
    from scripts.corpus.build import posts

    made = [p.text for p in posts()]
    made += [
        "PROTECTED B // draft — do not distribute", "« USAGE INTERNE SEULEMENT »", "Cabinet-confidence memo",
        "@leaked_docs internal deck", "#embargoed until 9am", "", "   ", "🔒🔒", "Secret Santa at the office!",
        "Got my hands on the leaked draft budget, thread below", "Voici le document interne sur la réorganisation, en primeur",
    ]
    for rule in load_rules():  # what each rule's own documentation says it flags
        made += [*rule.examples_flagged, *rule.examples_not_flagged]
    return tuple(made)


def test_some_rules_are_gated() -> None:
    assert GATED, "no rule declares a text_gate: this test would check nothing"


@pytest.mark.parametrize("rule", GATED, ids=lambda r: r.code)
def test_a_gate_only_skips_posts_the_rule_would_not_flag(rule: Rule) -> None:
    gate = rule.gate_words()
    assert gate is not None
    skipped_but_flagged = []
    for text in _texts():
        folded = fold(text)
        if not text_words(folded).isdisjoint(gate):
            continue
        subject = post(text)
        view = SubjectView(subject, {"text": folded} if text else {})
        with analyzing(view):
            if list(rule.check(subject, view)):
                skipped_but_flagged.append(text)
    assert not skipped_but_flagged, skipped_but_flagged[:5]


def test_the_analyzer_finds_the_same_with_and_without_gates() -> None:
    gated = Analyzer(load_rules())
    ungated_rules = load_rules()
    for rule in ungated_rules:
        rule.gate_words = lambda: None  # type: ignore[method-assign]  # the instance's shadows the class's
    ungated = Analyzer(ungated_rules)
    for text in _texts()[::7]:
        subject = post(text)
        assert [f.id for f in gated.analyze(subject).findings] == [f.id for f in ungated.analyze(subject).findings], text


def test_a_profile_is_never_gated() -> None:
    from tests.rules.conftest import profile

    analyzer = Analyzer(load_rules(["SAF008"]))
    subject = profile(bio="Analyste 📊 DOB: 1985-03-03", display_name="Julie")
    assert [f.rule for f in analyzer.analyze(subject).findings] == ["SAF008"]
