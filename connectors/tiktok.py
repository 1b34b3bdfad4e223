"""TikTok "Download your data" export in JSON (`user_data_tiktok.json`, older `user_data.json`).
Spec: archive-formats.md §8.2 (from memory: no real sample; the tests build files from the spec).

One nested JSON object holds everything. Key spelling changes between versions ("Video" /
"Post", "Activity" / "Your Activity", "Comments" / "comments" …), so keys are compared folded
(case, spaces and punctuation ignored) and lists are found by where they sit, not by an exact
path. The file can be large (years of watch history), so it is streamed twice with ijson: once
for the profile (which sits after the activity lists), once for the records.

Read: the profile, your videos' captions (posts), your comments, and liked and favourite videos
(reactions). Direct messages and the other sections are recorded as skipped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import ijson

from footprint.connectors._archive import ArchiveSource
from footprint.connectors._csv import fold
from footprint.connectors._jsstream import json_error, skip_js_assignment
from footprint.connectors._stream import ByteStream
from footprint.connectors._values import iso_time
from footprint.connectors.base import ArchiveImporter
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, MediaRef, Profile, Reaction, Record, Skipped

PLATFORM = "tiktok"
# Without a ProfileMap the export names nobody; its records still need one stable account.
UNNAMED_ACCOUNT = "tiktok-export-owner"
_SNIFF_BYTES = 256 * 1024
_SNIFF_STEP = 16 * 1024
# Key names only a TikTok export uses; two of them in the head of a JSON object say "TikTok".
_MARKERS = {
    "profilemap", "profileinformation", "videolist", "commentslist", "itemfavoritelist", "favoritevideolist",
    "fanslist", "sharehistorylist", "loginhistorylist", "searchlist", "videobrowsinghistory",
    "favoriteeffects", "favoritehashtags", "favoritesounds", "followerlist", "followinglist",
    "tiktoklive", "tiktokshopping", "likelist", "youractivity", "likesandfavorites", "profileandsettings",
}
_POST_SECTIONS = {"video", "videos", "post", "posts"}
_COMMENT_SECTIONS = {"comment", "comments"}
_VIDEO_ID = re.compile(r"/(?:video|v)/(\d+)")
_NOT_SET = {"", "n/a", "none", "null"}

Location = tuple[str, ...]


def _walk(
    stream: ByteStream,
    where: str,
    wanted: Callable[[Location], str | None],
    top_keys: list[str] | None = None,
) -> Iterator[tuple[str, Location, Any]]:
    """(tag, location, value) for every JSON value whose location `wanted` tags.

    A location is the tuple of folded map keys down to the value, "item" for array elements;
    it is tracked here from raw events so keys containing dots cannot confuse it.
    """
    path: list[str] = []
    builder: ijson.ObjectBuilder | None = None
    depth = 0
    tag = ""
    at: Location = ()
    try:
        for event, value in ijson.basic_parse(skip_js_assignment(stream, where), use_float=True):
            if builder is not None:
                builder.event(event, value)
                if event in ("start_map", "start_array"):
                    depth += 1
                elif event in ("end_map", "end_array"):
                    depth -= 1
                if depth == 0:
                    yield tag, at, builder.value
                    builder = None
                if event == "map_key":
                    continue
            if event == "map_key":
                path[-1] = fold(value)
                if top_keys is not None and len(path) == 1:
                    top_keys.append(value)
                continue
            if builder is None and event not in ("end_map", "end_array"):
                found = wanted(tuple(path))
                if found:
                    if event in ("start_map", "start_array"):
                        builder, depth, tag, at = ijson.ObjectBuilder(), 1, found, tuple(path)
                        builder.event(event, value)
                    else:
                        yield found, tuple(path), value
            if event == "start_map":
                path.append("")
            elif event == "start_array":
                path.append("item")
            elif event in ("end_map", "end_array"):
                path.pop()
    except ijson.JSONError as exc:
        raise SourceFormatError(f"invalid JSON ({json_error(exc)})", path=where) from exc
    except UnicodeDecodeError as exc:
        raise SourceFormatError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=where) from exc


def _get(element: Any, *names: str) -> Any:
    """A field by any of its spellings (folded), or None."""
    if not isinstance(element, dict):
        return None
    folded = {fold(k): v for k, v in element.items()}
    for name in names:
        value = folded.get(fold(name))
        if value is not None:
            return value
    return None


def _text(element: Any, *names: str) -> str:
    value = _get(element, *names)
    return "" if value is None or str(value).strip().casefold() in _NOT_SET else str(value)


def _derived_id(*parts: str) -> str:
    # The export has no id for this record: sha256 of its own fields, stable across imports.
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]


def _int(value: Any) -> int | None:
    try:
        return int(str(value).replace(",", "").strip())
    except (TypeError, ValueError, OverflowError):
        return None


def _profile_location(at: Location) -> str | None:
    if at and at[-1] == "profilemap":
        return "profile"
    if len(at) >= 2 and at[-1] == "item":
        if at[-2] == "fanslist":
            return "follower"
        if at[-2] == "following" and len(at) >= 3 and at[-3] in ("followinglist", "following"):
            return "following"
    return None


def _record_location(at: Location) -> str | None:
    if len(at) < 3 or at[-1] != "item":
        return None
    parent, section = at[-2], at[0]
    if parent == "videolist" and section in _POST_SECTIONS:
        return "video"
    if parent == "commentslist" and section in _COMMENT_SECTIONS:
        return "comment"
    if parent == "itemfavoritelist":
        return "like"
    if parent == "favoritevideolist":
        return "favorite"
    return None


def _verdict(head: bytes) -> bool | None:
    """True/False once the head of a JSON file decides it, None while more bytes could."""
    head = head.lstrip(b"\xef\xbb\xbf \r\n\t")
    if not head.startswith(b"{"):
        return False
    keys: set[str] = set()
    depth = 0
    try:
        for event, value in ijson.basic_parse(head):
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
            elif event == "map_key":
                # TikTok's sections are "Activity", "Video", "Your Activity"…: capitalised.
                # Meta, Mastodon and Google files start with lower-case or "@" keys.
                if depth == 1 and not keys and not value[:1].isupper():
                    return False
                keys.add(fold(value))
                if len(keys & _MARKERS) >= 2:
                    return True
    except (ijson.JSONError, UnicodeDecodeError):
        return None  # cut mid-file: more bytes may tell
    return False  # the whole file was read and it is not TikTok's


class TikTokExport(ArchiveImporter):
    name: ClassVar[str] = "tiktok-export"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "TikTok data export in JSON (user_data_tiktok.json, zip or file)"
    download_help: ClassVar[str] = (
        "TikTok app > Profile > menu > Settings and privacy > Account > Download your data; choose "
        "the JSON format, not TXT "
        "(https://support.tiktok.com/en/account-and-privacy/personalized-ads-and-data/requesting-your-data)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        return source.roots_where(
            lambda name: name.casefold().endswith(".json") and cls.looks_like_tiktok(source, name)
        )

    @staticmethod
    def looks_like_tiktok(source: ArchiveSource, name: str) -> bool:
        """Read the head in steps: most JSON files are rejected after the first 16 KiB."""
        head = b""
        with source.open(name) as stream:
            while len(head) < _SNIFF_BYTES:
                chunk = stream.read(_SNIFF_STEP)
                if not chunk:
                    break
                head += chunk
                verdict = _verdict(head)
                if verdict is not None:
                    return verdict
        return False

    # ------------------------------------------------------------------ reading

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        files = [
            n for n in sorted(source.names())
            if n.startswith(root) and "/" not in n[len(root):] and n.casefold().endswith(".json")
            and self.looks_like_tiktok(source, n)
        ]
        profile = self._profile(source, files)
        yield profile
        if profile.native_id == UNNAMED_ACCOUNT:
            yield Skipped(source.describe(root or "."), "no ProfileMap in this export: the profile was not audited")
        for name in files:
            yield from self._records(source, name, profile)

    def _profile(self, source: ArchiveSource, files: list[str]) -> Profile:
        details: dict[str, Any] = {}
        counts = {"follower": 0, "following": 0}
        for name in files:
            with source.open(name) as stream:
                for tag, _at, value in _walk(stream, source.describe(name), _profile_location):
                    if tag == "profile" and isinstance(value, dict):
                        details.update(value)
                    elif tag in counts:
                        counts[tag] += 1
        username = _text(details, "userName", "user name", "uniqueId").lstrip("@")
        return Profile(
            platform=PLATFORM,
            # The export carries no account id; the @username is TikTok's public identity.
            native_id=username or UNNAMED_ACCOUNT,
            handle=username or None,
            display_name=_text(details, "displayName", "nickName", "nickname") or None,
            bio=_text(details, "bioDescription", "bio", "signature") or None,
            email=_text(details, "emailAddress", "email") or None,
            avatar=_text(details, "profilePhoto", "avatar") or None,
            followers=counts["follower"] or None,
            following=counts["following"] or None,
            url=f"https://www.tiktok.com/@{username}" if username else None,
            raw=details,
        )

    def _records(self, source: ArchiveSource, name: str, profile: Profile) -> Iterator[Record]:
        where = source.describe(name)
        top_keys: list[str] = []
        read: set[str] = set()
        counters: dict[str, int] = {}
        with source.open(name) as stream:
            for tag, at, value in _walk(stream, where, _record_location, top_keys):
                read.add(at[0])
                index = counters.get(tag, 0)
                counters[tag] = index + 1
                origin = f"{where}#{tag}{index}"
                if tag == "video":
                    yield self._video(value, origin, profile, deleted=any("deleted" in part for part in at))
                elif tag == "comment":
                    yield self._comment(value, origin, profile)
                else:
                    yield self._reaction(value, origin, profile, tag)
        for key in top_keys:
            folded = fold(key)
            if folded in read or folded in ("profile", "profileandsettings"):
                continue
            if "message" in folded:
                yield Skipped(f"{where}#{key}", "not audited: private messages")
            elif folded in _POST_SECTIONS | _COMMENT_SECTIONS:
                continue  # an authored section with nothing in it
            else:
                yield Skipped(f"{where}#{key}", "not audited: this part of the export is not public posting")

    @staticmethod
    def _video(element: Any, origin: str, profile: Profile, deleted: bool) -> Item | Skipped:
        created = iso_time(_text(element, "Date", "CreateTime"))
        if created is None:
            return Skipped(origin, f"video with an unreadable Date {_get(element, 'Date')!r}")
        link = _text(element, "Link", "VideoLink", "Url")
        caption = _text(element, "Title", "Description", "Caption", "Desc")
        match = _VIDEO_ID.search(link)
        video_id = match.group(1) if match else _derived_id(created.isoformat(), caption)
        url = f"https://www.tiktok.com/@{profile.handle}/video/{video_id}" if match and profile.handle else link or None
        visibility = _text(element, "WhoCanView", "Visibility", "Privacy")
        return Item(
            platform=PLATFORM,
            account_id=profile.native_id,
            native_id=video_id,
            kind=ItemKind.POST,
            text=caption,
            created_at=created,
            url=url,
            visibility=visibility.casefold() or None,
            like_count=_int(_get(element, "Likes", "LikeCount")),
            deleted=deleted,
            raw=element,
            media=(MediaRef(kind="video", url=link),) if link else (),
        )

    @staticmethod
    def _comment(element: Any, origin: str, profile: Profile) -> Item | Skipped:
        created = iso_time(_text(element, "Date"))
        if created is None:
            return Skipped(origin, f"comment with an unreadable date {_get(element, 'Date')!r}")
        text = _text(element, "Comment", "Content", "Text")
        target = _text(element, "Url", "Link", "VideoLink")
        photo = _text(element, "Photo")
        match = _VIDEO_ID.search(target)
        return Item(
            platform=PLATFORM,
            account_id=profile.native_id,
            # Comments carry no id of their own.
            native_id=_derived_id(created.isoformat(), text, target),
            kind=ItemKind.COMMENT,
            text=text,
            created_at=created,
            url=target or None,
            reply_to=match.group(1) if match else None,
            raw=element,
            media=(MediaRef(kind="photo", url=photo),) if photo.startswith("http") else (),
        )

    @staticmethod
    def _reaction(element: Any, origin: str, profile: Profile, kind: str) -> Reaction | Skipped:
        link = _text(element, "Link", "VideoLink", "Url")
        if not link:
            return Skipped(origin, f"{kind} without a video link")
        match = _VIDEO_ID.search(link)
        return Reaction(
            platform=PLATFORM,
            account_id=profile.native_id,
            target_id=match.group(1) if match else link,
            kind=kind,
            url=link,
            raw=element,
        )
