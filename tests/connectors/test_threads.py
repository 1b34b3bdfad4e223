"""Threads connector: the real profile file (yummyhopper, read in place) and exports generated
here from spec §8.1 for the rest, since no real `threads_and_replies.json` was found: posts
follow the Instagram shape the spec describes, `text_app_post.is_reply` and the liked-threads
layout follow a third-party fixture (not a real export). Generated JSON is escaped the way
Meta does (every UTF-8 byte as `\\u00XX`), so French accents and emoji prove the repair."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource
from footprint.connectors._meta import stable_id
from footprint.connectors.facebook import FacebookExport
from footprint.connectors.instagram import InstagramExport
from footprint.connectors.threads import ThreadsExport
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

POST = "Réunion d'équipe à Gatineau ☕ — « ça avance » 🚀"


def meta_json(value: Any) -> str:
    """JSON as Meta writes it: each UTF-8 byte of every string escaped as its own \\u00XX."""
    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return v.encode("utf-8").decode("latin-1")
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            return {walk(k): walk(x) for k, x in v.items()}
        return v
    return json.dumps(walk(value), indent=2, ensure_ascii=True)


def entry(value: str = "", timestamp: int = 0) -> dict[str, Any]:
    return {"href": "", "value": value, "timestamp": timestamp}


def write_tree(target: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return target


def read(path: Path, importer: type = ThreadsExport) -> list[object]:
    with ArchiveSource(path) as source:
        records: list[object] = []
        for root in importer.find_roots(source):
            records.extend(importer().iter_records(source, root))
    return records


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


T = "your_instagram_activity/threads/"
THREADS_POSTS = {"text_post_app_text_posts": [
    {"media": [{"uri": "", "creation_timestamp": 1720000000, "title": POST,
                "text_app_post": {"reply_control": "everyone", "is_reply": False}}]},
    {"media": [{"uri": "", "creation_timestamp": 1720000100, "title": "@ami d'accord 👍",
                "text_app_post": {"is_reply": True}}]},
    {"title": "Photo du Parlement 🇨🇦", "creation_timestamp": 1720000200,
     "media": [{"uri": "media/posts/202407/p.jpg", "creation_timestamp": 1720000200, "title": ""}]},
    {"media": [{"uri": "", "creation_timestamp": 0, "title": "no time"}]},
    {"media": [{"uri": "", "creation_timestamp": 1720000300, "title": ""}]},
]}


def combined_download(extra: dict[str, str | bytes] | None = None) -> dict[str, str | bytes]:
    """An Instagram download carrying Threads data; the username is only in Instagram's profile."""
    files: dict[str, str | bytes] = {
        "personal_information/personal_information/personal_information.json": meta_json({"profile_user": [
            {"string_map_data": {"Username": entry("camille.qc"), "Name": entry("Camille Bélanger")}}]}),
        "your_instagram_activity/content/posts_1.json": meta_json([
            {"media": [{"uri": "media/posts/202401/i.jpg", "creation_timestamp": 1704000000, "title": "Instagram seulement"}]}]),
        f"{T}threads_and_replies.json": meta_json(THREADS_POSTS),
        f"{T}personal_information.json": meta_json({"text_post_app_text_post_app_profile": [{
            "title": "", "media_map_data": {},
            "string_map_data": {"Bio": entry("Opinions personnelles 🍁"), "Private Account": entry("False"),
                                "Links": entry("https://camille.example.ca"), "Onboarding Time": entry(timestamp=1717617454)}}]}),
        f"{T}liked_threads.json": meta_json({"text_post_app_media_likes": [
            {"title": "river.otter", "media_list_data": [], "string_list_data": [
                {"href": "https://www.threads.net/@river.otter/post/DAbCdEf", "value": "👍", "timestamp": 1720500000}]}]}),
        f"{T}threads_viewed.json": meta_json({"text_post_app_text_post_app_posts_seen": []}),
        "media/posts/202407/p.jpg": b"\xff\xd8",
    }
    files.update(extra or {})
    return files


# ---------------------------------------------------------------------- real sample


def test_real_profile_file() -> None:
    real = shared_path("fixtures", "real", "threads", "yummyhopper-instagram-export")
    for path in (real, real / "personal_information.json"):  # the folder, or the lone file
        records = read(path)
        (profile,) = of(records, Profile)
        # Onboarding Time 1717617454 (json.load of the file); no username in it, none beside it.
        assert profile.created_at == datetime(2024, 6, 5, 19, 57, 34, tzinfo=UTC)
        assert (profile.native_id, profile.bio, profile.website) == ("unknown", None, None)
        assert not of(records, Item)
        assert [s.reason for s in of(records, Skipped)] == [
            "neither the Threads nor an Instagram profile names the account: it is called 'unknown'"]


