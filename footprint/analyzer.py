"""Runs the enabled rules over every subject and turns their hits into fingerprinted findings.

A finding's id is a fingerprint of what it is about, not of how it was worded: the rule code,
the platform, the account, the item, and the evidence text folded. Offsets, messages, severity
and scores stay out of it, so decisions survive re-imports, re-scans and reworded rules.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from footprint.records import PROFILE_KIND, Evidence, Finding, RuleHit, Severity, Subject
from footprint.role import RoleProfile, weigh
from footprint.rules.base import ITEM, PICTURES, PROFILE, TEXT, Rule, text_words
from footprint.rules.view import SubjectView, analyzing, enter, leave
from footprint.text import fold


def fingerprint(code: str, subject: Subject, evidence_texts: Sequence[str]) -> str:
    normalized = "|".join(" ".join(fold(text).split()) for text in evidence_texts)
    key = "\x1f".join((code, subject.platform, subject.account_id, subject.native_id, normalized))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


# A rule as the analyzer runs it, looked up once instead of once per post: the rule, its bound
# `check`, its `defers_to` and its gate words (`gate_words()`, posts only; about 40 rules a post).
_Step = tuple[Rule, Callable[[Subject, SubjectView], Iterable[RuleHit]], tuple[str, ...], frozenset[str] | None]


def _plan(rules: Sequence[Rule], kind: str) -> tuple[_Step, ...]:
    # A gate speaks of a post's text; a profile's rules read its other fields (bio, name...).
    return tuple((rule, rule.check, rule.defers_to, rule.gate_words() if kind == ITEM else None) for rule in rules)


@dataclass
class AnalysisResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


class Analyzer:
    def __init__(self, rules: Sequence[Rule], role: RoleProfile | None = None) -> None:
        self.rules = list(rules)
        self.role = role or RoleProfile()
        # Which rules read the text of items and of profiles, decided once rather than per post.
        # Rules that defer to other categories run last, so they can see what the others found.
        self._by_kind: dict[str, tuple[_Step, ...]] = {
            kind: _plan(
                sorted(
                    (rule for rule in self.rules if kind in rule.applies_to and rule.reads == TEXT),
                    key=lambda r: bool(r.defers_to),
                ),
                kind,
            )
            for kind in (ITEM, PROFILE)
        }
        # Rules that read what the picture checks stored at import.
        self._picture_rules = {
            kind: _plan([rule for rule in self.rules if kind in rule.applies_to and rule.reads == PICTURES], kind)
            for kind in (ITEM, PROFILE)
        }
        # Every gate word (gates are a post's): the post's words are met with all of them at once,
        # then each rule's gate with that meeting, usually empty, not with the post's many words.
        self._gate_words = frozenset().union(
            *(gate for plans in (self._by_kind, self._picture_rules) for plan in plans.values()
              for _rule, _check, _defers, gate in plan if gate is not None)
        )

    def analyze(self, subject: Subject) -> AnalysisResult:
        result = AnalysisResult()
        seen: set[str] = set()
        kind = PROFILE if subject.kind == PROFILE_KIND else ITEM
        view = SubjectView(subject, {name: fold(value) for name, value in subject.fields.items() if value})
        token = enter(view)
        try:
            if view:
                self._run_rules(self._by_kind[kind], subject, view, result, seen)
            if subject.pictures:
                for ref, stored in subject.pictures:
                    if stored.get("text"):
                        self._analyze_picture_text(subject, ref, str(stored["text"]), result, seen)
                self._run_rules(self._picture_rules[kind], subject, view, result, seen)
        finally:
            leave(token)
        result.errors.extend(view.problems)
        return result

    def _run_rules(
        self,
        plan: Sequence[_Step],
        subject: Subject,
        view: SubjectView,
        result: AnalysisResult,
        seen: set[str],
        rewrite: Callable[[RuleHit], RuleHit] | None = None,
    ) -> None:
        found: set[str] = set()
        gated: frozenset[str] | None = None  # the post's words that some rule's gate holds
        for rule, check, defers_to, gate in plan:
            if defers_to and not found.isdisjoint(defers_to):
                continue
            if gate is not None:
                if gated is None:
                    gated = text_words(view.get("text") or "").intersection(self._gate_words)
                if gated.isdisjoint(gate):
                    continue  # the rule's own first test would end it: not worth the call
            try:
                hits = list(check(subject, view))
            except Exception as exc:  # one broken rule must not stop the audit
                result.errors.append((rule.code, f"{type(exc).__name__}: {exc}"))
                continue
            if hits:
                found.add(rule.category)
                for hit in hits:
                    self._add(result, seen, rule, rewrite(hit) if rewrite else hit, subject)

    def _analyze_picture_text(
        self, subject: Subject, ref: str, text: str, result: AnalysisResult, seen: set[str]
    ) -> None:
        """The words read inside a picture go through the post rules; evidence names the
        picture's text and the picture, so the report can show which words, in which picture."""
        from footprint.rules.pictures import FIELD, TEXT_FIELD

        words = replace(subject, fields={"text": text}, pictures=())

        def in_picture(hit: RuleHit) -> RuleHit:
            evidence = tuple(
                Evidence(TEXT_FIELD, e.start, e.end, e.text) if e.field == "text" else e for e in hit.evidence
            ) + (Evidence(f"{FIELD}_ref", 0, 0, ref),)
            return replace(hit, evidence=evidence)

        view = SubjectView(words, {"text": fold(text)})
        with analyzing(view):
            self._run_rules(self._by_kind[ITEM], words, view, result, seen, in_picture)

    def _add(self, result: AnalysisResult, seen: set[str], rule: Rule, hit: RuleHit, subject: Subject) -> None:
        finding_id = fingerprint(rule.code, subject, [e.text for e in hit.evidence])
        if finding_id in seen:
            return
        seen.add(finding_id)
        confidence = hit.confidence or rule.confidence
        score, factors = weigh(rule.severity, confidence, subject, self.role, hit.factors)
        result.findings.append(
            Finding(
                id=finding_id,
                rule=rule.code,
                category=rule.category,
                severity=rule.severity,
                confidence=confidence,
                score=score if rule.severity > Severity.INFO else 0.0,
                message=hit.message,
                evidence=hit.evidence,
                subject_kind=subject.kind,
                platform=subject.platform,
                account_id=subject.account_id,
                native_id=subject.native_id,
                weighting=factors,
            )
        )
