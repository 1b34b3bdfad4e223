"""The only module that writes to the database.

Every write is keyed: accounts by (platform, native id), items by (platform, account, native id),
reactions by (platform, account, kind, target), findings by fingerprint, decisions by finding id.
An import runs in one transaction, so it lands whole or not at all, and importing the same records
again changes no row (only records whose content changed are rewritten).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from alembic.util import CommandError as AlembicCommandError
from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.pool import StaticPool

from footprint import __version__, migrations
from footprint.dbcheck import damage_message, describe_tables, foreign_tables, is_damage
from footprint.errors import StoreError
from footprint.models import (
    Account,
    Decision,
    DeletionRow,
    FindingRow,
    ImportRun,
    ItemRow,
    Media,
    Picture,
    ReactionRow,
    RuleError,
    Scan,
    SkippedRow,
    SyncState,
)
from footprint.paths import ensure_private_dir
from footprint.records import (
    PROFILE_KIND,
    Confidence,
    Finding,
    Item,
    MediaRef,
    Profile,
    Reaction,
    Record,
    Severity,
    Skipped,
    Subject,
    SyncPoint,
)

BATCH_SIZE = 2000
# SQLite's default limit on host parameters in one statement is 999 before 3.32, 32766 after.
_SQL_PARAMS = 900
DECISIONS = ("confirm", "dismiss", "accept")

accounts = Account.__table__
items = ItemRow.__table__
media = Media.__table__
reactions = ReactionRow.__table__
skipped = SkippedRow.__table__
imports = ImportRun.__table__
scans = Scan.__table__
findings = FindingRow.__table__
rule_errors = RuleError.__table__
decisions = Decision.__table__
sync_state = SyncState.__table__
pictures = Picture.__table__
deletions = DeletionRow.__table__
# The items the rules have not seen; the same condition as the partial index
# ix_items_to_analyze (models.py), so an incremental scan reads only those.
_TO_ANALYZE = or_(items.c.analyzed_sha.is_(None), items.c.analyzed_sha != items.c.raw_sha)
# How findings name a post's picture: its path inside the export, or its address after a pull.
_MEDIA_REF = func.coalesce(media.c.source_path, media.c.url)


def _dumps(value: Any) -> str | None:
    if value is None:
        return None
    return orjson.dumps(value, default=str).decode()


def _sha(*parts: Any) -> str:
    return hashlib.sha256(orjson.dumps(parts, default=str)).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass
class ImportSummary:
    import_id: int
    source: str
    connector: str
    items_seen: int = 0
    items_added: int = 0
    items_updated: int = 0
    profiles: int = 0
    reactions: int = 0
    reactions_added: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    # Account rows whose profile this import read (a pull checks their avatars afterwards).
    profile_accounts: set[int] = field(default_factory=set)


@dataclass
class ScanSummary:
    scan_id: int
    full: bool
    items_scanned: int = 0
    profiles_scanned: int = 0
    findings: int = 0
    rule_errors: int = 0


@dataclass(frozen=True, slots=True)
class PictureUse:
    """Where an export refers to a picture it contains: a post's media row (`media_id`), or a
    profile's avatar or banner (`account_id` and `role`). `path` is the member path."""

    path: str
    role: str = "media"  # media | avatar | banner
    media_id: int | None = None
    account_id: int | None = None
    current_sha: str | None = None


@dataclass(frozen=True, slots=True)
class ScannedPicture:
    """What the picture checks saw in one picture (see `footprint.images.scan.ImageResult`)."""

    sha256: str
    scanner: str
    result: Mapping[str, Any]
    reportable: bool
    thumbnail: str | None = None
    width: int | None = None
    height: int | None = None
    format: str | None = None
    error: str | None = None


class PictureShown(NamedTuple):
    """What a report shows of a flagged picture: its inline thumbnail, and the words read in it."""

    thumbnail: str | None
    text: str | None


@dataclass(frozen=True, slots=True)
class ConfirmedPost:
    """A post, reply, repost or comment the person wrote that at least one confirmed finding
    concerns: what `footprint clean` deletes or lists. `account` is the account's native id
    (a Mastodon actor URI, a Bluesky DID...), `rules` and `messages` the confirmed findings'.
    `interrupted` is true when an earlier deletion of it was asked for and never answered."""

    item_id: int
    platform: str
    kind: str
    native_id: str
    text: str
    created_at: datetime | None
    url: str | None
    deleted: bool
    account_row: int
    account: str
    handle: str | None
    rules: tuple[str, ...]
    messages: tuple[str, ...]
    interrupted: bool = False


@dataclass(frozen=True, slots=True)
class KeptCopy:
    """The latest completed import or pull that brought posts of an account, and how many of
    that account's posts the database holds: what stays once they are deleted online."""

    connector: str
    source: str
    finished_at: datetime
    posts: int


@dataclass(frozen=True)
class ScannedSubject:
    subject: Subject
    item_id: int | None
    account_row_id: int


