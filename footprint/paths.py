"""Where the tool keeps its data: one private per-user folder unless the person says otherwise."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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
    """Write a file (a report) that only its owner can read, replacing it atomically.

    The temporary file gets a fresh unpredictable name (O_EXCL, mode 0600), so a file or link
    already sitting there is never written through. Failure (no such folder, read-only, disk
    full) is a one-line FootprintError naming the file, and leaves nothing behind.
    """
    from footprint.errors import FootprintError

    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise FootprintError(f"cannot write the file ({exc.strerror or exc})", path=str(path)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FootprintError(f"cannot write the file ({exc.strerror or exc})", path=str(path)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
