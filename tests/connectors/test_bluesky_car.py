"""Bluesky repository export (.car): the two real exports, read in place, and CAR files built
here (spec §3.1 layout, dependencies guide recipe) for what the samples lack: French text and
emoji, every `createdAt` shape, quotes with media, profile blobs, missing and broken blocks.

Real-sample counts were checked by hand, independently of the connector, with the SDK's own
decoder and a throwaway walk of the tree, e.g.:
    h, b = libipld.decode_car(open(car, "rb").read()); commit = b[h["roots"][0]]
    walk(commit["data"]) -> keys; Counter(k.split("/")[0] for k in keys)
and by printing each post record (`reply`, `embed.$type`, `langs`, `createdAt`).
"""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import libipld
import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource, plan
from footprint.connectors._bluesky import tid_time
from footprint.connectors._values import loose_iso_time as parse_time
from footprint.connectors.bluesky_car import BlueskyCar, _open_car
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

REAL = ("fixtures", "real", "bluesky")
BNEWBOLD = "bnewbold.robocracy.org.20250310005405.car"
BNEWBOLD_DID = "did:plc:nhxcyu4ewwhl5pqil4dotqjo"
DID = "did:plc:elisetremblay7fr2qc4xmn"


# ---------------------------------------------------------------------------- helpers


def read(path: Path) -> list[object]:
    with ArchiveSource(path) as source:
        records: list[object] = []
        for root in BlueskyCar.find_roots(source):
            records.extend(BlueskyCar().iter_records(source, root))
    return records


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def roots(path: Path) -> list[str]:
    with ArchiveSource(path) as source:
        return BlueskyCar.find_roots(source)


# ---------------------------------------------------------------------------- CAR builder


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def block(obj: Any) -> tuple[bytes, bytes]:
    data = libipld.encode_dag_cbor(obj)
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest(), data


def blob(content: bytes, mime: str = "image/jpeg") -> dict[str, Any]:
    raw_cid = b"\x01\x55\x12\x20" + hashlib.sha256(content).digest()  # codec 0x55: raw bytes
    return {"$type": "blob", "ref": raw_cid, "mimeType": mime, "size": len(content)}


def tid(when: datetime, clock: int = 0) -> str:
    """A TID record key: microseconds since the epoch, 10 clock bits, base32-sortable."""
    number = (int(when.timestamp() * 1_000_000) << 10) | clock
    alphabet = "234567abcdefghijklmnopqrstuvwxyz"
    return "".join(alphabet[(number >> (5 * i)) & 31] for i in reversed(range(13)))


def mst(pairs: list[tuple[str, bytes]], out: list[tuple[bytes, bytes]]) -> bytes | None:
    """A tree in key order with left (`l`) and right (`t`) subtrees, prefix-compressed keys.

    Real MSTs place keys by hash; the reader only relies on in-order structure, so pivots are
    chosen by position here to exercise `l`, `t` and several levels.
    """
    if not pairs:
        return None
    if len(pairs) <= 2:
        left, entries = None, [(key, value, None) for key, value in pairs]
    else:
        a, b = len(pairs) // 3, 2 * len(pairs) // 3
        left = mst(pairs[:a], out)
        entries = [(pairs[a][0], pairs[a][1], mst(pairs[a + 1:b], out)),
                   (pairs[b][0], pairs[b][1], mst(pairs[b + 1:], out))]
    encoded, previous = [], b""
    for key, value, right in entries:
        full = key.encode()
        shared = 0
        while shared < min(len(full), len(previous)) and full[shared] == previous[shared]:
            shared += 1
        encoded.append({"p": shared, "k": full[shared:], "v": value, "t": right})
        previous = full
    cid, data = block({"l": left, "e": encoded})
    out.append((cid, data))
    return cid


