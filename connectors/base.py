"""What every connector is: a named source of records that never touches the database."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import ClassVar

from footprint.connectors._archive import ArchiveSource
from footprint.records import Record


class ArchiveImporter(ABC):
    """Reads one platform's downloaded data export.

    `find_roots` sniffs the content (never the file name) and returns the prefixes inside the
    source where an export of this kind starts: "" for the top, "twitter-2023/" for a folder
    found inside a bigger one. `iter_records` then streams Profile, Item, Reaction and Skipped
    records from one root.
    """

    name: ClassVar[str]
    platform: ClassVar[str]
    title: ClassVar[str]
    download_help: ClassVar[str]

    @classmethod
    @abstractmethod
    def find_roots(cls, source: ArchiveSource) -> list[str]: ...

    @abstractmethod
    def iter_records(self, source: ArchiveSource, root: str) -> Iterator[Record]: ...
