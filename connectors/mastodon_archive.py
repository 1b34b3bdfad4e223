"""Mastodon account archive (Preferences > Import and export > Data export). Spec:
archive-formats.md §2.

A tar.gz (older servers; newer BackupService code writes a zip) holding ActivityPub JSON: `actor.json` (the
profile), `outbox.json` (every status as a Create activity, every boost as an Announce),
`likes.json` and `bookmarks.json` (URIs of other people's posts, kept as reactions), the avatar,
the header and `media_attachments/`. Direct messages sit in the outbox among the posts; they are
recorded as skipped, like X's direct messages, since they are never public.
"""

from __future__ import annotations

import codecs
import posixpath
import re
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

import orjson

from footprint.connectors._archive import ArchiveSource, member_folder
from footprint.connectors._jsondepth import check_depth, read_whole, too_deep
from footprint.connectors._jsstream import iter_arrays, json_error
from footprint.connectors._mastodon import bio_and_website, status_text
from footprint.connectors._stream import ByteStream
from footprint.connectors._values import dict_field, int_or_none, iso_time, text_or_none
from footprint.connectors.base import ArchiveImporter
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, MediaRef, Profile, Reaction, Record, Skipped

_PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
_ACTOR_TYPES = {"Person", "Service", "Application", "Group", "Organization"}
# actor.json is a few kB; anything far bigger named so is not a Mastodon actor.
_ACTOR_LIMIT = 1024 * 1024
# .../media_attachments/files/109/447/570/836/159/352/original/x.jpg: the digits are the id.
_MEDIA_ID = re.compile(r"media_attachments/files/((?:\d+/)+)")
# Quote posts (Mastodon 4.4+, and Misskey/Fedibird before it) name the quoted post here.
_QUOTE_KEYS = ("quote", "quoteUri", "quoteUrl", "_misskey_quote")


