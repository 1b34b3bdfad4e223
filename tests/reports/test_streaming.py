"""Reports stream: findings are read from the database one at a time, never all held at once;
the file is replaced only when whole; and streaming changes no byte of any format."""

from __future__ import annotations

import os
import stat
import weakref
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import orjson
import pytest

from footprint import pipeline
from footprint.errors import FootprintError
from footprint.records import Severity
from footprint.reports import RenderOptions, build_report, make_renderer
from footprint.reports.context import REVIEW_THRESHOLD, FindingSource, ReportData, ReportFinding
from footprint.reports.html_report import HtmlRenderer
from footprint.reports.json_report import report_to_dict
from footprint.role import RoleProfile
from footprint.store import Store
from tests.factories import BASE_TIME, tweet, write_x_archive

FORMATS = ("html", "json", "csv", "md")
# Posts that trip different rules (several categories, both languages), spread over years.
TEXTS = (
    "Proud to vote NDP! #TeamJagmeet",
    "My manager is a useless idiot",
    "Mes collègues sont des incompétents finis",
    "Vote Conservative on Monday, every vote counts!",
    "Proud to vote Liberal!",
)
BIO = "Senior Policy Analyst at ESDC | Analyste principale des politiques, EDSC. Views my own."


def _posts(count: int, start: int = 1_400_000_000_000_000_000) -> list[dict[str, Any]]:
    return [
        tweet(str(start + i), f"{TEXTS[i % len(TEXTS)]} ({i})", when=BASE_TIME - timedelta(days=(29 * i) % 5000, hours=i))
        for i in range(count)
    ]


def _audited(tmp_path: Path, count: int) -> Store:
    store = Store(tmp_path / "f.db")
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", _posts(count), bio=BIO)])
    pipeline.scan(store)
    return store


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A few thousand findings."""
    store = _audited(tmp_path_factory.mktemp("big"), 2500)
    yield store
    store.close()


@pytest.fixture(scope="module")
def reaudited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Two audits (the second with a senior role and new posts), some decisions: every summary count is non-zero."""
    folder = tmp_path_factory.mktemp("re")
    store = _audited(folder, 60)
    ids = [f.id for f in build_report(store).findings]
    store.decide(ids[0], "confirm", note=None)
    store.decide(ids[-1], "dismiss", note="old joke")
    pipeline.import_paths(store, [write_x_archive(folder / "b", _posts(5, start=1_500_000_000_000_000_000), bio=BIO)])
    pipeline.scan(store, role=RoleProfile(organization="ESDC", classification="EX-03", public_facing=True))
    yield store
    store.close()


def _render(report: ReportData, fmt: str, language: str = "en") -> str:
    renderer = make_renderer(fmt, RenderOptions(language=language))
    out = StringIO()
    renderer.render(report, out)
    return out.getvalue()


def _fixed(report: ReportData) -> ReportData:
    return replace(report, generated_at=datetime(2026, 1, 2, 3, 4, tzinfo=UTC))


