"""Build the frozen `ReportData` that every renderer receives: the only module that queries.

Renderers never touch the database, so they are tested on hand-made data. Evidence arrives as
`(text, is_match)` segments; no renderer ever builds markup from post text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import orjson
from sqlalchemy import func, select

from footprint import __version__
from footprint.records import PROFILE_KIND, Confidence, Severity
from footprint.rules import rule_registry
from footprint.rules.pictures import FIELD as PICTURE_FIELD
from footprint.store import Store, accounts, decisions, findings, imports, items, reactions, rule_errors, scans, skipped

SCHEMA_VERSION = 1
# A finding at or above this score is a priority to review. With no role profile a high-severity
# flag of medium confidence scores 4.5 and a medium one 2.25; a senior, public-facing role lifts
# medium ones past the line, which is what "rose above the review threshold" reports.
REVIEW_THRESHOLD = 4.0
# Long posts are cut around the evidence so a 10 MB post does not become a 10 MB report.
EXCERPT_LIMIT = 1200
EXCERPT_CONTEXT = 240


@dataclass(frozen=True)
class ReportFinding:
    id: str
    rule: str
    rule_name: str
    rule_summary: str
    category: str
    severity: str
    confidence: str
    score: float
    message: str
    field: str
    evidence: tuple[dict[str, Any], ...]
    segments: tuple[tuple[str, bool], ...]
    decision: str | None
    decision_note: str | None
    item: dict[str, Any]
    guidance: dict[str, str]
    action: str
    consult: tuple[str, ...]
    weighting: dict[str, float]
    new: bool
    previous_score: float | None = None
    priority: bool = False
    # A finding about a picture: what was seen, which picture, and an inline thumbnail
    # (a data: URI made at import, with the symbol's region outlined) when one was kept.
    picture: dict[str, Any] | None = None


@dataclass(frozen=True)
class ReportData:
    generated_at: datetime
    tool_version: str
    summary: dict[str, Any]
    findings: tuple[ReportFinding, ...]
    skipped: tuple[dict[str, Any], ...]
    rule_errors: tuple[dict[str, Any], ...]
    rules_used: tuple[str, ...]
    role_profile: dict[str, Any] | None
    schema_version: int = SCHEMA_VERSION
    categories: tuple[str, ...] = field(default=())
    audit: dict[str, Any] = field(default_factory=dict)
    by_year: tuple[tuple[int, int], ...] = ()


def safe_url(url: str | None) -> str | None:
    """Only web links reach a report; `javascript:` and friends are dropped."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def segments(text: str, spans: Sequence[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    """Split `text` into plain and matched parts; long texts are cut around the matches."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(len(text), end)
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts: list[tuple[str, bool]] = []
    cursor = 0
    long_text = len(text) > EXCERPT_LIMIT
    for start, end in merged:
        gap = text[cursor:start]
        if long_text and len(gap) > 2 * EXCERPT_CONTEXT:
            head = gap[:EXCERPT_CONTEXT] if cursor else ""
            gap = f"{head} … {gap[-EXCERPT_CONTEXT:]}" if head else f"… {gap[-EXCERPT_CONTEXT:]}"
        if gap:
            parts.append((gap, False))
        parts.append((text[start:end], True))
        cursor = end
    tail = text[cursor:]
    if long_text and len(tail) > EXCERPT_CONTEXT:
        tail = f"{tail[:EXCERPT_CONTEXT]} …"
    if tail:
        parts.append((tail, False))
    if not merged and long_text:
        return ((text[:EXCERPT_LIMIT] + " …", False),)
    return tuple(parts)


