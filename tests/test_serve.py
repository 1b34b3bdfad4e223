"""`footprint serve` without a browser: the command (loopback socket, one private link, Ctrl-C),
every check a request goes through, decisions as `footprint decide` writes them, and the
filters against the report's own findings. The browser side is tests/reports/test_serve_browser.py."""

from __future__ import annotations

import http.client
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from footprint import pipeline
from footprint.cli import main
from footprint.errors import FootprintError
from footprint.records import Severity
from footprint.reports import build_report
from footprint.reports.context import ReviewFilter, review_source
from footprint.serve import CSP, MAX_BODY, Request, Response, ReviewApp, ReviewServer
from footprint.store import Store
from tests.conftest import EXAMPLE, REPO

LINK = re.compile(r"http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]+)")


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("serve") / "example.db"
    result = CliRunner().invoke(
        main,
        ["audit", str(EXAMPLE / "x-archive"), "--profile", str(EXAMPLE / "role.toml"), "--db", str(db),
         "-o", str(db.with_suffix(".json")), "--format", "json", "--exit-zero", "--quiet"],
    )
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture()
def example(audited: Path, tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "example.db"
    shutil.copyfile(audited, copy)
    with Store(copy) as store:
        yield store


@pytest.fixture()
def app(example: Store) -> ReviewApp:
    return ReviewApp(example, port=8123, language="en")


def _session(app: ReviewApp) -> str:
    response = app.respond(_get(app, "/", {"token": app.token}, cookie=None))
    assert response.status == 303
    return dict(response.headers)["Set-Cookie"].split(";")[0]


def _get(app: ReviewApp, path: str, query: Mapping[str, str] | None = None, *, cookie: str | None = "",
         headers: Mapping[str, str] | None = None) -> Request:
    sent = {"host": f"127.0.0.1:{app.port}"}
    if cookie:
        sent["cookie"] = cookie
    sent.update(headers or {})
    return Request("GET", path, dict(query or {}), sent)


def _post(app: ReviewApp, form: Mapping[str, str], *, cookie: str, csrf: str | None = None,
          headers: Mapping[str, str] | None = None) -> Request:
    sent = {
        "host": f"127.0.0.1:{app.port}",
        "origin": f"http://127.0.0.1:{app.port}",
        "cookie": cookie,
        "content-type": "application/x-www-form-urlencoded",
        "accept": "application/json",
        "x-csrf-token": app.csrf if csrf is None else csrf,
    }
    sent.update(headers or {})
    return Request("POST", "/decide", {}, {k: v for k, v in sent.items() if v is not None}, urlencode(form).encode())


def _flagged(store: Store) -> list[object]:
    return list(build_report(store, min_severity=Severity.LOW).findings)


def _stored(store: Store) -> dict[str, tuple[str, str | None]]:
    return {row.finding_id: (row.decision, row.note) for row in store.decisions()}


# ------------------------------------------------------------------------------ the command


def _interruptible() -> None:
    # As if started from a terminal's foreground: a test run launched in the background (`cmd &`,
    # nohup, some CI runners) ignores SIGINT, the child inherits that, and Python then leaves
    # Ctrl-C ignored, so the server could never be stopped the way the test stops it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(db: Path, *extra: str) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "footprint", "serve", "--db", str(db), "--no-browser", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, preexec_fn=_interruptible,
    )
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 60)
    if not ready:
        process.kill()
        pytest.fail("footprint serve printed no link within 60 s")
    line = process.stdout.readline()
    found = LINK.search(line)
    assert found, line
    return process, found.group(1), found.group(2)


def _listening(port: str) -> list[str]:
    shown = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=True).stdout
    return [fields[3] for fields in (line.split() for line in shown.splitlines()) if fields[3].endswith(f":{port}")]