def write_car(
    path: Path,
    records: dict[str, Any],
    *,
    did: str = DID,
    dangling: dict[str, bytes] | None = None,
    stale: Sequence[Any] = (),
    raw_blocks: dict[str, bytes] | None = None,
) -> Path:
    """Commit first, then the other blocks in reverse creation order (order must not matter).

    `dangling` puts keys in the tree whose record block is not in the file, `stale` adds
    record blocks no key points at, `raw_blocks` puts hand-encoded bytes under a key.
    """
    blocks: list[tuple[bytes, bytes]] = []
    pairs: list[tuple[str, bytes]] = []
    for key, record in records.items():
        cid, data = block(record)
        blocks.append((cid, data))
        pairs.append((key, cid))
    for key, data in (raw_blocks or {}).items():
        cid = b"\x01\x71\x12\x20" + hashlib.sha256(data).digest()
        blocks.append((cid, data))
        pairs.append((key, cid))
    pairs.extend((dangling or {}).items())
    blocks.extend(block(record) for record in stale)
    data_root = mst(sorted(pairs), blocks)
    commit_cid, commit = block({"did": did, "version": 3, "data": data_root, "rev": "3kzzzzzzzzz22",
                                "prev": None, "sig": b"\x00" * 64})
    header = libipld.encode_dag_cbor({"version": 1, "roots": [commit_cid]})
    out = bytearray(varint(len(header)) + header)
    for cid, data in [(commit_cid, commit), *reversed(blocks)]:
        out += varint(len(cid) + len(data)) + cid + data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))
    return path


T1 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
T6 = datetime(2024, 6, 6, 7, 45, 30, tzinfo=UTC)
OTHER = "did:plc:autrepersonne5xkq2m4vbn7"
AVATAR, BANNER, PHOTO = b"avatar-bytes", b"banner-bytes", b"photo-bytes"


def french_repo() -> dict[str, Any]:
    post = "app.bsky.feed.post"
    link_text = "Lisez ça 👉 gazette.gc.ca/rp-pr/p1/2024..."
    link_start = len("Lisez ça 👉 ".encode())
    other_post = f"at://{OTHER}/app.bsky.feed.post/3kabcdefghi22"
    image_embed = {"$type": "app.bsky.embed.images",
                   "images": [{"alt": "Parlement", "image": blob(PHOTO), "aspectRatio": {"width": 4, "height": 3}}]}
    return {
        f"{post}/{tid(T1)}": {"$type": post, "text": "Bonjour à tous! Café ☕ et crème brûlée 🇨🇦",
                              "createdAt": "2024-06-01T12:00:00.123Z", "langs": ["fr"]},
        f"{post}/{tid(T1, 1)}": {"$type": post, "text": "D'accord 👍 on se voit à Gatineau",
                                 "createdAt": "2024-06-02T08:30:00.123456Z",
                                 "reply": {"root": {"uri": other_post, "cid": "bafyreiroot"},
                                           "parent": {"uri": other_post, "cid": "bafyreiparent"}}},
        f"{post}/{tid(T1, 2)}": {"$type": post, "text": "Voilà ce qu'il a dit… 🙄",
                                 "createdAt": "2024-06-03T10:00:00.000000+00:00",
                                 "embed": {"$type": "app.bsky.embed.record",
                                           "record": {"uri": other_post, "cid": "bafyreiquoted"}}},
        f"{post}/{tid(T1, 3)}": {"$type": post, "text": "Photo de la Colline 📸", "createdAt": "2024-06-04T09:15:00",
                                 "embed": {"$type": "app.bsky.embed.recordWithMedia", "media": image_embed,
                                           "record": {"$type": "app.bsky.embed.record",
                                                      "record": {"uri": other_post, "cid": "bafyreiq2"}}}},
        f"{post}/{tid(T1, 4)}": {"$type": post, "text": "Heure de l'Est", "createdAt": "2024-06-05T10:00:00-04:00"},
        f"{post}/{tid(T6)}": {"$type": post, "text": "Date illisible", "createdAt": "hier soir"},
        f"{post}/{tid(T1, 5)}": {"$type": post, "text": link_text, "createdAt": "2024-06-07T00:00:00Z",
                                 "facets": [{"index": {"byteStart": link_start, "byteEnd": len(link_text.encode())},
                                             "features": [{"$type": "app.bsky.richtext.facet#link",
                                                           "uri": "https://gazette.gc.ca/rp-pr/p1/2024/2024-06-01/html/index-fra.html"}]}]},
        "app.bsky.feed.repost/3kzrepost2222": {"$type": "app.bsky.feed.repost", "createdAt": "2024-06-08T00:00:00Z",
                                               "subject": {"uri": other_post, "cid": "bafyreirepost"}},
        "app.bsky.feed.like/3kzlike222222": {"$type": "app.bsky.feed.like", "createdAt": "2024-06-09T00:00:00Z",
                                             "subject": {"uri": other_post, "cid": "bafyreilike"}},
        "app.bsky.feed.like/3kzlike333333": {"$type": "app.bsky.feed.like", "createdAt": "2024-06-09T00:00:00Z"},
        "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Élise Tremblay 🍁",
                                        "description": "Fonctionnaire fédérale.\nOpinions personnelles.",
                                        "avatar": blob(AVATAR), "banner": blob(BANNER),
                                        "createdAt": "2023-11-20T15:00:00.000Z"},
        "app.bsky.graph.follow/3kzfollow2222": {"$type": "app.bsky.graph.follow", "subject": OTHER,
                                                "createdAt": "2024-01-01T00:00:00Z"},
        "app.bsky.graph.follow/3kzfollow3333": {"$type": "app.bsky.graph.follow", "subject": "did:plc:x",
                                                "createdAt": "2024-01-01T00:00:00Z"},
        "app.bsky.graph.block/3kzblock22222": {"$type": "app.bsky.graph.block", "subject": "did:plc:y",
                                               "createdAt": "2024-01-01T00:00:00Z"},
        "fyi.unravel.frontpage.post/3kzfront22222": {"$type": "fyi.unravel.frontpage.post", "title": "Un lien"},
    }


