"""The person's decisions on findings, keyed by finding id so they outlive scans."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from footprint import __version__
from footprint.errors import StoreError
from footprint.store._tables import decisions, now

DECISIONS = ("confirm", "dismiss", "accept")


def check_decisions(entries: Sequence[tuple[str, str, str | None]]) -> None:
    """Refuse the whole batch, before anything is written, if one decision is unknown."""
    for _, decision, _ in entries:
        if decision not in DECISIONS:
            raise StoreError(f"unknown decision {decision!r} (choose from {', '.join(DECISIONS)})")


def record_decisions(conn: Connection, entries: Sequence[tuple[str, str, str | None]]) -> None:
    """(finding id, decision, note) each; a later decision replaces an earlier one."""
    for finding_id, decision, note in entries:
        values = {"decision": decision, "note": note, "decided_at": now(), "tool_version": __version__}
        stmt = sqlite_insert(decisions).values(finding_id=finding_id, **values)
        conn.execute(stmt.on_conflict_do_update(index_elements=["finding_id"], set_=values))


def remove_decision(conn: Connection, finding_id: str) -> bool:
    """True when there was a decision to take back."""
    return bool(conn.execute(delete(decisions).where(decisions.c.finding_id == finding_id)).rowcount)
