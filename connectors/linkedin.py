"""LinkedIn data export ("Get a copy of your data"): flat CSVs. Spec: archive-formats.md §6.

Every CSV at the export's top is recognised by its header row, never by its file name, so
`Shares.csv`, `shares.csv` or a renamed copy read the same. Read: Shares (posts and reposts),
Comments, Reactions (kept apart as reactions), Profile, Positions and Email Addresses (folded into
the one Profile). Every other file is recorded as skipped with the reason.

Two writer quirks are undone here, both seen in the real 2025 sample:
- in Shares, every line of a multi-line post is wrapped in doubled quotes, so a plain CSV
  reader returns lines that start and end with a stray `"` (see `unquirk`);
- in Comments, a quote inside a quoted cell is written `\\"` instead of `""`.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, ClassVar
from urllib.parse import unquote

from footprint.connectors import _csv
from footprint.connectors._archive import ArchiveSource
from footprint.connectors._values import iso_time
from footprint.connectors.base import ArchiveImporter
from footprint.records import Item, ItemKind, MediaRef, Profile, Reaction, Record, Skipped

PLATFORM = "linkedin"
# An export without Profile.csv names nobody; its records still need one stable account.
UNNAMED_ACCOUNT = "linkedin-export-owner"

SHARES, COMMENTS, REACTIONS, PROFILE, POSITIONS, EMAILS = (
    "shares", "comments", "reactions", "profile", "positions", "emails",
)
_URN = re.compile(r"urn:li:(\w+):([\w-]+)")
_URL = re.compile(r"https?://[^\s,\]\[\"']+")
_VISIBILITY = {"MEMBER_NETWORK": "connections", "CONNECTIONS": "connections", "PUBLIC": "public",
               "ANYONE": "public", "LOGGED_IN_MEMBERS": "members"}
_PHOTO = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_VIDEO = (".mp4", ".mov", ".webm")
# Skipped-file reasons, by a hint in the file name: only the wording depends on the name.
_PRIVATE_HINTS = ("message", "connection", "invitation", "phone", "address", "ad_targeting", "inference",
                  "login", "registration", "receipt", "payment", "security", "job", "whatsapp",
                  "contact", "member_follows", "learning", "coach", "search")


def kind_of(header: list[str]) -> str | None:
    """Which LinkedIn file a header row belongs to, or None."""
    folded = [_csv.fold(h) for h in header]
    names = set(folded)
    if {"date", "sharelink", "sharecommentary"} <= names:
        return SHARES
    if sorted(folded) == ["date", "link", "message"]:
        return COMMENTS
    if sorted(folded) == ["date", "link", "type"]:
        return REACTIONS
    if {"firstname", "lastname", "headline"} <= names:
        return PROFILE
    if {"companyname", "title", "startedon"} <= names:
        return POSITIONS
    if {"emailaddress", "primary"} <= names:
        return EMAILS
    return None


def unquirk(cell: str) -> str:
    """Undo Shares' per-line doubled quotes, only when every line break carries them.

    In the file each line of a post is wrapped in doubled quotes, so the parsed cell reads
    `One."` / `""` / `"Two.`: every line but the first starts with a quote and every line but
    the last ends with one. A cell that does not show that pattern at every line break (Comments
    in the real sample, a future fixed export) is returned as written.
    """
    if "\n" not in cell:
        return cell
    lines = cell.replace("\r\n", "\n").split("\n")
    if not (all(line.endswith('"') for line in lines[:-1]) and all(line.startswith('"') for line in lines[1:])):
        return cell
    last = len(lines) - 1
    return "\n".join(line[1 if i else 0: -1 if i < last else None] for i, line in enumerate(lines))


def _urn_id(link: str | None) -> str | None:
    """The id at the end of a feed URL's URN: `…urn%3Ali%3Ashare%3A734…` -> "734…"."""
    match = _URN.search(unquote(link or ""))
    return match.group(2) if match else None


def _derived_id(*parts: str) -> str:
    # The export has no id for this record: sha256 of its own fields, stable across imports.
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]


