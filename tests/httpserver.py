"""A real HTTP server on 127.0.0.1 for connector tests: the SDKs talk to it over a socket,
exactly as they would talk to a platform, so nothing is patched and nothing leaves the machine.

Routes are callables taking the parsed request and returning a `Reply` (or a dict/list for
JSON, a str/bytes body), so a test can answer by cursor or max_id, send Link headers, a 429
with Retry-After, a 500 then a success, or a slow answer for a timeout test. Every request is
logged for assertions. The `server` fixture starts one per test and stops it afterwards.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list -> JSON; str -> text; bytes as is
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    delay: float = 0.0  # seconds to wait before answering (timeout tests)


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: Message
    body: bytes

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default


Handler = Callable[[Seen], "Reply | dict[str, Any] | list[Any] | str | bytes"]


def sequence(*replies: Reply) -> Handler:
    """Answer with each reply in turn; the last one repeats."""
    queue = list(replies)

    def handler(_request: Seen) -> Reply:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Handler] = {}
        self.log: list[Seen] = []
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; with Nagle on, the second waits ~40 ms
            # for the client's delayed ACK on every request.
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                outer._serve(self, "GET")

            def do_POST(self) -> None:  # noqa: N802
                outer._serve(self, "POST")

            def do_DELETE(self) -> None:  # noqa: N802
                outer._serve(self, "DELETE")

            def log_message(self, *_args: Any) -> None:  # keep pytest output clean
                pass

        class _Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                # A client that gave up (timeout tests) makes the late write fail: expected.
                pass

        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # -------------------------------------------------------------- set-up

    def route(self, path: str, handler: Handler | Reply | dict[str, Any] | list[Any] | str | bytes, method: str = "GET") -> None:
        if not callable(handler):
            constant = handler
            handler = lambda _request: constant  # noqa: E731
        self.routes[(method, path)] = handler

    def requests(self, path: str | None = None) -> list[Seen]:
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes slow handlers
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -------------------------------------------------------------- serving

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        seen = Seen(method, parts.path, parse_qs(parts.query, keep_blank_values=True), handler.headers, body)
        with self._lock:
            self.log.append(seen)
        route = self.routes.get((method, parts.path))
        if route is None:
            reply = Reply(404, {"error": "NotFound", "message": f"no route for {parts.path}"})
        else:
            answer = route(seen)
            reply = answer if isinstance(answer, Reply) else Reply(body=answer)
        if reply.delay:
            if self._stopping.wait(reply.delay):
                return
        if isinstance(reply.body, (dict, list)):
            data = json.dumps(reply.body).encode()
            content_type = reply.content_type or "application/json; charset=utf-8"
        elif isinstance(reply.body, str):
            data = reply.body.encode()
            content_type = reply.content_type or "text/html; charset=utf-8"
        else:
            data = reply.body or b""
            content_type = reply.content_type or "application/octet-stream"
        handler.send_response(reply.status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        if method != "HEAD":
            handler.wfile.write(data)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running
