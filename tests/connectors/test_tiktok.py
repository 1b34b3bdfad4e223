"""TikTok export connector. No real TikTok export exists among the samples, so the JSON files
here are written at test time from spec §8.2 (itself from memory), in the two spellings seen in
public parsers: the older `user_data.json` ("Activity", "Video", capitalised item keys) and the
newer `user_data_tiktok.json` ("Your Activity", "Post", lower-case comment keys)."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource, plan
from footprint.connectors.tiktok import UNNAMED_ACCOUNT, TikTokExport
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

SHARE = "https://www.tiktokv.com/share/video/{}/"


def older_export(history: int = 2) -> dict[str, Any]:
    return {
        "Activity": {
            "Favorite Videos": {"FavoriteVideoList": [{"Date": "2023-02-01 10:00:00", "Link": SHARE.format(7200000000000000001)}]},
            "Follower List": {"FansList": [{"Date": "2023-01-01 00:00:00", "UserName": f"fan{i}"} for i in range(3)]},
            "Following List": {"Following": [{"Date": "2023-01-01 00:00:00", "UserName": "someone"}]},
            "Like List": {"ItemFavoriteList": [
                {"Date": "2023-02-02 10:00:00", "Link": SHARE.format(7200000000000000002)},
                {"Date": "2023-02-02 10:00:01"},
            ]},
            # What the person watched: never their own posts.
            "Video Browsing History": {"VideoList": [
                {"Date": "2023-02-03 10:00:00", "Link": SHARE.format(7300000000000000000 + i)} for i in range(history)
            ]},
        },
        "Ads and data": {"Ad Interests": {"AdInterestCategories": "Travel"}},
        "App Settings": {"Settings": {"SettingsMap": {"Allow.Downloads": "On"}}},
        "Comment": {"Comments": {"CommentsList": [
            {"Date": "2023-03-04 15:30:00", "Comment": "Trop drôle 😂 « vraiment »", "Photo": "N/A", "Url": ""},
            {"Date": "yesterday", "Comment": "lost", "Photo": "N/A", "Url": ""},
        ]}},
        "Direct Messages": {"Chat History": {"ChatHistory": {"Chat History with friend:": [{"Date": "x", "From": "a", "Content": "hi"}]}}},
        "Profile": {"Profile Information": {"ProfileMap": {
            "bioDescription": "Analyste principale | EDSC 🇨🇦", "birthDate": "01-Jan-1990", "emailAddress": "pat@example.ca",
            "likesReceived": "12", "profilePhoto": "https://p16.tiktokcdn.com/avatar.jpeg", "telephoneNumber": "",
            "userName": "pat.example",
        }}},
        "Video": {"Videos": {"VideoList": [
            {"Date": "2023-01-02 03:04:05", "Link": SHARE.format(7185551234567890123), "Likes": "12", "Sound": "",
             "Location": "", "Title": "Ma première vidéo #ottawa 🍁"},
            {"Date": "2023-01-05 08:00:00", "Link": "", "Likes": "0", "Title": "Sans lien"},
        ]}},
    }


def newer_export() -> dict[str, Any]:
    return {
        "Your Activity": {"Watch History": {"VideoList": [{"Date": "2024-05-01 10:00:00", "Link": SHARE.format(1)}]}},
        "Likes and Favorites": {"Like List": {"ItemFavoriteList": [{"date": "2024-05-01 11:00:00", "link": SHARE.format(2)}]}},
        "Comment": {"Comments": {"CommentsList": [
            {"date": "2024-05-02 12:00:00", "comment": "Bravo l'équipe 👏", "photo": "N/A",
             "url": "https://www.tiktok.com/@friend/video/7355555555555555555"},
        ]}},
        "Post": {"Posts": {"VideoList": [
            {"Date": "2024-05-03 13:00:00", "Link": SHARE.format(7366666666666666666), "Likes": "3",
             "Title": "Nouvelle vidéo", "WhoCanView": "Everyone"},
        ]}},
        "Profile And Settings": {"Profile Info": {"ProfileMap": {"userName": "pat.example", "bioDescription": ""}}},
    }


def write(folder: Path, files: dict[str, Any]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content if isinstance(content, bytes) else json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8")
        path.write_bytes(data)
    return folder


def read(path: Path) -> list[object]:
    with ArchiveSource(path) as source:
        importer = TikTokExport()
        return [r for root in importer.find_roots(source) for r in importer.iter_records(source, root)]


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def test_older_export_profile_posts_comments_and_reactions(tmp_path: Path) -> None:
    records = read(write(tmp_path / "export", {"user_data.json": older_export()}))
    profile = records[0]
    assert isinstance(profile, Profile)
    assert (profile.native_id, profile.handle) == ("pat.example", "pat.example")
    assert profile.bio == "Analyste principale | EDSC 🇨🇦" and profile.email == "pat@example.ca"
    assert profile.avatar == "https://p16.tiktokcdn.com/avatar.jpeg"
    assert (profile.followers, profile.following) == (3, 1)
    assert profile.url == "https://www.tiktok.com/@pat.example"

    items = of(records, Item)
    assert Counter(i.kind for i in items) == {ItemKind.POST: 2, ItemKind.COMMENT: 1}
    video = next(i for i in items if i.native_id == "7185551234567890123")
    assert video.text == "Ma première vidéo #ottawa 🍁" and video.like_count == 12
    assert video.created_at == datetime(2023, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert video.url == "https://www.tiktok.com/@pat.example/video/7185551234567890123"
    unlinked = next(i for i in items if i.text == "Sans lien")
    assert len(unlinked.native_id) == 20 and unlinked.url is None  # derived id, stable across imports
    (comment,) = [i for i in items if i.kind is ItemKind.COMMENT]
    assert comment.text == "Trop drôle 😂 « vraiment »" and comment.media == ()
    assert all(i.account_id == "pat.example" and i.created_at.tzinfo is UTC for i in items)

    reactions = sorted((r.kind, r.target_id) for r in of(records, Reaction))
    assert reactions == [("favorite", "7200000000000000001"), ("like", "7200000000000000002")]
    assert [i.native_id for i in items] == [i.native_id for i in of(read(tmp_path / "export"), Item)]


def test_skipped_records_and_sections(tmp_path: Path) -> None:
    records = read(write(tmp_path / "export", {"user_data.json": older_export()}))
    skipped = {s.source.rsplit("#", 1)[1]: s.reason for s in of(records, Skipped)}
    assert skipped["Direct Messages"] == "not audited: private messages"
    assert skipped["Ads and data"] == skipped["App Settings"] == "not audited: this part of the export is not public posting"
    assert skipped["comment1"] == "comment with an unreadable date 'yesterday'"
    assert skipped["like1"] == "like without a video link"
    assert len(skipped) == 5


def test_newer_spelling_is_read_the_same_way(tmp_path: Path) -> None:
    records = read(write(tmp_path / "export", {"user_data_tiktok.json": newer_export()}))
    items = {i.native_id: i for i in of(records, Item)}
    post = items["7366666666666666666"]
    assert post.kind is ItemKind.POST and post.visibility == "everyone" and post.like_count == 3
    (comment,) = [i for i in items.values() if i.kind is ItemKind.COMMENT]
    assert comment.text == "Bravo l'équipe 👏" and comment.reply_to == "7355555555555555555"
    assert comment.url == "https://www.tiktok.com/@friend/video/7355555555555555555"
    assert [(r.kind, r.target_id) for r in of(records, Reaction)] == [("like", "2")]
    assert len(items) == 2  # watch history is not posting


def test_without_a_profile_the_account_is_unnamed(tmp_path: Path) -> None:
    export = newer_export()
    del export["Profile And Settings"]
    records = read(write(tmp_path / "export", {"user_data_tiktok.json": export}))
    assert isinstance(records[0], Profile) and records[0].native_id == UNNAMED_ACCOUNT
    assert any("no ProfileMap" in s.reason for s in of(records, Skipped))


def test_broken_json_is_a_one_line_error_naming_the_member(tmp_path: Path) -> None:
    data = json.dumps(older_export()).encode("utf-8")
    export = write(tmp_path / "export", {"user_data_tiktok.json": data[: len(data) - 40]})
    with pytest.raises(SourceFormatError) as raised:
        read(export)
    message = str(raised.value)
    assert "\n" not in message and "user_data_tiktok.json" in message and "invalid JSON" in message


def test_memory_stays_flat_on_a_long_watch_history(tmp_path: Path) -> None:
    """Streaming: a 20k-entry watch history must not be loaded whole (tracemalloc peak)."""
    import tracemalloc

    export = write(tmp_path / "export", {"user_data_tiktok.json": older_export(history=20_000)})
    size = (export / "user_data_tiktok.json").stat().st_size
    tracemalloc.start()
    with ArchiveSource(export) as source:
        count = sum(isinstance(r, Item) for r in TikTokExport().iter_records(source, ""))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 3
    assert peak < size / 4, f"peak {peak:,} bytes for a {size:,}-byte file"


# ---------------------------------------------------------------------------- detection


def test_detection_inside_a_bigger_folder_and_a_zip(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("downloads/TikTok_Data_1714000000/user_data_tiktok.json", json.dumps(newer_export()))
        archive.writestr("downloads/settings.json", json.dumps({"Video": {"quality": "high"}}))
    with ArchiveSource(bundle) as source:
        assert TikTokExport.find_roots(source) == ["downloads/TikTok_Data_1714000000/"]
    assert len(of(read(bundle), Item)) == 2
    single = write(tmp_path / "single", {"user_data.json": older_export()}) / "user_data.json"
    with ArchiveSource(single) as source:
        assert TikTokExport.find_roots(source) == [""]


def test_detection_claims_no_other_export(tmp_path: Path) -> None:
    with ArchiveSource(write_x_archive(tmp_path / "x", numbered_tweets(2))) as source:
        assert TikTokExport.find_roots(source) == []
    with ArchiveSource(shared_path("fixtures", "real")) as source:
        assert TikTokExport.find_roots(source) == []
    takeout = write(tmp_path / "takeout", {"Takeout/YouTube and YouTube Music/history/watch-history.json": [
        {"header": "YouTube", "title": "Watched a video", "titleUrl": "https://www.youtube.com/watch?v=x",
         "time": "2023-03-14T09:00:00.123Z"}]})
    with ArchiveSource(takeout) as source:
        assert TikTokExport.find_roots(source) == []


# ---------------------------------------------------------------------------- through the store



def test_import_twice_changes_nothing(registered: None, store: Store, db_path: Path, tmp_path: Path) -> None:
    export = write(tmp_path / "export", {"user_data.json": older_export()})
    with ArchiveSource(export) as source:
        assert [job.importer for job in plan(source)] == [TikTokExport]
    pipeline.import_paths(store, [export])
    first = dump(db_path, ("accounts", "items", "reactions"))
    pipeline.import_paths(store, [export], force=True)
    assert dump(db_path, ("accounts", "items", "reactions")) == first
    assert len(first["items"]) == 3 and len(first["reactions"]) == 2 and len(first["accounts"]) == 1
