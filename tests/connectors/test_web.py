"""Personal website pull: the real httpx client against a local site (tests/httpserver.py) with
robots.txt, an RSS feed, an Atom feed, an about page and article pages. Nothing leaves
127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footprint import pipeline
from footprint.connectors import BUILTIN_API_CONNECTORS, api_connectors
from footprint.connectors._http import USER_AGENT
from footprint.connectors.web import WebSite
from footprint.errors import ConnectorError
from footprint.records import Item, ItemKind, Profile, Skipped, SyncPoint
from footprint.store import Store
from tests.helpers import dump
from tests.httpserver import LocalServer, Reply, Seen, sequence

FAST = {"delay": "0", "backoff": "0.01", "timeout": "2"}


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The lead registers the connector; until then, tests add it for themselves."""
    api_connectors.cache_clear()
    monkeypatch.setattr("footprint.connectors.BUILTIN_API_CONNECTORS", (*BUILTIN_API_CONNECTORS, WebSite))
    yield
    api_connectors.cache_clear()


ROBOTS = "User-agent: *\nDisallow: /private/\n\nUser-agent: BadBot\nDisallow: /\n"

HOME = """<!doctype html><html lang="fr-CA"><head><meta charset="utf-8"><title>Carnet de Pat</title>
<meta property="og:site_name" content="Le carnet de Pat Lévesque">
<meta name="description" content="Notes d'une analyste à Ottawa">
<link rel="alternate" type="application/rss+xml" title="Flux" href="/feed.xml">
</head><body><nav><a href="/">Accueil</a> <a href="/a-propos/">À propos</a></nav>
<main><h1>Billets récents</h1>
<article><h2><a href="/blog/premier-billet">Premier billet</a></h2></article>
<article><h2><a href="/blog/deuxieme-billet#commentaires">Deuxième billet</a></h2></article>
<p><a href="/blog/hors-flux">Un billet plus ancien</a> · <a href="/private/brouillon">brouillon</a>
 · <a href="https://ailleurs.example/page">un autre site</a> · <a href="/images/photo.jpg">photo</a>
 · <a href="mailto:bonjour@pat.example.ca">écrire</a></p></main></body></html>"""

ABOUT = """<html lang="fr"><head><title>À propos</title></head><body><header>Menu du site</header>
<main><h1>À propos</h1><p>Je suis analyste de politiques.<br>J'écris ici à titre personnel.</p>
<p>Courriel : <a href="mailto:pat.levesque@example.ca?subject=Bonjour">pat.levesque@example.ca</a></p></main>
<footer>© 2024</footer></body></html>"""

OLD_POST = """<html lang="fr"><head><title>Un billet plus ancien</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-02-01T09:00:00-05:00">
<link rel="canonical" href="/blog/hors-flux"></head><body><nav>menu</nav>
<article><h1>Un billet plus ancien</h1><p>Le café du bureau est <em>imbuvable</em>.</p></article></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le carnet de Pat</title><link>{url}/</link><description>Notes</description>
<item><title>Premier billet</title><link>{url}/blog/premier-billet</link><guid>{url}/blog/premier-billet</guid>
<pubDate>Sun, 09 Jun 2024 10:00:00 -0400</pubDate>
<content:encoded><![CDATA[<p>Bonjour à tous!</p><p>Deuxième <strong>paragraphe</strong>.</p>]]></content:encoded></item>
<item><title>Deuxième billet</title><link>{url}/blog/deuxieme-billet</link>
<pubDate>Mon, 10 Jun 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Résumé du billet&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Pat en bref</title><subtitle>Carnet</subtitle>
<id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id><updated>2024-06-10T10:00:00Z</updated>
<entry><title>Une entrée Atom</title><link rel="alternate" href="/notes/1"/><id>urn:uuid:1225c695</id>
<published>2024-06-08T10:00:00Z</published><updated>2024-06-09T10:00:00Z</updated>
<content type="html">&lt;p&gt;Texte &lt;b&gt;riche&lt;/b&gt;&lt;/p&gt;</content></entry>
<entry><title>Sans lien</title><id>tag:pat.example.ca,2024:2</id><updated>2024-06-01T10:00:00Z</updated>
<summary type="text">Texte brut &lt;pas du html&gt;</summary></entry>
</feed>"""