def _media(url: str) -> MediaRef:
    path = url.split("?", 1)[0].casefold()
    kind = "photo" if path.endswith(_PHOTO) else "video" if path.endswith(_VIDEO) else "media"
    return MediaRef(kind=kind, url=url)


class LinkedInArchive(ArchiveImporter):
    name: ClassVar[str] = "linkedin-export"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "LinkedIn data export (zip or folder of CSV files)"
    download_help: ClassVar[str] = (
        "linkedin.com > Me > Settings & Privacy > Data privacy > Get a copy of your data; choose the "
        "full archive (https://www.linkedin.com/help/linkedin/answer/a1339364)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        return source.roots_where(
            lambda name: name.casefold().endswith(".csv")
            and kind_of(_csv.peek_header(source, name)) in (SHARES, COMMENTS, PROFILE)
        )

    # ------------------------------------------------------------------ reading

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        top = [n for n in source.names() if n.startswith(root) and "/" not in n[len(root):]]
        files: dict[str, list[str]] = {}
        others: list[str] = []
        for name in top:
            kind = kind_of(_csv.peek_header(source, name)) if name.casefold().endswith(".csv") else None
            if kind is None:
                others.append(name)
            else:
                files.setdefault(kind, []).append(name)

        profile = self._profile(source, files)
        yield profile
        if not files.get(PROFILE):
            yield Skipped(
                source.describe(root or "."), "no Profile.csv in this export: the profile itself was not audited"
            )
        account = profile.native_id

        for name in files.get(SHARES, []):
            yield from self._shares(source, name, account)
        for name in files.get(COMMENTS, []):
            yield from self._comments(source, name, account)
        for name in files.get(REACTIONS, []):
            yield from self._reactions(source, name, account)
        for name in others:
            yield Skipped(source.describe(name), self._skip_reason(name))
        for name in source.names():
            rest = name[len(root):] if name.startswith(root) else ""
            if rest.casefold().startswith("articles/") and rest.casefold().endswith((".html", ".htm")):
                yield Skipped(
                    source.describe(name), "not audited yet: a published article (HTML); review it on LinkedIn"
                )

    @staticmethod
    def _skip_reason(name: str) -> str:
        base = posixpath.basename(name).casefold().replace(" ", "_")
        if any(hint in base for hint in _PRIVATE_HINTS):
            return "not audited: private data that is never public"
        return "not audited: this kind of data is not public posting"

    # ------------------------------------------------------------------ profile

    def _small(self, source: ArchiveSource, files: dict[str, list[str]], kind: str) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for name in files.get(kind, []):
            rows.extend(row for _, row in _csv.iter_rows(source, name))
        return rows

    def _profile(self, source: ArchiveSource, files: dict[str, list[str]]) -> Profile:
        people = self._small(source, files, PROFILE)
        person = people[0] if people else {}
        positions = self._small(source, files, POSITIONS)
        emails = self._small(source, files, EMAILS)

        def get(row: dict[str, Any], column: str) -> str:
            folded = _csv.fold(column)
            return next((str(v).strip() for k, v in row.items() if _csv.fold(k) == folded and v), "")

        name = " ".join(p for p in (get(person, "First Name"), get(person, "Last Name")) if p)
        bio = "\n\n".join(p for p in (get(person, "Headline"), get(person, "Summary")) if p)
        # Current roles (no end date) stay in raw, not in the bio: the official-appearance rules
        # read the bio, and a résumé entry on a professional network is not what they flag; the
        # headline, which LinkedIn shows beside the name everywhere, is in the bio.
        current = [
            ", ".join(p for p in (get(row, "Title"), get(row, "Company Name")) if p)
            for row in positions
            if not get(row, "Finished On") and (get(row, "Title") or get(row, "Company Name"))
        ]
        primary = next((get(r, "Email Address") for r in emails if get(r, "Primary").casefold() in ("yes", "true")), "")
        primary = primary or next((get(r, "Email Address") for r in emails if get(r, "Email Address")), "")
        website = _URL.search(get(person, "Websites"))
        return Profile(
            platform=PLATFORM,
            native_id=_derived_id(name.casefold()) if name else UNNAMED_ACCOUNT,
            display_name=name or None,
            bio=bio or None,
            location=get(person, "Geo Location") or None,
            email=primary or None,
            website=website.group(0) if website else None,
            raw={
                "profile": person,
                "positions": positions,
                "current_positions": current,
                "emails": [get(r, "Email Address") for r in emails if get(r, "Email Address")],
                "email_rows": emails,
            },
        )

    # ------------------------------------------------------------------ posts

    def _shares(self, source: ArchiveSource, name: str, account: str) -> Iterator[Record]:
        where = source.describe(name)
        pending: Item | None = None
        rows = _csv.iter_rows(source, name, required=("Date", "ShareLink", "ShareCommentary"))
        for index, row in rows:
            item = self._share(row, index, where, account)
            if isinstance(item, Skipped):
                yield item
                continue
            # One post with several photos comes as consecutive rows that differ only in MediaUrl.
            if pending is not None and pending.native_id == item.native_id:
                raw = dict(pending.raw or {})
                raw["_more_rows"] = [*raw.get("_more_rows", []), row]
                pending = replace(pending, media=pending.media + item.media, raw=raw)
                continue
            if pending is not None:
                yield pending
            pending = item
        if pending is not None:
            yield pending

    def _share(self, row: dict[str, Any], index: int, where: str, account: str) -> Item | Skipped:
        if _csv.ragged(row):
            return Skipped(f"{where}#{index}", "row does not match the header (wrong number of cells)")
        created = iso_time(row.get("Date"))
        if created is None:
            return Skipped(f"{where}#{index}", f"unreadable Date {row.get('Date')!r}")
        text = unquirk(row.get("ShareCommentary") or "")
        link = (row.get("ShareLink") or "").strip()
        native_id = _urn_id(link) or _derived_id(row.get("Date") or "", row.get("ShareCommentary") or "")
        media_url = (row.get("MediaUrl") or "").strip()
        visibility = (row.get("Visibility") or "").strip()
        return Item(
            platform=PLATFORM,
            account_id=account,
            native_id=native_id,
            # Reposts without commentary are exported as shares with an empty ShareCommentary.
            kind=ItemKind.POST if text.strip() else ItemKind.REPOST,
            text=text,
            created_at=created,
            url=link or None,
            visibility=_VISIBILITY.get(visibility, visibility.casefold() or None),
            raw=row,
            media=(_media(media_url),) if media_url else (),
        )

    def _comments(self, source: ArchiveSource, name: str, account: str) -> Iterator[Record]:
        where = source.describe(name)
        for index, row in _csv.iter_rows(source, name, required=("Date", "Link", "Message"), backslash_quotes=True):
            if _csv.ragged(row):
                yield Skipped(f"{where}#{index}", "row does not match the header (wrong number of cells)")
                continue
            created = iso_time(row.get("Date"))
            if created is None:
                yield Skipped(f"{where}#{index}", f"unreadable Date {row.get('Date')!r}")
                continue
            link = (row.get("Link") or "").strip()
            message = row.get("Message") or ""
            yield Item(
                platform=PLATFORM,
                account_id=account,
                # Comments.csv has no comment id; Link is the post commented on.
                native_id=_derived_id(row.get("Date") or "", link, message),
                kind=ItemKind.COMMENT,
                text=unquirk(message),
                created_at=created,
                url=link or None,
                reply_to=_urn_id(link),
                raw=row,
            )

    def _reactions(self, source: ArchiveSource, name: str, account: str) -> Iterator[Record]:
        where = source.describe(name)
        for index, row in _csv.iter_rows(source, name, required=("Date", "Type", "Link")):
            link = (row.get("Link") or "").strip()
            if _csv.ragged(row) or not link:
                yield Skipped(f"{where}#{index}", "reaction without a Link")
                continue
            yield Reaction(
                platform=PLATFORM,
                account_id=account,
                target_id=_urn_id(link) or link,
                kind=(row.get("Type") or "like").strip().casefold() or "like",
                url=link,
                raw=row,
            )
