"""Bluesky CAR files built to blow up (issue #13, item 5): keys that grow entry after entry
through prefix compression, keys past the atproto limits, one record block under hundreds of
keys, keys out of order. Each is checked while the tree is walked, so memory and the database
stay proportional to the file, and what is refused is listed as skipped with the reason.

atproto limits (atproto.com/specs/record-key, /specs/nsid): rkey 1-512 characters of
[A-Za-z0-9._:~-], collection NSID up to 317 characters, so an MST key is at most 830 bytes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import libipld
import pytest

from footprint import pipeline
from footprint.connectors.bluesky_car import MAX_KEY, MAX_KEYS_PER_BLOCK, valid_key
from footprint.records import Item, Skipped
from footprint.store import Store
from tests.connectors.test_bluesky_car import (  # noqa: F401
    DID,
    T1,
    block,
    of,
    read,
    tid,
    varint,
    write_car,
)

POST = "app.bsky.feed.post"


def post(text: str) -> dict[str, Any]:
    return {"$type": POST, "text": text, "createdAt": "2024-06-01T12:00:00Z", "langs": ["fr"]}


def car_of(path: Path, nodes: list[tuple[bytes, bytes]], root: bytes, records: list[tuple[bytes, bytes]]) -> Path:
    commit_cid, commit = block({"did": DID, "version": 3, "data": root, "rev": "3kzzzzzzzzz22", "prev": None,
                                "sig": b"\x00" * 64})
    header = libipld.encode_dag_cbor({"version": 1, "roots": [commit_cid]})
    out = bytearray(varint(len(header)) + header)
    for cid, data in [(commit_cid, commit), *nodes, *records]:
        out += varint(len(cid) + len(data)) + cid + data
    path.write_bytes(bytes(out))
    return path


def growing_keys_car(path: Path, entries: int, grow: int) -> Path:
    """One node whose every entry keeps the whole previous key and adds `grow` bytes: key n is
    n * grow bytes long although the file holds each byte once."""
    record = block(post("Bonjour, première publication 🍁"))
    first = f"{POST}/{tid(T1)}".encode()
    encoded = [{"p": 0, "k": first, "v": record[0], "t": None}]
    length = len(first)
    for _ in range(entries):
        encoded.append({"p": length, "k": b"z" * grow, "v": record[0], "t": None})
        length += grow
    node = block({"l": None, "e": encoded})
    return car_of(path, [node], node[0], [record])


def test_keys_growing_by_prefix_compression_stop_at_the_atproto_limit(tmp_path: Path) -> None:
    # 300 entries of 1,000 new bytes each: 318 KB of file, 45 MB of keys before the cap (the
    # database came out at 137 MB).
    path = growing_keys_car(tmp_path / "repo.car", entries=300, grow=1000)
    records = read(path)
    items = of(records, Item)
    assert [i.native_id for i in items] == [f"at://{DID}/{POST}/{tid(T1)}"]
    assert items[0].text == "Bonjour, première publication 🍁"
    refused = [s for s in of(records, Skipped) if f"longer than the {MAX_KEY} bytes" in s.reason]
    assert len(refused) == 1 and "repo.car" in refused[0].source
    assert "remaining records cannot be listed" in refused[0].reason
    assert all(len(s.source) < 2 * MAX_KEY for s in of(records, Skipped))


def test_growing_keys_leave_a_database_the_size_of_the_file(registered: None, tmp_path: Path) -> None:
    path = growing_keys_car(tmp_path / "repo.car", entries=300, grow=1000)
    db = tmp_path / "footprint.db"
    with Store(db) as store:
        outcomes = pipeline.import_paths(store, [path])
    assert [o.summary.items_added for o in outcomes if o.summary] == [1]
    assert db.stat().st_size < 2 * 1024 * 1024, f"{db.stat().st_size:,} bytes from a {path.stat().st_size:,}-byte file"


def keys_car(path: Path, keys: list[str], *, shared: bool = False) -> Path:
    """A one-node tree over `keys` as given (sorted or not), each with its own record unless
    `shared`, in which case every key points at one identical record."""
    one = block(post("Même texte partout"))
    records, encoded, previous = [], [], b""
    for index, key in enumerate(keys):
        full = key.encode()
        prefix = 0
        while prefix < min(len(full), len(previous)) and full[prefix] == previous[prefix]:
            prefix += 1
        cid, data = one if shared else block(post(f"Publication n° {index} ✨"))
        if not shared or not records:
            records.append((cid, data))
        encoded.append({"p": prefix, "k": full[prefix:], "v": cid, "t": None})
        previous = full
    node = block({"l": None, "e": encoded})
    return car_of(path, [node], node[0], records)


def test_keys_at_the_limits_are_read_and_one_past_them_are_refused(tmp_path: Path) -> None:
    collection = "ca.gc.exemple." + "a" * (317 - len("ca.gc.exemple."))
    longest = f"{POST}/{'3' * 512}"
    keys = sorted([longest, f"{collection}/self", f"{POST}/{'4' * 513}", f"{POST}/.."])
    records = read(keys_car(tmp_path / "repo.car", keys))
    assert [i.native_id for i in of(records, Item)] == [f"at://{DID}/{longest}"]
    skipped = of(records, Skipped)
    # Long names are shortened in the skipped list (connectors/base.py), so compare their start.
    assert any(f"#{collection[:100]}" in s.source and "another AT Protocol app" in s.reason for s in skipped)
    bad = sorted(s.source.split("#", 1)[1][:30] for s in skipped if "malformed or out-of-order" in s.reason)
    assert bad == [f"{POST}/..", f"{POST}/{'4' * 11}"]
    assert valid_key(longest) and valid_key(f"{collection}/self")
    assert not valid_key(f"{collection}a/self") and not valid_key(f"{POST}/é") and not valid_key(f"{POST}/a b")


def test_keys_out_of_order_or_repeated_are_refused(tmp_path: Path) -> None:
    keys = [f"{POST}/{tid(T1, i)}" for i in (1, 2, 2, 0, 3)]
    records = read(keys_car(tmp_path / "repo.car", keys))
    assert [i.native_id.rsplit("/", 1)[1] for i in of(records, Item)] == [tid(T1, 1), tid(T1, 2)]
    assert any("out of order" in s.reason for s in of(records, Skipped))


def test_one_block_under_hundreds_of_keys_is_imported_a_bounded_number_of_times(tmp_path: Path) -> None:
    keys = [f"{POST}/{tid(T1, i)}" for i in range(300)]
    records = read(keys_car(tmp_path / "repo.car", keys, shared=True))
    assert len(of(records, Item)) == MAX_KEYS_PER_BLOCK
    beyond = [s for s in of(records, Skipped) if "identical record" in s.reason]
    assert len(beyond) == 1 and beyond[0].detail == f"{300 - MAX_KEYS_PER_BLOCK} keys"


def test_thousands_of_missing_blocks_are_listed_then_counted(tmp_path: Path) -> None:
    records_in_tree = {f"{POST}/{tid(T1, i % 1000)}{i // 1000}": post(f"n° {i}") for i in range(2)}
    dangling = {f"{POST}/{tid(T1, i)}z": block(post(f"absent {i}"))[0] for i in range(1000)}
    records = read(write_car(tmp_path / "repo.car", records_in_tree, dangling=dangling))
    assert len(of(records, Item)) == 2
    missing = [s for s in of(records, Skipped) if "block is missing" in s.reason]
    assert len(missing) == 101 and missing[-1].detail == "900 not listed"


@pytest.mark.parametrize("node", [
    {"l": None, "e": [{"p": 5, "k": b"app.bsky.feed.post/abc", "v": b"x", "t": None}]},  # prefix of nothing
    {"l": None, "e": [{"p": 0, "k": "app.bsky.feed.post/abc", "v": b"x", "t": None}]},  # text, not bytes
    {"l": None, "e": ["pas une entrée"]},
    {"e": "pas une liste"},
])
def test_malformed_nodes_are_skipped_with_a_reason(tmp_path: Path, node: dict[str, Any]) -> None:
    encoded = block(node)
    records = read(car_of(tmp_path / "repo.car", [encoded], encoded[0], []))
    assert not of(records, Item)
    assert any("repository tree node" in s.reason for s in of(records, Skipped))
