"""What every Meta export (Facebook, Instagram, Threads) shares: mojibake, no ids.

Meta writes each UTF-8 *byte* of a string as its own `\\u00XX` escape, so after JSON decoding
"é" reads "Ã©" and 😂 reads "ð\\x9f\\x98\\x82" (spec §4.3). `fix_text` undoes it only when the
round trip through Latin-1 succeeds, which leaves correct text (already "é", or any character
past U+00FF) untouched. Every value read through this module is repaired, keys included,
because localised exports have non-ASCII labels ("Nom d'utilisateur").

Times are Unix seconds (read by `_values.epoch_time`). The exports carry no post or comment
ids, so `stable_id` derives one from content that does not change between two downloads of the
same account.
"""

from __future__ import annotations

import codecs
import hashlib
import posixpath
from collections.abc import Iterable, Iterator
from typing import Any

import ijson
import orjson

from footprint.connectors._archive import ArchiveSource
from footprint.connectors._jsondepth import check_depth, read_whole
from footprint.connectors._jsstream import iter_arrays, json_error
from footprint.connectors._stream import ByteStream
from footprint.errors import SourceFormatError
from footprint.records import Reaction, Skipped

# Enough to see the first record of any Meta file; a post with a dozen EXIF blocks is ~20 KB.
SNIFF_BYTES = 64 * 1024


def fix_text(value: str) -> str:
    """Undo Meta's UTF-8-as-Latin-1 escaping; correct text comes back unchanged."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def repair(value: Any) -> Any:
    """`fix_text` applied to every string inside a parsed JSON value, keys included."""
    if isinstance(value, str):
        return fix_text(value)
    if isinstance(value, list):
        return [repair(v) for v in value]
    if isinstance(value, dict):
        return {fix_text(k) if isinstance(k, str) else k: repair(v) for k, v in value.items()}
    return value


def stable_id(*parts: object) -> str:
    """First 20 hex chars of sha256 over the parts: the same content always gives the same id."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:20]


def text_of(value: Any) -> str:
    """A string field's text, or "" for anything else (None, numbers, nested objects)."""
    return value if isinstance(value, str) else ""


def lookup(mapping: Any, *keys: str) -> Any:
    """`mapping[k1][k2]...`, or None as soon as a level is missing or not a dict."""
    for key in keys:
        if not isinstance(mapping, dict):
            return None
        mapping = mapping.get(key)
    return mapping


def label(string_map: Any, *labels: str) -> dict[str, Any]:
    """The `{"value", "href", "timestamp"}` entry under the first label present.

    `string_map_data` keys are display labels that follow the export's language, so callers
    pass the English label and the known translations.
    """
    if not isinstance(string_map, dict):
        return {}
    for name in labels:
        entry = string_map.get(name)
        if isinstance(entry, dict):
            return entry
    return {}


def media_kind(uri: str, metadata: Any = None) -> str:
    """'photo' or 'video' from the file name; Meta's video uris often have no extension."""
    if isinstance(metadata, dict) and "video_metadata" in metadata:
        return "video"
    ext = posixpath.splitext(uri)[1].lower()
    if ext in (".mp4", ".mov", ".m4v", ".webm", ".avi"):
        return "video"
    if ext in (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".bmp"):
        return "photo"
    return "video" if not ext else "file"


def iter_items(stream: ByteStream, where: str, prefixes: Iterable[str]) -> Iterator[tuple[str, Any]]:
    """Each element found at one of the `prefixes`, repaired: "item" is an element of the
    top-level array, "comments_v2.item" one of the array under a top-level key (ijson's names).

    One pass over the file whatever the prefixes, so a file whose array sits under one of
    several historical keys ("comments_v2" or "comments") streams without being read twice.
    Memory holds one element at a time.
    """
    names = {None if prefix == "item" else prefix.removesuffix(".item") for prefix in prefixes}
    for name, element in iter_arrays(stream, where, names):
        yield ("item" if name is None else f"{name}.item"), repair(element)


def load_json(stream: ByteStream, where: str) -> Any:
    """A whole small file (a profile), parsed at once and repaired."""
    data = read_whole(stream, where)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    check_depth(data, where)
    try:
        return repair(orjson.loads(data))
    except orjson.JSONDecodeError as exc:
        raise SourceFormatError(f"invalid JSON ({_short(exc)})", path=where) from exc


def sniff(source: ArchiveSource, name: str) -> list[tuple[str, str, Any]]:
    """The ijson events of the first SNIFF_BYTES of a member: enough to recognise its layout.

    Never raises for content: a file that is not JSON, or is cut off by the byte limit, just
    gives the events read so far (possibly none); only JSON nested past `MAX_DEPTH` is refused.
    """
    with source.open(name) as stream:
        head = stream.read(SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    if head.lstrip()[:1] not in (b"[", b"{"):
        return []
    # The one content check that raises: a file nested deeper than any export is refused by
    # name rather than passed over as "not a Meta file" (and ijson's prefixes would grow with
    # the square of the depth).
    check_depth(head, source.describe(name))
    events: list[tuple[str, str, Any]] = []
    try:
        for event in ijson.parse(head, use_float=True):
            events.append(event)
    except (ijson.JSONError, UnicodeDecodeError):
        pass
    return events


def top_keys(events: list[tuple[str, str, Any]]) -> list[str]:
    """Keys of a top-level object among sniffed events (empty for a top-level array)."""
    return [fix_text(value) for prefix, event, value in events if prefix == "" and event == "map_key"]


def is_array(events: list[tuple[str, str, Any]]) -> bool:
    return bool(events) and events[0][1] == "start_array"


def export_root(name: str, known_folders: frozenset[str]) -> str:
    """The prefix where an export starts: the member's folder minus known Meta folder names.

    `posts/your_posts_1.json` and `your_activity_across_facebook/posts/...` both give "";
    `facebook-pat-2024/posts/your_posts_1.json` gives "facebook-pat-2024/". Stops at the first
    folder that is not a Meta name, so a person's own wrapper folders are kept.
    """
    parts = posixpath.dirname(name).split("/") if posixpath.dirname(name) else []
    while parts and parts[-1] in known_folders:
        parts.pop()
    return "/".join(parts) + "/" if parts else ""


_short = json_error


def private_flag(string_map: Any, *labels: str) -> bool | None:
    """The "Private Account" switch as a bool, None when the export does not say."""
    value = text_of(label(string_map, *labels).get("value")).strip().lower()
    if value in ("true", "vrai", "yes", "oui"):
        return True
    if value in ("false", "faux", "no", "non"):
        return False
    return None


def like_reactions(
    element: Any, index: int, where: str, platform: str, account: str
) -> Iterator[Reaction | Skipped]:
    """Reactions from one Instagram/Threads like record [memory: no real sample].

    `{"title": "<owner>", "string_list_data": [{"href": "<post URL>", "value": "<emoji>",
    "timestamp": ...}]}`: the post is named only by its URL, which becomes the target id.
    """
    entries = element.get("string_list_data") if isinstance(element, dict) else None
    hrefs = [e for e in entries if isinstance(e, dict) and text_of(e.get("href")).strip()] if isinstance(entries, list) else []
    if not hrefs:
        yield Skipped(f"{where}#{index}", "like without a post URL")
        return
    for entry in hrefs:
        href = text_of(entry.get("href")).strip()
        yield Reaction(
            platform=platform,
            account_id=account,
            target_id=href,
            kind="like",
            url=href,
            raw=element,
        )
