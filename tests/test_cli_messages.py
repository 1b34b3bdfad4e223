"""What the command says (issue #13, items 4, 10, 11, 12, 14, 15): an export that gives nothing is an
error, the terminal and the reports count in the same words, short finding ids work, items that
became priority are named, unsupported inputs say what they are, an unknown rule is said plainly."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from footprint.cli import main
from tests.conftest import EXAMPLE
from tests.factories import numbered_tweets, tweet, write_x_archive
from tests.helpers import dump

JUNIOR = 'organization = "ESDC"\nclassification = "CR-04"\npublic_facing = false\n'
# Aiming at an executive post: medium flags weigh more (the guidance's "role you hope to hold").
PROMOTION = 'organization = "ESDC"\nclassification = "EX-03"\npublic_facing = true\ntarget_classification = "EX-04"\n'


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("error: ")]


def _broken_x_archive(folder: Path) -> Path:
    """An X archive whose account file and manifest are missing and whose tweets.js holds no
    tweet objects: nothing in it can be imported."""
    archive = write_x_archive(folder, numbered_tweets(3))
    (archive / "data" / "account.js").unlink()
    (archive / "data" / "manifest.js").unlink()
    (archive / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = [1, 2]")
    return archive


# ------------------------------------------------------------------------------ item 4


def test_an_export_that_gives_nothing_exits_2_with_the_reason(tmp_path: Path, runner: CliRunner) -> None:
    broken = _broken_x_archive(tmp_path / "twitter-broken")
    db = tmp_path / "f.db"
    for _ in range(2):  # and again: nothing was recorded, so it is not "already imported"
        result = runner.invoke(main, ["import", str(broken), "--db", str(db)])
        assert result.exit_code == 2, result.output
        (error,) = _errors(result.output)
        assert "twitter-broken" in error and "no post and no profile" in error
        assert "no account.js or manifest.js" in error
        assert "already imported" not in result.output
    assert dump(db, ("imports", "items", "accounts")) == {"imports": [], "items": [], "accounts": []}


def test_audit_stops_on_an_empty_export_but_keeps_the_good_one(tmp_path: Path, runner: CliRunner) -> None:
    downloads = tmp_path / "Downloads"
    write_x_archive(downloads / "twitter-2024", [tweet("5", "Mes collègues sont des incompétents finis")])
    _broken_x_archive(downloads / "twitter-2019")
    db, out = tmp_path / "f.db", tmp_path / "r.html"
    result = runner.invoke(main, ["audit", str(downloads), "--db", str(db), "-o", str(out), "-q"])
    assert result.exit_code == 2, result.output
    (error,) = _errors(result.output)
    assert "twitter-2019" in error and "no post and no profile" in error
    assert not out.exists()
    assert len(dump(db, ("items",))["items"]) == 1  # the good export is imported all the same


# ------------------------------------------------------------------------------ item 10


def test_the_terminal_counts_in_the_reports_words(tmp_path: Path, runner: CliRunner) -> None:
    db, out = tmp_path / "f.db", tmp_path / "r.json"
    result = runner.invoke(
        main,
        ["audit", str(EXAMPLE / "x-archive"), "--profile", str(EXAMPLE / "role.toml"), "--db", str(db), "--format", "json", "-o", str(out)],
    )
    report = json.loads(out.read_text())
    summary, audit = report["summary"], report["audit"]
    line = next(line for line in result.output.splitlines() if line.startswith("Scanned "))
    counted = re.search(
        r"(\d+) items? to review \((\d+) not yet decided, (\d+) marked priority\) and (\d+) pieces? of advice", line
    )
    assert counted, line
    assert [int(n) for n in counted.groups()] == [
        summary["findings_total"], summary["unreviewed"], audit["priority"], summary["advice_total"]
    ]
    assert f"{summary['unreviewed']} items to review not yet decided (exit code 1)" in result.output
    assert result.exit_code == 1
    for old in ("findings in all", "await your review", "review threshold"):
        assert old not in result.output
    html = tmp_path / "r.html"
    assert runner.invoke(main, ["report", "--db", str(db), "-o", str(html), "-q"]).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert f"{summary['findings_total']} items to review" in page
    assert f"{audit['priority']} marked priority" in page
    assert "review threshold" not in page


# ------------------------------------------------------------------------------ item 11


def _audited(tmp_path: Path, runner: CliRunner) -> tuple[Path, str]:
    db, out = tmp_path / "f.db", tmp_path / "r.json"
    archive = write_x_archive(tmp_path / "a", [tweet("5", "My manager is a useless idiot 🙄")])
    runner.invoke(main, ["audit", str(archive), "--db", str(db), "--format", "json", "-o", str(out), "-q"])
    finding = json.loads(out.read_text())["findings"][0]
    return db, finding["id"]


def test_decide_takes_a_unique_prefix_of_eight_or_more(tmp_path: Path, runner: CliRunner) -> None:
    db, full = _audited(tmp_path, runner)
    result = runner.invoke(main, ["decide", full[:8].upper(), "dismiss", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert f"Recorded dismiss for {full}" in result.output
    assert dump(db, ("decisions",))["decisions"][0][0] == full
    short = runner.invoke(main, ["decide", full[:7], "confirm", "--db", str(db)])
    assert short.exit_code == 2
    (error,) = _errors(short.output)
    assert "at least 8 characters" in error
    wildcard = runner.invoke(main, ["decide", "%%%%%%%%", "confirm", "--db", str(db)])
    assert wildcard.exit_code == 2 and "not a finding id" in wildcard.output


def test_an_ambiguous_prefix_asks_for_more(tmp_path: Path, runner: CliRunner) -> None:
    db, full = _audited(tmp_path, runner)
    # A second finding whose id starts with the same 10 characters (a copy of the first row).
    with sqlite3.connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(findings)")]
        chosen = ", ".join("? AS id" if name == "id" else name for name in columns)
        twin = full[:10] + ("0" if full[10] != "0" else "1") + full[11:]
        conn.execute(f"INSERT INTO findings ({', '.join(columns)}) SELECT {chosen} FROM findings", (twin,))
    result = runner.invoke(main, ["decide", full[:10], "confirm", "--db", str(db)])
    assert result.exit_code == 2
    (error,) = _errors(result.output)
    assert "more than one finding" in error
    assert runner.invoke(main, ["decide", full[:11], "confirm", "--db", str(db)]).exit_code == 0


# ------------------------------------------------------------------------------ item 12


def test_items_that_became_priority_are_named_marked_and_filterable(tmp_path: Path, runner: CliRunner) -> None:
    archive = write_x_archive(
        tmp_path / "a",
        [tweet("5", "Proud to vote Liberal!"), tweet("6", "My manager is a useless idiot"), *numbered_tweets(3)],
    )
    junior, promotion = tmp_path / "junior.toml", tmp_path / "promotion.toml"
    junior.write_text(JUNIOR)
    promotion.write_text(PROMOTION)
    db, first, second = tmp_path / "f.db", tmp_path / "1.json", tmp_path / "2.json"
    runner.invoke(main, ["audit", str(archive), "--db", str(db), "--profile", str(junior), "--format", "json", "-o", str(first)])
    result = runner.invoke(main, ["audit", str(archive), "--db", str(db), "--profile", str(promotion), "--format", "json", "-o", str(second)])
    report = json.loads(second.read_text())
    rose = [f for f in report["findings"] if f["rose_above_threshold"]]
    assert rose and len(rose) == report["audit"]["rose_above_threshold"]
    assert all(f["previous_score"] < 4.0 <= f["score"] for f in rose)
    assert "became priority with this role profile" in result.output
    for finding in rose:
        assert finding["id"][:12] in result.output  # the terminal names each one
    html = tmp_path / "r.html"
    assert runner.invoke(main, ["report", "--db", str(db), "-o", str(html), "-q"]).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert '<option value="rose">' in page
    for finding in rose:
        card = page.split(f'id="f-{finding["id"]}"', 1)[1].split("</li>", 1)[0]
        assert 'data-priority="priority rose"' in page.split(f'id="f-{finding["id"]}"', 1)[1].split(">", 1)[0]
        assert "became priority with this role profile" in card


# ------------------------------------------------------------------------------ item 14


def _jpeg(path: Path) -> Path:
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    return path


@pytest.mark.parametrize(
    ("build", "said"),
    [
        (lambda d: _jpeg(d / "IMG_2041.jpg"), "a picture (JPEG), not an export"),
        (lambda d: (zipfile.ZipFile(d / "twitter.zip", "w").close(), d / "twitter.zip")[1], "an empty zip"),
        (lambda d: ((d / "export.zip").write_text("<html>Session expirée</html>"), d / "export.zip")[1], "not a zip file"),
        (lambda d: ((d / "guide.pdf").write_bytes(b"%PDF-1.7\n" + bytes(100)), d / "guide.pdf")[1], "a PDF document"),
        (lambda d: (_jpeg((d / "photos").mkdir() or d / "photos" / "a.jpg"), d / "photos")[1], "a folder of pictures"),
    ],
    ids=["picture", "empty-zip", "not-a-zip", "pdf", "folder-of-pictures"],
)
def test_unsupported_inputs_say_what_they_are_in_one_short_line(tmp_path: Path, runner: CliRunner, build, said: str) -> None:  # type: ignore[no-untyped-def]
    path = build(tmp_path)
    result = runner.invoke(main, ["import", str(path), "--db", str(tmp_path / "f.db"), "-q"])
    assert result.exit_code == 2
    (error,) = _errors(result.output)
    assert said in error and path.name in error
    assert "X and YouTube exports" in error and "`footprint connectors`" in error
    assert "Download Your Information" not in error  # the long titles are for `footprint connectors`
    assert len(error) - len(str(path)) < 220, error


# ------------------------------------------------------------------------------ item 15


def test_an_unknown_rule_is_said_plainly(tmp_path: Path, runner: CliRunner) -> None:
    db, _ = _audited(tmp_path, runner)
    for command in (["rules", "--explain", "XYZ123"], ["scan", "--db", str(db), "--rule", "xyz123"]):
        result = runner.invoke(main, command)
        assert result.exit_code == 2
        (error,) = _errors(result.output)
        assert error == "error: no rule XYZ123; `footprint rules` lists them"
    # A rule code in lower case is still a rule code.
    assert runner.invoke(main, ["scan", "--db", str(db), "--rule", "wrk001", "--exit-zero", "-q"]).exit_code == 0
