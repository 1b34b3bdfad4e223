"""What a report reads: summaries as SQL aggregates, and findings in report order (score, highest
first, then id) with their post or profile and decision, one page, one finding or a stream.

`FindingScope` says which findings (the report's minimum severity, one category, flags or
advice, the review page's filters); `reports.context` turns the rows into report findings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, and_, case, false, func, or_, select

from footprint.records import PROFILE_KIND, Severity
from footprint.store import reads
from footprint.store._tables import (
    accounts,
    decisions,
    findings,
    imports,
    items,
    reactions,
    rule_errors,
    skipped,
)
from footprint.store.reads import ScanRecord

# A finding at or above this score is marked priority (the reports' word, the terminal's too; the
# JSON keeps its `review_threshold` key). With no role profile a high-severity flag of medium
# confidence scores 4.5 and a medium one 2.25; a senior, public-facing role lifts medium ones past
# the line: those "became priority with the current role profile" (`rose_above_threshold`).
REVIEW_THRESHOLD = 4.0
# Rows fetched from SQLite at a time while a report streams its findings.
STREAM_BATCH = 500

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


@dataclass(frozen=True)
class FindingScope:
    """Which findings a report or the review page reads: at or above `min_severity`, optionally
    one `category`, only flags (`flagged=True`) or advice (`False`), only those that became
    priority (`rose`), and the review page's filters (`narrowing`; its "new" means first found
    by the scan `new_scan_id`)."""

    min_severity: Severity = Severity.INFO
    category: str | None = None
    flagged: bool | None = None
    rose: bool = False
    narrowing: ReviewFilter | None = None
    new_scan_id: int | None = None


@dataclass(frozen=True)
class ReportStats:
    """What the summary, the audit block, the chart and the HTML groups count, from SQL aggregates."""

    flagged: dict[str, int]
    advice: int
    flagged_by_category: dict[str, int]
    flagged_by_severity: dict[str, int]
    advice_by_category: dict[str, int]
    categories: tuple[str, ...]
    by_year: tuple[tuple[int, int], ...] = field(default=())

    def count(self, category: str | None, flagged: bool | None) -> int:
        """How many findings a selection holds (all, one category, flags or advice)."""
        if flagged is None:
            return self.count(category, True) + self.count(category, False)
        counts = self.flagged_by_category if flagged else self.advice_by_category
        return sum(counts.values()) if category is None else counts.get(category, 0)


class ReportReader:
    """The report's reads through one connection, so a report's parts agree with each other."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    # -- summaries

    def last_scan_id(self) -> int | None:
        return reads.last_scan_id(self._conn)

    def latest_scans(self, count: int) -> list[ScanRecord]:
        """The newest `count` scans, newest first."""
        return reads.scan_history(self._conn, latest=count)

    def items_by_platform(self) -> dict[str, int]:
        return dict(self._conn.execute(select(items.c.platform, func.count()).group_by(items.c.platform)).all())

    def reactions_by_platform(self) -> dict[str, int]:
        return dict(
            self._conn.execute(select(reactions.c.platform, func.count()).group_by(reactions.c.platform)).all()
        )

    def profiles_by_platform(self) -> dict[str, int]:
        return dict(self._conn.execute(select(accounts.c.platform, func.count()).group_by(accounts.c.platform)).all())

    def skipped_sources(self) -> list[Any]:
        """What imports left out (source, reason, detail, import_source), each once, in the
        order first met: re-imports and repeated pulls record the same skip again."""
        return list(
            self._conn.execute(
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
        )

    def rule_errors(self, scan_id: int) -> list[Any]:
        """The rule errors of one scan (rule, platform, native_id, error), in the order met."""
        return list(self._conn.execute(select(rule_errors).where(rule_errors.c.scan_id == scan_id)).all())

    def stats(self, *, min_severity: Severity, last_scan_id: int | None) -> ReportStats:
        """The report's counts of findings at or above `min_severity`; a finding first found by
        `last_scan_id` is new."""
        conn = self._conn
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
            # By name: `count` would be the tuple method to a type checker.
            counts = row._mapping
            if row.severity == int(Severity.INFO):
                advice_by_category[row.category] += counts["count"]
                continue
            for key in flagged:
                flagged[key] += int(counts[key])
            by_category[row.category] += counts["count"]
            by_severity[Severity(row.severity).label] += counts["count"]
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
        return ReportStats(
            flagged=flagged,
            advice=sum(advice_by_category.values()),
            flagged_by_category=dict(by_category),
            flagged_by_severity=dict(by_severity),
            advice_by_category=dict(advice_by_category),
            categories=_category_order(conn, where),
            by_year=tuple(sorted((int(row.year), int(row._mapping["count"])) for row in years)),
        )

    # -- findings

    def finding_rows(
        self, scope: FindingScope, *, offset: int = 0, limit: int | None = None, finding_id: str | None = None
    ) -> Iterator[Any]:
        """The findings of `scope` in report order, streamed a batch at a time, each row with
        the finding's columns, its post (`item_kind`, `item_text`, `item_url`,
        `item_created_at`, `item_deleted`), its account (`account_native_id`, `handle`,
        `display_name`, `bio`, `email`, `website`, `location`, `account_url`,
        `account_created_at`) and its decision (`decision`, `decision_note`). `finding_id`
        reads that one finding, if it is in scope."""
        query = _finding_query(scope)
        if finding_id is not None:
            query = query.where(findings.c.id == finding_id)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        if limit is not None or finding_id is not None:
            return iter(self._conn.execute(query).all())
        return iter(self._conn.execute(query, execution_options={"yield_per": STREAM_BATCH}))

    def count_findings(self, scope: FindingScope) -> int:
        return int(self._conn.execute(select(func.count()).select_from(_scope()).where(*_where(scope))).scalar_one())

    def categories(self, scope: FindingScope) -> tuple[str, ...]:
        """The categories in the order their first finding appears (the report's order)."""
        return _category_order(self._conn, _where(scope))

    def facets(self, scope: FindingScope) -> dict[str, set[str]]:
        """Distinct categories, platforms, severity labels and years (as the HTML filters offer them)."""
        where = _where(scope)
        rows = self._conn.execute(
            select(findings.c.category, findings.c.platform, findings.c.severity)
            .select_from(_scope())
            .where(*where)
            .group_by(findings.c.category, findings.c.platform, findings.c.severity)
        ).all()
        year = _year_expression()
        years = self._conn.execute(
            select(year).select_from(_scope(with_items=True)).where(*where, year.is_not(None)).distinct()
        ).scalars().all()
        return {
            "category": {row.category for row in rows},
            "platform": {row.platform for row in rows},
            "severity": {Severity(row.severity).label for row in rows},
            "year": {y for y in years if y},
        }


# ---------------------------------------------------------------------------- SQL helpers


def _finding_query(scope: FindingScope) -> Select[Any]:
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
        .where(*_where(scope))
        .order_by(findings.c.score.desc(), findings.c.id)
    )