class _Alive:
    """Counts the `ReportFinding` objects made, and the most alive at once (weak references)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.made = 0
        self.alive = 0
        self.most = 0
        original = ReportFinding.__init__

        def counting_init(finding: ReportFinding, *args: Any, **kwargs: Any) -> None:
            original(finding, *args, **kwargs)
            self.made += 1
            self.alive += 1
            self.most = max(self.most, self.alive)
            weakref.finalize(finding, self._gone)

        monkeypatch.setattr(ReportFinding, "__init__", counting_init)

    def _gone(self) -> None:
        self.alive -= 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_holds_few_findings_at_once(fmt: str, big: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alive = _Alive(monkeypatch)
    report = build_report(big, stream=True)
    assert isinstance(report.findings, FindingSource)
    total = len(report.findings)
    assert total >= 2500 and alive.made == 0  # counted in SQL, nothing read yet
    out = pipeline.write_report(big, fmt=fmt, output=tmp_path / f"r.{fmt}")
    assert alive.made >= total  # every finding was written …
    assert alive.most <= 50, f"{alive.most} of {total} findings alive at once"  # … a handful at a time
    assert out.stat().st_size > 1_000 * total // 10


def test_findings_can_be_read_again_and_used_as_a_sequence(reaudited: Store) -> None:
    findings = build_report(reaudited, stream=True).findings
    assert isinstance(findings, FindingSource)
    first = list(findings)
    assert list(findings) == first and len(findings) == len(first)
    assert findings == tuple(first) and findings[0] == first[0] and findings[-1] == first[-1]
    assert findings[1:3] == tuple(first[1:3])
    with pytest.raises(IndexError):
        findings[len(first)]
    assert [f.score for f in first] == sorted((f.score for f in first), reverse=True)


def test_by_default_the_findings_are_a_snapshot_and_streamed_ones_a_view(tmp_path: Path) -> None:
    with _audited(tmp_path, 3) as store:
        snapshot, view = build_report(store), build_report(store, stream=True)
        assert isinstance(snapshot.findings, tuple) and snapshot.findings == view.findings
        store.decide(snapshot.findings[0].id, "confirm")
        assert snapshot.findings[0].decision is None  # what the report held when built
        assert view.findings[0].decision == "confirm"  # read again: the database as it is now


def test_an_error_midway_leaves_the_previous_report_and_no_temporary_file(
    big: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "reports"
    output = pipeline.write_report(big, fmt="html", output=folder / "report.html")
    previous = output.read_bytes()
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    seen: list[int] = []
    original = HtmlRenderer._card

    def failing_card(self: HtmlRenderer, finding: ReportFinding, translate: Any) -> dict[str, Any]:
        seen.append(1)
        if len(seen) == 1000:
            # Halfway: part of the new page is already on disk, in a private temporary file.
            (partial,) = [p for p in folder.iterdir() if p != output]
            assert partial.name.startswith(".report.html.") and partial.stat().st_size > 0
            assert stat.S_IMODE(partial.stat().st_mode) == 0o600
            raise RuntimeError("the disk caught fire")
        return original(self, finding, translate)

    monkeypatch.setattr(HtmlRenderer, "_card", failing_card)
    with pytest.raises(RuntimeError, match="caught fire"):
        pipeline.write_report(big, fmt="html", output=output)
    assert output.read_bytes() == previous
    assert sorted(p.name for p in folder.iterdir()) == ["report.html"]


def test_a_write_failure_is_one_line_and_leaves_the_previous_report(
    reaudited: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = pipeline.write_report(reaudited, fmt="json", output=tmp_path / "r.json")
    previous = output.read_bytes()

    def full_disk(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("footprint.reports.json_report.JsonRenderer.render", full_disk)
    with pytest.raises(FootprintError, match="No space left on device"):
        pipeline.write_report(reaudited, fmt="json", output=output)
    assert output.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("severity", [Severity.INFO, Severity.MEDIUM])
def test_streamed_output_equals_the_materialised_report(reaudited: Store, severity: Severity) -> None:
    report = _fixed(build_report(reaudited, min_severity=severity, stream=True))
    materialised = replace(report, findings=tuple(report.findings))
    assert isinstance(report.findings, FindingSource) and isinstance(materialised.findings, tuple) and materialised.findings
    assert build_report(reaudited, min_severity=severity).findings == materialised.findings  # the snapshot: same findings
    for fmt in FORMATS:
        assert _render(report, fmt) == _render(materialised, fmt), fmt
    assert _render(report, "html", "fr") == _render(materialised, "html", "fr")
    # The JSON document is the one a single dump of the whole report gives.
    whole = orjson.dumps(report_to_dict(materialised), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"
    assert _render(report, "json") == whole


def test_json_report_with_no_findings_is_the_same_document(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store:
        report = _fixed(build_report(store, stream=True))
        assert not report.findings and report.findings == ()
        whole = orjson.dumps(report_to_dict(report), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"
        assert _render(report, "json") == whole
        assert "Nothing was flagged" in _render(report, "html")


@pytest.mark.parametrize("severity", [Severity.INFO, Severity.LOW, Severity.HIGH])
def test_sql_summaries_match_the_findings_they_summarise(reaudited: Store, severity: Severity) -> None:
    """The counts computed in SQL agree with counting the materialised findings (the former way)."""
    report = build_report(reaudited, min_severity=severity, stream=True)
    everything = tuple(report.findings)
    flagged = [f for f in everything if f.severity != "info"]
    s, a = report.summary, report.audit
    assert s["findings_total"] == len(flagged) and s["advice_total"] == len(everything) - len(flagged)
    assert s["findings_by_category"] == dict(sorted(Counter(f.category for f in flagged).items()))
    assert s["findings_by_severity"] == dict(sorted(Counter(f.severity for f in flagged).items()))
    assert s["unreviewed"] == sum(1 for f in flagged if f.decision is None)
    assert a["priority"] == sum(1 for f in flagged if f.priority)
    assert a["already_decided"] == sum(1 for f in flagged if f.decision is not None)
    assert a["new_since_last"] == sum(1 for f in flagged if f.new)
    assert a["rose_above_threshold"] == sum(
        1 for f in flagged if f.previous_score is not None and f.previous_score < REVIEW_THRESHOLD <= f.score
    )
    years = Counter(int(f.item["created_at"][:4]) for f in flagged if f.item.get("created_at") and f.item["kind"] != "profile")
    assert report.by_year == tuple(sorted(years.items()))
    assert report.categories == tuple(dict.fromkeys(f.category for f in everything))
    if severity == Severity.INFO:
        # The fixture exercises every count.
        assert a["new_since_last"] and a["rose_above_threshold"] and a["already_decided"] and s["advice_total"]
        assert len(report.by_year) > 5 and len(report.categories) > 1
        assert any(f.item["kind"] == "profile" for f in everything)


def test_html_groups_come_from_sql_selections(reaudited: Store) -> None:
    report = build_report(reaudited, stream=True)
    html = _render(report, "html")
    for category, count in report.summary["findings_by_category"].items():
        assert f'<h3 id="title-{category}">' in html
        assert html.split(f'<h3 id="title-{category}">', 1)[1].split("</h3>", 1)[0].endswith(f'<span class="count">({count})</span>')
    assert html.count('<li class="finding') == len(report.findings)


def test_the_report_file_is_private(reaudited: Store, tmp_path: Path) -> None:
    for fmt in FORMATS:
        out = pipeline.write_report(reaudited, fmt=fmt, output=tmp_path / "sub" / f"r.{fmt}")
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == sorted(f"r.{fmt}" for fmt in FORMATS)


def test_a_profile_picture_finding_is_about_the_profile() -> None:
    """An avatar's finding shows the profile (no text), not the post read before it."""
    from types import SimpleNamespace

    from footprint.reports.context import _RowReader
    from footprint.rules import rule_registry

    registry = rule_registry()
    from footprint.store import PictureShown

    shown = {("profile", 7, "avatar"): PictureShown("data:image/jpeg;base64,AA", None)}
    reader = _RowReader({code: registry.get(code) for code in registry}, shown, new_scan_id=2)
    row = SimpleNamespace(
        id="f1", rule="SYM101", category="gc_symbols", severity=int(Severity.MEDIUM), confidence=3, score=3.45,
        message="The picture shows an official Government of Canada symbol.", subject_kind="profile", platform="x",
        native_id="900000001", account_id=7, item_id=None, first_scan_id=2, previous_score=None,
        evidence=orjson.dumps([{"field": "media", "start": 0, "end": 0, "text": "Canada wordmark"},
                               {"field": "media_ref", "start": 0, "end": 0, "text": "avatar"}]),
        weighting=b"{}", item_kind=None, item_text=None, item_url=None, item_created_at=None, item_deleted=None,
        account_native_id="900000001", handle="pat", display_name="Pat", bio="", email=None, website=None,
        location=None, account_url="https://x.com/pat", account_created_at=datetime(2012, 5, 1, tzinfo=UTC),
        decision=None, decision_note=None,
    )
    finding = reader.finding(row)
    assert finding.field == "avatar" and finding.segments == ()
    assert finding.picture == {"what": "Canada wordmark", "ref": "avatar", "thumbnail": "data:image/jpeg;base64,AA", "text": None}
    assert finding.item == {
        "platform": "x", "native_id": "900000001", "kind": "profile", "url": "https://x.com/pat",
        "created_at": "2012-05-01T00:00:00Z", "text": "", "field": "avatar", "handle": "pat", "deleted": False,
    }
    assert finding.new and finding.rule_name == registry.get("SYM101").name
