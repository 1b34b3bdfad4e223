"""Stream the JSON inside X's `window.YTD.<name>.partN = [...]` files without loading them whole.

The prefix up to the first `=` is skipped by reading a few bytes, then ijson walks the array, so
a 2 GB tweets.js costs a few megabytes of memory.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any, BinaryIO

import ijson

from footprint.errors import SourceFormatError

_PREFIX_LIMIT = 4096


class _Rest:
    """File-like view of `head` followed by the rest of `stream`."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = head
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size < 0:
                data, self._head = self._head + self._stream.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._stream.read(size)


def skip_js_assignment(stream: BinaryIO, where: str) -> _Rest:
    """Position after `window.X = ` (or return the stream as is when it is plain JSON)."""
    head = stream.read(_PREFIX_LIMIT)
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    stripped = head.lstrip()
    if stripped[:1] in (b"[", b"{"):
        return _Rest(stripped, stream)
    equals = head.find(b"=")
    if equals < 0:
        raise SourceFormatError("not an X archive data file (no 'window.YTD... =' prefix)", path=where)
    return _Rest(head[equals + 1 :], stream)


def iter_array(stream: BinaryIO, where: str) -> Iterator[Any]:
    """Each element of the top-level array of a YTD .js file, as Python objects."""
    try:
        yield from ijson.items(skip_js_assignment(stream, where), "item", use_float=True)
    except ijson.JSONError as exc:
        raise SourceFormatError(f"invalid JSON ({_short(exc)})", path=where) from exc
    except UnicodeDecodeError as exc:
        raise SourceFormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=where) from exc


def load_object(stream: BinaryIO, where: str) -> Any:
    """A whole small JS/JSON value (manifest.js), parsed at once."""
    rest = skip_js_assignment(stream, where)
    data = rest.read().rstrip().rstrip(b";")
    import orjson

    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise SourceFormatError(f"invalid JSON ({_short(exc)})", path=where) from exc


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]
