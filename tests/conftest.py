"""Shared fixtures: a private database per test, the shared folder (skipped when absent)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# A locally trained text model (see footprint/rules/learned.py) would change which rules exist
# for the whole session: tests see the rules that ship.
os.environ.pop("FOOTPRINT_TEXT_MODELS", None)

from footprint.store import Store  # noqa: E402
from tests.httpserver import server  # noqa: E402, F401 - fixture: loopback stand-ins of platform APIs

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FOOTPRINT_SHARED", REPO.parent / "shared"))
EXAMPLE = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a skip saying it is not on this machine."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared reference folder is not beside this checkout")
    return path


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never let a test touch the real per-user data folder.
    monkeypatch.setenv("FOOTPRINT_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("FOOTPRINT_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "footprint.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as opened:
        yield opened
