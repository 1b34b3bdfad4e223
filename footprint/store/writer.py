"""The import writer: records in, keyed rows out, inside one transaction.

Every write is keyed: accounts by (platform, native id), items by (platform, account, native id),
reactions by (platform, account, kind, target). An import runs in one transaction, so it lands
whole or not at all, and importing the same records again changes no row (only records whose
content changed are rewritten).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from footprint import __version__
from footprint.records import Item, MediaRef, Profile, Reaction, Record, Skipped, SyncPoint
from footprint.store._tables import (
    BATCH_SIZE,
    SQL_PARAMS,
    accounts,
    dumps,
    imports,
    inserted_id,
    now,
    sha,
    skipped,
    sync_state,
)
from footprint.store.engine import driver_cursor
from footprint.store.scanning import ScannedSubject, written_subjects


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


def write_import(
    conn: Connection,
    *,
    source: str,
    connector: str,
    sha256: str,
    records: Iterable[Record],
    on_record: Callable[[Record], None] | None = None,
    on_subjects: Callable[[Iterator[ScannedSubject]], None] | None = None,
) -> ImportSummary:
    """Write all records, and the import's own row, through `conn` (the caller's transaction)."""
    import_id = inserted_id(conn.execute(
        insert(imports).values(
            source=source,
            connector=connector,
            sha256=sha256,
            tool_version=__version__,
            started_at=now(),
            items_seen=0,
            items_added=0,
            items_updated=0,
            profiles=0,
            reactions=0,
            skipped=0,
        )
    ))
    writer = _ImportWriter(conn, ImportSummary(import_id, source, connector), on_subjects)
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
            finished_at=now(),
            items_seen=summary.items_seen,
            items_added=summary.items_added,
            items_updated=summary.items_updated,
            profiles=summary.profiles,
            reactions=summary.reactions,
            skipped=len(summary.skipped),
        )
    )
    return summary


def mark_item_deleted(conn: Connection, item_id: int) -> None:
    """Set `deleted` with the fingerprint an import gives the same post seen deleted, so a
    later import of an older export changes nothing (and the post stays deleted)."""
    cursor = driver_cursor(conn)
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


class _ImportWriter:
    """Buffers records and writes them in keyed batches inside the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        summary: ImportSummary,
        on_subjects: Callable[[Iterator[ScannedSubject]], None] | None = None,
    ) -> None:
        self.conn = conn
        self.summary = summary
        self.on_subjects = on_subjects
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
            self.pending_reactions[(record.platform, record.account_id, record.kind, record.target_id)] = record
            if len(self.pending_reactions) >= BATCH_SIZE:
                self._flush_reactions()
        elif isinstance(record, SyncPoint):
            state = {"state": dumps(dict(record.state)), "updated_at": now()}
            stmt = sqlite_insert(sync_state).values(connector=record.connector, account=record.account, **state)
            self.conn.execute(stmt.on_conflict_do_update(index_elements=["connector", "account"], set_=state))
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
            row_id = inserted_id(self.conn.execute(insert(accounts).values(platform=platform, native_id=native_id)))
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
        raw_sha = sha(sorted(values.items()), profile.raw)
        current = self.conn.execute(
            select(accounts.c.raw_sha).where(accounts.c.id == account_id)
        ).scalar()
        if current == raw_sha:
            return
        values["raw"] = dumps(profile.raw)
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
        cursor = driver_cursor(self.conn)
        existing: dict[str, tuple[int, str, bool]] = {}
        for start in range(0, len(group), SQL_PARAMS):
            chunk = [values[_NATIVE_ID] for values, _ in group[start : start + SQL_PARAMS]]
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
        # Ids of the rows just inserted, read back when something needs them: their media, or
        # the scan that analyzes them ahead (an updated row keeps the id it had).
        ids: dict[str, int] = {values[_NATIVE_ID]: row_id for row_id, values in changed}
        wanted = [values[_NATIVE_ID] for values in new_rows] if self.on_subjects else [
            native_id for native_id, _ in with_media if native_id not in ids
        ]
        for start in range(0, len(wanted), SQL_PARAMS):
            chunk = wanted[start : start + SQL_PARAMS]
            cursor.execute(
                "SELECT native_id, id FROM items WHERE platform = ? AND account_id = ? "
                f"AND native_id IN ({', '.join('?' * len(chunk))})",
                (platform, account_id, *chunk),
            )
            ids.update(cursor.fetchall())
        if with_media:
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
        if self.on_subjects is not None and (new_rows or changed):
            written = [(ids[values[_NATIVE_ID]], values) for values in new_rows]
            written.extend(changed)
            self.on_subjects(written_subjects(self.conn, account_id, written, _ITEM_COLUMNS))

    # -- reactions

    def _flush_reactions(self) -> None:
        if not self.pending_reactions:
            return
        batch = list(self.pending_reactions.values())
        self.pending_reactions.clear()
        platform = batch[0].platform
        rows = [
            (r.platform, self._account_id(r.platform, r.account_id), r.kind, r.target_id, r.text, r.url, dumps(r.raw))
            for r in batch
        ]
        # Straight to the driver, as for items: a like is written once and never updated.
        cursor = driver_cursor(self.conn)
        known: set[tuple[int, str, str]] = set()
        for start in range(0, len(rows), SQL_PARAMS):
            chunk = [row[3] for row in rows[start : start + SQL_PARAMS]]
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


