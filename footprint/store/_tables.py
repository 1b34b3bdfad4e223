"""The tables and the small encoders every part of the store shares.

Private to the store package: the rest of the project reads and writes through the store's named
methods, never through these table objects.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import CursorResult, func, or_

from footprint.store.models import (
    accounts,
    decisions,
    deletions,
    findings,
    imports,
    items,
    media,
    pictures,
    reactions,
    rule_errors,
    scans,
    skipped,
    sync_state,
)

# The tables, re-exported: the store's modules import them from here with the encoders.
__all__ = [
    "BATCH_SIZE",
    "MEDIA_REF",
    "SQL_PARAMS",
    "TO_ANALYZE",
    "accounts",
    "decisions",
    "deletions",
    "findings",
    "imports",
    "items",
    "media",
    "pictures",
    "reactions",
    "rule_errors",
    "scans",
    "skipped",
    "sync_state",
    "dumps",
    "inserted_id",
    "now",
    "sha",
]

BATCH_SIZE = 2000
# SQLite's default limit on host parameters in one statement is 999 before 3.32, 32766 after.
SQL_PARAMS = 900

# The items the rules have not seen; the same condition as the partial index
# ix_items_to_analyze (store/models.py), so an incremental scan reads only those.
TO_ANALYZE = or_(items.c.analyzed_sha.is_(None), items.c.analyzed_sha != items.c.raw_sha)
# How findings name a post's picture: its path inside the export, or its address after a pull.
MEDIA_REF = func.coalesce(media.c.source_path, media.c.url)


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    assert key is not None, "not an INSERT of one row"
    return int(key[0])


def dumps(value: Any) -> str | None:
    if value is None:
        return None
    return orjson.dumps(value, default=str).decode()


def sha(*parts: Any) -> str:
    return hashlib.sha256(orjson.dumps(parts, default=str)).hexdigest()


def now() -> datetime:
    return datetime.now(UTC)

