"""Build the frozen `ReportData` that every renderer receives: the only module that queries.

Renderers never touch the database, so they are tested on hand-made data. Evidence arrives as
`(text, is_match)` segments; no renderer ever builds markup from post text.

Reports stay small in memory whatever the number of findings: the summary, the audit counts, the
chart and the HTML filters come from SQL aggregates, and with `build_report(..., stream=True)`
(how every report is written) `ReportData.findings` is a `FindingSource` that streams its rows,
one `ReportFinding` at a time, each time it is read. Renderers treat it as any sequence of
findings (hand-made data passes a tuple).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, overload
from urllib.parse import urlsplit

import orjson

from footprint import __version__
from footprint.records import PROFILE_KIND, Confidence, Severity
from footprint.store import (
    DECIDED,
    REVIEW_THRESHOLD,
    UNDECIDED,
    FindingScope,
    PictureShown,
    ReportReader,
    ReportStats,
    ReviewFilter,
    Store,
)

SCHEMA_VERSION = 1
# Long posts are cut around the evidence so a 10 MB post does not become a 10 MB report.
EXCERPT_LIMIT = 1200
EXCERPT_CONTEXT = 240

# The review page's filters and its Decision filter's two words, and the priority threshold,
# belong to the store's reads (`footprint.store.report_reads`); named here too for the renderers.
__all__ = [
    "DECIDED",
    "REVIEW_THRESHOLD",
    "UNDECIDED",
    "FindingSource",
    "ReportData",
    "ReportFinding",
    "ReviewFilter",
    "build_report",
    "finding_categories",
    "finding_facets",
    "findings_that_rose",
    "review_counts",
    "review_source",
    "safe_url",
    "segments",
    "select_findings",
]


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
    # Became priority with the current role profile (below the threshold before this scan).
    rose: bool = False
    # A finding about a picture: what was seen, which picture, and an inline thumbnail
    # (a data: URI made at import, with the symbol's region outlined) when one was kept.
    picture: dict[str, Any] | None = None


@dataclass(frozen=True)
class ReportData:
    generated_at: datetime
    tool_version: str
    summary: dict[str, Any]
    # In report order (score, highest first, then id). A `FindingSource` (streamed from the
    # database, see `build_report`) or, for hand-made data, a plain tuple.
    findings: Sequence[ReportFinding]
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


class FindingSource(Sequence[ReportFinding]):
    """The findings of a report, read from the database as they are used, never all at once.

    Iterating streams the rows (report order: score, highest first, then id) and turns each into a
    `ReportFinding` on the fly, so writing a report of a million findings holds one batch of rows
    in memory, not the million. It can be iterated again (each pass queries again), and `where`
    narrows it in SQL (one category, flagged findings or advice only), which the HTML report uses
    for its groups. Counts come from SQL, taken with the report's summary where known.

    Renderers also accept a plain tuple of findings (hand-made data): `select_findings`,
    `finding_categories` and `finding_facets` work on either.
    """

    def __init__(
        self,
        store: Store,
        reader: _RowReader,
        *,
        min_severity: Severity,
        category: str | None = None,
        flagged: bool | None = None,
        stats: ReportStats | None = None,
        rose: bool = False,
        narrowing: ReviewFilter | None = None,
    ) -> None:
        self._store = store
        self._reader = reader
        self._stats = stats
        # Which findings, as the store reads them; `rose` keeps only those that became priority
        # with the current role profile, `narrowing` holds the review page's filters, if any.
        self._scope = FindingScope(
            min_severity=min_severity,
            category=category,
            flagged=flagged,
            rose=rose,
            narrowing=narrowing if narrowing else None,
            new_scan_id=reader.new_scan_id,
        )
        self._count: int | None = (
            stats.count(category, flagged) if stats is not None and not rose and not narrowing else None
        )

    # -- selections, pushed down into SQL

    def where(self, *, category: str | None = None, flagged: bool | None = None) -> FindingSource:
        """These findings narrowed to one category and/or to flags (`True`) or advice (`False`)."""
        scope = self._scope
        if scope.category is not None and category is not None and category != scope.category:
            raise ValueError("a selection narrows; it cannot change the category")
        if scope.flagged is not None and flagged is not None and flagged != scope.flagged:
            raise ValueError("a selection narrows; it cannot change flagged/advice")
        return FindingSource(
            self._store,
            self._reader,
            min_severity=scope.min_severity,
            category=category if category is not None else scope.category,
            flagged=flagged if flagged is not None else scope.flagged,
            stats=self._stats,
            rose=scope.rose,
            narrowing=scope.narrowing,
        )

    def narrow(self, narrowing: ReviewFilter) -> FindingSource:
        """These findings narrowed by the review page's filters (replacing earlier ones)."""
        scope = self._scope
        return FindingSource(
            self._store,
            self._reader,
            min_severity=scope.min_severity,
            category=scope.category,
            flagged=scope.flagged,
            stats=self._stats,
            rose=scope.rose,
            narrowing=narrowing,
        )

    def page(self, offset: int, limit: int) -> tuple[ReportFinding, ...]:
        """`limit` findings from `offset` on, in report order: one page of the review page."""
        convert = self._reader.finding
        with self._store.reading() as reads:
            return tuple(convert(row) for row in reads.finding_rows(self._scope, offset=max(0, offset), limit=limit))

    def get(self, finding_id: str) -> ReportFinding | None:
        """The finding with this full id, if it is among these findings."""
        with self._store.reading() as reads:
            row = next(reads.finding_rows(self._scope, finding_id=finding_id), None)
        return None if row is None else self._reader.finding(row)

    def categories(self) -> tuple[str, ...]:
        """The categories in the order their first finding appears (the report's order)."""
        scope = self._scope
        if (
            self._stats is not None
            and scope.category is None
            and scope.flagged is None
            and not scope.rose
            and scope.narrowing is None
        ):
            return self._stats.categories
        with self._store.reading() as reads:
            return reads.categories(scope)

    def facets(self) -> dict[str, set[str]]:
        """Distinct categories, platforms, severity labels and years (as the HTML filters offer them)."""
        with self._store.reading() as reads:
            return reads.facets(self._scope)

    # -- the sequence

    def __iter__(self) -> Iterator[ReportFinding]:
        with self._store.reading() as reads:
            yield from self.read(reads)

    def read(self, reads: ReportReader) -> Iterator[ReportFinding]:
        """The findings, streamed through `reads` (whose transaction they then belong to)."""
        convert = self._reader.finding
        for row in reads.finding_rows(self._scope):
            yield convert(row)

    def __len__(self) -> int:
        if self._count is None:
            with self._store.reading() as reads:
                self._count = reads.count_findings(self._scope)
        return self._count

    def __bool__(self) -> bool:
        return len(self) > 0

    @overload
    def __getitem__(self, index: int) -> ReportFinding: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[ReportFinding, ...]: ...

    def __getitem__(self, index: int | slice) -> ReportFinding | tuple[ReportFinding, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError("finding index out of range")
        with self._store.reading() as reads:
            row = next(reads.finding_rows(self._scope, offset=position, limit=1), None)
        if row is None:
            raise IndexError("finding index out of range")
        return self._reader.finding(row)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (FindingSource, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=False))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        scope = self._scope
        where = ", ".join(
            part
            for part in (
                f"category={scope.category!r}" if scope.category is not None else "",
                f"flagged={scope.flagged!r}" if scope.flagged is not None else "",
            )
            if part
        )
        return f"<FindingSource of {self._store.path}{' ' + where if where else ''}>"


