"""Fixtures every connector test module shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from footprint.connectors import api_connectors, archive_importers


@pytest.fixture
def registered() -> Iterator[None]:
    """The connector registries read afresh around the test, so a test that reaches the
    pipeline or the CLI sees exactly the built-in connectors (and no plug-in another test left)."""
    archive_importers.cache_clear()
    api_connectors.cache_clear()
    yield
    archive_importers.cache_clear()
    api_connectors.cache_clear()
