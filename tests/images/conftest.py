"""Image tests need the `images` extra; positives also need the reference artwork in ../shared
(never copied into the project), and are skipped with the reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("cv2", reason="the `images` extra (opencv-python-headless) is not installed")
pytest.importorskip("PIL", reason="the `images` extra (Pillow) is not installed")

from tests.conftest import SHARED  # noqa: E402


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared folder holding reference/gc-symbols, or a skip saying why positives cannot run."""
    folder = SHARED / "reference" / "gc-symbols"
    if not folder.is_dir():
        pytest.skip(
            f"{folder} is absent: a positive needs the official artwork to draw the symbol "
            "(the project ships only fingerprints, which cannot be drawn back into a picture)"
        )
    return SHARED
