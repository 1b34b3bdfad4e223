"""The shared readers of times and values (connectors/_values.py), on every shape a connector
reads with them, and on what hostile exports put in those fields instead."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from footprint.connectors import reddit, web, x_archive
from footprint.connectors._values import (
    as_utc,
    epoch_time,
    int_or_none,
    iso_time,
    loose_iso_time,
    mail_time,
    text_or_none,
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


# Each platform's own shapes, read by the function its connector calls.
SHAPES = [
    # X: account.js and tweets.js (a fast path), and ISO in newer account files
    (x_archive._twitter_time, "Sat May 13 17:20:09 +0000 2023", utc(2023, 5, 13, 17, 20, 9)),
    (x_archive._twitter_time, "Sat May 13 17:20:09 +0200 2023", utc(2023, 5, 13, 15, 20, 9)),
    (x_archive._twitter_time, "2012-05-01T10:00:00.000Z", utc(2012, 5, 1, 10)),
    # Mastodon archive (ActivityPub `published`) and API
    (iso_time, "2023-03-04T15:30:00Z", utc(2023, 3, 4, 15, 30)),
    (iso_time, "2023-03-04T15:30:00.123Z", utc(2023, 3, 4, 15, 30, 0, 123000)),
    # Bluesky `createdAt`, written by many clients
    (loose_iso_time, "2024-02-22T19:58:13.903293+00:00", utc(2024, 2, 22, 19, 58, 13, 903293)),
    (loose_iso_time, "2023-08-26T12:56:31.044240", utc(2023, 8, 26, 12, 56, 31, 44240)),
    (loose_iso_time, "2024-01-01T00:00:00.123456789Z", utc(2024, 1, 1, 0, 0, 0, 123456)),
    (loose_iso_time, "20240101T000000Z", utc(2024, 1, 1)),
    (loose_iso_time, "2024-06-01T12:00:00z", utc(2024, 6, 1, 12)),
    (loose_iso_time, "2024-06-01z", utc(2024, 6, 1)),
    (loose_iso_time, "2024-06-01T24:00:00Z", utc(2024, 6, 2)),
    (loose_iso_time, "2024-06-01T08:00:00-04", utc(2024, 6, 1, 12)),
    # LinkedIn and TikTok: UTC without a zone
    (iso_time, "2025-07-01 14:33:22", utc(2025, 7, 1, 14, 33, 22)),
    (iso_time, " 2023-01-02 03:04:05 ", utc(2023, 1, 2, 3, 4, 5)),
    # Reddit's own suffix, and ISO in case the writer changes
    (reddit._when, "2014-08-27 00:59:46 UTC", utc(2014, 8, 27, 0, 59, 46)),
    (reddit._when, "2014-08-27T00:59:46Z", utc(2014, 8, 27, 0, 59, 46)),
    # YouTube Takeout
    (iso_time, "2023-09-19T17:42:53+00:00", utc(2023, 9, 19, 17, 42, 53)),
    (iso_time, "2023-09-19T13:42:53.5-04:00", utc(2023, 9, 19, 17, 42, 53, 500000)),
    # Websites: Atom and HTML write ISO 8601, RSS writes RFC 2822
    (web._published, "2024-05-01T09:30:00-04:00", utc(2024, 5, 1, 13, 30)),
    (web._published, "Wed, 01 May 2024 13:30:00 +0000", utc(2024, 5, 1, 13, 30)),
    (web._published, "Wed, 01 May 2024 09:30:00 EDT", utc(2024, 5, 1, 13, 30)),
    (web._published, "Wed, 01 May 2024 13:30:00 GMT", utc(2024, 5, 1, 13, 30)),
    (web._published, "Wed, 01 May 2024 13:30:00 -0000", utc(2024, 5, 1, 13, 30)),
    # Meta: Unix seconds as numbers or strings, milliseconds when that large
    (epoch_time, 1600000000, utc(2020, 9, 13, 12, 26, 40)),
    (epoch_time, 1600000000.9, utc(2020, 9, 13, 12, 26, 40)),
    (epoch_time, "1600000000", utc(2020, 9, 13, 12, 26, 40)),
    (epoch_time, 1600000000123, utc(2020, 9, 13, 12, 26, 40)),
    (epoch_time, 86_400, utc(1970, 1, 2)),
]


@pytest.mark.parametrize(("read", "value", "expected"), SHAPES, ids=[f"{r.__name__}:{v!r}" for r, v, _ in SHAPES])
def test_each_platform_shape_reads_as_the_same_instant_in_utc(read: Any, value: Any, expected: datetime) -> None:
    parsed = read(value)
    assert parsed == expected
    assert parsed.tzinfo is UTC  # never naive, never the writer's offset


HOSTILE = [
    None, "", "   ", "\n", "garbage", "n'importe quoi", "Z", "NaN", "2024-13-01", "2024-02-30", "2024-01-01T25:00:00",
    "0000-01-01T00:00:00Z", "0000-00-00 00:00:00", "99999-01-01T00:00:00", "9" * 400, "٢٠٢٤-٠١-٠١",
    "2024-01-01T12:00:00+24:00", 0, 1.5, 10**400, float("nan"), True, [], {}, {"$date": "2024-01-01"},
]


# Reddit's and the website's readers are only ever given CSV cells and markup text.
NOT_TIMES = [(read, value) for read in (iso_time, loose_iso_time, mail_time) for value in HOSTILE] + [
    (read, value) for read in (reddit._when, web._published) for value in HOSTILE if value is None or isinstance(value, str)
]


@pytest.mark.parametrize(("read", "value"), NOT_TIMES, ids=[f"{r.__name__}:{v!r:.24}" for r, v in NOT_TIMES])
def test_what_is_not_a_time_is_none(read: Any, value: Any) -> None:
    assert read(value) is None


@pytest.mark.parametrize("value", [
    "0001-01-01T00:00:00+01:00",  # 0000-12-31 in UTC: past what datetime holds (was an internal error)
    "9999-12-31T23:59:59-01:00",  # 10000-01-01 in UTC
    "Mon, 01 Jan 99999999999999999999 12:00:00 +0000",  # RSS with a year no C integer holds
    "Fri, 31 Dec 9999 23:00:00 -0200",
])
def test_a_time_that_leaves_the_calendar_in_utc_is_none_not_a_crash(value: str) -> None:
    for read in (iso_time, loose_iso_time, mail_time, web._published, reddit._when, x_archive._twitter_time):
        assert read(value) is None, read.__name__


@pytest.mark.parametrize("value", [
    None, True, False, 0, -1, 86_399, "0", "abc", "", [], {}, float("nan"), float("inf"), -float("inf"),
    10**400, 10**20, -10**20, "1e400", 253_402_300_800_000_000,
])
def test_epoch_placeholders_and_junk_are_none(value: Any) -> None:
    assert epoch_time(value) is None


def test_epoch_just_before_the_millisecond_switch_is_still_seconds() -> None:
    assert epoch_time(10**11 - 1) == utc(5138, 11, 16, 9, 46, 39)
    assert epoch_time(10**11) == utc(1973, 3, 3, 9, 46, 40)


def test_datetimes_from_an_sdk_are_put_in_utc_and_naive_ones_taken_as_utc() -> None:
    # Mastodon.py parses `created_at` itself.
    assert iso_time(datetime(2024, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))) == utc(2024, 1, 1, 12)
    assert iso_time(datetime(2024, 1, 1, 12)) == utc(2024, 1, 1, 12)
    assert as_utc(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=1)))) is None


def test_naive_times_are_utc_whatever_the_machine_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "America/St_Johns")
    time.tzset()
    try:
        assert iso_time("2024-07-01 12:00:00") == utc(2024, 7, 1, 12)
        assert x_archive._twitter_time("2024-07-01T12:00:00") == utc(2024, 7, 1, 12)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_digits_alone_read_as_python_reads_them() -> None:
    # Python takes any character between date and time, so 400 ones are 1111-11-11 11:11:11.111111
    # (as every connector read them before the readers were shared); a number of seconds is
    # never read as an ISO time.
    assert iso_time("1" * 400) == utc(1111, 11, 11, 11, 11, 11, 111111)
    assert iso_time("1700000000") is None and iso_time(1700000000) is None


def test_bare_dates_and_a_final_z_after_one() -> None:
    assert iso_time("2024-06-01") == utc(2024, 6, 1)
    assert iso_time("2024-06-01Z") == utc(2024, 6, 1)
    # A lower-case z is read only where many clients write the field (Bluesky).
    assert iso_time("2024-06-01T12:00:00z") is None
    assert loose_iso_time("2024-06-01T12:00:00z") == utc(2024, 6, 1, 12)


def test_a_year_alone_is_read_only_by_the_loose_reader() -> None:
    assert iso_time("2024") is None
    assert loose_iso_time("2024") == utc(2024, 1, 1)


def test_any_instant_written_in_iso_8601_reads_back_exactly() -> None:
    rng = random.Random(20261207)
    for _ in range(2000):
        instant = utc(1971, 1, 1) + timedelta(seconds=rng.randrange(0, 4_000_000_000), microseconds=rng.randrange(10**6))
        offset = timezone(timedelta(minutes=rng.choice([0, -210, -240, -300, 60, 330, 840, -720])))
        written = instant.astimezone(offset)
        for text in (written.isoformat(), written.isoformat(" "), instant.strftime("%Y-%m-%dT%H:%M:%S.%fZ")):
            assert iso_time(text) == instant, text
            assert loose_iso_time(text) == instant, text
        if offset.utcoffset(None) == timedelta(0):
            assert iso_time(written.replace(tzinfo=None).isoformat()) == instant


def test_value_coercion() -> None:
    assert int_or_none("42") == 42 and int_or_none(7.9) == 7 and int_or_none(" 12 ") == 12
    assert int_or_none(None) is None and int_or_none("1,234") is None and int_or_none(float("inf")) is None
    assert int_or_none([]) is None and int_or_none("") is None
    assert text_or_none("Élise 🍁") == "Élise 🍁"
    assert text_or_none("") is None and text_or_none(0) is None and text_or_none(["a"]) is None
