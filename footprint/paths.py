"""Where the tool keeps its data: one private per-user folder unless the person says otherwise."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

DB_ENV = "FOOTPRINT_DB"
DATA_ENV = "FOOTPRINT_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("footprint-audit", appauthor=False))


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / "footprint.db"


def ensure_private_dir(path: Path) -> None:
    """Create the folder readable by its owner only; the data is about the person's life.

    A folder that already exists is left as it is (it may be the person's own, chosen with
    --db). Failure is a one-line StoreError naming the folder.
    """
    from footprint.errors import StoreError

    try:
        if path.is_dir():
            return
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(path, 0o700)  # whatever the umask said
    except OSError as exc:
        raise StoreError(f"cannot create the data folder ({exc.strerror or exc})", path=str(path)) from exc


def write_private_file(path: Path, data: bytes) -> None:
    """Write a file (a baseline, a report) that only its owner can read, replacing it atomically.

    Failure (no such folder, read-only, disk full) is a one-line FootprintError naming the file,
    and leaves nothing behind (see `private_file_writer`).
    """
    with private_file_writer(path, binary=True) as handle:
        handle.write(data)


@contextmanager
def private_file_writer(path: Path, *, binary: bool = False) -> Iterator[IO]:  # type: ignore[type-arg]
    """Write `path` through a handle, readable by its owner only, replacing it atomically.

    What is written goes to a temporary file beside `path` with a fresh unpredictable name
    (O_EXCL, mode 0600), so a file or link already sitting there is never written through. Only
    when the `with` block ends normally does the temporary file replace `path` (`os.replace`); if
    anything fails midway (an error while writing a report, a full disk, Ctrl-C), it is removed
    and `path` keeps what it held. The handle is UTF-8 text without newline translation, or bytes
    with `binary=True`. An OSError (no such folder, read-only, disk full) becomes a one-line
    FootprintError naming the file.
    """
    from footprint.errors import FootprintError

    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise FootprintError(f"cannot write the file ({exc.strerror or exc})", path=str(path)) from exc
    tmp = Path(tmp_name)
    try:
        if binary:
            handle: IO = os.fdopen(fd, "wb")  # type: ignore[type-arg]
        else:
            handle = os.fdopen(fd, "w", encoding="utf-8", newline="", buffering=1 << 16)
        with handle:
            yield handle
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FootprintError(f"cannot write the file ({exc.strerror or exc})", path=str(path)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