# ---------------------------------------------------------------------- generated


def test_threads_inside_an_instagram_download(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "instagram-camille", combined_download())
    records = read(folder)
    (profile,) = of(records, Profile)
    assert records[0] is profile
    assert (profile.native_id, profile.handle, profile.url) == ("camille.qc", "camille.qc", "https://www.threads.net/@camille.qc")
    assert profile.bio == "Opinions personnelles 🍁" and profile.website == "https://camille.example.ca"
    assert profile.created_at == datetime(2024, 6, 5, 19, 57, 34, tzinfo=UTC)

    items = {i.text: i for i in of(records, Item)}
    assert Counter(i.kind for i in items.values()) == {ItemKind.POST: 2, ItemKind.REPLY: 1}
    post = items[POST]
    assert post.created_at == datetime(2024, 7, 3, 9, 46, 40, tzinfo=UTC)
    assert post.native_id == stable_id("post", 1720000000, POST)
    assert post.visibility == "public" and post.media == ()
    assert items["@ami d'accord 👍"].kind is ItemKind.REPLY
    photo = items["Photo du Parlement 🇨🇦"]
    assert [(m.kind, m.source_path) for m in photo.media] == [("photo", "media/posts/202407/p.jpg")]
    assert all(i.platform == "threads" and i.account_id == "camille.qc" for i in items.values())
    assert "Instagram seulement" not in items

    (like,) = of(records, Reaction)
    assert (like.platform, like.target_id) == ("threads", "https://www.threads.net/@river.otter/post/DAbCdEf")
    skipped = {s.source.rsplit("/", 1)[-1]: s.reason for s in of(records, Skipped)}
    assert skipped == {
        "threads_and_replies.json#3": "post without a readable creation_timestamp",
        "threads_and_replies.json#4": "post with neither text nor media",
        "threads_viewed.json": "not audited: this kind of Threads data is not public posting",
    }


def test_threads_only_download_in_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "threads-camille.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("threads-camille/threads/threads_and_replies.json", meta_json(THREADS_POSTS))
        handle.writestr("threads-camille/threads/personal_information.json", meta_json(
            {"text_post_app_text_post_app_profile": [{"string_map_data": {
                "Username": entry("camille.threads"), "Name": entry("Camille Bélanger"), "Private Account": entry("True")}}]}))
    with ArchiveSource(archive) as source:
        assert ThreadsExport.find_roots(source) == ["threads-camille/"]
        assert InstagramExport.find_roots(source) == [] and FacebookExport.find_roots(source) == []
    records = read(archive)
    (profile,) = of(records, Profile)
    assert (profile.native_id, profile.display_name) == ("camille.threads", "Camille Bélanger")
    items = of(records, Item)
    assert len(items) == 3 and {i.visibility for i in items} == {"private"}


def test_broken_json_is_a_one_line_error(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "ig", combined_download({
        f"{T}threads_and_replies.json": '{"text_post_app_text_posts": [{"media": [{"title": "x", ',
    }))
    with pytest.raises(SourceFormatError) as raised:
        read(folder)
    assert "\n" not in str(raised.value) and "threads_and_replies.json" in str(raised.value)


def test_does_not_claim_other_exports(tmp_path: Path) -> None:
    with ArchiveSource(write_x_archive(tmp_path / "x", numbered_tweets(2))) as source:
        assert ThreadsExport.find_roots(source) == []
    for platform in ("facebook", "instagram", "twitter", "mastodon", "linkedin", "bluesky"):
        with ArchiveSource(shared_path("fixtures", "real", platform)) as source:
            assert ThreadsExport.find_roots(source) == [], platform
    # Instagram's own personal_information.json is not a Threads profile.
    ig_only = {k: v for k, v in combined_download().items() if not k.startswith(T)}
    with ArchiveSource(write_tree(tmp_path / "ig", ig_only)) as source:
        assert ThreadsExport.find_roots(source) == []


# ---------------------------------------------------------------------- through the store



def test_importing_twice_changes_no_row(registered: None, tmp_path: Path, store: Store, db_path: Path) -> None:
    folder = write_tree(tmp_path / "ig", combined_download())
    outcomes = pipeline.import_paths(store, [folder])
    assert sorted(o.connector for o in outcomes) == ["instagram-export", "threads-export"]
    tables = ("accounts", "items", "media", "reactions")
    before = dump(db_path, tables)
    assert len(before["items"]) == 1 + 3 and len(before["reactions"]) == 1 and len(before["accounts"]) == 2
    forced = pipeline.import_paths(store, [folder], force=True)
    assert all(o.summary is not None and (o.summary.items_added, o.summary.items_updated) == (0, 0) for o in forced)
    assert dump(db_path, tables) == before
