"""Facebook "Download Your Information" export, JSON and (best effort) HTML. Spec: §4.

Reads the posts (`your_posts_N.json`, newer `your_posts__check_ins__photos_and_videos_N.json`),
the comments (`comments.json`, under `comments/` or `comments_and_reactions/`) and the profile
(`profile_information.json`), in the older layout and the newer `your_activity_across_facebook/`
+ `personal_information/` one alike: files are matched by name wherever they sit, then
confirmed by content. The HTML export (Facebook's default) is read for posts only, and the
person is told to request JSON. Every other data file is listed as skipped with the reason.

Facebook exports carry no post or comment ids and no account id. Post ids are derived from the
timestamp and the text (`_meta.stable_id`), so the same post gets the same id in every
download; the account id is the username from the profile, else a hash of the full name.

What a post's text is: Facebook's `data[].post` holds the person's own words and may be absent
(a link shared without comment, a check-in, a "recommends"). Then the `title` ("Pat recommends
Café Lapointe.", "Pat shared a link.") stands in, since it is what the timeline shows. Shared
links (`external_context` name and URL) and photo captions are appended on their own lines
when the words do not already contain them, so the rules see what was shared.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Any, ClassVar

from bs4 import BeautifulSoup, Tag

from footprint.connectors import _meta
from footprint.connectors._archive import ArchiveSource
from footprint.connectors._html import html_to_text
from footprint.connectors._jsondepth import read_whole
from footprint.connectors._values import epoch_time, list_field
from footprint.connectors.base import ArchiveImporter
from footprint.records import Item, ItemKind, MediaRef, Profile, Record, Skipped

# `your_posts_1.json`, `your_posts__check_ins__photos_and_videos_1.json`, the 2018 `your_posts.json`.
_POSTS = re.compile(r"^your_posts(?:_[a-z_]*?)?(?:_\d+)?\.(json|html)$")
_COMMENTS = "comments.json"
# Bare arrays; group posts sit under "group_posts_v2" in `your_posts_and_comments_in_groups.json` [memory].
_POST_ARRAYS = ("item", "group_posts_v2.item", "group_posts.item")
_COMMENT_ARRAYS = ("comments_v2.item", "comments.item")
_PROFILE = "profile_information.json"
_FOLDERS = frozenset({
    "posts", "comments", "comments_and_reactions", "profile_information", "personal_information",
    "groups", "your_activity_across_facebook", "your_facebook_activity",
})
_PRIVATE_HINTS = ("messages", "inbox", "message_requests", "security_and_login", "location",
                  "search", "logged_information", "ads_information", "apps_and_websites")
# English HTML export dates: "Jan 02, 2021 3:04:05 pm" (older) or "Jan 02, 2021, 3:04:05 PM".
_HTML_DATE = re.compile(
    r"^\s*([A-Z][a-z]{2}) (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])\s*$"
)
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
UNKNOWN_ACCOUNT = "unknown"
# How far up from a date line a post's block is looked for in the HTML export.
_MAX_WRAPPERS = 32


class FacebookExport(ArchiveImporter):
    name: ClassVar[str] = "facebook-dyi"
    platform: ClassVar[str] = "facebook"
    title: ClassVar[str] = "Facebook 'Download Your Information' export (JSON; HTML read in part)"
    download_help: ClassVar[str] = (
        "Facebook > Settings & privacy > Accounts Center > Your information and permissions > "
        "Download your information; choose the JSON format (https://www.facebook.com/dyi)"
    )

    # ------------------------------------------------------------------ detection

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        return source.roots_where(
            lambda name: _kind(source, name) is not None,
            lambda name: _meta.export_root(name, _FOLDERS),
        )

    # ------------------------------------------------------------------ reading

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        # Members of this export: under `root` but not under another Facebook export nested in it.
        nested = [r for r in self.find_roots(source) if r != root and r.startswith(root)]
        mine = [n for n in source.names() if n.startswith(root) and not any(n.startswith(r) for r in nested)]
        kinds: dict[str, list[str]] = {"posts": [], "posts-html": [], "comments": [], "profile": []}
        for name in mine:
            if _meta.export_root(name, _FOLDERS) == root and (kind := _kind(source, name)) is not None:
                kinds[kind].append(name)
        known = {n[len(root):] for n in mine}

        profile = self._profile(source, kinds["profile"], kinds["comments"])
        yield profile
        if profile.raw is None:
            yield Skipped(
                source.describe(root or "."),
                "no readable profile_information.json: the profile is not audited and the account is named "
                + (f"after the comments' author {profile.display_name!r}" if profile.display_name
                   else repr(UNKNOWN_ACCOUNT)),
            )
        account = profile.native_id

        for name in kinds["posts"]:
            where = source.describe(name)
            with source.open(name) as stream:
                for index, (_, element) in enumerate(_meta.iter_items(stream, where, _POST_ARRAYS)):
                    yield _post(element, index, where, account, root, known)
        for name in kinds["posts-html"]:
            yield Skipped(source.describe(name), "read in part: Facebook's HTML export has no stable layout; "
                          "download it again choosing JSON for a complete audit")
            yield from _html_posts(source, name, account, root, known)
        for name in kinds["comments"]:
            where = source.describe(name)
            with source.open(name) as stream:
                for index, (_, element) in enumerate(_meta.iter_items(stream, where, _COMMENT_ARRAYS)):
                    yield _comment(element, index, where, account, root, known)

        read = {n for names in kinds.values() for n in names}
        for name in mine:
            if name in read or not name.endswith((".json", ".html")) or posixpath.basename(name) == "index.html":
                continue
            lowered = name[len(root):].lower()
            if any(h in lowered for h in ("messages/", "inbox/", "message_requests/")):
                reason = "not audited: private messages"
            elif any(h in lowered for h in _PRIVATE_HINTS):
                reason = "not audited: private data that is never public"
            else:
                reason = "not audited: this kind of data is not public posting"
            yield Skipped(source.describe(name), reason)

    def _profile(self, source: ArchiveSource, profiles: list[str], comments: list[str]) -> Profile:
        """The profile; without one, a stand-in with `raw=None` named after the comments' author."""
        for name in profiles:
            with source.open(name) as stream:
                data = _meta.load_json(stream, source.describe(name))
            details = (data.get("profile_v2") or data.get("profile")) if isinstance(data, dict) else None
            if isinstance(details, dict):
                return _profile_from(details)
        # A partial download without the profile: the comments' author is the person's own name.
        author = _comment_author(source, comments)
        native_id = stable_id_for_name(author) if author else UNKNOWN_ACCOUNT
        return Profile(platform="facebook", native_id=native_id, display_name=author)


