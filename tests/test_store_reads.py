"""The store's named reads (what the CLI, the baseline and the reports use instead of SQL), and a
scan that lands whole or not at all now that the pipeline drives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint import pipeline
from footprint.records import Severity
from footprint.reports import build_report
from footprint.role import RoleProfile
from footprint.store import FindingScope, ReviewFilter, Store
from tests.factories import numbered_tweets, tweet, write_x_archive
from tests.helpers import dump

POSTS = [
    tweet("9001", "Proud to vote Liberal this fall! 🗳️"),
    tweet("9002", "Votez Bloc québécois le 21 octobre, c'est notre chance 🇶🇨"),
    tweet("9003", "Call me at 613-555-0142 after 5, ask for Léa"),
]


@pytest.fixture
def audited(tmp_path: Path, store: Store) -> Store:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", numbered_tweets(8) + POSTS)])
    pipeline.scan(store, role=RoleProfile(organization="ESDC", classification="EC-05"))
    return store


def test_an_empty_database_answers_every_read(store: Store) -> None:
    assert store.scan_history() == [] and store.last_scan_id() is None and store.last_role_profile() is None
    assert store.decisions() == [] and store.finding_rules() == {}
    assert store.undecided_count(Severity.LOW) == 0 and store.finding_ids_starting("00000000") == []
    with store.reading() as reads:
        stats = reads.stats(min_severity=Severity.INFO, last_scan_id=None)
        assert stats.flagged["count"] == 0 and stats.categories == () and stats.by_year == ()
        assert list(reads.finding_rows(FindingScope())) == [] and reads.count_findings(FindingScope()) == 0


def test_scan_history_keeps_each_scan_and_its_role(audited: Store) -> None:
    pipeline.scan(audited, role=RoleProfile(classification="EX-03", public_facing=True))
    first, second = audited.scan_history()
    assert (first.id, second.id) == (1, 2) and first.full and not second.full
    assert first.role_profile is not None and first.role_profile["organization"] == "ESDC"
    assert second.role_profile is not None and second.role_profile["public_facing"] is True
    assert first.items_scanned == 11 and second.items_scanned == 0 and first.findings == second.findings > 0
    assert "POL001" in first.rules_used and first.finished_at is not None
    assert [scan.id for scan in audited.scan_history(latest=1)] == [2] == [audited.last_scan_id()]
    assert audited.last_role_profile() == second.role_profile


def test_undecided_count_follows_severity_and_decisions(audited: Store) -> None:
    report = build_report(audited, min_severity=Severity.LOW)
    flagged = [f for f in report.findings if f.severity != "info"]
    assert audited.undecided_count(Severity.LOW) == len(flagged) >= 2
    high = sum(1 for f in flagged if f.severity == "high")
    assert audited.undecided_count(Severity.HIGH) == high
    audited.decide(flagged[0].id, "dismiss", "déjà supprimé 🙂")
    assert audited.undecided_count(Severity.LOW) == len(flagged) - 1
    (decision,) = audited.decisions()
    assert (decision.finding_id, decision.decision, decision.note) == (flagged[0].id, "dismiss", "déjà supprimé 🙂")
    assert decision.decided_at.tzinfo is not None


def test_finding_ids_starting_is_a_prefix_not_a_pattern(audited: Store) -> None:
    ids = sorted(audited.finding_rules())
    assert audited.finding_ids_starting(ids[0]) == [ids[0]]
    assert audited.finding_ids_starting(ids[0][:12], limit=1) == [ids[0]]
    # Wildcards of LIKE are ordinary characters here.
    assert audited.finding_ids_starting("%") == [] and audited.finding_ids_starting("_" * 8) == []
    assert set(audited.finding_ids_starting("", limit=len(ids) + 5)) == set(ids)


def test_finding_rules_name_each_current_finding(audited: Store) -> None:
    rules = audited.finding_rules()
    report = build_report(audited)
    assert rules == {f.id: f.rule for f in report.findings}
    assert {"POL", "SAF"} <= {rule[:3] for rule in rules.values()}


def test_report_reads_agree_with_the_report(audited: Store) -> None:
    report = build_report(audited)
    with audited.reading() as reads:
        rows = list(reads.finding_rows(FindingScope(new_scan_id=audited.last_scan_id())))
        assert [row.id for row in rows] == [f.id for f in report.findings]
        assert reads.count_findings(FindingScope()) == len(report.findings)
        assert reads.categories(FindingScope()) == report.categories
        page = list(reads.finding_rows(FindingScope(), offset=1, limit=1))
        assert [row.id for row in page] == [report.findings[1].id]
        (one,) = reads.finding_rows(FindingScope(), finding_id=report.findings[-1].id)
        assert one.item_text and one.handle
        politics = FindingScope(narrowing=ReviewFilter(category="political_activity"))
        assert reads.count_findings(politics) == sum(1 for f in report.findings if f.category == "political_activity")
        assert reads.items_by_platform() == {"x": 11} and reads.profiles_by_platform() == {"x": 1}


def test_a_scan_that_fails_midway_leaves_the_database_as_it_was(
    tmp_path: Path, audited: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pipeline drives the scan's steps, but they stay one transaction: a rule crashing the
    analyzer after some findings were written rolls every one of them back."""
    pipeline.import_paths(audited, [write_x_archive(tmp_path / "b", numbered_tweets(2500, start_id=1400000000000000000))])
    before = dump(db_path)
    from footprint.analyzer import Analyzer

    real = Analyzer.analyze
    seen = []

    def failing(self: Analyzer, subject: object) -> object:
        seen.append(subject)
        if len(seen) > 2100:  # past the first batch of findings written
            raise RuntimeError("disk on fire")
        return real(self, subject)  # type: ignore[arg-type]

    monkeypatch.setattr(Analyzer, "analyze", failing)
    with pytest.raises(RuntimeError):
        pipeline.scan(audited, role=RoleProfile(classification="EX-01"), full=True)
    assert dump(db_path) == before
