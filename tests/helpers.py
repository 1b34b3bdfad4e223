"""Small helpers shared by tests: dump tables to compare databases row for row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = ("accounts", "items", "media", "reactions", "imports", "skipped", "scans", "findings", "decisions")


def dump(db_path: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db_path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
