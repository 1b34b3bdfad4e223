"""`Store`: one footprint database, and every read and write the rest of the project makes.

The methods open their own connection or transaction and delegate to the module that does the
job (`writer`, `scanning`, `reweigh`, `pictures`, `cleanup`, `decisions`, `reads`,
`report_reads`); none of them hands SQL to its caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from footprint.records import Record, Severity
from footprint.store import cleanup, reads
from footprint.store import pictures as picture_store
from footprint.store.cleanup import ConfirmedPost, KeptCopy
from footprint.store.decisions import check_decisions, record_decisions, remove_decision
from footprint.store.engine import open_engine, writing
from footprint.store.pictures import PictureShown, PictureUse, ScannedPicture
from footprint.store.reads import DecisionRecord, ScanRecord
from footprint.store.report_reads import ReportReader
from footprint.store.scanning import (
    LastScan,
    ScannedSubject,
    ScanSession,
    iter_subjects,
    read_last_scan,
)
from footprint.store.writer import ImportSummary, write_import


class Store:
    """A footprint database. Opening it creates or upgrades the schema."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self.engine = open_engine(self.path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> Connection:
        """A raw connection, for tests and diagnostics that inspect the tables themselves; the
        project's own code reads through the named methods."""
        return self.engine.connect()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def _writing(self) -> Any:
        return writing(self.engine, self.path)

    @contextmanager
    def reading(self) -> Iterator[ReportReader]:
        """The report's reads, all through one transaction (they agree with each other)."""
        with self.engine.connect() as conn:
            yield ReportReader(conn)

    # ------------------------------------------------------------------ imports and pulls

    def find_import(self, sha256: str) -> dict[str, Any] | None:
        """The last completed import of this exact source by this tool version, if any."""
        with self._reading() as conn:
            return reads.find_import(conn, sha256)

    def import_records(
        self,
        *,
        source: str,
        connector: str,
        sha256: str,
        records: Iterable[Record],
        on_record: Callable[[Record], None] | None = None,
        on_subjects: Callable[[Iterator[ScannedSubject]], None] | None = None,
    ) -> ImportSummary:
        """Write all records in one transaction; any exception leaves the database untouched.

        `on_subjects` is given, after each batch of posts is written (inside the transaction),
        the subjects a scan would read from those rows, with their ids; built only as it reads
        them. A scan may analyze them ahead, while the import goes on."""
        with self._writing() as conn:
            return write_import(
                conn, source=source, connector=connector, sha256=sha256, records=records, on_record=on_record,
                on_subjects=on_subjects,
            )

    def sync_state(self, connector: str, account: str) -> dict[str, Any] | None:
        """Where the last completed pull of this account stopped, if it ever ran."""
        with self._reading() as conn:
            return reads.sync_state_of(conn, connector, account)

    def sync_states(self, connector: str) -> list[tuple[str, dict[str, Any]]]:
        """(account as given to `pull`, saved state) of every pull this connector completed."""
        with self._reading() as conn:
            return reads.sync_states(conn, connector)

    # ------------------------------------------------------------------ scans

    def count_items(self) -> int:
        with self._reading() as conn:
            return reads.count_items(conn)

    def count_scans(self) -> int:
        """How many scans have run (the second and later are re-audits)."""
        with self._reading() as conn:
            return reads.count_scans(conn)

    def last_scan_id(self) -> int | None:
        with self._reading() as conn:
            return reads.last_scan_id(conn)

    def last_role_profile(self) -> dict[str, Any] | None:
        """The role profile (as stored) of the latest scan that had one."""
        with self._reading() as conn:
            return reads.last_role_profile(conn)

    def scan_history(self, *, latest: int | None = None) -> list[ScanRecord]:
        """Past scans, oldest first; with `latest`, only that many of the newest, newest first."""
        with self._reading() as conn:
            return reads.scan_history(conn, latest=latest)

    def last_scan(self) -> LastScan | None:
        """What the latest scan ran with (its ruleset, rules and role), if one ran."""
        with self._reading() as conn:
            return read_last_scan(conn)

    @contextmanager
    def scanning(self) -> Iterator[ScanSession]:
        """One scan's data operations, in one transaction: it lands whole or not at all."""
        with self._writing() as conn:
            yield ScanSession(conn)

    def iter_subjects(self, *, only_changed: bool = False) -> Iterator[ScannedSubject]:
        """Profiles, then items, as a scan reads them (without scanning)."""
        with self._reading() as conn:
            yield from iter_subjects(conn, only_changed=only_changed)

    # ------------------------------------------------------------------ findings and decisions

    def undecided_count(self, at_least: Severity) -> int:
        """How many findings at or above `at_least` have no decision yet."""
        with self._reading() as conn:
            return reads.undecided_count(conn, at_least)

    def finding_ids_starting(self, prefix: str, *, limit: int = 2) -> list[str]:
        """Up to `limit` current finding ids that start with `prefix`."""
        with self._reading() as conn:
            return reads.finding_ids_starting(conn, prefix, limit=limit)

    def finding_rules(self) -> dict[str, str]:
        """The rule code of every current finding, by finding id."""
        with self._reading() as conn:
            return reads.finding_rules(conn)

    def decisions(self) -> list[DecisionRecord]:
        """Every decision recorded, by finding id."""
        with self._reading() as conn:
            return reads.recorded_decisions(conn)

    def decide(self, finding_id: str, decision: str, note: str | None = None) -> None:
        self.decide_many([(finding_id, decision, note)])

    def decide_many(self, entries: Sequence[tuple[str, str, str | None]]) -> None:
        """Record decisions in one transaction; a later decision replaces an earlier one."""
        check_decisions(entries)
        with self._writing() as conn:
            record_decisions(conn, entries)

    def undecide(self, finding_id: str) -> bool:
        """Take back the decision on a finding (the review page's undo): it is not yet decided
        again. True when there was a decision to take back."""
        with self._writing() as conn:
            return remove_decision(conn, finding_id)

    # ------------------------------------------------------------------ clean

    def confirmed_posts(self, platforms: Sequence[str] | None = None) -> list[ConfirmedPost]:
        """The person's own items (never likes or saves) that a confirmed finding concerns,
        oldest first within each platform, each once."""
        with self._reading() as conn:
            return cleanup.confirmed_posts(conn, platforms)

    def confirmed_profile_findings(self, platforms: Sequence[str] | None = None) -> int:
        """How many confirmed findings concern a profile rather than a post."""
        with self._reading() as conn:
            return cleanup.confirmed_profile_findings(conn, platforms)

    def kept_copy(self, account_row: int) -> KeptCopy | None:
        """The latest completed import or pull that brought posts of this account, if any."""
        with self._reading() as conn:
            return cleanup.kept_copy(conn, account_row)

    def start_deletion(self, post: ConfirmedPost) -> int:
        """Record, before the request leaves, that this post's deletion is being asked for."""
        with self._writing() as conn:
            return cleanup.start_deletion(conn, post)

    def finish_deletion(self, deletion_id: int, *, deleted: bool, detail: str | None = None) -> None:
        """Record the answer, in one transaction (a deleted post is marked deleted)."""
        with self._writing() as conn:
            cleanup.finish_deletion(conn, deletion_id, deleted=deleted, detail=detail)

    def deletion_log(self) -> list[dict[str, Any]]:
        """Every deletion asked for, oldest first."""
        with self._reading() as conn:
            return cleanup.deletion_log(conn)

    # ------------------------------------------------------------------ pictures

    def pictures_to_read(self, names: Iterable[str], scanner: str) -> list[PictureUse]:
        """The pictures an open export holds that the checks have not read with `scanner`."""
        with self._reading() as conn:
            return picture_store.pictures_to_read(conn, names, scanner)

    def remote_pictures_to_read(self, import_id: int, account_ids: Iterable[int], scanner: str) -> list[PictureUse]:
        """After a live pull: the web addresses of the pictures it brought, not yet checked."""
        with self._reading() as conn:
            return picture_store.remote_pictures_to_read(conn, import_id, account_ids, scanner)

    def known_pictures(self, shas: Iterable[str], scanner: str) -> set[str]:
        """Which of these pictures were already read by `scanner` (the same bytes elsewhere)."""
        with self._reading() as conn:
            return picture_store.known_pictures(conn, shas, scanner)

    def save_pictures(self, scanned: Sequence[ScannedPicture], links: Sequence[tuple[PictureUse, str]]) -> int:
        """Store picture results and link them to their posts and profiles, in one transaction.
        Returns how many links changed."""
        with self._writing() as conn:
            return picture_store.save_pictures(conn, scanned, links)

    def picture_thumbnails(self) -> dict[tuple[str, int, str], PictureShown]:
        """Inline thumbnails (and words read inside) of the pictures that give findings, keyed
        the way findings name them: ("item", item row id, media path or address) or ("profile",
        account row id, "avatar"/"banner")."""
        with self._reading() as conn:
            return picture_store.picture_thumbnails(conn)