@pytest.mark.skipif(shutil.which("ss") is None, reason="ss (iproute2) is not installed")
def test_serve_listens_on_loopback_only_prints_one_link_and_stops_on_ctrl_c(audited: Path, tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    shutil.copyfile(audited, db)
    process, port, token = _start(db)
    try:
        assert _listening(port) == [f"127.0.0.1:{port}"]
        connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
        connection.request("GET", f"/?token={token}")
        answer = connection.getresponse()
        answer.read()
        assert answer.status == 303
        cookie = answer.getheader("Set-Cookie").split(";")[0]
        connection.request("GET", "/", headers={"Cookie": cookie})
        page = connection.getresponse()
        assert page.status == 200 and b"Items to review" in page.read()
        connection.close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out == ""  # the link was the only line on standard output
    assert "Stopped. Every decision was saved" in err
    assert token not in err
    assert _listening(port) == []
    # A fresh token each start.
    again, _, second = _start(db)
    try:
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=30)
    finally:
        if again.poll() is None:
            again.kill()
            again.communicate()
    assert again.returncode == 0
    assert second != token


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db"), "--no-browser"])
    assert result.exit_code == 2
    assert "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_a_port_in_use_is_one_line(example: Store) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(FootprintError, match="is in use"):
            ReviewServer(example, port=taken.getsockname()[1])


# --------------------------------------------------------------------------------- the checks


def test_the_link_sets_a_private_cookie_and_leaves_the_address_bar(app: ReviewApp) -> None:
    response = app.respond(_get(app, "/", {"token": app.token, "lang": "fr"}, cookie=None))
    headers = dict(response.headers)
    assert response.status == 303
    assert headers["Location"] == "/?lang=fr"
    cookie = headers["Set-Cookie"]
    assert cookie.startswith(f"footprint_session_{app.port}=")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert app.token not in cookie  # the cookie is its own secret
    assert app.respond(_get(app, "/", cookie=cookie.split(";")[0])).status == 200


@pytest.mark.parametrize(
    "path", ["/", "/results", "/static/serve.js", "/static/report.css", "/nowhere"]
)
def test_without_the_link_or_its_cookie_everything_is_refused(app: ReviewApp, path: str) -> None:
    assert app.respond(_get(app, path, cookie=None)).status == 401
    assert app.respond(_get(app, path, cookie=f"{app.cookie}=guess")).status == 403
    assert app.respond(_get(app, path, {"token": "guess"}, cookie=None)).status == 403
    # Another server's cookie (another port) does not open this one.
    other = ReviewApp(app.store, port=app.port + 1)
    assert app.respond(_get(app, path, cookie=_session(other).replace(other.cookie, app.cookie))).status == 403


@pytest.mark.parametrize(
    "host", ["", "evil.example:8123", "evil.example", "127.0.0.1", "127.0.0.1:8124", "[::1]:8123", "0.0.0.0:8123"]
)
def test_a_host_that_is_not_this_server_is_refused_even_with_the_token(app: ReviewApp, host: str) -> None:
    request = _get(app, "/", {"token": app.token}, cookie=None, headers={"host": host})
    response = app.respond(request)
    assert response.status == 403
    assert b"only at 127.0.0.1" in response.body
    assert "Set-Cookie" not in dict(response.headers)


def test_localhost_is_this_server_too(app: ReviewApp) -> None:
    response = app.respond(_get(app, "/", {"token": app.token}, cookie=None, headers={"host": f"localhost:{app.port}"}))
    assert response.status == 303


@pytest.mark.parametrize(
    "origin", ["http://evil.example", "http://127.0.0.1:8124", "https://127.0.0.1:8123", "null"]
)
def test_a_request_from_another_origin_is_refused(app: ReviewApp, origin: str) -> None:
    cookie = _session(app)
    finding = _flagged(app.store)[0]
    assert app.respond(_get(app, "/", cookie=cookie, headers={"origin": origin})).status == 403
    post = _post(app, {"id": finding.id, "decision": "dismiss"}, cookie=cookie, headers={"origin": origin})
    assert app.respond(post).status == 403
    assert _stored(app.store) == {}


def test_a_write_needs_the_pages_csrf_token_and_its_origin(app: ReviewApp) -> None:
    cookie = _session(app)
    finding = _flagged(app.store)[0]
    form = {"id": finding.id, "decision": "confirm"}
    assert app.respond(_post(app, form, cookie=cookie, csrf="")).status == 403
    assert app.respond(_post(app, form, cookie=cookie, csrf="x" * 43)).status == 403
    # No Origin header and no Sec-Fetch-Site saying same-origin: not from the page.
    assert app.respond(_post(app, form, cookie=cookie, headers={"origin": None})).status == 403  # type: ignore[dict-item]
    same = {"origin": None, "sec-fetch-site": "same-origin"}
    assert app.respond(_post(app, form, cookie=cookie, headers=same)).status == 200  # type: ignore[arg-type]
    # The token in the form (a page without script) is as good as the header.
    form_only = _post(app, {**form, "csrf": app.csrf, "decision": "dismiss"}, cookie=cookie, csrf="")
    assert app.respond(form_only).status == 200
    assert _stored(app.store) == {finding.id: ("dismiss", None)}
    assert app.respond(_post(app, form, cookie=cookie, headers={"content-type": "text/plain"})).status == 415


