"""Stream the JSON inside X's `window.YTD.<name>.partN = [...]` files without loading them whole.

The prefix up to the first `=` is skipped by reading a few bytes, then ijson walks the array, so
a 2 GB tweets.js costs a few megabytes of memory.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any, BinaryIO

import ijson

from footprint.connectors._jsondepth import DepthGuard, read_whole
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


def without_bom(stream: BinaryIO) -> BinaryIO:
    """The stream without a leading UTF-8 byte-order mark (yajl refuses one; editors add it)."""
    head = stream.read(len(codecs.BOM_UTF8))
    return _Rest(head.removeprefix(codecs.BOM_UTF8), stream)  # type: ignore[return-value]


def skip_js_assignment(stream: BinaryIO, where: str) -> DepthGuard:
    """Position after `window.X = ` (or return the stream as is when it is plain JSON).

    What follows is read through a DepthGuard: JSON nested past any real export's depth is a
    one-line SourceFormatError, never a parser running out of memory or recursion.
    """
    head = stream.read(_PREFIX_LIMIT)
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    stripped = head.lstrip()
    if stripped[:1] in (b"[", b"{"):
        return DepthGuard(_Rest(stripped, stream), where)  # type: ignore[arg-type]
    equals = head.find(b"=")
    if equals < 0:
        raise SourceFormatError("not an X archive data file (no 'window.YTD... =' prefix)", path=where)
    return DepthGuard(_Rest(head[equals + 1 :], stream), where)  # type: ignore[arg-type]


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
    data = read_whole(rest, where).rstrip().rstrip(b";")  # type: ignore[arg-type]
    import orjson

    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise SourceFormatError(f"invalid JSON ({_short(exc)})", path=where) from exc


def json_error(exc: BaseException) -> str:
    """What went wrong, without the excerpt of the file that yajl quotes on its next lines.

    The excerpt is the person's own data (a post, or a password in a file that holds one), and
    error messages are printed, logged and pasted into bug reports.
    """
    text = str(exc)
    if text.startswith(("b'", 'b"')):  # ijson sometimes gives the repr of yajl's bytes
        text = text[2:].replace("\\n", "\n")
    first = text.split("\n", 1)[0]
    return " ".join(first.split())[:160] or type(exc).__name__


_short = json_error
