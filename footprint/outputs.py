"""Where a report or a baseline is written, checked before a byte is written.

Writing the output must never destroy something else. Refused, each as a one-line error naming
the path: the database the command reads and SQLite's files beside it (journal, WAL), any other
SQLite database, a folder, a link that leads nowhere, and an export the same command reads. `-`
means standard output. A device or a pipe (`/dev/null`, a FIFO, `/dev/stdout`) is written
through, never replaced; a symbolic link to a file keeps the link and replaces its target. A
regular file is replaced whole once the new content is complete (`paths.private_file_writer`).
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from footprint.errors import FootprintError, visible
from footprint.paths import private_file_writer

STDOUT = "-"
# Files SQLite keeps beside a database while it writes: replacing one corrupts the database.
SQLITE_COMPANIONS = ("", "-journal", "-wal", "-shm")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Output:
    """A checked output: standard output, a file written in place, or a file replaced whole."""

    requested: Path
    # The file that is replaced (a link's target), or None for standard output.
    target: Path | None
    # Written in place (a device or a pipe) rather than replaced.
    through: bool = False
    # An existing regular file will be replaced.
    replaces: bool = False

    @property
    def to_stdout(self) -> bool:
        return self.target is None

    def __str__(self) -> str:
        return "standard output" if self.to_stdout else visible(str(self.requested))


def plan_output(path: Path, *, database: Path | str | None = None, inputs: Sequence[Path] = ()) -> Output:
    """Check that writing `path` loses nothing; raise a one-line FootprintError if it would.

    `database` is the database the command has open, `inputs` the exports it reads.
    """
    if str(path) == STDOUT:
        return Output(path, None, through=True)
    shown = visible(str(path))
    try:
        st: os.stat_result | None = os.stat(path)  # follows links: what a write would reach
    except FileNotFoundError:
        if os.path.islink(path):
            raise FootprintError("a symbolic link to nothing; give the file itself", path=shown) from None
        st = None
    except OSError as exc:
        raise FootprintError(f"cannot write here ({exc.strerror or exc})", path=shown) from exc
    real = Path(os.path.realpath(path))
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise FootprintError("is a folder; give a file name for the output", path=shown)
    if database is not None and str(database) != ":memory:":
        db = os.path.realpath(database)
        for suffix in SQLITE_COMPANIONS:
            companion = Path(db + suffix)
            if real == companion or (st is not None and _same_file(path, companion)):
                what = "the database this command reads" if not suffix else f"the database's {suffix[1:]} file"
                raise FootprintError(
                    f"is {what}; writing there would destroy every post, finding and decision: choose another file",
                    path=shown,
                )
    for source in inputs:
        if st is not None and _same_file(path, source):
            raise FootprintError("is an export this command reads; choose another file", path=shown)
    if st is None:
        return Output(path, real)
    if not stat.S_ISREG(st.st_mode):
        return Output(path, path, through=True)
    if _is_sqlite(path):
        raise FootprintError("is a SQLite database, not a report; choose another file", path=shown)
    return Output(path, real, replaces=True)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False  # unreadable: replacing it is then the writer's one-line error


@contextmanager
def open_output(output: Output, *, binary: bool = False) -> Iterator[IO]:  # type: ignore[type-arg]
    """A handle on `output`: UTF-8 text without newline translation, or bytes with `binary`."""
    if output.to_stdout:
        yield from _stdout(binary)
        return
    assert output.target is not None
    if not output.through:
        with private_file_writer(output.target, binary=binary) as handle:
            yield handle
        return
    try:
        raw: IO = (  # type: ignore[type-arg]
            open(output.requested, "wb") if binary else open(output.requested, "w", encoding="utf-8", newline="")
        )
    except OSError as exc:
        raise FootprintError(f"cannot write here ({exc.strerror or exc})", path=str(output)) from exc
    with raw:
        yield raw


def _stdout(binary: bool) -> Iterator[IO]:  # type: ignore[type-arg]
    # The report is UTF-8 whatever the terminal's locale says; the text layer is bypassed, so
    # whatever it still holds goes first.
    sys.stdout.flush()
    raw = sys.stdout.buffer
    if binary:
        yield raw
        raw.flush()
        return
    text = io.TextIOWrapper(raw, encoding="utf-8", newline="", write_through=False)
    try:
        yield text
        text.flush()
    finally:
        text.detach()  # leave sys.stdout's own buffer open
