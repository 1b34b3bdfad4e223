"""Code habits: lint and types, with the rule sets and settings named in pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _tool(module: str) -> None:
    if shutil.which(module) is None and subprocess.run(
        [sys.executable, "-m", module, "--version"], capture_output=True, check=False
    ).returncode != 0:
        pytest.skip(f"{module} is not installed (it is in the dev extra: pip install -e '.[dev]')")


def test_ruff_finds_nothing() -> None:
    _tool("ruff")
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_mypy_finds_nothing() -> None:
    _tool("mypy")
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "typecheck.py")],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
