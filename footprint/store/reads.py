"""Named reads for the workflows and the CLI: imports and pulls already done, counts, the last role
profile, the scan history, decisions and finding ids. Each takes the connection to read through."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Connection, func, select

from footprint import __version__
from footprint.records import Severity
from footprint.store._tables import decisions, findings, imports, items, scans, sync_state


@dataclass(frozen=True, slots=True)
class ScanRecord:
    """One past scan as recorded: when, with which rules and role profile, and what it counted."""

    id: int
    started_at: datetime
    finished_at: datetime | None
    tool_version: str
    rules_used: tuple[str, ...]
    role_profile: dict[str, Any] | None
    ruleset: str | None
    full: bool
    items_scanned: int
    profiles_scanned: int
    findings: int
    rule_errors: int


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """A decision recorded on a finding."""

    finding_id: str
    decision: str
    note: str | None
    decided_at: datetime


def find_import(conn: Connection, sha256: str) -> dict[str, Any] | None:
    """The last completed import of this exact source by this tool version, if any."""
    row = conn.execute(
        select(imports)
        .where(imports.c.sha256 == sha256, imports.c.tool_version == __version__)
        .order_by(imports.c.id.desc())
        .limit(1)
    ).first()
    return dict(row._mapping) if row else None


def sync_state_of(conn: Connection, connector: str, account: str) -> dict[str, Any] | None:
    """Where the last completed pull of this account stopped, if it ever ran."""
    state = conn.execute(
        select(sync_state.c.state).where(sync_state.c.connector == connector, sync_state.c.account == account)
    ).scalar()
    return orjson.loads(state) if state else None


def sync_states(conn: Connection, connector: str) -> list[tuple[str, dict[str, Any]]]:
    """(account as given to `pull`, saved state) of every pull this connector completed."""
    rows = conn.execute(
        select(sync_state.c.account, sync_state.c.state).where(sync_state.c.connector == connector)
    ).all()
    return [(row.account, orjson.loads(row.state)) for row in rows]


def count_items(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(items)).scalar_one())


def count_scans(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(scans)).scalar_one())


def last_scan_id(conn: Connection) -> int | None:
    return conn.execute(select(scans.c.id).order_by(scans.c.id.desc()).limit(1)).scalar()


def last_role_profile(conn: Connection) -> dict[str, Any] | None:
    """The role profile of the latest scan that had one."""
    stored = conn.execute(
        select(scans.c.role_profile).where(scans.c.role_profile.is_not(None)).order_by(scans.c.id.desc()).limit(1)
    ).scalar()
    return orjson.loads(stored) if stored else None


def scan_history(conn: Connection, *, latest: int | None = None) -> list[ScanRecord]:
    """Past scans, oldest first; with `latest`, only that many of the newest, newest first."""
    query = select(scans)
    query = query.order_by(scans.c.id) if latest is None else query.order_by(scans.c.id.desc()).limit(latest)
    return [
        ScanRecord(
            id=row.id,
            started_at=row.started_at,
            finished_at=row.finished_at,
            tool_version=row.tool_version,
            rules_used=tuple(orjson.loads(row.rules_used)) if row.rules_used else (),
            role_profile=orjson.loads(row.role_profile) if row.role_profile else None,
            ruleset=row.ruleset,
            full=bool(row.full),
            items_scanned=row.items_scanned,
            profiles_scanned=row.profiles_scanned,
            findings=row.findings,
            rule_errors=row.rule_errors,
        )
        for row in conn.execute(query)
    ]


def undecided_count(conn: Connection, at_least: Severity) -> int:
    """How many findings at or above `at_least` have no decision yet."""
    return int(
        conn.execute(
            select(func.count())
            .select_from(findings.outerjoin(decisions, decisions.c.finding_id == findings.c.id))
            .where(findings.c.severity >= int(at_least), decisions.c.finding_id.is_(None))
        ).scalar_one()
    )


def finding_ids_starting(conn: Connection, prefix: str, *, limit: int = 2) -> list[str]:
    """Up to `limit` current finding ids that start with `prefix` (an exact id included)."""
    # A range on the primary key, not LIKE: the index answers it, and no character is a wildcard.
    return [
        str(value)
        for value in conn.execute(
            select(findings.c.id).where(findings.c.id >= prefix, findings.c.id < prefix + "\uffff").limit(limit)
        ).scalars()
    ]


def finding_rules(conn: Connection) -> dict[str, str]:
    """The rule code of every current finding, by finding id."""
    return dict(conn.execute(select(findings.c.id, findings.c.rule)).all())


def recorded_decisions(conn: Connection) -> list[DecisionRecord]:
    """Every decision recorded, by finding id (findings a later scan no longer gives included)."""
    return [
        DecisionRecord(row.finding_id, row.decision, row.note, row.decided_at)
        for row in conn.execute(select(decisions).order_by(decisions.c.finding_id))
    ]
