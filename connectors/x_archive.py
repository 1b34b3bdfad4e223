"""X / Twitter account archive (the "YTD" layout, 2019 to today). Spec: archive-formats.md §1.

Reads the account and profile, every `tweets.js`/`tweet.js` part listed by the manifest (or
found by name), long posts from `note-tweet.js` merged into their truncated tweets, recently
deleted posts from `deleted-tweets.js` (flagged deleted), and likes, which are kept apart as
reactions since the person did not write them. Direct messages and the other ~80 data files are
recorded as skipped with the reason, so the report says what was not audited.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any, ClassVar

from footprint.connectors._archive import ArchiveSource, member_folder
from footprint.connectors._jsstream import iter_array, load_object
from footprint.connectors._values import as_utc, dict_field, int_or_none, iso_time, text_or_none
from footprint.connectors.base import ArchiveImporter
from footprint.records import Item, ItemKind, MediaRef, Profile, Reaction, Record, Skipped

_TWEET_PART = re.compile(r"^(?:data/)?(tweets?|deleted-tweets)(?:-part\d+)?\.js$")
_STATUS_URL = re.compile(r"^https?://(?:mobile\.)?(?:twitter|x)\.com/(\w+)/status(?:es)?/(\d+)/?(?:\?.*)?$")
_TRAILING_TCO = re.compile(r"\s*(?:…|\.\.\.)?\s*https://t\.co/\w+\s*$")
_HANDLED = {"manifest.js", "account.js", "profile.js", "note-tweet.js", "deleted-note-tweet.js", "like.js",
            "follower.js", "following.js", "README.txt"}
_PRIVATE_HINTS = ("direct-message", "direct_message", "ip-audit", "phone-number", "email-address")


_MONTHS = {name: f"{number:02d}" for number, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}
# "Sat May 13 17:20:09 +0000 2023": X always writes this shape in UTC. Rearranged for the C
# `fromisoformat` because strptime is a tenth of the whole import's time on a large archive.
_TWITTER_TIME = re.compile(r"\w{3} (\w{3}) (\d\d) (\d\d:\d\d:\d\d) \+0000 (\d{4})", re.ASCII)


def _twitter_time(value: Any) -> datetime | None:
    if not value or not isinstance(value, str):
        return None
    match = _TWITTER_TIME.fullmatch(value)
    if match is not None and match.group(1) in _MONTHS:
        month, day, clock, year = match.groups()
        try:
            return datetime.fromisoformat(f"{year}-{_MONTHS[month]}-{day}T{clock}+00:00")
        except ValueError:
            return None
    try:
        return as_utc(datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y"))
    except ValueError:
        return iso_time(value)


def _second(when: datetime) -> datetime:
    """`when` (UTC, from `_twitter_time`) to the second: how a long post finds its truncated tweet."""
    return when.replace(microsecond=0) if when.microsecond else when


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _x_root(name: str) -> str:
    """The archive's top: the folder above data/ (older archives have no data/ folder)."""
    folder = posixpath.dirname(name)
    return member_folder(folder) if posixpath.basename(folder) == "data" else member_folder(name)


