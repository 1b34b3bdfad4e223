"""Pictures through the whole tool: an X archive imported, scanned and reported.

The avatar shows the Canada wordmark and two posts carry the FIP signature (one English, one
French, on a slide); a third shows the national flag, a fourth an ordinary geotagged photo.
Pictures are drawn at test time from the official artwork in ../shared (never copied here).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from footprint.cli import main
from footprint.pipeline import import_paths, scan, write_report
from footprint.store import Store
from tests.factories import ACCOUNT_ID, tweet, write_x_archive
from tests.helpers import dump
from tests.images import synth
from tests.images.test_exif import OTTAWA, picture

WORDMARK = "wet-boew_GCWeb/wmms-blk_w512.png"
SIGNATURE_EN = "wet-boew_GCWeb/sig-blk-en_w1024.png"
SIGNATURE_FR = "wet-boew_GCWeb/sig-blk-fr_w1024.png"


def _archive(tmp_path: Path, shared: Path, *, avatar_symbol: bool = True, name: str = "x.zip") -> Path:
    rng = np.random.default_rng(11)
    if avatar_symbol:
        avatar, _ = synth.paste_symbol(rng, synth.load_symbol(shared, WORDMARK), (400, 400), 0.6, "original", 85)
    else:
        avatar = synth.ordinary_photo(rng, (400, 400), 85)
    signature_en, _ = synth.paste_symbol(rng, synth.load_symbol(shared, SIGNATURE_EN), (1024, 768), 0.35, "original", 80, "slide")
    signature_fr, _ = synth.paste_symbol(rng, synth.load_symbol(shared, SIGNATURE_FR), (900, 600), 0.4, "red", 85)
    flag = synth.flag_picture(rng, (800, 600), 85)
    geotagged = picture(gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1]}, exif_sub={0x9003: "2024:06:01 14:30:05"})
    posts = [
        tweet("1500000000000000001", "Slides from today's session 📊", media=["sig-en.jpg"]),
        tweet("1500000000000000002", "Présentation de l'équipe ce matin", media=["sig-fr.jpg"], lang="fr"),
        tweet("1500000000000000003", "Happy Canada Day! 🇨🇦", media=["flag.jpg"]),
        tweet("1500000000000000004", "Backyard tomatoes are in 🍅", media=["garden.jpg"]),
        tweet("1500000000000000005", "No picture in this one"),
    ]
    files: dict[str, str | bytes] = {
        f"data/profile_media/{ACCOUNT_ID}-avatar.jpg": avatar,
        "data/tweets_media/1500000000000000001-sig-en.jpg": signature_en,
        "data/tweets_media/1500000000000000002-sig-fr.jpg": signature_fr,
        "data/tweets_media/1500000000000000003-flag.jpg": flag,
        "data/tweets_media/1500000000000000004-garden.jpg": geotagged,
    }
    return write_x_archive(tmp_path / name, posts, as_zip=True, extra_files=files)


def _findings(store: Store) -> list[dict[str, Any]]:
    with store.connect() as conn:
        rows = conn.exec_driver_sql("SELECT rule, subject_kind, native_id, evidence FROM findings").all()
    return [{"rule": r[0], "kind": r[1], "native_id": r[2], "evidence": json.loads(r[3])} for r in rows]


def test_symbols_in_the_avatar_and_posts_are_flagged_and_the_flag_is_not(tmp_path: Path, shared: Path, store: Store) -> None:
    archive = _archive(tmp_path, shared)
    (outcome,) = import_paths(store, [archive])
    assert outcome.pictures is not None and outcome.pictures.available
    assert outcome.pictures.read == 5 and outcome.pictures.checked == 5 and not outcome.pictures.unreadable
    scan(store)
    found = _findings(store)
    symbols = {(f["kind"], f["native_id"]) for f in found if f["rule"] == "SYM101"}
    assert symbols == {
        ("profile", ACCOUNT_ID),
        ("post", "1500000000000000001"),
        ("post", "1500000000000000002"),
    }
    by_post = {f["native_id"]: f for f in found if f["kind"] != "profile"}
    assert "1500000000000000003" not in by_post  # the national flag
    assert "1500000000000000005" not in by_post
    garden = [f for f in found if f["native_id"] == "1500000000000000004"]
    assert [f["rule"] for f in garden] == ["SAF101"]
    assert garden[0]["evidence"][0]["text"].startswith("45.42014°N, 75.69167°W")
    avatar = next(f for f in found if f["rule"] == "SYM101" and f["kind"] == "profile")
    assert avatar["evidence"] == [
        {"field": "media", "start": 0, "end": 0, "text": "Canada wordmark"},
        {"field": "media_ref", "start": 0, "end": 0, "text": "avatar"},
    ]


def test_report_shows_each_flagged_picture_inline(tmp_path: Path, shared: Path, store: Store) -> None:
    import_paths(store, [_archive(tmp_path, shared)])
    scan(store)
    page = write_report(store, fmt="html", output=tmp_path / "report.html").read_text(encoding="utf-8")
    thumbnails = re.findall(r'<img[^>]+src="(data:image/jpeg;base64,[^"]+)"', page)
    assert len(thumbnails) == 4  # avatar, two slides, the geotagged photo
    assert "https://pbs.twimg.com" not in re.findall(r'src="([^"]+)"', page)
    french = write_report(store, fmt="html", output=tmp_path / "rapport.html", language="fr").read_text(encoding="utf-8")
    assert "symbole officiel" in french


def test_pictures_are_read_once_and_a_second_import_changes_nothing(tmp_path: Path, shared: Path, store: Store, db_path: Path) -> None:
    archive = _archive(tmp_path, shared)
    import_paths(store, [archive])
    scan(store)
    before = dump(db_path, ("pictures", "media"))
    findings_before = sorted((f["rule"], f["native_id"]) for f in _findings(store))
    (again,) = import_paths(store, [archive])
    assert again.already_imported and again.pictures is not None
    assert again.pictures.read == 1 and again.pictures.checked == 0  # only the avatar is re-read
    outcome = scan(store)
    assert outcome.items_scanned == 0
    assert dump(db_path, ("pictures", "media")) == before
    assert sorted((f["rule"], f["native_id"]) for f in _findings(store)) == findings_before


def test_a_new_avatar_replaces_the_old_finding(tmp_path: Path, shared: Path, store: Store) -> None:
    import_paths(store, [_archive(tmp_path, shared)])
    scan(store)
    assert any(f["rule"] == "SYM101" and f["kind"] == "profile" for f in _findings(store))
    newer = _archive(tmp_path, shared, avatar_symbol=False, name="newer.zip")
    import_paths(store, [newer])
    outcome = scan(store)
    assert outcome.profiles_scanned == 1 and outcome.items_scanned == 0
    assert not any(f["kind"] == "profile" and f["rule"] == "SYM101" for f in _findings(store))


def test_without_the_images_extra_the_import_says_how_many_wait(tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import footprint.images.scan as image_scan

    archive = _archive(tmp_path, shared)
    monkeypatch.setattr(image_scan, "available", lambda: False)
    result = CliRunner().invoke(main, ["import", str(archive), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    assert "5 picture(s) not checked" in result.output
    monkeypatch.undo()
    result = CliRunner().invoke(main, ["import", str(archive), "--db", str(tmp_path / "a.db")])
    assert "Checked pictures: 5 read (5 new" in result.output
    skipped = CliRunner().invoke(main, ["import", str(archive), "--db", str(tmp_path / "b.db"), "--no-pictures"])
    assert "picture" not in skipped.output.lower()


def test_an_unreadable_picture_is_listed_and_loses_nothing(tmp_path: Path, store: Store) -> None:
    posts = [tweet("1500000000000000009", "Broken upload", media=["bad.jpg"])]
    archive = write_x_archive(
        tmp_path / "x.zip", posts, as_zip=True,
        extra_files={"data/tweets_media/1500000000000000009-bad.jpg": b"\xff\xd8\xff\xe0 truncated"},
    )
    (outcome,) = import_paths(store, [archive])
    assert outcome.summary is not None and outcome.summary.items_added == 1
    assert outcome.pictures is not None and len(outcome.pictures.unreadable) == 1
    assert "1500000000000000009-bad.jpg: not a readable picture" in outcome.pictures.unreadable[0]
    scan(store)
    assert not [f for f in _findings(store) if f["rule"].startswith(("SYM1", "SAF1"))]


def test_a_live_pull_checks_the_avatar_and_new_media(shared: Path, db_path: Path) -> None:
    """Mastodon pull against a local server: the avatar (wordmark) and a post's photo
    (geotagged) are fetched from the addresses the API gives, checked and flagged; the header
    answers 404 and is listed, not fatal. Nothing leaves 127.0.0.1."""
    from footprint import pipeline
    from tests.connectors.test_mastodon_api import ACCOUNT, FAST, account, mastodon_site, status
    from tests.httpserver import LocalServer, Reply

    rng = np.random.default_rng(21)
    avatar, _ = synth.paste_symbol(rng, synth.load_symbol(shared, WORDMARK), (400, 400), 0.6, "original", 85)
    geotagged = picture(gps={1: "N", 2: OTTAWA[0], 3: "W", 4: OTTAWA[1]})
    with LocalServer() as srv:
        who = account(avatar=f"{srv.url}/files/a.jpg", header=f"{srv.url}/files/h.jpg")
        photo = {"id": "77", "type": "image", "url": f"{srv.url}/files/p.jpg", "preview_url": None,
                 "remote_url": None, "description": "Jardin", "blurhash": None, "meta": {}}
        statuses = [
            status(112600000000000002, "<p>Mes tomates</p>", "2024-06-08T10:00:00.000Z", media_attachments=[photo]),
            status(112600000000000001, "<p>Bonjour</p>", "2024-06-07T10:00:00.000Z"),
        ]
        mastodon_site(srv, statuses, who=who)
        srv.route("/files/a.jpg", Reply(body=avatar, content_type="image/jpeg"))
        srv.route("/files/p.jpg", Reply(body=geotagged, content_type="image/jpeg"))
        srv.route("/files/h.jpg", Reply(404, {"error": "gone"}))
        options = {"base_url": srv.url, **FAST}
        with Store(db_path) as store:
            summary = pipeline.pull(store, "mastodon", ACCOUNT, options=options)
            checked = pipeline.check_pulled_pictures(store, summary, options=options)
            assert (checked.read, checked.checked, checked.with_findings) == (2, 2, 2)
            assert len(checked.unreadable) == 1 and "HTTP 404" in checked.unreadable[0]
            pipeline.scan(store)
            found = {(f["rule"], f["kind"]) for f in _findings(store) if f["rule"] in ("SYM101", "SAF101")}
            assert found == {("SYM101", "profile"), ("SAF101", "post")}
            # A second pull brings nothing new: only the profile's pictures are fetched again.
            again = pipeline.check_pulled_pictures(store, pipeline.pull(store, "mastodon", ACCOUNT, options=options), options=options)
            assert (again.read, again.checked) == (1, 0)


def test_words_inside_a_screenshot_go_through_the_text_rules(tmp_path: Path, store: Store) -> None:
    """With the OCR extra, a screenshot saying "Vote Conservative" is judged like the words
    themselves; the evidence points into the picture's text, and the report shows both."""
    from footprint.images import ocr

    ocr.available.cache_clear()
    if not ocr.available():
        pytest.skip("OCR is not installed: pip install pytesseract, and apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra")
    from tests.images.test_ocr import slide

    screenshot = slide(["Vote Conservative on October 21!", "Volunteer with your local campaign"])
    posts = [tweet("1500000000000000011", "Saw this today", media=["shot.jpg"])]
    archive = write_x_archive(
        tmp_path / "x.zip", posts, as_zip=True, extra_files={"data/tweets_media/1500000000000000011-shot.jpg": screenshot}
    )
    import_paths(store, [archive])
    scan(store)
    political = [f for f in _findings(store) if f["rule"].startswith("POL")]
    assert political, _findings(store)
    evidence = political[0]["evidence"]
    assert {e["field"] for e in evidence[:-1]} == {"media_text"}
    assert "Conservative" in " ".join(e["text"] for e in evidence)
    page = write_report(store, fmt="html", output=tmp_path / "report.html").read_text(encoding="utf-8")
    card = page[page.index("Words read in the picture"):]
    card = card[: card.index("</blockquote>")]
    assert re.search(r'<img[^>]+src="data:image/jpeg;base64,', page)
    assert "Vote Conservative on October 21!" in card and "<mark>" in card
    assert "Saw this today" not in card  # the post's own words are not what the evidence points at
    assert evidence[-1] == {"field": "media_ref", "start": 0, "end": 0, "text": "data/tweets_media/1500000000000000011-shot.jpg"}


def test_an_instagram_avatar_inside_a_folder_of_downloads_is_found(tmp_path: Path, shared: Path, store: Store) -> None:
    """Instagram names the profile picture relative to its own export ("media/profile/…"); the
    export sits in a bigger folder of downloads, and the picture is still found and checked."""
    from tests.connectors.test_instagram import full_export, write_tree

    rng = np.random.default_rng(31)
    avatar, _ = synth.paste_symbol(rng, synth.load_symbol(shared, WORDMARK), (320, 320), 0.6, "original", 85)
    write_tree(tmp_path / "downloads" / "instagram-camille", full_export({"media/profile/202205/me.jpg": avatar}))
    outcomes = import_paths(store, [tmp_path / "downloads"])  # Instagram, and Threads inside it
    (checked,) = [o.pictures for o in outcomes if o.pictures is not None]
    assert checked.with_findings == 1
    scan(store)
    assert {(f["rule"], f["kind"]) for f in _findings(store) if f["rule"] == "SYM101"} == {("SYM101", "profile")}