def _where(scope: FindingScope) -> list[Any]:
    where: list[Any] = [findings.c.severity >= int(scope.min_severity)]
    if scope.category is not None:
        where.append(findings.c.category == scope.category)
    if scope.flagged is True:
        where.append(findings.c.severity != int(Severity.INFO))
    elif scope.flagged is False:
        where.append(findings.c.severity == int(Severity.INFO))
    if scope.rose:
        where.append(_rose_condition())
    if scope.narrowing:
        where.extend(_filter_conditions(scope.narrowing, scope.new_scan_id))
    return where


def _filter_conditions(narrowing: ReviewFilter, last_scan_id: int | None) -> list[Any]:
    """SQL conditions on `findings` alone (subqueries, no join), so they fit any scope. The
    subqueries read aliases: the report's query already joins items, accounts and decisions,
    which SQLAlchemy would otherwise correlate away."""
    where: list[Any] = []
    if narrowing.category:
        where.append(findings.c.category == narrowing.category)
    if narrowing.platform:
        where.append(findings.c.platform == narrowing.platform)
    if narrowing.severity:
        levels = {level.label: int(level) for level in Severity}
        where.append(findings.c.severity == levels.get(narrowing.severity, -1))
    if narrowing.year:
        post, account = items.alias("year_item"), accounts.alias("year_account")
        posts = select(post.c.id).where(func.substr(post.c.created_at, 1, 4) == narrowing.year)
        profiles = select(account.c.id).where(func.substr(account.c.created_at, 1, 4) == narrowing.year)
        where.append(
            case(
                (findings.c.subject_kind == PROFILE_KIND, findings.c.account_id.in_(profiles)),
                else_=findings.c.item_id.in_(posts),
            )
        )
    if narrowing.priority == "priority":
        where.append(findings.c.score >= REVIEW_THRESHOLD)
    elif narrowing.priority == "rose":
        where.append(_rose_condition())
    elif narrowing.priority:
        where.append(false())
    made = decisions.alias("made")
    decided = select(made.c.finding_id).where(made.c.finding_id == findings.c.id).exists()
    if narrowing.decision == UNDECIDED:
        where.append(~decided)
    elif narrowing.decision == DECIDED:
        where.append(decided)
    elif narrowing.decision:
        where.append(findings.c.id.in_(select(made.c.finding_id).where(made.c.decision == narrowing.decision)))
    new = findings.c.first_scan_id == (last_scan_id if last_scan_id is not None else -1)
    if narrowing.since == "last":
        where.append(or_(new, _rose_condition()))
    elif narrowing.since == "new":
        where.append(new)
    elif narrowing.since:
        where.append(false())
    return where


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