def website(srv: LocalServer, robots: str | Reply = ROBOTS) -> None:
    def old_post(request: Seen) -> Reply:
        etag = '"v1-hors-flux"'
        if request.headers.get("If-None-Match") == etag:
            return Reply(304, headers={"ETag": etag})
        return Reply(body=OLD_POST, headers={"ETag": etag})

    srv.route("/robots.txt", robots if isinstance(robots, Reply) else Reply(body=robots, content_type="text/plain"))
    srv.route("/", HOME)
    srv.route("/feed.xml", Reply(body=FEED.format(url=srv.url), content_type="application/rss+xml"))
    srv.route("/a-propos/", ABOUT)
    srv.route("/blog/hors-flux", old_post)
    srv.route("/atom.xml", Reply(body=ATOM, content_type="application/atom+xml"))


def pull(srv: LocalServer, path: str = "/", since: dict[str, Any] | None = None, **options: str) -> list[Any]:
    return list(WebSite(**(FAST | options)).iter_records(f"{srv.url}{path}", since))


def of(records: list[Any], kind: type) -> list[Any]:
    return [r for r in records if isinstance(r, kind)]


# ---------------------------------------------------------------------------- reading


def test_feed_about_page_articles_robots_and_same_site_only(server: LocalServer) -> None:
    website(server)
    records = pull(server)
    url = server.url

    (profile,) = of(records, Profile)
    assert (profile.platform, profile.native_id, profile.handle) == ("web", f"{url}/", f"127.0.0.1:{server.port}")
    assert profile.display_name == "Le carnet de Pat Lévesque"
    assert profile.bio == "À propos\nJe suis analyste de politiques.\nJ'écris ici à titre personnel.\nCourriel : pat.levesque@example.ca"
    assert profile.email == "pat.levesque@example.ca"  # the about page's, not the home page's
    assert profile.url == f"{url}/a-propos/" and profile.website == f"{url}/"

    items = {i.native_id: i for i in of(records, Item)}
    assert sorted(items) == [f"{url}/blog/deuxieme-billet", f"{url}/blog/hors-flux", f"{url}/blog/premier-billet"]
    first = items[f"{url}/blog/premier-billet"]
    assert first.text == "Premier billet\n\nBonjour à tous!\nDeuxième paragraphe."
    assert (first.kind, first.account_id, first.url) == (ItemKind.POST, f"{url}/", f"{url}/blog/premier-billet")
    assert first.created_at == datetime(2024, 6, 9, 14, tzinfo=UTC)
    assert items[f"{url}/blog/deuxieme-billet"].text == "Deuxième billet\n\nRésumé du billet"
    page = items[f"{url}/blog/hors-flux"]
    assert page.text == "Un billet plus ancien\n\nLe café du bureau est imbuvable."
    assert (page.language, page.created_at) == ("fr", datetime(2023, 2, 1, 14, tzinfo=UTC))

    assert [(s.source, s.reason) for s in of(records, Skipped)] == [
        (f"{url}/private/brouillon", "not read: robots.txt disallows it")]
    paths = [r.path for r in server.requests()]
    assert paths[:2] == ["/robots.txt", "/"]
    assert sorted(paths) == sorted(["/robots.txt", "/", "/feed.xml", "/a-propos/", "/blog/hors-flux"])
    # the feed already gave the two recent posts: their pages are not fetched again
    assert {r.headers["User-Agent"] for r in server.requests()} == {USER_AGENT}
    (sync,) = of(records, SyncPoint)
    assert sync.state == {"site": f"{url}/", "validators": {f"{url}/blog/hors-flux": {"etag": '"v1-hors-flux"'}}}


