"""Where reports and baselines go (issue #13, items 2 and 3): an output never destroys the database,
an export or a device; `-` is standard output; read commands never create an empty database."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from footprint.cli import main
from footprint.paths import default_db_path
from tests.factories import numbered_tweets, tweet, write_x_archive
from tests.helpers import dump

POSTS = [tweet("77", "Fier de voter NPD cet automne! #TeamJagmeet 🧡"), *numbered_tweets(3)]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def audited(tmp_path: Path, runner: CliRunner) -> Path:
    """A database holding posts, a finding and a decision: what a bad output would destroy."""
    db = tmp_path / "my.db"
    archive = write_x_archive(tmp_path / "export", POSTS)
    out = tmp_path / "first.json"
    result = runner.invoke(main, ["audit", str(archive), "--db", str(db), "--format", "json", "-o", str(out), "--exit-zero"])
    assert result.exit_code == 0, result.output
    finding = json.loads(out.read_text())["findings"][0]["id"]
    assert runner.invoke(main, ["decide", finding, "accept", "--note", "Avant mon entrée en fonction", "--db", str(db)]).exit_code == 0
    return db


def _one_error_line(output: str, *needles: str) -> str:
    errors = [line for line in output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, output
    assert "Traceback" not in output
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


# ------------------------------------------------------------------------------ item 2


@pytest.mark.parametrize("suffix", ["", "-journal", "-wal"])
def test_report_refuses_to_write_over_the_database_or_its_journal(
    audited: Path, runner: CliRunner, suffix: str
) -> None:
    before = dump(audited)
    target = Path(f"{audited}{suffix}")
    result = runner.invoke(main, ["report", "--db", str(audited), "-o", str(target)])
    assert result.exit_code == 2
    _one_error_line(result.output, target.name, "database")
    assert dump(audited) == before
    assert not suffix or not target.exists()


def test_baseline_export_refuses_the_database(audited: Path, runner: CliRunner) -> None:
    before = dump(audited)
    result = runner.invoke(main, ["baseline", "export", str(audited), "--db", str(audited)])
    assert result.exit_code == 2
    _one_error_line(result.output, "my.db", "database")
    assert dump(audited) == before and before["decisions"]


def test_a_link_to_the_database_and_another_database_are_refused(audited: Path, runner: CliRunner, tmp_path: Path) -> None:
    link = tmp_path / "report.html"
    link.symlink_to(audited)
    before = dump(audited)
    result = runner.invoke(main, ["report", "--db", str(audited), "-o", str(link)])
    assert result.exit_code == 2 and dump(audited) == before and link.is_symlink()
    other = tmp_path / "other.db"
    assert runner.invoke(main, ["import", str(write_x_archive(tmp_path / "b", numbered_tweets(1))), "--db", str(other)]).exit_code == 0
    other_before = dump(other)
    result = runner.invoke(main, ["report", "--db", str(audited), "-o", str(other)])
    assert result.exit_code == 2
    _one_error_line(result.output, "other.db", "SQLite database")
    assert dump(other) == other_before


def test_a_folder_is_refused_in_one_line(audited: Path, runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for command in (["report", "--db", str(audited), "-o", str(folder)], ["baseline", "export", str(folder), "--db", str(audited)]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2
        _one_error_line(result.output, "reports", "folder")
    assert list(folder.iterdir()) == []


def test_audit_refuses_an_output_that_is_its_own_export(tmp_path: Path, runner: CliRunner) -> None:
    archive = write_x_archive(tmp_path / "twitter.zip", POSTS, as_zip=True)
    packed = archive.read_bytes()
    db = tmp_path / "f.db"
    result = runner.invoke(main, ["audit", str(archive), "--db", str(db), "-o", str(archive)])
    assert result.exit_code == 2
    _one_error_line(result.output, "twitter.zip", "export")
    assert archive.read_bytes() == packed
    assert "Read " not in result.output  # refused before anything was imported


def test_a_pipe_is_written_through_not_replaced(audited: Path, runner: CliRunner, tmp_path: Path) -> None:
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    result = runner.invoke(main, ["report", "--db", str(audited), "--format", "json", "-o", str(fifo), "-q"])
    if reader.is_alive():  # the old code replaced the pipe: open it so the reader ends
        with open(fifo, "wb"):
            pass
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert fifo.is_fifo(), "the named pipe was replaced by a file"
    assert json.loads(received[0])["summary"]["items_by_platform"] == {"x": 4}


def test_a_link_keeps_pointing_at_its_target_which_gets_the_report(audited: Path, runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "archive" / "2026-report.json"
    target.parent.mkdir()
    target.write_text("old report")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    result = runner.invoke(main, ["report", "--db", str(audited), "--format", "json", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert json.loads(target.read_text())["findings"]
    assert "latest.json exists and will be replaced" in result.output


def test_dash_is_standard_output_for_reports_and_baselines(
    audited: Path, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["report", "--db", str(audited), "--format", "json", "-o", "-", "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["findings"][0]["decision_note"] == "Avant mon entrée en fonction"
    result = runner.invoke(main, ["baseline", "export", "-", "--db", str(audited), "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["decisions"][0]["note"] == "Avant mon entrée en fonction"
    assert not (tmp_path / "-").exists()


def test_replacing_an_existing_file_is_said(audited: Path, runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    first = runner.invoke(main, ["report", "--db", str(audited), "--format", "md", "-o", str(out)])
    assert first.exit_code == 0 and "will be replaced" not in first.output
    second = runner.invoke(main, ["report", "--db", str(audited), "--format", "md", "-o", str(out)])
    assert second.exit_code == 0 and "r.md exists and will be replaced" in second.output


def test_audit_says_it_replaces_its_default_report_even_when_quiet(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "footprint-report.html").write_text("<p>my own notes</p>")
    archive = write_x_archive(tmp_path / "export", POSTS)
    result = runner.invoke(main, ["audit", str(archive), "--db", str(tmp_path / "f.db"), "-q", "--exit-zero"])
    assert result.exit_code == 0, result.output
    assert "footprint-report.html exists and will be replaced" in result.output


# ------------------------------------------------------------------------------ item 3


@pytest.mark.parametrize(
    "command",
    [
        ["report", "-o", "{tmp}/r.html"],
        ["review"],
        ["decide", "0123456789abcdef", "confirm"],
        ["history"],
        ["baseline", "export", "{tmp}/b.json"],
        ["scan"],
    ],
    ids=lambda command: command[0] if command[0] != "baseline" else "baseline-export",
)
def test_read_commands_refuse_a_missing_database(tmp_path: Path, runner: CliRunner, command: list[str]) -> None:
    typo = tmp_path / "tpyo.db"
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    result = runner.invoke(main, [*args, "--db", str(typo)])
    assert result.exit_code == 2, result.output
    _one_error_line(result.output, str(typo), "no such database")
    assert not typo.exists()
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "b.json").exists()


def test_without_db_a_missing_default_database_is_named(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["report", "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    _one_error_line(result.output, str(default_db_path()), "--db")
    assert not default_db_path().exists()


def test_the_database_line_says_how_many_posts_it_holds(audited: Path, runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["report", "--db", str(audited), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0
    assert f"Database: {audited} (4 posts and comments)" in result.output
    # The default database exists but the audit went elsewhere: the line says so.
    runner.invoke(main, ["import", str(write_x_archive(tmp_path / "empty", []))])
    result = runner.invoke(main, ["review"])
    assert f"Database: {default_db_path()} (" in result.output
    assert "give --db FILE" in result.output