def test_other_methods_are_refused(app: ReviewApp) -> None:
    cookie = _session(app)
    for method in ("PUT", "DELETE", "PATCH", "OPTIONS"):
        response = app.respond(Request(method, "/decide", {}, {"host": f"127.0.0.1:{app.port}", "cookie": cookie}))
        assert response.status == 405


# ---------------------------------------------------------------------------------- decisions


def test_decisions_are_written_as_footprint_decide_writes_them(app: ReviewApp, tmp_path: Path) -> None:
    cookie = _session(app)
    first, second, third = _flagged(app.store)[:3]
    note = "Écrit avant mon entrée en fonction 🙂 <script>alert(1)</script>"
    for finding, decision, extra in (
        (first, "confirm", {}), (second, "dismiss", {}), (third, "accept", {"note": f"  {note}\n"}),
    ):
        response = app.respond(_post(app, {"id": finding.id, "decision": decision, **extra}, cookie=cookie))
        assert response.status == 200, response.body
        answer = json.loads(response.body)
        assert answer["id"] == finding.id and answer["decision"] == decision
        assert f'data-decision="{decision}"' in answer["card"]
        assert answer["left"].startswith("Left to review: ")
    assert _stored(app.store) == {first.id: ("confirm", None), second.id: ("dismiss", None), third.id: ("accept", note)}
    card = json.loads(app.respond(_post(app, {"id": third.id, "decision": "accept", "note": note}, cookie=cookie)).body)["card"]
    assert "<script>alert(1)</script>" not in card and "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    # The same table `footprint decide` writes: the command replaces the page's decision.
    result = CliRunner().invoke(main, ["decide", first.id[:10], "dismiss", "--db", app.store.path, "--quiet"])
    assert result.exit_code == 0, result.output
    assert _stored(app.store)[first.id] == ("dismiss", None)
    # Undo: not yet decided again.
    answer = json.loads(app.respond(_post(app, {"id": second.id, "decision": "undo"}, cookie=cookie)).body)
    assert answer["decision"] is None and 'data-decision="undecided"' in answer["card"]
    assert second.id not in _stored(app.store)
    # Kept through a re-scan and shown by the JSON report.
    pipeline.scan(app.store, full=True)
    out = pipeline.write_report(app.store, fmt="json", output=tmp_path / "after.json")
    by_id = {f["id"]: f for f in json.loads(out.read_text(encoding="utf-8"))["findings"]}
    assert by_id[third.id]["decision"] == "accept" and by_id[third.id]["decision_note"] == note


@pytest.mark.parametrize(
    ("form", "status", "said"),
    [
        ({"decision": "accept", "note": "   "}, 400, "Accepting needs a note"),
        ({"decision": "accept", "note": "x" * 2001}, 400, "too long"),
        ({"decision": "delete"}, 400, "Unknown decision"),
        ({"decision": "confirm", "id": "deadbeef" * 4}, 400, "no current finding"),
        ({"decision": "confirm", "id": "abc"}, 400, "too short"),
        ({"decision": "confirm", "id": "' OR 1=1 --"}, 400, "not a finding id"),
    ],
)
def test_a_bad_decision_changes_nothing(app: ReviewApp, form: dict[str, str], status: int, said: str) -> None:
    cookie = _session(app)
    finding = _flagged(app.store)[0]
    response = app.respond(_post(app, {"id": finding.id, **form}, cookie=cookie))
    assert response.status == status
    assert said in response.body.decode()
    assert _stored(app.store) == {}


def test_an_unreadable_form_is_refused(app: ReviewApp) -> None:
    cookie = _session(app)
    request = _post(app, {}, cookie=cookie)
    for body in (b"\xff\xfe\x00", b"&".join(b"a=%d" % n for n in range(200))):
        hostile = Request(request.method, request.path, {}, request.headers, body)
        assert app.respond(hostile).status == 400
    assert _stored(app.store) == {}


def test_the_answer_is_in_the_pages_language(app: ReviewApp) -> None:
    cookie = _session(app)
    finding = _flagged(app.store)[0]
    answer = json.loads(app.respond(_post(app, {"id": finding.id, "decision": "dismiss", "lang": "fr"}, cookie=cookie)).body)
    assert answer["message"].startswith("Écarté")
    assert "Reste à examiner" in answer["left"]
    assert 'lang="fr"' not in answer["card"]  # a card, not a page
    assert "écarter" in answer["card"]


