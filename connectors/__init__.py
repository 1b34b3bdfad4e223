"""Connectors: each reads one kind of source into records. Formats are recognised from their
content, whatever the file or folder is called."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from footprint.connectors._archive import ArchiveSource
from footprint.connectors.base import ArchiveImporter
from footprint.connectors.x_archive import XArchive
from footprint.errors import InputError
from footprint.registry import Registry

BUILTIN_CONNECTORS: tuple[type[ArchiveImporter], ...] = (XArchive,)

__all__ = ["BUILTIN_CONNECTORS", "ArchiveImporter", "ArchiveSource", "ImportJob", "archive_importers", "plan"]


@lru_cache(maxsize=1)
def archive_importers() -> Registry[type[ArchiveImporter]]:
    registry: Registry[type[ArchiveImporter]] = Registry("footprint.connectors", key=lambda c: c.name)
    registry.register_all(BUILTIN_CONNECTORS)
    registry.load_entry_points()
    return registry


@dataclass(frozen=True)
class ImportJob:
    """One export found inside a source: which importer reads it and from where."""

    importer: type[ArchiveImporter]
    root: str


def plan(source: ArchiveSource) -> list[ImportJob]:
    """Every export recognised inside `source`; a clear error if there is none."""
    jobs = [
        ImportJob(importer, root)
        for importer in archive_importers().values()
        for root in importer.find_roots(source)
    ]
    if not jobs:
        known = "; ".join(c.title for c in archive_importers().values())
        raise InputError(f"no supported export found here (supported: {known})", path=source.display)
    return jobs


def open_source(path: Path) -> ArchiveSource:
    return ArchiveSource(path)