def select_findings(
    report_findings: Sequence[ReportFinding], *, category: str | None = None, flagged: bool | None = None
) -> Sequence[ReportFinding]:
    """The findings of one category and/or only flags (`flagged=True`) or advice (`False`), in
    report order: a SQL selection for a `FindingSource`, a filtered tuple for hand-made data."""
    if isinstance(report_findings, FindingSource):
        return report_findings.where(category=category, flagged=flagged)
    return tuple(
        f
        for f in report_findings
        if (category is None or f.category == category)
        and (flagged is None or (f.severity != Severity.INFO.label) == flagged)
    )


def finding_categories(report_findings: Sequence[ReportFinding]) -> tuple[str, ...]:
    """Categories in the order of their first finding."""
    if isinstance(report_findings, FindingSource):
        return report_findings.categories()
    return tuple(dict.fromkeys(f.category for f in report_findings))


def finding_facets(report_findings: Sequence[ReportFinding]) -> dict[str, set[str]]:
    """Distinct categories, platforms, severities and years (the year of `item.created_at`)."""
    if isinstance(report_findings, FindingSource):
        return report_findings.facets()
    return {
        "category": {f.category for f in report_findings},
        "platform": {f.item["platform"] for f in report_findings},
        "severity": {f.severity for f in report_findings},
        "year": {(f.item.get("created_at") or "")[:4] for f in report_findings} - {""},
    }


