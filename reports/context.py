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

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, overload
from urllib.parse import urlsplit

import orjson
from sqlalchemy import Connection, Select, and_, case, false, func, or_, select

from footprint import __version__
from footprint.records import PROFILE_KIND, Confidence, Severity
from footprint.rules import rule_registry
from footprint.rules.pictures import FIELD as PICTURE_FIELD
from footprint.rules.pictures import TEXT_FIELD as PICTURE_TEXT_FIELD
from footprint.store import (
    PictureShown,
    Store,
    accounts,
    decisions,
    findings,
    imports,
    items,
    reactions,
    rule_errors,
    scans,
    skipped,
)

SCHEMA_VERSION = 1
# A finding at or above this score is marked priority (the reports' word, the terminal's too; the
# JSON keeps its `review_threshold` key). With no role profile a high-severity flag of medium
# confidence scores 4.5 and a medium one 2.25; a senior, public-facing role lifts medium ones past
# the line: those "became priority with the current role profile" (`rose_above_threshold`).
REVIEW_THRESHOLD = 4.0
# Long posts are cut around the evidence so a 10 MB post does not become a 10 MB report.
EXCERPT_LIMIT = 1200
EXCERPT_CONTEXT = 240
# Rows fetched from SQLite at a time while a report streams its findings.
STREAM_BATCH = 500


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
        stats: _Stats | None = None,
        rose: bool = False,
        narrowing: ReviewFilter | None = None,
    ) -> None:
        self._store = store
        self._reader = reader
        self._min_severity = min_severity
        self._category = category
        self._flagged = flagged
        self._stats = stats
        # Only the findings that became priority with the current role profile.
        self._rose = rose
        # The review page's filters (`narrow`), if any.
        self._narrowing = narrowing if narrowing else None
        self._count: int | None = (
            stats.count(category, flagged) if stats is not None and not rose and self._narrowing is None else None
        )

    # -- selections, pushed down into SQL

    def where(self, *, category: str | None = None, flagged: bool | None = None) -> FindingSource:
        """These findings narrowed to one category and/or to flags (`True`) or advice (`False`)."""
        if self._category is not None and category is not None and category != self._category:
            raise ValueError("a selection narrows; it cannot change the category")
        if self._flagged is not None and flagged is not None and flagged != self._flagged:
            raise ValueError("a selection narrows; it cannot change flagged/advice")
        return FindingSource(
            self._store,
            self._reader,
            min_severity=self._min_severity,
            category=category if category is not None else self._category,
            flagged=flagged if flagged is not None else self._flagged,
            stats=self._stats,
            rose=self._rose,
            narrowing=self._narrowing,
        )

    def narrow(self, narrowing: ReviewFilter) -> FindingSource:
        """These findings narrowed by the review page's filters (replacing earlier ones)."""
        return FindingSource(
            self._store,
            self._reader,
            min_severity=self._min_severity,
            category=self._category,
            flagged=self._flagged,
            stats=self._stats,
            rose=self._rose,
            narrowing=narrowing,
        )

    def page(self, offset: int, limit: int) -> tuple[ReportFinding, ...]:
        """`limit` findings from `offset` on, in report order: one page of the review page."""
        convert = self._reader.finding
        with self._store.connect() as conn:
            return tuple(convert(row) for row in conn.execute(self._query().limit(limit).offset(max(0, offset))))

    def get(self, finding_id: str) -> ReportFinding | None:
        """The finding with this full id, if it is among these findings."""
        with self._store.connect() as conn:
            row = conn.execute(self._query().where(findings.c.id == finding_id)).first()
        return None if row is None else self._reader.finding(row)

    def categories(self) -> tuple[str, ...]:
        """The categories in the order their first finding appears (the report's order)."""
        if (
            self._stats is not None
            and self._category is None
            and self._flagged is None
            and not self._rose
            and self._narrowing is None
        ):
            return self._stats.categories
        with self._store.connect() as conn:
            return _category_order(conn, self._scope_where())

    def facets(self) -> dict[str, set[str]]:
        """Distinct categories, platforms, severity labels and years (as the HTML filters offer them)."""
        with self._store.connect() as conn:
            where = self._scope_where()
            rows = conn.execute(
                select(findings.c.category, findings.c.platform, findings.c.severity)
                .select_from(_scope())
                .where(*where)
                .group_by(findings.c.category, findings.c.platform, findings.c.severity)
            ).all()
            year = _year_expression()
            years = conn.execute(
                select(year).select_from(_scope(with_items=True)).where(*where, year.is_not(None)).distinct()
            ).scalars().all()
        return {
            "category": {row.category for row in rows},
            "platform": {row.platform for row in rows},
            "severity": {Severity(row.severity).label for row in rows},
            "year": {y for y in years if y},
        }

    # -- the sequence

    def __iter__(self) -> Iterator[ReportFinding]:
        with self._store.connect() as conn:
            yield from self.read(conn)

    def read(self, conn: Connection) -> Iterator[ReportFinding]:
        """The findings, streamed through `conn` (whose transaction they then belong to)."""
        convert = self._reader.finding
        for row in conn.execute(self._query(), execution_options={"yield_per": STREAM_BATCH}):
            yield convert(row)

    def __len__(self) -> int:
        if self._count is None:
            with self._store.connect() as conn:
                self._count = int(
                    conn.execute(select(func.count()).select_from(_scope()).where(*self._scope_where())).scalar_one()
                )
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
        with self._store.connect() as conn:
            row = conn.execute(self._query().limit(1).offset(position)).first()
        if row is None:
            raise IndexError("finding index out of range")
        return self._reader.finding(row)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (FindingSource, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=False))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        where = ", ".join(
            part
            for part in (
                f"category={self._category!r}" if self._category is not None else "",
                f"flagged={self._flagged!r}" if self._flagged is not None else "",
            )
            if part
        )
        return f"<FindingSource of {self._store.path}{' ' + where if where else ''}>"

    # -- SQL

    def _scope_where(self) -> list[Any]:
        where: list[Any] = [findings.c.severity >= int(self._min_severity)]
        if self._category is not None:
            where.append(findings.c.category == self._category)
        if self._flagged is True:
            where.append(findings.c.severity != int(Severity.INFO))
        elif self._flagged is False:
            where.append(findings.c.severity == int(Severity.INFO))
        if self._rose:
            where.append(_rose_condition())
        if self._narrowing is not None:
            where.extend(self._narrowing.conditions(self._reader.new_scan_id))
        return where

    def _query(self) -> Select[Any]:
        return (
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
                decisions.c.decision,
                decisions.c.note.label("decision_note"),
            )
            .select_from(_scope(with_items=True).outerjoin(decisions, decisions.c.finding_id == findings.c.id))
            .where(*self._scope_where())
            .order_by(findings.c.score.desc(), findings.c.id)
        )


