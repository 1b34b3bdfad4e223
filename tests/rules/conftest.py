"""Run one rule on one text, as the analyzer would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import cache

import pytest

from footprint.analyzer import Analyzer
from footprint.records import PROFILE_KIND, Finding, Severity, Subject
from footprint.rules import learned, load_rules


def post(text: str, created_at: datetime | None = None) -> Subject:
    return Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, created_at=created_at)


def profile(**fields: str) -> Subject:
    return Subject(platform="x", account_id="1", native_id="1", kind=PROFILE_KIND, fields=fields)


def run(code: str, subject: Subject) -> list[Finding]:
    return Analyzer(load_rules([code])).analyze(subject).findings


def flagged(code: str, text: str) -> bool:
    return bool(run(code, post(text)))


def parallel_pairs(tables: dict[str, list[tuple[str, str]]]) -> list[object]:
    """Parametrize tables of (English, French) pairs, named by table and English opening."""
    return [pytest.param(en, fr, id=f"{name}: {en[:40]}") for name, pairs in tables.items() for en, fr in pairs]


def any_political(text: str) -> bool:
    analyzer = Analyzer(load_rules(["POL001", "POL002", "POL003", "POL004", "POL005"]))
    return bool(analyzer.analyze(post(text)).findings)


def codes_of(analyzer: Analyzer, text: str, language: str | None = None) -> set[str]:
    """The codes of the rules that flag `text` as a post (in `language` when given)."""
    subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": text}, language=language)
    return {f.rule for f in analyzer.analyze(subject).findings}


@cache
def _discrimination_analyzer() -> Analyzer:
    from footprint.rules import discrimination

    return Analyzer([rule() for rule in discrimination.RULES])


def discrimination_codes(text: str, language: str | None = None) -> set[str]:
    """The codes of the transparent discrimination rules of `discrimination.RULES` (DIS001-DIS005)
    that flag `text` as a post (in `language` when given)."""
    return codes_of(_discrimination_analyzer(), text, language)


def flat(pairs: list[tuple[str, str]]) -> list[str]:
    """The texts of parallel (English, French) pairs, one after the other."""
    return [text for pair in pairs for text in pair]


def forget_learned_models() -> None:
    """Drop the cached model file and its gates, so the next scan reads $FOOTPRINT_TEXT_MODELS anew."""
    learned.models.cache_clear()
    learned._gate.cache_clear()


@pytest.fixture
def packaged_models(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The models that ship, whatever model file the person running the tests has set."""
    monkeypatch.delenv(learned.MODEL_FILE_ENV, raising=False)
    forget_learned_models()
    yield
    forget_learned_models()


@pytest.fixture(scope="module")
def safety() -> Analyzer:
    """Every personal-safety rule, as the analyzer runs them."""
    return Analyzer([rule for rule in load_rules() if rule.category == "personal_safety"])


def medium_or_higher(analyzer: Analyzer, text: str) -> bool:
    """`analyzer` flags `text` (as a post) at medium severity or higher."""
    return any(f.severity >= Severity.MEDIUM for f in analyzer.analyze(post(text)).findings)
