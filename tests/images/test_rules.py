"""Picture findings as rule hits: the evidence shape the pipeline stores."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from footprint.images.scan import scan_image
from footprint.records import Confidence, Evidence, Subject
from footprint.rules.base import PICTURES
from footprint.rules.pictures import (
    RULES,
    DatedPicture,
    GeotaggedPicture,
    OfficialSymbolInPicture,
    hits,
)
from tests.images import synth
from tests.images.test_exif import OTTAWA, picture


def test_rules_are_well_formed_and_never_match_text() -> None:
    subject = Subject(platform="x", account_id="1", native_id="2", kind="post", fields={"text": "Canada wordmark GPS"})
    for rule in RULES:
        rule.validate()
        assert rule.reads == PICTURES  # they read stored picture results, never the text
        assert list(rule().check(subject, {"text": "canada wordmark gps"})) == []
    assert [r.code for r in RULES] == ["SYM101", "SAF101", "SAF102"]
    assert OfficialSymbolInPicture.category == "gc_symbols" and GeotaggedPicture.category == "personal_safety"


def test_gps_gives_saf101_with_position_and_time_as_evidence() -> None:
    result = scan_image(picture(gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1]}, exif_sub={0x9003: "2024:06:01 14:30:05"}))
    ((rule, hit),) = hits(result)
    assert rule is GeotaggedPicture
    assert hit.evidence == (Evidence("media", 0, 0, "45.42014°N, 75.69167°W, 2024-06-01 14:30:05"),)
    # A fixed sentence the report can translate; the position itself is the evidence.
    assert hit.message == "The picture's metadata gives the place where it was taken."


def test_time_without_gps_gives_saf102_and_ref_names_the_picture() -> None:
    result = scan_image(picture(exif_sub={0x9003: "2024:06:01 14:30:05"}, base={0x010F: "Apple", 0x0110: "iPhone 15"}))
    ((rule, hit),) = hits(result, ref="data/tweets_media/1-a.jpg")
    assert rule is DatedPicture
    assert hit.evidence == (
        Evidence("media", 0, 0, "2024-06-01 14:30:05, Apple iPhone 15"),
        Evidence("media_ref", 0, 0, "data/tweets_media/1-a.jpg"),
    )


def test_plain_or_unreadable_pictures_give_nothing() -> None:
    assert hits(scan_image(picture())) == []
    assert hits(scan_image(b"nope")) == []


def test_symbol_gives_sym101_named_by_the_symbol(shared: Path) -> None:
    rng = np.random.default_rng(3)
    art = synth.load_symbol(shared, "wet-boew_GCWeb/wmms-blk_w512.png")
    data, _box = synth.paste_symbol(rng, art, (1024, 768), 0.4, "original", 85)
    ((rule, hit),) = hits(scan_image(data), ref="avatar")
    assert rule is OfficialSymbolInPicture
    assert hit.evidence[0] == Evidence("media", 0, 0, "Canada wordmark")
    assert hit.evidence[1].text == "avatar"
    assert hit.confidence is Confidence.HIGH


def test_a_stored_result_gives_the_same_hits_as_the_scan(shared: Path) -> None:
    import orjson

    from footprint.images.scan import ImageResult

    rng = np.random.default_rng(5)
    art = synth.load_symbol(shared, "wet-boew_GCWeb/wmms-blk_w512.png")
    data, _box = synth.paste_symbol(rng, art, (800, 600), 0.35, "original", 80)
    scanned = scan_image(data)
    stored = ImageResult.from_dict(orjson.loads(orjson.dumps(scanned.as_dict())))
    assert stored.reportable and stored.findings[0].label == "Canada wordmark"
    assert hits(stored, ref="a.jpg") == hits(scanned, ref="a.jpg")
    located = scan_image(picture(gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1]}, exif_sub={0x9003: "2024:06:01 14:30:05"}))
    assert hits(ImageResult.from_dict(orjson.loads(orjson.dumps(located.as_dict())))) == hits(located)
    assert not ImageResult.from_dict(scan_image(picture()).as_dict()).reportable
