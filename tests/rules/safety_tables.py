"""Rates over a table of posts, with the posts that missed named in the failure."""

from __future__ import annotations

from collections.abc import Callable


def assert_table_rate(
    table: list[str], flags: Callable[[str], bool], *, what: str, minimum: float | None = None, maximum: float | None = None
) -> None:
    flagged = [text for text in table if flags(text)]
    rate = len(flagged) / len(table)
    if minimum is not None:
        missed = [text for text in table if text not in flagged]
        assert rate >= minimum, f"{what}: {len(flagged)}/{len(table)} flagged; missed: {missed}"
    if maximum is not None:
        assert rate <= maximum, f"{what}: {len(flagged)}/{len(table)} flagged: {flagged}"
