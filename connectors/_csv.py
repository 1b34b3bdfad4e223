"""Stream the rows of a CSV member of an export, whatever quirks the platform's writer has.

Exports write CSV as UTF-8, sometimes with a BOM, with multi-line quoted cells and, now and
then, a single cell of several megabytes (a long post or a JSON blob). Rows are decoded as they
are read, so a 2 GB comments.csv costs one row of memory; a row is capped at MAX_ROW_CHARS, as
one record of an X archive is (`_jsstream.MAX_ELEMENT_CHARS`), counted line by line as the
reader is fed, so a 60 MB cell is refused after 16 M characters instead of being built whole
(and copied several times: 810 MB for 60 MB). A header that cannot be read makes the
whole file unusable and raises a one-line SourceFormatError naming the member; a row that does
not fit the header is left for the connector to skip with a reason.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from footprint.connectors._archive import ArchiveSource
from footprint.connectors._jsstream import MAX_ELEMENT_CHARS
from footprint.connectors._stream import ByteStream
from footprint.errors import SourceFormatError

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

# The default limit (128 KiB) rejects the occasional 10 MB cell of a real export; raising it is
# process-wide, so it is done once, here, and only ever upwards.
FIELD_SIZE_LIMIT = 64 * 1024 * 1024
if csv.field_size_limit() < FIELD_SIZE_LIMIT:
    csv.field_size_limit(FIELD_SIZE_LIMIT)

MAX_ROW_CHARS = MAX_ELEMENT_CHARS
# Cells beyond the header's width are kept under this key so the raw row stays JSON-friendly.
EXTRA = "_extra"
_PEEK_BYTES = 64 * 1024

# Values are str, except the EXTRA list of surplus cells.
Row = dict[str, Any]


class _Raw(io.RawIOBase):
    """Lets io.BufferedReader/TextIOWrapper read a member stream that only offers `read`.

    Closing is left to the archive's context manager, which owns the stream.
    """

    def __init__(self, stream: ByteStream) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer)  # io.BufferedReader hands a memoryview already: a view of it
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def text_stream(stream: ByteStream) -> io.TextIOWrapper:
    """UTF-8 text (BOM dropped) with newlines left alone, as the csv module wants them.

    A file that starts with a UTF-16 byte-order mark (a CSV re-saved by a spreadsheet as
    "Unicode") is read as UTF-16: the mark says so unambiguously.
    """
    buffered = io.BufferedReader(_Raw(stream))
    encoding = "utf-16" if buffered.peek(2)[:2] in _UTF16_BOMS else "utf-8-sig"
    return io.TextIOWrapper(buffered, encoding=encoding, newline="")


def peek_rows(source: ArchiveSource, member: str, rows: int = 1) -> list[list[str]]:
    """The first `rows` rows (header included) from the first 64 KiB, for sniffing formats.

    Never raises on content: an unreadable head is simply "not this format" ([]).
    """
    with source.open(member) as stream:
        head = stream.read(_PEEK_BYTES)
    if head[:2] in _UTF16_BOMS:
        text = head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    else:
        if head.startswith(codecs.BOM_UTF8):
            head = head[len(codecs.BOM_UTF8):]
        # NUL in the header line: UTF-16 without a mark, or not text at all. (A NUL further on,
        # inside a post, is the person's data and is kept.)
        if b"\x00" in head.split(b"\n", 1)[0]:
            return []
        text = head.decode("utf-8", errors="replace")
    if len(head) == _PEEK_BYTES:
        # Drop the last, probably cut, line so a half row is never mistaken for data.
        text = text[: text.rfind("\n") + 1] if "\n" in text else text
    found: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline="")):
            if not row:
                continue
            found.append(row)
            if len(found) >= rows:
                break
    except csv.Error:
        return []
    return found


def peek_header(source: ArchiveSource, member: str) -> list[str]:
    """The header row with surrounding spaces trimmed, or [] when there is none."""
    rows = peek_rows(source, member, 1)
    return [cell.strip() for cell in rows[0]] if rows else []


class _BoundedLines:
    """The lines of a text stream, refusing a CSV row of more than `limit` characters.

    A line is read with a size bound, so even one endless line costs at most `limit`
    characters; `row_done` starts the count again for the next row (a quoted cell may span
    many lines, and they all count towards its row). The lines come from a generator, which
    the csv reader calls faster than a Python `__next__`.
    """

    def __init__(self, text: io.TextIOWrapper, where: str, limit: int = MAX_ROW_CHARS) -> None:
        self._where = where
        self._limit = limit
        self._used = [0]  # characters of the current row, shared with the generator
        self.lines = self._lines(text)

    def _lines(self, text: io.TextIOWrapper) -> Iterator[str]:
        readline, used, limit = text.readline, self._used, self._limit
        number = 0
        while True:
            line = readline(limit - used[0] + 1)
            if not line:
                return
            number += 1
            used[0] += len(line)
            if used[0] > limit:
                raise SourceFormatError(
                    f"holds a single row of more than {limit // 2**20} M characters (by line {number:,}), "
                    "which no export does; refusing to read it",
                    path=self._where,
                )
            yield line

    def row_done(self) -> None:
        self._used[0] = 0


def _unescape_backslash_quotes(lines: Iterable[str]) -> Iterator[str]:
    # LinkedIn writes a quote inside a quoted cell as \" instead of "" (RFC 4180). Rewriting it
    # line by line keeps every other backslash as written, which csv's escapechar would drop.
    for line in lines:
        yield line.replace('\\"', '""') if '\\"' in line else line


def iter_rows(
    source: ArchiveSource,
    member: str,
    *,
    required: Iterable[str] = (),
    backslash_quotes: bool = False,
) -> Iterator[tuple[int, Row]]:
    """(index, row) for each data row of a CSV member, index counting data rows from 0.

    Keys are the header cells, trimmed; missing cells are "" and surplus cells are listed under
    `EXTRA` (use `ragged(row)` to tell). A missing or unreadable header, a missing `required`
    column, non-UTF-8 bytes or a broken quote structure raise SourceFormatError.
    """
    where = source.describe(member)
    with source.open(member) as stream:
        bounded = _BoundedLines(text_stream(stream), where)
        lines: Iterable[str] = _unescape_backslash_quotes(bounded.lines) if backslash_quotes else bounded.lines
        reader = csv.reader(lines)
        try:
            try:
                header = next(reader)
            except StopIteration:
                raise SourceFormatError("empty CSV file: no header row", path=where) from None
            bounded.row_done()
            header = [cell.strip() for cell in header]
            if not any(header):
                raise SourceFormatError("CSV header row is blank", path=where)
            missing = [name for name in required if name not in header]
            if missing:
                raise SourceFormatError(
                    f"CSV header lacks {', '.join(missing)} (found: {', '.join(header)[:120]})", path=where
                )
            width = len(header)
            index = 0
            for cells in reader:
                bounded.row_done()
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue  # blank line, e.g. the trailing ones Takeout writes
                row: Row = dict(zip(header, cells[:width]))
                if len(cells) < width:
                    row.update({name: "" for name in header[len(cells):]})
                    row[EXTRA] = []
                elif len(cells) > width:
                    row[EXTRA] = cells[width:]
                yield index, row
                index += 1
        except csv.Error as exc:
            raise SourceFormatError(f"broken CSV near line {reader.line_num} ({exc})", path=where) from exc
        except UnicodeDecodeError as exc:
            encoding = "UTF-16" if exc.encoding.startswith("utf-16") else "UTF-8"
            raise SourceFormatError(
                f"not {encoding} text ({exc.reason}); the platform writes UTF-8: download the export "
                "again rather than re-saving it",
                path=where,
            ) from exc


def ragged(row: Row) -> bool:
    """True when the row had fewer or more cells than the header."""
    return EXTRA in row


def fold(name: str) -> str:
    """A header or key name compared loosely: case, spaces, underscores and dashes ignored."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())
