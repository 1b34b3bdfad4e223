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
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from footprint.errors import FootprintError

if TYPE_CHECKING:  # pragma: no cover
    import httpx

    from footprint.connectors import ArchiveSource
    from footprint.store import ImportSummary, PictureUse, ScannedPicture, Store

# What Pillow reads in the default wheels; videos and HEIC are left alone.
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"})
BATCH = 50
# The picture pass uses worker processes from this many pictures on (starting one costs about
# as much as checking a few pictures), at most this many.
POOL_FROM = 8
MAX_WORKERS = 8
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
    before_pool: Callable[[], None] | None = None,
) -> PictureSummary:
    """Check every picture of `source` that the store refers to and has not seen yet.
    `before_pool` is called when the check is big enough to start its own worker processes
    (an audit rests its scan workers then, so two pools never hold memory at once)."""
    from footprint.images.scan import available

    names = source.names()
    candidates = _held(store.pictures_to_read(names, ""), names)
    if not candidates:
        return PictureSummary(available=True)  # nothing to read: OpenCV is not even loaded
    if not available():
        return PictureSummary(available=False, not_checked=len(candidates))
    scanner = scanner_version()
    uses = _held(store.pictures_to_read(names, scanner), names)
    return _check(store, uses, scanner, lambda path: _read(source, path), source.describe, on_progress, before_pool)


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
    before_pool: Callable[[], None] | None = None,
) -> PictureSummary:
    summary = PictureSummary(available=True)
    with _Scanner(len(uses), scanner, before_pool) as scanner_pool:
        for start in range(0, len(uses), BATCH):
            batch = uses[start : start + BATCH]
            _check_batch(store, batch, scanner_pool, read, describe, summary)
            if on_progress is not None:
                on_progress(len(batch))
    return summary


def _check_batch(
    store: Store,
    uses: Sequence[PictureUse],
    scanner: _Scanner,
    read: Callable[[str], bytes],
    describe: Callable[[str], str],
    summary: PictureSummary,
) -> None:
    """Read each picture once, skip those already known, and scan the rest (on every core
    when there are enough); at most a few pictures' bytes are held at a time."""
    links: list[tuple[PictureUse, str]] = []
    scanned: dict[str, ScannedPicture] = {}
    pending: set[str] = set()
    where: dict[str, str] = {}
    for use in uses:
        try:
            data = read(use.path)
        except FootprintError as exc:
            summary.unreadable.append(str(exc))
            continue
        summary.read += 1
        sha = hashlib.sha256(data).hexdigest()
        links.append((use, sha))
        if sha in pending or sha in scanned or store.known_pictures([sha], scanner.version):
            summary.already_known += 1
            continue
        pending.add(sha)
        where[sha] = describe(use.path)
        for picture in scanner.submit(sha, data):
            scanned[picture.sha256] = picture
        del data
    for picture in scanner.drain():
        scanned[picture.sha256] = picture
    for sha, picture in scanned.items():
        summary.checked += 1
        summary.with_findings += picture.reportable
        if picture.error:
            summary.unreadable.append(f"{where[sha]}: {picture.error}")
    store.save_pictures(list(scanned.values()), links)


class _Scanner:
    """Scans pictures in this process, or in a pool of worker processes (one per core, at most
    `MAX_WORKERS`) when there are at least `POOL_FROM` pictures: decoding and matching are
    CPU-bound, and the GIL would keep threads on one core. At most two pictures per worker
    are in flight, so memory stays flat whatever the archive's size."""

    def __init__(self, expected: int, version: str, before_pool: Callable[[], None] | None = None) -> None:
        self.version = version
        self._pool: Any = None
        self._flight: deque[Any] = deque()
        # Where pictures wait for a worker (in memory, see `_spill_dir`); None: sent through the pipe.
        self._spill: str | None = None
        workers = _workers()
        if workers > 1 and expected >= POOL_FROM:
            if before_pool is not None:
                before_pool()
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # "spawn": a fresh interpreter per worker, safe whatever threads the importer holds.
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_worker)
            self._limit = 2 * workers
            self._spill = _spill_dir()

    def __enter__(self) -> _Scanner:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        if self._spill is not None:
            import shutil

            shutil.rmtree(self._spill, ignore_errors=True)

    def submit(self, sha: str, data: bytes) -> list[ScannedPicture]:
        """Scan one picture; returns the pictures finished meanwhile."""
        if self._pool is None:
            return [_scanned(_scan(sha, data, self.version))]
        spilled = self._spill_picture(sha, data)
        try:
            if spilled is None:
                future = self._pool.submit(_scan, sha, data, self.version)
            else:
                future = self._pool.submit(_scan_file, sha, spilled, self.version)
        except RuntimeError:  # the pool broke (a worker was killed): carry on here
            self._pool = None
            _remove(spilled)
            return self.drain() + [_scanned(_scan(sha, data, self.version))]
        self._flight.append((sha, future, spilled))
        done = []
        while len(self._flight) >= self._limit:
            done.append(self._result(*self._flight.popleft()))
        return done

    def drain(self) -> list[ScannedPicture]:
        done = [self._result(*flight) for flight in self._flight]
        self._flight.clear()
        return done

    def _spill_picture(self, sha: str, data: bytes) -> str | None:
        """The picture written where its worker reads it, or None (no room: it goes through the
        pipe). A 4 MB photo through the pool's pipe cost about 8 ms of CPU (pickling, 64 kB
        reads, unpickling), through a file in memory about 3 ms."""
        if self._spill is None:
            return None
        import os

        path = os.path.join(self._spill, sha)
        try:
            with open(path, "xb") as handle:
                handle.write(data)
        except OSError:
            _remove(path)
            return None
        return path

    def _result(self, sha: str, future: Any, spilled: str | None = None) -> ScannedPicture:
        from footprint.store import ScannedPicture

        try:
            return _scanned(future.result())
        except Exception as exc:  # noqa: BLE001 - a worker killed by the system (memory): say so, go on
            return ScannedPicture(sha256=sha, scanner=self.version, result={"key": sha, "error": "picture check failed"},
                                  reportable=False, error=f"picture check failed ({type(exc).__name__})")
        finally:
            _remove(spilled)


