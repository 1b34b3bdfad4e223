"""A scan's data operations, inside one transaction: what the last scan used, the subjects to
read (all, or only what the rules have not seen), the findings written in batches, the items
marked as seen, and the scan's own record.

Which scan to run (full or incremental) and when to re-weigh is the caller's decision
(`footprint.pipeline.scan`); a `ScanSession` only does what it is told.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from footprint import __version__
from footprint.records import PROFILE_KIND, Finding, Subject
from footprint.store._tables import (
    BATCH_SIZE,
    SQL_PARAMS,
    TO_ANALYZE,
    accounts,
    dumps,
    findings,
    inserted_id,
    items,
    now,
    rule_errors,
    scans,
)
from footprint.store.pictures import reportable_pictures
from footprint.store.reweigh import Weigh, Weighable, reach_samples, reweigh


@dataclass
class ScanSummary:
    scan_id: int
    full: bool
    items_scanned: int = 0
    profiles_scanned: int = 0
    findings: int = 0
    rule_errors: int = 0


@dataclass(frozen=True)
class ScannedSubject:
    subject: Subject
    item_id: int | None
    account_row_id: int


@dataclass(frozen=True)
class LastScan:
    """What the latest scan ran with."""

    ruleset: str
    role_profile: str | None  # as stored (JSON)
    rules_used: tuple[str, ...] = ()

    def same_role(self, role_profile: Mapping[str, Any] | None) -> bool:
        """True when `role_profile` is the one this scan weighed findings for."""
        return self.role_profile == dumps(role_profile)


def read_last_scan(conn: Connection) -> LastScan | None:
    """What the latest scan ran with, if one ran."""
    row = conn.execute(
        select(scans.c.ruleset, scans.c.role_profile, scans.c.rules_used).order_by(scans.c.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return LastScan(row.ruleset, row.role_profile, tuple(orjson.loads(row.rules_used)) if row.rules_used else ())


class ScanSession:
    """One scan, in the caller's transaction: `begin`, then `subjects` and `record` for each,
    `end_analysis`, any re-weighing, and `finish`."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._summary: ScanSummary | None = None
        self._writer: _FindingWriter | None = None
        self._started = now()

    def last_scan(self) -> LastScan | None:
        return read_last_scan(self._conn)

    def begin(
        self, *, full: bool, ruleset: str, rules_used: Sequence[str], role_profile: Mapping[str, Any] | None
    ) -> int:
        """Record the scan and prepare its findings: every finding remembers its score before
        this scan, and a full scan drops them all (a finding found again keeps when it was
        first seen and what it scored). Returns the scan's id."""
        conn = self._conn
        scan_id = inserted_id(conn.execute(
            insert(scans).values(
                started_at=self._started,
                tool_version=__version__,
                rules_used=dumps(list(rules_used)),
                role_profile=dumps(role_profile),
                ruleset=ruleset,
                full=full,
                items_scanned=0,
                profiles_scanned=0,
                findings=0,
                rule_errors=0,
            )
        ))
        # Every finding remembers the score it had before this scan (what "rose above the
        # review threshold" compares); findings re-created below carry theirs over.
        # Only rows whose two scores differ are written (after a scan with no change, none).
        conn.execute(
            update(findings).where(findings.c.previous_score.is_not(findings.c.score)).values(previous_score=findings.c.score)
        )
        earlier: dict[str, tuple[int, float]] | None = None
        if full:
            earlier = {
                row.id: (row.first_scan_id, row.score)
                for row in conn.execute(select(findings.c.id, findings.c.first_scan_id, findings.c.score))
            }
            conn.execute(delete(findings))
        self._summary = ScanSummary(scan_id=scan_id, full=full)
        self._writer = _FindingWriter(conn, self._summary, earlier)
        return scan_id

    def subjects(self) -> Iterator[ScannedSubject]:
        """Profiles, then items, streamed: every one in a full scan, else what the rules have
        not seen."""
        return iter_subjects(self._conn, only_changed=not self._begun().full)

    def record(self, scanned: ScannedSubject, found: Sequence[Finding], errors: Sequence[tuple[str, str]]) -> None:
        """One subject's findings and rule errors (`(rule code, message)`)."""
        assert self._writer is not None, "begin() first"
        self._writer.add(scanned, found, errors)

    def end_analysis(self) -> set[int]:
        """Write what is pending and mark every item and profile as seen by the rules. Returns
        the account rows whose profile this scan read again."""
        assert self._writer is not None, "begin() first"
        self._writer.flush()
        self._conn.execute(update(items).where(TO_ANALYZE).values(analyzed_sha=items.c.raw_sha))
        self._conn.execute(update(accounts).values(analyzed_sha=func.coalesce(accounts.c.raw_sha, "")))
        return set(self._writer.profiles_seen)

    def reach_samples(self, account_ids: Iterable[int]) -> Iterator[tuple[int, Weighable]]:
        """One finding from an earlier scan per account, with the account's reach now (see
        `reweigh.reach_samples`)."""
        return reach_samples(self._conn, account_ids, self._begun().scan_id)

    def reweigh(self, weigh: Weigh, account_ids: Sequence[int] | None = None) -> None:
        """Score every finding (or those of `account_ids`) with `weigh`."""
        reweigh(self._conn, weigh, account_ids)

    def finish(self) -> ScanSummary:
        """Count the findings and close the scan's record."""
        summary = self._begun()
        conn = self._conn
        summary.findings = int(conn.execute(select(func.count()).select_from(findings)).scalar_one())
        conn.execute(
            update(scans)
            .where(scans.c.id == summary.scan_id)
            .values(
                finished_at=now(),
                items_scanned=summary.items_scanned,
                profiles_scanned=summary.profiles_scanned,
                findings=summary.findings,
                rule_errors=summary.rule_errors,
            )
        )
        return summary

    def _begun(self) -> ScanSummary:
        if self._summary is None:
            raise RuntimeError("the scan has not begun")
        return self._summary