# ------------------------------------------------------------------------- pages and filters


def _page(app: ReviewApp, query: Mapping[str, str], cookie: str) -> Response:
    response = app.respond(_get(app, "/", query, cookie=cookie))
    assert response.status == 200
    return response


def test_every_answer_carries_the_strict_policy(example: Store) -> None:
    with ReviewServer(example) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        for path in ("/", f"/?token={server.app.token}", "/static/serve.js"):
            connection.request("GET", path)
            answer = connection.getresponse()
            answer.read()
            assert answer.getheader("Content-Security-Policy") == CSP
            assert answer.getheader("X-Content-Type-Options") == "nosniff"
            assert answer.getheader("Cache-Control") == "no-store"
            assert answer.getheader("X-Frame-Options") == "DENY"
        connection.close()
    assert "'unsafe-inline'" not in CSP and "http" not in CSP


def test_the_page_shows_the_items_not_yet_decided_in_english_and_french(app: ReviewApp) -> None:
    cookie = _session(app)
    flagged = _flagged(app.store)
    html = _page(app, {}, cookie).body.decode()
    assert f"Left to review: {len(flagged)} of {len(flagged)}" in html
    assert html.count('class="finding ') == min(len(flagged), 50)
    assert f'content="{app.csrf}"' in html
    french = _page(app, {"lang": "fr"}, cookie).body.decode()
    assert '<html lang="fr">' in french and "Éléments à examiner" in french
    assert "Items to review" not in french and "Left to review" not in french


def test_unknown_filter_values_are_dropped_not_reflected(app: ReviewApp) -> None:
    cookie = _session(app)
    hostile = {"category": '"><script>alert(1)</script>', "year": "2019' --", "page": "-3", "decision": "all",
               "lang": "de"}
    html = _page(app, hostile, cookie).body.decode()
    assert "<script>alert" not in html and "2019'" not in html
    assert '<html lang="en">' in html
    # Every item to review is listed when the filters say nothing usable.
    assert f"of {len(_flagged(app.store))}." in html


@pytest.mark.parametrize(
    "narrowing",
    [
        ReviewFilter(category="political_activity"),
        ReviewFilter(platform="x"),
        ReviewFilter(severity="high"),
        ReviewFilter(severity="low"),
        ReviewFilter(year="2019"),
        ReviewFilter(priority="priority"),
        ReviewFilter(decision="undecided", priority="priority"),
    ],
)
def test_filters_select_what_the_report_would_show(example: Store, narrowing: ReviewFilter) -> None:
    findings = _flagged(example)
    expected = [
        f.id for f in findings
        if (not narrowing.category or f.category == narrowing.category)
        and (not narrowing.platform or f.item["platform"] == narrowing.platform)
        and (not narrowing.severity or f.severity == narrowing.severity)
        and (not narrowing.year or (f.item.get("created_at") or "").startswith(narrowing.year))
        and (not narrowing.priority or f.priority)
    ]
    source = review_source(example).narrow(narrowing)
    assert [f.id for f in source.page(0, 10_000)] == expected
    assert len(source) == len(expected)


def test_the_decision_filter_and_paging(app: ReviewApp) -> None:
    cookie = _session(app)
    findings = _flagged(app.store)
    app.store.decide(findings[0].id, "confirm")
    app.store.decide(findings[1].id, "accept", "ok")
    source = review_source(app.store)
    assert [f.id for f in source.narrow(ReviewFilter(decision="decided")).page(0, 99)] == [findings[0].id, findings[1].id]
    assert [f.id for f in source.narrow(ReviewFilter(decision="accept")).page(0, 99)] == [findings[1].id]
    assert len(source.narrow(ReviewFilter(decision="undecided"))) == len(findings) - 2
    second = source.narrow(ReviewFilter()).page(2, 2)
    assert [f.id for f in second] == [f.id for f in findings[2:4]]
    answer = json.loads(app.respond(_get(app, "/results", {"decision": "decided"}, cookie=cookie)).body)
    assert answer["html"].count('class="finding ') == 2
    assert answer["url"].startswith("/?") and "decision=decided" in answer["url"]
    assert answer["shown"] == "Showing items 1 to 2 of 2."


