"""Is this SQLite file a footprint database, and is it intact? Two checks for the store.

Ownership, on open, before any migration writes: a database is this tool's when it is empty or
its `alembic_version` names a revision of footprint/migrations (or names an unknown one and holds
this tool's core tables: a newer version's database, which the store refuses on its own terms).
Anything else, another application's database given as `--db`, is left exactly as it was.

Damage, only when SQLite has already said "database disk image is malformed": the store asks
SQLite's `PRAGMA quick_check` what is wrong, through a separate read-only connection, and says it
in one line. Checking on every open would cost every command a full read of the file (55 ms for
100,000 posts with a warm cache, seconds cold for a million); a damaged page is found by the
first query that reads it, and most commands read most pages.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection

from footprint.migrations import known_revisions

# Tables every revision since the first has had (0001_initial_schema).
CORE_TABLES = frozenset({"accounts", "items", "imports", "findings", "decisions", "scans"})
_QUICK_CHECK_ROWS = 20
# SQLite's result code (the low byte of extended codes) for a damaged page. "File is not a
# database" (26) is left out: it is far more often the wrong file than a damaged one.
_SQLITE_CORRUPT = 11


def foreign_tables(conn: Connection) -> list[str] | None:
    """None when the database is empty or this tool's; else the names of the tables it holds."""
    names = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            "ORDER BY name"
        )
    ]
    if not names:
        return None
    if "alembic_version" in names:
        versions = {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
        if versions and versions <= known_revisions():
            return None
        if CORE_TABLES <= set(names):
            return None  # a newer footprint's revision: the migration step says so
    return names


def describe_tables(names: Iterable[str], limit: int = 5) -> str:
    listed = list(names)
    shown = ", ".join(listed[:limit])
    return f"{shown} and {len(listed) - limit} more" if len(listed) > limit else shown


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "database disk image is malformed" (SQLITE_CORRUPT and its variants)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == _SQLITE_CORRUPT:
            return True
        if isinstance(current, sqlite3.DatabaseError) and "malformed" in str(current):
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False


def quick_check(path: str) -> list[str]:
    """What SQLite's quick_check finds wrong (at most a few lines); [] when it finds nothing,
    or when it cannot even run (the caller already knows the file is damaged)."""
    if path == ":memory:":
        return []
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA quick_check({_QUICK_CHECK_ROWS})")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()
    if rows == ["ok"]:
        return []
    # A row may hold several problems, one per line, after a "*** in database main ***" title.
    lines = (line.strip() for row in rows for line in row.splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def damage_message(path: str) -> str:
    """One line: the database is damaged, what quick_check says, and what to do."""
    problems = quick_check(path)
    if problems:
        more = f" and {len(problems) - 1}{'+' if len(problems) >= _QUICK_CHECK_ROWS else ''} more" if len(problems) > 1 else ""
        found = f"SQLite's quick check: {' '.join(problems[0].split())[:200]}{more}"
    else:
        found = "SQLite reports a malformed page"
    return (
        f"the database is damaged ({found}); restore a copy, or move it aside and import your exports "
        "again (`footprint baseline import` brings back decisions you exported)"
    )