class Store:
    """A footprint database. Opening it creates or upgrades the schema."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.engine = self._connect(self.path)
        try:
            with self.engine.begin() as conn:
                foreign = foreign_tables(conn)
                if foreign is not None:
                    # Another application's database: adding our tables to it would be a write
                    # nobody asked for. Nothing has been written yet; the transaction rolls back.
                    raise StoreError(
                        f"not a footprint-audit database: it holds another application's tables "
                        f"({describe_tables(foreign)}); give --db a new file or one this tool made",
                        path=self.path,
                    )
                migrations.upgrade(conn)
        except StoreError:
            self.engine.dispose()
            raise
        except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
            self.engine.dispose()
            if is_damage(exc):
                raise StoreError(damage_message(self.path), path=self.path) from exc
            raise StoreError(f"cannot open the database ({_first_line(exc)})", path=self.path) from exc
        except AlembicCommandError as exc:
            self.engine.dispose()
            raise StoreError(
                "this database was written by a newer version of footprint-audit; open it with that "
                f"version or a newer one ({_first_line(exc)})",
                path=self.path,
            ) from exc

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction; a full disk, a read-only file or a lock becomes one line.

        Integrity and programming errors are bugs, not the disk's fault, and pass unchanged.
        """
        try:
            with self.engine.begin() as conn:
                yield conn
        except (IntegrityError, ProgrammingError, sqlite3.IntegrityError, sqlite3.ProgrammingError):
            raise
        except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
            if is_damage(exc):  # met through the driver's own cursor, which bypasses handle_error
                raise StoreError(damage_message(self.path), path=self.path) from exc
            raise StoreError(f"cannot write the database ({_first_line(exc)})", path=self.path) from exc

    @staticmethod
    def _connect(path: str) -> Engine:
        if path == ":memory:":
            engine = create_engine(
                "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            db = Path(path)
            ensure_private_dir(db.parent) if not db.parent.exists() else None
            if not db.exists():
                # Create the file ourselves so it is private from its first byte.
                try:
                    os.close(os.open(db, os.O_WRONLY | os.O_CREAT, 0o600))
                except OSError as exc:
                    raise StoreError(f"cannot create the database ({exc.strerror or exc})", path=path) from exc
            # Parameters stay out of error messages: they are the person's posts.
            engine = create_engine(f"sqlite:///{db}", hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            # pysqlite opens transactions itself and never before DDL, so a schema upgrade would
            # commit statement by statement. Taking over BEGIN makes every transaction real,
            # migrations included: an upgrade interrupted halfway leaves the old schema intact.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN")

        @event.listens_for(engine, "handle_error")
        def _damaged(context: Any) -> None:
            # A damaged page surfaces in whichever query reads it first, reports included (they
            # read through `connect()`): one line saying so, with SQLite's own check, instead
            # of an internal error. Raising here replaces SQLAlchemy's exception.
            if is_damage(context.original_exception):
                raise StoreError(damage_message(path), path=path) from context.original_exception

        return engine

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> Connection:
        return self.engine.connect()

    # ------------------------------------------------------------------ imports

    def find_import(self, sha256: str) -> dict[str, Any] | None:
        """The last completed import of this exact source by this tool version, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(imports)
                .where(imports.c.sha256 == sha256, imports.c.tool_version == __version__)
                .order_by(imports.c.id.desc())
                .limit(1)
            ).first()
        return dict(row._mapping) if row else None

    def import_records(
        self,
        *,
        source: str,
        connector: str,
        sha256: str,
        records: Iterable[Record],
        on_record: Callable[[Record], None] | None = None,
    ) -> ImportSummary:
        """Write all records in one transaction; any exception leaves the database untouched."""
        with self._writing() as conn:
            import_id = conn.execute(
                insert(imports).values(
                    source=source,
                    connector=connector,
                    sha256=sha256,
                    tool_version=__version__,
                    started_at=_now(),
                    items_seen=0,
                    items_added=0,
                    items_updated=0,
                    profiles=0,
                    reactions=0,
                    skipped=0,
                )
            ).inserted_primary_key[0]
            writer = _ImportWriter(conn, ImportSummary(import_id, source, connector))
            for record in records:
                writer.add(record)
                if on_record is not None:
                    on_record(record)
            writer.flush()
            summary = writer.summary
            conn.execute(
                update(imports)
                .where(imports.c.id == import_id)
                .values(
                    finished_at=_now(),
                    items_seen=summary.items_seen,
                    items_added=summary.items_added,
                    items_updated=summary.items_updated,
                    profiles=summary.profiles,
                    reactions=summary.reactions,
                    skipped=len(summary.skipped),
                )
            )
        return summary

    def sync_state(self, connector: str, account: str) -> dict[str, Any] | None:
        """Where the last completed pull of this account stopped, if it ever ran."""
        with self.engine.connect() as conn:
            state = conn.execute(
                select(sync_state.c.state).where(
                    sync_state.c.connector == connector, sync_state.c.account == account
                )
            ).scalar()
        return orjson.loads(state) if state else None

    # ------------------------------------------------------------------ scanning

    def count_items(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(items)).scalar_one())

    def count_scans(self) -> int:
        """How many scans have run (the second and later are re-audits)."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(scans)).scalar_one())

    def run_scan(
        self,
        analyze: Callable[[Subject], tuple[Sequence[Finding], Sequence[tuple[str, str]]]],
        rescore: Callable[[Severity, Confidence, Mapping[str, float], int, int, int], tuple[float, dict[str, float]]],
        *,
        ruleset: str,
        rules_used: Sequence[str],
        role_profile: dict[str, Any] | None,
        full: bool | None = None,
        on_progress: Callable[[int], None] | None = None,
    ) -> ScanSummary:
        """Analyze what changed since the last scan (everything when the rules changed), then
        re-weigh every finding for the current role, all in one transaction.

        `analyze` returns a subject's findings and rule errors; `rescore` recomputes a score
        from severity, confidence, stored factors, followers, likes and reposts.
        """
        started = _now()
        role_json = _dumps(role_profile)
        with self._writing() as conn:
            last = conn.execute(
                select(scans.c.ruleset, scans.c.role_profile).order_by(scans.c.id.desc()).limit(1)
            ).first()
            if full is None:
                full = last is None or last.ruleset != ruleset
            scan_id = conn.execute(
                insert(scans).values(
                    started_at=started,
                    tool_version=__version__,
                    rules_used=_dumps(list(rules_used)),
                    role_profile=role_json,
                    ruleset=ruleset,
                    full=full,
                    items_scanned=0,
                    profiles_scanned=0,
                    findings=0,
                    rule_errors=0,
                )
            ).inserted_primary_key[0]
            # Every finding remembers the score it had before this scan (what "rose above the
            # review threshold" compares); findings re-created below carry theirs over.
            conn.execute(update(findings).values(previous_score=findings.c.score))
            earlier: dict[str, tuple[int, float]] | None = None
            if full:
                earlier = {
                    row.id: (row.first_scan_id, row.score)
                    for row in conn.execute(select(findings.c.id, findings.c.first_scan_id, findings.c.score))
                }
                conn.execute(delete(findings))
            summary = ScanSummary(scan_id=int(scan_id), full=full)
            writer = _FindingWriter(conn, summary, earlier)
            for subject in self._subjects_to_scan(conn, only_changed=not full):
                found, errors = analyze(subject.subject)
                writer.add(subject, found, errors)
                if on_progress is not None:
                    on_progress(1)
            writer.flush()
            conn.execute(update(items).where(_TO_ANALYZE).values(analyzed_sha=items.c.raw_sha))
            conn.execute(update(accounts).values(analyzed_sha=func.coalesce(accounts.c.raw_sha, "")))
            if full or last is None or last.role_profile != role_json:
                self._reweigh(conn, rescore)
            elif writer.profiles_seen:
                # Same role: only a re-read profile whose follower count moves its reach factor
                # changes the scores of its older findings.
                moved = self._reach_changed(conn, rescore, writer.profiles_seen, int(scan_id))
                if moved:
                    self._reweigh(conn, rescore, account_ids=moved)
            summary.findings = int(conn.execute(select(func.count()).select_from(findings)).scalar_one())
            conn.execute(
                update(scans)
                .where(scans.c.id == scan_id)
                .values(
                    finished_at=_now(),
                    items_scanned=summary.items_scanned,
                    profiles_scanned=summary.profiles_scanned,
                    findings=summary.findings,
                    rule_errors=summary.rule_errors,
                )
            )
        return summary

    @staticmethod
    def _subjects_to_scan(conn: Connection, *, only_changed: bool) -> Iterator[ScannedSubject]:
        """Profiles, then items, streamed; with `only_changed`, only what the rules have not seen."""
        pictures_by_item, pictures_by_account = Store._reportable_pictures(conn)
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
            query = query.where(_TO_ANALYZE)
        result = conn.execution_options(stream_results=True, yield_per=BATCH_SIZE).execute(query)
        for row in result:
            created = row.created_at.replace(tzinfo=UTC) if row.created_at else None
            yield ScannedSubject(
                Subject(
                    platform=row.platform,
                    account_id=row.account_native_id,
                    native_id=row.native_id,
                    kind=row.kind,
                    fields={"text": row.text},
                    created_at=created,
                    language=row.language,
                    url=row.url,
                    like_count=row.like_count or 0,
                    repost_count=row.repost_count or 0,
                    followers=row.followers or 0,
                    pictures=tuple(pictures_by_item.get(row.id, ())),
                ),
                row.id,
                row.account_id,
            )

    @staticmethod
    def _reach_changed(
        conn: Connection,
        rescore: Callable[[Severity, Confidence, Mapping[str, float], int, int, int], tuple[float, dict[str, float]]],
        account_ids: Iterable[int],
        scan_id: int,
    ) -> list[int]:
        """The accounts whose follower count now gives their older findings another factor:
        one older finding per account is scored again and its factor compared."""
        moved = []
        for account_id in sorted(account_ids):
            row = conn.execute(
                select(findings.c.severity, findings.c.confidence, findings.c.weighting, accounts.c.followers)
                .join(accounts, accounts.c.id == findings.c.account_id)
                .where(findings.c.account_id == account_id, findings.c.scan_id < scan_id)
                .limit(1)
            ).first()
            if row is None:
                continue
            stored = orjson.loads(row.weighting)
            _, factors = rescore(Severity(row.severity), Confidence(row.confidence), stored, row.followers or 0, 0, 0)
            if factors.get("followers") != stored.get("followers"):
                moved.append(account_id)
        return moved

    @staticmethod
    def _reweigh(
        conn: Connection,
        rescore: Callable[[Severity, Confidence, Mapping[str, float], int, int, int], tuple[float, dict[str, float]]],
        account_ids: Sequence[int] | None = None,
    ) -> None:
        """Score findings for the current role and reach (all of them, or those of `account_ids`);
        only the scores that change are written."""
        # Every finding of an account may be read here (120,000 at a million posts): straight
        # through the driver, without building a SQLAlchemy row for each.
        sql = (
            "SELECT f.id, f.severity, f.confidence, f.score, f.weighting, a.followers, i.like_count, i.repost_count "
            "FROM findings f JOIN accounts a ON a.id = f.account_id LEFT JOIN items i ON i.id = f.item_id"
        )
        chunks: list[Sequence[int] | None] = [None]
        if account_ids is not None:
            ids = list(account_ids)
            chunks = [ids[start : start + _SQL_PARAMS] for start in range(0, len(ids), _SQL_PARAMS)]
        severities = {int(level): level for level in Severity}
        confidences = {int(level): level for level in Confidence}
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        updates: list[tuple[float, str, str]] = []
        for chunk in chunks:
            if chunk is None:
                cursor.execute(sql)
            else:
                cursor.execute(f"{sql} WHERE f.account_id IN ({', '.join('?' * len(chunk))})", chunk)
            for finding_id, severity, confidence, old_score, old_weighting, followers, likes, reposts in cursor.fetchall():
                level = severities[severity]
                score, factors = rescore(
                    level, confidences[confidence], orjson.loads(old_weighting), followers or 0, likes or 0, reposts or 0
                )
                if level == Severity.INFO:
                    score = 0.0
                weighting = _dumps(factors)
                if score != old_score or weighting != old_weighting:
                    updates.append((score, weighting, finding_id))
        cursor.executemany("UPDATE findings SET score = ?, weighting = ? WHERE id = ?", updates)
        cursor.close()

    # ------------------------------------------------------------------ decisions

    def decide(self, finding_id: str, decision: str, note: str | None = None) -> None:
        self.decide_many([(finding_id, decision, note)])

    def decide_many(self, entries: Sequence[tuple[str, str, str | None]]) -> None:
        """Record decisions in one transaction; a later decision replaces an earlier one."""
        for _, decision, _ in entries:
            if decision not in DECISIONS:
                raise StoreError(f"unknown decision {decision!r} (choose from {', '.join(DECISIONS)})")
        with self._writing() as conn:
            for finding_id, decision, note in entries:
                values = {"decision": decision, "note": note, "decided_at": _now(), "tool_version": __version__}
                stmt = sqlite_insert(decisions).values(finding_id=finding_id, **values)
                conn.execute(stmt.on_conflict_do_update(index_elements=["finding_id"], set_=values))

    def undecide(self, finding_id: str) -> bool:
        """Take back the decision on a finding (the review page's undo): it is not yet decided
        again. True when there was a decision to take back."""
        with self._writing() as conn:
            return bool(conn.execute(delete(decisions).where(decisions.c.finding_id == finding_id)).rowcount)

    # ------------------------------------------------------------------ clean

    def confirmed_posts(self, platforms: Sequence[str] | None = None) -> list[ConfirmedPost]:
        """The person's own items (never likes or saves, which live in `reactions`) that a
        confirmed finding concerns, oldest first within each platform, each once."""
        query = (
            select(
                items.c.id, items.c.platform, items.c.kind, items.c.native_id, items.c.text, items.c.created_at,
                items.c.url, items.c.deleted, items.c.account_id, accounts.c.native_id.label("account"),
                accounts.c.handle, findings.c.rule, findings.c.message,
            )
            .select_from(
                findings.join(decisions, decisions.c.finding_id == findings.c.id)
                .join(items, items.c.id == findings.c.item_id)
                .join(accounts, accounts.c.id == items.c.account_id)
            )
            .where(decisions.c.decision == "confirm")
            .order_by(items.c.platform, items.c.created_at, items.c.id, findings.c.rule)
        )
        if platforms:
            query = query.where(items.c.platform.in_(list(platforms)))
        grouped: dict[int, tuple[Any, list[str], list[str]]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                entry = grouped.setdefault(row.id, (row, [], []))
                if row.rule not in entry[1]:
                    entry[1].append(row.rule)
                if row.message not in entry[2]:
                    entry[2].append(row.message)
            interrupted = self._pending_deletions(conn, list(grouped))
        return [
            ConfirmedPost(
                item_id=row.id, platform=row.platform, kind=row.kind, native_id=row.native_id, text=row.text,
                created_at=row.created_at, url=row.url, deleted=bool(row.deleted), account_row=row.account_id,
                account=row.account, handle=row.handle, rules=tuple(rules), messages=tuple(messages),
                interrupted=row.id in interrupted,
            )
            for row, rules, messages in grouped.values()
        ]

    @staticmethod
    def _pending_deletions(conn: Connection, item_ids: Sequence[int]) -> set[int]:
        found: set[int] = set()
        for start in range(0, len(item_ids), _SQL_PARAMS):
            chunk = item_ids[start : start + _SQL_PARAMS]
            found.update(
                conn.execute(
                    select(deletions.c.item_id).where(deletions.c.item_id.in_(chunk), deletions.c.result == "pending")
                ).scalars()
            )
        return found

    def confirmed_profile_findings(self, platforms: Sequence[str] | None = None) -> int:
        """How many confirmed findings concern a profile rather than a post (nothing to delete:
        the person edits the profile)."""
        query = (
            select(func.count())
            .select_from(findings.join(decisions, decisions.c.finding_id == findings.c.id))
            .where(decisions.c.decision == "confirm", findings.c.item_id.is_(None))
        )
        if platforms:
            query = query.where(findings.c.platform.in_(list(platforms)))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def kept_copy(self, account_row: int) -> KeptCopy | None:
        """The latest completed import or pull that brought posts of this account, or None
        when none did (then nothing of it may be deleted online: it would be lost for good)."""
        with self.engine.connect() as conn:
            latest = conn.execute(
                select(imports.c.connector, imports.c.source, imports.c.finished_at)
                .where(
                    imports.c.finished_at.is_not(None),
                    imports.c.id.in_(select(items.c.import_id).where(items.c.account_id == account_row).distinct()),
                )
                .order_by(imports.c.finished_at.desc(), imports.c.id.desc())
                .limit(1)
            ).first()
            if latest is None:
                return None
            held = conn.execute(
                select(func.count()).select_from(items).where(items.c.account_id == account_row)
            ).scalar_one()
        return KeptCopy(latest.connector, latest.source, latest.finished_at, int(held))

    def sync_states(self, connector: str) -> list[tuple[str, dict[str, Any]]]:
        """(account as given to `pull`, saved state) of every pull this connector completed."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(sync_state.c.account, sync_state.c.state).where(sync_state.c.connector == connector)
            ).all()
        return [(row.account, orjson.loads(row.state)) for row in rows]

    def start_deletion(self, post: ConfirmedPost) -> int:
        """Record, before the request leaves, that this post's deletion is being asked for."""
        with self._writing() as conn:
            return int(
                conn.execute(
                    insert(deletions).values(
                        item_id=post.item_id, platform=post.platform, native_id=post.native_id, url=post.url,
                        requested_at=_now(), result="pending", tool_version=__version__,
                    )
                ).inserted_primary_key[0]
            )

    def finish_deletion(self, deletion_id: int, *, deleted: bool, detail: str | None = None) -> None:
        """Record the answer. A deleted post is marked deleted (kept, for the record) and every
        earlier unanswered request for it is closed, in one transaction."""
        with self._writing() as conn:
            item_id = conn.execute(select(deletions.c.item_id).where(deletions.c.id == deletion_id)).scalar_one()
            conn.execute(
                update(deletions)
                .where(deletions.c.id == deletion_id)
                .values(result="deleted" if deleted else "failed", detail=detail, finished_at=_now())
            )
            if not deleted:
                return
            conn.execute(
                update(deletions)
                .where(deletions.c.item_id == item_id, deletions.c.result == "pending", deletions.c.id != deletion_id)
                .values(result="deleted", detail="confirmed by a later request", finished_at=_now())
            )
            self._mark_item_deleted(conn, item_id)

    @staticmethod
    def _mark_item_deleted(conn: Connection, item_id: int) -> None:
        """Set `deleted` with the fingerprint an import gives the same post seen deleted, so a
        later import of an older export changes nothing (and the post stays deleted)."""
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            columns = ", ".join(_ITEM_COLUMNS[: _RAW + 1])
            row = cursor.execute(f"SELECT {columns}, raw_sha, analyzed_sha FROM items WHERE id = ?", (item_id,)).fetchone()
            if row is None or row[_DELETED]:
                return
            media_refs = tuple(
                MediaRef(kind=kind, url=url, source_path=path)
                for kind, url, path in cursor.execute(
                    "SELECT kind, url, source_path FROM media WHERE item_id = ? ORDER BY id", (item_id,)
                )
            )
            values = (*row[:_DELETED], True, row[_RAW])
            raw_sha = _fingerprint(values, media_refs)
            old_sha, analyzed = row[_RAW + 1], row[_RAW + 2]
            # The rules do not read `deleted`: a post they had seen needs no new look.
            cursor.execute(
                "UPDATE items SET deleted = 1, raw_sha = ?, analyzed_sha = ? WHERE id = ?",
                (raw_sha, raw_sha if analyzed == old_sha else analyzed, item_id),
            )
        finally:
            cursor.close()

    def deletion_log(self) -> list[dict[str, Any]]:
        """Every deletion asked for, oldest first."""
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(select(deletions).order_by(deletions.c.id))]

    # ------------------------------------------------------------------ pictures

    def pictures_to_read(self, names: Iterable[str], scanner: str) -> list[PictureUse]:
        """The pictures an open export holds that the checks have not read with `scanner`:
        post media never linked to a picture (or read by an older scanner), and every profile
        avatar and banner kept as a file name (cheap to re-read, and the only way to notice a
        changed one; `footprint.picture_checks` keeps those the export holds)."""
        present = set(names)
        uses: list[PictureUse] = []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(media.c.id, media.c.source_path, media.c.picture_sha)
                .select_from(media.outerjoin(pictures, pictures.c.sha256 == media.c.picture_sha))
                .where(
                    media.c.source_path.is_not(None),
                    or_(media.c.picture_sha.is_(None), pictures.c.scanner.is_(None), pictures.c.scanner != scanner),
                )
                .order_by(media.c.id)
            )
            uses.extend(
                PictureUse(path=row.source_path, media_id=row.id, current_sha=row.picture_sha)
                for row in rows
                if row.source_path in present
            )
            # Profile pictures are kept as the export names them, which may be relative to the
            # export's own folder (Instagram): every local one is returned, the caller finds it.
            uses.extend(_profile_pictures(conn.execute(_PROFILE_PICTURES), lambda path: not _is_web(path)))
        return uses

    def remote_pictures_to_read(self, import_id: int, account_ids: Iterable[int], scanner: str) -> list[PictureUse]:
        """After a live pull: the web addresses of the pictures it brought (media of the posts
        it added, never checked with `scanner`) and of the pulled profiles' avatar and banner."""
        uses: list[PictureUse] = []
        web = or_(media.c.url.like("https://%"), media.c.url.like("http://%"))
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(media.c.id, media.c.url, media.c.picture_sha)
                .select_from(
                    media.join(items, items.c.id == media.c.item_id).outerjoin(
                        pictures, pictures.c.sha256 == media.c.picture_sha
                    )
                )
                .where(
                    items.c.import_id == import_id,
                    media.c.source_path.is_(None),
                    web,
                    or_(media.c.picture_sha.is_(None), pictures.c.scanner.is_(None), pictures.c.scanner != scanner),
                )
                .order_by(media.c.id)
            )
            uses.extend(PictureUse(path=row.url, media_id=row.id, current_sha=row.picture_sha) for row in rows)
            wanted = list(account_ids)
            if wanted:
                rows = conn.execute(_PROFILE_PICTURES.where(accounts.c.id.in_(wanted)))
                uses.extend(_profile_pictures(rows, _is_web))
        return uses

    def known_pictures(self, shas: Iterable[str], scanner: str) -> set[str]:
        """Which of these pictures were already read by `scanner` (the same bytes elsewhere)."""
        wanted = list(dict.fromkeys(shas))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), _SQL_PARAMS):
                chunk = wanted[start : start + _SQL_PARAMS]
                found.update(
                    conn.execute(
                        select(pictures.c.sha256).where(pictures.c.sha256.in_(chunk), pictures.c.scanner == scanner)
                    ).scalars()
                )
        return found

    def save_pictures(self, scanned: Sequence[ScannedPicture], links: Sequence[tuple[PictureUse, str]]) -> int:
        """Store picture results and link them to their posts and profiles, in one transaction.
        A post or profile whose picture changed is marked for the next scan. Returns how many
        links changed."""
        changed = 0
        with self._writing() as conn:
            if scanned:
                rows = [
                    {
                        "sha256": p.sha256, "scanner": p.scanner, "width": p.width, "height": p.height,
                        "format": p.format, "result": _dumps(dict(p.result)), "reportable": p.reportable,
                        "thumbnail": p.thumbnail, "error": p.error, "scanned_at": _now(),
                    }
                    for p in scanned
                ]
                statement = sqlite_insert(pictures)
                conn.execute(
                    statement.on_conflict_do_update(
                        index_elements=["sha256"],
                        set_={name: statement.excluded[name] for name in rows[0] if name != "sha256"},
                    ),
                    rows,
                )
            rescanned = {p.sha256 for p in scanned}
            media_links = [(use.media_id, sha) for use, sha in links if use.media_id is not None
                           and (use.current_sha != sha or sha in rescanned)]
            for start in range(0, len(media_links), BATCH_SIZE):
                chunk = media_links[start : start + BATCH_SIZE]
                conn.execute(
                    update(media).where(media.c.id == bindparam("media_row")).values(picture_sha=bindparam("sha")),
                    [{"media_row": media_id, "sha": sha} for media_id, sha in chunk],
                )
                conn.execute(
                    update(items)
                    .where(items.c.id.in_(select(media.c.item_id).where(media.c.id.in_([m for m, _ in chunk]))))
                    .values(analyzed_sha=None)
                )
            changed += len(media_links)
            for use, sha in links:
                if use.account_id is None or (use.current_sha == sha and sha not in rescanned):
                    continue
                column = "avatar_sha" if use.role == "avatar" else "banner_sha"
                conn.execute(
                    update(accounts).where(accounts.c.id == use.account_id).values({column: sha, "analyzed_sha": None})
                )
                changed += 1
        return changed

    @staticmethod
    def _reportable_pictures(conn: Connection) -> tuple[dict[int, list[tuple[str, Any]]], dict[int, list[tuple[str, Any]]]]:
        """Stored results of the pictures that give findings, by item and by account row."""
        by_item: dict[int, list[tuple[str, Any]]] = {}
        by_account: dict[int, list[tuple[str, Any]]] = {}
        for kind, row_id, ref, result, _thumbnail in _pictures_with_findings(conn):
            (by_item if kind == "item" else by_account).setdefault(row_id, []).append((ref, orjson.loads(result)))
        return by_item, by_account

    def picture_thumbnails(self) -> dict[tuple[str, int, str], PictureShown]:
        """Inline thumbnails (and words read inside) of the pictures that give findings, keyed
        the way findings name them: ("item", item row id, media path or address) or ("profile",
        account row id, "avatar"/"banner")."""
        with self.engine.connect() as conn:
            return {
                (kind, row_id, ref): PictureShown(thumbnail, orjson.loads(result).get("text"))
                for kind, row_id, ref, result, thumbnail in _pictures_with_findings(conn)
                if thumbnail is not None
            }


