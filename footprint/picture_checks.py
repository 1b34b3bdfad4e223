"""Read the pictures an export holds and store what the picture checks see in them.

Pictures are only readable while their export is open, so this runs at import, right after
the records are written: post media, avatars and banners the export contains are read once,
keyed by their content (the same avatar in three exports is checked once), and their results
are stored for the next scan to turn into findings (`footprint.rules.pictures`). It needs the
optional `images` extra; without it, nothing is read and the import says so.

Each batch of pictures is saved in its own transaction: an interrupted pass leaves only whole
batches behind, and the next import of the same export carries on where it stopped.
"""

from __future__ import annotations

import hashlib
import posixpath
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from footprint.errors import FootprintError

if TYPE_CHECKING:  # pragma: no cover
    import httpx

    from footprint.connectors import ArchiveSource
    from footprint.store import ImportSummary, PictureUse, ScannedPicture, Store

# What Pillow reads in the default wheels; videos and HEIC are left alone.
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"})
BATCH = 50
# A picture's words beyond this are not kept (a scanned book page is not a post).
MAX_PICTURE_TEXT = 5000


@dataclass
class PictureSummary:
    """What one export's picture pass did; `available` is False without the `images` extra."""

    available: bool
    read: int = 0
    checked: int = 0
    already_known: int = 0
    with_findings: int = 0
    # Without the extra: how many pictures are waiting to be checked.
    not_checked: int = 0
    unreadable: list[str] = field(default_factory=list)


def is_picture(path: str) -> bool:
    return posixpath.splitext(path.lower())[1] in PICTURE_SUFFIXES


def scanner_version() -> str:
    """What reads pictures here: the symbol detector and its fingerprints, plus "+ocr" when the
    OCR extra is installed (pictures checked without it are read again once it is)."""
    from footprint.images import ocr
    from footprint.images.scan import scan_version

    return scan_version() + ("+ocr" if ocr.available() else "")


def check_pictures(
    store: Store,
    source: ArchiveSource,
    *,
    on_progress: Callable[[int], None] | None = None,
) -> PictureSummary:
    """Check every picture of `source` that the store refers to and has not seen yet."""
    from footprint.images.scan import available

    names = source.names()
    candidates = _held(store.pictures_to_read(names, ""), names)
    if not candidates:
        return PictureSummary(available=True)  # nothing to read: OpenCV is not even loaded
    if not available():
        return PictureSummary(available=False, not_checked=len(candidates))
    scanner = scanner_version()
    uses = _held(store.pictures_to_read(names, scanner), names)
    return _check(store, uses, scanner, lambda path: _read(source, path), source.describe, on_progress)


def _held(uses: Sequence[PictureUse], names: Sequence[str]) -> list[PictureUse]:
    """The uses whose picture this export holds. A profile picture may be named relative to the
    export's own folder (Instagram's "media/profile/…") while the export sits inside a bigger
    folder of downloads: it is then the one member whose path ends with that name."""
    present = set(names)
    held: list[PictureUse] = []
    suffixes: dict[str, list[str]] | None = None
    for use in uses:
        if not is_picture(use.path):
            continue
        if use.path in present:
            held.append(use)
            continue
        if use.account_id is None:
            continue
        if suffixes is None:
            suffixes = {}
            for name in names:
                if is_picture(name):
                    suffixes.setdefault(posixpath.basename(name), []).append(name)
        matches = [name for name in suffixes.get(posixpath.basename(use.path), ()) if name.endswith("/" + use.path)]
        if len(matches) == 1:
            held.append(replace(use, path=matches[0]))
    return held


def check_pulled_pictures(
    store: Store,
    summary: ImportSummary,
    client: httpx.Client,
    *,
    on_progress: Callable[[int], None] | None = None,
) -> PictureSummary:
    """After a live pull: fetch and check the pictures it brought (the pulled profiles' avatar
    and banner, the media of new posts). These are the person's own pictures, fetched from
    where the pull already went, as part of the pull they asked for."""
    from footprint.images.scan import available

    if not available():
        waiting = store.remote_pictures_to_read(summary.import_id, summary.profile_accounts, "")
        return PictureSummary(available=False, not_checked=len(waiting))
    scanner = scanner_version()
    uses = store.remote_pictures_to_read(summary.import_id, summary.profile_accounts, scanner)
    return _check(store, uses, scanner, lambda url: _fetch(client, url), _where, on_progress)