def build_report(store: Store, *, min_severity: Severity = Severity.INFO, stream: bool = False) -> ReportData:
    """The report's data, its summaries computed in SQL.

    With `stream=True` (how `pipeline.write_report` writes every report) the findings are a
    `FindingSource`: read from the database each time they are iterated, one at a time, so memory
    stays flat whatever their number; they then show the database as it is when read. Without
    it they are a tuple read here, in the same transaction as the summaries: a snapshot that a
    later scan or decision does not change (the review queue, tests comparing two audits).
    """
    rules_by_code = _rules_by_code()
    thumbnails = store.picture_thumbnails()  # few: only flagged pictures keep one
    with store.reading() as reads:
        items_by_platform = reads.items_by_platform()
        reactions_by_platform = reads.reactions_by_platform()
        profiles_by_platform = reads.profiles_by_platform()
        last_scan, previous_scan = ([*reads.latest_scans(2)] + [None, None])[:2]
        skipped_rows = reads.skipped_sources()
        error_rows = reads.rule_errors(last_scan.id) if last_scan else []
        stats = reads.stats(min_severity=min_severity, last_scan_id=last_scan.id if last_scan else None)
        reader = _RowReader(rules_by_code, thumbnails, new_scan_id=last_scan.id if last_scan else None)
        source = FindingSource(store, reader, min_severity=min_severity, stats=stats)
        report_findings: Sequence[ReportFinding] = source if stream else tuple(source.read(reads))
    flagged = stats.flagged
    audit = {
        "review_threshold": REVIEW_THRESHOLD,
        "priority": flagged["priority"],
        "already_decided": flagged["decided"],
        "first_audit": previous_scan is None,
        "previous_scan_at": _iso(previous_scan.finished_at) if previous_scan else None,
        "previous_role_profile": previous_scan.role_profile if previous_scan else None,
        "new_since_last": flagged["new"] if previous_scan else flagged["count"],
        "rose_above_threshold": flagged["rose"],
    }
    summary = {
        "items_by_platform": dict(sorted(items_by_platform.items())),
        "reactions_by_platform": dict(sorted(reactions_by_platform.items())),
        "profiles_by_platform": dict(sorted(profiles_by_platform.items())),
        "items_scanned": last_scan.items_scanned if last_scan else 0,
        "last_scan_at": _iso(last_scan.finished_at) if last_scan else None,
        "findings_total": flagged["count"],
        "advice_total": stats.advice,
        "findings_by_category": dict(sorted(stats.flagged_by_category.items())),
        "findings_by_severity": dict(sorted(stats.flagged_by_severity.items())),
        "unreviewed": flagged["count"] - flagged["decided"],
        "skipped_total": len(skipped_rows),
    }
    return ReportData(
        generated_at=datetime.now(UTC).replace(microsecond=0),
        tool_version=__version__,
        summary=summary,
        findings=report_findings,
        skipped=tuple(
            {"source": r.source, "reason": r.reason, "detail": r.detail, "import": r.import_source}
            for r in skipped_rows
        ),
        rule_errors=tuple(
            {"rule": r.rule, "platform": r.platform, "native_id": r.native_id, "error": r.error}
            for r in error_rows
        ),
        rules_used=last_scan.rules_used if last_scan else (),
        role_profile=last_scan.role_profile if last_scan else None,
        categories=stats.categories,
        audit=audit,
        by_year=stats.by_year,
    )


def review_counts(store: Store) -> dict[str, int]:
    """The counts the report's summary gives, in the same words, for the terminal: `to_review`
    (flagged items), `undecided`, `priority` (score at or above the threshold), `rose` (became
    priority with the current role profile) and `advice`."""
    with store.reading() as reads:
        stats = reads.stats(min_severity=Severity.INFO, last_scan_id=reads.last_scan_id())
    flagged = stats.flagged
    return {
        "to_review": flagged["count"],
        "undecided": flagged["count"] - flagged["decided"],
        "priority": flagged["priority"],
        "rose": flagged["rose"],
        "advice": stats.advice,
    }


def review_source(
    store: Store,
    *,
    min_severity: Severity = Severity.LOW,
    thumbnails: Mapping[tuple[str, int, str], PictureShown] | None = None,
) -> FindingSource:
    """The findings as the review page (`footprint serve`) reads them: a `FindingSource` in
    report order without a report's summaries, so re-reading one card after a decision costs a
    query, not a report. `thumbnails` (`Store.picture_thumbnails()`, which only a scan changes)
    may be given by a caller that keeps them between requests."""
    last_scan_id = store.last_scan_id()
    reader = _RowReader(
        _rules_by_code(),
        store.picture_thumbnails() if thumbnails is None else thumbnails,
        new_scan_id=last_scan_id,
    )
    return FindingSource(store, reader, min_severity=min_severity)


