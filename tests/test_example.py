"""The bundled example: every planted item is flagged in its category, no ordinary post is."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from click.testing import CliRunner

from footprint.cli import main
from tests.conftest import EXAMPLE


def test_example_report_lists_every_planted_item_and_no_ordinary_post(tmp_path: Path) -> None:
    planted = {p["native_id"]: p for p in tomllib.loads((EXAMPLE / "planted.toml").read_text())["planted"]}
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, [
        "audit", str(EXAMPLE / "x-archive"), "--profile", str(EXAMPLE / "role.toml"),
        "--db", str(tmp_path / "f.db"), "--format", "json", "-o", str(out),
    ])
    assert result.exit_code == 1, result.output
    report = json.loads(out.read_text())
    flagged: dict[str, set[str]] = {}
    for finding in report["findings"]:
        if finding["severity"] != "info":
            flagged.setdefault(finding["item"]["native_id"], set()).add(finding["category"])
    missed = {k: p["text"] for k, p in planted.items() if p["category"] not in flagged.get(k, set())}
    assert not missed
    ordinary_flagged = sorted(set(flagged) - set(planted))
    assert not ordinary_flagged
    assert report["summary"]["items_by_platform"] == {"x": 165}
    assert len(planted) >= 20


def test_example_html_report_is_written(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["audit", str(EXAMPLE / "x-archive"), "--db", str(tmp_path / "f.db"), "-o", str(out), "--exit-zero"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Items to review" in html and "<mark>" in html and html.count('class="finding sev-') >= 20
