"""Property-based tests over every parser: whatever bytes or values sit in whichever file of an
export, importing it ends in records the store accepts or a FootprintError, never anything else.

Three kinds of input per importer: arbitrary bytes in one member; the valid member truncated,
spliced or with bytes flipped; and structured values (any JSON value, any CSV cell, any
DAG-CBOR value) in place of parts of valid records, which is what reaches the per-record code.
Everything goes through `pipeline.import_paths` into a real (in-memory) database.

Examples per test: 25 by default (the suite must stay fast), FOOTPRINT_FUZZ_EXAMPLES=2000 for
a long run. Runs are derandomized so CI is repeatable; set FOOTPRINT_FUZZ_SEED to explore.
"""

from __future__ import annotations

import io
import json
import os
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from footprint import pipeline
from footprint.connectors import ArchiveSource
from footprint.connectors._jsondepth import DepthTracker
from footprint.errors import FootprintError, SourceFormatError
from footprint.store import Store
from tests.hostile.exports import (
    POSTS_MEMBER,
    RICH,
    Files,
    car_bytes,
    write_folder,
    write_tar,
    write_zip,
)

EXAMPLES = int(os.environ.get("FOOTPRINT_FUZZ_EXAMPLES", "25"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the checkout
    derandomize="FOOTPRINT_FUZZ_SEED" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
maybe_seed = seed(int(os.environ["FOOTPRINT_FUZZ_SEED"])) if "FOOTPRINT_FUZZ_SEED" in os.environ else (lambda f: f)
CONNECTORS = sorted(RICH)
JSON_CONNECTORS = [c for c in CONNECTORS if POSTS_MEMBER[c].endswith((".js", ".json"))]
CSV_CONNECTORS = [c for c in CONNECTORS if POSTS_MEMBER[c].endswith(".csv")]


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store(":memory:") as opened:
        yield opened


def import_files(store: Store, files: Files, packing: str = "folder") -> None:
    """Import `files` laid out as a folder, zip or tar.gz; only FootprintError may escape."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        if packing == "zip":
            path = write_zip(base / "export.zip", files)
        elif packing == "tar":
            path = write_tar(base / "export.tar.gz", files)
        else:
            path = write_folder(base / "export", files)
        try:
            pipeline.import_paths(store, [path], force=True)
        except FootprintError as exc:
            message = str(exc)
            assert "\n" not in message and "Traceback" not in message


# ---------------------------------------------------------------------------- strategies

text = st.text(max_size=40)
json_leaf = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | text
json_value = st.recursive(json_leaf, lambda children: st.lists(children, max_size=4)
                          | st.dictionaries(text, children, max_size=4), max_leaves=12)


@st.composite
def mutated(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """`value` with some parts replaced by arbitrary JSON, some keys added or dropped."""
    if draw(st.integers(0, 5)) == 0:
        return draw(json_value)
    if isinstance(value, dict) and depth < 8:
        out = {}
        for key, child in value.items():
            if draw(st.integers(0, 9)) == 0:
                continue
            out[key] = draw(mutated(child, depth + 1))
        if draw(st.booleans()):
            out[draw(text)] = draw(json_value)
        return out
    if isinstance(value, list) and depth < 8:
        items = [draw(mutated(child, depth + 1)) for child in value]
        return items + draw(st.lists(json_value, max_size=2))
    return value


def _json_member(connector: str, content: bytes) -> tuple[bytes, Any]:
    """(prefix, decoded value) of a JSON or YTD .js member."""
    if content.startswith(b"window."):
        prefix, _, body = content.partition(b"= ")
        return prefix + b"= ", json.loads(body)
    return b"", json.loads(content)


@st.composite
def byte_damage(draw: st.DrawFn, content: bytes) -> bytes:
    kind = draw(st.sampled_from(["truncate", "splice", "flip"]))
    at = draw(st.integers(0, len(content)))
    if kind == "truncate":
        return content[:at]
    if kind == "splice":
        return content[:at] + draw(st.binary(max_size=64)) + content[at + draw(st.integers(0, 64)):]
    data = bytearray(content)
    for _ in range(draw(st.integers(1, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


# ---------------------------------------------------------------------------- per importer


@pytest.mark.parametrize("connector", CONNECTORS)
@SETTINGS
@maybe_seed
@given(data=st.data())
def test_arbitrary_bytes_in_any_member(connector: str, data: st.DataObject, store: Store) -> None:
    files = RICH[connector]()
    member = data.draw(st.sampled_from(sorted(files)), label="member")
    files[member] = data.draw(st.binary(max_size=2048) | st.sampled_from(
        [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00" * 64, b"[" * 5000, b"{}", b"[]", b"null", b"window.YTD.x.part0 = "]),
        label="content")
    import_files(store, files)


@pytest.mark.parametrize("connector", CONNECTORS)
@SETTINGS
@maybe_seed
@given(data=st.data())
def test_damaged_member(connector: str, data: st.DataObject, store: Store) -> None:
    files = RICH[connector]()
    member = data.draw(st.sampled_from(sorted(files)), label="member")
    files[member] = data.draw(byte_damage(files[member]), label="content")
    import_files(store, files, data.draw(st.sampled_from(["folder", "zip"]), label="packing"))


@pytest.mark.parametrize("connector", JSON_CONNECTORS)
@SETTINGS
@maybe_seed
@given(data=st.data())
def test_any_json_values_in_records(connector: str, data: st.DataObject, store: Store) -> None:
    files = RICH[connector]()
    for member in sorted(m for m in files if m.endswith((".js", ".json"))):
        prefix, value = _json_member(connector, files[member])
        changed = data.draw(mutated(value), label=member)
        files[member] = prefix + json.dumps(changed, ensure_ascii=data.draw(st.booleans())).encode()
    import_files(store, files)


@pytest.mark.parametrize("connector", CSV_CONNECTORS)
@SETTINGS
@maybe_seed
@given(data=st.data())
def test_any_cells_in_csv_rows(connector: str, data: st.DataObject, store: Store) -> None:
    import csv

    files = RICH[connector]()
    member = data.draw(st.sampled_from(sorted(m for m in files if m.endswith(".csv"))), label="member")
    rows = list(csv.reader(io.StringIO(files[member].decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:]
    cell = st.text(max_size=60) | st.sampled_from(['{"takeoutSegments": [', '{"text": null}', "[deleted]", "\r\n", '"'])
    new_rows = [[data.draw(cell) if data.draw(st.booleans()) else value for value in row] for row in body]
    new_rows += data.draw(st.lists(st.lists(cell, max_size=len(header) + 2), max_size=4), label="extra rows")
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *new_rows])
    files[member] = buffer.getvalue().encode("utf-8", "surrogatepass")
    import_files(store, files)


cbor_leaf = (st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text(max_size=30)
             | st.binary(max_size=40) | st.floats(allow_nan=False, allow_infinity=False))
cbor_value = st.recursive(cbor_leaf, lambda children: st.lists(children, max_size=4)
                          | st.dictionaries(st.text(max_size=10), children, max_size=4), max_leaves=12)


@SETTINGS
@maybe_seed
@given(data=st.data())
def test_any_dag_cbor_records(data: st.DataObject, store: Store) -> None:
    keys = st.sampled_from(["app.bsky.feed.post", "app.bsky.feed.repost", "app.bsky.feed.like",
                            "app.bsky.actor.profile", "app.bsky.graph.follow", "com.example.other"])
    rkeys = st.sampled_from(["self", "3kabcdefghi22", "3kabcdefghi23", "x", "2222222222222"])
    records: dict[str, Any] = {}
    for _ in range(data.draw(st.integers(1, 5))):
        value = data.draw(cbor_value | st.fixed_dictionaries(
            {"$type": keys, "text": cbor_value, "createdAt": cbor_value, "subject": cbor_value,
             "reply": cbor_value, "embed": cbor_value, "facets": cbor_value, "langs": cbor_value}))
        records[f"{data.draw(keys)}/{data.draw(rkeys)}"] = value
    try:
        car = car_bytes(records, did=data.draw(st.sampled_from(["did:plc:abcdefghijklmnopqrstuvwx", "did:", "x"])))
    except (ValueError, TypeError, OverflowError):
        return  # not encodable as DAG-CBOR: not a file anyone can have
    import_files(store, {"repo.car": car})


# ---------------------------------------------------------------------------- containers


@SETTINGS
@maybe_seed
@given(data=st.data())
def test_damaged_zip_and_tar_containers(data: st.DataObject, store: Store) -> None:
    connector = data.draw(st.sampled_from(CONNECTORS))
    packing = data.draw(st.sampled_from(["zip", "tar"]))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("export.zip" if packing == "zip" else "export.tar.gz")
        (write_zip if packing == "zip" else write_tar)(path, RICH[connector]())
        path.write_bytes(data.draw(byte_damage(path.read_bytes())))
        try:
            with ArchiveSource(path) as source:
                for name in source.names():
                    with source.open(name) as stream:
                        while stream.read(65536):
                            pass
            pipeline.import_paths(store, [path], force=True)
        except FootprintError as exc:
            assert "\n" not in str(exc)


@SETTINGS
@maybe_seed
@given(names=st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=30), min_size=1, max_size=6))
def test_any_member_names(names: list[str], store: Store) -> None:
    files = RICH["x-archive"]()
    for name in names:
        files[name] = b"{}"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for name, content in files.items():
                archive.writestr(name, content)
        try:
            pipeline.import_paths(store, [path], force=True)
        except FootprintError as exc:
            assert "\n" not in str(exc)
        with tarfile.open(Path(tmp) / "export.tar", "w") as archive:
            for name, content in files.items():
                info = tarfile.TarInfo(name)
                info.size = len(content)
                archive.addfile(info, io.BytesIO(content))
        try:
            pipeline.import_paths(store, [Path(tmp) / "export.tar"], force=True)
        except FootprintError as exc:
            assert "\n" not in str(exc)


# ---------------------------------------------------------------------------- the depth guard


def _exact_peak(data: bytes) -> int:
    depth = peak = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in b"[{":
            depth += 1
            peak = max(peak, depth)
        elif byte in b"]}":
            depth = max(0, depth - 1)
    return peak


@settings(SETTINGS, max_examples=max(EXAMPLES * 20, 500))
@maybe_seed
@given(data=st.binary(max_size=80).map(lambda b: bytes(b'[]{}"\\a,'[x % 8] for x in b)),
       cuts=st.lists(st.integers(0, 80), max_size=6), limit=st.integers(1, 8))
def test_depth_guard_never_misses_nesting_whatever_the_chunking(data: bytes, cuts: list[int], limit: int) -> None:
    tracker = DepthTracker("x", limit)
    bounds = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    try:
        for start, end in zip(bounds, bounds[1:]):
            tracker.feed(data[start:end])
    except SourceFormatError:
        return
    assert _exact_peak(data) <= limit


def test_depth_guard_lets_real_json_through() -> None:
    document = json.dumps([{"tweet": {"full_text": "[[[[{{{{ \"quoted\" \\\\", "entities": {"urls": [[[]]]}}}] * 1000).encode()
    # The deepest point is 7 levels down; the guard may count up to twice the real depth inside
    # one chunk (it is a bound, not a parser), so it promises to pass what nests half its limit.
    tracker = DepthTracker("x", 14)
    for start in range(0, len(document), 777):
        tracker.feed(document[start:start + 777])
    assert tracker.depth == 0
