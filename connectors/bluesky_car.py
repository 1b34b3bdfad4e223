"""Bluesky (AT Protocol) repository export, the `.car` file. Spec: archive-formats.md §3.

A repository export is a CARv1 file: a DAG-CBOR header naming the commit, then blocks (commit,
Merkle Search Tree nodes, records) in no useful order. Records do not carry their own key, so the
key `collection/rkey` of each record comes from walking the MST from the commit's `data` root;
only what that walk reaches is imported (stale blocks may sit in the file).

Memory: the SDK's `CAR.from_bytes` holds the whole file and every decoded block at once, and
atproto 0.0.73 has no streaming block reader. The CAR framing is trivial (varint-prefixed
sections), so this module reads it as a stream, twice: pass 1 keeps only the commit, the MST
nodes (still encoded) and the profile record; pass 2 decodes and yields records one by one. Each
block is decoded with the SDK's DAG-CBOR decoder (`atproto_core.cbor.decode_dag`). What grows
with the export is one `CID -> key` entry per post/repost/like (about 150 bytes each), never
the records themselves.

What is read: posts (post, reply, quote), reposts, the profile record, and likes (kept apart as
reactions). Follows and every other collection, including other apps' records, are counted and
reported as one skipped entry per collection. Images are not in the export: posts point at them
by blob CID, and the Bluesky image CDN URL is derived from that CID.

`createdAt` is chosen by the client and comes in several ISO-8601 shapes; a value without a
timezone is taken as UTC (what the Bluesky clients that wrote such values meant). When it is
missing or unreadable, the time encoded in the record's TID key is used instead.
"""

from __future__ import annotations

import base64
import posixpath
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from atproto_core.cbor import decode_dag
from atproto_core.exceptions import DAGCBORDecodingError

from footprint.connectors._archive import ArchiveSource
from footprint.connectors._bluesky import (
    CDN,
    PLATFORM,
    POST,
    REPOST,
    blob_cid,
    cid_str,
    post_item,
    record_time,
    web_url,
)
from footprint.connectors._jsondepth import MAX_DEPTH, value_depth
from footprint.connectors._stream import ByteStream
from footprint.connectors._values import loose_iso_time
from footprint.connectors.base import ArchiveImporter
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Record, Skipped

LIKE = "app.bsky.feed.like"
PROFILE = "app.bsky.actor.profile"
FOLLOW = "app.bsky.graph.follow"
_READ = frozenset({POST, REPOST, LIKE, PROFILE})
_PROFILE_BYTES = PROFILE.encode()

# Detection opens members to look at their first bytes; these names are exports' JSON, JS, CSV,
# HTML and media files that can never be a CAR, and skipping them keeps sniffing a 50,000-photo
# archive cheap. Any other name (a `.car`, no extension, a renamed file) is sniffed by content.
_NEVER_CAR = (".js", ".json", ".csv", ".html", ".htm", ".txt", ".md", ".xml", ".css", ".pdf",
              ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".m4a", ".mp3")
_SNIFF_BYTES = 1024  # a header with one root is 59 bytes; this allows a couple of dozen roots
_MAX_BLOCK = 16 * 1024 * 1024  # records are capped near 1 MB; more means damage, not data
_CHUNK = 256 * 1024
# DAG-CBOR sorts map keys by length then bytes, so every MST node {"e": [...], "l": ...} starts
# with a 2-entry map header and the 1-letter key "e". Records start with longer keys ("$type").
_MST_PREFIX = b"\xa2\x61e"
# atproto limits (atproto.com/specs/record-key and /nsid): a record key is 1 to 512 characters
# of [A-Za-z0-9._:~-] (never "." or ".."), a collection NSID at most 317 characters, so an MST
# key "collection/rkey" is at most 830 bytes. Keys are prefix-compressed (`p` bytes of the
# previous key plus `k`), so without this cap each entry could grow the key a little more and a
# small file would describe gigabytes of keys.
MAX_RKEY = 512
MAX_NSID = 317
MAX_KEY = MAX_NSID + 1 + MAX_RKEY
_RKEY = re.compile(r"^[A-Za-z0-9._:~-]{1,512}$")
_NSID = re.compile(r"^[A-Za-z0-9.-]{1,317}$")
# Records with identical bytes share one CID, so one block can sit under many keys. Two
# identical records are rare (the client stamps createdAt); hundreds are a file built to make
# one large block count many times.
MAX_KEYS_PER_BLOCK = 16
# Problems of one kind listed one by one before the rest are counted in a single entry.
_LISTED_PROBLEMS = 100


