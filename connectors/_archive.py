"""Read a downloaded export without extracting anything to disk: a zip, a tar(.gz), a folder,
or a single file (a Bluesky .car, a lone JSON or CSV), all seen as a set of member names.

Members are read as streams straight from the zip or the folder, so nothing is ever written
outside the tool's own files, member names cannot escape anywhere, and memory does not grow with
the archive's size. Refused, each recorded as skipped with the reason: names that are absolute
or climb out of the archive (`../`), links and special files inside a zip or tar, symlinks in a
folder that point outside it, loop or lead nowhere, named pipes and devices (a read would block
or never end), and names that are not UTF-8. A member whose compression ratio says "zip bomb",
a tar.gz that inflates the same way, or an archive claiming more than MAX_TOTAL_BYTES makes the
whole source a one-line InputError, as does any damage found while reading (bad CRC, truncated
stream, an encrypted member, a compression method Python cannot read). Names shown in messages
and the skipped list have control and bidi-override characters escaped (`errors.visible`).
"""

from __future__ import annotations

import hashlib
import lzma
import os
import posixpath
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from footprint.connectors._stream import ByteStream
from footprint.errors import InputError, visible
from footprint.records import Skipped

# A member that inflates more than this many times over is treated as a zip bomb; real exports
# (JSON, JS, CSV, JPEG, MP4) stay far below it.
MAX_COMPRESSION_RATIO = 200
# Ratios are only meaningful past a size where a bomb could hurt.
RATIO_CHECK_FLOOR = 16 * 1024 * 1024
MAX_MEMBER_BYTES = 8 * 1024**3
MAX_TOTAL_BYTES = 64 * 1024**3
MAX_MEMBERS = 2_000_000
MAX_REFUSED_LISTED = 1000


# What reading a damaged or exotic member can raise, beyond OSError: zipfile raises
# RuntimeError for an encrypted member and NotImplementedError for an unknown compression.
_DAMAGE = (zipfile.BadZipFile, tarfile.TarError, zlib.error, lzma.LZMAError, EOFError)
_UNREADABLE = (RuntimeError, NotImplementedError)


def _undecodable(name: str) -> bool:
    """True when the name holds bytes that are not UTF-8 (kept by Python as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return True
    parts = name.replace("\\", "/").split("/")
    return any(part == ".." for part in parts)


ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz")


def member_folder(name: str) -> str:
    """The folder a member sits in, as an export root: "" at the top, else "folder/"."""
    folder = posixpath.dirname(name)
    return f"{folder}/" if folder else ""


def _kind_of_file(path: Path) -> str:
    """Sniff the bytes, not the name: 'zip', 'tar' or 'file'."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(512)
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", path=str(path)) from exc
    if head[:2] == b"PK":
        return "zip"
    if head[:2] == b"\x1f\x8b" or head[257:262] == b"ustar":
        return "tar"
    return "file"


# What a file that holds no export most likely is, from its first bytes: said to the person
# instead of a list of every format (a photo or a PDF picked by mistake is the common case).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "a picture (JPEG), not an export"),
    (b"\x89PNG\r\n\x1a\n", "a picture (PNG), not an export"),
    (b"GIF87a", "a picture (GIF), not an export"),
    (b"GIF89a", "a picture (GIF), not an export"),
    (b"%PDF-", "a PDF document, not an export"),
    (b"SQLite format 3\x00", "a SQLite database, not an export (a footprint database is given with --db)"),
    (b"Rar!\x1a\x07", "a RAR archive: platforms give zip or tar.gz files; download the export again"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: platforms give zip or tar.gz files; download the export again"),
)
_PICTURE_BRANDS = (b"heic", b"heix", b"mif1", b"msf1", b"avif")
PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".avif", ".bmp", ".tif", ".tiff")
VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".webm", ".avi", ".mkv")


