"""A personal website or blog, live: `footprint pull web URL`.

Reads what the site publishes about the person: RSS and Atom feeds (found from the page's
`<link rel="alternate">` or given directly), article pages (a page with one `<article>`, or
marked `og:type=article`), and an "about" page whose text is the bio and whose `mailto:` link is
the contact email. The start page, the feeds and the about-like pages are read first; then
same-site links, breadth first, up to `max_pages` pages.

Manners: robots.txt is fetched first and obeyed for the `footprint-audit` agent (RFC 9309: a
missing robots.txt allows everything, an unreachable one forbids everything), its Crawl-delay is
honoured (capped), a delay separates requests (`delay`, 1 s by default), only the site's own
host is read (redirects off the site are not followed into), and each answer is capped in size.

Feeds are parsed with the standard library's ElementTree, which never fetches external entities;
any `<!DOCTYPE` or `<!ENTITY` is refused outright, so entity-expansion bombs cannot start.

Keys: the account is the site (`https://host/`); an item is keyed by its page URL (the feed
entry's link, or the page's canonical URL), so a post seen in the feed and as a page is one
item. The feed is authoritative for the pages it lists (they are not fetched again).

Incremental: article pages not in a feed are asked for with If-None-Match/If-Modified-Since from
the validators saved in the SyncPoint; a 304 yields nothing (the stored item stands). Feeds and
the start and about pages are always read whole, so the same pull always yields the same items.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx
from bs4 import BeautifulSoup, Tag

from footprint.connectors._html import html_to_text
from footprint.connectors._http import (
    USER_AGENT,
    RetryPolicy,
    TooSlow,
    make_client,
    network_error,
    past_deadline,
    policy_from_options,
    where_of,
)
from footprint.connectors._values import iso_time, mail_time
from footprint.connectors.base import ApiConnector
from footprint.errors import ConnectorError
from footprint.records import Item, ItemKind, Profile, Record, Skipped, SyncPoint

PLATFORM = "web"
AGENT = "footprint-audit"
MAX_BYTES = 5 * 1024 * 1024  # a page or feed larger than this is not a personal page
MAX_FEED_ENTRIES = 500
MAX_CRAWL_DELAY = 10.0
MAX_REDIRECTS = 5
BIO_CHARS = 4000
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml")
_XML_TYPES = (*_FEED_TYPES, "application/xml", "text/xml", "application/rdf+xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_ABOUT = re.compile(
    r"/(?:about|about-me|a-propos|apropos|bio|biography|biographie|qui-suis-je|me|contact)"
    r"(?:/|\.html?|/index\.html?)?$",
    re.I,
)
_SKIP_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|pdf|zip|gz|mp[34]|mov|webm|css|js|woff2?|ttf|xml\.gz)$", re.I)
_DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)
_ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass
class _Site:
    """What the pull learns about the site for its profile."""

    title: str | None = None
    description: str | None = None
    bio: str | None = None
    email: str | None = None
    about_url: str | None = None
    language: str | None = None
    feeds: list[str] = field(default_factory=list)


class WebSite(ApiConnector):
    name: ClassVar[str] = "web"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "Personal website or blog, live (URL: feeds, articles, about page)"

    def __init__(self, *, client: object | None = None, **options: str) -> None:
        super().__init__(client=client, **options)
        self.policy: RetryPolicy = policy_from_options(options)
        self.delay = _number(options.get("delay"), 1.0, "delay")
        self.max_pages = int(_number(options.get("max_pages"), 30, "max_pages")) or 1
        self._last_request: float | None = None

    # ------------------------------------------------------------------ pull

    def iter_records(self, account: str, since: Mapping[str, Any] | None) -> Iterator[Record]:
        start = _start_url(account)
        parts = urlsplit(start)
        origin = f"{parts.scheme}://{parts.netloc}"
        site_id = f"{origin}/"
        old = (since or {}).get("validators") if (since or {}).get("site") == site_id else None
        validators: dict[str, dict[str, str]] = dict(old) if isinstance(old, dict) else {}
        kept: dict[str, dict[str, str]] = {}
        client = self.client if isinstance(self.client, httpx.Client) else make_client(self.policy)
        try:
            robots = self._robots(client, origin)
            if not robots.can_fetch(USER_AGENT, start):
                raise ConnectorError(f"robots.txt of {parts.netloc} does not allow {AGENT} to read {start}")
            crawl_delay = robots.crawl_delay_seconds
            if crawl_delay:
                self.delay = max(self.delay, min(crawl_delay, MAX_CRAWL_DELAY))

            site = _Site()
            items: dict[str, Item] = {}
            skipped: list[Skipped] = []
            feed_urls: set[str] = set()  # pages a feed already gave
            queue: list[tuple[str, str]] = [(start, "start")]
            queued = {start}
            fetched = 0
            slow: Skipped | None = None
            while queue and fetched < self.max_pages:
                url, role = queue.pop(0)
                if not robots.can_fetch(USER_AGENT, url):
                    skipped.append(Skipped(url, "not read: robots.txt disallows it"))
                    continue
                if role == "page" and url in feed_urls:
                    continue
                conditional = validators.get(url) if role == "page" else None
                fetched += 1
                try:
                    answer = self._get(client, url, conditional, required=role == "start", robots=robots)
                except TooSlow as exc:
                    if role == "start":
                        raise
                    # A site that trickles one answer would trickle the next ones too: what was
                    # read is kept, and the pull stops rather than wait out every page.
                    slow = Skipped(url, "not read: the site answers too slowly; the pull stopped there", str(exc))
                    break
                if isinstance(answer, Skipped):
                    skipped.append(answer)
                    continue
                if answer is None:  # 304: unchanged since the last pull
                    if conditional:
                        kept[url] = conditional
                    continue
                final_url, content_type, body, headers = answer
                if _is_feed(content_type, body):
                    for item in self._feed(body, final_url, site_id, site, skipped):
                        items[item.native_id] = item
                        feed_urls.add(item.native_id)
                    continue
                if not content_type.startswith(_HTML_TYPES):
                    if role == "start":
                        raise ConnectorError(f"{start} is neither a web page nor a feed ({content_type or 'no type'})")
                    continue
                soup = BeautifulSoup(_decode(headers, body), "html.parser")
                self._learn(soup, final_url, role, site)
                article = _article(soup, final_url, site_id, origin)
                if article is not None and article.native_id not in feed_urls:
                    items[article.native_id] = article
                    pairs = (("etag", headers.get("etag")), ("last_modified", headers.get("last-modified")))
                    new = {k: v for k, v in pairs if v}
                    if new:
                        kept[url] = new
                for link, kind in _links(soup, final_url, origin):
                    if link not in queued:
                        queued.add(link)
                        # Feeds and about pages first: a small page budget should reach them.
                        if kind == "page":
                            queue.append((link, kind))
                        else:
                            queue.insert(0, (link, kind))
            left = [u for u, role in queue if not (role == "page" and u in feed_urls)]
            if slow is not None:
                skipped.append(slow)
                if left:
                    skipped.append(Skipped(site_id, "stopped early: the site answers too slowly", f"{len(left)} same-site links not read"))
            elif left:
                detail = f"{len(left)} same-site links not read"
                skipped.append(Skipped(site_id, f"stopped after {self.max_pages} pages", detail))

            yield self._profile(site_id, parts.netloc, start, site)
            yield from items.values()
            yield from skipped
            yield SyncPoint(connector=self.name, account=account, state={"site": site_id, "validators": kept})
        finally:
            if client is not self.client:
                client.close()

    # ------------------------------------------------------------------ fetching

    def _pace(self) -> None:
        if self._last_request is not None:
            wait = self._last_request + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        self._last_request = time.monotonic()

    def _robots(self, client: httpx.Client, origin: str) -> _Robots:
        parser = _Robots(f"{origin}/robots.txt")
        answer = self._get(client, f"{origin}/robots.txt", None, required=False)
        if isinstance(answer, Skipped):
            status = answer.detail or ""
            if status.startswith("4"):
                parser.parse([])  # RFC 9309: no robots.txt, no restriction
            else:
                raise ConnectorError(f"robots.txt of {where_of(origin)} cannot be read ({status}); not crawling without it")
            return parser
        if answer is None:  # pragma: no cover - never conditional
            parser.parse([])
            return parser
        _, _, body, headers = answer
        lines = _decode(headers, body).splitlines()
        parser.parse(lines)
        parser.crawl_delay_seconds = _crawl_delay(lines)
        return parser

    def _get(
        self,
        client: httpx.Client,
        url: str,
        conditional: Mapping[str, str] | None,
        *,
        required: bool,
        robots: RobotFileParser | None = None,
    ) -> tuple[str, str, bytes, httpx.Headers] | Skipped | None:
        """(final URL, content type, body, headers); None for 304; Skipped when a page fails.

        Redirects are followed here, one hop at a time, so that a hop off the site or into a
        path robots.txt forbids is never requested.
        """
        headers = {"Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml;q=0.9, */*;q=0.5"}
        if conditional:
            if conditional.get("etag"):
                headers["If-None-Match"] = conditional["etag"]
            if conditional.get("last_modified"):
                headers["If-Modified-Since"] = conditional["last_modified"]
        asked = url
        for _hop in range(MAX_REDIRECTS + 1):
            self._pace()
            try:
                with client.stream("GET", url, headers=headers, follow_redirects=False) as response:
                    status = response.status_code
                    if response.is_redirect and response.headers.get("location"):
                        target = urldefrag(urljoin(url, response.headers["location"]))[0]
                        refusal = None
                        if not _same_site(target, asked):
                            refusal = "not read: it redirects off the site"
                        elif robots is not None and not robots.can_fetch(USER_AGENT, target):
                            refusal = "not read: it redirects where robots.txt disallows"
                        if refusal:
                            if required:
                                raise ConnectorError(f"{asked} {refusal[len('not read: '):]} ({target})")
                            return Skipped(asked, refusal, target)
                        url = target
                        continue
                    if status == 304:
                        return None
                    if status != 200:
                        if required:
                            raise ConnectorError(_status_message(url, status, self.policy.attempts))
                        return Skipped(url, f"not read: the site answered {status}", str(status))
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > MAX_BYTES:
                            too_big = f"larger than {MAX_BYTES // (1024 * 1024)} MB"
                            if required:
                                raise ConnectorError(f"{url} is {too_big}; not a personal page")
                            return Skipped(url, f"not read: {too_big}")
                    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    return url, content_type, bytes(body), response.headers
            except ConnectorError:
                raise
            except httpx.HTTPError as exc:  # an invalid URL, a broken answer
                if past_deadline(exc):  # the body trickled in past the deadline
                    raise network_error(exc, url, self.policy.timeout) from None
                if required:
                    raise ConnectorError(f"cannot read {url}: {exc}") from None
                return Skipped(url, "not read", str(exc))
        if required:
            raise ConnectorError(f"{asked} redirects more than {MAX_REDIRECTS} times")
        return Skipped(asked, f"not read: more than {MAX_REDIRECTS} redirects")

    # ------------------------------------------------------------------ reading

    def _learn(self, soup: BeautifulSoup, url: str, role: str, site: _Site) -> None:
        """Site name, description, language, about-page bio and email, from one page."""
        if role == "start" or (site.title is None and role == "about"):
            site.title = site.title or _meta(soup, "og:site_name") or _title(soup)
            site.description = site.description or _meta(soup, "description") or _meta(soup, "og:description")
            html = soup.find("html")
            lang = html.get("lang") if isinstance(html, Tag) else None
            site.language = site.language or (str(lang).split("-")[0].lower() if lang else None)
        is_about = role == "about" or (_ABOUT.search(urlsplit(url).path) is not None)
        email = _email(soup)
        if email and (site.email is None or is_about):
            site.email = email
        if is_about and site.bio is None:
            text = _main_text(soup)
            if text:
                site.bio = text[:BIO_CHARS]
                site.about_url = url

    def _feed(self, body: bytes, url: str, site_id: str, site: _Site, skipped: list[Skipped]) -> Iterator[Item]:
        if _DTD.search(body[:4096]) or b"<!ENTITY" in body:
            skipped.append(Skipped(url, "not read: the feed declares a DTD or entities (refused for safety)"))
            return
        try:
            root = _parse_xml(body)
        except ET.ParseError as exc:
            skipped.append(Skipped(url, "not read: the feed is not well-formed XML", str(exc)))
            return
        site.feeds.append(url)
        channel = root.find("channel")
        meta = channel if channel is not None else root
        site.title = site.title or _text(meta, "title")
        site.description = site.description or _text(meta, "description") or _text(meta, "subtitle")
        count = 0
        for entry in root.iter():
            if _local(entry.tag) not in ("item", "entry") or entry is root:
                continue
            count += 1
            if count > MAX_FEED_ENTRIES:
                skipped.append(Skipped(url, f"feed entries after the first {MAX_FEED_ENTRIES} not read"))
                return
            item = _entry(entry, url, site_id)
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                # Kept even when the link points elsewhere (a post syndicated from the site):
                # the person published it in their own feed.
                yield item

    def _profile(self, site_id: str, host: str, start: str, site: _Site) -> Profile:
        return Profile(
            platform=PLATFORM,
            native_id=site_id,
            handle=host,
            display_name=site.title,
            bio=site.bio or site.description,
            website=start,
            email=site.email,
            url=site.about_url or start,
            raw={"feeds": site.feeds, "about": site.about_url, "language": site.language, "description": site.description},
        )


# ---------------------------------------------------------------------------- helpers


def _number(value: str | None, default: float, name: str) -> float:
    if value in (None, ""):
        return default
    try:
        number = float(value)
    except ValueError:
        raise ConnectorError(f"option {name} must be a number, not {value!r}") from None
    if number < 0:
        raise ConnectorError(f"option {name} must not be negative")
    return number


class _Robots(RobotFileParser):
    """robots.txt rules plus our agent's Crawl-delay as written: the standard parser keeps only
    whole seconds, and "0.5" is common."""

    crawl_delay_seconds: float | None = None


def _crawl_delay(lines: list[str]) -> float | None:
    """Crawl-delay for our agent (its own group first, else `*`), decimals allowed."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for line in lines:
        field_name, _, value = line.split("#", 1)[0].partition(":")
        field_name, value = field_name.strip().lower(), value.strip()
        if field_name == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif field_name:
            in_rules = True
            if field_name == "crawl-delay":
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                for agent in agents:
                    delays.setdefault(agent, seconds)
    return delays.get(AGENT, delays.get("*"))


