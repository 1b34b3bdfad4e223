"""What every connector is: a named source of records that never touches the database."""

from __future__ import annotations

import functools
import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from operator import attrgetter
from typing import Any, ClassVar

from footprint.connectors._archive import ArchiveSource
from footprint.connectors._secrets import scrub
from footprint.connectors._values import int_or_none
from footprint.errors import SourceFormatError, visible
from footprint.records import Item, ItemKind, MediaRef, Profile, Reaction, Record, Skipped

# Skipped records listed per file; past this, one line says how many more there were (a file of
# a million empty records is one problem, not a million rows in the database and the report).
SKIPPED_LISTED_PER_FILE = 1000
# A skip reason quotes the value it could not read; a 10 MB value is cut to this.
SKIP_TEXT_LIMIT = 300


class ArchiveImporter(ABC):
    """Reads one platform's downloaded data export.

    `find_roots` sniffs the content (never the file name) and returns the prefixes inside the
    source where an export of this kind starts: "" for the top, "twitter-2023/" for a folder
    found inside a bigger one. `iter_records` then streams Profile, Item, Reaction and Skipped
    records from one root.

    Every subclass's `iter_records` is wrapped (see `guarded`) so that whatever an importer,
    built in or plugged in, yields: credential-like fields never leave a profile's raw data,
    skipped records are short, printable and not a flood, and a RecursionError is a one-line
    error instead of a traceback.
    """

    name: ClassVar[str]
    platform: ClassVar[str]
    title: ClassVar[str]
    download_help: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("iter_records")
        if own is not None and not getattr(own, "__isabstractmethod__", False) and not getattr(own, "_guarded", False):
            # Replacing the method the subclass defined is the point here: setattr says so
            # (a plain assignment reads to a type checker as an accidental overwrite).
            setattr(cls, "iter_records", guarded(own))

    @classmethod
    @abstractmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]: ...

    @abstractmethod
    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]: ...


IterRecords = Callable[[Any, ArchiveSource, str], Iterator[Record]]


def guarded(iter_records: IterRecords) -> IterRecords:
    """`iter_records` with the guarantees every importer gives the store (see ArchiveImporter)."""

    @functools.wraps(iter_records)
    def wrapper(self: Any, source: ArchiveSource, root: str) -> Iterator[Record]:
        listed: dict[str, int] = {}
        unlisted: dict[str, int] = {}
        try:
            for record in iter_records(self, source, root):
                if isinstance(record, Item):
                    record = _typed_item(record, source)
                elif isinstance(record, Profile):
                    record = _typed_profile(record, source)
                elif isinstance(record, Reaction):
                    record = _typed_reaction(record, source)
                if isinstance(record, Skipped):
                    where = record.source.split("#", 1)[0] if isinstance(record.source, str) else source.display
                    count = listed.get(where, 0)
                    if count >= SKIPPED_LISTED_PER_FILE:
                        unlisted[where] = unlisted.get(where, 0) + 1
                        continue
                    listed[where] = count + 1
                    record = _tidy(record)
                yield record
        except RecursionError as exc:
            raise SourceFormatError(
                "data nested too deeply to read; this is not an export as the platform writes it",
                path=source.describe(root) if root else source.display,
            ) from exc
        for where, count in unlisted.items():
            yield Skipped(
                where,
                f"{count:,} more records of this file skipped, for the reasons above "
                f"(only the first {SKIPPED_LISTED_PER_FILE:,} are listed)",
            )

    setattr(wrapper, "_guarded", True)  # read back by __init_subclass__, which wraps once
    return wrapper


def _tidy(record: Skipped) -> Skipped:
    """A skipped record fit for a database row and a report line."""

    def short(text: object) -> str:
        text = visible(text if isinstance(text, str) else str(text))
        return text if len(text) <= SKIP_TEXT_LIMIT else text[: SKIP_TEXT_LIMIT - 1] + "…"

    source, reason = short(record.source), short(record.reason)
    detail = short(record.detail) if record.detail is not None else None
    if (source, reason, detail) == (record.source, record.reason, record.detail):
        return record
    return Skipped(source, reason, detail)


class ApiConnector(ABC):
    """Pulls a person's public history live from a platform.

    The client is injected (an `httpx.Client` with a mock transport, a Mastodon.py or atproto
    client pointed at a local test server) so tests never patch. `iter_records` receives the
    state the previous pull saved and yields only what is newer, ending with a `SyncPoint`
    that the store saves in the same transaction as the records. Credentials come from the
    environment or the system keyring, never from the database, a report or a log.
    """

    name: ClassVar[str]
    platform: ClassVar[str]
    title: ClassVar[str]

    def __init__(self, *, client: object | None = None, **options: str) -> None:
        self.client = client
        self.options = options

    @abstractmethod
    def iter_records(self, account: str, since: Mapping[str, Any] | None) -> Iterator[Record]: ...


# ---------------------------------------------------------------------------- record types
#
# Importers read values whose type the export does not promise ("email": ["a", "b"], an id
# written as a number, a count of 10**30). What reaches the store has the types records.py
# declares: a text field is text or None, a count fits SQLite's 64-bit INTEGER, an id is
# non-empty text (a record without one is skipped, with the reason).