def _pictures_with_findings(conn: Connection) -> Iterator[tuple[str, int, str, str, str | None]]:
    """(kind, item or account row id, how findings name the picture, stored result, thumbnail)
    of every picture that gives a finding: post media first (in media order), then avatars and
    banners."""
    for row in conn.execute(
        select(media.c.item_id, _MEDIA_REF.label("ref"), pictures.c.result, pictures.c.thumbnail)
        .join(pictures, pictures.c.sha256 == media.c.picture_sha)
        .where(pictures.c.reportable.is_(True))
        .order_by(media.c.id)
    ):
        yield "item", row.item_id, row.ref, row.result, row.thumbnail
    for role, column in (("avatar", accounts.c.avatar_sha), ("banner", accounts.c.banner_sha)):
        for row in conn.execute(
            select(accounts.c.id, pictures.c.result, pictures.c.thumbnail)
            .join(pictures, pictures.c.sha256 == column)
            .where(pictures.c.reportable.is_(True))
        ):
            yield "profile", row.id, role, row.result, row.thumbnail


_PROFILE_PICTURES = select(
    accounts.c.id, accounts.c.avatar, accounts.c.banner, accounts.c.avatar_sha, accounts.c.banner_sha
)


def _is_web(path: str) -> bool:
    return path.startswith(("https://", "http://"))