def _start_url(account: str) -> str:
    text = account.strip()
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectorError(f"not a web address: {account!r}")
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _same_site(url: str, origin: str) -> bool:
    return urlsplit(url).scheme in ("http", "https") and _host(url) == _host(origin) and (
        urlsplit(url).port == urlsplit(origin).port
    )


def _is_feed(content_type: str, body: bytes) -> bool:
    if content_type.startswith(_XML_TYPES):
        return True
    head = body[:512].lstrip().lower()
    return head.startswith(b"<?xml") and (b"<rss" in body[:2048].lower() or b"<feed" in body[:2048].lower())


def _charset(headers: httpx.Headers, body: bytes) -> str:
    match = re.search(r"charset=([\w-]+)", headers.get("content-type", ""), re.I)
    if match:
        return match.group(1)
    meta = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:2048], re.I)
    return meta.group(1).decode("ascii") if meta else "utf-8"


def _decode(headers: httpx.Headers, body: bytes) -> str:
    """The body as text in its declared charset; UTF-8 with replacement characters when the
    charset is unknown ("charset=utf-9"), not a text encoding ("rot13") or unusable."""
    try:
        return body.decode(_charset(headers, body), errors="replace")
    except (LookupError, UnicodeError, ValueError):
        return body.decode("utf-8", errors="replace")


