"""Re-scans look only at what is new or changed; a new role re-weighs without re-reading."""

from __future__ import annotations

from pathlib import Path

from footprint import pipeline
from footprint.reports import build_report
from footprint.role import RoleProfile
from footprint.store import Store
from tests.factories import numbered_tweets, tweet, write_x_archive

FLAGGED = tweet("9000", "Proud to vote Liberal this fall!")


def test_nothing_new_means_nothing_reanalyzed(tmp_path: Path, store: Store) -> None:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", numbered_tweets(20) + [FLAGGED])])
    first = pipeline.scan(store)
    assert first.full and first.items_scanned == 21 and first.profiles_scanned == 1
    ids = [f.id for f in build_report(store).findings]
    second = pipeline.scan(store)
    assert not second.full and (second.items_scanned, second.profiles_scanned) == (0, 0)
    assert [f.id for f in build_report(store).findings] == ids and ids


def test_only_new_posts_are_analyzed(tmp_path: Path, store: Store) -> None:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", numbered_tweets(20))])
    pipeline.scan(store)
    pipeline.import_paths(store, [write_x_archive(tmp_path / "b", numbered_tweets(20) + [FLAGGED])])
    outcome = pipeline.scan(store)
    assert outcome.items_scanned == 1 and outcome.findings == 1
    (finding,) = build_report(store).findings
    assert finding.item["native_id"] == "9000" and finding.new


def test_an_edited_post_loses_the_flag_it_no_longer_earns(tmp_path: Path, store: Store) -> None:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", [FLAGGED])])
    pipeline.scan(store)
    assert len(build_report(store).findings) == 1
    edited = tweet("9000", "Proud to vote this fall, whoever you support!")
    pipeline.import_paths(store, [write_x_archive(tmp_path / "b", [edited])])
    outcome = pipeline.scan(store)
    assert outcome.items_scanned == 1 and build_report(store).findings == ()


def test_a_new_role_reweighs_every_finding_without_reanalysis(tmp_path: Path, store: Store) -> None:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", numbered_tweets(5) + [FLAGGED])])
    pipeline.scan(store, role=RoleProfile(classification="CR-03"))
    (before,) = build_report(store).findings
    outcome = pipeline.scan(store, role=RoleProfile(classification="EX-03", public_facing=True))
    assert outcome.items_scanned == 0
    (after,) = build_report(store).findings
    assert after.id == before.id and after.score > before.score and after.previous_score == before.score
    assert after.weighting["seniority"] > before.weighting["seniority"]


def test_a_different_rule_selection_reads_everything_again(tmp_path: Path, store: Store) -> None:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", numbered_tweets(5) + [FLAGGED])])
    pipeline.scan(store, rule_codes=["WRK001"])
    assert build_report(store).findings == ()
    outcome = pipeline.scan(store)
    assert outcome.full and outcome.items_scanned == 6 and outcome.findings == 1
