"""Pictures: which ones an export or a pull still needs checked, what the checks saw in them, and
the links from posts and profiles to them (a changed picture sends its post back to the rules)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Connection, bindparam, or_, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from footprint.store._tables import (
    BATCH_SIZE,
    MEDIA_REF,
    SQL_PARAMS,
    accounts,
    dumps,
    items,
    media,
    now,
    pictures,
)


@dataclass(frozen=True, slots=True)
class PictureUse:
    """Where an export refers to a picture it contains: a post's media row (`media_id`), or a
    profile's avatar or banner (`account_id` and `role`). `path` is the member path."""

    path: str
    role: str = "media"  # media | avatar | banner
    media_id: int | None = None
    account_id: int | None = None
    current_sha: str | None = None


@dataclass(frozen=True, slots=True)
class ScannedPicture:
    """What the picture checks saw in one picture (see `footprint.images.scan.ImageResult`)."""

    sha256: str
    scanner: str
    result: Mapping[str, Any]
    reportable: bool
    thumbnail: str | None = None
    width: int | None = None
    height: int | None = None
    format: str | None = None
    error: str | None = None


class PictureShown(NamedTuple):
    """What a report shows of a flagged picture: its inline thumbnail, and the words read in it."""

    thumbnail: str | None
    text: str | None



def pictures_to_read(conn: Connection, names: Iterable[str], scanner: str) -> list[PictureUse]:
    """The pictures an open export holds that the checks have not read with `scanner`:
    post media never linked to a picture (or read by an older scanner), and every profile
    avatar and banner kept as a file name (cheap to re-read, and the only way to notice a
    changed one; `footprint.picture_checks` keeps those the export holds)."""
    present = set(names)
    uses: list[PictureUse] = []
    rows = conn.execute(
        select(media.c.id, media.c.source_path, media.c.picture_sha)
        .select_from(media.outerjoin(pictures, pictures.c.sha256 == media.c.picture_sha))
        .where(
            media.c.source_path.is_not(None),
            or_(media.c.picture_sha.is_(None), pictures.c.scanner.is_(None), pictures.c.scanner != scanner),
        )
        .order_by(media.c.id)
    )
    uses.extend(
        PictureUse(path=row.source_path, media_id=row.id, current_sha=row.picture_sha)
        for row in rows
        if row.source_path in present
    )
    # Profile pictures are kept as the export names them, which may be relative to the
    # export's own folder (Instagram): every local one is returned, the caller finds it.
    uses.extend(_profile_pictures(conn.execute(_PROFILE_PICTURES), lambda path: not _is_web(path)))
    return uses


def remote_pictures_to_read(conn: Connection, import_id: int, account_ids: Iterable[int], scanner: str) -> list[PictureUse]:
    """After a live pull: the web addresses of the pictures it brought (media of the posts
    it added, never checked with `scanner`) and of the pulled profiles' avatar and banner."""
    uses: list[PictureUse] = []
    web = or_(media.c.url.like("https://%"), media.c.url.like("http://%"))
    rows = conn.execute(
        select(media.c.id, media.c.url, media.c.picture_sha)
        .select_from(
            media.join(items, items.c.id == media.c.item_id).outerjoin(
                pictures, pictures.c.sha256 == media.c.picture_sha
            )
        )
        .where(
            items.c.import_id == import_id,
            media.c.source_path.is_(None),
            web,
            or_(media.c.picture_sha.is_(None), pictures.c.scanner.is_(None), pictures.c.scanner != scanner),
        )
        .order_by(media.c.id)
    )
    uses.extend(PictureUse(path=row.url, media_id=row.id, current_sha=row.picture_sha) for row in rows)
    wanted = list(account_ids)
    if wanted:
        rows = conn.execute(_PROFILE_PICTURES.where(accounts.c.id.in_(wanted)))
        uses.extend(_profile_pictures(rows, _is_web))
    return uses


def known_pictures(conn: Connection, shas: Iterable[str], scanner: str) -> set[str]:
    """Which of these pictures were already read by `scanner` (the same bytes elsewhere)."""
    wanted = list(dict.fromkeys(shas))
    found: set[str] = set()
    for start in range(0, len(wanted), SQL_PARAMS):
        chunk = wanted[start : start + SQL_PARAMS]
        found.update(
            conn.execute(
                select(pictures.c.sha256).where(pictures.c.sha256.in_(chunk), pictures.c.scanner == scanner)
            ).scalars()
        )
    return found


