"""The HTML report: self-contained, escaped, evidence marked from segments only."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

from footprint import pipeline
from footprint.reports.context import ReportData, ReportFinding, safe_url, segments
from footprint.reports.html_report import HtmlRenderer, script_hash
from footprint.store import Store
from tests.factories import tweet, write_x_archive

HOSTILE = '<script>alert("x")</script> Vote NDP! <img src=x onerror=alert(1)> #TeamJagmeet'


def _finding(**changes: object) -> ReportFinding:
    base = dict(
        id="abc123", rule="POL001", rule_name="partisan-hashtag", rule_summary="Partisan campaign hashtag or slogan.",
        category="political_activity", severity="high", confidence="medium", score=4.5,
        message="Uses a partisan hashtag.", field="text", evidence=({"field": "text", "start": 0, "end": 3, "text": "<sc"},),
        segments=(("<script>", True), (" tail & more", False)), decision=None, decision_note=None,
        item={"platform": "x", "native_id": "1", "kind": "post", "url": "javascript:alert(1)", "created_at": "2020-01-01T00:00:00Z",
              "text": "<script>", "field": "text", "handle": "pat", "deleted": False},
        guidance={"title": "Key considerations", "section": "Political activities", "url": "https://www.canada.ca/"},
        action="Delete it.", consult=("your manager",), weighting={"severity": 6.0}, new=True,
    )
    base.update(changes)
    return ReportFinding(**base)  # type: ignore[arg-type]


def _report(*findings: ReportFinding) -> ReportData:
    return ReportData(
        generated_at=datetime(2026, 1, 1, tzinfo=UTC), tool_version="test",
        summary={"items_by_platform": {"x": 1}, "reactions_by_platform": {}, "profiles_by_platform": {"x": 1},
                 "findings_total": len(findings), "advice_total": 0, "unreviewed": len(findings),
                 "findings_by_category": {"political_activity": len(findings)}, "findings_by_severity": {},
                 "items_scanned": 1, "last_scan_at": None, "skipped_total": 1},
        findings=findings, skipped=({"source": "<b>evil.js</b>", "reason": "not audited", "detail": None, "import": "a"},),
        rule_errors=(), rules_used=("POL001",), role_profile=None,
        audit={"review_threshold": 4.0, "priority": 1, "already_decided": 0, "first_audit": True,
               "previous_scan_at": None, "previous_role_profile": None, "new_since_last": 1, "rose_above_threshold": 0},
        by_year=((2020, 1),),
    )


def render(report: ReportData) -> str:
    out = StringIO()
    HtmlRenderer().render(report, out)
    return out.getvalue()


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_post_text_is_escaped_and_evidence_marked() -> None:
    html = render(_report(_finding()))
    body = html.split("</style>", 1)[1]
    assert body.count("<script>") == 1  # only the page's own filter script
    assert "<mark>&lt;script&gt;</mark> tail &amp; more" in html
    assert "&lt;b&gt;evil.js&lt;/b&gt;" in html


def test_page_is_self_contained_with_a_strict_csp() -> None:
    html = render(_report(_finding()))
    parser = _Collector()
    parser.feed(html)
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp
    assert not [t for t, a in parser.tags if t in ("link", "img", "iframe")]
    scripts = [a for t, a in parser.tags if t == "script"]
    assert scripts == [{}]  # one inline script, allowed only by its hash
    inline = html.split("<script>", 1)[1].split("</script>", 1)[0]
    assert f"script-src '{script_hash(inline)}'" in csp  # the browser will run it, and nothing else
    # Links to guidance pages are fine; nothing is *loaded* from anywhere.
    assert not re.search(r"\bsrc\s*=", html)


def test_javascript_links_never_reach_the_page() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("https://x.com/pat/status/1") == "https://x.com/pat/status/1"


def test_long_posts_are_cut_around_the_evidence() -> None:
    text = "a" * 100_000 + " Vote NDP " + "b" * 100_000
    parts = segments(text, [(100_001, 100_009)])
    joined = "".join(part for part, _ in parts)
    assert len(joined) < 2_000
    assert [part for part, is_match in parts if is_match] == ["Vote NDP"]
    assert joined.startswith("… ") and joined.endswith(" …")


def test_script_in_a_real_post_is_escaped_end_to_end(tmp_path: Path, store: Store) -> None:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", [tweet("1", HOSTILE)], display_name='<b onmouseover="x">Pat</b>')])
    pipeline.scan(store)
    out = pipeline.write_report(store, fmt="html", output=tmp_path / "r.html")
    html = out.read_text(encoding="utf-8")
    body = html.split("</style>", 1)[1]
    assert "<script>alert" not in body and "<img" not in body and "onmouseover=\"x\"" not in body
    assert body.count("<script>") == 1
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in body
    assert "<mark>#TeamJagmeet</mark>" in body


def test_skips_recorded_by_repeated_imports_are_listed_once(tmp_path: Path, store: Store) -> None:
    from footprint.reports import build_report

    archive = write_x_archive(tmp_path / "a", [tweet("1", "hello")])
    pipeline.import_paths(store, [archive])
    pipeline.import_paths(store, [archive], force=True)
    sources = [s["source"] for s in build_report(store).skipped]
    assert sources and len(sources) == len(set(sources))