def stable_id_for_name(full_name: str) -> str:
    """Account id when Facebook gives only a name: a hash, since names are neither unique nor ids."""
    return f"name-{_meta.stable_id('facebook-name', full_name.strip().casefold())}"


def _kind(source: ArchiveSource, name: str) -> str | None:
    """'posts', 'posts-html', 'comments' or 'profile' when the member is one, by its content."""
    base = posixpath.basename(name)
    if _POSTS.match(base):
        if base.endswith(".html"):
            with source.open(name) as stream:
                head = stream.read(4096).lower()
            return "posts-html" if b"<html" in head or b"<!doctype html" in head else None
        events = _meta.sniff(source, name)
        if _meta.top_keys(events)[:1] in (["group_posts_v2"], ["group_posts"]):
            return "posts"
        if not _meta.is_array(events):
            return None
        if len(events) >= 2 and events[1][1] == "end_array":
            return "posts"  # an empty your_posts file: still the person's (empty) timeline
        # A post element: `timestamp` plus `data`, `attachments` or `title` (spec §4.2).
        element_keys = {v for p, e, v in events if p == "item" and e == "map_key"}
        return "posts" if "timestamp" in element_keys and element_keys & {"data", "attachments", "title"} else None
    if base == _COMMENTS:
        keys = _meta.top_keys(_meta.sniff(source, name))
        return "comments" if keys[:1] in (["comments_v2"], ["comments"]) else None
    if base == _PROFILE:
        keys = _meta.top_keys(_meta.sniff(source, name))
        return "profile" if keys[:1] in (["profile_v2"], ["profile"]) else None
    return None


def _profile_from(details: dict[str, Any]) -> Profile:
    full_name = _meta.text_of(_meta.lookup(details, "name", "full_name")) or _meta.text_of(details.get("name"))
    username = _meta.text_of(details.get("username")).strip()
    profile_uri = _meta.text_of(details.get("profile_uri")).strip()
    if not username and profile_uri:
        last = profile_uri.rstrip("/").rsplit("/", 1)[-1]
        username = "" if "profile.php" in last or "?" in last else last
    emails = _meta.lookup(details, "emails", "emails")
    email_list = [e.strip() for e in emails if isinstance(e, str) and e.strip()] if isinstance(emails, list) else []
    websites = _meta.lookup(details, "websites", "websites") or details.get("websites")
    site_list = []
    if isinstance(websites, list):
        for site in websites:
            address = site.get("address") if isinstance(site, dict) else site
            if isinstance(address, str) and address.strip():
                site_list.append(address.strip())
    if username:
        native_id = username
    elif full_name:
        native_id = stable_id_for_name(full_name)
    else:
        native_id = UNKNOWN_ACCOUNT
    return Profile(
        platform="facebook",
        native_id=native_id,
        handle=username or None,
        display_name=full_name or None,
        # Every address, comma-separated: the government-email rule looks at each of them.
        email=", ".join(email_list) or None,
        website=" ".join(site_list) or None,
        location=_meta.text_of(_meta.lookup(details, "current_city", "name")) or None,
        created_at=epoch_time(details.get("registration_timestamp")),
        url=profile_uri or (f"https://www.facebook.com/{username}" if username else None),
        raw=details,
    )


