"""Connectors: each reads one kind of source into records. Formats are recognised from their
content, whatever the file or folder is called."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from footprint.connectors._archive import ARCHIVE_SUFFIXES, ArchiveSource
from footprint.connectors.base import ApiConnector, ArchiveImporter
from footprint.connectors.bluesky_api import BlueskyApi
from footprint.connectors.bluesky_car import BlueskyCar
from footprint.connectors.facebook import FacebookExport
from footprint.connectors.instagram import InstagramExport
from footprint.connectors.linkedin import LinkedInArchive
from footprint.connectors.mastodon_api import MastodonApi
from footprint.connectors.mastodon_archive import MastodonArchive
from footprint.connectors.reddit import RedditExport
from footprint.connectors.threads import ThreadsExport
from footprint.connectors.tiktok import TikTokExport
from footprint.connectors.web import WebSite
from footprint.connectors.x_archive import XArchive
from footprint.connectors.youtube import YouTubeTakeout
from footprint.errors import InputError
from footprint.registry import Registry

BUILTIN_CONNECTORS: tuple[type[ArchiveImporter], ...] = (
    XArchive,
    MastodonArchive,
    BlueskyCar,
    FacebookExport,
    InstagramExport,
    ThreadsExport,
    LinkedInArchive,
    RedditExport,
    TikTokExport,
    YouTubeTakeout,
)
BUILTIN_API_CONNECTORS: tuple[type[ApiConnector], ...] = (BlueskyApi, MastodonApi, WebSite)

__all__ = [
    "BUILTIN_API_CONNECTORS",
    "BUILTIN_CONNECTORS",
    "ApiConnector",
    "ArchiveImporter",
    "ArchiveSource",
    "ImportJob",
    "api_connectors",
    "archive_importers",
    "find_jobs",
    "nested_archives",
    "not_recognised",
    "plan",
    "supported_platforms",
]


@lru_cache(maxsize=1)
def archive_importers() -> Registry[type[ArchiveImporter]]:
    registry: Registry[type[ArchiveImporter]] = Registry("footprint.connectors", key=lambda c: c.name)
    registry.register_all(BUILTIN_CONNECTORS)
    registry.load_entry_points()
    return registry


@lru_cache(maxsize=1)
def api_connectors() -> Registry[type[ApiConnector]]:
    """Live sources, by the name `footprint pull NAME` takes (bluesky, mastodon, web)."""
    registry: Registry[type[ApiConnector]] = Registry("footprint.api_connectors", key=lambda c: c.name)
    registry.register_all(BUILTIN_API_CONNECTORS)
    registry.load_entry_points()
    return registry


@dataclass(frozen=True)
class ImportJob:
    """One export found inside a source: which importer reads it and from where."""

    importer: type[ArchiveImporter]
    root: str


def find_jobs(source: ArchiveSource) -> list[ImportJob]:
    """Every export recognised inside `source` (possibly none)."""
    return [
        ImportJob(importer, root)
        for importer in archive_importers().values()
        for root in importer.find_roots(source)
    ]


# How platforms are written in messages when capitalising their name is not enough.
PLATFORM_NAMES = {"x": "X", "linkedin": "LinkedIn", "tiktok": "TikTok", "youtube": "YouTube"}


def supported_platforms() -> str:
    """The platforms whose exports are read, in one short phrase: "Bluesky, ..., X and YouTube"."""
    names = list(dict.fromkeys(PLATFORM_NAMES.get(c.platform, c.platform.capitalize()) for c in archive_importers().values()))
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def not_recognised(path: str, source: ArchiveSource | None = None) -> InputError:
    """No export in `path`: say what it is instead (when `source` is given), then the
    supported exports once, briefly; `footprint connectors` has the details."""
    what = source.what_it_is() if source is not None else "no supported export found here"
    return InputError(
        f"{what}; supported: {supported_platforms()} exports (see `footprint connectors`)", path=path
    )


def plan(source: ArchiveSource) -> list[ImportJob]:
    """Every export recognised inside `source`; a clear error if there is none."""
    jobs = find_jobs(source)
    if not jobs:
        raise not_recognised(source.display, source)
    return jobs


def nested_archives(source: ArchiveSource) -> list[Path]:
    """Packed exports sitting inside a folder (a Downloads folder holding several zips)."""
    if source.is_zip or not source.path.is_dir():
        return []
    return [
        source.path / name
        for name in source.names()
        if name.lower().endswith(ARCHIVE_SUFFIXES)
    ]