def _uris(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _last_segment(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


def _load_small(source: ArchiveSource, name: str) -> Any:
    """A small JSON member parsed whole; broken JSON is a one-line SourceFormatError."""
    with source.open(name) as stream:
        data = read_whole(stream, source.describe(name)).removeprefix(codecs.BOM_UTF8)
    check_depth(data, source.describe(name))
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise SourceFormatError(f"invalid JSON ({_short(exc)})", path=source.describe(name)) from exc


def _iter_ordered_items(stream: ByteStream, where: str) -> Iterator[Any]:
    """Each element of a collection's top-level `orderedItems`, streamed.

    Mastodon writes outbox.json as `"orderedItems":[],"orderedItems":[...]`: its serializer emits
    an always-empty list, then BackupService adds the real one under the same key (checked in
    app/services/backup_service.rb). `iter_arrays` yields the elements of every top-level array
    under that key, so the empty one adds nothing and the real one is read once; `totalItems` is
    wrong in real archives and is never looked at.
    """
    for _, element in iter_arrays(stream, where, ("orderedItems",)):
        yield element


def _member(actor: dict[str, Any], key: str) -> str:
    """The archive file actor.json names for a collection ("outbox.json"), or the usual name."""
    value = actor.get(key)
    return value if isinstance(value, str) and value and "://" not in value else f"{key}.json"


_short = json_error


class MastodonArchive(ArchiveImporter):
    name: ClassVar[str] = "mastodon-archive"
    platform: ClassVar[str] = "mastodon"
    title: ClassVar[str] = "Mastodon account archive (tar.gz, zip or folder)"
    download_help: ClassVar[str] = (
        "On your Mastodon server: Preferences > Import and export > Data export > "
        "Request your archive (https://docs.joinmastodon.org/user/moving/#export)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        return source.roots_where(
            lambda name: posixpath.basename(name) == "actor.json"
            and cls._is_archive_actor(source, name, member_folder(name))
        )

    @staticmethod
    def _is_archive_actor(source: ArchiveSource, name: str, root: str) -> bool:
        """An ActivityPub actor whose `outbox` names a member beside it.

        A server serves `outbox` as an https URL; only the archive rewrites it to a file name,
        which is what tells an export apart from an actor document saved from the web.
        """
        with source.open(name) as stream:
            data = stream.read(_ACTOR_LIMIT + 1).removeprefix(codecs.BOM_UTF8)
        if len(data) > _ACTOR_LIMIT or too_deep(data):
            return False
        try:
            actor = orjson.loads(data)
        except orjson.JSONDecodeError:
            return False
        if not isinstance(actor, dict) or not isinstance(actor.get("type"), str) or actor["type"] not in _ACTOR_TYPES:
            return False
        outbox = actor.get("outbox")
        return isinstance(outbox, str) and "://" not in outbox and source.has(root + outbox)

    # ------------------------------------------------------------------ reading

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        actor_name = f"{root}actor.json"
        actor = _load_small(source, actor_name)
        profile = self._profile(actor, source, root) if isinstance(actor, dict) else None
        if profile is None:
            reason = "actor.json has no id or username: cannot tell whose archive this is"
            yield Skipped(source.describe(actor_name), reason)
            return
        yield profile
        followers = text_or_none(actor.get("followers"))

        outbox = f"{root}{_member(actor, 'outbox')}"
        if source.has(outbox):
            where = source.describe(outbox)
            with source.open(outbox) as stream:
                for index, activity in enumerate(_iter_ordered_items(stream, where)):
                    yield self._item(
                        activity, f"{where}#{index}", profile.native_id, followers, source, root
                    )
        else:
            yield Skipped(source.describe(outbox), "outbox named by actor.json is missing from the archive")

        for kind, key in (("like", "likes"), ("bookmark", "bookmarks")):
            member = _member(actor, key)
            name = f"{root}{member}"
            if not source.has(name):
                continue
            where = source.describe(name)
            with source.open(name) as stream:
                for index, uri in enumerate(_iter_ordered_items(stream, where)):
                    if not isinstance(uri, str) or not uri:
                        yield Skipped(f"{where}#{index}", f"{kind} entry is not a post URI")
                        continue
                    # The archive keeps only the URI: no text, no date, no author name.
                    yield Reaction(
                        platform="mastodon",
                        account_id=profile.native_id,
                        target_id=uri,
                        kind=kind,
                        url=uri,
                        raw={"uri": uri, "collection": member},
                    )

    def _profile(self, actor: dict[str, Any], source: ArchiveSource, root: str) -> Profile | None:
        actor_id = text_or_none(actor.get("id"))
        username = text_or_none(actor.get("preferredUsername"))
        page = text_or_none(actor.get("url"))
        # The actor URI is the account's identity across the fediverse; the numeric database id
        # of the API is not in the archive.
        native_id = actor_id or page or username
        if not native_id:
            return None
        # The handle's domain is the id's host; a server with a separate WebFinger domain
        # (LOCAL_DOMAIN != WEB_DOMAIN) shows another one, which the archive does not record.
        host = urlsplit(actor_id or page or "").hostname
        handle = f"{username}@{host}" if username and host else username
        bio, website = self._bio(actor)
        return Profile(
            platform="mastodon",
            native_id=native_id,
            handle=handle,
            display_name=text_or_none(actor.get("name")),
            bio=bio,
            website=website,
            avatar=self._image_path(actor.get("icon"), source, root),
            banner=self._image_path(actor.get("image"), source, root),
            created_at=iso_time(actor.get("published")),
            url=page,
            raw=actor,
        )

    @staticmethod
    def _bio(actor: dict[str, Any]) -> tuple[str | None, str | None]:
        """The bio and website; profile fields are the actor's PropertyValue attachments."""
        fields = [
            (field.get("name"), field.get("value"))
            for field in actor.get("attachment") or []
            if isinstance(field, dict) and field.get("type") == "PropertyValue"
        ]
        return bio_and_website(actor.get("summary"), fields)

    @staticmethod
    def _image_path(image: Any, source: ArchiveSource, root: str) -> str | None:
        """The avatar/header as a member path when the file is in the archive."""
        url = image.get("url") if isinstance(image, dict) else None
        if not isinstance(url, str) or not url:
            return None
        if "://" in url:
            return url
        member = f"{root}{url.lstrip('/')}"
        return member if source.has(member) else None

    # ------------------------------------------------------------------ statuses

    def _item(
        self,
        activity: Any,
        where: str,
        account_id: str,
        followers: str | None,
        source: ArchiveSource,
        root: str,
    ) -> Item | Skipped:
        if not isinstance(activity, dict):
            return Skipped(where, "not an activity object")
        kind_of = activity.get("type")
        if kind_of == "Announce":
            return self._boost(activity, where, account_id, followers)
        if kind_of != "Create":
            return Skipped(where, f"activity type {kind_of!r} is neither a post nor a boost")
        note = activity.get("object")
        if not isinstance(note, dict):
            return Skipped(where, "Create activity without a post object")
        uri = text_or_none(note.get("id"))
        if not uri:
            return Skipped(where, "post without an id")
        status_id = _last_segment(uri)
        created = iso_time(note.get("published")) or iso_time(activity.get("published"))
        if created is None:
            published = note.get("published")
            return Skipped(where, f"status {status_id}: unreadable published {published!r}")
        visibility = self._visibility(activity, note, followers)
        if visibility == "direct":
            # Not the message text in the detail: the skipped list is shown in reports.
            return Skipped(
                where, "not audited: direct message (private)", detail=f"status {status_id}"
            )

        content_map = dict_field(note, "contentMap")
        content = note.get("content")
        if not isinstance(content, str):
            content = next((v for v in content_map.values() if isinstance(v, str)), "")
        choices = note.get("oneOf") or note.get("anyOf") or []
        options = [text_or_none(o.get("name")) for o in choices if isinstance(o, dict)]
        text = status_text(content, options, note.get("summary"))

        reply_to = text_or_none(note.get("inReplyTo"))
        quote_of = next((q for k in _QUOTE_KEYS if (q := text_or_none(note.get(k)))), None)
        if reply_to:
            kind = ItemKind.REPLY
        elif quote_of:
            kind = ItemKind.QUOTE
        else:
            kind = ItemKind.POST
        language = next(iter(content_map), None)
        likes = dict_field(note, "likes")
        shares = dict_field(note, "shares")
        return Item(
            platform="mastodon",
            account_id=account_id,
            native_id=status_id,
            kind=kind,
            text=text,
            created_at=created,
            url=text_or_none(note.get("url")) or uri,
            language=None if language in (None, "und") else str(language),
            visibility=visibility,
            like_count=int_or_none(likes.get("totalItems")),
            repost_count=int_or_none(shares.get("totalItems")),
            reply_to=reply_to,
            quote_of=quote_of,
            raw=activity,
            media=tuple(self._media(note, source, root)),
        )

    def _boost(
        self, activity: dict[str, Any], where: str, account_id: str, followers: str | None
    ) -> Item | Skipped:
        boosted = activity.get("object")
        if isinstance(boosted, dict):
            boosted = boosted.get("id")
        if not isinstance(boosted, str) or not boosted:
            return Skipped(where, "boost without the boosted post's URI")
        activity_id = text_or_none(activity.get("id")) or ""
        # .../statuses/<id>/activity: the boost is a status of its own with that id.
        status_id = _last_segment(activity_id.removesuffix("/activity"))
        if not status_id:
            return Skipped(where, "boost without an id")
        created = iso_time(activity.get("published"))
        if created is None:
            published = activity.get("published")
            return Skipped(where, f"boost {status_id}: unreadable published {published!r}")
        return Item(
            platform="mastodon",
            account_id=account_id,
            native_id=status_id,
            kind=ItemKind.REPOST,
            # The archive holds only the boosted post's URI, not its text.
            text=boosted,
            created_at=created,
            url=boosted,
            visibility=self._visibility(activity, {}, followers),
            raw=activity,
        )

    @staticmethod
    def _visibility(activity: dict[str, Any], note: dict[str, Any], followers: str | None) -> str:
        """Mastodon's visibility, which ActivityPub spells only through the audience."""
        to = _uris(activity.get("to")) or _uris(note.get("to"))
        cc = _uris(activity.get("cc")) or _uris(note.get("cc"))
        if _PUBLIC & set(to):
            return "public"
        if _PUBLIC & set(cc):
            return "unlisted"
        if any(uri == followers or uri.endswith("/followers") for uri in to + cc):
            return "followers-only"
        return "direct"

    @staticmethod
    def _media(note: dict[str, Any], source: ArchiveSource, root: str) -> Iterator[MediaRef]:
        for attachment in note.get("attachment") or []:
            if not isinstance(attachment, dict):
                continue
            url = attachment.get("url")
            if isinstance(url, dict):  # Link objects: {"type": "Link", "href": ...}
                url = url.get("href")
            if not isinstance(url, str) or not url:
                continue
            # The path carries a server prefix ("/indiewebsocial/", "/system/") that the
            # archive's own tree does not: the file sits from `media_attachments/` on.
            path = urlsplit(url).path if "://" in url else url
            candidates = [path.lstrip("/")]
            start = path.find("media_attachments/")
            if start >= 0:
                candidates.append(path[start:])
            source_path = next((f"{root}{c}" for c in candidates if source.has(f"{root}{c}")), None)
            match = _MEDIA_ID.search(path)
            media_type = str(attachment.get("mediaType") or "")
            major = media_type.split("/", 1)[0]
            yield MediaRef(
                kind={"image": "photo", "video": "video", "audio": "audio"}.get(major, "document"),
                url=url if "://" in url else None,
                source_path=source_path,
                # The snowflake spelled by the folders; the path itself when there is none.
                native_id=match.group(1).replace("/", "") if match else path,
            )
