"""Every case of the hostile corpus, imported with the real command into a database that already
holds an import: a one-line error and an untouched database, or a recorded skip and a whole
import; never a traceback, never a file outside the tool's folders, within time and memory."""

from __future__ import annotations

import importlib
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from footprint.connectors import archive_importers
from tests.helpers import dump
from tests.hostile.corpus import CASES, ESCAPE_NAMES, Case
from tests.hostile.exports import write_folder, x_account, x_archive, x_tweet
from tests.hostile.harness import Outcome, run, snapshot

# Control characters a one-line message must not carry raw (the final newline aside).
_RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def baseline_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one earlier import, so "unchanged" means something."""
    folder = tmp_path_factory.mktemp("baseline")
    archive = write_folder(folder / "x", x_archive(
        [x_tweet(str(4200000000000000000 + i), f"Earlier post {i}") for i in range(3)],
        account=x_account(accountId="42", username="earlier")))
    db = folder / "footprint.db"
    outcome = run(["import", str(archive), "--db", str(db), "-q"])
    assert outcome.exit_code == 0 and outcome.crashed is None, outcome.output
    return db


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, baseline_db: Path) -> Iterator[dict[str, Path]]:
    places = {name: tmp_path / name for name in ("in", "data", "out", "cwd")}
    for path in places.values():
        path.mkdir(mode=0o700)
    shutil.copy(baseline_db, places["data"] / "footprint.db")
    places["db"] = places["data"] / "footprint.db"
    # Anything written to the working folder or the default data folder shows up in the tree.
    monkeypatch.chdir(places["cwd"])
    monkeypatch.setenv("FOOTPRINT_DATA_DIR", str(tmp_path / "cwd" / "default-data"))
    yield places


def _new_imports(db: Path, after: int) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM imports WHERE id > ? ORDER BY id", (after,)).fetchall()


def _skipped_reasons(db: Path, import_ids: list[int]) -> list[str]:
    with sqlite3.connect(db) as conn:
        marks = ",".join("?" * len(import_ids))
        return [r[0] for r in conn.execute(f"SELECT reason FROM skipped WHERE import_id IN ({marks})", import_ids)]


def _assert_one_line_error(outcome: Outcome, case: Case) -> None:
    lines = [line for line in outcome.output.splitlines() if line.strip()]
    assert outcome.exit_code == 2, outcome.output
    assert len(lines) == 1 and lines[0].startswith("error: "), outcome.output
    assert case.message in lines[0], lines[0]
    assert not _RAW_CONTROLS.search(lines[0]), repr(lines[0])


def assert_report_escaped(html: str) -> None:
    """The report's own markup only: hostile text shows as text, never as an element."""
    lowered = html.lower()
    assert lowered.count("<script") == 1, "a <script> element besides the report's own"
    assert lowered.count("<style") == 1, "a <style> element besides the report's own"
    assert "<img" not in lowered and "<iframe" not in lowered
    assert not re.search(r"""(?:href|src)\s*=\s*["']?\s*javascript:""", lowered), "a javascript: link"
    assert "vote" in lowered or "donate" in lowered, "the flagged post did not reach the report"