def _comment_author(source: ArchiveSource, comments: list[str]) -> str | None:
    for name in comments:
        with source.open(name) as stream:
            for _, element in _meta.iter_items(stream, source.describe(name), _COMMENT_ARRAYS):
                data = element.get("data") if isinstance(element, dict) else None
                for entry in data if isinstance(data, list) else []:
                    author = _meta.text_of(_meta.lookup(entry, "comment", "author")).strip()
                    if author:
                        return author
    return None


def _attachment_entries(element: dict[str, Any]) -> Iterator[dict[str, Any]]:
    attachments = element.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else []:
        entries = attachment.get("data") if isinstance(attachment, dict) else None
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                yield entry


def _media(entries: list[dict[str, Any]], root: str, known: set[str]) -> tuple[list[MediaRef], list[str]]:
    """Photos and videos of a post, and the captions the person wrote on them."""
    media: list[MediaRef] = []
    captions: list[str] = []
    for entry in entries:
        item = entry.get("media")
        if not isinstance(item, dict):
            continue
        uri = _meta.text_of(item.get("uri")).strip()
        if uri:
            media.append(MediaRef(
                kind=_meta.media_kind(uri, item.get("media_metadata")),
                source_path=f"{root}{uri}" if uri in known else None,
            ))
        caption = _meta.text_of(item.get("description")).strip()
        if caption:
            captions.append(caption)
    return media, captions