def _parse_xml(body: bytes) -> ET.Element:
    """ElementTree's parse; an encoding declaration it cannot use falls back to UTF-8."""
    try:
        return ET.fromstring(body)
    except (LookupError, UnicodeError, ValueError):
        # Parsed from text, the declaration is ignored (the text is already decoded).
        return ET.fromstring(body.decode("utf-8", errors="replace"))


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    content = tag.get("content") if isinstance(tag, Tag) else None
    return str(content).strip() or None if content else None


def _title(soup: BeautifulSoup) -> str | None:
    tag = soup.find("title")
    return tag.get_text(strip=True) or None if isinstance(tag, Tag) else None


def _email(soup: BeautifulSoup) -> str | None:
    for link in soup.find_all("a", href=True):
        href = str(link["href"]).strip()
        if href.lower().startswith("mailto:"):
            address = href[7:].split("?")[0].strip()
            if "@" in address:
                return address
    return None


def _main_text(soup: BeautifulSoup) -> str:
    """What a reader reads: the article or main element, without navigation and boilerplate."""
    root = soup.find("article") or soup.find("main") or soup.find(role="main") or soup.body or soup
    root = BeautifulSoup(str(root), "html.parser")  # a copy: the page is still needed for links
    for noise in root.find_all(["nav", "header", "footer", "aside", "form", "script", "style", "noscript"]):
        noise.decompose()
    text = html_to_text(str(root))
    # One line per block, whatever whitespace the page's source had between its tags.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _published(value: str | None) -> datetime | None:
    """Atom and HTML write ISO 8601, RSS writes RFC 2822."""
    return iso_time(value) or mail_time(value)