@pytest.fixture
def french_car(tmp_path: Path) -> Path:
    return write_car(
        tmp_path / "repo.car",
        french_repo(),
        dangling={"app.bsky.feed.post/3kzmissing222": b"\x01\x71\x12\x20" + hashlib.sha256(b"gone").digest()},
        stale=[{"$type": "app.bsky.feed.post", "text": "ancienne version supprimée", "createdAt": "2024-01-01T00:00:00Z"}],
        raw_blocks={"app.bsky.feed.post/3kzbroken2222": libipld.encode_dag_cbor(["pas", "un", "objet"])},
    )



# ---------------------------------------------------------------------------- real samples


def test_real_export_counts_checked_by_hand() -> None:
    records = read(shared_path(*REAL, BNEWBOLD))
    items = of(records, Item)
    # 23 posts (2 with `reply`, 1 with embed.record, 20 plain) + 1 repost; 4 posts carry one image.
    assert Counter(i.kind for i in items) == {ItemKind.POST: 20, ItemKind.REPLY: 2, ItemKind.QUOTE: 1, ItemKind.REPOST: 1}
    assert sum(len(i.media) for i in items) == 4
    assert all(i.account_id == BNEWBOLD_DID and i.created_at and i.created_at.tzinfo is UTC for i in items)
    assert len({i.native_id for i in items}) == 24
    likes = of(records, Reaction)
    assert sorted(r.target_id for r in likes) == [
        "at://did:plc:jrnbnu5g6hel7jvjoogvov6h/app.bsky.feed.post/3l5dlm3ii6k23",
        "at://did:plc:xgs3qrwos3dwxmixoflcxrhu/app.bsky.feed.post/3kly6ksx2kk27",
    ]
    (profile,) = of(records, Profile)
    assert records[0] is profile  # items need their account first
    assert (profile.native_id, profile.handle, profile.display_name, profile.bio) == (BNEWBOLD_DID, None, "now roaming free", "yup")
    assert profile.avatar == (f"https://cdn.bsky.app/img/avatar/plain/{BNEWBOLD_DID}/"
                              "bafkreif6m4szk2vccbzl7zf5mm33ifs3ugxuwbxlbku3dj75bczfc7gqiy@jpeg")
    assert profile.following == 3 and profile.url == f"https://bsky.app/profile/{BNEWBOLD_DID}"
    # Follows plus the 8 non-Bluesky records (5 lexicon schemas, 1 lexicon record, 1 board, 1 mushroom).
    skipped = {s.source.rsplit("#", 1)[1]: s.detail for s in of(records, Skipped)}
    assert skipped == {"app.bsky.graph.follow": "3 records", "com.atproto.lexicon.schema": "5 records",
                       "com.atproto.lexicon.record": "1 record", "blue.linkat.board": "1 record",
                       "net.bnewbold.demo.mushroom": "1 record"}


