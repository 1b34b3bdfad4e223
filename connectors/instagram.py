"""Instagram "Download your information" export (JSON). Spec: §5.

Reads the posts (`posts_N.json`, with their captions), reels and stories, the comments the
person wrote (`post_comments_N.json`, `reels_comments.json`), the profile
(`personal_information.json`, plus `profile_photos.json` for the picture) and liked posts,
which are reactions. Files are matched by name wherever they sit (the 2024 layout puts them
under `your_instagram_activity/`, earlier ones at the top) and confirmed by content.

The Threads data shipped in the same download (`your_instagram_activity/threads/`) is left to
the Threads importer; both find the same root. Direct messages and the other data files are
listed as skipped with the reason.

Instagram exports carry no post, comment or account ids. Posts get a derived id from the
creation time and the first media file's name (stable even if the caption is edited later);
comments from the time and the text (`_meta.stable_id`); the account id is the username.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import Any, ClassVar

from footprint.connectors import _meta
from footprint.connectors._archive import ArchiveSource
from footprint.connectors._values import epoch_time
from footprint.connectors.base import ArchiveImporter
from footprint.records import Item, ItemKind, MediaRef, Profile, Record, Skipped

_FOLDERS = frozenset({"content", "comments", "likes", "your_instagram_activity", "personal_information"})
_POSTS = re.compile(r"^posts(?:_\d+)?\.json$")
_COMMENTS = re.compile(r"^post_comments(?:_\d+)?\.json$")
# Top-level key -> what the file holds, for the files that are objects.
_KEYED = {
    "ig_reels_media": ("reels.json", "posts"),
    "ig_stories": ("stories.json", "stories"),
    "comments_reels_comments": ("reels_comments.json", "comments"),
    "profile_user": ("personal_information.json", "profile"),
    "ig_profile_picture": ("profile_photos.json", "photo"),
    "likes_media_likes": ("liked_posts.json", "likes"),
}
_BY_NAME = {name: (key, kind) for key, (name, kind) in _KEYED.items()}
# `string_map_data` keys are display labels in the export's language. English is checked
# against real files; the French ones are unverified guesses, tried second.
_USERNAME = ("Username", "Nom d’utilisateur", "Nom d'utilisateur")
_NAME = ("Name", "Nom")
_BIO = ("Bio", "Biographie")
_EMAIL = ("Email", "E-mail", "Adresse e-mail", "Courriel")
_WEBSITE = ("Website", "Site Web", "Site web")
_PRIVATE = ("Private Account", "Compte privé")
_COMMENT = ("Comment", "Commentaire")
_TIME = ("Time", "Heure")
UNKNOWN_ACCOUNT = "unknown"


def _kind(source: ArchiveSource, name: str) -> str | None:
    """What an Instagram member holds, by its content; None for anything else."""
    base = posixpath.basename(name)
    if _POSTS.match(base) or _COMMENTS.match(base):
        events = _meta.sniff(source, name)
        if not _meta.is_array(events):
            return None
        if len(events) >= 2 and events[1][1] == "end_array":
            return "posts" if _POSTS.match(base) else "comments"
        if _POSTS.match(base):
            # Spec §9: elements whose media[].uri points into the export's media/ folder.
            uris = [v for p, e, v in events if p == "item.media.item.uri" and e == "string"]
            return "posts" if any(u.startswith("media/") for u in uris) else None
        keys = {v for p, e, v in events if p == "item" and e == "map_key"}
        return "comments" if "string_map_data" in keys else None
    if base in _BY_NAME:
        key, kind = _BY_NAME[base]
        return kind if _meta.top_keys(_meta.sniff(source, name))[:1] == [key] else None
    return None


def _is_threads_member(relative: str) -> bool:
    # The Threads importer owns the threads/ folder of a combined download.
    return "threads" in relative.split("/")[:-1]


class InstagramExport(ArchiveImporter):
    name: ClassVar[str] = "instagram-export"
    platform: ClassVar[str] = "instagram"
    title: ClassVar[str] = "Instagram 'Download your information' export (JSON)"
    download_help: ClassVar[str] = (
        "Instagram > Settings > Accounts Center > Your information and permissions > "
        "Download your information; choose the JSON format (https://help.instagram.com/181231772500920)"
    )

    @classmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]:
        return source.roots_where(
            lambda name: _kind(source, name) in ("posts", "stories", "comments", "profile"),
            lambda name: _meta.export_root(name, _FOLDERS),
        )

    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]:
        nested = [r for r in self.find_roots(source) if r != root and r.startswith(root)]
        mine = [n for n in source.names() if n.startswith(root) and not any(n.startswith(r) for r in nested)
                and not _is_threads_member(n[len(root):])]
        kinds: dict[str, list[str]] = {}
        for name in sorted(mine):
            if _meta.export_root(name, _FOLDERS) == root and (kind := _kind(source, name)) is not None:
                kinds.setdefault(kind, []).append(name)
        known = {n[len(root):] for n in mine}

        profile, private = self._profile(source, kinds.get("profile", []), kinds.get("photo", []))
        yield profile
        if profile.raw is None:
            yield Skipped(source.describe(root or "."), "no readable personal_information.json: the profile is not "
                          f"audited and the account is named {UNKNOWN_ACCOUNT!r}")
        account = profile.native_id
        # The account's setting when the export was made, the best the export says about reach.
        visibility = None if private is None else ("private" if private else "public")

        for kind, prefixes in (("posts", ("item", "ig_reels_media.item")), ("stories", ("ig_stories.item",))):
            for name in kinds.get(kind, []):
                where = source.describe(name)
                with source.open(name) as stream:
                    for index, (_, element) in enumerate(_meta.iter_items(stream, where, prefixes)):
                        yield _post(element, index, where, account, root, known, visibility, kind)
        for name in kinds.get("comments", []):
            where = source.describe(name)
            with source.open(name) as stream:
                for index, (_, element) in enumerate(
                    _meta.iter_items(stream, where, ("item", "comments_reels_comments.item"))
                ):
                    yield _comment(element, index, where, account)
        for name in kinds.get("likes", []):
            where = source.describe(name)
            with source.open(name) as stream:
                for index, (_, element) in enumerate(_meta.iter_items(stream, where, ("likes_media_likes.item",))):
                    yield from _meta.like_reactions(element, index, where, "instagram", account)

        read = {n for names in kinds.values() for n in names}
        for name in mine:
            if name in read or not name.endswith((".json", ".html")):
                continue
            relative = name[len(root):].lower()
            if "messages/" in relative:
                reason = "not audited: private messages"
            elif any(h in relative for h in ("personal_information/", "security_and_login", "logged_information",
                                                "ads_information", "apps_and_websites", "device")):
                reason = "not audited: private data that is never public"
            else:
                reason = "not audited: this kind of data is not public posting"
            yield Skipped(source.describe(name), reason)

    def _profile(self, source: ArchiveSource, profiles: list[str], photos: list[str]) -> tuple[Profile, bool | None]:
        """The profile and whether it is private; without one, a stand-in with `raw=None`."""
        avatar = None
        for name in photos:
            with source.open(name) as stream:
                data = _meta.load_json(stream, source.describe(name))
            pictures = data.get("ig_profile_picture") if isinstance(data, dict) else None
            current = [p for p in pictures if isinstance(p, dict)] if isinstance(pictures, list) else []
            # The picture in use, else the latest one.
            current.sort(key=lambda p: (bool(p.get("is_profile_picture")), _when(p.get("creation_timestamp"))))
            if current:
                avatar = _meta.text_of(current[-1].get("uri")) or None
        for name in profiles:
            with source.open(name) as stream:
                data = _meta.load_json(stream, source.describe(name))
            users = data.get("profile_user") if isinstance(data, dict) else None
            user = users[0] if isinstance(users, list) and users and isinstance(users[0], dict) else None
            if user is None:
                continue
            fields = user.get("string_map_data")
            username = _meta.text_of(_meta.label(fields, *_USERNAME).get("value")).strip()
            photo = _meta.lookup(user, "media_map_data", "Profile Photo", "uri")
            profile = Profile(
                platform="instagram",
                native_id=username or UNKNOWN_ACCOUNT,
                handle=username or None,
                display_name=_meta.text_of(_meta.label(fields, *_NAME).get("value")).strip() or None,
                bio=_meta.text_of(_meta.label(fields, *_BIO).get("value")).strip() or None,
                website=_meta.text_of(_meta.label(fields, *_WEBSITE).get("value")).strip() or None,
                email=_meta.text_of(_meta.label(fields, *_EMAIL).get("value")).strip() or None,
                avatar=_meta.text_of(photo) or avatar,
                url=f"https://www.instagram.com/{username}/" if username else None,
                raw=user,
            )
            return profile, _meta.private_flag(fields, *_PRIVATE)
        return Profile(platform="instagram", native_id=UNKNOWN_ACCOUNT, avatar=avatar), None


def _when(value: Any) -> float:
    created = epoch_time(value)
    return created.timestamp() if created else 0.0


def _post(
    element: Any, index: int, where: str, account: str, root: str, known: set[str], visibility: str | None, kind: str
) -> Item | Skipped:
    if not isinstance(element, dict):
        return Skipped(f"{where}#{index}", "not a post object")
    # A story is one media object; a post or reel wraps its media in a list.
    media_list = [element] if kind == "stories" else element.get("media")
    media_list = [m for m in media_list if isinstance(m, dict)] if isinstance(media_list, list) else []
    first = media_list[0] if media_list else {}
    # A carousel has the caption and time at the top level; a single photo only in media[0].
    created = epoch_time(element.get("creation_timestamp")) or epoch_time(first.get("creation_timestamp"))
    if created is None:
        return Skipped(f"{where}#{index}", "post without a readable creation_timestamp")
    text = _meta.text_of(element.get("title")).strip() or next(
        (_meta.text_of(m.get("title")).strip() for m in media_list if _meta.text_of(m.get("title")).strip()), ""
    )
    media = []
    for m in media_list:
        uri = _meta.text_of(m.get("uri")).strip()
        if uri:
            media.append(MediaRef(
                kind=_meta.media_kind(uri, m.get("media_metadata")),
                source_path=f"{root}{uri}" if uri in known else None,
            ))
    if not text and not media:
        return Skipped(f"{where}#{index}", "post with neither caption nor media")
    first_file = posixpath.basename(_meta.text_of(first.get("uri")))
    return Item(
        platform="instagram",
        account_id=account,
        # No id in the export: time + first media file name, which caption edits do not change.
        native_id=_meta.stable_id("story" if kind == "stories" else "post", int(created.timestamp()),
                                  first_file or text),
        kind=ItemKind.POST,
        text=text,
        created_at=created,
        visibility=visibility,
        raw=element,
        media=tuple(media),
    )


def _comment(element: Any, index: int, where: str, account: str) -> Item | Skipped:
    fields = element.get("string_map_data") if isinstance(element, dict) else None
    if not isinstance(fields, dict):
        return Skipped(f"{where}#{index}", "not a comment object")
    text = _meta.text_of(_meta.label(fields, *_COMMENT).get("value")).strip()
    time_entry = _meta.label(fields, *_TIME)
    created = epoch_time(time_entry.get("timestamp"))
    if created is None:
        # A localised export: the only entry with a real timestamp is the comment's time.
        created = next((t for e in fields.values() if isinstance(e, dict) and (t := epoch_time(e.get("timestamp")))), None)
    if created is None:
        return Skipped(f"{where}#{index}", "comment without a readable time")
    if not text:
        return Skipped(f"{where}#{index}", "comment without text (or its label is in a language not known here)")
    return Item(
        platform="instagram",
        account_id=account,
        # No id and no link to the post: derived from the time and the text.
        native_id=_meta.stable_id("comment", int(created.timestamp()), text),
        kind=ItemKind.COMMENT,
        text=text,
        created_at=created,
        raw=element,
    )