def _profile_pictures(rows: Iterable[Any], wanted: Callable[[str], bool]) -> Iterator[PictureUse]:
    """The avatar and banner of each profile row whose address `wanted` accepts."""
    for row in rows:
        for role, path, sha in (("avatar", row.avatar, row.avatar_sha), ("banner", row.banner, row.banner_sha)):
            if path and wanted(path):
                yield PictureUse(path=path, role=role, account_id=row.id, current_sha=sha)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)) or type(exc).__name__
    return text.splitlines()[0]


class _ImportWriter:
    """Buffers records and writes them in keyed batches inside the caller's transaction."""

    def __init__(self, conn: Connection, summary: ImportSummary) -> None:
        self.conn = conn
        self.summary = summary
        self.account_ids: dict[tuple[str, str], int] = {}
        self.pending_items: dict[tuple[str, str, str], tuple[tuple[Any, ...], tuple[MediaRef, ...]]] = {}
        self.pending_reactions: dict[tuple[str, str, str, str], Reaction] = {}

    def add(self, record: Record) -> None:
        if isinstance(record, Item):
            self.summary.items_seen += 1
            # The row is made now, so the decoded export record (hundreds of small objects) is
            # freed at once instead of piling up for the batch and slowing every GC pass.
            values = _item_values(record, self._account_id(record.platform, record.account_id), self.summary.import_id)
            key = (record.platform, record.account_id, record.native_id)
            earlier = self.pending_items.get(key)
            if earlier is not None and earlier[0][_DELETED] and not record.deleted:
                values = _marked_deleted(values, record.media)
            self.pending_items[key] = (values, record.media)
            if len(self.pending_items) >= BATCH_SIZE:
                self._flush_items()
        elif isinstance(record, Profile):
            self.summary.profiles += 1
            self._upsert_profile(record)
        elif isinstance(record, Reaction):
            self.summary.reactions += 1
            key = (record.platform, record.account_id, record.kind, record.target_id)
            self.pending_reactions[key] = record
            if len(self.pending_reactions) >= BATCH_SIZE:
                self._flush_reactions()
        elif isinstance(record, SyncPoint):
            values = {"state": _dumps(dict(record.state)), "updated_at": _now()}
            stmt = sqlite_insert(sync_state).values(connector=record.connector, account=record.account, **values)
            self.conn.execute(stmt.on_conflict_do_update(index_elements=["connector", "account"], set_=values))
        elif isinstance(record, Skipped):
            self.summary.skipped.append(record)
            self.conn.execute(
                insert(skipped).values(
                    import_id=self.summary.import_id,
                    source=record.source,
                    reason=record.reason,
                    detail=record.detail,
                )
            )
        else:  # pragma: no cover - connectors are typed
            raise TypeError(f"connector yielded {type(record).__name__}, not a record")

    def flush(self) -> None:
        self._flush_items()
        self._flush_reactions()

    # -- accounts

    def _account_id(self, platform: str, native_id: str) -> int:
        key = (platform, native_id)
        found = self.account_ids.get(key)
        if found is not None:
            return found
        row_id = self.conn.execute(
            select(accounts.c.id).where(
                accounts.c.platform == platform, accounts.c.native_id == native_id
            )
        ).scalar()
        if row_id is None:
            row_id = self.conn.execute(
                insert(accounts).values(platform=platform, native_id=native_id)
            ).inserted_primary_key[0]
        self.account_ids[key] = int(row_id)
        return int(row_id)

    def _upsert_profile(self, profile: Profile) -> None:
        account_id = self._account_id(profile.platform, profile.native_id)
        self.summary.profile_accounts.add(account_id)
        values = {
            name: getattr(profile, name)
            for name in (
                "handle",
                "display_name",
                "bio",
                "website",
                "location",
                "email",
                "avatar",
                "banner",
                "followers",
                "following",
                "created_at",
                "url",
            )
            if getattr(profile, name) is not None
        }
        raw_sha = _sha(sorted(values.items()), profile.raw)
        current = self.conn.execute(
            select(accounts.c.raw_sha).where(accounts.c.id == account_id)
        ).scalar()
        if current == raw_sha:
            return
        values["raw"] = _dumps(profile.raw)
        values["raw_sha"] = raw_sha
        self.conn.execute(update(accounts).where(accounts.c.id == account_id).values(**values))

    # -- items

    def _flush_items(self) -> None:
        if not self.pending_items:
            return
        batch = list(self.pending_items.values())
        self.pending_items.clear()
        by_account: dict[int, list[tuple[tuple[Any, ...], tuple[MediaRef, ...]]]] = {}
        for entry in batch:
            by_account.setdefault(entry[0][_ACCOUNT_ID], []).append(entry)
        for account_id, group in by_account.items():
            self._write_item_group(account_id, group)

    def _write_item_group(self, account_id: int, group: list[tuple[tuple[Any, ...], tuple[MediaRef, ...]]]) -> None:
        """Insert the new rows of one account, rewrite the changed ones; `group` holds (row, media)."""
        platform = group[0][0][_PLATFORM]
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        existing: dict[str, tuple[int, str, bool]] = {}
        for start in range(0, len(group), _SQL_PARAMS):
            chunk = [values[_NATIVE_ID] for values, _ in group[start : start + _SQL_PARAMS]]
            cursor.execute(
                "SELECT native_id, id, raw_sha, deleted FROM items WHERE platform = ? AND account_id = ? "
                f"AND native_id IN ({', '.join('?' * len(chunk))})",
                (platform, account_id, *chunk),
            )
            existing.update((native_id, (row_id, sha, bool(deleted))) for native_id, row_id, sha, deleted in cursor)
        new_rows: list[tuple[Any, ...]] = []
        changed: list[tuple[int, tuple[Any, ...]]] = []
        touched: list[tuple[str, tuple[MediaRef, ...]]] = []
        for values, media in group:
            current = existing.get(values[_NATIVE_ID])
            if current is not None and current[2] and not values[_DELETED]:
                # A post seen as deleted stays deleted even if an older archive still has it.
                values = _marked_deleted(values, media)
            if current is None:
                new_rows.append(values)
                touched.append((values[_NATIVE_ID], media))
            elif current[1] != values[_RAW_SHA]:
                changed.append((current[0], values))
                touched.append((values[_NATIVE_ID], media))
        if new_rows:
            cursor.executemany(_INSERT_ITEM, new_rows)
            self.summary.items_added += len(new_rows)
        if changed:
            # The import that first brought an item stays its import_id.
            updated = [column for column in _ITEM_COLUMNS if column != "import_id"]
            cursor.executemany(
                f"UPDATE items SET {', '.join(f'{c} = ?' for c in updated)} WHERE id = ?",
                [(*values[:-1], row_id) for row_id, values in changed],
            )
            self.summary.items_updated += len(changed)
        with_media = [(native_id, media) for native_id, media in touched if media]
        if with_media:
            ids: dict[str, int] = {}
            for start in range(0, len(with_media), _SQL_PARAMS):
                chunk = [native_id for native_id, _ in with_media[start : start + _SQL_PARAMS]]
                cursor.execute(
                    "SELECT native_id, id FROM items WHERE platform = ? AND account_id = ? "
                    f"AND native_id IN ({', '.join('?' * len(chunk))})",
                    (platform, account_id, *chunk),
                )
                ids.update(cursor.fetchall())
            cursor.executemany(
                "INSERT INTO media (item_id, ref, kind, url, source_path, native_id) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                [
                    (ids[native_id], ref.source_path or ref.url or ref.native_id or "", ref.kind, ref.url,
                     ref.source_path, ref.native_id)
                    for native_id, media in with_media
                    for ref in media
                ],
            )
        cursor.close()

    # -- reactions

    def _flush_reactions(self) -> None:
        if not self.pending_reactions:
            return
        batch = list(self.pending_reactions.values())
        self.pending_reactions.clear()
        platform = batch[0].platform
        rows = [
            (r.platform, self._account_id(r.platform, r.account_id), r.kind, r.target_id, r.text, r.url, _dumps(r.raw))
            for r in batch
        ]
        # Straight to the driver, as for items: a like is written once and never updated.
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        known: set[tuple[int, str, str]] = set()
        for start in range(0, len(rows), _SQL_PARAMS):
            chunk = [row[3] for row in rows[start : start + _SQL_PARAMS]]
            cursor.execute(
                "SELECT account_id, kind, target_id FROM reactions WHERE platform = ? "
                f"AND target_id IN ({', '.join('?' * len(chunk))})",
                (platform, *chunk),
            )
            known.update(cursor)
        fresh = [row for row in rows if row[1:4] not in known]
        if fresh:
            cursor.executemany(
                "INSERT INTO reactions (platform, account_id, kind, target_id, text, url, raw) VALUES (?, ?, ?, ?, ?, ?, ?)",
                fresh,
            )
        cursor.close()
        self.summary.reactions_added += len(fresh)