# What the review page's Decision filter offers besides the decisions themselves.
UNDECIDED = "undecided"
DECIDED = "decided"


@dataclass(frozen=True)
class ReviewFilter:
    """The review page's filters (`footprint serve`), as its selects give them: an empty value
    lets everything through. Values are checked by the caller against what the page offers; a
    value that matches nothing simply selects nothing.

    `decision` is "undecided", "decided" or one decision; `priority` is "priority" (score at or
    above the threshold) or "rose" (became priority with the current role profile); `since` is
    "last" for what the last scan brought (new findings and those that became priority) or
    "new" for its new findings alone."""

    category: str = ""
    platform: str = ""
    severity: str = ""
    year: str = ""
    priority: str = ""
    decision: str = ""
    since: str = ""

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)

    def conditions(self, last_scan_id: int | None) -> list[Any]:
        """SQL conditions on `findings` alone (subqueries, no join), so they fit any scope. The
        subqueries read aliases: the report's query already joins items, accounts and decisions,
        which SQLAlchemy would otherwise correlate away."""
        where: list[Any] = []
        if self.category:
            where.append(findings.c.category == self.category)
        if self.platform:
            where.append(findings.c.platform == self.platform)
        if self.severity:
            levels = {level.label: int(level) for level in Severity}
            where.append(findings.c.severity == levels.get(self.severity, -1))
        if self.year:
            post, account = items.alias("year_item"), accounts.alias("year_account")
            posts = select(post.c.id).where(func.substr(post.c.created_at, 1, 4) == self.year)
            profiles = select(account.c.id).where(func.substr(account.c.created_at, 1, 4) == self.year)
            where.append(
                case(
                    (findings.c.subject_kind == PROFILE_KIND, findings.c.account_id.in_(profiles)),
                    else_=findings.c.item_id.in_(posts),
                )
            )
        if self.priority == "priority":
            where.append(findings.c.score >= REVIEW_THRESHOLD)
        elif self.priority == "rose":
            where.append(_rose_condition())
        elif self.priority:
            where.append(false())
        made = decisions.alias("made")
        decided = select(made.c.finding_id).where(made.c.finding_id == findings.c.id).exists()
        if self.decision == UNDECIDED:
            where.append(~decided)
        elif self.decision == DECIDED:
            where.append(decided)
        elif self.decision:
            where.append(findings.c.id.in_(select(made.c.finding_id).where(made.c.decision == self.decision)))
        new = findings.c.first_scan_id == (last_scan_id if last_scan_id is not None else -1)
        if self.since == "last":
            where.append(or_(new, _rose_condition()))
        elif self.since == "new":
            where.append(new)
        elif self.since:
            where.append(false())
        return where


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
    registry = rule_registry()
    rules_by_code = {code: registry.get(code) for code in registry}
    thumbnails = store.picture_thumbnails()  # few: only flagged pictures keep one
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
        stats = _Stats.query(conn, min_severity=min_severity, last_scan_id=last_scan.id if last_scan else None)
        reader = _RowReader(rules_by_code, thumbnails, new_scan_id=last_scan.id if last_scan else None)
        source = FindingSource(store, reader, min_severity=min_severity, stats=stats)
        report_findings: Sequence[ReportFinding] = source if stream else tuple(source.read(conn))
    flagged = stats.flagged
    audit = {
        "review_threshold": REVIEW_THRESHOLD,
        "priority": flagged["priority"],
        "already_decided": flagged["decided"],
        "first_audit": previous_scan is None,
        "previous_scan_at": _iso(previous_scan.finished_at) if previous_scan else None,
        "previous_role_profile": orjson.loads(previous_scan.role_profile)
        if previous_scan and previous_scan.role_profile
        else None,
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
        rules_used=tuple(orjson.loads(last_scan.rules_used)) if last_scan else (),
        role_profile=orjson.loads(last_scan.role_profile) if last_scan and last_scan.role_profile else None,
        categories=stats.categories,
        audit=audit,
        by_year=stats.by_year,
    )


