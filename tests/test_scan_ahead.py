"""An audit analyzes posts while it imports them, and stores exactly what an import then a scan
stores: the scan takes an analysis made ahead only when it reads back the very same subject."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from footprint import pipeline, scan_workers
from footprint.records import Subject
from footprint.role import RoleProfile
from footprint.rules import rule_registry
from footprint.scan_workers import ScanWorkers
from footprint.store import Store
from tests.factories import tweet, write_x_archive

POSTS = [
    "Vote Conservative on Monday, we need every vote! #elxn44",
    "Votez pour notre candidate du Bloc lundi, chaque vote compte!",
    "Beautiful morning for a run along the canal 🌅",
    "Ma fille Léa commence à la garderie Les Petits Pas lundi, je vais la chercher à 16 h",
    "My manager is a useless liar and this department is a clown show",
    "Call me at 613-555-0142 if you find my dog",
    "",
    "Bonne fête à ma sœur 🎂🎉 " * 40,
]


def _archive(folder: Path, count: int, first: int = 0) -> Path:
    tweets = [
        tweet(str(1300000000000000000 + i), f"{POSTS[i % len(POSTS)]} ({i})", likes=i % 7)
        for i in range(first, first + count)
    ]
    return write_x_archive(folder, tweets, bio="Analyst, Government of Canada. Views my own.")


def _findings(store: Store, out: Path) -> list[dict]:  # type: ignore[type-arg]
    pipeline.write_report(store, fmt="json", output=out)
    return json.loads(out.read_text(encoding="utf-8"))["findings"]


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_workers, "MIN_PARALLEL_SUBJECTS", 30)
    monkeypatch.setattr(scan_workers, "BATCH", 17)


@pytest.mark.usefixtures("small_batches")
def test_an_audit_analyzing_while_it_imports_stores_what_import_then_scan_stores(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 300)
    role = RoleProfile(classification="EX-01", public_facing=True)
    with Store(tmp_path / "plain.db") as store:
        pipeline.import_paths(store, [archive], pictures=False)
        pipeline.scan(store, role=role, workers=1)
        expected = _findings(store, tmp_path / "plain.json")
    with Store(tmp_path / "ahead.db") as store:
        with pipeline.scan_ahead(store, role=role, workers=2) as ahead:
            pipeline.import_paths(store, [archive], pictures=False, ahead=ahead)
            outcome = pipeline.scan(store, role=role, workers=2, ahead=ahead)
        got = _findings(store, tmp_path / "ahead.json")
    assert len(expected) > 100, "the posts must trip rules for this to mean anything"
    assert outcome.items_scanned == 300
    assert ahead.used_workers == 2 and ahead.ahead_reused > 0
    assert [(f["id"], f["score"], f["evidence"]) for f in got] == [(f["id"], f["score"], f["evidence"]) for f in expected]
    assert got == expected


@pytest.mark.usefixtures("small_batches")
def test_a_re_audit_analyzes_only_the_new_posts_ahead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same rules for both audits, even while someone edits a rule file.
    monkeypatch.setattr(pipeline, "ruleset_fingerprint", lambda codes=None: "the same rules")
    with Store(tmp_path / "re.db") as store:
        with pipeline.scan_ahead(store, workers=2) as ahead:
            pipeline.import_paths(store, [_archive(tmp_path / "a", 120)], pictures=False, ahead=ahead)
            pipeline.scan(store, workers=2, ahead=ahead)
        with pipeline.scan_ahead(store, workers=2) as ahead:
            pipeline.import_paths(store, [_archive(tmp_path / "b", 80, first=120)], pictures=False, ahead=ahead)
            again = pipeline.scan(store, workers=2, ahead=ahead)
        with Store(tmp_path / "re.db") as check:
            assert check.count_items() == 200
    assert not again.full and again.items_scanned == 80
    # Full batches of new posts were analyzed ahead (not the old ones); the last partial batch
    # is left for the scan.
    assert ahead.ahead_reused == 80 // 17 * 17


def test_an_analysis_made_ahead_is_reused_only_for_the_very_same_subject() -> None:
    role = RoleProfile()
    codes = [code for code in rule_registry() if code.startswith(("SAF", "POL"))]
    subjects = [
        Subject(platform="x", account_id="acct", native_id=str(n), kind="post",
                fields={"text": f"{POSTS[n % len(POSTS)]} {n}"}, followers=10)
        for n in range(60)
    ]
    with ScanWorkers(codes, role, workers=2, min_parallel=10, batch=7) as workers:
        workers.ahead((n, subject) for n, subject in enumerate(subjects))
        # What the scan reads back: a profile read since gave a follower count, a post changed.
        read_back = list(subjects)
        read_back[3] = replace(subjects[3], followers=5000)
        read_back[5] = replace(subjects[5], fields={"text": "Call me at 613-555-0199"})
        paired = list(workers.map(list(enumerate(read_back)), lambda entry: entry[1], lambda entry: entry[0]))
        reused = workers.ahead_reused
    alone = ScanWorkers(codes, role, workers=1)
    expected = [alone.local.analyze(subject) for subject in read_back]
    assert [entry for entry, _ in paired] == list(enumerate(read_back))
    assert [[(f.id, f.score, f.weighting, f.evidence) for f in r.findings] for _, r in paired] == [
        [(f.id, f.score, f.weighting, f.evidence) for f in r.findings] for r in expected
    ]
    assert [r.errors for _, r in paired] == [r.errors for r in expected]
    # Every subject was handed over (60 of them, batches of 7, 6 in flight at most: 42 sent),
    # and the two that changed were analyzed again.
    assert 0 < reused <= 42 - 2
    assert any(r.findings for _, r in paired[5:6]), "the changed post's own number is found"


def test_one_worker_analyzes_nothing_ahead() -> None:
    subject = Subject(platform="x", account_id="a", native_id="1", kind="post", fields={"text": "hello"})
    with ScanWorkers(["SAF003"], RoleProfile(), workers=1, min_parallel=1) as workers:
        workers.ahead([(1, subject)] * 50)
        assert workers.used_workers == 0
        assert [result.findings for _, result in workers.map([subject], lambda s: s, lambda s: 1)] == [[]]
        assert workers.ahead_reused == 0


@pytest.mark.usefixtures("small_batches")
def test_workers_rested_for_the_picture_pool_keep_what_they_analyzed(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 300)
    with Store(tmp_path / "plain.db") as store:
        pipeline.import_paths(store, [archive], pictures=False)
        pipeline.scan(store, workers=1)
        expected = _findings(store, tmp_path / "plain.json")
    with Store(tmp_path / "rested.db") as store:
        with pipeline.scan_ahead(store, workers=2) as ahead:
            pipeline.import_paths(store, [archive], pictures=False, ahead=ahead)
            # What check_pictures does before it starts its own pool.
            ahead.rest()
            ahead.rest()  # resting twice is harmless
            outcome = pipeline.scan(store, workers=2, ahead=ahead)
        got = _findings(store, tmp_path / "rested.json")
    assert outcome.items_scanned == 300
    assert ahead.ahead_reused > 0, "the analyses made before the rest must still be used"
    assert got == expected
