"""Stream big JSON arrays without loading them whole: X's `window.YTD.<name>.partN = [...]`
files (`iter_array`), and arrays in plain JSON files such as Mastodon's outbox or Meta's exports
(`iter_arrays`).

The bytes are decoded as UTF-8 a chunk at a time into a sliding text buffer and each array
element is parsed by the C json decoder (`raw_decode`), so a 2 GB tweets.js costs a few
megabytes of memory and hardly more time than `json.loads` of it would. What a hostile file can
do is bounded here, each a one-line SourceFormatError naming the file: an element bigger than
MAX_ELEMENT_CHARS is refused before it fills memory; nesting deeper than `_jsondepth.MAX_DEPTH`
is refused (the decoder's own RecursionError for absurd depths, an exact count for the rest);
bytes that are not UTF-8 and broken JSON are reported with their offset, never quoted. Escaped
lone surrogates ("\\ud800") become "?", as yajl made them, since no database or JSON writer takes
them; integers past 64 bits are kept as their digits, for the same reason.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Collection, Iterator
from operator import itemgetter
from typing import Any, NoReturn

from footprint.connectors._jsondepth import (
    MAX_DEPTH,
    DepthGuard,
    read_whole,
    too_deep_error,
    value_depth,
)
from footprint.connectors._stream import ByteStream
from footprint.errors import SourceFormatError

_PREFIX_LIMIT = 4096
# Bytes read from the member at a time.
_CHUNK = 64 * 1024
# Characters kept ahead of the parser: an element shorter than this (nearly all are a few
# kilobytes) is parsed once, never first cut short by the end of the buffer.
_AHEAD = 16 * 1024
# One element of an array (one tweet, one status) in characters. Real ones are a few kilobytes;
# a 10 MB post is absurd but is still read. The buffer never holds more than twice this.
MAX_ELEMENT_CHARS = 16 * 1024 * 1024

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_COMMA = re.compile(r"[ \t\n\r]*,[ \t\n\r]*")
# An escaped UTF-16 surrogate: may stand alone, which no database or JSON writer accepts.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _Rest:
    """File-like view of `head` followed by the rest of `stream`."""

    def __init__(self, head: bytes, stream: ByteStream) -> None:
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


def _after_assignment(stream: ByteStream, where: str) -> tuple[bytes, int]:
    """Read past `window.X = ` (or a byte-order mark before plain JSON).

    Returns the bytes read beyond it and how many bytes the prefix took.
    """
    read = _read_up_to(stream, _PREFIX_LIMIT)
    head = read.removeprefix(codecs.BOM_UTF8)
    stripped = head.lstrip()
    if stripped[:1] in (b"[", b"{"):
        return stripped, len(read) - len(stripped)
    equals = head.find(b"=")
    if equals < 0:
        raise SourceFormatError("not an X archive data file (no 'window.YTD... =' prefix)", path=where)
    return head[equals + 1 :], len(read) - len(head) + equals + 1


def skip_js_assignment(stream: ByteStream, where: str) -> DepthGuard:
    """Position after `window.X = ` (or return the stream as is when it is plain JSON).

    What follows is read through a DepthGuard: JSON nested past any real export's depth is a
    one-line SourceFormatError, never a parser running out of memory or recursion.
    """
    return DepthGuard(_Rest(_after_assignment(stream, where)[0], stream), where)


def _after_bom(stream: ByteStream, where: str) -> tuple[bytes, int]:
    """Read past a byte-order mark, if any (yajl refused one; editors add it)."""
    read = _read_up_to(stream, len(codecs.BOM_UTF8))
    head = read.removeprefix(codecs.BOM_UTF8)
    return head, len(read) - len(head)


def _read_up_to(stream: ByteStream, size: int) -> bytes:
    """`size` bytes, fewer only at the end of the stream (a read may return less than asked)."""
    data = stream.read(size)
    while len(data) < size and (more := stream.read(size - len(data))):
        data += more
    return data


def iter_array(stream: ByteStream, where: str) -> Iterator[Any]:
    """Each element of the top-level array of a YTD .js file (or of a JSON file), as Python objects.

    Any other top level holds no elements, but must still be JSON.
    """
    return map(itemgetter(1), _arrays(stream, where, (None,), _after_assignment))


def iter_arrays(stream: ByteStream, where: str, names: Collection[str | None]) -> Iterator[tuple[str | None, Any]]:
    """(name, element) for each element of the named arrays of a JSON file, in one pass.

    None names the top-level array; a string, the array under that key of a top-level object (a
    key written twice is read twice: Mastodon writes `orderedItems` twice, first empty).
    Whatever else the file holds is only checked to be JSON.
    """
    return _arrays(stream, where, names, _after_bom)


def _arrays(
    stream: ByteStream,
    where: str,
    names: Collection[str | None],
    skip_head: Callable[[ByteStream, str], tuple[bytes, int]],
) -> Iterator[tuple[str | None, Any]]:
    text = _JsonText(stream, where, *skip_head(stream, where))
    first = text.peek()
    if first == "[" and None in names:
        for element in text.elements(levels=1):
            yield None, element
    elif first == "{" and any(name is not None for name in names):
        text.pos += 1
        if text.peek() == "}":
            text.pos += 1
        else:
            while True:
                if text.peek() != '"':
                    text.fail("Expecting property name enclosed in double quotes", text.pos)
                key = text.value(levels=1)
                text.expect(":")
                if key in names and text.peek() == "[":
                    for element in text.elements(levels=2):
                        yield key, element
                else:
                    text.value(levels=1)
                if text.expect(",}") == "}":
                    break
    else:
        text.value(levels=0)
    text.end()


def _int(digits: str) -> int | str:
    """An integer, or its digits when no 64-bit column or JSON writer could hold it."""
    if len(digits) > 20:
        return digits
    number = int(digits)
    return number if -(2**63) <= number < 2**64 else digits


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


_decode = json.JSONDecoder(parse_int=_int, parse_constant=_not_json).raw_decode


class _JsonText:
    """A sliding window of a member's text, read a chunk at a time, parsed a value at a time."""

    def __init__(self, stream: ByteStream, where: str, head: bytes, skipped: int) -> None:
        self.stream = stream
        self.where = where
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.bytes_read = skipped  # bytes of the member decoded so far (the prefix counted)
        self.text = ""
        self.pos = 0  # the next character to parse in `text`
        self.offset = skipped  # characters of the member dropped before `text` (the prefix counted)
        self.eof = False
        if head:
            self._feed(head)

    # -- reading

    def _feed(self, data: bytes) -> None:
        try:
            chunk = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise SourceFormatError(
                f"not UTF-8 text ({exc.reason} at byte {self.bytes_read + exc.start})", path=self.where
            ) from exc
        self.bytes_read += len(data)
        self.eof = not data
        self.offset += self.pos
        self.text = self.text[self.pos:] + chunk if self.pos < len(self.text) else chunk
        self.pos = 0

    def more(self, wanted: int = 1) -> bool:
        """Read until `wanted` characters are unparsed; False when the member ends first."""
        while len(self.text) - self.pos < wanted and not self.eof:
            self._feed(self.stream.read(max(_CHUNK, wanted - len(self.text) + self.pos)))
        return len(self.text) - self.pos >= wanted

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end of the member)."""
        while True:
            blank = _WHITESPACE.match(self.text, self.pos)
            assert blank is not None  # the pattern matches the empty string at worst
            self.pos = blank.end()
            if self.pos < len(self.text) or not self.more():
                return self.text[self.pos : self.pos + 1]

    def expect(self, allowed: str) -> str:
        """Step over the next character, which must be one of `allowed`."""
        found = self.peek()
        if not found or found not in allowed:
            self.fail(f"Expecting {' or '.join(repr(c) for c in allowed)}", self.pos)
        self.pos += 1
        return found

    def end(self) -> None:
        if self.peek():
            self.fail("text after the end of the JSON value", self.pos)

    # -- parsing

    def value(self, levels: int) -> Any:
        """The JSON value at the current position, `levels` deep in the file."""
        self.peek()
        if len(self.text) - self.pos < _AHEAD:
            self.more(_AHEAD)
        element, start, end = self._decode_here()
        self.pos = end
        text = self.text
        # An element holds at least as many brackets as it nests deep: counting them is cheap,
        # measuring the decoded value only happens for the rare element with many.
        if text.count("[", start, end) + text.count("{", start, end) + levels > MAX_DEPTH:
            if value_depth(element, MAX_DEPTH) + levels > MAX_DEPTH:
                raise too_deep_error(self.where)
        if _SURROGATE_ESCAPE.search(text, start, end):
            element = _without_lone_surrogates(element)
        return element

    def _decode_here(self) -> tuple[Any, int, int]:
        """The JSON value at `pos` with where it starts and ends in `text`, reading more while
        the buffer cuts it short."""
        while True:
            start = self.pos  # reading more moves the text
            try:
                element, end = _decode(self.text, start)
            except RecursionError as exc:
                raise too_deep_error(self.where) from exc
            except json.JSONDecodeError as exc:
                # Cut by the end of the buffer (a string still open, a value that stops short) or
                # wrong whatever follows: the same error again with more text is the answer.
                cut = exc.pos >= len(self.text) - 16 or exc.msg.startswith("Unterminated string")
                if not (cut and self._grow()):
                    self.fail(exc.msg, exc.pos)
                continue
            except ValueError as exc:  # NaN or Infinity
                raise SourceFormatError(f"invalid JSON ({exc})", path=self.where) from exc
            if end == len(self.text) and self._grow():
                continue  # a number may go on in the next chunk
            return element, start, end

    def _grow(self) -> bool:
        """Read more of the value that starts at `pos`, at least doubling what is held of it."""
        held = len(self.text) - self.pos
        if self.eof:
            return False
        if held > MAX_ELEMENT_CHARS:
            raise SourceFormatError(
                f"holds a single record of more than {MAX_ELEMENT_CHARS // 2**20} M characters, which no "
                "export does; refusing to read it",
                path=self.where,
            )
        self.more(2 * held + 1)
        return True

    def elements(self, levels: int) -> Iterator[Any]:
        """The elements of the array whose `[` is the next character, `levels` deep in the file."""
        self.pos += 1
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value(levels)
            # What separates two elements is usually all there: one step over it.
            comma = _COMMA.match(self.text, self.pos)
            if comma is not None and comma.end() < len(self.text):
                self.pos = comma.end()
            elif self.expect(",]") == "]":
                return

    def fail(self, problem: str, pos: int) -> NoReturn:
        problem = problem.removesuffix(" at")  # json's "Unterminated string starting at"
        raise SourceFormatError(f"invalid JSON ({problem} at character {self.offset + pos:,})", path=self.where)


def _without_lone_surrogates(value: Any) -> Any:
    """`value` with unpaired surrogates (from escapes such as "\\ud800") replaced by "?"."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list):
        return [_without_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(k): _without_lone_surrogates(v) for k, v in value.items()}
    return value


def load_object(stream: ByteStream, where: str) -> Any:
    """A whole small JS/JSON value (manifest.js), parsed at once."""
    rest = skip_js_assignment(stream, where)
    data = read_whole(rest, where).rstrip().rstrip(b";")
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