def review_counts(store: Store) -> dict[str, int]:
    """The counts the report's summary gives, in the same words, for the terminal: `to_review`
    (flagged items), `undecided`, `priority` (score at or above the threshold), `rose` (became
    priority with the current role profile) and `advice`."""
    with store.connect() as conn:
        last_scan_id = conn.execute(select(scans.c.id).order_by(scans.c.id.desc()).limit(1)).scalar()
        stats = _Stats.query(conn, min_severity=Severity.INFO, last_scan_id=last_scan_id)
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
    registry = rule_registry()
    with store.connect() as conn:
        last_scan_id = conn.execute(select(scans.c.id).order_by(scans.c.id.desc()).limit(1)).scalar()
    reader = _RowReader(
        {code: registry.get(code) for code in registry},
        store.picture_thumbnails() if thumbnails is None else thumbnails,
        new_scan_id=last_scan_id,
    )
    return FindingSource(store, reader, min_severity=min_severity)


def findings_that_rose(store: Store, *, limit: int | None = None) -> tuple[ReportFinding, ...]:
    """The items that became priority with the current role profile, highest score first."""
    registry = rule_registry()
    reader = _RowReader({code: registry.get(code) for code in registry}, {}, new_scan_id=None)
    source = FindingSource(store, reader, min_severity=Severity.LOW, rose=True)
    query = source._query() if limit is None else source._query().limit(limit)
    with store.connect() as conn:
        return tuple(reader.finding(row) for row in conn.execute(query))


# ---------------------------------------------------------------------------- SQL helpers


def _scope(*, with_items: bool = False) -> Any:
    """The rows a report covers: every finding with its account (and item, for posts)."""
    joined = findings.join(accounts, accounts.c.id == findings.c.account_id)
    return joined.outerjoin(items, items.c.id == findings.c.item_id) if with_items else joined


def _rose_condition() -> Any:
    """A finding that was below the priority threshold before this scan and is at or above it
    now: the role profile (or the account's reach) changed its weight."""
    return and_(
        findings.c.previous_score.is_not(None),
        findings.c.previous_score < REVIEW_THRESHOLD,
        findings.c.score >= REVIEW_THRESHOLD,
    )


def _year_expression() -> Any:
    """The year of a finding's `item.created_at` (the account's for a profile), as the report
    writes it: times are stored as naive UTC text, 'YYYY-MM-DD HH:MM:SS…'."""
    return case(
        (findings.c.subject_kind == PROFILE_KIND, func.substr(accounts.c.created_at, 1, 4)),
        else_=func.substr(items.c.created_at, 1, 4),
    )


def _category_order(conn: Connection, where: Sequence[Any]) -> tuple[str, ...]:
    """Categories ordered by their first finding in report order (score descending, then id)."""
    top = (
        select(findings.c.category, func.max(findings.c.score).label("top"))
        .select_from(_scope())
        .where(*where)
        .group_by(findings.c.category)
        .subquery()
    )
    rows = conn.execute(
        select(findings.c.category, top.c.top, func.min(findings.c.id).label("first_id"))
        .select_from(_scope().join(top, and_(top.c.category == findings.c.category, top.c.top == findings.c.score)))
        .where(*where)
        .group_by(findings.c.category)
    ).all()
    return tuple(row.category for row in sorted(rows, key=lambda row: (-row.top, row.first_id)))