def build_report(store: Store, *, min_severity: Severity = Severity.INFO) -> ReportData:
    registry = rule_registry()
    rules_by_code = {code: registry.get(code) for code in registry}
    with store.connect() as conn:
        items_by_platform = dict(
            conn.execute(select(items.c.platform, func.count()).group_by(items.c.platform)).all()
        )
        reactions_by_platform = dict(
            conn.execute(select(reactions.c.platform, func.count()).group_by(reactions.c.platform)).all()
        )
        profiles_by_platform = dict(
            conn.execute(select(accounts.c.platform, func.count()).group_by(accounts.c.platform)).all()
        )
        last_scan, previous_scan = (conn.execute(select(scans).order_by(scans.c.id.desc()).limit(2)).all() + [None, None])[:2]
        decided = {
            row.finding_id: (row.decision, row.note) for row in conn.execute(select(decisions))
        }
        # Re-imports and repeated pulls record the same skip again: show each once.
        skipped_rows = conn.execute(
            select(
                skipped.c.source,
                skipped.c.reason,
                skipped.c.detail,
                func.max(imports.c.source).label("import_source"),
            )
            .join(imports, imports.c.id == skipped.c.import_id)
            .group_by(skipped.c.source, skipped.c.reason, skipped.c.detail)
            .order_by(func.min(skipped.c.id))
        ).all()
        error_rows = (
            conn.execute(select(rule_errors).where(rule_errors.c.scan_id == last_scan.id)).all()
            if last_scan
            else []
        )
        query = (
            select(
                findings,
                items.c.kind.label("item_kind"),
                items.c.text.label("item_text"),
                items.c.url.label("item_url"),
                items.c.created_at.label("item_created_at"),
                items.c.deleted.label("item_deleted"),
                accounts.c.native_id.label("account_native_id"),
                accounts.c.handle,
                accounts.c.display_name,
                accounts.c.bio,
                accounts.c.email,
                accounts.c.website,
                accounts.c.location,
                accounts.c.url.label("account_url"),
                accounts.c.created_at.label("account_created_at"),
            )
            .join(accounts, accounts.c.id == findings.c.account_id)
            .outerjoin(items, items.c.id == findings.c.item_id)
            .where(findings.c.severity >= int(min_severity))
            .order_by(findings.c.score.desc(), findings.c.id)
        )
        report_findings = []
        thumbnails = store.picture_thumbnails()
        for row in conn.execute(query):
            rule = rules_by_code.get(row.rule)
            evidence = tuple(orjson.loads(row.evidence))
            field_name = evidence[0]["field"] if evidence else "text"
            picture = _picture(row, evidence, thumbnails) if field_name == PICTURE_FIELD else None
            if picture is not None and row.subject_kind == PROFILE_KIND:
                field_name = picture["ref"]  # "avatar" or "banner": the profile's picture, no text
                text = ""
            elif row.subject_kind == PROFILE_KIND:
                text = getattr(row, field_name, None) or ""
                item = {
                    "platform": row.platform,
                    "native_id": row.native_id,
                    "kind": PROFILE_KIND,
                    "url": safe_url(row.account_url),
                    "created_at": _iso(row.account_created_at),
                    "text": text,
                    "field": field_name,
                    "handle": row.handle,
                    "deleted": False,
                }
            else:
                text = row.item_text or ""
                item = {
                    "platform": row.platform,
                    "native_id": row.native_id,
                    "kind": row.item_kind,
                    "url": safe_url(row.item_url),
                    "created_at": _iso(row.item_created_at),
                    "text": text,
                    "field": "text",
                    "handle": row.handle,
                    "deleted": bool(row.item_deleted),
                }
            spans = [(e["start"], e["end"]) for e in evidence if e["field"] == field_name]
            decision = decided.get(row.id)
            report_findings.append(
                ReportFinding(
                    id=row.id,
                    rule=row.rule,
                    rule_name=rule.name if rule else row.rule,
                    rule_summary=rule.summary() if rule else "",
                    category=row.category,
                    severity=Severity(row.severity).label,
                    confidence=Confidence(row.confidence).label,
                    score=row.score,
                    message=row.message,
                    field=field_name,
                    evidence=evidence,
                    segments=segments(text, spans),
                    decision=decision[0] if decision else None,
                    decision_note=decision[1] if decision else None,
                    item=item,
                    guidance={
                        "title": rule.guidance.title if rule else "",
                        "section": rule.guidance.section if rule else "",
                        "url": rule.guidance.url if rule else "",
                        "url_fr": (rule.guidance.url_fr or rule.guidance.url) if rule else "",
                    },
                    action=rule.action if rule else "",
                    consult=tuple(rule.consult) if rule else (),
                    weighting=orjson.loads(row.weighting),
                    new=bool(last_scan and row.first_scan_id == last_scan.id),
                    previous_score=row.previous_score,
                    priority=row.score >= REVIEW_THRESHOLD,
                    picture=picture,
                )
            )
    flagged = [f for f in report_findings if f.severity != Severity.INFO.label]
    audit = {
        "review_threshold": REVIEW_THRESHOLD,
        "priority": sum(1 for f in flagged if f.priority),
        "already_decided": sum(1 for f in flagged if f.decision is not None),
        "first_audit": previous_scan is None,
        "previous_scan_at": _iso(previous_scan.finished_at) if previous_scan else None,
        "previous_role_profile": orjson.loads(previous_scan.role_profile)
        if previous_scan and previous_scan.role_profile
        else None,
        "new_since_last": sum(1 for f in flagged if f.new) if previous_scan else len(flagged),
        "rose_above_threshold": sum(
            1
            for f in flagged
            if f.previous_score is not None and f.previous_score < REVIEW_THRESHOLD <= f.score
        ),
    }
    years = Counter(int(f.item["created_at"][:4]) for f in flagged if f.item.get("created_at") and f.item["kind"] != PROFILE_KIND)
    summary = {
        "items_by_platform": dict(sorted(items_by_platform.items())),
        "reactions_by_platform": dict(sorted(reactions_by_platform.items())),
        "profiles_by_platform": dict(sorted(profiles_by_platform.items())),
        "items_scanned": last_scan.items_scanned if last_scan else 0,
        "last_scan_at": _iso(last_scan.finished_at) if last_scan else None,
        "findings_total": len(flagged),
        "advice_total": len(report_findings) - len(flagged),
        "findings_by_category": dict(sorted(Counter(f.category for f in flagged).items())),
        "findings_by_severity": dict(sorted(Counter(f.severity for f in flagged).items())),
        "unreviewed": sum(1 for f in flagged if f.decision is None),
        "skipped_total": len(skipped_rows),
    }
    return ReportData(
        generated_at=datetime.now(UTC).replace(microsecond=0),
        tool_version=__version__,
        summary=summary,
        findings=tuple(report_findings),
        skipped=tuple(
            {"source": r.source, "reason": r.reason, "detail": r.detail, "import": r.import_source}
            for r in skipped_rows
        ),
        rule_errors=tuple(
            {"rule": r.rule, "platform": r.platform, "native_id": r.native_id, "error": r.error}
            for r in error_rows
        ),
        rules_used=tuple(orjson.loads(last_scan.rules_used)) if last_scan else (),
        role_profile=orjson.loads(last_scan.role_profile) if last_scan and last_scan.role_profile else None,
        categories=tuple(dict.fromkeys(f.category for f in report_findings)),
        audit=audit,
        by_year=tuple(sorted(years.items())),
    )


def _picture(row: Any, evidence: Sequence[dict[str, Any]], thumbnails: Mapping[tuple[str, int, str], str]) -> dict[str, Any]:
    ref = next((e["text"] for e in evidence if e["field"] == f"{PICTURE_FIELD}_ref"), "")
    key = ("profile", row.account_id, ref) if row.subject_kind == PROFILE_KIND else ("item", row.item_id, ref)
    return {"what": evidence[0]["text"], "ref": ref, "thumbnail": thumbnails.get(key)}


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
