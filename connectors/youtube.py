"""YouTube comments and live-chat messages from Google Takeout. Spec: archive-formats.md §8.3.

Takeout localises everything: the top folder ("YouTube and YouTube Music", "YouTube et YouTube
Music", "YouTube y YouTube Music"), the file names ("comments.csv", "comentarios.csv") and even
the CSV headers ("Comment ID" / "ID de comentario"). So files are recognised by content: an
English header when there is one, otherwise the shape of the first rows (a `UC…` channel id, an
ISO timestamp, a JSON text cell). The comment text is JSON, in one of two forms:
`{"takeoutSegments":[{"text":…},…]}` (until mid-2024) or bare segments `{"text":…},{"text":…}`;
the `text` of every segment is joined. Plain text is accepted as is.

Also read when present (English headers only): channels/channel.csv and "channel URL
configs.csv" for the profile, and "video metadata/videos.csv" for your uploaded videos' titles
and descriptions (posts). The pre-2023 my-comments.html is not read; it is reported as skipped.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import orjson

from footprint.connectors import _csv
from footprint.connectors._archive import ArchiveSource, member_folder
from footprint.connectors._values import iso_time
from footprint.connectors.base import ArchiveImporter
from footprint.records import Item, ItemKind, Profile, Record, Skipped

PLATFORM = "youtube"
# Rows without a Channel ID (never seen, but possible) still need one stable account.
UNNAMED_ACCOUNT = "youtube-export-owner"
_SAMPLE_ROWS = 6
_CHANNEL_ID = re.compile(r"^UC[\w-]{22}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_COMMENT_ID = re.compile(r"^Ug[\w.-]{8,}$")
_VIDEO_ID = re.compile(r"^[\w-]{11}$")
_ENGLISH_ROLES = {
    "commentid": "id", "livechatid": "id", "channelid": "channel", "parentcommentid": "parent",
    "videoid": "video", "postid": "post", "commenttext": "text", "livechattext": "text",
}


@dataclass(frozen=True)
class Layout:
    """Which column holds what in one comments-like CSV, and whether it is live chat."""

    roles: dict[str, str]  # role -> header name
    live_chat: bool = False


def _looks_like_segments(value: str) -> bool:
    value = value.lstrip()
    return value.startswith("{") and ('"text"' in value or '"takeoutSegments"' in value)


def comment_layout(header: list[str], sample: list[list[str]]) -> Layout | None:
    """The column roles of a Takeout comments or live-chat CSV, or None if it is not one."""
    folded = [_csv.fold(h) for h in header]
    roles: dict[str, str] = {}
    for name, key in zip(header, folded):
        role = _ENGLISH_ROLES.get(key) or ("time" if key.endswith("createtimestamp") else None)
        if role and role not in roles:
            roles[role] = name
    if {"text", "time"} <= roles.keys():
        return Layout(roles, live_chat="livechatid" in folded)
    return _inferred_layout(header, sample)


def _inferred_layout(header: list[str], sample: list[list[str]]) -> Layout | None:
    # A localised header: tell the columns apart by what the first rows hold.
    rows = [r for r in sample if len(r) == len(header)]
    if not rows:
        return None

    def column(test: Any, *, allow_empty: bool = False, taken: dict[str, str]) -> str | None:
        for i, name in enumerate(header):
            if name in taken.values():
                continue
            values = [r[i].strip() for r in rows]
            filled = [v for v in values if v]
            if filled and (allow_empty or len(filled) == len(values)) and all(test(v) for v in filled):
                return name
        return None

    roles: dict[str, str] = {}
    for role, test, allow_empty in (
        ("text", _looks_like_segments, True),
        ("time", _ISO_TIME.match, False),
        ("channel", _CHANNEL_ID.match, False),
        ("id", _COMMENT_ID.match, False),
        ("parent", _COMMENT_ID.match, True),
        ("video", _VIDEO_ID.match, True),
    ):
        found = column(test, allow_empty=allow_empty, taken=roles)
        if found:
            roles[role] = found
    return Layout(roles) if {"text", "time", "channel"} <= roles.keys() else None


def comment_text(cell: str) -> str | None:
    """The human text of a Comment Text cell; None when it is JSON that cannot be read."""
    value = cell.strip()
    if not value.startswith("{"):
        return cell
    # orjson, not json: every failure is a JSONDecodeError (json raises RecursionError on deep
    # nesting and a bare ValueError on a 5,000-digit number), and it refuses lone surrogates,
    # which neither the database nor a report can hold.
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError:
        try:
            data = orjson.loads(f"[{value}]")
        except orjson.JSONDecodeError:
            return None
    if isinstance(data, dict):
        data = data.get("takeoutSegments", [data])
    if not isinstance(data, list):
        return None
    return "".join(str(s.get("text", "")) for s in data if isinstance(s, dict))


def _field(row: dict[str, Any], *names: str) -> str:
    """A column by its English name, compared folded."""
    wanted = {_csv.fold(n) for n in names}
    return next((str(v).strip() for k, v in row.items() if _csv.fold(k) in wanted and v), "")


class YouTubeTakeout(ArchiveImporter):
    name: ClassVar[str] = "youtube-takeout"
    platform: ClassVar[str] = PLATFORM
    title: ClassVar[str] = "YouTube comments from Google Takeout (zip or folder)"
    download_help: ClassVar[str] = (
        "takeout.google.com > deselect all > YouTube and YouTube Music > All YouTube data included: "
        "keep comments (and live chats, channel, video metadata) (https://takeout.google.com)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        roots = source.roots_where(
            lambda name: name.casefold().endswith(".csv") and cls._comment_layout(source, name) is not None,
            # The product folder sits above comments/comments.csv; localised, so by position.
            lambda name: member_folder(posixpath.dirname(name)),
        )
        # A root inside another one would be read twice.
        return sorted(r for r in roots if not any(r != o and r.startswith(o) for o in roots))

    @staticmethod
    def _comment_layout(source: ArchiveSource, name: str) -> Layout | None:
        rows = _csv.peek_rows(source, name, _SAMPLE_ROWS + 1)
        if not rows:
            return None
        return comment_layout([h.strip() for h in rows[0]], rows[1:])

    # ------------------------------------------------------------------ reading

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        members = sorted(n for n in source.names() if n.startswith(root))
        comments: list[tuple[str, Layout]] = []
        channels: list[str] = []
        vanity: list[str] = []
        videos: list[str] = []
        old_lists: list[str] = []
        for name in members:
            folded = name.casefold()
            if folded.endswith((".html", ".htm")) and "comment" in posixpath.basename(folded):
                old_lists.append(name)
            if not folded.endswith(".csv"):
                continue
            header = [_csv.fold(h) for h in _csv.peek_header(source, name)]
            if "channelid" in header and ("channeltitleoriginal" in header or "channeltitle" in header):
                channels.append(name)
            elif "channelid" in header and "channelvanityurl1name" in header:
                vanity.append(name)
            elif "videoid" in header and "videotitleoriginal" in header:
                videos.append(name)
            elif (layout := self._comment_layout(source, name)) is not None:
                comments.append((name, layout))

        known: set[str] = set()
        for profile in self._profiles(source, channels, vanity):
            known.add(profile.native_id)
            yield profile
        for name in old_lists:
            yield Skipped(source.describe(name), "not audited: the pre-2023 HTML comment list is not read; "
                          "request a new Takeout, which lists comments in CSV")
        for name in videos:
            yield from self._videos(source, name, known)
        for name, layout in comments:
            yield from self._comments(source, name, layout, known)

    def _profiles(self, source: ArchiveSource, channels: list[str], vanity: list[str]) -> list[Profile]:
        handles: dict[str, str] = {}
        for name in vanity:
            for _, row in _csv.iter_rows(source, name):
                if (channel := _field(row, "Channel ID")) and (vanity_name := _field(row, "Channel Vanity URL 1 Name")):
                    handles[channel] = vanity_name.lstrip("@")
        profiles: list[Profile] = []
        for name in channels:
            for _, row in _csv.iter_rows(source, name):
                channel = _field(row, "Channel ID")
                if not channel:
                    continue
                handle = handles.get(channel)
                profiles.append(Profile(
                    platform=PLATFORM,
                    native_id=channel,
                    handle=handle,
                    display_name=_field(row, "Channel Title (Original)", "Channel Title") or None,
                    bio=_field(row, "Channel Description (Original)", "Channel Description") or None,
                    location=_field(row, "Channel Country") or None,
                    url=f"https://www.youtube.com/@{handle}" if handle
                    else f"https://www.youtube.com/channel/{channel}",
                    raw=row,
                ))
        return profiles

    @staticmethod
    def _bare_profile(channel: str) -> Profile:
        return Profile(
            platform=PLATFORM,
            native_id=channel,
            url=f"https://www.youtube.com/channel/{channel}" if channel != UNNAMED_ACCOUNT else None,
            raw={"source": "Channel ID column of the comments"},
        )

    def _comments(self, source: ArchiveSource, name: str, layout: Layout, known: set[str]) -> Iterator[Record]:
        where = source.describe(name)
        roles = layout.roles

        def get(row: dict[str, Any], role: str) -> str:
            column = roles.get(role)
            return str(row.get(column) or "").strip() if column else ""

        for index, row in _csv.iter_rows(source, name, required=(roles["text"], roles["time"])):
            if _csv.ragged(row):
                yield Skipped(f"{where}#{index}", "row does not match the header (wrong number of cells)")
                continue
            created = iso_time(get(row, "time"))
            if created is None:
                yield Skipped(f"{where}#{index}", f"unreadable timestamp {get(row, 'time')!r}")
                continue
            text = comment_text(str(row.get(roles["text"]) or ""))
            if text is None:
                yield Skipped(f"{where}#{index}", "comment text is neither plain text nor readable JSON segments")
                continue
            channel = get(row, "channel") or next(iter(sorted(known)), UNNAMED_ACCOUNT)
            if channel not in known:
                known.add(channel)
                yield self._bare_profile(channel)
            comment_id, video, post = get(row, "id"), get(row, "video"), get(row, "post")
            url: str | None
            if video:
                url = f"https://www.youtube.com/watch?v={video}"
                if comment_id and not layout.live_chat:
                    url += f"&lc={comment_id}"
            else:
                url = f"https://www.youtube.com/post/{post}" if post else None
            yield Item(
                platform=PLATFORM,
                account_id=channel,
                # Takeout always gives the id; the fallback keeps a hand-edited file importable.
                native_id=comment_id or hashlib.sha256(f"{created.isoformat()}\n{text}".encode()).hexdigest()[:20],
                kind=ItemKind.COMMENT,
                text=text,
                created_at=created,
                url=url,
                visibility="public",
                reply_to=get(row, "parent") or video or post or None,
                raw=row,
            )

    def _videos(self, source: ArchiveSource, name: str, known: set[str]) -> Iterator[Record]:
        where = source.describe(name)
        for index, row in _csv.iter_rows(source, name):
            video = _field(row, "Video ID")
            published = _field(row, "Video Publish Timestamp") or _field(row, "Video Create Timestamp")
            created = iso_time(published)
            if _csv.ragged(row) or not video:
                yield Skipped(f"{where}#{index}", "video row without a Video ID")
                continue
            if created is None:
                yield Skipped(f"{where}#{index}", f"video {video}: no readable timestamp")
                continue
            channel = _field(row, "Channel ID") or next(iter(sorted(known)), UNNAMED_ACCOUNT)
            if channel not in known:
                known.add(channel)
                yield self._bare_profile(channel)
            parts = (_field(row, "Video Title (Original)"), _field(row, "Video Description (Original)"))
            privacy = _field(row, "Privacy")
            yield Item(
                platform=PLATFORM,
                account_id=channel,
                native_id=video,
                kind=ItemKind.POST,
                text="\n\n".join(p for p in parts if p),
                created_at=created,
                url=f"https://www.youtube.com/watch?v={video}",
                visibility=privacy.casefold() or None,
                raw=row,
            )