@dataclass(frozen=True)
class _Stats:
    """What the summary, the audit block, the chart and the HTML groups count, from SQL aggregates."""

    flagged: dict[str, int]
    advice: int
    flagged_by_category: dict[str, int]
    flagged_by_severity: dict[str, int]
    advice_by_category: dict[str, int]
    categories: tuple[str, ...]
    by_year: tuple[tuple[int, int], ...]

    @classmethod
    def query(cls, conn: Connection, *, min_severity: Severity, last_scan_id: int | None) -> _Stats:
        where = [findings.c.severity >= int(min_severity)]
        is_flagged = findings.c.severity != int(Severity.INFO)

        def tally(condition: Any) -> Any:
            return func.sum(case((condition, 1), else_=0))

        rows = conn.execute(
            select(
                findings.c.category,
                findings.c.severity,
                func.count().label("count"),
                tally(decisions.c.finding_id.is_not(None)).label("decided"),
                tally(findings.c.score >= REVIEW_THRESHOLD).label("priority"),
                tally(findings.c.first_scan_id == (last_scan_id if last_scan_id is not None else -1)).label("new"),
                tally(_rose_condition()).label("rose"),
            )
            .select_from(_scope().outerjoin(decisions, decisions.c.finding_id == findings.c.id))
            .where(*where)
            .group_by(findings.c.category, findings.c.severity)
        ).all()
        flagged = dict.fromkeys(("count", "decided", "priority", "new", "rose"), 0)
        by_category: Counter[str] = Counter()
        by_severity: Counter[str] = Counter()
        advice_by_category: Counter[str] = Counter()
        for row in rows:
            if row.severity == int(Severity.INFO):
                advice_by_category[row.category] += row.count
                continue
            for key in flagged:
                flagged[key] += int(getattr(row, key))
            by_category[row.category] += row.count
            by_severity[Severity(row.severity).label] += row.count
        # Flagged posts per year (not profiles): the chart.
        year = func.substr(items.c.created_at, 1, 4)
        years = conn.execute(
            select(year.label("year"), func.count().label("count"))
            .select_from(_scope().join(items, items.c.id == findings.c.item_id))
            .where(
                *where,
                is_flagged,
                findings.c.subject_kind != PROFILE_KIND,
                items.c.kind != PROFILE_KIND,
                items.c.created_at.is_not(None),
            )
            .group_by(year)
        ).all()
        return cls(
            flagged=flagged,
            advice=sum(advice_by_category.values()),
            flagged_by_category=dict(by_category),
            flagged_by_severity=dict(by_severity),
            advice_by_category=dict(advice_by_category),
            categories=_category_order(conn, where),
            by_year=tuple(sorted((int(row.year), row.count) for row in years)),
        )

    def count(self, category: str | None, flagged: bool | None) -> int:
        """How many findings a selection holds (all, one category, flags or advice)."""
        if flagged is None:
            return self.count(category, True) + self.count(category, False)
        counts = self.flagged_by_category if flagged else self.advice_by_category
        return sum(counts.values()) if category is None else counts.get(category, 0)


class _RowReader:
    """Turns one row of `FindingSource._query` into a `ReportFinding`."""

    def __init__(
        self,
        rules_by_code: Mapping[str, Any],
        thumbnails: Mapping[tuple[str, int, str], PictureShown],
        *,
        new_scan_id: int | None,
    ) -> None:
        self._rules = rules_by_code
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
        picture = _picture(row, evidence, self._thumbnails) if field_name in (PICTURE_FIELD, PICTURE_TEXT_FIELD) else None
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
        if field_name == PICTURE_TEXT_FIELD:
            # The evidence points into the words read inside the picture, not the post's text.
            text = (picture or {}).get("text") or ""
            field_name = PICTURE_TEXT_FIELD
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


def _picture(row: Any, evidence: Sequence[dict[str, Any]], thumbnails: Mapping[tuple[str, int, str], PictureShown]) -> dict[str, Any]:
    ref = next((e["text"] for e in evidence if e["field"] == f"{PICTURE_FIELD}_ref"), "")
    key = ("profile", row.account_id, ref) if row.subject_kind == PROFILE_KIND else ("item", row.item_id, ref)
    shown = thumbnails.get(key)
    in_words = evidence[0]["field"] == PICTURE_TEXT_FIELD
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