_ITEM_COLUMNS = (
    "platform", "account_id", "native_id", "kind", "text", "created_at", "url", "language", "visibility",
    "like_count", "repost_count", "reply_to", "quote_of", "deleted", "raw", "raw_sha", "import_id",
)
# Bulk inserts go straight to the driver: compiling a SQLAlchemy statement per batch and building
# parameters per row cost more than SQLite's own work (benchmarks/profile-100k.md).
_INSERT_ITEM = f"INSERT INTO items ({', '.join(_ITEM_COLUMNS)}) VALUES ({', '.join('?' * len(_ITEM_COLUMNS))})"
_PLATFORM, _ACCOUNT_ID, _NATIVE_ID = 0, 1, 2
_DELETED, _RAW, _RAW_SHA = (_ITEM_COLUMNS.index(name) for name in ("deleted", "raw", "raw_sha"))
_SEPARATOR = "\x1f"


def _sqlite_time(value: datetime | None) -> str | None:
    """The text SQLAlchemy's SQLite DateTime stores (naive UTC), so either path reads it back."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    # "YYYY-MM-DD HH:MM:SS.ffffff" as SQLAlchemy writes it, without the "+00:00" isoformat adds
    # (isoformat is several times faster than strftime, which was a twentieth of an import).
    return value.isoformat(" ", "microseconds")[:26]


def _item_values(item: Item, account_id: int, import_id: int) -> tuple[Any, ...]:
    """One items row in `_ITEM_COLUMNS` order; raw_sha fingerprints everything that can change."""
    raw_json = None if item.raw is None else orjson.dumps(item.raw, default=str)
    row = (
        item.platform, account_id, item.native_id, str(item.kind), item.text, _sqlite_time(item.created_at),
        item.url, item.language, item.visibility, item.like_count, item.repost_count, item.reply_to,
        item.quote_of, item.deleted, None if raw_json is None else raw_json.decode(),
    )
    return (*row, _fingerprint(row, item.media, raw_json), import_id)


def _marked_deleted(values: tuple[Any, ...], media: tuple[MediaRef, ...]) -> tuple[Any, ...]:
    """The row `values` of a post also seen deleted: it stays deleted."""
    row = (*values[:_DELETED], True, values[_RAW])
    return (*row, _fingerprint(row, media), *values[_RAW_SHA + 1 :])


def _fingerprint(row: tuple[Any, ...], media: tuple[MediaRef, ...], raw_json: bytes | None = None) -> str:
    """SHA-256 of the row's fields from kind to raw joined by _SEPARATOR, then the media.

    `raw_json` (the raw column as orjson wrote it) saves joining and encoding it again.
    """
    kind, text, created, url, language, visibility, likes, reposts, reply_to, quote_of, deleted, raw = row[3:_RAW + 1]
    fields = _SEPARATOR.join(
        (
            kind, text, created or "", url or "", language or "", visibility or "", str(likes), str(reposts),
            reply_to or "", quote_of or "", "1" if deleted else "0", "",
        )
    )
    digest = hashlib.sha256(fields.encode("utf-8", "surrogatepass"))
    if raw:
        digest.update(raw_json if raw_json is not None else raw.encode("utf-8", "surrogatepass"))
    if media:
        digest.update("".join(f"{_SEPARATOR}{m.kind}|{m.url}|{m.source_path}" for m in media).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


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
        for start in range(0, len(self.item_ids), _SQL_PARAMS):
            chunk = self.item_ids[start : start + _SQL_PARAMS]
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
                "evidence": _dumps(
                    [{"field": e.field, "start": e.start, "end": e.end, "text": e.text} for e in finding.evidence]
                ),
                "weighting": _dumps(dict(finding.weighting)),
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