def _check(
    store: Store,
    uses: Sequence[PictureUse],
    scanner: str,
    read: Callable[[str], bytes],
    describe: Callable[[str], str],
    on_progress: Callable[[int], None] | None,
) -> PictureSummary:
    summary = PictureSummary(available=True)
    for start in range(0, len(uses), BATCH):
        batch = uses[start : start + BATCH]
        _check_batch(store, batch, scanner, read, describe, summary)
        if on_progress is not None:
            on_progress(len(batch))
    return summary


def _check_batch(
    store: Store,
    uses: Sequence[PictureUse],
    scanner: str,
    read: Callable[[str], bytes],
    describe: Callable[[str], str],
    summary: PictureSummary,
) -> None:
    fetched: list[tuple[PictureUse, str, bytes]] = []
    for use in uses:
        try:
            data = read(use.path)
        except FootprintError as exc:
            summary.unreadable.append(str(exc))
            continue
        fetched.append((use, hashlib.sha256(data).hexdigest(), data))
    summary.read += len(fetched)
    known = store.known_pictures([sha for _, sha, _ in fetched], scanner)
    scanned: dict[str, ScannedPicture] = {}
    for use, sha, data in fetched:
        if sha in known or sha in scanned:
            summary.already_known += 1
            continue
        picture = _scan(sha, data, scanner)
        scanned[sha] = picture
        summary.checked += 1
        summary.with_findings += picture.reportable
        if picture.error:
            summary.unreadable.append(f"{describe(use.path)}: {picture.error}")
    store.save_pictures(list(scanned.values()), [(use, sha) for use, sha, _ in fetched])


def _read(source: ArchiveSource, path: str) -> bytes:
    from footprint.images.scan import MAX_BYTES

    with source.open(path) as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise FootprintError(f"picture larger than {MAX_BYTES // (1024 * 1024)} MB, not checked", path=source.describe(path))
    return data


def _where(url: str) -> str:
    from footprint.connectors._http import where_of

    return where_of(url)


def _fetch(client: httpx.Client, url: str) -> bytes:
    """One picture, refused when it is not a picture or grows past the size limit."""
    import httpx

    from footprint.connectors._http import network_error
    from footprint.images.scan import MAX_BYTES

    if not url.startswith(("https://", "http://")):
        raise FootprintError("not a web address, not fetched", path=_where(url))
    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                raise FootprintError(f"HTTP {response.status_code}, picture not checked", path=_where(url))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FootprintError(
                        f"picture larger than {MAX_BYTES // (1024 * 1024)} MB, not checked", path=_where(url)
                    )
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise network_error(exc, url) from exc
    return b"".join(chunks)


def _scan(sha: str, data: bytes, scanner: str) -> ScannedPicture:
    from footprint.images.scan import scan_image, thumbnail_data_uri
    from footprint.store import ScannedPicture

    from footprint.images import ocr

    result = scan_image(data)
    stored = result.as_dict()
    # Words inside the picture (a screenshot of a partisan post, a slide's security marking)
    # go through the text rules at scan time, like a post's own words.
    text = ocr.read_text(data) if ocr.available() and not result.error else None
    if text:
        stored["text"] = text[:MAX_PICTURE_TEXT]
    reportable = (result.reportable or bool(text)) and not result.error
    thumbnail = None
    if reportable:
        # The report shows the picture small and inline, with the symbol's region outlined.
        thumbnail = thumbnail_data_uri(data, result.findings[0].box if result.findings else None)
    return ScannedPicture(
        sha256=sha,
        scanner=scanner,
        result=stored,
        reportable=reportable,
        thumbnail=thumbnail,
        width=result.width or None,
        height=result.height or None,
        format=result.format,
        error=result.error,
    )
