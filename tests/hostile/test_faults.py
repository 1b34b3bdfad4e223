"""Faults outside the input: a process killed mid-import, a read-only or full disk, a database
from another version of the tool. Each leaves a consistent database and a clear one-line error.

The disk faults need a small filesystem of their own: as root the tests mount a tmpfs (and
remount it read-only); otherwise they rely on file modes, or skip saying why.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from footprint import pipeline
from footprint.store import Store
from tests.helpers import dump
from tests.hostile.exports import write_folder, x_account, x_archive, x_tweet
from tests.hostile.harness import Outcome, invoke

REPO = Path(__file__).resolve().parents[2]
BIG_POSTS = 30_000
_TWEET = ('{"tweet":{"id_str":"%d","id":"%d","created_at":"Thu Mar 04 15:30:00 +0000 2021",'
          '"full_text":"Ordinary post number %d about the weekend","lang":"en","favorite_count":"0",'
          '"retweet_count":"0","entities":{"urls":[]}}}')



def big_archive(folder: Path, count: int = BIG_POSTS) -> Path:
    body = ",".join(_TWEET % (1300000000000000000 + i, 1300000000000000000 + i, i) for i in range(count))
    files = x_archive()
    files["data/tweets.js"] = f"window.YTD.tweets.part0 = [{body}]".encode()
    return write_folder(folder, files)


def small_archive(folder: Path, posts: int = 3) -> Path:
    return write_folder(folder, x_archive([x_tweet(str(4200000000000000000 + i), f"Earlier post {i}") for i in range(posts)],
                                          account=x_account(accountId="42", username="earlier")))


def footprint(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "footprint", *args], capture_output=True, text=True, timeout=timeout,
                          cwd=REPO)


def assert_one_line(outcome: Outcome, *fragments: str) -> None:
    assert outcome.crashed is None, outcome.crashed
    lines = [line for line in outcome.output.splitlines() if line.strip()]
    assert outcome.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error: "), outcome.output
    assert any(f in lines[0] for f in fragments), lines[0]


def items_of(db: Path, account: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT count(*) FROM items JOIN accounts ON accounts.id = items.account_id WHERE accounts.native_id = ?",
            (account,)).fetchone()[0]


# ---------------------------------------------------------------------------- SIGKILL


def test_sigkill_mid_import_leaves_a_consistent_database_and_a_rerun_completes(tmp_path: Path) -> None:
    big = big_archive(tmp_path / "big")
    db = tmp_path / "data" / "footprint.db"
    with Store(db) as store:  # an earlier import, so the kill lands in a database with history
        pipeline.import_paths(store, [small_archive(tmp_path / "small")])
    before_small = items_of(db, "42")
    journal = db.with_name(db.name + "-journal")

    process = subprocess.Popen([sys.executable, "-m", "footprint", "import", str(big), "--db", str(db), "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    deadline = time.monotonic() + 30
    while not journal.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)  # well into the transaction: several batches written to the file
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL, "the import finished before the kill: make the archive bigger"
    assert journal.exists(), "no hot journal: the kill did not land inside the import transaction"
    assert os.stat(journal).st_mode & 0o077 == 0, "SQLite's journal is readable by others"

    with sqlite3.connect(db) as conn:  # the first reader rolls the hot journal back
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM imports WHERE source LIKE ?", (f"%{big.name}%",)).fetchone()[0] == 0
    assert items_of(db, "900000001") == 0, "a partial import survived the kill"
    assert items_of(db, "42") == before_small

    rerun = footprint("import", str(big), "--db", str(db), "-q")
    assert rerun.returncode == 0, rerun.stderr
    assert items_of(db, "900000001") == BIG_POSTS
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---------------------------------------------------------------------------- read-only and full disks


def _mount_tmpfs(where: Path, size: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root; run as root to test disk faults")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A folder holding a database with one import, then made read-only (a ro mount as root)."""
    folder = tmp_path / "ro"
    root = os.geteuid() == 0
    if root:
        _mount_tmpfs(folder, "8M")
    else:
        folder.mkdir()
    try:
        with Store(folder / "footprint.db") as store:
            pipeline.import_paths(store, [small_archive(tmp_path / "small")])
        if root:
            done = subprocess.run(["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True)
            if done.returncode != 0:
                pytest.skip(f"cannot remount read-only ({done.stderr.strip()})")
        else:
            (folder / "footprint.db").chmod(0o400)
            folder.chmod(0o500)
        yield folder
    finally:
        if root:
            _unmount(folder)
        else:
            folder.chmod(0o700)


def test_a_read_only_database_still_gives_reports(read_only: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    outcome = invoke(["report", "--db", str(read_only / "footprint.db"), "-o", str(report), "-q"])
    assert outcome.crashed is None and outcome.exit_code == 0, outcome.crashed or outcome.output
    assert report.exists()


def test_importing_into_a_read_only_database_is_one_line(read_only: Path, tmp_path: Path) -> None:
    db = read_only / "footprint.db"
    before = dump(db)
    outcome = invoke(["import", str(small_archive(tmp_path / "more", posts=5)), "--db", str(db), "--force", "-q"])
    assert_one_line(outcome, "read-only", "readonly", "cannot write")
    assert dump(db) == before


def test_scanning_a_read_only_database_is_one_line(read_only: Path) -> None:
    outcome = invoke(["scan", "--db", str(read_only / "footprint.db"), "-q"])
    assert_one_line(outcome, "read-only", "readonly", "cannot write")


def test_a_new_database_in_a_read_only_folder_is_one_line(read_only: Path, tmp_path: Path) -> None:
    outcome = invoke(["import", str(small_archive(tmp_path / "x")), "--db", str(read_only / "new.db"), "-q"])
    assert_one_line(outcome, "new.db")


def test_a_data_folder_that_cannot_be_created_is_one_line(read_only: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_DATA_DIR", str(read_only / "sub" / "footprint-audit"))
    outcome = invoke(["import", str(small_archive(tmp_path / "x")), "-q"])
    assert_one_line(outcome, "cannot create the data folder")


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB filesystem holding a database with one small import."""
    folder = tmp_path / "full"
    _mount_tmpfs(folder, "1M")
    try:
        with Store(folder / "footprint.db") as store:
            pipeline.import_paths(store, [small_archive(tmp_path / "small")])
        yield folder
    finally:
        _unmount(folder)


def test_a_full_disk_during_import_is_one_line_and_changes_nothing(full_disk: Path, tmp_path: Path) -> None:
    db = full_disk / "footprint.db"
    before = dump(db)
    outcome = invoke(["import", str(big_archive(tmp_path / "big", 20_000)), "--db", str(db), "-q"])
    assert_one_line(outcome, "full", "No space")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert dump(db) == before


def test_a_full_disk_while_writing_a_report_is_one_line_and_leaves_no_partial_file(full_disk: Path, tmp_path: Path) -> None:
    filler = full_disk / "filler"
    with open(filler, "wb") as handle:  # leave almost nothing free
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    outcome = invoke(["report", "--db", str(full_disk / "footprint.db"), "-o", str(full_disk / "report.html"), "-q"])
    assert_one_line(outcome, "No space left", "cannot write the report")
    assert sorted(p.name for p in full_disk.iterdir()) == ["filler", "footprint.db"]


def test_a_report_or_baseline_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "footprint.db"
    with Store(db) as store:
        pipeline.import_paths(store, [small_archive(tmp_path / "x")])
    nowhere = tmp_path / "missing" / "folder"
    for args in (["report", "--db", str(db), "-o", str(tmp_path / "a-file" / "r.html"), "-q"],
                 ["baseline", "export", str(nowhere / "b.json"), "--db", str(db), "-q"]):
        (tmp_path / "a-file").write_text("a file where a folder should be")
        assert_one_line(invoke(args), "cannot write")


# ---------------------------------------------------------------------------- other versions


def test_a_database_from_the_first_schema_upgrades_through_the_commands(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(REPO / "tests" / "fixtures" / "db" / "schema-0001.db", db)
    for args in (["import", str(small_archive(tmp_path / "x")), "--db", str(db), "-q"],
                 ["scan", "--db", str(db), "--exit-zero", "-q"],
                 ["report", "--db", str(db), "-o", str(tmp_path / "r.html"), "-q"]):
        outcome = invoke(args)
        assert outcome.crashed is None and outcome.exit_code == 0, outcome.crashed or outcome.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT items_seen FROM imports ORDER BY id DESC LIMIT 1").fetchone()[0] == 3


def test_a_database_from_a_newer_version_is_one_line_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    with Store(db) as store:
        pipeline.import_paths(store, [small_archive(tmp_path / "x")])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db.read_bytes()
    outcome = invoke(["report", "--db", str(db), "-o", str(tmp_path / "r.html"), "-q"])
    assert_one_line(outcome, "newer")
    assert db.read_bytes() == before