def test_real_export_posts_text_time_urls() -> None:
    items = {i.native_id.rsplit("/", 1)[1]: i for i in of(read(shared_path(*REAL, BNEWBOLD)), Item)}
    hello = items["3ljlyqislak2l"]
    assert hello.text == "hello from atproto golang oauth client"
    assert hello.native_id == f"at://{BNEWBOLD_DID}/app.bsky.feed.post/3ljlyqislak2l"
    assert hello.url == f"https://bsky.app/profile/{BNEWBOLD_DID}/post/3ljlyqislak2l"
    assert hello.created_at == datetime(2025, 3, 5, 3, 6, 28, 212000, tzinfo=UTC)
    assert items["3l2qsoj5fk22k"].created_at == datetime(2024, 8, 28, 3, 43, 5, 853765, tzinfo=UTC)  # µs
    assert "1 1⁄2 oz Jägermeister" in items["3kly7jzzyuk2v"].text
    reply = items["3lj2ex7vyjc2h"]
    assert reply.kind is ItemKind.REPLY
    assert reply.reply_to == "at://did:plc:box3ql3jyrlb7ptzh2tnn2aw/app.bsky.feed.post/3lizyzajiks23"
    # The record says "github.com/bluesky-soci..."; the link facet holds the address pasted.
    assert reply.text == "https://github.com/bluesky-social/indigo/blob/main/atproto/identity/base_directory.go#L44"
    assert reply.media[0].native_id == "bafkreieusbektbbfxwnmbyf32kt6n7ut4zyljegs7k55bc3mhd6zghpi4a"
    quote = items["3ktbn5b7zkc26"]
    assert quote.kind is ItemKind.QUOTE and quote.quote_of == f"at://{BNEWBOLD_DID}/app.bsky.feed.post/3kly7jzzyuk2v"
    repost = items["3klyeqyfh3k26"]
    assert repost.kind is ItemKind.REPOST
    assert repost.text == "at://did:plc:xgs3qrwos3dwxmixoflcxrhu/app.bsky.feed.post/3kly6ksx2kk27"
    assert repost.url == "https://bsky.app/profile/did:plc:xgs3qrwos3dwxmixoflcxrhu/post/3kly6ksx2kk27"
    assert hello.raw == {"text": "hello from atproto golang oauth client", "$type": "app.bsky.feed.post",
                         "createdAt": "2025-03-05T03:06:28.212Z"}


def test_tiny_2023_repo_has_only_follows() -> None:
    records = read(shared_path(*REAL, "greenground.repo.car"))
    (profile,) = of(records, Profile)
    assert profile.native_id == "did:plc:kzcqyc3unb33eh5sxzsfs25z" and profile.display_name is None
    assert profile.following == 2 and not of(records, Item)
    (skipped,) = of(records, Skipped)
    assert skipped.source.endswith("#app.bsky.graph.follow") and skipped.detail == "2 records"


def test_stream_reader_matches_the_sdk_decoder() -> None:
    """Every block the streaming reader sees decodes as `atproto` CAR.from_bytes decodes it."""
    from atproto_core.car import CAR
    from atproto_core.cbor import decode_dag
    from atproto_core.cid import CID

    path = shared_path(*REAL, BNEWBOLD)
    car = CAR.from_bytes(path.read_bytes())
    with open(path, "rb") as stream:
        root, blocks = _open_car(stream, str(path))
        seen = {str(CID.from_decoded_bytes(cid)): decode_dag(data) for cid, data in blocks}
    assert str(CID.from_decoded_bytes(root)) == str(car.root)
    assert seen == {str(cid): value for cid, value in car.blocks.items()}
    assert len(seen) == 56  # 1 commit + 17 MST nodes + 38 records