def _links(entries: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for entry in entries:
        context = entry.get("external_context")
        if isinstance(context, dict):
            for key in ("name", "url"):
                value = _meta.text_of(context.get(key)).strip()
                if value:
                    lines.append(value)
    return lines


def _with_extras(body: str, extras: list[str]) -> str:
    lines = [body] if body else []
    for extra in extras:
        if extra not in "\n".join(lines):
            lines.append(extra)
    return "\n".join(lines)


def _post(element: Any, index: int, where: str, account: str, root: str, known: set[str]) -> Item | Skipped:
    if not isinstance(element, dict):
        return Skipped(f"{where}#{index}", "not a post object")
    created = epoch_time(element.get("timestamp"))
    if created is None:
        return Skipped(f"{where}#{index}", f"post without a readable timestamp ({element.get('timestamp')!r})")
    data = list_field(element, "data")
    words = [d["post"].strip() for d in data if isinstance(d, dict) and isinstance(d.get("post"), str) and d["post"].strip()]
    title = _meta.text_of(element.get("title")).strip()
    entries = list(_attachment_entries(element))
    media, captions = _media(entries, root, known)
    text = _with_extras("\n\n".join(words) or title, [*captions, *_links(entries)])
    if not text and not media:
        # Only an `update_timestamp`: whatever was posted (often a photo not included in this
        # download) left nothing to read.
        return Skipped(f"{where}#{index}", "post with no text, title, link or media in the export")
    return Item(
        platform="facebook",
        account_id=account,
        # No id in the export: derived from the timestamp and the text (plus media, so two
        # captionless photos posted the same second stay apart).
        native_id=_meta.stable_id("post", int(created.timestamp()), text, *(m.source_path or "" for m in media)),
        kind=ItemKind.POST,
        text=text,
        created_at=created,
        raw=element,
        media=tuple(media),
    )


def _comment(element: Any, index: int, where: str, account: str, root: str, known: set[str]) -> Item | Skipped:
    if not isinstance(element, dict):
        return Skipped(f"{where}#{index}", "not a comment object")
    data = list_field(element, "data")
    comment: dict[str, Any] = next((d["comment"] for d in data if isinstance(d, dict) and isinstance(d.get("comment"), dict)), {})
    created = epoch_time(comment.get("timestamp")) or epoch_time(element.get("timestamp"))
    if created is None:
        return Skipped(f"{where}#{index}", f"comment without a readable timestamp ({element.get('timestamp')!r})")
    entries = list(_attachment_entries(element))
    media, _ = _media(entries, root, known)
    # The title ("Pat commented on Sam's post.") names other people and is not the comment:
    # only the words and what was attached (a GIF link) make the text.
    text = _with_extras(_meta.text_of(comment.get("comment")).strip(), _links(entries))
    if not text and not media:
        return Skipped(f"{where}#{index}", "comment with no text or attachment (a sticker?)")
    return Item(
        platform="facebook",
        account_id=account,
        native_id=_meta.stable_id("comment", int(created.timestamp()), text, *(m.source_path or "" for m in media)),
        kind=ItemKind.COMMENT,
        text=text,
        created_at=created,
        raw=element,
        media=tuple(media),
    )


# ---------------------------------------------------------------------- HTML variant


def _html_posts(source: ArchiveSource, name: str, account: str, root: str, known: set[str]) -> Iterator[Item | Skipped]:
    """Posts of a `your_posts_N.html`, found by structure since class names change yearly.

    A post is the block around a date line: the block's first child is the title when there
    are several, the rest is the content, the date child is the last. HTML dates are in the
    requester's time zone, which the export does not state; they are read as UTC and the raw
    record says so.
    """
    where = source.describe(name)
    with source.open(name) as stream:
        soup = BeautifulSoup(read_whole(stream, where), "html.parser")
    for element in soup.find_all(("script", "style", "head")):
        element.decompose()
    # Block -> (its date child, the date). A block holding several dates (an "Updated" line)
    # keeps the last one, which is where Facebook puts the post's own date.
    blocks: dict[int, tuple[Tag, Tag, str]] = {}
    for string in soup.find_all(string=_HTML_DATE):
        container = string.parent
        if container is None:
            continue  # a string always sits in a tag of the parsed tree; nothing to place otherwise
        # A date sits a few wrappers deep; the cap keeps a file of thousands of nested tags
        # from costing one full-text pass per level (quadratic).
        for _ in range(_MAX_WRAPPERS):
            wrapper = container.parent
            if wrapper is None or wrapper.get_text(strip=True) != string.strip():
                break
            container = wrapper
        block = container.parent
        if isinstance(block, Tag) and block.name not in ("body", "html", "[document]"):
            blocks[id(block)] = (block, container, string.strip())
    # A date nested in a post's content (a shared memory) makes an inner block: keep the outer.
    outer = [b for b in blocks.values() if not any(id(p) in blocks for p in islice(b[0].parents, _MAX_WRAPPERS))]
    for index, (block, date_child, when_text) in enumerate(outer):
        created = _html_time(when_text)
        if created is None:
            yield Skipped(f"{where}#{index}", f"unreadable date {when_text!r}")
            continue
        children = [c for c in block.children if isinstance(c, Tag) and c is not date_child]
        title = _html_text(children[0]) if len(children) >= 2 else ""
        content = children[1:] if len(children) >= 2 else children
        words = "\n".join(t for t in (_html_text(c) for c in content) if t)
        links = [href for c in content for a in c.find_all("a", href=True)
                 if (href := _attribute(a, "href")).startswith("http") and "facebook.com" not in href]
        media = [
            MediaRef(kind=_meta.media_kind(src), source_path=f"{root}{src}" if src in known else None)
            for c in content for src in (_attribute(t, "src") for t in c.find_all(("img", "video"))) if src
        ]
        text = _with_extras(_meta.fix_text(words or title), links)
        if not text and not media:
            yield Skipped(f"{where}#{index}", "post with no text or media")
            continue
        yield Item(
            platform="facebook",
            account_id=account,
            native_id=_meta.stable_id("post", int(created.timestamp()), text, *(m.source_path or "" for m in media)),
            kind=ItemKind.POST,
            text=text,
            created_at=created,
            raw={"title": title, "text": words, "date": when_text, "time_zone": "not stated in the HTML export; read as UTC"},
            media=tuple(media),
        )


def _html_time(value: str) -> datetime | None:
    match = _HTML_DATE.match(value)
    if not match or match.group(1) not in _MONTHS:
        return None
    month = _MONTHS[match.group(1)]
    hour = int(match.group(4)) % 12 + (12 if match.group(7).lower() == "pm" else 0)
    try:
        return datetime(int(match.group(3)), month, int(match.group(2)), hour, int(match.group(5)),
                        int(match.group(6) or 0), tzinfo=UTC)
    except ValueError:
        return None


def _attribute(node: Tag, name: str) -> str:
    """A single-valued attribute such as href or src ("" when absent). html.parser only splits
    class-like attributes into lists, so a list here is not a link or a file name."""
    value = node.get(name)
    return value if isinstance(value, str) else ""


def _html_text(node: Tag) -> str:
    """What a reader sees (shared HTML-to-text rules), with Facebook's padding lines collapsed."""
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", html_to_text(str(node)).replace("\xa0", " "))
    return re.sub(r"\n{2,}", "\n", text).strip()
