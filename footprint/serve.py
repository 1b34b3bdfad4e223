"""`footprint serve`: the review page, served to this computer only.

The page lists the items to review with the report's own cards, filters and words, and saves
each decision at once through `Store.decide` (the path `footprint decide` takes), so decisions
outlive re-imports, re-scans and re-audits and the JSON report shows them.

It runs on the standard library's `http.server`: one person, one browser, a handful of routes
and no new dependency. Anyone on this computer can reach a loopback port, so every request is
checked, in this order:

- the socket listens on 127.0.0.1 only (never configurable);
- the Host header must name 127.0.0.1 or localhost with this port, which defeats DNS
  rebinding (a hostile site whose name resolves to 127.0.0.1 sends its own name);
- an Origin header, when sent, must be this server's own;
- the private link's token (fresh and random each start) sets a session cookie (HttpOnly,
  SameSite=Strict, named after the port); without the token or the cookie a request gets 401,
  with a wrong one 403;
- a write (POST) must also come from the page itself: its Origin (or Sec-Fetch-Site) says
  same-origin and it carries the page's CSRF token, in a header or a form field.

Every answer carries a strict Content-Security-Policy (scripts, styles and requests to this
origin only, pictures inline), refuses framing and caching, and sends no referrer. Nothing is
logged: request lines hold the token.
"""

from __future__ import annotations

import errno
import hmac
import html
import json
import math
import os
import secrets
import shutil
import signal
import socketserver
import sys
import tempfile
import threading
import webbrowser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from footprint.errors import FootprintError
from footprint.i18n import LANGUAGES, N_
from footprint.records import Severity
from footprint.store import Store

# Never another interface: the page holds the person's posts.
HOST = "127.0.0.1"
PAGE_SIZE = 50
# A decision is a few hundred bytes; a note is capped well below this.
MAX_BODY = 16 * 1024
MAX_NOTE = 2000
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    # Same-origin: a form post then carries its Origin (no-referrer makes it "null"); other sites get nothing.
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
)
STATIC = {
    "report.css": "text/css; charset=utf-8",
    "serve.css": "text/css; charset=utf-8",
    "serve.js": "text/javascript; charset=utf-8",
}
FILTER_KEYS = ("category", "platform", "severity", "year", "priority", "decision", "since")
DECISION_VALUES = ("undecided", "decided", "confirm", "dismiss", "accept")
ACTIONS = ("confirm", "dismiss", "accept", "undo")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
# Said after a decision (announced to screen readers, with what is left to review).
DONE = {
    "confirm": N_("Confirmed."),
    "dismiss": N_("Dismissed as a false positive."),
    "accept": N_("Accepted, with your note."),
    "undo": N_("Decision taken back: the item is not yet decided."),
}
NEED_NOTE = N_("Accepting needs a note saying why the item is acceptable.")
NOTE_TOO_LONG = N_("The note is too long (2,000 characters at most).")
# Plain-text refusals, in both languages: they reach whoever asked, page or not.
NO_LINK = (
    "This page needs the private link that `footprint serve` printed in your terminal.\n"
    "Cette page demande le lien privé que `footprint serve` a affiché dans votre terminal.\n"
)
WRONG_LINK = (
    "This link is not (or no longer) valid: use the one `footprint serve` printed this time.\n"
    "Ce lien n'est pas (ou plus) valide : utilisez celui que `footprint serve` vient d'afficher.\n"
)
WRONG_HOST = (
    "Refused: this server answers only at 127.0.0.1 on its own port.\n"
    "Refusé : ce serveur ne répond qu'à 127.0.0.1, sur son propre port.\n"
)
CROSS_ORIGIN = (
    "Refused: the request came from another site.\n"
    "Refusé : la demande vient d'un autre site.\n"
)
NOT_FROM_PAGE = (
    "Refused: a change must come from the review page itself.\n"
    "Refusé : une modification doit venir de la page d'examen elle-même.\n"
)


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    # The first value of each query parameter.
    query: Mapping[str, str]
    # Header names in lower case.
    headers: Mapping[str, str]
    body: bytes = b""


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


