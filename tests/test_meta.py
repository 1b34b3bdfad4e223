"""Contracts that keep the project honest: rule codes, docs, examples that behave as stated."""

from __future__ import annotations

import pytest

import footprint
from footprint.analyzer import Analyzer
from footprint.records import CATEGORIES, PROFILE_KIND, Subject
from footprint.rules import BUILTIN_RULES, rule_registry
from footprint.rules.base import CODE_PATTERN, PICTURES, PROFILE, TEXT


def test_codes_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in BUILTIN_RULES]
    assert len(codes) == len(set(codes))
    assert all(CODE_PATTERN.match(code) for code in codes)
    assert len(rule_registry()) == len(BUILTIN_RULES)


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.code)
def test_every_rule_is_documented_and_cites_the_guidance(rule: type) -> None:
    assert rule.summary() and rule.explanation()
    assert rule.category in CATEGORIES
    assert rule.guidance.url.startswith("https://")
    assert rule.action and rule.consult
    assert rule.examples_flagged and rule.examples_not_flagged


def _subject(rule: type, text: str) -> Subject:
    if PROFILE in rule.applies_to:
        return Subject("x", "1", "1", PROFILE_KIND, {"bio": text, "handle": text, "email": text})
    return Subject("x", "1", "2", "post", {"text": text})


@pytest.mark.parametrize("rule", [r for r in BUILTIN_RULES if r.reads == TEXT], ids=lambda r: r.code)
def test_documented_examples_behave_as_documented(rule: type) -> None:
    analyzer = Analyzer([rule()])
    for text in rule.examples_flagged:
        assert analyzer.analyze(_subject(rule, text)).findings, f"{rule.code} should flag {text!r}"
    for text in rule.examples_not_flagged:
        assert not analyzer.analyze(_subject(rule, text)).findings, f"{rule.code} should not flag {text!r}"


def test_public_api_is_exact() -> None:
    assert sorted(footprint.__all__) == sorted(name for name in footprint.__all__ if hasattr(footprint, name))


def test_picture_rules_describe_their_examples() -> None:
    """Picture rules read no text (tests/images runs them on drawn pictures): their examples
    are descriptions, marked so a reader of `footprint rules --explain` knows."""
    picture_rules = [r for r in BUILTIN_RULES if r.reads == PICTURES]
    assert [r.code for r in picture_rules] == ["SYM101", "SAF101", "SAF102"]
    for rule in picture_rules:
        assert all(text.startswith("[picture] ") for text in (*rule.examples_flagged, *rule.examples_not_flagged))