def iter_subjects(conn: Connection, *, only_changed: bool) -> Iterator[ScannedSubject]:
    """Profiles, then items, streamed; with `only_changed`, only what the rules have not seen."""
    pictures_by_item, pictures_by_account = reportable_pictures(conn)
    account_query = select(accounts).order_by(accounts.c.id)
    if only_changed:
        account_query = account_query.where(
            or_(accounts.c.analyzed_sha.is_(None), accounts.c.analyzed_sha != func.coalesce(accounts.c.raw_sha, ""))
        )
    for row in conn.execute(account_query).all():
        fields = {
            name: value
            for name in ("display_name", "handle", "bio", "email", "website", "location")
            if (value := getattr(row, name))
        }
        yield ScannedSubject(
            Subject(
                platform=row.platform,
                account_id=row.native_id,
                native_id=row.native_id,
                kind=PROFILE_KIND,
                fields=fields,
                created_at=row.created_at,
                url=row.url,
                followers=row.followers or 0,
                pictures=tuple(pictures_by_account.get(row.id, ())),
            ),
            None,
            row.id,
        )
    query = (
        select(
            items.c.id,
            items.c.platform,
            items.c.native_id,
            items.c.kind,
            items.c.text,
            items.c.created_at,
            items.c.language,
            items.c.url,
            items.c.like_count,
            items.c.repost_count,
            items.c.account_id,
            accounts.c.native_id.label("account_native_id"),
            accounts.c.followers,
        )
        .join(accounts, accounts.c.id == items.c.account_id)
        .order_by(items.c.id)
    )
    if only_changed:
        query = query.where(TO_ANALYZE)
    result = conn.execution_options(stream_results=True, yield_per=BATCH_SIZE).execute(query)
    for row in result:
        yield item_subject(row, row.created_at.replace(tzinfo=UTC) if row.created_at else None,
                           tuple(pictures_by_item.get(row.id, ())))


def item_subject(row: Any, created_at: datetime | None, pictures: tuple[tuple[str, Any], ...] = ()) -> ScannedSubject:
    """An item's subject from its row (`id`, `platform`, `account_native_id`, `native_id`, `kind`,
    `text`, `language`, `url`, `like_count`, `repost_count`, `followers`, `account_id`): the one
    way a scan and an import's hand-off (`written_subjects`) build it, so both give the rules the
    same subject for the same row."""
    return ScannedSubject(
        Subject(
            platform=row.platform,
            account_id=row.account_native_id,
            native_id=row.native_id,
            kind=row.kind,
            fields={"text": row.text},
            created_at=created_at,
            language=row.language,
            url=row.url,
            like_count=row.like_count or 0,
            repost_count=row.repost_count or 0,
            followers=row.followers or 0,
            pictures=pictures,
        ),
        row.id,
        row.account_id,
    )


def written_subjects(conn: Connection, account_row_id: int, rows: Sequence[tuple[int, Sequence[Any]]],
                     columns: Sequence[str]) -> Iterator[ScannedSubject]:
    """The subjects of item rows an import has just written (`(id, values in `columns` order)`),
    built as a scan would read them back: the account's native id and follower count as they
    stand now, the time as stored (naive UTC text), no pictures (they are checked after the
    import). A later change (a profile's new follower count, a picture's finding) makes the scan
    read a different subject, which is why the scan compares before it reuses an analysis."""
    account = conn.execute(
        select(accounts.c.native_id, accounts.c.followers).where(accounts.c.id == account_row_id)
    ).one()
    index = {name: position for position, name in enumerate(columns)}
    for item_id, values in rows:
        stored = values[index["created_at"]]
        yield item_subject(
            _Row(
                id=item_id,
                platform=values[index["platform"]],
                account_native_id=account.native_id,
                native_id=values[index["native_id"]],
                kind=values[index["kind"]],
                text=values[index["text"]],
                language=values[index["language"]],
                url=values[index["url"]],
                like_count=values[index["like_count"]],
                repost_count=values[index["repost_count"]],
                followers=account.followers,
                account_id=account_row_id,
            ),
            datetime.fromisoformat(stored).replace(tzinfo=UTC) if stored else None,
        )


