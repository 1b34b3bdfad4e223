"""The command line: the contract other tools rely on, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from footprint.cli import main
from tests.factories import numbered_tweets, tweet, write_x_archive
from tests.helpers import dump


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_audit_json_contract(tmp_path: Path, runner: CliRunner) -> None:
    archive = write_x_archive(tmp_path / "a.zip", numbered_tweets(4) + [tweet("77", "Proud to vote NDP! #TeamJagmeet")], as_zip=True)
    db, out = tmp_path / "f.db", tmp_path / "r.json"
    result = runner.invoke(main, ["audit", str(archive), "--db", str(db), "--format", "json", "-o", str(out)])
    assert result.exit_code == 1, result.output  # an undecided finding exists
    assert f"Database: {db}" in result.output and f"Wrote JSON report: {out}" in result.output
    report = json.loads(out.read_text())
    assert report["summary"]["items_by_platform"] == {"x": 5}
    (finding, *rest) = report["findings"]
    assert not rest or all(f["item"]["native_id"] == "77" for f in rest)
    assert {"id", "rule", "category", "severity", "confidence", "score", "evidence", "decision", "item"} <= finding.keys()
    assert finding["decision"] is None and finding["category"] == "political_activity"
    item = finding["item"]
    assert (item["platform"], item["native_id"], item["kind"]) == ("x", "77", "post")
    assert item["url"] == "https://x.com/pat_example/status/77" and item["created_at"].endswith("Z")
    assert item["text"] == "Proud to vote NDP! #TeamJagmeet"


def test_steps_one_by_one_and_stable_ids(tmp_path: Path, runner: CliRunner) -> None:
    archive = write_x_archive(tmp_path / "a", [tweet("5", "Mes collègues sont des incompétents finis")])
    db = str(tmp_path / "f.db")
    assert runner.invoke(main, ["import", str(archive), "--db", db]).exit_code == 0
    assert runner.invoke(main, ["scan", "--db", db]).exit_code == 1
    assert runner.invoke(main, ["report", "--db", db, "--format", "json", "-o", str(tmp_path / "1.json")]).exit_code == 0
    first = json.loads((tmp_path / "1.json").read_text())["findings"]
    assert runner.invoke(main, ["import", str(archive), "--db", db, "--force"]).exit_code == 0
    assert runner.invoke(main, ["scan", "--db", db, "--exit-zero"]).exit_code == 0
    runner.invoke(main, ["report", "--db", db, "--format", "json", "-o", str(tmp_path / "2.json")])
    second = json.loads((tmp_path / "2.json").read_text())["findings"]
    assert [f["id"] for f in first] == [f["id"] for f in second] and first


def test_decisions_clear_the_exit_code_and_survive_a_rescan(tmp_path: Path, runner: CliRunner) -> None:
    archive = write_x_archive(tmp_path / "a", [tweet("5", "My manager is a useless idiot")])
    db, out = str(tmp_path / "f.db"), tmp_path / "r.json"
    runner.invoke(main, ["audit", str(archive), "--db", db, "--format", "json", "-o", str(out)])
    (finding,) = json.loads(out.read_text())["findings"]
    assert runner.invoke(main, ["decide", finding["id"], "accept", "--db", db]).exit_code == 2  # note required
    assert runner.invoke(main, ["decide", finding["id"], "confirm", "--db", db]).exit_code == 0
    result = runner.invoke(main, ["audit", str(archive), "--db", db, "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["findings"][0]["decision"] == "confirm"


def test_bad_input_is_one_line_exit_2_and_changes_nothing(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "f.db"
    runner.invoke(main, ["import", str(write_x_archive(tmp_path / "good", numbered_tweets(3))), "--db", str(db)])
    before = dump(db)
    bad = write_x_archive(tmp_path / "bad.zip", numbered_tweets(200), as_zip=True)
    bad.write_bytes(bad.read_bytes()[:300])
    result = runner.invoke(main, ["import", str(bad), "--db", str(db), "-q"])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and "bad.zip" in lines[0]
    assert "Traceback" not in result.output
    assert dump(db) == before


def test_missing_path_and_bad_profile_are_one_line_errors(tmp_path: Path, runner: CliRunner) -> None:
    db = str(tmp_path / "f.db")
    result = runner.invoke(main, ["import", str(tmp_path / "nope.zip"), "--db", db, "-q"])
    assert result.exit_code == 2 and "nope.zip: no such file or folder" in result.output
    profile = tmp_path / "role.toml"
    profile.write_text('classification = "senior"\n')
    result = runner.invoke(main, ["scan", "--db", db, "--profile", str(profile), "-q"])
    assert result.exit_code == 2 and "role.toml: classification must look like EC-05" in result.output


def test_rules_and_connectors_are_listed_and_explained(runner: CliRunner) -> None:
    listing = runner.invoke(main, ["rules"]).output
    assert "POL002" in listing and "OFA001" in listing and "WRK001" in listing
    explained = runner.invoke(main, ["rules", "--explain", "pol002"]).output
    assert "Guidance on political activities" in explained and "who to consult" in explained
    assert "x-archive" in runner.invoke(main, ["connectors"]).output
    unknown = runner.invoke(main, ["rules", "--explain", "ZZZ999"])
    assert unknown.exit_code == 2 and "no rule ZZZ999; `footprint rules` lists them" in unknown.output


def test_senior_public_role_scores_higher(tmp_path: Path, runner: CliRunner) -> None:
    archive = write_x_archive(tmp_path / "a", [tweet("5", "Proud to vote Liberal!")])
    db, out = str(tmp_path / "f.db"), tmp_path / "r.json"
    junior = tmp_path / "junior.toml"
    junior.write_text('organization = "ESDC"\nclassification = "CR-04"\npublic_facing = false\n')
    senior = tmp_path / "senior.toml"
    senior.write_text('organization = "ESDC"\nclassification = "EX-03"\npublic_facing = true\n')
    runner.invoke(main, ["audit", str(archive), "--db", db, "--profile", str(junior), "--format", "json", "-o", str(out)])
    low = json.loads(out.read_text())["findings"][0]
    runner.invoke(main, ["audit", str(archive), "--db", db, "--profile", str(senior), "--format", "json", "-o", str(out)])
    high = json.loads(out.read_text())["findings"][0]
    assert low["id"] == high["id"] and high["score"] > low["score"]


def test_a_folder_of_downloads_imports_every_export_inside(tmp_path: Path, runner: CliRunner) -> None:
    downloads = tmp_path / "Downloads"
    write_x_archive(downloads / "twitter-2019.zip", numbered_tweets(3), as_zip=True, handle="old_me")
    write_x_archive(downloads / "unzipped" / "twitter-2024", numbered_tweets(5, start_id=1600000000000000000))
    (downloads / "notes.txt").write_text("not an export")
    db, out = str(tmp_path / "f.db"), tmp_path / "r.json"
    result = runner.invoke(main, ["audit", str(downloads), "--db", db, "--format", "json", "-o", str(out), "--exit-zero"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["summary"]["items_by_platform"] == {"x": 8}
    assert result.output.count("(x-archive)") == 2