# ---------------------------------------------------------------------------- CAR framing


class _Reader:
    """Buffered reads of exact sizes and varints from a forward-only stream (zip member too)."""

    def __init__(self, stream: ByteStream, where: str) -> None:
        self._stream = stream
        self._where = where
        self._buf = b""
        self._pos = 0
        self.offset = 0  # bytes consumed so far, for error messages

    def _fill(self, size: int) -> bool:
        while len(self._buf) - self._pos < size:
            chunk = self._stream.read(max(_CHUNK, size))
            if not chunk:
                return False
            self._buf = self._buf[self._pos:] + chunk
            self._pos = 0
        return True

    def at_end(self) -> bool:
        return not self._fill(1)

    def varint(self) -> int:
        value = shift = 0
        for _ in range(9):
            if not self._fill(1):
                raise self.truncated()
            byte = self._buf[self._pos]
            self._pos += 1
            self.offset += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7
        raise SourceFormatError(f"not a CAR file: bad length prefix at byte {self.offset}", path=self._where)

    def take(self, size: int) -> bytes:
        if not self._fill(size):
            raise self.truncated()
        data = self._buf[self._pos:self._pos + size]
        self._pos += size
        self.offset += size
        return data

    def truncated(self) -> SourceFormatError:
        return SourceFormatError(
            f"truncated CAR file: it ends inside a block after {self.offset:,} bytes; the download is incomplete",
            path=self._where,
        )


