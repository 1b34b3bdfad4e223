"""Every string a report shows has its French translation, and the compiled catalog is current."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO


def test_french_catalog_is_complete_and_current() -> None:
    pytest.importorskip("babel", reason="Babel (the dev extra) extracts and checks the catalogs")
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "update_catalogs.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_french_report_speaks_french(tmp_path, store) -> None:  # type: ignore[no-untyped-def]
    from footprint import pipeline
    from tests.factories import tweet, write_x_archive

    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", [tweet("1", "Proud to vote Liberal this fall!")])])
    pipeline.scan(store)
    html = pipeline.write_report(store, fmt="html", output=tmp_path / "r.html", language="fr").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert "Éléments à examiner" in html or "éléments à examiner" in html.lower()
    assert "Items to review" not in html
