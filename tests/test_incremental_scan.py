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


def test_a_re_read_profile_rescores_older_findings_only_when_its_reach_moved(tmp_path: Path, store: Store) -> None:
    """A newer export re-reads the profile. The same follower count leaves older scores as they
    were; a much larger audience raises them (and remembers the score before) without reading
    the older posts again."""
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", [FLAGGED], followers=3)])
    pipeline.scan(store)
    (before,) = build_report(store).findings
    pipeline.import_paths(store, [write_x_archive(tmp_path / "b", [FLAGGED], followers=3, bio="Gardener. Views my own.")])
    same = pipeline.scan(store)
    assert (same.items_scanned, same.profiles_scanned) == (0, 1)
    (unchanged,) = [f for f in build_report(store).findings if f.item["native_id"] == "9000"]
    assert unchanged.score == before.score and unchanged.previous_score == before.score
    pipeline.import_paths(store, [write_x_archive(tmp_path / "c", [FLAGGED], followers=5000, bio="Gardener. Views my own.")])
    wider = pipeline.scan(store)
    assert (wider.items_scanned, wider.profiles_scanned) == (0, 1)
    (raised,) = [f for f in build_report(store).findings if f.item["native_id"] == "9000"]
    assert raised.id == before.id and raised.score > before.score and raised.previous_score == before.score
    assert raised.weighting["followers"] > before.weighting["followers"]


def test_reweighing_gives_each_finding_what_weighing_it_alone_gives(tmp_path: Path, store: Store) -> None:
    """Findings that share every input are weighed once; each still gets its own inputs' score."""
    import orjson

    from footprint.records import Confidence, Severity
    from footprint.store.reweigh import Weighable, reweigh

    posts = [tweet(str(9000 + n), f"Proud to vote Liberal this fall! « Votez libéral » {n}", likes=n % 3) for n in range(12)]
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", posts, followers=40)])
    pipeline.scan(store)
    query = (
        "SELECT f.id, f.severity, f.confidence, f.weighting, a.followers, i.like_count, i.repost_count "
        "FROM findings f JOIN accounts a ON a.id = f.account_id LEFT JOIN items i ON i.id = f.item_id"
    )

    def weigh(w: Weighable) -> tuple[float, dict[str, float]]:
        calls.append(w)
        return w.severity * 10 + w.confidence + w.followers / 7 + w.likes * 0.5 + len(w.factors), {"likes": float(w.likes)}

    with store.connect() as conn:
        before = conn.exec_driver_sql(query).all()
        calls: list[Weighable] = []
        reweigh(conn, weigh)
        conn.commit()
        after = dict(conn.exec_driver_sql("SELECT id, score FROM findings").all())
    assert len(before) >= 12
    for finding_id, severity, confidence, weighting, followers, likes, reposts in before:
        alone = Weighable(Severity(severity), Confidence(confidence), orjson.loads(weighting), followers, likes, reposts)
        assert after[finding_id] == weigh(alone)[0]
    distinct = {(row[1], row[2], row[3], row[4], row[5], row[6]) for row in before}
    assert len(calls) - len(before) == len(distinct) < len(before)