class XArchive(ArchiveImporter):
    name: ClassVar[str] = "x-archive"
    platform: ClassVar[str] = "x"
    title: ClassVar[str] = "X / Twitter account archive (zip or folder)"
    download_help: ClassVar[str] = (
        "x.com > Settings and privacy > Your account > Download an archive of your data "
        "(https://help.x.com/en/managing-your-account/how-to-download-your-x-archive)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        def recognised(name: str) -> bool:
            base = posixpath.basename(name)
            named = base in ("manifest.js", "account.js") or _TWEET_PART.match(base) is not None
            return named and cls._looks_like_ytd(source, name)

        return source.roots_where(recognised, _x_root)

    @staticmethod
    def _looks_like_ytd(source: ArchiveSource, name: str) -> bool:
        with source.open(name) as stream:
            head = stream.read(64)
        return head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith((b"window.YTD.", b"window.__THAR_CONFIG"))

    # ------------------------------------------------------------------ reading

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        members = [n[len(root):] for n in source.names() if n.startswith(root)]
        data_dir = "data/" if any(m.startswith("data/") for m in members) else ""

        def path(member: str) -> str:
            return f"{root}{data_dir}{member}"

        manifest = self._manifest(source, path("manifest.js"))
        profile = self._profile(source, path, manifest)
        if profile is None:
            yield Skipped(source.describe(root or "."), "no account.js or manifest.js: cannot tell whose archive this is")
            return
        yield profile
        handle = profile.handle or "i/web"

        notes = self._note_tweets(source, path("note-tweet.js"))
        for when, texts in self._note_tweets(source, path("deleted-note-tweet.js")).items():
            notes.setdefault(when, []).extend(texts)
        media_files = {
            posixpath.basename(n): n for n in source.names()
            if n.startswith(f"{root}{data_dir}tweets_media/") or n.startswith(f"{root}{data_dir}tweet_media/")
        }
        tweet_files = self._tweet_files(manifest, members, data_dir)
        for member in tweet_files:
            full = f"{root}{member}"
            if not source.has(full):
                yield Skipped(source.describe(full), "listed in manifest.js but missing from the archive")
                continue
            deleted = posixpath.basename(member).startswith("deleted-")
            where = source.describe(full)
            with source.open(full) as stream:
                for index, element in enumerate(iter_array(stream, where)):
                    yield self._item(element, index, where, profile.native_id, handle, notes, media_files, deleted)

        like_file = path("like.js")
        if source.has(like_file):
            where = source.describe(like_file)
            with source.open(like_file) as stream:
                for index, element in enumerate(iter_array(stream, where)):
                    like = element.get("like") if isinstance(element, dict) else None
                    if not isinstance(like, dict) or not like.get("tweetId"):
                        yield Skipped(f"{where}#{index}", "like without a tweetId")
                        continue
                    yield Reaction(
                        platform="x",
                        account_id=profile.native_id,
                        target_id=str(like["tweetId"]),
                        kind="like",
                        text=html.unescape(like["fullText"]) if text_or_none(like.get("fullText")) else None,
                        url=text_or_none(like.get("expandedUrl")),
                        raw=like,
                    )

        read = set(tweet_files) | {f"{data_dir}{h}" for h in _HANDLED}
        for member in members:
            if not member.startswith(data_dir) or not member.endswith(".js") or member in read:
                continue
            if "/" in member[len(data_dir):]:
                continue
            kind = posixpath.basename(member)[:-3]
            reason = (
                "not audited: private data that is never public"
                if any(h in kind for h in _PRIVATE_HINTS)
                else "not audited: this kind of data is not public posting"
            )
            yield Skipped(source.describe(f"{root}{member}"), reason)

    def _manifest(self, source: ArchiveSource, name: str) -> dict[str, Any]:
        if not source.has(name):
            return {}
        with source.open(name) as stream:
            manifest = load_object(stream, source.describe(name))
        return manifest if isinstance(manifest, dict) else {}

    def _first(self, source: ArchiveSource, name: str, key: str) -> dict[str, Any]:
        if not source.has(name):
            return {}
        with source.open(name) as stream:
            for element in iter_array(stream, source.describe(name)):
                if isinstance(element, dict) and isinstance(element.get(key), dict):
                    return element[key]
        return {}

    def _count(self, source: ArchiveSource, name: str, manifest: dict[str, Any], kind: str) -> int | None:
        files = _dict(_dict(manifest.get("dataTypes")).get(kind)).get("files")
        if isinstance(files, list) and files:
            counts = [int_or_none(f.get("count")) for f in files if isinstance(f, dict)]
            if all(c is not None for c in counts):
                return sum(c for c in counts if c is not None)
        if not source.has(name):
            return None
        with source.open(name) as stream:
            return sum(1 for _ in iter_array(stream, source.describe(name)))

    def _profile(self, source: ArchiveSource, path: Any, manifest: dict[str, Any]) -> Profile | None:
        account = self._first(source, path("account.js"), "account")
        user_info = dict_field(manifest, "userInfo")
        account_id = account.get("accountId") or user_info.get("accountId")
        if not account_id:
            return None
        details = self._first(source, path("profile.js"), "profile")
        description = dict_field(details, "description")
        avatar_file, banner_file = self._profile_media(
            source, path("profile_media/"), str(account_id),
            text_or_none(details.get("avatarMediaUrl")), text_or_none(details.get("headerMediaUrl")),
        )
        handle = text_or_none(account.get("username")) or text_or_none(user_info.get("userName"))
        return Profile(
            platform="x",
            native_id=str(account_id),
            handle=handle,
            display_name=(
                text_or_none(account.get("accountDisplayName")) or text_or_none(user_info.get("displayName"))
            ),
            bio=description.get("bio") or None,
            website=description.get("website") or None,
            location=description.get("location") or None,
            email=account.get("email") or None,
            # The picture inside the archive when it is there (profile_media/), else its URL.
            avatar=avatar_file or text_or_none(details.get("avatarMediaUrl")),
            banner=banner_file or text_or_none(details.get("headerMediaUrl")),
            followers=self._count(source, path("follower.js"), manifest, "follower"),
            following=self._count(source, path("following.js"), manifest, "following"),
            created_at=_twitter_time(account.get("createdAt")),
            url=f"https://x.com/{handle}" if handle else None,
            raw={"account": account, "profile": details, "userInfo": user_info},
        )

    @staticmethod
    def _profile_media(
        source: ArchiveSource, folder: str, account_id: str, avatar_url: str | None, banner_url: str | None
    ) -> tuple[str | None, str | None]:
        """The archive paths of the avatar and the header picture in `profile_media/`.

        X names them `<account id>-<last part of the picture's URL>`: the avatar keeps its
        file name (`AbCd1234.jpg`, sometimes `AbCd1234_400x400.jpg`), the header its numeric
        name plus an extension (`1638301192.jpg`). Matched by that stem; failing that, a
        numeric stem is the header and any other picture the avatar.
        """
        files = sorted(n for n in source.names() if n.startswith(folder) and "/" not in n[len(folder):])
        if not files:
            return None, None
        prefix = f"{account_id}-"

        def stem(name: str) -> str:
            base = posixpath.basename(name)
            base = base[len(prefix):] if base.startswith(prefix) else base
            return posixpath.splitext(base)[0]

        def url_stem(url: str | None) -> str | None:
            if not url:
                return None
            return posixpath.splitext(posixpath.basename(url.split("?", 1)[0].rstrip("/")))[0] or None

        wanted_avatar, wanted_banner = url_stem(avatar_url), url_stem(banner_url)
        avatar = next((f for f in files if wanted_avatar and stem(f).split("_")[0] == wanted_avatar.split("_")[0]), None)
        banner = next((f for f in files if wanted_banner and stem(f) == wanted_banner), None)
        if banner is None:
            banner = next((f for f in files if stem(f).isdigit() and f != avatar), None)
        if avatar is None:
            avatar = next((f for f in files if not stem(f).isdigit() and f != banner), None)
        return avatar, banner

    def _note_tweets(self, source: ArchiveSource, name: str) -> dict[datetime, list[str]]:
        """Long-post texts by creation second: they join their truncated tweet on time + prefix."""
        notes: dict[datetime, list[str]] = {}
        if not source.has(name):
            return notes
        with source.open(name) as stream:
            for element in iter_array(stream, source.describe(name)):
                note = element.get("noteTweet") if isinstance(element, dict) else None
                if not isinstance(note, dict):
                    continue
                when = _twitter_time(note.get("createdAt"))
                text = text_or_none(_dict(note.get("core")).get("text"))
                if when and text:
                    notes.setdefault(_second(when), []).append(text)
        return notes

    def _tweet_files(self, manifest: dict[str, Any], members: list[str], data_dir: str) -> list[str]:
        listed: list[str] = []
        types = _dict(manifest.get("dataTypes"))
        for kind in ("tweets", "tweet", "deletedTweets"):
            for entry in _list(_dict(types.get(kind)).get("files")):
                if isinstance(entry, dict) and text_or_none(entry.get("fileName")):
                    listed.append(entry["fileName"])
        found = sorted(m for m in members if m.startswith(data_dir) and _TWEET_PART.match(m[len(data_dir):] if data_dir else m))
        # The manifest is authoritative for parts, but both names can sit side by side.
        ordered = list(dict.fromkeys(listed + found))
        # Deleted tweets come last so a post also present in tweets.js ends up marked deleted.
        return sorted(ordered, key=lambda m: posixpath.basename(m).startswith("deleted-"))

    def _item(
        self,
        element: Any,
        index: int,
        where: str,
        account_id: str,
        handle: str,
        notes: dict[datetime, list[str]],
        media_files: dict[str, str],
        deleted: bool,
    ) -> Item | Skipped:
        tweet = element.get("tweet", element) if isinstance(element, dict) else None
        if not isinstance(tweet, dict):
            return Skipped(f"{where}#{index}", "not a tweet object")
        get = tweet.get
        tweet_id = get("id_str") or get("id")
        if not tweet_id:
            return Skipped(f"{where}#{index}", "tweet without an id")
        created = _twitter_time(get("created_at"))
        if created is None:
            return Skipped(f"{where}#{index}", f"tweet {tweet_id}: unreadable created_at {get('created_at')!r}")
        raw_text = get("full_text")
        text = html.unescape(str(get("text", "") if raw_text is None else raw_text))
        if notes:
            text = self._merge_note(text, created, notes)
        entities = _dict(get("entities"))
        if text.startswith("RT @"):
            kind = ItemKind.REPOST
        elif get("in_reply_to_status_id_str") or get("in_reply_to_status_id"):
            kind = ItemKind.REPLY
        else:
            kind = ItemKind.POST
        quote_of = None
        for url in _list(entities.get("urls")):
            expanded = text_or_none(url.get("expanded_url")) if isinstance(url, dict) else None
            if expanded and _STATUS_URL.match(expanded):
                quote_of = expanded
                if kind is ItemKind.POST:
                    kind = ItemKind.QUOTE
                break
        media = []
        for m in _list(_dict(get("extended_entities")).get("media")) or _list(entities.get("media")):
            if not isinstance(m, dict):
                continue
            url = text_or_none(m.get("media_url_https")) or text_or_none(m.get("media_url"))
            local = media_files.get(f"{tweet_id}-{posixpath.basename(url)}") if url else None
            media.append(MediaRef(kind=str(m.get("type", "photo")), url=url, source_path=local, native_id=m.get("id_str")))
        language = get("lang")
        return Item(
            platform="x",
            account_id=account_id,
            native_id=str(tweet_id),
            kind=kind,
            text=text,
            created_at=created,
            url=f"https://x.com/{handle}/status/{tweet_id}",
            language=None if language in (None, "und", "zxx", "qme", "qht") else str(language),
            visibility="public",
            like_count=int_or_none(get("favorite_count")),
            repost_count=int_or_none(get("retweet_count")),
            reply_to=text_or_none(get("in_reply_to_status_id_str")),
            quote_of=quote_of,
            deleted=deleted,
            raw=tweet,
            media=tuple(media),
        )

    @staticmethod
    def _merge_note(text: str, created: datetime, notes: dict[datetime, list[str]]) -> str:
        candidates = notes.get(_second(created))
        if not candidates:
            return text
        prefix = _TRAILING_TCO.sub("", text).rstrip("… ").strip()
        for note in candidates:
            if note.startswith(prefix[: max(1, len(prefix) - 1)]):
                return note
        return text