def _varint_at(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while pos < len(data) and shift < 63:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7
    raise ValueError("bad varint")


def _cid_length(section: bytes) -> int:
    """Length of the CID at the start of a CAR section (CIDv0 or CIDv1 with any multihash)."""
    if section[:2] == b"\x12\x20":
        return 34
    version, pos = _varint_at(section, 0)
    if version != 1:
        raise ValueError(f"CID version {version}")
    _codec, pos = _varint_at(section, pos)
    _hash_code, pos = _varint_at(section, pos)
    digest_size, pos = _varint_at(section, pos)
    end = pos + digest_size
    if end > len(section):
        raise ValueError("CID longer than its section")
    return end


def _header_roots(header: Any) -> list[bytes] | None:
    if not isinstance(header, dict) or header.get("version") != 1:
        return None
    roots = header.get("roots")
    if not isinstance(roots, list) or not roots or not all(isinstance(r, bytes) for r in roots):
        return None
    return roots


def _looks_like_car(head: bytes) -> bool:
    """CARv1 header: varint length, then a DAG-CBOR map with version 1 and a list of root CIDs."""
    try:
        size, pos = _varint_at(head, 0)
        if not 0 < size <= len(head) - pos or head[pos] & 0xE0 != 0xA0:  # must open a CBOR map
            return False
        return _header_roots(decode_dag(head[pos:pos + size])) is not None
    except (ValueError, DAGCBORDecodingError):
        return False


def _open_car(stream: ByteStream, where: str) -> tuple[bytes, Iterator[tuple[bytes, bytes]]]:
    """Read the header now; return its first root (the commit CID) and a lazy block iterator."""
    reader = _Reader(stream, where)
    size = reader.varint()
    if not 0 < size <= _SNIFF_BYTES * 64:
        raise SourceFormatError("not a CAR file: implausible header length", path=where)
    try:
        roots = _header_roots(decode_dag(reader.take(size)))
    except DAGCBORDecodingError as exc:
        raise SourceFormatError(f"not a CAR file: unreadable header ({_short(exc)})", path=where) from exc
    if roots is None:
        raise SourceFormatError("not a CARv1 file: header lacks version 1 or roots", path=where)
    return roots[0], _blocks(reader, where)


def _blocks(reader: _Reader, where: str) -> Iterator[tuple[bytes, bytes]]:
    """(CID bytes, block bytes) for every section, in file order."""
    while not reader.at_end():
        start = reader.offset
        size = reader.varint()
        if not 0 < size <= _MAX_BLOCK:
            raise SourceFormatError(f"damaged CAR file: block of {size:,} bytes at byte {start:,}", path=where)
        section = reader.take(size)
        try:
            cid_end = _cid_length(section)
        except (ValueError, IndexError) as exc:
            raise SourceFormatError(f"damaged CAR file: unreadable CID at byte {start:,} ({exc})", path=where) from exc
        yield section[:cid_end], section[cid_end:]


def _short(exc: BaseException) -> str:
    cause = exc.__cause__ or exc
    return " ".join(str(cause).split())[:160] or type(cause).__name__


# ---------------------------------------------------------------------------- values


def _jsonable(value: Any) -> Any:
    """The record as the AT Protocol renders it in JSON: links as {"$link"}, bytes as {"$bytes"}."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, bytes):
        link = cid_str(value) if value[:1] == b"\x01" else None
        if link:
            return {"$link": link}
        return {"$bytes": base64.b64encode(value).decode("ascii").rstrip("=")}
    return value


def _subject_uri(record: dict[str, Any]) -> str | None:
    subject = record.get("subject")
    uri = subject.get("uri") if isinstance(subject, dict) else None
    return uri if isinstance(uri, str) and uri else None


# ---------------------------------------------------------------------------- repository


@dataclass
class _Repo:
    """What pass 1 learns: whose repository, and which key each wanted record CID has."""

    did: str
    rev: str | None
    # CID -> key for posts, reposts, likes and the profile; a list when identical records share a CID.
    keys: dict[bytes, str | list[str]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    profile: dict[str, Any] | None = None
    problems: list[Skipped] = field(default_factory=list)
    shared_beyond: int = 0  # keys dropped because their block already sits under MAX_KEYS_PER_BLOCK keys


def _scan(stream: ByteStream, where: str) -> _Repo:
    """Pass 1: keep the commit, the encoded MST nodes and profile records, then walk the tree."""
    root, blocks = _open_car(stream, where)
    commit_block: bytes | None = None
    nodes: dict[bytes, bytes] = {}
    profiles: dict[bytes, bytes] = {}
    for cid, block in blocks:
        if cid == root:
            commit_block = block
        elif block.startswith(_MST_PREFIX):
            nodes[cid] = block
        elif _PROFILE_BYTES in block:
            profiles[cid] = block
    if commit_block is None:
        raise SourceFormatError("not a repository export: the commit block named in the header is missing", path=where)
    try:
        commit = decode_dag(commit_block)
    except DAGCBORDecodingError as exc:
        raise SourceFormatError(f"unreadable repository commit ({_short(exc)})", path=where) from exc
    did, data = (commit.get("did"), commit.get("data")) if isinstance(commit, dict) else (None, None)
    if not isinstance(did, str) or not did.startswith("did:") or not isinstance(data, bytes):
        raise SourceFormatError("not a repository export: the root block is not an atproto commit", path=where)
    rev = commit.get("rev")
    repo = _Repo(did=did, rev=rev if isinstance(rev, str) else None)
    for key, cid in _walk(data, nodes, where, repo.problems):
        collection = key.partition("/")[0]
        repo.counts[collection] += 1
        if collection not in _READ:
            continue
        earlier = repo.keys.get(cid)
        if earlier is None:
            repo.keys[cid] = key
        elif isinstance(earlier, str) or len(earlier) < MAX_KEYS_PER_BLOCK:
            repo.keys[cid] = [*([earlier] if isinstance(earlier, str) else earlier), key]
        else:
            repo.shared_beyond += 1
        if key == f"{PROFILE}/self" and cid in profiles:
            try:
                record = decode_dag(profiles[cid])
            except DAGCBORDecodingError:
                record = None
            if isinstance(record, dict) and value_depth(record) > MAX_DEPTH:
                repo.problems.append(Skipped(f"{where}#{key}", f"profile record nested more than {MAX_DEPTH} levels deep: not audited"))
                record = None
            repo.profile = record if isinstance(record, dict) else None
    return repo


class _BadNode(Exception):
    """A tree node whose entries break the format; the node's remaining records are dropped."""


def _entries(node: Any) -> Iterator[bytes | tuple[str, bytes]]:
    """A decoded MST node in key order: subtree CIDs (bytes) and (key, record CID) pairs.

    Each key is checked against the atproto limits before it is built, so no key longer than
    `MAX_KEY` bytes ever exists in memory.
    """
    if not isinstance(node, dict) or not isinstance(node.get("e"), list):
        raise _BadNode("is not a tree node")
    if isinstance(node.get("l"), bytes):
        yield node["l"]
    previous = b""
    for raw in node["e"]:
        if not isinstance(raw, dict):
            raise _BadNode("holds an entry that is not a map")
        prefix, suffix, value = raw.get("p"), raw.get("k"), raw.get("v")
        if not isinstance(prefix, int) or not isinstance(suffix, bytes) or not 0 <= prefix <= len(previous):
            raise _BadNode("holds a badly compressed key")
        if prefix + len(suffix) > MAX_KEY:
            raise _BadNode(f"holds a key longer than the {MAX_KEY} bytes the AT Protocol allows")
        full = previous[:prefix] + suffix
        if full <= previous:
            raise _BadNode("holds keys out of order")
        previous = full
        try:
            key = full.decode("ascii")
        except UnicodeDecodeError:
            raise _BadNode("holds a key that is not ASCII") from None
        if not isinstance(value, bytes):
            raise _BadNode(f"holds a key without a record link ({key})")
        yield key, value
        if isinstance(raw.get("t"), bytes):
            yield raw["t"]


def valid_key(key: str) -> bool:
    """`collection/rkey` within the atproto syntax: an NSID-like collection, a valid record key."""
    collection, slash, rkey = key.partition("/")
    return bool(slash) and _NSID.match(collection) is not None and _RKEY.match(rkey) is not None and rkey not in (".", "..")


def _walk(data: bytes, nodes: dict[bytes, bytes], where: str, problems: list[Skipped]) -> Iterator[tuple[str, bytes]]:
    """(collection/rkey, record CID) in key order: left subtree, then each entry and its right subtree.

    Iterative and lazy: one entry iterator per open node (the stack is as deep as the tree),
    a visited set so a crafted file can neither recurse too deep nor loop, and keys checked
    to rise strictly across the whole walk, so no key comes out twice.
    """
    stack: list[tuple[str, Iterator[bytes | tuple[str, bytes]]]] = []
    visited: set[bytes] = set()
    last = ""
    malformed = 0
    pending: bytes | None = data
    while pending is not None or stack:
        if pending is not None:
            node_cid, pending = pending, None
            if node_cid in visited:
                continue
            visited.add(node_cid)
            encoded = nodes.pop(node_cid, None)
            label = cid_str(node_cid) or "?"
            if encoded is None:
                problems.append(Skipped(where, f"repository tree node {label} is missing: the records under it cannot be listed"))
                continue
            try:
                node = decode_dag(encoded)
            except DAGCBORDecodingError as exc:
                problems.append(Skipped(where, f"unreadable repository tree node {label}: its records cannot be listed", _short(exc)))
                continue
            stack.append((label, _entries(node)))
            continue
        label, entries = stack[-1]
        try:
            step = next(entries, None)
        except _BadNode as exc:
            problems.append(Skipped(where, f"repository tree node {label} {exc}: its remaining records cannot be listed"))
            stack.pop()
            continue
        if step is None:
            stack.pop()
        elif isinstance(step, bytes):
            pending = step
        else:
            key, value = step
            if key <= last or not valid_key(key):
                # Out of order across nodes, or outside the atproto syntax: never a real key.
                malformed += 1
                if malformed <= _LISTED_PROBLEMS:
                    problems.append(Skipped(f"{where}#{key}", "malformed or out-of-order repository key"))
                continue
            last = key
            yield key, value
    if malformed > _LISTED_PROBLEMS:
        problems.append(Skipped(where, "more malformed or out-of-order repository keys", f"{malformed - _LISTED_PROBLEMS} not listed"))


def _skip_reason(collection: str) -> str:
    if collection == FOLLOW:
        return "not audited: accounts followed (counted in the profile)"
    if collection == "app.bsky.graph.block":
        return "not audited: blocked accounts"
    if collection.startswith("chat.bsky."):
        return "not audited: chat settings (messages are never in the repository)"
    if collection.startswith("app.bsky."):
        return "not audited: this kind of Bluesky record is not posting"
    return "not audited: records written by another AT Protocol app"


# ---------------------------------------------------------------------------- importer


def _is_car(source: ArchiveSource, name: str) -> bool:
    if posixpath.basename(name).lower().endswith(_NEVER_CAR):
        return False
    with source.open(name) as stream:
        return _looks_like_car(stream.read(_SNIFF_BYTES))


class BlueskyCar(ArchiveImporter):
    name: ClassVar[str] = "bluesky-car"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "Bluesky repository export (.car)"
    download_help: ClassVar[str] = (
        "Bluesky app > Settings > Account > Export my data (saves repo.car); the same file comes "
        "from your PDS at /xrpc/com.atproto.sync.getRepo?did=<your DID> "
        "(https://docs.bsky.app/blog/repo-export)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        """Each member whose first bytes are a CARv1 header; the member's name is the root."""
        return source.roots_where(lambda name: _is_car(source, name), root_of=lambda name: name)

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        where = source.describe(root)
        with source.open(root) as stream:
            repo = _scan(stream, where)
        yield self._profile(repo)
        yield from repo.problems
        if repo.shared_beyond:
            yield Skipped(
                where,
                f"not imported: keys beyond the first {MAX_KEYS_PER_BLOCK} that point at one identical record",
                f"{repo.shared_beyond} keys",
            )
        pending = repo.keys
        with source.open(root) as stream:
            _, blocks = _open_car(stream, where)
            for cid, block in blocks:
                keys = pending.pop(cid, None)
                if keys is None:
                    continue
                for key in [keys] if isinstance(keys, str) else keys:
                    if key == f"{PROFILE}/self":
                        continue  # already yielded as the Profile
                    yield self._record(repo.did, key, block, where)
        missing = 0
        for keys in pending.values():
            for key in [keys] if isinstance(keys, str) else keys:
                missing += 1
                if missing <= _LISTED_PROBLEMS:
                    yield Skipped(f"{where}#{key}", "listed in the repository tree but its record block is missing from the file")
        if missing > _LISTED_PROBLEMS:
            yield Skipped(where, "more records listed in the repository tree whose block is missing from the file",
                          f"{missing - _LISTED_PROBLEMS} not listed")
        others = sorted(c for c in repo.counts if c not in _READ)
        for collection in others[:_LISTED_PROBLEMS]:
            count = repo.counts[collection]
            yield Skipped(f"{where}#{collection}", _skip_reason(collection), f"{count} record{'s' * (count != 1)}")
        if len(others) > _LISTED_PROBLEMS:
            rest = others[_LISTED_PROBLEMS:]
            count = sum(repo.counts[c] for c in rest)
            yield Skipped(where, f"not audited: records of {len(rest)} more collections", f"{count} records")

    def _profile(self, repo: _Repo) -> Profile:
        # The handle lives in the DID document, not in the repository: the DID is the identity.
        record = repo.profile or {}
        avatar, banner = blob_cid(record.get("avatar")), blob_cid(record.get("banner"))
        display = record.get("displayName")
        bio = record.get("description")
        return Profile(
            platform=PLATFORM,
            native_id=repo.did,
            display_name=display if isinstance(display, str) and display.strip() else None,
            bio=bio if isinstance(bio, str) and bio.strip() else None,
            avatar=f"{CDN}/avatar/plain/{repo.did}/{avatar}@jpeg" if avatar else None,
            banner=f"{CDN}/banner/plain/{repo.did}/{banner}@jpeg" if banner else None,
            following=repo.counts.get(FOLLOW, 0),
            created_at=loose_iso_time(record.get("createdAt")),
            url=f"https://bsky.app/profile/{repo.did}",
            raw={"did": repo.did, "rev": repo.rev, "profile": _jsonable(repo.profile) if repo.profile else None},
        )

    def _record(self, did: str, key: str, block: bytes, where: str) -> Record:
        collection, _, rkey = key.partition("/")
        at_uri = f"at://{did}/{key}"
        try:
            record = decode_dag(block)
        except DAGCBORDecodingError as exc:
            return Skipped(f"{where}#{key}", "unreadable record block", _short(exc))
        if not isinstance(record, dict):
            return Skipped(f"{where}#{key}", "record is not a map")
        if value_depth(record) > MAX_DEPTH:
            return Skipped(f"{where}#{key}", f"record nested more than {MAX_DEPTH} levels deep, which no app writes")
        raw = _jsonable(record)
        if collection == LIKE:
            target = _subject_uri(record)
            if target is None:
                return Skipped(f"{where}#{key}", "like without a subject URI")
            return Reaction(platform=PLATFORM, account_id=did, target_id=target, kind="like", url=web_url(target), raw=raw)
        if collection == REPOST:
            target = _subject_uri(record)
            if target is None:
                return Skipped(f"{where}#{key}", "repost without a subject URI")
            return Item(
                platform=PLATFORM, account_id=did, native_id=at_uri, kind=ItemKind.REPOST, text=target,
                created_at=record_time(record, rkey), url=web_url(target), visibility="public",
                raw=raw,
            )
        if collection != POST:
            return Skipped(f"{where}#{key}", f"profile record other than 'self' ({collection})")
        return post_item(did, at_uri, rkey, record, raw)