# ---------------------------------------------------------------------------- generated CAR


def test_generated_repo_french_text_kinds_and_keys(french_car: Path) -> None:
    records = read(french_car)
    items = {i.native_id.rsplit("/", 1)[1]: i for i in of(records, Item)}
    first = items[tid(T1)]
    assert first.text == "Bonjour à tous! Café ☕ et crème brûlée 🇨🇦" and first.language == "fr"
    assert first.native_id == f"at://{DID}/app.bsky.feed.post/{tid(T1)}"
    assert first.url == f"https://bsky.app/profile/{DID}/post/{tid(T1)}"
    other_post = f"at://{OTHER}/app.bsky.feed.post/3kabcdefghi22"
    assert items[tid(T1, 1)].kind is ItemKind.REPLY and items[tid(T1, 1)].reply_to == other_post
    assert items[tid(T1, 1)].text == "D'accord 👍 on se voit à Gatineau"
    assert items[tid(T1, 2)].kind is ItemKind.QUOTE and items[tid(T1, 2)].quote_of == other_post
    with_media = items[tid(T1, 3)]
    assert with_media.kind is ItemKind.QUOTE and with_media.quote_of == other_post
    (photo,) = with_media.media
    photo_cid = libipld.encode_cid(blob(PHOTO)["ref"])
    assert photo.native_id == photo_cid and photo.kind == "photo"
    assert photo.url == f"https://cdn.bsky.app/img/feed_fullsize/plain/{DID}/{photo_cid}@jpeg"
    assert items[tid(T1, 5)].text == "Lisez ça 👉 https://gazette.gc.ca/rp-pr/p1/2024/2024-06-01/html/index-fra.html"
    assert items["3kzrepost2222"].kind is ItemKind.REPOST and items["3kzrepost2222"].text == other_post
    assert "ancienne version supprimée" not in {i.text for i in items.values()}  # not reachable from the commit
    assert len(items) == 8


def test_generated_repo_mixed_created_at_formats(french_car: Path) -> None:
    items = {i.native_id.rsplit("/", 1)[1]: i for i in of(read(french_car), Item)}
    assert items[tid(T1)].created_at == datetime(2024, 6, 1, 12, 0, 0, 123000, tzinfo=UTC)
    assert items[tid(T1, 1)].created_at == datetime(2024, 6, 2, 8, 30, 0, 123456, tzinfo=UTC)
    assert items[tid(T1, 2)].created_at == datetime(2024, 6, 3, 10, 0, tzinfo=UTC)
    assert items[tid(T1, 3)].created_at == datetime(2024, 6, 4, 9, 15, tzinfo=UTC)  # no zone: UTC
    assert items[tid(T1, 4)].created_at == datetime(2024, 6, 5, 14, 0, tzinfo=UTC)  # -04:00
    assert items[tid(T6)].created_at == T6  # unreadable createdAt: the TID key's own time
    assert all(i.created_at.tzinfo is UTC for i in items.values())


def test_time_helpers() -> None:
    assert parse_time("2024-02-22T19:58:13.903293+00:00") == datetime(2024, 2, 22, 19, 58, 13, 903293, tzinfo=UTC)
    assert parse_time("2023-08-26T12:56:31.044240") == datetime(2023, 8, 26, 12, 56, 31, 44240, tzinfo=UTC)
    assert parse_time("2024-01-01T00:00:00.123456789Z") == datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)
    assert parse_time("20240101T000000Z") == datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_time("") is None and parse_time(None) is None and parse_time("n'importe quoi") is None
    assert tid_time("3ljlyqislak2l") is not None and tid_time(tid(T6)) == T6
    assert tid_time("self") is None and tid_time("zzzzzzzzzzzzz") is None