def _canonical(soup: BeautifulSoup, url: str, origin: str) -> str:
    link = soup.find("link", rel="canonical", href=True)
    if isinstance(link, Tag):
        candidate = urldefrag(urljoin(url, str(link["href"])))[0]
        if _same_site(candidate, origin):
            return candidate
    return urldefrag(url)[0]


def _article(soup: BeautifulSoup, url: str, site_id: str, origin: str) -> Item | None:
    """An Item when the page is one article (not an index of many, not the about page)."""
    articles = soup.find_all("article")
    marked = (_meta(soup, "og:type") or "").lower() == "article" or _meta(soup, "article:published_time")
    if not marked and len(articles) != 1:
        return None
    if _ABOUT.search(urlsplit(url).path):
        return None
    title = _meta(soup, "og:title") or (h1.get_text(" ", strip=True) if (h1 := soup.find("h1")) else None) or _title(soup)
    body = _main_text(soup)
    if title and body.startswith(title):
        body = body[len(title):].lstrip("\n")
    text = "\n\n".join(part for part in (title, body) if part)
    if not text:
        return None
    stamp = soup.find("time", datetime=True)
    published = _meta(soup, "article:published_time") or (str(stamp["datetime"]) if isinstance(stamp, Tag) else None)
    html = soup.find("html")
    lang = html.get("lang") if isinstance(html, Tag) else None
    native_id = _canonical(soup, url, origin)
    return Item(
        platform=PLATFORM,
        account_id=site_id,
        native_id=native_id,
        kind=ItemKind.POST,
        text=text,
        created_at=_published(published),
        url=native_id,
        language=str(lang).split("-")[0].lower() if lang else None,
        visibility="public",
        raw={"source": "page", "title": title, "published": published},
    )


