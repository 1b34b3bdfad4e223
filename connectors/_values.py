"""Values as exports and APIs write them, read one way by every connector.

Times become aware UTC datetimes, or None when the value cannot be read: not a string (or not
a number, for epoch times), empty, garbage, year 0, a date past 9999, or a zone that pushes
the time out of what `datetime` can hold. An unreadable time is never an error: each connector
decides what a post without a time becomes (skipped, or kept without one).

Only fixed shapes are read (ISO 8601, Unix seconds or milliseconds, RFC 2822): a free-form
parser fills what a value leaves out from today's date, so the same export would give other
times on other days.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from dateutil import parser as dateparser

# Unix seconds before this are placeholders ("timestamp": 0 means "none" in Meta's string_map_data).
_EARLIEST = 86_400
_MILLISECONDS = 10**11  # past year 5000 in seconds: the value must be milliseconds


def as_utc(when: datetime) -> datetime | None:
    """`when` in UTC; a time without a zone is taken as UTC, which is what exports that write
    none mean. None when the conversion leaves datetime's range (year 1 written with a positive
    offset, 9999-12-31 with a negative one)."""
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    try:
        return when.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def iso_time(value: Any) -> datetime | None:
    """An ISO 8601 time as Python reads it ("2024-06-01T12:00:00.123Z", "2024-06-01 12:00:00",
    "2024-06-01T08:00:00-04:00", "20240601T120000Z", a bare date), spaces around ignored. A
    datetime an SDK already parsed is only put in UTC."""
    if type(value) is not str:
        if isinstance(value, datetime):
            return as_utc(value)
        if not isinstance(value, str):
            return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        # Python reads a final Z after a time but not after a bare date ("2024-06-01Z").
        if not text.endswith("Z"):
            return None
        try:
            parsed = datetime.fromisoformat(text[:-1] + "+00:00")
        except ValueError:
            return None
    # Inlined as_utc: this runs for every post of an archive.
    zone = parsed.tzinfo
    if zone is UTC:
        return parsed
    if zone is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def loose_iso_time(value: Any) -> datetime | None:
    """`iso_time`, then dateutil's ISO 8601 reader for what Python's leaves out (a lower-case
    z, 24:00, an hour-only offset, a year alone): for fields many different clients write,
    such as Bluesky's `createdAt`."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed = iso_time(text[:-1] + "Z" if text.endswith("z") else text)
    if parsed is not None:
        return parsed
    try:
        parsed = dateparser.isoparse(text)
    except (ValueError, OverflowError):
        return None
    return as_utc(parsed)


def mail_time(value: Any) -> datetime | None:
    """An RFC 2822 time, as RSS writes `pubDate`: "Sat, 01 Jun 2024 12:00:00 +0000" (or GMT, or
    -0000 for "zone unknown", read as UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, OverflowError):
        return None
    return as_utc(parsed)


def epoch_time(value: Any) -> datetime | None:
    """Unix seconds (an int, a float or a string of digits), or milliseconds when the number is
    that large; 0, negative and placeholder values, NaN, infinities, booleans and junk are None."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        seconds = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if math.isnan(seconds) or seconds < _EARLIEST:
        return None
    if seconds >= _MILLISECONDS:
        seconds /= 1000
    try:
        return datetime.fromtimestamp(int(seconds), UTC)
    except (OverflowError, OSError, ValueError):
        return None


def int_or_none(value: Any) -> int | None:
    """`int(value)` (a number, or a string of digits), or None for anything else."""
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


def text_or_none(value: Any) -> str | None:
    """A non-empty string, or None for anything else (null, a number, a list, an object)."""
    return value if isinstance(value, str) and value else None


def dict_field(parent: Mapping[str, Any], key: str) -> dict[str, Any]:
    """`parent[key]` when it is an object, else an empty one: a field an export or an API
    leaves out, sets to null or fills with the wrong type reads as empty."""
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def list_field(parent: Mapping[str, Any], key: str) -> list[Any]:
    """`parent[key]` when it is a list, else an empty one (see `dict_field`)."""
    value = parent.get(key)
    return value if isinstance(value, list) else []