_PROFILE_TEXT = ("handle", "display_name", "bio", "website", "location", "email", "avatar", "banner", "url")
_ITEM_TEXT = ("url", "language", "visibility", "reply_to", "quote_of")
_COUNTS = (-(2**63), 2**63 - 1)
_TEXT_OR_NONE = frozenset({str, type(None)})
_item_texts = attrgetter(*_ITEM_TEXT)


def _text(value: object) -> str | None:
    if value is None or type(value) is str:
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return None


def _count(value: object) -> int | None:
    if value is None or (type(value) is int and _COUNTS[0] <= value <= _COUNTS[1]):
        return value
    if isinstance(value, bool):
        return None
    number = int_or_none(value)
    if number is None:
        return None
    return number if _COUNTS[0] <= number <= _COUNTS[1] else None


def _id(value: object) -> str | None:
    text = _text(value)
    return text if text else None


def _changes(record: object, fields: tuple[str, ...], convert: Any) -> dict[str, Any]:
    changes = {}
    for name in fields:
        value = getattr(record, name)
        fixed = convert(value)
        if fixed is not value:
            changes[name] = fixed
    return changes


def _typed_media(media: object) -> tuple[MediaRef, ...] | None:
    """The media tuple when it needs no change, else a cleaned copy (None: unchanged)."""
    if type(media) is tuple and not media:
        return None
    if type(media) is tuple and all(
        type(m) is MediaRef and type(m.kind) is str
        and all(v is None or type(v) is str for v in (m.url, m.source_path, m.native_id))
        for m in media
    ):
        return None
    cleaned = []
    for m in media if isinstance(media, (tuple, list)) else ():
        if isinstance(m, MediaRef):
            cleaned.append(MediaRef(kind=_text(m.kind) or "media", url=_text(m.url),
                                    source_path=_text(m.source_path), native_id=_text(m.native_id)))
    return tuple(cleaned)


def _well_typed(item: Item) -> bool:
    """True when `_typed_item` would change nothing, checked quickly: every post passes here."""
    low, high = _COUNTS
    likes, reposts = item.like_count, item.repost_count
    return (
        type(item.platform) is str and type(item.account_id) is str and type(item.native_id) is str
        and bool(item.platform) and bool(item.account_id) and bool(item.native_id)
        and type(item.text) is str
        and isinstance(item.kind, ItemKind)
        and set(map(type, _item_texts(item))) <= _TEXT_OR_NONE
        and (likes is None or (type(likes) is int and low <= likes <= high))
        and (reposts is None or (type(reposts) is int and low <= reposts <= high))
        and (item.created_at is None or isinstance(item.created_at, datetime))
        and type(item.deleted) is bool
        and _typed_media(item.media) is None
    )


def _typed_item(item: Item, source: ArchiveSource) -> Item | Skipped:
    if _well_typed(item):
        return item
    changes = _changes(item, _ITEM_TEXT, _text)
    changes.update(_changes(item, ("like_count", "repost_count"), _count))
    for name in ("platform", "account_id", "native_id"):
        value = getattr(item, name)
        if type(value) is not str or not value:
            fixed = _id(value)
            if fixed is None:
                return Skipped(source.display, f"a {item.platform} record without a usable {name.replace('_', ' ')}")
            changes[name] = fixed
    if type(item.text) is not str:
        changes["text"] = _text(item.text) or ""
    if not isinstance(item.kind, ItemKind):
        try:
            changes["kind"] = ItemKind(item.kind)
        except ValueError:
            return Skipped(source.display, f"a {item.platform} record of unknown kind {str(item.kind)[:40]!r}")
    if item.created_at is not None and not isinstance(item.created_at, datetime):
        changes["created_at"] = None
    if type(item.deleted) is not bool:
        changes["deleted"] = bool(item.deleted)
    media = _typed_media(item.media)
    if media is not None:
        changes["media"] = media
    return replace(item, **changes) if changes else item


def _typed_profile(profile: Profile, source: ArchiveSource) -> Profile | Skipped:
    changes = _changes(profile, _PROFILE_TEXT, _text)
    changes.update(_changes(profile, ("followers", "following"), _count))
    for name in ("platform", "native_id"):
        value = getattr(profile, name)
        if type(value) is not str or not value:
            fixed = _id(value)
            if fixed is None:
                return Skipped(source.display, "a profile without a usable account id")
            changes[name] = fixed
    if profile.created_at is not None and not isinstance(profile.created_at, datetime):
        changes["created_at"] = None
    if profile.raw is not None:
        changes["raw"] = scrub(profile.raw)
    return replace(profile, **changes) if changes else profile


def _typed_reaction(reaction: Reaction, source: ArchiveSource) -> Reaction | Skipped:
    changes = _changes(reaction, ("text", "url"), _text)
    for name in ("platform", "account_id", "target_id", "kind"):
        value = getattr(reaction, name)
        if type(value) is not str or not value:
            fixed = _id(value)
            if fixed is None:
                return Skipped(source.display, f"a {reaction.platform} like or save without a usable {name.replace('_', ' ')}")
            changes[name] = fixed
    return replace(reaction, **changes) if changes else reaction
