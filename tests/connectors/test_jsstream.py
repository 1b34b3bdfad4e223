"""The streaming JSON reader under the X, Mastodon and Meta importers (connectors/_jsstream.py).

It parses one array element at a time from a sliding buffer of the member's text, so what
matters is that a chunk boundary anywhere changes nothing, and that hostile input ends in a
one-line SourceFormatError naming the file, never another exception or unbounded memory.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.connectors import _jsstream
from footprint.connectors._jsondepth import MAX_DEPTH
from footprint.connectors._jsstream import iter_array, iter_arrays
from footprint.errors import SourceFormatError

PREFIX = b"window.YTD.tweets.part0 = "


class Trickle(io.RawIOBase):
    """A stream that never returns more than `step` bytes per read, whatever was asked."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data = data
        self.at = 0
        self.step = step

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        size = self.step if size < 0 else min(size, self.step)
        chunk = self.data[self.at : self.at + size]
        self.at += len(chunk)
        return chunk


@pytest.fixture(params=[1, 2, 3, 7, 64, None], ids=lambda c: f"chunk-{c or 'default'}")
def chunk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int | None:
    if request.param is not None:
        monkeypatch.setattr(_jsstream, "_CHUNK", request.param)
    return request.param


def elements(data: bytes, step: int = 1 << 30) -> list[Any]:
    return list(iter_array(Trickle(data, step), "tweets.js"))  # type: ignore[arg-type]


def error(data: bytes, names: tuple[str | None, ...] | None = None) -> str:
    with pytest.raises(SourceFormatError) as raised:
        if names is None:
            elements(data)
        else:
            list(iter_arrays(io.BytesIO(data), "outbox.json", names))
    message = str(raised.value)
    assert "\n" not in message and message.startswith(("tweets.js", "outbox.json"))
    return message


DOCUMENT = [
    {"tweet": {"id_str": "1", "full_text": "Café ☕ 📸 [brackets] {braces} \"quotes\" \\ back\\slash", "n": [1, -2.5, 1e3, 0]}},
    {"tweet": {"id_str": "2", "nested": {"a": [[[[{"b": None}]]]], "t": True, "f": False}, "empty": [{}, []]}},
    12345678901234567890,
    -7,
    "a string element",
    None,
    [],
    {},
]


def test_every_chunk_size_reads_the_same(chunk: int | None) -> None:
    for indent in (None, 2):
        for ensure_ascii in (True, False):
            text = json.dumps(DOCUMENT, indent=indent, ensure_ascii=ensure_ascii).encode()
            for data in (PREFIX + text, b"\xef\xbb\xbf" + PREFIX + text, text, b"  " + text):
                assert elements(data) == DOCUMENT


def test_streams_that_return_short_reads() -> None:
    data = PREFIX + json.dumps(DOCUMENT, indent=2, ensure_ascii=False).encode()
    for step in (1, 2, 5):
        assert elements(data, step) == DOCUMENT


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    value=st.lists(
        st.recursive(
            st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
            | st.text(),
            lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
            max_leaves=20,
        ),
        max_size=6,
    ),
    step=st.integers(1, 40),
    indent=st.sampled_from([None, 0, 1, 3]),
    ensure_ascii=st.booleans(),
)
def test_any_json_array_whatever_the_boundaries(value: list[Any], step: int, indent: int | None, ensure_ascii: bool) -> None:
    data = PREFIX + json.dumps(value, indent=indent, ensure_ascii=ensure_ascii).encode()
    saved = _jsstream._CHUNK
    _jsstream._CHUNK = step
    try:
        assert elements(data, step) == value
    finally:
        _jsstream._CHUNK = saved


def test_numbers_cut_by_a_chunk_boundary(chunk: int | None) -> None:
    assert elements(b"[1, 23456789, -0.5e-3, 1E+2]") == [1, 23456789, -0.5e-3, 100.0]
    assert elements(b"[123456]") == [123456]