def _links(soup: BeautifulSoup, url: str, origin: str) -> Iterator[tuple[str, str]]:
    """Same-site links worth reading, each with its role: feed, about or page."""
    for link in soup.find_all("link", href=True):
        rel = " ".join(link.get("rel") or []).lower()
        kind = str(link.get("type") or "").lower()
        if "alternate" in rel and kind in _FEED_TYPES:
            target = urldefrag(urljoin(url, str(link["href"])))[0]
            if _same_site(target, origin):
                yield target, "feed"
    for anchor in soup.find_all("a", href=True):
        href = str(anchor["href"]).strip()
        if href.lower().startswith(("mailto:", "tel:", "javascript:", "data:")):
            continue
        target = urldefrag(urljoin(url, href))[0]
        if not _same_site(target, origin) or _SKIP_EXT.search(urlsplit(target).path):
            continue
        yield target, "about" if _ABOUT.search(urlsplit(target).path) else "page"


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _text(element: ET.Element, name: str) -> str | None:
    child = _child(element, name)
    text = "".join(child.itertext()).strip() if child is not None else ""
    return text or None


def _entry(entry: ET.Element, feed_url: str, site_id: str) -> Item | Skipped:
    """One RSS `<item>` or Atom `<entry>`."""
    link = None
    for child in entry:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            link = href
            break
        inline = (child.text or "").strip()
        if not href and inline:
            link = inline  # RSS: <link>url</link>
            break
    guid = _text(entry, "guid") or _text(entry, "id")
    native_id = urldefrag(urljoin(feed_url, link))[0] if link else guid
    if not native_id:
        return Skipped(feed_url, "feed entry without a link or id")
    title = _text(entry, "title")
    content = None
    for name in ("encoded", "content", "description", "summary"):  # content:encoded first
        node = _child(entry, name)
        if node is not None:
            kind = (node.get("type") or "html").lower()
            raw_text = "".join(node.itertext())
            content = raw_text.strip() if kind == "text" else html_to_text(raw_text).strip()
            if content:
                break
    text = "\n\n".join(part for part in (title, content) if part)
    published = _text(entry, "published") or _text(entry, "pubDate") or _text(entry, "date") or _text(entry, "updated")
    return Item(
        platform=PLATFORM,
        account_id=site_id,
        native_id=native_id,
        kind=ItemKind.POST,
        text=text,
        created_at=_published(published),
        url=native_id if native_id.startswith(("http://", "https://")) else None,
        visibility="public",
        raw={"source": "feed", "feed": feed_url, "guid": guid, "title": title, "published": published},
    )


def _status_message(url: str, status: int, attempts: int) -> str:
    if status == 404:
        return f"{url} does not exist (404)"
    if status in (401, 403):
        return f"{url} is private or refuses readers ({status})"
    if status == 429:
        return f"{where_of(url)} keeps refusing with 429 rate limit after {attempts} tries; try again later"
    if status >= 500:
        return f"{where_of(url)} failed with {status} after {attempts} tries; try again later"
    return f"{url} answered {status}"
