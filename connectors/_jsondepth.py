"""A cap on how deeply JSON may nest, checked on the bytes before any parser sees them.

Real exports nest at most a dozen or two levels. A file of 100,000 nested arrays is not an
export, and it hurts every tool downstream: ijson's prefixed events grow quadratically with the
depth (30,000 levels cost 2 GB and 11 s; 100,000 exhaust memory), Python's recursive helpers hit
RecursionError, and orjson refuses to write a value deeper than 255 levels into the database.

`DepthGuard` wraps a member stream and raises a one-line SourceFormatError as soon as the
nesting passes `MAX_DEPTH`, whatever the parser on top. It bounds the depth rather than parse:
it never lets deeper nesting through, and never refuses JSON nesting at most half the limit. It skips string contents (brackets in a
post are text), works across chunk boundaries and costs a few C-speed passes per chunk: strings
are cut out with one regular expression, everything but brackets is deleted, then matched pairs
are peeled off, one nesting level per pass, at most `MAX_DEPTH` passes.

The big streamed arrays (`_jsstream.iter_array`, `iter_arrays`: X, Mastodon, Meta) do not go
through it: they hold the same `MAX_DEPTH` per decoded element, a cheaper check at that point.
It guards what is still parsed as an ijson event stream (TikTok) and the small files read whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from footprint.connectors._stream import ByteStream
from footprint.errors import SourceFormatError

# A file read whole (a profile, a manifest, an HTML page) rather than streamed: real ones are a
# few kilobytes to a few megabytes; a bigger one is not what its name says.
MAX_WHOLE_FILE = 64 * 1024 * 1024

# Far above any real export, far below orjson's 255-level limit on what the store writes
# (records sit a few levels inside their file) and Python's recursion limit.
MAX_DEPTH = 128

# A complete string, or the rest of a string already entered (unrolled loop: fast in `re`).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_STRING_REST = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_BRACKETS_ONLY = bytes(b for b in range(256) if b not in b"[]{}")
_SAME_BRACKETS = bytes.maketrans(b"{}", b"[]")
_SLICE = 8192


def _trailing_backslashes(data: bytes) -> int:
    return len(data) - len(data.rstrip(b"\\"))


class DepthTracker:
    """Follows the nesting depth of a JSON (or JS) byte stream fed in chunks."""

    def __init__(self, where: str, limit: int = MAX_DEPTH) -> None:
        self.where = where
        self.limit = limit
        self.depth = 0
        self._in_string = False
        self._escaped = False  # the previous chunk ended inside a string on an unpaired backslash

    def feed(self, data: bytes) -> None:
        """Raise SourceFormatError when `data` takes the nesting past the limit."""
        # In slices: `re.sub` keeps every piece between two strings until it joins them, about
        # ten times the slice's size in small objects.
        for offset in range(0, len(data), _SLICE):
            self._feed(data[offset:offset + _SLICE] if len(data) > _SLICE else data)

    def _feed(self, chunk: bytes) -> None:
        start = 0
        if self._in_string:
            start = 1 if self._escaped else 0
            match = _STRING_REST.match(chunk, start)
            if match is None:
                rest = chunk[start:]
                self._escaped = _trailing_backslashes(rest) % 2 == 1 if rest else False
                return
            self._in_string = self._escaped = False
            start = match.end()
        outside = _STRING.sub(b"", chunk[start:] if start else chunk)
        quote = outside.find(b'"')
        if quote >= 0:
            # A string opens and is still open when the chunk ends.
            self._in_string = True
            self._escaped = _trailing_backslashes(outside[quote + 1:]) % 2 == 1
            outside = outside[:quote]
        brackets = outside.translate(_SAME_BRACKETS, _BRACKETS_ONLY)
        if not brackets:
            return
        rounds = 0
        while b"[]" in brackets:
            brackets = brackets.replace(b"[]", b"")
            rounds += 1
            if self.depth + rounds > self.limit:
                self._refuse()
        # Reduced, the chunk reads "]]...[[": every closer comes before every opener. Groups
        # that opened and closed within the chunk sat on a base no higher than the depth at
        # either end, and were at most `rounds` deep.
        closers = brackets.count(b"]")
        after = max(0, self.depth - closers) + len(brackets) - closers
        if max(self.depth, after) + rounds > self.limit:
            self._refuse()
        self.depth = after

    def _refuse(self) -> None:
        raise too_deep_error(self.where, self.limit)


def too_deep_error(where: str, limit: int = MAX_DEPTH) -> SourceFormatError:
    """The one-line error for JSON nested past `limit`, whoever finds it."""
    return SourceFormatError(
        f"JSON nested more than {limit} levels deep, which no export does; refusing to read it", path=where
    )


class DepthGuard:
    """File-like view of `stream` that refuses JSON nested deeper than `limit`."""

    def __init__(self, stream: ByteStream, where: str, limit: int = MAX_DEPTH) -> None:
        self._stream = stream
        self._tracker = DepthTracker(where, limit)

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._tracker.feed(data)
        return data


def check_depth(data: bytes, where: str, limit: int = MAX_DEPTH) -> None:
    """Raise SourceFormatError when the JSON in `data` nests deeper than `limit`."""
    DepthTracker(where, limit).feed(data)


def read_whole(stream: ByteStream, where: str, limit: int | None = None) -> bytes:
    """All of a small member, refusing (one line) one bigger than `limit` instead of loading it."""
    limit = MAX_WHOLE_FILE if limit is None else limit
    chunks: list[bytes] = []
    total = 0
    while total <= limit:  # in steps: a wrapped stream may return less than asked
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise SourceFormatError(f"larger than the {limit // 2**20} MB such a file ever is; refusing to load it whole", path=where)
    return b"".join(chunks)


def too_deep(data: bytes, limit: int = MAX_DEPTH) -> bool:
    try:
        check_depth(data, "", limit)
    except SourceFormatError:
        return True
    return False


def value_depth(value: object, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a decoded value, counted without recursion, stopping past `limit`."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        current, level = stack.pop()
        children: Iterable[object]
        if isinstance(current, dict):
            children = current.values()
        elif isinstance(current, (list, tuple)):
            children = current
        else:
            continue
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest

