"""What every connector is: a named source of records that never touches the database."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

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


class ApiConnector(ABC):
    """Pulls a person's public history live from a platform.

    The client is injected (an `httpx.Client` with a mock transport, a Mastodon.py or atproto
    client pointed at a local test server) so tests never patch. `iter_records` receives the
    state the previous pull saved and yields only what is newer, ending with a `SyncPoint`
    that the store saves in the same transaction as the records. Credentials come from the
    environment or the system keyring, never from the database, a report or a log.
    """

    name: ClassVar[str]
    platform: ClassVar[str]
    title: ClassVar[str]

    def __init__(self, *, client: object | None = None, **options: str) -> None:
        self.client = client
        self.options = options

    @abstractmethod
    def iter_records(self, account: str, since: Mapping[str, Any] | None) -> Iterator[Record]: ...
