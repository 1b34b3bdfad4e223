"""Threads data, inside an Instagram download or on its own. Spec: §8.1.

Threads files sit in `your_instagram_activity/threads/` (older: `threads/`) of the Instagram
download, or make up a Threads-only download; every one of them is an object whose top-level
key starts with `text_post_app_`, which is how they are recognised whatever their name.

Reads the posts and replies (`threads_and_replies.json`, "text_post_app_text_posts"), the
profile (`personal_information.json`, "text_post_app_text_post_app_profile") and liked threads
(reactions). Only the profile layout is checked against a real file; the posts follow the
Instagram shape (caption in the top-level `title`, else in `media[0].title`) [memory].

Threads has no account id in the export and its profile file may not name the account: the
username comes from the Threads profile, else from the Instagram profile of the same download
(a Threads account is an Instagram account), else the account is called "unknown". Post ids
are derived from the creation time and the text (`_meta.stable_id`).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any, ClassVar

from footprint.connectors import _meta
from footprint.connectors._archive import ArchiveSource
from footprint.connectors._values import epoch_time
from footprint.connectors.base import ArchiveImporter
from footprint.records import Item, ItemKind, MediaRef, Profile, Record, Skipped

_FOLDERS = frozenset({"threads", "your_instagram_activity"})
_PREFIX = "text_post_app_"
_POSTS_KEY = "text_post_app_text_posts"
_PROFILE_KEY = "text_post_app_text_post_app_profile"
_LIKES_KEY = "text_post_app_media_likes"
# Names Threads files are known by; anything under a threads/ folder is sniffed as well.
_NAMES = frozenset({"threads_and_replies.json", "personal_information.json", "liked_threads.json",
                    "threads_viewed.json", "saved_threads.json"})
_USERNAME = ("Username", "Nom d’utilisateur", "Nom d'utilisateur")
_NAME = ("Name", "Nom")
_BIO = ("Bio", "Biographie")
_LINKS = ("Links", "Liens", "Website")
_EMAIL = ("Email", "E-mail", "Adresse e-mail")
_PRIVATE = ("Private Account", "Compte privé")
_ONBOARDED = ("Onboarding Time",)
UNKNOWN_ACCOUNT = "unknown"


def _threads_key(source: ArchiveSource, name: str) -> str | None:
    """The `text_post_app_...` top-level key of a Threads file, None for any other file."""
    base = posixpath.basename(name)
    parent = posixpath.basename(posixpath.dirname(name))
    if not base.endswith(".json") or (base not in _NAMES and parent != "threads"):
        return None
    keys = _meta.top_keys(_meta.sniff(source, name))
    return keys[0] if keys and keys[0].startswith(_PREFIX) else None


class ThreadsExport(ArchiveImporter):
    name: ClassVar[str] = "threads-export"
    platform: ClassVar[str] = "threads"
    title: ClassVar[str] = "Threads data (in the Instagram download, or a Threads-only download; JSON)"
    download_help: ClassVar[str] = (
        "Threads > Settings > Account > Download your information, or the Instagram download, which "
        "includes Threads; choose the JSON format (https://help.instagram.com/181231772500920)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        return source.roots_where(
            lambda name: _threads_key(source, name) in (_POSTS_KEY, _PROFILE_KEY),
            lambda name: _meta.export_root(name, _FOLDERS),
        )

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        files: dict[str, list[str]] = {}
        for name in source.names():
            if name.startswith(root) and _meta.export_root(name, _FOLDERS) == root:
                key = _threads_key(source, name)
                if key is not None:
                    files.setdefault(key, []).append(name)

        profile, private = self._profile(source, root, files.get(_PROFILE_KEY, []))
        yield profile
        if profile.native_id == UNKNOWN_ACCOUNT:
            yield Skipped(source.describe(root or "."), "neither the Threads nor an Instagram profile names the "
                          f"account: it is called {UNKNOWN_ACCOUNT!r}")
        account = profile.native_id
        visibility = None if private is None else ("private" if private else "public")
        known = {n[len(root):] for n in source.names() if n.startswith(root)}

        for name in sorted(files.get(_POSTS_KEY, [])):
            where = source.describe(name)
            with source.open(name) as stream:
                for index, (_, element) in enumerate(_meta.iter_items(stream, where, (f"{_POSTS_KEY}.item",))):
                    yield _post(element, index, where, account, root, known, visibility)
        for name in sorted(files.get(_LIKES_KEY, [])):
            where = source.describe(name)
            with source.open(name) as stream:
                for index, (_, element) in enumerate(_meta.iter_items(stream, where, (f"{_LIKES_KEY}.item",))):
                    yield from _meta.like_reactions(element, index, where, "threads", account)

        for key, names in sorted(files.items()):
            if key in (_POSTS_KEY, _PROFILE_KEY, _LIKES_KEY):
                continue
            for name in sorted(names):
                yield Skipped(source.describe(name), "not audited: this kind of Threads data is not public posting")

    def _profile(self, source: ArchiveSource, root: str, profiles: list[str]) -> tuple[Profile, bool | None]:
        user: dict[str, Any] = {}
        for name in sorted(profiles):
            with source.open(name) as stream:
                data = _meta.load_json(stream, source.describe(name))
            entries = data.get(_PROFILE_KEY) if isinstance(data, dict) else None
            if isinstance(entries, list) and entries and isinstance(entries[0], dict):
                user = entries[0]
                break
        fields = user.get("string_map_data")

        def value(labels: tuple[str, ...]) -> str | None:
            return _meta.text_of(_meta.label(fields, *labels).get("value")).strip() or None

        username = value(_USERNAME) or _instagram_username(source, root)
        display_name = value(_NAME)
        return Profile(
            platform="threads",
            native_id=username or UNKNOWN_ACCOUNT,
            handle=username,
            display_name=display_name,
            bio=value(_BIO),
            website=value(_LINKS),
            email=value(_EMAIL),
            created_at=epoch_time(_meta.label(fields, *_ONBOARDED).get("timestamp")),
            url=f"https://www.threads.net/@{username}" if username else None,
            raw=user or None,
        ), _meta.private_flag(fields, *_PRIVATE)


def _instagram_username(source: ArchiveSource, root: str) -> str | None:
    """The username in the Instagram profile of the same download, if there is one."""
    for name in source.names():
        if not name.startswith(root) or posixpath.basename(name) != "personal_information.json":
            continue
        if _meta.top_keys(_meta.sniff(source, name))[:1] != ["profile_user"]:
            continue
        with source.open(name) as stream:
            data = _meta.load_json(stream, source.describe(name))
        users = data.get("profile_user") if isinstance(data, dict) else None
        fields = users[0].get("string_map_data") if isinstance(users, list) and users and isinstance(users[0], dict) else None
        username = _meta.text_of(_meta.label(fields, *_USERNAME).get("value")).strip()
        if username:
            return username
    return None


def _post(
    element: Any, index: int, where: str, account: str, root: str, known: set[str], visibility: str | None
) -> Item | Skipped:
    if not isinstance(element, dict):
        return Skipped(f"{where}#{index}", "not a post object")
    media_list = element.get("media")
    media_list = [m for m in media_list if isinstance(m, dict)] if isinstance(media_list, list) else []
    first = media_list[0] if media_list else {}
    created = epoch_time(element.get("creation_timestamp")) or epoch_time(first.get("creation_timestamp"))
    if created is None:
        return Skipped(f"{where}#{index}", "post without a readable creation_timestamp")
    text = _meta.text_of(element.get("title")).strip() or next(
        (_meta.text_of(m.get("title")).strip() for m in media_list if _meta.text_of(m.get("title")).strip()), ""
    )
    media = []
    for m in media_list:
        uri = _meta.text_of(m.get("uri")).strip()
        if uri:  # a text-only thread has a media entry with an empty uri
            media.append(MediaRef(
                kind=_meta.media_kind(uri, m.get("media_metadata")),
                source_path=f"{root}{uri}" if uri in known else None,
            ))
    if not text and not media:
        return Skipped(f"{where}#{index}", "post with neither text nor media")
    # `text_app_post.is_reply` [memory: seen in a third-party fixture, not in a real export].
    reply = any(_meta.lookup(m, "text_app_post", "is_reply") is True for m in media_list)
    return Item(
        platform="threads",
        account_id=account,
        # No id in the export: derived from the creation time and the text.
        native_id=_meta.stable_id("post", int(created.timestamp()), text),
        kind=ItemKind.REPLY if reply else ItemKind.POST,
        text=text,
        created_at=created,
        visibility=visibility,
        raw=element,
        media=tuple(media),
    )