def test_a_reaudit_opens_on_what_it_brought(example: Store, tmp_path: Path) -> None:
    cookie_app = ReviewApp(example, port=8123)
    cookie = _session(cookie_app)
    first_view = _page(cookie_app, {}, cookie).body.decode()
    assert 'class="reaudit"' not in first_view  # a first audit has nothing to compare with
    # Weighed for a junior role, then for the example's (a promotion in view): some items rise.
    junior = tmp_path / "junior.toml"
    junior.write_text('organization = "ESDC"\nclassification = "CR-04"\npublic_facing = false\n')
    from footprint.role import RoleProfile

    pipeline.scan(example, role=RoleProfile.load(junior))
    pipeline.scan(example, role=RoleProfile.load(EXAMPLE / "role.toml"))
    from footprint.reports.context import findings_that_rose

    rose = [f.id for f in findings_that_rose(example)]
    assert rose
    html = _page(cookie_app, {}, cookie).body.decode()
    assert 'class="reaudit"' in html
    shown = re.findall(r'<li class="finding [^"]*" id="f-([0-9a-f]+)"', html)
    assert sorted(shown) == sorted(rose)
    assert '<option value="last" selected>' in html


# ------------------------------------------------------------------------------ the socket


def test_nothing_is_logged_and_oversized_bodies_are_refused(example: Store, capfd: pytest.CaptureFixture[str]) -> None:
    with ReviewServer(example) as server:
        assert server._httpd.socket.getsockname()[0] == "127.0.0.1"
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("GET", f"/?token={server.app.token}")
        connection.getresponse().read()
        connection.request("POST", "/decide", body=b"x" * (MAX_BODY + 1),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
        answer = connection.getresponse()
        assert answer.status == 413
        connection.close()
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
            raw.sendall(b"GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\n\r\n")
            assert _read_all(raw).startswith(b"HTTP/1.1 400")
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
            # Not HTTP at all (a TLS hello): http.server answers such a request without headers.
            raw.sendall(b"\x16\x03\x01 not http at all\r\n\r\n")
            assert _read_all(raw) == b"Bad request.\n"
    out, err = capfd.readouterr()
    assert server.app.token not in out + err
    assert "GET /" not in out + err and "POST /" not in out + err


def _read_all(raw: socket.socket) -> bytes:
    """Everything the server sends before it closes the connection."""
    received = b""
    while chunk := raw.recv(4096):
        received += chunk
    return received


def test_stopping_waits_for_a_write_in_progress(example: Store) -> None:
    server = ReviewServer(example).start()
    with server.app.lock:
        started = time.perf_counter()
        # stop() must wait for the lock (a decision being written) before it returns.
        import threading

        stopper = threading.Thread(target=server.stop)
        stopper.start()
        time.sleep(0.3)
        assert stopper.is_alive()
    stopper.join(10)
    assert not stopper.is_alive() and time.perf_counter() - started >= 0.3
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=2)


def test_no_environment_leaks_into_the_page(app: ReviewApp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOOTPRINT_MASTODON_TOKEN", "secret-mastodon-token")
    cookie = _session(app)
    html = _page(app, {}, cookie).body.decode()
    assert "secret-mastodon-token" not in html
    assert os.environ["FOOTPRINT_MASTODON_TOKEN"] not in json.dumps(dict(app.respond(_get(app, "/results", cookie=cookie)).headers))


def test_the_browser_opens_a_private_redirect_file_not_the_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from footprint import serve

    opened: list[str] = []
    monkeypatch.setattr(serve.webbrowser, "open", lambda uri: opened.append(uri) or True)
    monkeypatch.setenv("DISPLAY", ":0")
    link = "http://127.0.0.1:8123/?token=abc&x=\"<y>"
    folder = serve.open_in_browser(link)
    assert folder is not None
    try:
        (uri,) = opened
        assert "token" not in uri and uri.startswith("file://")
        page = folder / "open.html"
        assert folder.stat().st_mode & 0o777 == 0o700 and page.stat().st_mode & 0o777 == 0o600
        text = page.read_text(encoding="utf-8")
        assert "url=http://127.0.0.1:8123/?token=abc&amp;x=&quot;&lt;y&gt;" in text
    finally:
        shutil.rmtree(folder)
    # No display on Linux: no text browser taking over the terminal.
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(serve.sys, "platform", "linux")
    assert serve.open_in_browser(link) is None and len(opened) == 1
