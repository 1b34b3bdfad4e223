"""`pull web` against servers that misbehave (issue #13, item 7): one that trickles its answer a
byte at a time, so each read succeeds and only an overall deadline stops it, and pages whose
charset (header, `<meta>` or XML declaration) names no usable encoding.

The slow server is tests/httpserver.py's, with paths that trickle. Every trickle ends by itself
after a few seconds (so a regression fails instead of hanging), and the tests set a one-second
deadline through the connector option or $FOOTPRINT_HTTP_DEADLINE; no test times anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from footprint.connectors._http import (
    DEADLINE_ENV,
    RetryPolicy,
    TooSlow,
    make_client,
    policy_from_options,
)
from footprint.connectors.web import WebSite
from footprint.errors import ConnectorError
from footprint.records import Item, Profile, Skipped, SyncPoint
from tests.connectors.test_web import ABOUT, FEED, HOME, ROBOTS, of, registered, website  # noqa: F401 - fixture
from tests.httpserver import LocalServer, Reply, Seen

FAST = {"delay": "0", "backoff": "0.01", "timeout": "2", "deadline": "1"}


@dataclass(frozen=True)
class Trickle:
    """An answer sent one byte every `every` seconds; `headers_first` sends the head at once."""

    data: bytes
    every: float = 0.05
    headers_first: bool = False


class TricklingServer(LocalServer):
    def __init__(self) -> None:
        super().__init__()
        self.trickles: dict[str, Trickle] = {}

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        path = urlsplit(handler.path).path
        trickle = self.trickles.get(path)
        if trickle is None:
            super()._serve(handler, method)
            return
        with self._lock:
            self.log.append(Seen(method, path, {}, handler.headers, b""))
        data = trickle.data
        if trickle.headers_first:
            head, _, data = data.partition(b"\r\n\r\n")
            handler.wfile.write(head + b"\r\n\r\n")
        for index in range(len(data)):
            if self._stopping.wait(trickle.every):
                return
            try:
                handler.wfile.write(data[index:index + 1])
            except OSError:  # the client gave up: what the deadline is for
                return
        handler.close_connection = True


@pytest.fixture
def slow() -> Iterator[TricklingServer]:
    with TricklingServer() as running:
        yield running


def endless_head() -> bytes:
    # About 10 s at 0.05 s a byte, and never a complete head: only a deadline ends it sooner.
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Lent: " + b"z" * 200


def slow_body(text: str) -> bytes:
    body = text.encode()
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)


def pull(srv: LocalServer, path: str = "/", **options: str) -> list[Any]:
    return list(WebSite(**(FAST | options)).iter_records(f"{srv.url}{path}", None))


# ---------------------------------------------------------------------------- deadline


def test_a_start_page_whose_head_trickles_ends_the_pull_in_one_line(slow: TricklingServer) -> None:
    website(slow)
    slow.trickles["/"] = Trickle(endless_head())
    with pytest.raises(TooSlow) as caught:
        pull(slow)
    message = str(caught.value)
    assert message == f"{slow.url}/ is too slow: the whole answer did not arrive within 1 s"
    assert "\n" not in message


def test_a_page_whose_body_trickles_stops_the_crawl_and_keeps_what_was_read(slow: TricklingServer) -> None:
    website(slow)
    slow.trickles["/blog/hors-flux"] = Trickle(slow_body("<html><article><h1>Lent</h1></article></html>" * 5),
                                               headers_first=True)
    records = pull(slow)
    items = of(records, Item)
    assert sorted(i.native_id.rsplit("/", 1)[1] for i in items) == ["deuxieme-billet", "premier-billet"]
    profile = of(records, Profile)[0]
    assert profile.bio and "analyste de politiques" in profile.bio
    reasons = {s.source: s.reason for s in of(records, Skipped)}
    assert reasons[f"{slow.url}/blog/hors-flux"] == "not read: the site answers too slowly; the pull stopped there"
    assert of(records, SyncPoint)


def test_the_deadline_bounds_every_client_of_the_shared_policy(slow: TricklingServer) -> None:
    """The Bluesky connector and the picture checks use the same client factory."""
    slow.trickles["/lent"] = Trickle(endless_head())
    with make_client(RetryPolicy(timeout=2, deadline=1)) as client, pytest.raises(TooSlow, match="within 1 s"):
        client.get(f"{slow.url}/lent")
    slow.trickles["/corps"] = Trickle(slow_body("é" * 100), headers_first=True)
    with make_client(RetryPolicy(timeout=2, deadline=1)) as client, pytest.raises(httpx.ReadTimeout, match="within 1 s"):
        client.get(f"{slow.url}/corps")


def test_a_fast_answer_after_a_slow_one_gets_a_fresh_deadline(slow: TricklingServer) -> None:
    slow.trickles["/lent"] = Trickle(endless_head())
    slow.route("/vite", Reply(body="Très bien ✅"))
    with make_client(RetryPolicy(timeout=2, deadline=1)) as client:
        with pytest.raises(TooSlow):
            client.get(f"{slow.url}/lent")
        assert client.get(f"{slow.url}/vite").text == "Très bien ✅"


def test_the_deadline_comes_from_the_option_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert RetryPolicy().deadline == 60
    assert policy_from_options({"deadline": "2.5"}).deadline == 2.5
    monkeypatch.setenv(DEADLINE_ENV, "7")
    assert policy_from_options({}).deadline == 7
    assert policy_from_options({"deadline": "3"}).deadline == 3
    for bad in ("0", "-1", "nan", "inf", "vite"):
        with pytest.raises(ConnectorError, match="option deadline"):
            policy_from_options({"deadline": bad})


def test_the_environment_deadline_reaches_a_pull(slow: TricklingServer, monkeypatch: pytest.MonkeyPatch) -> None:
    website(slow)
    slow.trickles["/"] = Trickle(endless_head())
    monkeypatch.setenv(DEADLINE_ENV, "1")
    options = {k: v for k, v in FAST.items() if k != "deadline"}
    with pytest.raises(TooSlow, match="within 1 s"):
        list(WebSite(**options).iter_records(f"{slow.url}/", None))


# ---------------------------------------------------------------------------- charsets


@pytest.mark.parametrize("charset", ["utf-9", "rot13", "undefined", "zlib", "x-inconnu"])
def test_an_unusable_charset_falls_back_to_utf8(slow: TricklingServer, charset: str) -> None:
    website(slow, robots=Reply(body=ROBOTS, content_type=f"text/plain; charset={charset}"))
    slow.route("/", Reply(body=HOME.replace('<meta charset="utf-8">', f'<meta charset="{charset}">'),
                          content_type="text/html"))
    slow.route("/a-propos/", Reply(body=ABOUT, content_type=f"text/html; charset={charset}"))
    feed = FEED.format(url=slow.url).replace('encoding="UTF-8"', f'encoding="{charset}"')
    slow.route("/feed.xml", Reply(body=feed, content_type="application/rss+xml"))
    records = pull(slow)
    profile = of(records, Profile)[0]
    assert profile.display_name == "Le carnet de Pat Lévesque"
    assert profile.bio and "J'écris ici à titre personnel." in profile.bio
    texts = {i.native_id.rsplit("/", 1)[1]: i.text for i in of(records, Item)}
    assert texts["premier-billet"].startswith("Premier billet\n\nBonjour à tous!")
    assert "/private/brouillon" not in {r.path for r in slow.requests()}  # robots.txt was read


def test_bytes_that_are_not_utf8_under_an_unknown_charset_become_replacement_characters(slow: TricklingServer) -> None:
    website(slow)
    page = "<html><body><article><h1>Été</h1><p>Café à Montréal</p></article></body></html>"
    slow.route("/", Reply(body=page.encode("latin-1"), content_type="text/html; charset=latin-9000"))
    records = pull(slow)
    assert [i.text for i in of(records, Item)] == ["\ufffdt\ufffd\n\nCaf\ufffd \ufffd Montr\ufffdal"]


@pytest.mark.parametrize("headers_first", [False, True], ids=["head", "body"])
def test_a_bluesky_appview_that_trickles_is_one_line(slow: TricklingServer, headers_first: bool) -> None:
    """atproto builds its httpx client from the same options, so the deadline holds there too."""
    from footprint.connectors.bluesky_api import BlueskyApi
    from tests.connectors import test_bluesky_api as bsky

    bsky.bluesky_site(slow)
    answer = slow_body('{"did": "did:plc:lent"}' * 40) if headers_first else endless_head()
    slow.trickles["/xrpc/app.bsky.actor.getProfile"] = Trickle(answer, headers_first=headers_first)
    with pytest.raises(TooSlow, match=r"^http://127\.0\.0\.1:\d+\S* is too slow: the whole answer did not arrive within 1 s$"):
        list(BlueskyApi(service=slow.url, **FAST).iter_records(bsky.HANDLE, None))