def test_atom_feed_given_directly(server: LocalServer) -> None:
    website(server)
    records = pull(server, "/atom.xml")
    items = {i.native_id: i for i in of(records, Item)}
    assert items[f"{server.url}/notes/1"].text == "Une entrée Atom\n\nTexte riche"
    assert items[f"{server.url}/notes/1"].created_at == datetime(2024, 6, 8, 10, tzinfo=UTC)
    assert items["tag:pat.example.ca,2024:2"].text == "Sans lien\n\nTexte brut <pas du html>"
    assert items["tag:pat.example.ca,2024:2"].url is None
    assert of(records, Profile)[0].display_name == "Pat en bref"


def test_feed_with_a_dtd_is_refused(server: LocalServer) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            '<rss version="2.0"><channel><title>&lol2;</title><item><title>x</title><link>/x</link></item></channel></rss>')
    website(server)
    server.route("/feed.xml", Reply(body=bomb, content_type="application/rss+xml"))
    records = pull(server)
    assert any("declares a DTD" in s.reason for s in of(records, Skipped))
    assert not any("lol" in i.text for i in of(records, Item))


def test_pulling_twice_asks_conditionally_and_changes_nothing(server: LocalServer, db_path: Path) -> None:
    website(server)
    options = dict(FAST)
    tables = ("accounts", "items", "media", "reactions")
    with Store(db_path) as store:
        first = pipeline.pull(store, "web", f"{server.url}/", options=options)
    assert (first.items_added, first.profiles) == (3, 1)
    before = dump(db_path, tables)
    with Store(db_path) as store:
        second = pipeline.pull(store, "web", f"{server.url}/", options=options)
    assert (second.items_added, second.items_updated) == (0, 0)
    assert dump(db_path, tables) == before
    last = server.requests("/blog/hors-flux")[-1]
    assert last.headers["If-None-Match"] == '"v1-hors-flux"'
    with Store(db_path) as store:
        assert store.sync_state("web", f"{server.url}/")["validators"]  # kept across a 304


def test_paces_itself_and_stops_at_max_pages(server: LocalServer) -> None:
    links = "".join(f'<a href="/p/{n}">{n}</a>' for n in range(20))
    server.route("/robots.txt", Reply(404, "not here"))
    server.route("/", f"<html><body>{links}</body></html>")
    for n in range(20):
        server.route(f"/p/{n}", f"<html><body><p>page {n}</p></body></html>")
    started = time.monotonic()
    records = pull(server, delay="0.1", max_pages="4")
    elapsed = time.monotonic() - started
    assert len(server.requests()) == 5  # robots.txt (404: no restriction) + 4 pages
    assert elapsed >= 0.4  # four gaps of 0.1 s
    assert [s.reason for s in of(records, Skipped)] == ["stopped after 4 pages"]


def test_robots_crawl_delay_and_redirects(server: LocalServer) -> None:
    server.route("/robots.txt", Reply(body="User-agent: footprint-audit\nCrawl-delay: 0.1\nDisallow: /cache/\n", content_type="text/plain"))
    server.route("/", '<html><body><a href="/ici">i</a> <a href="/dehors">d</a> <a href="/cachee">c</a></body></html>')
    server.route("/ici", Reply(301, "", headers={"Location": "/la"}))
    server.route("/la", "<html><body><article><h1>Arrivé</h1><p>ici</p></article></body></html>")
    server.route("/dehors", Reply(302, "", headers={"Location": "http://localhost:9/ailleurs"}))
    server.route("/cachee", Reply(302, "", headers={"Location": "/cache/x"}))
    started = time.monotonic()
    records = pull(server)
    assert time.monotonic() - started >= 0.1 * 5  # six requests, Crawl-delay between each
    assert [i.native_id for i in of(records, Item)] == [f"{server.url}/la"]
    assert {s.reason for s in of(records, Skipped)} == {
        "not read: it redirects off the site", "not read: it redirects where robots.txt disallows"}
    assert "/cache/x" not in [r.path for r in server.requests()]