def test_generated_repo_profile_likes_and_skips(french_car: Path) -> None:
    records = read(french_car)
    (profile,) = of(records, Profile)
    assert records[0] is profile
    assert (profile.native_id, profile.handle) == (DID, None)
    assert profile.display_name == "Élise Tremblay 🍁"
    assert profile.bio == "Fonctionnaire fédérale.\nOpinions personnelles."
    assert profile.avatar == f"https://cdn.bsky.app/img/avatar/plain/{DID}/{libipld.encode_cid(blob(AVATAR)['ref'])}@jpeg"
    assert profile.banner == f"https://cdn.bsky.app/img/banner/plain/{DID}/{libipld.encode_cid(blob(BANNER)['ref'])}@jpeg"
    assert profile.created_at == datetime(2023, 11, 20, 15, 0, tzinfo=UTC) and profile.following == 2
    assert profile.raw is not None and profile.raw["profile"]["avatar"]["ref"]["$link"].startswith("bafkrei")
    (like,) = of(records, Reaction)
    assert like.kind == "like" and like.target_id == f"at://{OTHER}/app.bsky.feed.post/3kabcdefghi22"
    assert like.url == f"https://bsky.app/profile/{OTHER}/post/3kabcdefghi22"
    skipped = {s.source.rsplit("#", 1)[1]: (s.reason, s.detail) for s in of(records, Skipped)}
    assert skipped == {
        "app.bsky.feed.like/3kzlike333333": ("like without a subject URI", None),
        "app.bsky.feed.post/3kzmissing222": ("listed in the repository tree but its record block is missing from the file", None),
        "app.bsky.feed.post/3kzbroken2222": ("record is not a map", None),
        "app.bsky.graph.follow": ("not audited: accounts followed (counted in the profile)", "2 records"),
        "app.bsky.graph.block": ("not audited: blocked accounts", "1 record"),
        "fyi.unravel.frontpage.post": ("not audited: records written by another AT Protocol app", "1 record"),
    }


def test_same_export_gives_same_records(french_car: Path) -> None:
    assert read(french_car) == read(french_car)


# ---------------------------------------------------------------------------- damage