def _report(case: Case, places: dict[str, Path]) -> None:
    db, html = str(places["db"]), places["out"] / "report.html"
    scanned = run(["scan", "--db", db, "--exit-zero", "-q"], isolate=case.isolate, seconds=case.seconds)
    assert scanned.crashed is None and scanned.exit_code == 0, scanned.crashed or scanned.output
    written = run(["report", "--db", db, "-o", str(html), "-q"], isolate=case.isolate, seconds=case.seconds)
    assert written.crashed is None and written.exit_code == 0, written.crashed or written.output
    assert_report_escaped(html.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", [
    pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else [])
    for case in CASES
])
def test_hostile_input(case: Case, workspace: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for target, value in case.patch.items():
        module, attribute = target.split(":")
        monkeypatch.setattr(importlib.import_module(module), attribute, value)
    source = case.build(workspace["in"])
    db = workspace["db"]
    before, before_bytes = dump(db), db.read_bytes()
    with sqlite3.connect(db) as conn:
        last_import = conn.execute("SELECT max(id) FROM imports").fetchone()[0]
    tree = snapshot(tmp_path, skip=[workspace["data"], workspace["out"]])

    outcome = run(["import", str(source), "--db", str(db), "-q"], isolate=case.isolate, seconds=case.seconds)

    assert outcome.crashed is None, outcome.crashed
    assert "Traceback" not in outcome.output
    assert outcome.seconds < case.seconds, f"took {outcome.seconds:.1f} s"
    if case.expect == "error":
        _assert_one_line_error(outcome, case)
        assert dump(db) == before
        assert db.read_bytes() == before_bytes, "the database file changed"
    else:
        assert outcome.exit_code == 0 and not outcome.output.strip(), outcome.output
        imports = _new_imports(db, last_import)
        assert imports and all(row["finished_at"] is not None for row in imports)
        if case.items is not None:
            assert sum(row["items_seen"] for row in imports) == case.items
        reasons = _skipped_reasons(db, [row["id"] for row in imports])
        if case.expect == "skip":
            assert any(case.message in reason for reason in reasons), reasons
        assert all(len(reason) <= 300 and not _RAW_CONTROLS.search(reason) for reason in reasons)
        if case.check is not None:
            case.check(db)
        if case.report:
            _report(case, workspace)
    assert sorted(p.name for p in workspace["data"].iterdir()) == ["footprint.db"], "a file beside the database"
    assert snapshot(tmp_path, skip=[workspace["data"], workspace["out"]]) == tree, "a file written or changed"
    for name in ESCAPE_NAMES:
        assert not (Path("/tmp") / name).exists() and not (tmp_path.parent / name).exists()


def test_the_corpus_is_big_and_covers_every_importer() -> None:
    covered = Counter(case.connector for case in CASES)
    assert len(CASES) >= 30
    assert len({case.id for case in CASES}) == len(CASES)
    missing = {importer.name for importer in archive_importers().values()} - set(covered)
    assert not missing, f"no hostile case for {missing}"
    assert all(count >= 3 for name, count in covered.items() if name != "any"), covered


def test_every_importer_hands_the_store_only_guarded_records() -> None:
    """Types, skip floods, secrets and RecursionError are handled for built-in and plug-in alike."""
    from footprint.connectors.base import ArchiveImporter

    class Plugin(ArchiveImporter):
        name = "plugin"
        platform = "web"
        title = download_help = "test"

        @classmethod
        def find_roots(cls, source: object) -> list[str]:
            return []

        def iter_records(self, source: object, root: str) -> Iterator[object]:
            yield from ()

    for importer in [*archive_importers().values(), Plugin]:
        assert getattr(importer.iter_records, "_guarded", False), importer.name


def test_the_guard_types_records_and_turns_recursion_into_one_line(tmp_path: Path) -> None:
    from footprint.connectors import ArchiveSource
    from footprint.connectors.base import ArchiveImporter
    from footprint.errors import SourceFormatError
    from footprint.records import Item, ItemKind, MediaRef, Profile, Reaction, Skipped

    class Sloppy(ArchiveImporter):
        name = platform = title = download_help = "sloppy"

        @classmethod
        def find_roots(cls, source: object) -> list[str]:
            return [""]

        def iter_records(self, source: object, root: str) -> Iterator[object]:
            yield Profile("web", 42, handle=["h"], followers=10**30, raw={"token": "t0ps3cret", "a": [{"Password": "x"}]})  # type: ignore[arg-type]
            yield Item("web", "42", 7, "post", {"no": "text"}, "2024", like_count="12",  # type: ignore[arg-type]
                       media=(MediaRef("photo", url=5),))  # type: ignore[arg-type]
            yield Item("web", "42", None, ItemKind.POST, "x", None)  # type: ignore[arg-type]
            yield Reaction("web", "42", ["t"], "like")  # type: ignore[arg-type]
            for _ in range(5000):
                yield Skipped("f.json#1", "x" * 1000)
            raise RecursionError("maximum recursion depth exceeded")

    (tmp_path / "f.json").write_text("{}")
    records: list[object] = []
    with ArchiveSource(tmp_path) as source:
        try:
            for record in Sloppy().iter_records(source, ""):
                records.append(record)
        except SourceFormatError as exc:
            assert "nested too deeply" in str(exc)
        else:
            raise AssertionError("RecursionError was not turned into a SourceFormatError")
    profile, item, no_id, no_target, *skips = records
    assert profile.native_id == "42" and profile.handle is None and profile.followers is None
    assert profile.raw == {"token": "[redacted]", "a": [{"Password": "[redacted]"}]}
    assert (item.native_id, item.kind, item.text, item.created_at, item.like_count) == ("7", ItemKind.POST, "", None, 12)
    assert item.media == (MediaRef("photo", url="5"),)
    assert isinstance(no_id, Skipped) and isinstance(no_target, Skipped)
    assert len(skips) == 1000 and all(len(s.reason) <= 300 for s in skips)