def save_pictures(conn: Connection, scanned: Sequence[ScannedPicture], links: Sequence[tuple[PictureUse, str]]) -> int:
    """Store picture results and link them to their posts and profiles, in the caller's transaction.
    A post or profile whose picture changed is marked for the next scan. Returns how many
    links changed."""
    changed = 0
    if scanned:
        rows = [
            {
                "sha256": p.sha256, "scanner": p.scanner, "width": p.width, "height": p.height,
                "format": p.format, "result": dumps(dict(p.result)), "reportable": p.reportable,
                "thumbnail": p.thumbnail, "error": p.error, "scanned_at": now(),
            }
            for p in scanned
        ]
        statement = sqlite_insert(pictures)
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=["sha256"],
                set_={name: statement.excluded[name] for name in rows[0] if name != "sha256"},
            ),
            rows,
        )
    rescanned = {p.sha256 for p in scanned}
    media_links = [(use.media_id, sha) for use, sha in links if use.media_id is not None
                   and (use.current_sha != sha or sha in rescanned)]
    for start in range(0, len(media_links), BATCH_SIZE):
        chunk = media_links[start : start + BATCH_SIZE]
        conn.execute(
            update(media).where(media.c.id == bindparam("media_row")).values(picture_sha=bindparam("sha")),
            [{"media_row": media_id, "sha": sha} for media_id, sha in chunk],
        )
        conn.execute(
            update(items)
            .where(items.c.id.in_(select(media.c.item_id).where(media.c.id.in_([m for m, _ in chunk]))))
            .values(analyzed_sha=None)
        )
    changed += len(media_links)
    for use, sha in links:
        if use.account_id is None or (use.current_sha == sha and sha not in rescanned):
            continue
        column = "avatar_sha" if use.role == "avatar" else "banner_sha"
        conn.execute(
            update(accounts).where(accounts.c.id == use.account_id).values({column: sha, "analyzed_sha": None})
        )
        changed += 1
    return changed


def reportable_pictures(conn: Connection) -> tuple[dict[int, list[tuple[str, Any]]], dict[int, list[tuple[str, Any]]]]:
    """Stored results of the pictures that give findings, by item and by account row."""
    by_item: dict[int, list[tuple[str, Any]]] = {}
    by_account: dict[int, list[tuple[str, Any]]] = {}
    for kind, row_id, ref, result, _thumbnail in _pictures_with_findings(conn):
        (by_item if kind == "item" else by_account).setdefault(row_id, []).append((ref, orjson.loads(result)))
    return by_item, by_account


def picture_thumbnails(conn: Connection) -> dict[tuple[str, int, str], PictureShown]:
    """Inline thumbnails (and words read inside) of the pictures that give findings, keyed
    the way findings name them: ("item", item row id, media path or address) or ("profile",
    account row id, "avatar"/"banner")."""
    return {
        (kind, row_id, ref): PictureShown(thumbnail, orjson.loads(result).get("text"))
        for kind, row_id, ref, result, thumbnail in _pictures_with_findings(conn)
        if thumbnail is not None
    }


def _pictures_with_findings(conn: Connection) -> Iterator[tuple[str, int, str, str, str | None]]:
    """(kind, item or account row id, how findings name the picture, stored result, thumbnail)
    of every picture that gives a finding: post media first (in media order), then avatars and
    banners."""
    for row in conn.execute(
        select(media.c.item_id, MEDIA_REF.label("ref"), pictures.c.result, pictures.c.thumbnail)
        .join(pictures, pictures.c.sha256 == media.c.picture_sha)
        .where(pictures.c.reportable.is_(True))
        .order_by(media.c.id)
    ):
        yield "item", row.item_id, row.ref, row.result, row.thumbnail
    for role, column in (("avatar", accounts.c.avatar_sha), ("banner", accounts.c.banner_sha)):
        for profile in conn.execute(
            select(accounts.c.id, pictures.c.result, pictures.c.thumbnail)
            .join(pictures, pictures.c.sha256 == column)
            .where(pictures.c.reportable.is_(True))
        ):
            yield "profile", profile.id, role, profile.result, profile.thumbnail


_PROFILE_PICTURES = select(
    accounts.c.id, accounts.c.avatar, accounts.c.banner, accounts.c.avatar_sha, accounts.c.banner_sha
)


def _is_web(path: str) -> bool:
    return path.startswith(("https://", "http://"))


def _profile_pictures(rows: Iterable[Any], wanted: Callable[[str], bool]) -> Iterator[PictureUse]:
    """The avatar and banner of each profile row whose address `wanted` accepts."""
    for row in rows:
        for role, path, sha in (("avatar", row.avatar, row.avatar_sha), ("banner", row.banner, row.banner_sha)):
            if path and wanted(path):
                yield PictureUse(path=path, role=role, account_id=row.id, current_sha=sha)
