"""Reddit data request (GDPR/CCPA export): a flat zip of CSVs. Spec: archive-formats.md §7.

Files are recognised by their header rows: comments and posts become items, saved posts and
comments and up/down votes become reactions, statistics.csv names the account. Large files split
as `post_votes_1.csv`, `post_votes_2.csv` … are simply read one after the other. Every other file
is recorded as skipped with the reason.

Ids are Reddit's own "fullnames" (`t1_` + base36 for a comment, `t3_` for a post) so a comment
and a post can never collide. A body of `[deleted]` or `[removed]` means the text is gone from
Reddit: the item is kept, marked deleted, with that body left out of the text (the marker stays
in `raw`), so the report can still count and link it.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any, ClassVar

from footprint.connectors import _csv
from footprint.connectors._archive import ArchiveSource
from footprint.connectors._values import iso_time
from footprint.connectors.base import ArchiveImporter
from footprint.records import Item, ItemKind, MediaRef, Profile, Reaction, Record, Skipped

PLATFORM = "reddit"
SITE = "https://www.reddit.com"
# Without statistics.csv the export names nobody; its records still need one stable account.
UNNAMED_ACCOUNT = "reddit-export-owner"

COMMENTS, POSTS, HEADERS, VOTES, SAVED, STATISTICS = "comments", "posts", "headers", "votes", "saved", "statistics"
_DELETED_BODIES = ("[deleted]", "[removed]")
_COMMENT_LINK = re.compile(r"/comments/([a-z0-9]+)/[^/?#]*/([a-z0-9]+)/?(?:[?#].*)?$", re.IGNORECASE)
_POST_LINK = re.compile(r"/comments/([a-z0-9]+)(?:/|$)", re.IGNORECASE)
_PRIVATE_HINTS = ("message", "chat", "ip_log", "draft", "linked", "birthdate", "gender", "twitter", "phone",
                  "payout", "purchase", "email", "persona", "sensitive", "hidden", "preference", "friend",
                  "blocked", "checkfile", "scheduled")


def kind_of(header: list[str]) -> str | None:
    """Which Reddit file a header row belongs to, or None."""
    folded = [_csv.fold(h) for h in header]
    names = set(folded)
    if {"id", "permalink", "date", "subreddit"} <= names:
        if "body" in names and "parent" in names:
            return COMMENTS
        if "body" in names and "title" in names:
            return POSTS
        return HEADERS
    if sorted(folded) == ["direction", "id", "permalink"]:
        return VOTES
    if sorted(folded) == ["id", "permalink"]:
        return SAVED  # saved_* and hidden_posts share this header; the file name tells them apart
    if folded == ["statistic", "value"]:
        return STATISTICS
    return None


def _when(value: str | None) -> datetime | None:
    # "2014-08-27 00:59:46 UTC"; ISO forms are accepted too in case the writer changes.
    text = (value or "").strip()
    return iso_time(text[:-4] + "+00:00" if text.endswith(" UTC") else text)


def _absolute(link: str | None) -> str | None:
    link = (link or "").strip()
    if not link:
        return None
    return f"{SITE}{link}" if link.startswith("/") else link


def _fullname(value: str | None, default_prefix: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    return value if re.match(r"^t\d_", value) else f"{default_prefix}{value}"


def _target(row: dict[str, Any], file_name: str) -> str | None:
    """Fullname of a voted or saved thing: its permalink shape says comment or post."""
    raw_id = (row.get("id") or "").strip()
    if not raw_id:
        return None
    link = row.get("permalink") or ""
    if _COMMENT_LINK.search(link):
        prefix = "t1_"
    elif _POST_LINK.search(link):
        prefix = "t3_"
    else:
        prefix = "t1_" if "comment" in posixpath.basename(file_name).casefold() else "t3_"
    return _fullname(raw_id, prefix)


class RedditExport(ArchiveImporter):
    name: ClassVar[str] = "reddit-export"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "Reddit data request export (zip or folder of CSV files)"
    download_help: ClassVar[str] = (
        "reddit.com/settings/data-request > request your data (GDPR or CCPA); it arrives by message "
        "as a zip (https://support.reddithelp.com/hc/en-us/articles/360043048352)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        return source.roots_where(
            lambda name: name.casefold().endswith(".csv")
            and kind_of(_csv.peek_header(source, name)) in (COMMENTS, POSTS, HEADERS)
        )

    # ------------------------------------------------------------------ reading

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        files: dict[str, list[str]] = {}
        others: list[str] = []
        for name in sorted(n for n in source.names() if n.startswith(root) and "/" not in n[len(root):]):
            kind = kind_of(_csv.peek_header(source, name)) if name.casefold().endswith(".csv") else None
            if kind == SAVED and not posixpath.basename(name).casefold().startswith("saved"):
                kind = None
            if kind is None:
                others.append(name)
            else:
                files.setdefault(kind, []).append(name)

        profile = self._profile(source, files.get(STATISTICS, []))
        yield profile
        if profile.native_id == UNNAMED_ACCOUNT:
            yield Skipped(
                source.describe(root or "."),
                "no statistics.csv with the account name: items are filed under an unnamed account",
            )
        account = profile.native_id
        for name in files.get(POSTS, []):
            yield from self._rows(source, name, account, self._post)
        for name in files.get(COMMENTS, []):
            yield from self._rows(source, name, account, self._comment)
        for name in files.get(SAVED, []):
            yield from self._reactions(source, name, account, lambda _row: "save")
        for name in files.get(VOTES, []):
            yield from self._reactions(source, name, account, self._vote_kind)
        for name in others:
            base = posixpath.basename(name).casefold()
            reason = (
                "not audited: private data that is never public"
                if any(hint in base for hint in _PRIVATE_HINTS)
                else "not audited: this kind of data is not public posting"
            )
            yield Skipped(source.describe(name), reason)

    def _profile(self, source: ArchiveSource, names: list[str]) -> Profile:
        stats: dict[str, str] = {}
        for name in names:
            for _, row in _csv.iter_rows(source, name):
                key, value = _csv.fold(row.get("statistic") or ""), (row.get("value") or "").strip()
                if key and value:
                    stats[key] = value
        username = stats.get("accountname", "")
        return Profile(
            platform=PLATFORM,
            # Reddit usernames are unique and can never change: a stable account id.
            native_id=username or UNNAMED_ACCOUNT,
            handle=username or None,
            email=stats.get("emailaddress") or None,
            created_at=_when(stats.get("registrationdate")),
            url=f"{SITE}/user/{username}/" if username else None,
            raw={"statistics": stats},
        )

    # ------------------------------------------------------------------ items

    def _rows(self, source: ArchiveSource, name: str, account: str, build: Any) -> Iterator[Record]:
        where = source.describe(name)
        for index, row in _csv.iter_rows(source, name):
            if _csv.ragged(row):
                yield Skipped(f"{where}#{index}", "row does not match the header (wrong number of cells)")
                continue
            if not (row.get("id") or "").strip():
                yield Skipped(f"{where}#{index}", "row without an id")
                continue
            created = _when(row.get("date"))
            if created is None:
                yield Skipped(f"{where}#{index}", f"{row['id']}: unreadable date {row.get('date')!r}")
                continue
            yield build(row, account, created)

    def _post(self, row: dict[str, Any], account: str, created: datetime) -> Item:
        body = row.get("body") or ""
        deleted = body.strip() in _DELETED_BODIES
        permalink = _absolute(row.get("permalink"))
        link = (row.get("url") or "").strip()
        parts = [(row.get("title") or "").strip(), "" if deleted else body.strip()]
        # A link post's target is part of what was posted; a self post's url is its own page.
        own = _POST_LINK.search(link)
        if link and not (own and own.group(1) == row["id"].strip().removeprefix("t3_")):
            parts.append(link)
        return Item(
            platform=PLATFORM,
            account_id=account,
            native_id=_fullname(row["id"], "t3_") or "",
            kind=ItemKind.POST,
            text="\n\n".join(p for p in parts if p),
            created_at=created,
            url=permalink,
            visibility="public",
            deleted=deleted,
            raw=row,
        )

    def _comment(self, row: dict[str, Any], account: str, created: datetime) -> Item:
        body = row.get("body") or ""
        deleted = body.strip() in _DELETED_BODIES
        parent = (row.get("parent") or "").strip()
        post = _POST_LINK.search(row.get("link") or "") or _POST_LINK.search(row.get("permalink") or "")
        # `parent` is a bare base36 comment id, a t1_/t3_ fullname, or empty for a top-level comment.
        reply_to = _fullname(parent, "t1_") if parent else (f"t3_{post.group(1)}" if post else None)
        media = (row.get("media") or "").strip()
        return Item(
            platform=PLATFORM,
            account_id=account,
            native_id=_fullname(row["id"], "t1_") or "",
            kind=ItemKind.COMMENT,
            text="" if deleted else body,
            created_at=created,
            url=_absolute(row.get("permalink")),
            visibility="public",
            reply_to=reply_to,
            deleted=deleted,
            raw=row,
            media=(MediaRef(kind="media", url=media),) if media.startswith("http") else (),
        )

    # ------------------------------------------------------------------ reactions

    @staticmethod
    def _vote_kind(row: dict[str, Any]) -> str | None:
        direction = (row.get("direction") or "").strip().casefold()
        # "none" is a vote taken back: nothing to record, and nothing wrong with the row.
        return {"up": "upvote", "down": "downvote"}.get(direction)

    def _reactions(self, source: ArchiveSource, name: str, account: str, kind_of_row: Any) -> Iterator[Record]:
        where = source.describe(name)
        for index, row in _csv.iter_rows(source, name):
            target = None if _csv.ragged(row) else _target(row, name)
            if target is None:
                yield Skipped(f"{where}#{index}", "row without an id")
                continue
            kind = kind_of_row(row)
            if kind is None:
                continue
            yield Reaction(
                platform=PLATFORM,
                account_id=account,
                target_id=target,
                kind=kind,
                url=_absolute(row.get("permalink")),
                raw=row,
            )