# ---------------------------------------------------------------------------- errors and retries


def test_robots_forbidding_everything_or_unreachable(server: LocalServer, db_path: Path) -> None:
    website(server, robots="User-agent: *\nDisallow: /\n")
    with Store(db_path) as store:
        before = dump(db_path)
        with pytest.raises(ConnectorError, match=r"^robots\.txt of 127\.0\.0\.1:\d+ does not allow footprint-audit to read"):
            pipeline.pull(store, "web", f"{server.url}/", options=dict(FAST))
        assert dump(db_path) == before
    server.route("/robots.txt", Reply(503, "down"))
    with pytest.raises(ConnectorError, match=r"robots\.txt of 127\.0\.0\.1:\d+ cannot be read \(503\)"):
        pull(server, attempts="2")


def test_missing_start_page(server: LocalServer) -> None:
    website(server)
    with pytest.raises(ConnectorError, match=r"^http://127\.0\.0\.1:\d+/nulle-part does not exist \(404\)$"):
        pull(server, "/nulle-part")


def test_429_with_retry_after_and_500_then_success(server: LocalServer) -> None:
    website(server)
    server.route("/", sequence(Reply(429, "slow down", headers={"Retry-After": "1"}), Reply(body=HOME)))
    server.route("/feed.xml", sequence(Reply(500, "oops"), Reply(body=FEED.format(url=server.url), content_type="application/rss+xml")))
    started = time.monotonic()
    records = pull(server)
    assert time.monotonic() - started >= 1.0
    assert len(of(records, Item)) == 3
    assert len(server.requests("/")) == 2 and len(server.requests("/feed.xml")) == 2


def test_timeout(server: LocalServer) -> None:
    website(server)
    server.route("/", Reply(body=HOME, delay=3))
    started = time.monotonic()
    with pytest.raises(ConnectorError, match=r"^127\.0\.0\.1:\d+ did not answer within 0\.3 s \(timed out\)$"):
        pull(server, timeout="0.3")
    assert time.monotonic() - started < 2


def test_not_a_web_address() -> None:
    with pytest.raises(ConnectorError, match="not a web address"):
        list(WebSite().iter_records("ftp://example.ca/", None))


# ---------------------------------------------------------------------------- shared HTTP layer


def test_network_errors_read_as_one_line() -> None:
    import socket
    import ssl

    import httpx

    from footprint.connectors._http import network_error, parse_retry_after

    def chained(outer: Exception, inner: BaseException) -> Exception:
        outer.__cause__ = inner
        return outer

    url = "https://blog.example.ca/feed"
    dns = chained(httpx.ConnectError("[Errno -2] Name or service not known"), socket.gaierror(-2, "Name or service not known"))
    assert str(network_error(dns, url)) == (
        "cannot find the server blog.example.ca: its name does not resolve (check the address and your connection)")
    tls = chained(httpx.ConnectError("handshake"), ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"))
    assert str(network_error(tls, url)).startswith("secure connection to blog.example.ca failed (TLS: ")
    assert str(network_error(httpx.ConnectTimeout("t"), url, 5)) == "blog.example.ca did not accept a connection within 5 s (timed out)"
    assert str(network_error(httpx.ReadError("reset\nby peer"), url)) == "network error talking to blog.example.ca: reset by peer"
    assert parse_retry_after("7") == 7 and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: no wait


def test_retry_after_is_capped(server: LocalServer) -> None:
    from footprint.connectors._http import RetryPolicy, make_client

    server.route("/", sequence(Reply(429, "", headers={"Retry-After": "3600"}), Reply(body="ok")))
    started = time.monotonic()
    with make_client(RetryPolicy(retry_after_cap=0.2)) as client:
        assert client.get(f"{server.url}/").text == "ok"
    assert 0.2 <= time.monotonic() - started < 2