def _sniff(head: bytes) -> str | None:
    """What a file's first bytes say it is, when that is something people pick by mistake."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a picture (WebP), not an export"
    if head[4:8] == b"ftyp":
        return "a picture (HEIC), not an export" if head[8:12] in _PICTURE_BRANDS else "a video, not an export"
    return None


def _media_only(names: list[str]) -> str | None:
    """'pictures' or 'pictures and videos' when every name is one, else None."""
    lowered = [name.lower() for name in names]
    if not lowered or not all(name.endswith(PICTURE_SUFFIXES + VIDEO_SUFFIXES) for name in lowered):
        return None
    return "pictures" if all(name.endswith(PICTURE_SUFFIXES) for name in lowered) else "pictures and videos"


class ArchiveSource:
    """A zip, tar, folder or single file seen as a set of POSIX-style member names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Shown in messages, the database and reports: controls and undecodable bytes escaped.
        self.display = visible(str(path))
        self.refused: list[Skipped] = []
        self._refused_unlisted = 0
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        self._tar_members: dict[str, tarfile.TarInfo] = {}
        self._single = False
        self._names: list[str] = []
        if path.is_dir():
            self._names = self._walk_folder(path)
        elif path.is_file():
            kind = _kind_of_file(path)
            if kind == "zip":
                self._open_zip(path)
            elif kind == "tar":
                self._open_tar(path)
            else:
                self._single = True
                self._names = [path.name]
        elif path.exists():
            raise InputError("not a regular file or folder (a pipe or a device?)", path=self.display)
        else:
            raise InputError("no such file or folder", path=self.display)
        if self._refused_unlisted:
            self.refused.append(Skipped(
                self.display,
                f"{self._refused_unlisted:,} more members refused for the reasons above "
                f"(only the first {MAX_REFUSED_LISTED:,} are listed)",
            ))

    # ------------------------------------------------------------------ opening

    def _refuse(self, name: str, reason: str) -> None:
        if len(self.refused) < MAX_REFUSED_LISTED:
            self.refused.append(Skipped(visible(name), reason))
        else:
            self._refused_unlisted += 1

    def _open_zip(self, path: Path) -> None:
        try:
            self._zip = zipfile.ZipFile(path)
            infos = self._zip.infolist()
        except UnicodeDecodeError as exc:
            raise InputError(
                "a member name is marked UTF-8 but is not; the zip was not written by the platform",
                path=self.display,
            ) from exc
        except (zipfile.BadZipFile, EOFError, ValueError, OverflowError) as exc:
            raise InputError(
                f"not a readable zip archive ({visible(str(exc))[:160]}); the download may be incomplete",
                path=self.display,
            ) from exc
        except OSError as exc:
            raise InputError(f"cannot read the file ({exc.strerror or exc})", path=self.display) from exc
        if len(infos) > MAX_MEMBERS:
            raise InputError(f"zip holds {len(infos):,} members, more than any real export", path=self.display)
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            name = info.filename
            if _unsafe_name(name):
                self._refuse(name, "unsafe member name refused (absolute or '..')")
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                self._refuse(name, "symbolic link inside the zip refused")
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                raise InputError(f"member {name} claims {info.file_size:,} bytes; refusing", path=self.display)
            if (
                info.file_size > RATIO_CHECK_FLOOR
                and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            ):
                raise InputError(
                    f"member {name} inflates {info.file_size // max(info.compress_size, 1):,} times "
                    "(zip bomb?); refusing",
                    path=self.display,
                )
            total += info.file_size
            self._names.append(name)
        if total > MAX_TOTAL_BYTES:
            raise InputError(f"zip would inflate to {total:,} bytes; refusing", path=self.display)

    def _open_tar(self, path: Path) -> None:
        try:
            packed_size = max(path.stat().st_size, 1)
            self._tar = tarfile.open(path, "r:*")
            total = 0
            for info in self._tar:
                name = info.name
                if info.isdir():
                    continue
                if _unsafe_name(name):
                    self._refuse(name, "unsafe member name refused (absolute or '..')")
                    continue
                if not info.isfile():
                    self._refuse(name, "link or special file inside the archive refused")
                    continue
                if _undecodable(name):
                    self._refuse(name, "member name is not UTF-8 text; refused")
                    continue
                if info.issparse():
                    self._refuse(name, "sparse file inside the archive refused")
                    continue
                total += info.size
                if info.size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                    raise InputError(f"archive would inflate past {MAX_TOTAL_BYTES:,} bytes; refusing", path=self.display)
                # Headers are read by inflating everything before them: a gzip of zeros that
                # claims terabytes would keep this loop busy for hours. Real exports (JSON and
                # media) shrink a few times at most.
                if total > RATIO_CHECK_FLOOR and total > MAX_COMPRESSION_RATIO * packed_size:
                    raise InputError(
                        f"archive inflates more than {total // packed_size:,} times (tar bomb?); refusing",
                        path=self.display,
                    )
                self._tar_members[name] = info
                self._names.append(name)
                if len(self._names) > MAX_MEMBERS:
                    raise InputError("archive holds more members than any real export", path=self.display)
        except (*_DAMAGE, OSError) as exc:
            raise InputError(
                f"not a readable tar archive ({visible(str(exc))[:160]}); the download may be incomplete",
                path=self.display,
            ) from exc

    def _walk_folder(self, root: Path) -> list[str]:
        names: list[str] = []
        real_root = root.resolve()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames.sort()
            rel_dir = os.path.relpath(dirpath, root)
            for filename in sorted(filenames):
                full = Path(dirpath) / filename
                rel = filename if rel_dir == "." else posixpath.join(*Path(rel_dir).parts, filename)
                refused = self._refuse_file(full, rel, real_root)
                if refused is not None:
                    self._refuse(rel, refused)
                    continue
                names.append(rel)
            if len(names) > MAX_MEMBERS:
                raise InputError("folder holds more files than any real export", path=self.display)
        return names

    @staticmethod
    def _refuse_file(full: Path, rel: str, real_root: Path) -> str | None:
        """Why a file found in a folder is not read, or None to read it.

        Only regular files are read: a named pipe would block the first read forever and a
        device never ends. A symbolic link is followed only when it stays inside the folder.
        """
        if _undecodable(rel):
            return "file name is not UTF-8 text; refused"
        try:
            if full.is_symlink():
                try:
                    target = full.resolve(strict=True)
                except RuntimeError:
                    return "symbolic link loop refused"
                except OSError:
                    return "broken symbolic link refused"
                if not target.is_relative_to(real_root):
                    return "symbolic link pointing outside the folder refused"
            mode = full.stat().st_mode
        except OSError as exc:
            return f"cannot read ({exc.strerror or exc})"
        if not stat.S_ISREG(mode):
            return "not a regular file (a pipe, socket or device) refused"
        return None

    def what_it_is(self) -> str:
        """What this source is, said when no supported export was found in it: "an empty zip",
        "a picture (JPEG), not an export", "a folder of 12 files, none of them an export"."""
        count = len(self._names)
        kind = "zip" if self._zip is not None else "tar archive" if self._tar is not None else "folder"
        if self._single:
            try:
                with open(self.path, "rb") as handle:
                    head = handle.read(64)
            except OSError as exc:
                return f"cannot be read ({exc.strerror or exc})"
            if not head:
                return "an empty file (the download may have failed)"
            sniffed = _sniff(head)
            if sniffed:
                return sniffed
            suffix = next((s for s in ARCHIVE_SUFFIXES if self.path.name.lower().endswith(s)), None)
            if suffix:
                return f"not a {suffix.lstrip('.')} file despite its name (an incomplete download?)"
            return "a file that is not one of the supported exports"
        if not count:
            if self.refused:
                return f"a {kind} whose {len(self.refused)} entries were all refused (unsafe names, links or special files)"
            return f"an empty {kind}" + (" (the download may have failed)" if kind != "folder" else "")
        media = _media_only(self._names)
        if media:
            return f"a {kind} of {media}, not an export"
        packed = [name for name in self._names if name.lower().endswith(ARCHIVE_SUFFIXES)]
        if packed and self.is_zip:
            # Exports zipped once more: the inner archive is not opened (a bomb could hide there).
            inner = visible(packed[0]) + (f" and {len(packed) - 1} more" if len(packed) > 1 else "")
            return f"a {kind} holding another archive ({inner}): take it out and give that one"
        files = "1 file" if count == 1 else f"{count:,} files"
        return f"a {kind} of {files}, none of them a supported export"

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._tar is not None:
            self._tar.close()

    def __enter__(self) -> ArchiveSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ members

    @property
    def is_zip(self) -> bool:
        """True for any packed source (zip or tar), whose members are named inside one file."""
        return self._zip is not None or self._tar is not None

    def names(self) -> list[str]:
        return self._names

    def has(self, name: str) -> bool:
        return name in self._name_set

    def roots_where(
        self, recognised: Callable[[str], bool], root_of: Callable[[str], str] | None = None
    ) -> list[str]:
        """Where exports start inside this source, for an importer's `find_roots`: the prefix
        `root_of` gives (by default the member's folder, see `member_folder`) for every member
        `recognised` by its content, each once, sorted."""
        where = member_folder if root_of is None else root_of
        return sorted({where(name) for name in self._names if recognised(name)})

    @property
    def _name_set(self) -> set[str]:
        cached = getattr(self, "_cached_set", None)
        if cached is None:
            cached = set(self._names)
            self._cached_set = cached
        return cached

    def describe(self, name: str) -> str:
        """Where a member is, for messages and the skipped list (never to open it)."""
        if self._single:
            return self.display
        return f"{self.display}:{visible(name)}" if self.is_zip else visible(str(self.path / name))

    @contextmanager
    def open(self, name: str) -> Iterator[ByteStream]:
        """A binary stream of one member; read errors become one-line InputErrors."""
        try:
            if self._zip is not None:
                with self._zip.open(name) as handle:
                    yield _GuardedStream(handle, self.describe(name))
            elif self._tar is not None:
                extracted = self._tar.extractfile(self._tar_members[name])
                if extracted is None:
                    raise InputError("not a regular file", path=self.describe(name))
                with extracted as handle:
                    yield _GuardedStream(handle, self.describe(name))
            elif self._single:
                with open(self.path, "rb") as handle:
                    yield handle
            else:
                with open(self.path / name, "rb") as handle:
                    yield handle
        except InputError:
            raise
        except _DAMAGE as exc:
            raise InputError(
                f"damaged member ({visible(str(exc))[:160]}); the download may be incomplete", path=self.describe(name)
            ) from exc
        except _UNREADABLE as exc:
            # zipfile's messages: "File 'x' is encrypted, password required for extraction",
            # "That compression method is not supported".
            raise InputError(
                f"cannot read this member ({visible(str(exc))[:160]}); exports are plain zips: download it again",
                path=self.describe(name),
            ) from exc
        except OSError as exc:
            raise InputError(f"cannot read ({exc.strerror or exc})", path=self.describe(name)) from exc

    def sha256(self) -> str:
        """Identity of the source, cheap even for archives of many gigabytes of media.

        A zip is identified by its members' names, sizes and CRC-32s from the central directory
        (content-based without inflating anything); a folder by its files' names, sizes and
        modification times. Only used to say "already imported": writes are keyed anyway.
        """
        cached: str | None = getattr(self, "_sha256", None)
        if cached is not None:
            return cached
        self._sha256 = self._compute_sha256()
        return self._sha256

    def _compute_sha256(self) -> str:
        digest = hashlib.sha256()
        if self._tar is not None:
            for info in self._tar_members.values():
                digest.update(f"{info.name}\0{info.size}\0{info.mtime}\0{info.chksum}\n".encode("utf-8", "surrogateescape"))
            return digest.hexdigest()
        if self._single:
            with open(self.path, "rb") as handle:
                while chunk := handle.read(1024 * 1024):
                    digest.update(chunk)
            return digest.hexdigest()
        if self._zip is not None:
            for member in self._zip.infolist():
                digest.update(f"{member.filename}\0{member.file_size}\0{member.CRC}\n".encode("utf-8", "surrogateescape"))
            return digest.hexdigest()
        for name in self._names:
            status = (self.path / name).stat()
            digest.update(f"{name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
        return digest.hexdigest()


class _GuardedStream:
    """Wraps a zip member stream so damage surfaces as InputError at the read that found it."""

    def __init__(self, handle: IO[bytes], where: str) -> None:
        self._handle = handle
        self._where = where

    def read(self, size: int = -1) -> bytes:
        try:
            return self._handle.read(size)
        except (*_DAMAGE, OSError) as exc:
            raise InputError(
                f"damaged member ({visible(str(exc))[:160]}); the download may be incomplete", path=self._where
            ) from exc

    def readable(self) -> bool:
        return True