def _plain(status: int, text: str) -> Response:
    return Response(status, text.encode("utf-8"))


def _json(status: int, value: Mapping[str, Any]) -> Response:
    return Response(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode("utf-8"))


def _first_values(text: str, *, limit: int = 50) -> dict[str, str]:
    """The first value of each parameter; ValueError past `limit` fields or on bad encoding."""
    return {key: values[0] for key, values in parse_qs(text, keep_blank_values=True, max_num_fields=limit,
                                                        strict_parsing=False, errors="strict").items()}


def _cookies(header: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name and name not in found:
            found[name] = value
    return found


class ReviewApp:
    """The routes, free of sockets (`ReviewServer` feeds it requests): the page, one page of
    cards as JSON, the static files, and decisions."""

    def __init__(self, store: Store, *, port: int, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise FootprintError(f"unknown language {language!r} (choose from {', '.join(LANGUAGES)})")
        self.store = store
        self.port = port
        self.language = language
        self.token = secrets.token_urlsafe(32)
        self._session = secrets.token_urlsafe(32)
        self.csrf = secrets.token_urlsafe(32)
        # Cookies ignore ports: two servers side by side each keep their own.
        self.cookie = f"footprint_session_{port}"
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}
        # One request touches the database at a time (SQLite, one person); close() waits on it.
        self.lock = threading.Lock()
        self._renderers: dict[str, Any] = {}
        # The inline thumbnails of flagged pictures, kept while no new scan ran (only a scan
        # changes which pictures give findings): a decision then reads no picture.
        self._thumbnails: tuple[int, Mapping[Any, Any]] | None = None

    @property
    def link(self) -> str:
        return f"http://{HOST}:{self.port}/?token={self.token}"

    # ------------------------------------------------------------------ the checks

    def respond(self, request: Request) -> Response:
        refused = self._refused(request)
        if refused is not None:
            return refused
        if request.method == "GET" and "token" in request.query:
            # The link's token becomes the session cookie; the address bar loses the token.
            rest = {key: value for key, value in request.query.items() if key != "token"}
            target = request.path + (f"?{urlencode(rest)}" if rest else "")
            return Response(
                303,
                b"",
                headers=[
                    ("Location", target if target.startswith("/") and not target.startswith("//") else "/"),
                    ("Set-Cookie", f"{self.cookie}={self._session}; Path=/; HttpOnly; SameSite=Strict"),
                ],
            )
        try:
            return self._route(request)
        except FootprintError as exc:
            return _json(400, {"error": str(exc)}) if _wants_json(request) else _plain(400, f"{exc}\n")

    def _refused(self, request: Request) -> Response | None:
        headers = request.headers
        if headers.get("host", "").lower() not in self.hosts:
            return _plain(403, WRONG_HOST)
        origin = headers.get("origin")
        if origin is not None and origin.lower() not in self.origins:
            return _plain(403, CROSS_ORIGIN)
        if request.method not in ("GET", "POST"):
            return Response(405, b"", headers=[("Allow", "GET, POST")])
        token = request.query.get("token")
        if token is not None and request.method == "GET":
            return None if _same(token, self.token) else _plain(403, WRONG_LINK)
        session = _cookies(headers.get("cookie", "")).get(self.cookie)
        if session is None:
            return _plain(401, NO_LINK)
        if not _same(session, self._session):
            return _plain(403, WRONG_LINK)
        if request.method == "POST":
            same_origin = origin is not None or headers.get("sec-fetch-site") == "same-origin"
            if not same_origin:
                return _plain(403, NOT_FROM_PAGE)
        return None

    # ------------------------------------------------------------------ routes

    def _route(self, request: Request) -> Response:
        path = request.path
        if request.method == "POST":
            if path != "/decide":
                return _plain(404, "Not found.\n")
            return self._decide(request)
        if path == "/":
            return self._page(request)
        if path == "/results":
            return self._results(request)
        if path.startswith("/static/"):
            return self._static(path.removeprefix("/static/"))
        return _plain(404, "Not found.\n")

    def _static(self, name: str) -> Response:
        kind = STATIC.get(name)
        if kind is None:
            return _plain(404, "Not found.\n")
        body = files("footprint.reports").joinpath("static", name).read_bytes()
        return Response(200, body, kind)

    def _source(self) -> Any:
        """The items to review as the report reads them (call under the lock)."""
        from footprint.reports.context import review_source

        scans = self.store.count_scans()
        if self._thumbnails is None or self._thumbnails[0] != scans:
            self._thumbnails = (scans, self.store.picture_thumbnails())
        return review_source(self.store, thumbnails=self._thumbnails[1])

    def _renderer(self, language: str) -> Any:
        renderer = self._renderers.get(language)
        if renderer is None:
            from footprint.reports import RenderOptions
            from footprint.reports.html_report import HtmlRenderer

            renderer = self._renderers[language] = HtmlRenderer(RenderOptions(language=language))
        return renderer

    def _language(self, query: Mapping[str, str]) -> str:
        chosen = query.get("lang", "")
        return chosen if chosen in LANGUAGES else self.language

    # ------------------------------------------------------------------ reading

    def _view(self, query: Mapping[str, str], options: Mapping[str, Any], reopened: bool) -> tuple[Any, int, bool]:
        """The filters a request asks for (values the page does not offer are dropped), the page
        number, and whether the page opened on what the last audit brought."""
        from footprint.reports.context import ReviewFilter

        allowed = {
            "category": options["category"],
            "platform": options["platform"],
            "severity": options["severity"],
            "year": options["year"],
            "priority": ("priority", "rose"),
            "decision": DECISION_VALUES,
            "since": ("last",),
        }
        if any(key in query for key in FILTER_KEYS):
            values = {key: query.get(key, "") for key in FILTER_KEYS}
            values = {key: value if value in allowed[key] else "" for key, value in values.items()}
            opened = False
        else:
            # No filter asked: what is not yet decided, and after a re-audit what it brought first.
            values = {"decision": "undecided", "since": "last" if reopened else ""}
            opened = reopened
        page_text = query.get("page", "1")
        page = int(page_text) if page_text.isascii() and page_text.isdigit() and len(page_text) < 7 else 1
        return ReviewFilter(**values), max(1, page), opened

    def _state(self, query: Mapping[str, str]) -> dict[str, Any]:
        """Everything the page and its card list show, read in one go under the lock."""
        from footprint.reports.context import UNDECIDED, ReviewFilter

        source = self._source()
        facets = source.facets()
        options = {
            "category": sorted(facets["category"]),
            "platform": sorted(facets["platform"]),
            "severity": [s.label for s in sorted(Severity, reverse=True) if s.label in facets["severity"]],
            "year": sorted(facets["year"] - {""}, reverse=True),
        }
        last_audit = source.narrow(ReviewFilter(decision=UNDECIDED, since="last"))
        first_audit = self._first_audit()
        reopened = not first_audit and len(last_audit) > 0
        chosen, page, opened = self._view(query, options, reopened)
        narrowed = source.narrow(chosen)
        total = len(narrowed)
        pages = max(1, math.ceil(total / PAGE_SIZE))
        page = min(page, pages)
        found = narrowed.page((page - 1) * PAGE_SIZE, PAGE_SIZE)
        reaudit = None
        if not first_audit:
            reaudit = {
                "new": len(source.narrow(ReviewFilter(since="new"))),
                "rose": len(source.narrow(ReviewFilter(priority="rose"))),
                "opened": opened,
            }
        return {
            "source": source,
            "options": options,
            "chosen": chosen,
            "page": page,
            "pages": pages,
            "total": total,
            "found": found,
            "reaudit": reaudit,
            "counts": self._counts(source),
        }

    def _first_audit(self) -> bool:
        return self.store.count_scans() < 2

    @staticmethod
    def _counts(source: Any) -> dict[str, int]:
        from footprint.reports.context import UNDECIDED, ReviewFilter

        return {
            "total": len(source),
            "left": len(source.narrow(ReviewFilter(decision=UNDECIDED))),
            "priority": len(source.narrow(ReviewFilter(decision=UNDECIDED, priority="priority"))),
        }

    def _url(self, chosen: Any, language: str, page: int = 1) -> str:
        values = {key: getattr(chosen, key) for key in FILTER_KEYS}
        values["lang"] = language
        if page > 1:
            values["page"] = str(page)
        return "/?" + urlencode(values)

    def _context(self, state: dict[str, Any], language: str, *, error: tuple[str, str] | None = None) -> dict[str, Any]:
        renderer = self._renderer(language)
        translate = renderer.catalog.gettext
        chosen, page, pages, total = state["chosen"], state["page"], state["pages"], state["total"]
        back = self._url(chosen, language, page).removeprefix("/?")
        first = (page - 1) * PAGE_SIZE + 1
        last = first + len(state["found"]) - 1
        if total:
            shown = translate(N_("Showing items %(first)d to %(last)d of %(total)d.")) % {
                "first": first, "last": last, "total": total
            }
        else:
            shown = translate(N_("No item matches these filters."))
        reaudit = state["reaudit"]
        if reaudit is not None:
            reaudit = {**reaudit, "all_url": self._url(type(chosen)(decision="undecided"), language)}
        other = "fr" if language == "en" else "en"
        return {
            "lang": language,
            "cards": [renderer.card(finding) for finding in state["found"]],
            "L": renderer.labels(),
            "controls": {
                "csrf": self.csrf,
                "back": back,
                "max_note": MAX_NOTE,
                "open": error[0] if error else "",
                "error_id": error[0] if error else "",
                "error": error[1] if error else "",
                "lang": language,
            },
            "pager": {
                "page": page,
                "pages": pages,
                "first": first,
                "prev_url": self._url(chosen, language, page - 1) if page > 1 else "",
                "next_url": self._url(chosen, language, page + 1) if page < pages else "",
            },
            "options": state["options"],
            "chosen": chosen,
            "shown_text": shown,
            "left_text": self._left_text(translate, state["counts"]),
            "reaudit": reaudit,
            "switch": {"lang": other, "name": LANGUAGE_NAMES[other], "url": self._url(chosen, other, page)},
            "database": self.store.path,
            "url": self._url(chosen, language, page),
        }

    @staticmethod
    def _left_text(translate: Callable[[str], str], counts: Mapping[str, int]) -> str:
        return translate(N_("Left to review: %(left)d of %(total)d (marked priority: %(priority)d).")) % counts

    def _page(self, request: Request) -> Response:
        language = self._language(request.query)
        with self.lock:
            state = self._state(request.query)
            context = self._context(state, language)
        markup = self._renderer(language).env.get_template("serve.html").render(**context)
        return Response(200, markup.encode("utf-8"), "text/html; charset=utf-8")

    def _results(self, request: Request) -> Response:
        language = self._language(request.query)
        with self.lock:
            state = self._state(request.query)
            context = self._context(state, language)
        markup = self._renderer(language).env.get_template("_serve_results.html").render(**context)
        return _json(200, {"html": markup, "shown": context["shown_text"], "left": context["left_text"], "url": context["url"]})

    # ------------------------------------------------------------------ writing

    def _decide(self, request: Request) -> Response:
        if not request.headers.get("content-type", "").lower().startswith("application/x-www-form-urlencoded"):
            return _plain(415, "Send the review page's form.\n")
        try:
            form = _first_values(request.body.decode("utf-8"), limit=10)
        except (UnicodeDecodeError, ValueError):
            return _plain(400, "Unreadable form.\n")
        if not (_same(request.headers.get("x-csrf-token"), self.csrf) or _same(form.get("csrf"), self.csrf)):
            return _plain(403, NOT_FROM_PAGE)
        from footprint.pipeline import resolve_finding_id

        language = form.get("lang", "")
        language = language if language in LANGUAGES else self.language
        translate = self._renderer(language).catalog.gettext
        action = form.get("decision", "")
        note = form.get("note", "").strip()
        finding_id = form.get("id", "")
        wants_json = _wants_json(request)
        problem = None
        if action not in ACTIONS:
            return _plain(400, f"Unknown decision (choose from {', '.join(ACTIONS)}).\n")
        if action == "accept" and not note:
            problem = translate(NEED_NOTE)
        elif len(note) > MAX_NOTE:
            problem = translate(NOTE_TOO_LONG)
        with self.lock:
            full_id = resolve_finding_id(self.store, finding_id)
            if problem is None:
                if action == "undo":
                    self.store.undecide(full_id)
                else:
                    self.store.decide(full_id, action, note if action == "accept" else None)
            if not wants_json:
                back = _first_values(form.get("back", ""), limit=20) if form.get("back") else {}
                target = "/?" + urlencode({k: v for k, v in back.items() if k in (*FILTER_KEYS, "page", "lang")})
                if problem is not None:
                    # Without script: show the page again with the note field open and the reason.
                    query = {**back, "lang": language}
                    state = self._state(query)
                    context = self._context(state, language, error=(full_id, problem))
                    markup = self._renderer(language).env.get_template("serve.html").render(**context)
                    return Response(400, markup.encode("utf-8"), "text/html; charset=utf-8")
                return Response(303, b"", headers=[("Location", f"{target}#items")])
            if problem is not None:
                return _json(400, {"error": problem})
            source = self._source()
            finding = source.get(full_id)
            counts = self._counts(source)
        renderer = self._renderer(language)
        card = ""
        if finding is not None:
            context = {
                "c": renderer.card(finding),
                "L": renderer.labels(),
                "heading": "h3",
                "controls": {"csrf": self.csrf, "back": form.get("back", ""), "max_note": MAX_NOTE,
                             "open": "", "error_id": "", "error": "", "lang": language},
            }
            card = renderer.env.get_template("_finding.html").render(**context)
        left = self._left_text(translate, counts)
        return _json(200, {"id": full_id, "decision": None if action == "undo" else action, "card": card,
                           "left": left, "message": f"{translate(DONE[action])} {left}"})


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


# ---------------------------------------------------------------------------- the socket


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    app: ReviewApp

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host name up in DNS (getfqdn): not needed, and slow.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "footprint"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version
    protocol_version = "HTTP/1.1"
    # An idle keep-alive connection is dropped after this many seconds.
    timeout = 60
    # Headers and body leave in two writes: with Nagle's algorithm the second waits for the
    # browser's delayed ACK (~40 ms a decision).
    disable_nagle_algorithm = True

    def _handle(self) -> None:
        if not self.path.startswith("/"):
            self._send(_plain(400, "Bad request.\n"), close=True)
            return
        length_text = self.headers.get("Content-Length", "0") or "0"
        if not length_text.isdigit():
            self._send(_plain(400, "Bad request.\n"), close=True)
            return
        length = int(length_text)
        if length > MAX_BODY:
            self._send(_plain(413, "Too large.\n"), close=True)
            return
        body = self.rfile.read(length) if length else b""
        split = urlsplit(self.path)
        try:
            query = _first_values(split.query)
        except (UnicodeDecodeError, ValueError):
            self._send(_plain(400, "Bad request.\n"), close=True)
            return
        request = Request(
            method=self.command,
            path=split.path,
            query=query,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        try:
            response = self.server.app.respond(request)
        except Exception as exc:  # a bug: one line on the terminal, never the request (it holds the token)
            sys.stderr.write(f"footprint serve: internal error ({type(exc).__name__}); please report it\n")
            response = _plain(500, "Internal error.\n")
        self._send(response)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _handle

    def _send(self, response: Response, *, close: bool = False) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in (*SECURITY_HEADERS, *response.headers):
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Malformed requests: the same headers as every other answer, and no echo of the request.
        self.close_connection = True
        if not hasattr(self, "command") or not self.command:
            self.command = "GET"
        self._send(_plain(code, "Bad request.\n"), close=True)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        # Request lines carry the private token: nothing is logged.
        return


class ReviewServer:
    """The review page on 127.0.0.1: `port=0` takes a free port. `with ReviewServer(...)`
    serves in a background thread until the block ends; `serve_forever` serves in this one."""

    def __init__(self, store: Store, *, port: int = 0, language: str = "en") -> None:
        try:
            self._httpd = _Server((HOST, port), _Handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise FootprintError(f"port {port} is in use: give another --port, or leave it out to take a free one") from exc
            raise FootprintError(f"cannot listen on {HOST}:{port} ({exc.strerror or exc})") from exc
        self.port = int(self._httpd.server_address[1])
        self.app = ReviewApp(store, port=self.port, language=language)
        self._httpd.app = self.app
        self._thread: threading.Thread | None = None

    @property
    def link(self) -> str:
        return self.app.link

    def serve_forever(self) -> None:
        self._httpd.serve_forever(poll_interval=0.25)

    def start(self) -> ReviewServer:
        self._thread = threading.Thread(target=self.serve_forever, name="footprint-serve", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop answering, then wait for a decision being written to finish."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()
        with self.app.lock:
            pass

    def __enter__(self) -> ReviewServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def open_in_browser(link: str) -> Path | None:
    """Open the link in the default browser through a private redirect file, so the token never
    appears in a browser's command line (which other users of this computer can read). Returns
    the file's folder (removed when the server stops), or None when no browser was opened.

    On Linux without a display nothing is opened: Python would fall back to a text browser
    (lynx, w3m) that takes over the terminal the server runs in."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return None
    folder = Path(tempfile.mkdtemp(prefix="footprint-serve-"))  # 0700
    page = folder / "open.html"
    escaped = html.escape(link, quote=True)
    with open(page, "w", encoding="utf-8", opener=lambda path, flags: os.open(path, flags, 0o600)) as out:
        out.write(
            '<!DOCTYPE html><html lang="en"><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0;url={escaped}"><title>footprint serve</title>'
            f'<p><a href="{escaped}">Open the review page</a></p></html>'
        )
    try:
        opened = webbrowser.open(page.as_uri())
    except webbrowser.Error:
        opened = False
    if not opened:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return folder


def run(
    store: Store,
    *,
    port: int = 0,
    language: str = "en",
    open_browser: bool = True,
    say: Callable[[str], None],
    note: Callable[[str], None],
) -> None:
    """Serve until Ctrl-C (or SIGTERM): `say` prints the link (one line), `note` the rest."""
    server = ReviewServer(store, port=port, language=language)

    def stop(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    # Set before the link is printed: whoever reads the link may stop the server at once.
    previous = signal.signal(signal.SIGTERM, stop) if threading.current_thread() is threading.main_thread() else None
    folder = None
    try:
        say(f"Review page (private link): {server.link}")
        note("Anyone with this link on this computer can see your posts; it changes each time. Ctrl-C stops the server.")
        if open_browser:
            folder = open_in_browser(server.link)
            if folder is None:
                note("No browser could be opened here: open the link above in yours.")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    note("Stopped. Every decision was saved when it was made.")