def test_truncated_real_export_is_a_one_line_error(tmp_path: Path) -> None:
    data = shared_path(*REAL, BNEWBOLD).read_bytes()
    cut = tmp_path / "moitie.car"
    cut.write_bytes(data[: len(data) // 2])
    assert roots(cut) == ["moitie.car"]  # the header is intact, so it is still recognised
    with pytest.raises(SourceFormatError) as raised:
        read(cut)
    message = str(raised.value)
    assert "\n" not in message and "moitie.car" in message and "truncated" in message


def test_missing_commit_and_non_repo_car_are_one_line_errors(tmp_path: Path) -> None:
    cid, data = block({"hello": "monde"})
    header = libipld.encode_dag_cbor({"version": 1, "roots": [cid]})
    not_repo = tmp_path / "autre.car"
    not_repo.write_bytes(varint(len(header)) + header + varint(len(cid) + len(data)) + cid + data)
    with pytest.raises(SourceFormatError, match="autre.car.*not an atproto commit"):
        read(not_repo)
    no_commit = tmp_path / "vide.car"
    no_commit.write_bytes(varint(len(header)) + header)
    with pytest.raises(SourceFormatError, match="vide.car.*commit block named in the header is missing"):
        read(no_commit)


def test_missing_tree_node_is_reported_not_fatal(tmp_path: Path) -> None:
    path = write_car(tmp_path / "r.car", {f"app.bsky.feed.post/{tid(T1, i)}": {"$type": "app.bsky.feed.post",
                                          "text": f"n° {i}", "createdAt": "2024-06-01T00:00:00Z"} for i in range(9)})
    data = path.read_bytes()
    with open(path, "rb") as stream:
        root, blocks = _open_car(stream, str(path))
        found = dict(blocks)
    tree_root = libipld.decode_dag_cbor(found[root])["data"]
    node_cid, node = next((c, b) for c, b in found.items() if b.startswith(b"\xa2\x61e") and c != tree_root)
    section = varint(len(node_cid) + len(node)) + node_cid + node
    path.write_bytes(data.replace(section, b""))
    records = read(path)
    assert 0 < len(of(records, Item)) < 9
    assert any("tree node" in s.reason and "missing" in s.reason for s in of(records, Skipped))


# ---------------------------------------------------------------------------- detection


def test_detection_by_content_inside_folders_and_zips(tmp_path: Path, french_car: Path) -> None:
    folder = tmp_path / "telechargements"
    write_x_archive(folder / "twitter", numbered_tweets(2))
    (folder / "notes.bin").write_bytes(b"\x3a\xa2eroots not really")  # CAR-like first bytes only
    (folder / "vieux").mkdir()
    shutil.copyfile(french_car, folder / "vieux" / "mon-export")  # no .car name: content decides
    assert roots(folder) == ["vieux/mon-export"]
    zipped = tmp_path / "bluesky.zip"
    with zipfile.ZipFile(zipped, "w") as handle:
        handle.write(shared_path(*REAL, BNEWBOLD), f"export/{BNEWBOLD}")
        handle.writestr("export/LISEZMOI.txt", "Exportation Bluesky")
    assert roots(zipped) == [f"export/{BNEWBOLD}"]
    assert len(of(read(zipped), Item)) == 24
    assert roots(french_car) == ["repo.car"]  # single-file source: one member named after the file


def test_does_not_claim_other_exports(tmp_path: Path) -> None:
    assert roots(write_x_archive(tmp_path / "x", numbered_tweets(3))) == []
    assert roots(write_x_archive(tmp_path / "x.zip", numbered_tweets(3), as_zip=True)) == []
    for platform in ("twitter", "mastodon", "facebook", "instagram", "linkedin", "threads"):
        assert roots(shared_path("fixtures", "real", platform)) == [], platform
    assert roots(shared_path(*REAL, "marshalx-atproto-test-data")) == []
    v2 = tmp_path / "v2.car"  # a CARv2 pragma is not a repository export from Bluesky
    pragma = libipld.encode_dag_cbor({"version": 2})
    v2.write_bytes(varint(len(pragma)) + pragma + b"\x00" * 40)
    assert roots(v2) == []


# ---------------------------------------------------------------------------- store


def test_import_twice_through_the_store_is_idempotent(
    registered: None, store: Store, db_path: Path, french_car: Path, tmp_path: Path
) -> None:
    both = tmp_path / "deux"
    both.mkdir()
    shutil.copyfile(french_car, both / "repo.car")
    with zipfile.ZipFile(both / "reel.zip", "w") as handle:
        handle.write(shared_path(*REAL, BNEWBOLD), BNEWBOLD)
    with ArchiveSource(both) as source:
        assert [(j.importer.name, j.root) for j in plan(source)] == [("bluesky-car", "repo.car")]
    first = pipeline.import_paths(store, [french_car, both / "reel.zip"])
    assert [o.summary.items_added for o in first if o.summary] == [8, 24]
    tables = ("accounts", "items", "reactions", "media")
    before = dump(db_path, tables)
    again = pipeline.import_paths(store, [french_car, both / "reel.zip"], force=True)
    assert [o.summary.items_added for o in again if o.summary] == [0, 0]
    assert dump(db_path, tables) == before
    assert len(before["accounts"]) == 2 and len(before["items"]) == 32 and len(before["reactions"]) == 3


# ---------------------------------------------------------------------------- memory


def test_memory_stays_flat_on_a_large_export(tmp_path: Path) -> None:
    """Two streaming passes: the peak must be a small fraction of the file, not the whole file."""
    import tracemalloc

    text = "Une longue réflexion sur la fonction publique, avec accents et émojis 🍁. " * 60
    posts = {f"app.bsky.feed.post/{tid(T1, i % 1024)}{i // 1024}": {"$type": "app.bsky.feed.post",
             "text": f"{i} {text}", "createdAt": "2024-06-01T00:00:00Z"} for i in range(6000)}
    path = write_car(tmp_path / "gros.car", posts)
    size = path.stat().st_size
    tracemalloc.start()
    count = 0
    with ArchiveSource(path) as source:
        for record in BlueskyCar().iter_records(source, "gros.car"):
            count += isinstance(record, Item)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 6000
    assert peak < size / 8, f"peak {peak:,} bytes for a {size:,}-byte CAR"