def findings_that_rose(store: Store, *, limit: int | None = None) -> tuple[ReportFinding, ...]:
    """The items that became priority with the current role profile, highest score first."""
    reader = _RowReader(_rules_by_code(), {}, new_scan_id=None)
    source = FindingSource(store, reader, min_severity=Severity.LOW, rose=True)
    if limit is None:
        return tuple(source)
    return source.page(0, limit)


def _rules_by_code() -> dict[str, Any]:
    # Imported only here: the rules compile their patterns on import (0.3 s of CPU), and
    # `footprint scan` reads its summary counts from this module without needing them.
    from footprint.rules import rule_registry

    registry = rule_registry()
    return {code: registry.get(code) for code in registry}


class _RowReader:
    """Turns one row of `FindingSource._query` into a `ReportFinding`."""

    def __init__(
        self,
        rules_by_code: Mapping[str, Any],
        thumbnails: Mapping[tuple[str, int, str], PictureShown],
        *,
        new_scan_id: int | None,
    ) -> None:
        from footprint.rules.pictures import FIELD, TEXT_FIELD

        self._rules = rules_by_code
        # Evidence in these fields points at a picture, or at the words read inside one.
        self._picture_field, self._picture_text_field = FIELD, TEXT_FIELD
        self._thumbnails = thumbnails
        self._new_scan_id = new_scan_id
        self._rule_parts: dict[str, tuple[str, str, dict[str, str], str, tuple[str, ...]]] = {}

    @property
    def new_scan_id(self) -> int | None:
        """The last scan: a finding it first found is new."""
        return self._new_scan_id

    def _parts(self, code: str) -> tuple[str, str, dict[str, str], str, tuple[str, ...]]:
        """What a finding shows of its rule (name, summary, guidance, next step, who to consult)."""
        parts = self._rule_parts.get(code)
        if parts is None:
            rule = self._rules.get(code)
            parts = self._rule_parts[code] = (
                rule.name if rule else code,
                rule.summary() if rule else "",
                {
                    "title": rule.guidance.title if rule else "",
                    "section": rule.guidance.section if rule else "",
                    "url": rule.guidance.url if rule else "",
                    "url_fr": (rule.guidance.url_fr or rule.guidance.url) if rule else "",
                },
                rule.action if rule else "",
                tuple(rule.consult) if rule else (),
            )
        return parts

    def finding(self, row: Any) -> ReportFinding:
        rule_name, rule_summary, guidance, action, consult = self._parts(row.rule)
        evidence = tuple(orjson.loads(row.evidence))
        field_name = evidence[0]["field"] if evidence else "text"
        picture_text = self._picture_text_field
        picture = self._picture(row, evidence) if field_name in (self._picture_field, picture_text) else None
        if row.subject_kind == PROFILE_KIND:
            if picture is not None:
                field_name = picture["ref"]  # "avatar" or "banner": the profile's picture, no text
                text = ""
            else:
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
        if field_name == picture_text:
            # The evidence points into the words read inside the picture, not the post's text.
            text = (picture or {}).get("text") or ""
        spans = [(e["start"], e["end"]) for e in evidence if e["field"] == field_name]
        return ReportFinding(
            id=row.id,
            rule=row.rule,
            rule_name=rule_name,
            rule_summary=rule_summary,
            category=row.category,
            severity=Severity(row.severity).label,
            confidence=Confidence(row.confidence).label,
            score=row.score,
            message=row.message,
            field=field_name,
            evidence=evidence,
            segments=segments(text, spans),
            decision=row.decision,
            decision_note=row.decision_note,
            item=item,
            guidance=dict(guidance),
            action=action,
            consult=consult,
            weighting=orjson.loads(row.weighting),
            new=self._new_scan_id is not None and row.first_scan_id == self._new_scan_id,
            previous_score=row.previous_score,
            priority=row.score >= REVIEW_THRESHOLD,
            rose=row.previous_score is not None and row.previous_score < REVIEW_THRESHOLD <= row.score,
            picture=picture,
        )

    def _picture(self, row: Any, evidence: Sequence[dict[str, Any]]) -> dict[str, Any]:
        ref = next((e["text"] for e in evidence if e["field"] == f"{self._picture_field}_ref"), "")
        key = ("profile", row.account_id, ref) if row.subject_kind == PROFILE_KIND else ("item", row.item_id, ref)
        shown = self._thumbnails.get(key)
        in_words = evidence[0]["field"] == self._picture_text_field
        return {
            "what": "" if in_words else evidence[0]["text"],
            "ref": ref,
            "thumbnail": shown.thumbnail if shown else None,
            "text": shown.text if shown and in_words else None,
        }


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
