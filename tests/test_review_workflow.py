"""Decisions, the baseline round trip, the terminal review, re-audit after promotion, history."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from footprint import pipeline
from footprint.baseline import BASELINE_VERSION, export_baseline, import_baseline, load_baseline
from footprint.cli import main
from footprint.errors import BaselineError
from footprint.reports import build_report
from footprint.review import run_review
from footprint.role import RoleProfile
from footprint.store import Store
from tests.factories import tweet, write_x_archive

POSTS = [
    tweet("1", "Proud to vote Liberal this fall! 🌹"),
    tweet("2", "Mes collègues sont des incompétents finis"),
    tweet("3", "My manager is a useless idiot"),
    tweet("4", "=cmd|' /C calc'!A0 my team is a joke"),
]


@pytest.fixture
def audited(tmp_path: Path, store: Store) -> Store:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", POSTS, bio="Senior Policy Analyst at ESDC")])
    pipeline.scan(store)
    return store


def test_decisions_survive_a_reimport_and_a_rescan(tmp_path: Path, audited: Store) -> None:
    findings = build_report(audited).findings
    audited.decide(findings[0].id, "dismiss")
    pipeline.import_paths(audited, [write_x_archive(tmp_path / "a", POSTS, bio="Senior Policy Analyst at ESDC")], force=True)
    pipeline.scan(audited)
    again = {f.id: f.decision for f in build_report(audited).findings}
    assert again[findings[0].id] == "dismiss"


def test_baseline_round_trip_holds_no_post_text(tmp_path: Path, audited: Store) -> None:
    findings = build_report(audited).findings
    audited.decide(findings[0].id, "accept", "Posted before I joined the public service")
    audited.decide(findings[1].id, "confirm")
    path = tmp_path / "baseline.json"
    assert export_baseline(audited, path) == 2
    text = path.read_text()
    assert all(tweet_text not in text for tweet_text in ("Liberal", "incompétents", "idiot", "Analyst"))
    assert json.loads(text)["version"] == BASELINE_VERSION

    with Store(tmp_path / "other.db") as other:
        pipeline.import_paths(other, [write_x_archive(tmp_path / "a", POSTS, bio="Senior Policy Analyst at ESDC")])
        pipeline.scan(other)
        other.decide(findings[1].id, "dismiss")
        result = import_baseline(other, path)
        assert (result.added, result.kept, result.overwritten) == (1, 1, 0)
        decided = {f.id: (f.decision, f.decision_note) for f in build_report(other).findings}
        assert decided[findings[0].id] == ("accept", "Posted before I joined the public service")
        assert decided[findings[1].id][0] == "dismiss"
        assert import_baseline(other, path, overwrite=True).overwritten == 2
        assert {f.id: f.decision for f in build_report(other).findings}[findings[1].id] == "confirm"


def test_baseline_from_a_newer_version_or_broken_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"version": BASELINE_VERSION + 1, "decisions": []}))
    with pytest.raises(BaselineError, match="newer than this tool"):
        load_baseline(newer)
    broken = tmp_path / "broken.json"
    broken.write_text('{"version": 1, "decisions": [{"finding_id": "x", "decision": "maybe"}]}')
    with pytest.raises(BaselineError, match="decision #0 is malformed"):
        load_baseline(broken)


def test_terminal_review_records_keys_and_notes(audited: Store) -> None:
    queue = list(build_report(audited).findings)
    keys = iter(["c", "x", "a", "d", "b", "s", "q"])
    shown: list[str] = []
    counts = run_review(audited, queue, read_key=lambda: next(keys), ask_note=lambda: "satire", echo=shown.append)
    assert (counts["confirm"], counts["accept"], counts["dismiss"], counts["skipped"]) == (1, 1, 1, 1)
    decisions = {f.id: (f.decision, f.decision_note) for f in build_report(audited).findings}
    assert decisions[queue[0].id] == ("confirm", None)
    assert decisions[queue[1].id] == ("accept", "satire")
    assert decisions[queue[2].id] == ("dismiss", None)
    assert any("Unknown key" in line for line in shown)


def test_review_command_drives_the_same_loop(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    runner.invoke(main, ["audit", str(write_x_archive(tmp_path / "a", POSTS[:1])), "--db", db, "-o", str(tmp_path / "r.html")])
    result = runner.invoke(main, ["review", "--db", db], input="d")
    assert result.exit_code == 0, result.output
    assert "Recorded 0 confirm, 1 dismiss" in result.output
    assert runner.invoke(main, ["scan", "--db", db, "-q"]).exit_code == 0


def test_promotion_reaudit_reports_what_rose_and_what_is_new(tmp_path: Path, audited: Store) -> None:
    first = build_report(audited)
    assert first.audit["first_audit"] is True
    assert first.audit["new_since_last"] == first.summary["findings_total"] > 0
    audited.decide(first.findings[0].id, "confirm")
    senior = RoleProfile(organization="ESDC", classification="EX-02", public_facing=True)
    pipeline.scan(audited, role=senior)
    second = build_report(audited)
    assert second.audit["new_since_last"] == 0
    assert second.audit["already_decided"] == 1
    assert second.audit["rose_above_threshold"] >= 1
    before = {f.id: f.score for f in first.findings}
    assert all(f.score > before[f.id] for f in second.findings if f.severity != "info")


def test_history_lists_each_scan_with_its_role(tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    archive = str(write_x_archive(tmp_path / "a", POSTS[:1]))
    role = tmp_path / "role.toml"
    role.write_text('organization = "ESDC"\nclassification = "EX-01"\npublic_facing = true\n')
    runner.invoke(main, ["audit", archive, "--db", db, "-o", str(tmp_path / "r.html")])
    runner.invoke(main, ["audit", archive, "--db", db, "--profile", str(role), "-o", str(tmp_path / "r.html")])
    lines = runner.invoke(main, ["history", "--db", db]).output.splitlines()
    scans = [line for line in lines if line.startswith("#")]
    assert len(scans) == 2 and "no role profile" in scans[0] and "ESDC, EX-01, public-facing" in scans[1]


def test_csv_and_markdown_reports_neutralise_formulas_and_markup(tmp_path: Path, audited: Store) -> None:
    csv_path = pipeline.write_report(audited, fmt="csv", output=tmp_path / "r.csv")
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    formula = next(r for r in rows if r["native_id"] == "4")
    assert formula["text"].startswith("'=")
    md = pipeline.write_report(audited, fmt="md", output=tmp_path / "r.md").read_text(encoding="utf-8")
    assert "# Footprint audit" in md and "incompétents" in md
