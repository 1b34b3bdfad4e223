"""Where the tool keeps its data: one private per-user folder unless the person says otherwise."""

from __future__ import annotations

import os
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
    """Create the folder readable by its owner only; the data is about the person's life."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)


def write_private_file(path: Path, data: bytes) -> None:
    """Write a file (a report) that only its owner can read, replacing it atomically."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