def test_truncated_anywhere_is_a_one_line_error() -> None:
    data = PREFIX + json.dumps(DOCUMENT, indent=2, ensure_ascii=False).encode()
    for end in range(len(PREFIX), len(data) - 1):
        message = error(data[:end])
        assert "invalid JSON" in message or "not UTF-8" in message, message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PREFIX + b'[{"id": 1,,}]', "invalid JSON (Expecting property name enclosed in double quotes at character 36)"),
        (PREFIX + b"[1,]", "invalid JSON (Expecting value at character 29)"),
        (PREFIX + b"[1 2]", "invalid JSON (Expecting ',' or ']' at character 29)"),
        (PREFIX + b"[1];", "invalid JSON (text after the end of the JSON value at character 29)"),
        (PREFIX + b"[NaN]", "invalid JSON (NaN is not JSON)"),
        (PREFIX + b'["a\x01"]', "invalid JSON (Invalid control character at character 29)"),
        (PREFIX + b'["\xc3\xa9", "caf\xe9"]', "not UTF-8 text (invalid continuation byte at byte 37)"),
        (PREFIX, "invalid JSON (Expecting value at character 26)"),
        (b"no prefix, no JSON", "not an X archive data file"),
    ],
)
def test_broken_json_names_the_problem_and_where(data: bytes, expected: str) -> None:
    assert expected in error(data)


def test_nesting_up_to_the_limit_reads_and_past_it_is_refused() -> None:
    # The file's own array is the first level.
    fits = MAX_DEPTH - 1
    assert elements(PREFIX + b"[" + b"[" * fits + b"]" * fits + b"]") == [json.loads(b"[" * fits + b"]" * fits)]
    too_deep = MAX_DEPTH
    assert "nested more than 128 levels" in error(PREFIX + b"[" + b"[" * too_deep + b"]" * too_deep + b"]")
    mixed = b'{"a": ' * too_deep + b"1" + b"}" * too_deep
    assert "nested more than 128 levels" in error(PREFIX + b"[" + mixed + b"]")


def test_absurd_nesting_is_refused_at_once() -> None:
    assert "nested more than 128 levels" in error(PREFIX + b"[" * 1_000_000)


def test_a_giant_element_is_refused_before_it_fills_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_jsstream, "MAX_ELEMENT_CHARS", 200_000)
    assert elements(PREFIX + json.dumps(["x" * 190_000]).encode()) == ["x" * 190_000]
    assert "more than" in error(PREFIX + b'["' + b"x" * 1_000_000 + b'"]')
    assert "more than" in error(PREFIX + b'["' + b"x" * 1_000_000)  # a string that never closes


def test_values_no_database_can_hold_are_made_storable() -> None:
    assert elements(b'["\\ud800", "\\udc00x", "\\ud83d\\ude00", {"k\\udfff": ["\\ud800"]}]') == ["?", "?x", "😀", {"k?": ["?"]}]
    assert elements(b"[18446744073709551615, 18446744073709551616, -9223372036854775809]") == [
        18446744073709551615, "18446744073709551616", "-9223372036854775809"]
    assert elements(b"[" + b"9" * 5000 + b"]") == ["9" * 5000]


def test_other_top_levels_hold_no_elements_but_must_be_json() -> None:
    assert elements(PREFIX + b'{"a": [1, 2]}') == []
    assert elements(PREFIX + b"5") == []
    assert "invalid JSON" in error(PREFIX + b'{"a": [1, 2}')


def test_arrays_under_top_level_keys(chunk: int | None) -> None:
    # `orderedItems` twice, as Mastodon writes it; the nested one is not at the top level.
    data = (b'{"@context": "x", "orderedItems": [], "totalItems": 3, "nested": {"orderedItems": [9]}, '
            b'"orderedItems": [1, {"b": [2]}], "other": [7], "": [8]}')
    found = list(iter_arrays(io.BytesIO(b"\xef\xbb\xbf" + data), "outbox.json", ("orderedItems",)))
    assert found == [("orderedItems", 1), ("orderedItems", {"b": [2]})]
    assert list(iter_arrays(io.BytesIO(data), "outbox.json", ("other", "orderedItems"))) == [
        ("orderedItems", 1), ("orderedItems", {"b": [2]}), ("other", 7)]
    assert list(iter_arrays(io.BytesIO(b"[1, 2]"), "posts.json", (None, "comments"))) == [(None, 1), (None, 2)]
    assert list(iter_arrays(io.BytesIO(b"[1, 2]"), "posts.json", ("comments",))) == []
    assert list(iter_arrays(io.BytesIO(b'{"orderedItems": {"a": 1}}'), "outbox.json", ("orderedItems",))) == []


@pytest.mark.parametrize(
    "data",
    [b'{"orderedItems": [1}', b'{"orderedItems" [1]}', b"{1: [1]}", b'{"a": 1,}', b'{"a": 1} x', b"window.x = []", b""],
)
def test_broken_objects_are_one_line_errors(data: bytes) -> None:
    assert "invalid JSON" in error(data, ("orderedItems",))
