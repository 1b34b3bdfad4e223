"""A scan on worker processes stores exactly what a scan in one process stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from footprint import pipeline, scan_workers
from footprint.cli import main
from footprint.role import RoleProfile
from footprint.store import Store
from tests.factories import tweet, write_x_archive

POSTS = [
    "Vote Conservative on Monday, we need every vote! #elxn44",
    "Votez pour notre candidate du Bloc lundi, chaque vote compte!",
    "Beautiful morning for a run along the canal 🌅",
    "Ma fille Léa commence à la garderie Les Petits Pas lundi, je vais la chercher à 16 h",
    "My manager is a useless liar and this department is a clown show",
    "Call me at 613-555-0142 if you find my dog",
    "Bonne fête à ma sœur 🎂🎉",
    "Working on the quarterly report all day, coffee please ☕",
]


def _archive(tmp_path: Path, count: int) -> Path:
    tweets = [tweet(str(1300000000000000000 + i), f"{POSTS[i % len(POSTS)]} ({i})") for i in range(count)]
    return write_x_archive(tmp_path / "archive", tweets, bio="Analyst, Government of Canada. Views my own.")


def _findings(store: Store, out: Path) -> list[dict]:  # type: ignore[type-arg]
    pipeline.write_report(store, fmt="json", output=out)
    return json.loads(out.read_text(encoding="utf-8"))["findings"]


def test_workers_store_the_same_findings_as_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = _archive(tmp_path, 240)
    role = RoleProfile(classification="EX-01", public_facing=True)
    monkeypatch.setattr(scan_workers, "MIN_PARALLEL_SUBJECTS", 50)
    monkeypatch.setattr(scan_workers, "BATCH", 23)
    results = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            pipeline.import_paths(store, [archive], pictures=False)
            outcome = pipeline.scan(store, role=role, workers=workers)
            assert outcome.items_scanned == 240
            results.append(_findings(store, tmp_path / f"w{workers}.json"))
    one, two = results
    assert len(one) > 100, "the posts must trip rules for this to mean anything"
    assert two == one


def test_an_incremental_scan_on_workers_reads_only_what_is_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_workers, "MIN_PARALLEL_SUBJECTS", 10)
    with Store(tmp_path / "inc.db") as store:
        pipeline.import_paths(store, [_archive(tmp_path / "a", 60)], pictures=False)
        first = pipeline.scan(store, workers=2)
        again = pipeline.scan(store, workers=2)
    assert first.items_scanned == 60
    assert again.items_scanned == 0 and not again.full


def test_the_cli_takes_a_worker_count(tmp_path: Path) -> None:
    archive = _archive(tmp_path, 12)
    db = tmp_path / "cli.db"
    runner = CliRunner()
    done = runner.invoke(main, ["audit", str(archive), "--db", str(db), "--workers", "1", "--format", "json",
                                "-o", str(tmp_path / "r.json"), "--exit-zero", "-q"])
    assert done.exit_code == 0, done.output
    refused = runner.invoke(main, ["scan", "--db", str(db), "--workers", "0"])
    assert refused.exit_code == 2 and "--workers" in refused.output