def _spill_dir() -> str | None:
    """A private folder in memory (/dev/shm, a RAM file system on Linux) for pictures waiting
    for a worker, or None where there is none: the pictures then go through the pool's pipe.
    Only this user can read it, and it is removed when the pass ends."""
    import os
    import tempfile

    if not os.path.isdir("/dev/shm") or not os.access("/dev/shm", os.W_OK):
        return None
    try:
        return tempfile.mkdtemp(prefix="footprint-pictures-", dir="/dev/shm")
    except OSError:
        return None


def _remove(path: str | None) -> None:
    import os

    if path is not None:
        try:
            os.unlink(path)
        except OSError:
            pass


def _workers() -> int:
    """Worker processes for the picture pass: FOOTPRINT_PICTURE_WORKERS, else the cores this
    process may use (at most `MAX_WORKERS`)."""
    import os

    configured = os.environ.get("FOOTPRINT_PICTURE_WORKERS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return min(int(configured), 32)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def _warm_worker() -> None:
    """Each worker: one OpenCV thread (the pool already fills the cores), and everything a scan
    loads (the detector and its fingerprints, the OCR module) loaded once, before the first
    picture. Workers never import the store: SQLAlchemy alone costs each worker about 0.2 s.
    Whether Tesseract is installed is asked only when a picture looks like it holds words."""
    import cv2

    from footprint.images import ocr  # noqa: F401
    from footprint.images.scan import _detector, scan_version

    cv2.setNumThreads(1)
    _detector()
    scan_version()


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


def _scanned(fields: dict[str, Any]) -> ScannedPicture:
    from footprint.store import ScannedPicture

    return ScannedPicture(**fields)


def _scan_file(sha: str, path: str, scanner: str) -> dict[str, Any]:
    """`_scan` of a picture the importer left in a file for this worker."""
    with open(path, "rb") as handle:
        data = handle.read()
    return _scan(sha, data, scanner)


def _scan(sha: str, data: bytes, scanner: str) -> dict[str, Any]:
    """What one picture shows, as the fields of a `ScannedPicture` (built by the importer, so a
    worker process never loads the store)."""
    from footprint.images import ocr
    from footprint.images.scan import scan_image, thumbnail_data_uri

    result = scan_image(data, sha256=sha, thumbnail=True)
    stored = result.as_dict()
    # Words inside the picture (a screenshot of a partisan post, a slide's security marking)
    # go through the text rules at scan time, like a post's own words. OCR costs about half a
    # second: it runs only on pictures that look like they hold text (screenshots, slides,
    # memes), never on ordinary photos.
    # The scanner version says whether this pass reads words (decided once, in the importer).
    reads_words = scanner.endswith("+ocr")
    text = ocr.read_text(data) if reads_words and result.text_likely and not result.error else None
    if text:
        stored["text"] = text[:MAX_PICTURE_TEXT]
    reportable = (result.reportable or bool(text)) and not result.error
    thumbnail = None
    if reportable:
        # The report shows the picture small and inline, with the symbol's region outlined
        # (made while the picture was decoded, unless only its words made it reportable).
        thumbnail = result.thumbnail or thumbnail_data_uri(data, result.findings[0].box if result.findings else None)
    return {
        "sha256": sha, "scanner": scanner, "result": stored, "reportable": reportable, "thumbnail": thumbnail,
        "width": result.width or None, "height": result.height or None, "format": result.format, "error": result.error,
    }