@dataclass(frozen=True, slots=True)
class _Row:
    """An items row as `item_subject` reads it, for rows known before they are read back."""

    id: int
    platform: str
    account_native_id: str
    native_id: str
    kind: str
    text: str | None
    language: str | None
    url: str | None
    like_count: int | None
    repost_count: int | None
    followers: int | None
    account_id: int


class _FindingWriter:
    """Writes a scan's findings in batches. In a full scan the old findings are already gone and
    `earlier` says when each was first seen and what it scored; in an incremental scan each
    batch first reads and drops the old findings of its re-analyzed subjects, so a changed post
    loses the flags it no longer earns and keeps the history of those it still earns."""

    def __init__(self, conn: Connection, summary: ScanSummary, earlier: Mapping[str, tuple[int, float]] | None) -> None:
        self.conn = conn
        self.summary = summary
        self.earlier = earlier
        self.found: list[tuple[ScannedSubject, Finding]] = []
        self.errors: list[dict[str, Any]] = []
        self.item_ids: list[int] = []
        self.profile_ids: list[int] = []
        # Account rows whose profile was re-read in this scan.
        self.profiles_seen: set[int] = set()
        # The highest item id with a finding before this scan (False: not read yet). findings has
        # no index on item_id, so each look-up below reads the whole table: at a million posts a
        # re-scan of 10,000 new ones read it 24 times. New posts have higher ids than any finding
        # and are not looked up; a changed post still is.
        self._last_found_item: int | None | bool = False

    def add(self, scanned: ScannedSubject, found: Sequence[Finding], errors: Sequence[tuple[str, str]]) -> None:
        if scanned.item_id is None:
            self.summary.profiles_scanned += 1
            self.profile_ids.append(scanned.account_row_id)
            self.profiles_seen.add(scanned.account_row_id)
        else:
            self.summary.items_scanned += 1
            self.item_ids.append(scanned.item_id)
        self.found.extend((scanned, finding) for finding in found)
        for code, message in errors:
            self.summary.rule_errors += 1
            self.errors.append(
                {
                    "scan_id": self.summary.scan_id,
                    "rule": code,
                    "platform": scanned.subject.platform,
                    "native_id": scanned.subject.native_id,
                    "error": message,
                }
            )
        if len(self.item_ids) + len(self.profile_ids) >= BATCH_SIZE:
            self.flush()

    def _replaced(self) -> dict[str, tuple[int, float]]:
        """The old findings of this batch's subjects (first scan, score), then gone."""
        old: dict[str, tuple[int, float]] = {}
        profile_rows = and_(findings.c.subject_kind == PROFILE_KIND, findings.c.account_id.in_(self.profile_ids))
        if self._last_found_item is False:
            # Read before this scan writes any finding: what it writes belongs to other items.
            self._last_found_item = self.conn.execute(select(func.max(findings.c.item_id))).scalar()
        last = self._last_found_item
        item_ids = [] if last is None else [item_id for item_id in self.item_ids if item_id <= last]
        for start in range(0, len(item_ids), SQL_PARAMS):
            chunk = item_ids[start : start + SQL_PARAMS]
            for row in self.conn.execute(
                select(findings.c.id, findings.c.first_scan_id, findings.c.score).where(findings.c.item_id.in_(chunk))
            ):
                old[row.id] = (row.first_scan_id, row.score)
            self.conn.execute(delete(findings).where(findings.c.item_id.in_(chunk)))
        if self.profile_ids:
            for row in self.conn.execute(
                select(findings.c.id, findings.c.first_scan_id, findings.c.score).where(profile_rows)
            ):
                old[row.id] = (row.first_scan_id, row.score)
            self.conn.execute(delete(findings).where(profile_rows))
        return old

    def flush(self) -> None:
        earlier = self.earlier if self.earlier is not None else self._replaced()
        scan_id = self.summary.scan_id
        rows: dict[str, dict[str, Any]] = {}
        for scanned, finding in self.found:
            # The same finding id twice in one scan (a post in two exports) is kept once.
            if finding.id in rows:
                continue
            previous = earlier.get(finding.id)
            rows[finding.id] = {
                "id": finding.id,
                "scan_id": scan_id,
                "first_scan_id": previous[0] if previous else scan_id,
                "previous_score": previous[1] if previous else None,
                "rule": finding.rule,
                "category": finding.category,
                "severity": int(finding.severity),
                "confidence": int(finding.confidence),
                "score": finding.score,
                "message": finding.message,
                "evidence": dumps(
                    [{"field": e.field, "start": e.start, "end": e.end, "text": e.text} for e in finding.evidence]
                ),
                "weighting": dumps(dict(finding.weighting)),
                "subject_kind": finding.subject_kind,
                "platform": finding.platform,
                "account_id": scanned.account_row_id,
                "item_id": scanned.item_id,
                "native_id": finding.native_id,
            }
        if rows:
            self.conn.execute(sqlite_insert(findings).on_conflict_do_nothing(), list(rows.values()))
        if self.errors:
            self.conn.execute(insert(rule_errors), self.errors)
        self.found, self.errors, self.item_ids, self.profile_ids = [], [], [], []
