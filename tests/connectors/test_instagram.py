"""Instagram connector: the real yummyhopper sample (posts, profile photos, comments; read in
place) and exports generated here for what it lacks: personal_information.json (shaped like
the public yummyhopper/personal_instagram_analysis file, values made up), reels and stories,
reels comments, liked posts, messages, the older layout without `your_instagram_activity/`,
and a download that also carries Threads data. Generated JSON is escaped the way Meta does
(every UTF-8 byte as `\\u00XX`), so French accents and emoji prove the mojibake repair."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource
from footprint.connectors.facebook import FacebookExport
from footprint.connectors.instagram import InstagramExport
from footprint.connectors.threads import ThreadsExport
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

CAPTION = "Fête nationale à Québec 🇨🇦⚜️ — « on lâche pas »"


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


def entry(value: str = "", timestamp: int = 0, href: str = "") -> dict[str, Any]:
    return {"href": href, "value": value, "timestamp": timestamp}


def write_tree(target: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return target


def read(path: Path, importer: type = InstagramExport) -> list[object]:
    with ArchiveSource(path) as source:
        records: list[object] = []
        for root in importer.find_roots(source):
            records.extend(importer().iter_records(source, root))
    return records


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


ACTIVITY = "your_instagram_activity/"
PROFILE = {"profile_user": [{
    "title": "User Information",
    "media_map_data": {"Profile Photo": {"uri": "media/profile/202205/me.jpg", "creation_timestamp": 1652733924, "title": ""}},
    "string_map_data": {
        "Email": entry("camille.tremblay@canada.ca"), "Phone Number": entry("+16135550100"),
        "Username": entry("camille.qc"), "Name": entry("Camille Tremblay-Bélanger"),
        "Bio": entry("Fonctionnaire fédérale 🍁 | opinions personnelles"), "Website": entry("https://camille.example.ca"),
        "Gender": entry("female"), "Date of birth": entry("1990-01-02"), "Private Account": entry("False"),
    },
}]}
POSTS = [
    {"media": [{"uri": "media/posts/202406/a_1.jpg", "creation_timestamp": 1719792000, "title": CAPTION,
                "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 46.81, "longitude": -71.2}]}}}]},
    {"media": [{"uri": "media/posts/202407/b_1.jpg", "creation_timestamp": 1720000000, "title": ""},
               {"uri": "media/posts/202407/Bvideo_17900000000000000", "creation_timestamp": 1720000000, "title": "",
                "media_metadata": {"video_metadata": {}}}],
     "title": "Carrousel d'été ☀️", "creation_timestamp": 1720000001},
    {"media": [], "title": "", "creation_timestamp": 1721000000},
    {"media": [{"uri": "media/posts/202408/c.jpg", "creation_timestamp": 1725000000, "title": "No date at top"}],
     "creation_timestamp": "soon"},
]


def full_export(extra: dict[str, str | bytes] | None = None) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "personal_information/personal_information/personal_information.json": meta_json(PROFILE),
        f"{ACTIVITY}content/posts_1.json": meta_json(POSTS),
        "media/posts/202406/a_1.jpg": b"\xff\xd8\xff",
        f"{ACTIVITY}content/reels.json": meta_json({"ig_reels_media": [{"media": [
            {"uri": "media/reels/202409/r.mp4", "creation_timestamp": 1726000000, "title": "Ma première reel 🎬"}]}]}),
        f"{ACTIVITY}content/stories.json": meta_json({"ig_stories": [
            {"uri": "media/stories/202410/s.jpg", "creation_timestamp": 1728000000, "title": "Bonne Saint-Jean! 💙"}]}),
        f"{ACTIVITY}comments/post_comments_1.json": meta_json([
            {"media_list_data": [{"uri": ""}], "string_map_data": {
                "Comment": entry("@ami Très drôle 😂"), "Media Owner": entry("ami"), "Time": entry(timestamp=1700000000)}},
            {"media_list_data": [{"uri": ""}], "string_map_data": {"Comment": entry("no time")}},
            {"string_map_data": {"Comment": entry(""), "Time": entry(timestamp=1700000100)}},
        ]),
        f"{ACTIVITY}comments/reels_comments.json": meta_json({"comments_reels_comments": [
            {"string_map_data": {"Comment": entry("Génial 👏"), "Media Owner": entry("reelmaker"),
                                 "Time": entry(timestamp=1701000000)}}]}),
        f"{ACTIVITY}likes/liked_posts.json": meta_json({"likes_media_likes": [
            {"title": "parti.politique", "string_list_data": [
                {"href": "https://www.instagram.com/p/CxYz123/", "value": "👍", "timestamp": 1702000000}]},
            {"title": "nobody", "string_list_data": []}]}),
        f"{ACTIVITY}messages/inbox/ami_123/message_1.json": meta_json({"participants": [], "messages": []}),
        f"{ACTIVITY}saved/saved_posts.json": meta_json({"saved_saved_media": []}),
        f"{ACTIVITY}threads/threads_and_replies.json": meta_json({"text_post_app_text_posts": [
            {"media": [{"uri": "", "creation_timestamp": 1720500000, "title": "Un fil sur Threads 🧵"}]}]}),
        f"{ACTIVITY}threads/personal_information.json": meta_json({"text_post_app_text_post_app_profile": [
            {"string_map_data": {"Bio": entry(""), "Private Account": entry("True")}}]}),
    }
    files.update(extra or {})
    return files


# ---------------------------------------------------------------------- real sample


def test_real_sample_counts_checked_by_hand() -> None:
    records = read(shared_path("fixtures", "real", "instagram", "yummyhopper"))
    items = of(records, Item)
    # python3 -c "import json; d=json.load(open('posts_1.json')); print(len(d),
    #   sum(len(p['media']) for p in d))"  -> 4 posts holding 20 media; post_comments_1.json: 3.
    assert Counter(i.kind for i in items) == {ItemKind.POST: 4, ItemKind.COMMENT: 3}
    posts = {int(i.created_at.timestamp()): i for i in items if i.kind is ItemKind.POST}
    assert sum(len(p.media) for p in posts.values()) == 20
    # Carousel: caption and time at the top level; mojibake flag emoji repaired.
    assert posts[1710165471].text == "Un Taxi 🇨🇴"
    assert posts[1704232088].text == "Happy llama, sad llama, totally rad llama 🇵🇪"
    # Single photo: caption and time only in media[0].
    assert posts[1715566876].text == "Great sem"
    assert posts[1715566876].created_at == datetime(2024, 5, 13, 2, 21, 16, tzinfo=UTC)
    # The extension-less carousel member is a video.
    assert [m.kind for m in posts[1710165471].media].count("video") == 1
    comments = {i.text: i for i in items if i.kind is ItemKind.COMMENT}
    assert "@dannydonosok what did i tell u about that chedda 🙄" in comments
    assert comments["DO IT FOR THA CULTURE"].created_at == datetime(2024, 4, 20, 0, 23, tzinfo=UTC)
    (profile,) = of(records, Profile)
    assert profile.native_id == "unknown" and profile.avatar and profile.avatar.startswith("media/profile/202205/")
    assert all(i.account_id == "unknown" and i.created_at.tzinfo is UTC for i in items)
    assert [s.reason for s in of(records, Skipped)] == [
        "no readable personal_information.json: the profile is not audited and the account is named 'unknown'"]


def test_real_sample_inside_a_zip_and_a_bigger_folder(tmp_path: Path) -> None:
    real = shared_path("fixtures", "real", "instagram", "yummyhopper")
    archive = tmp_path / "instagram-yummy-2024-07-10-abc.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in sorted(real.rglob("*.json")):
            handle.write(path, f"instagram-yummy-2024-07-10-abc/{path.relative_to(real).as_posix()}")
    with ArchiveSource(archive) as source:
        assert InstagramExport.find_roots(source) == ["instagram-yummy-2024-07-10-abc/"]
    assert len(of(read(archive), Item)) == 7
    bigger = tmp_path / "downloads"
    shutil.copytree(real, bigger / "ig")
    write_x_archive(bigger / "twitter", numbered_tweets(1))
    with ArchiveSource(bigger) as source:
        assert InstagramExport.find_roots(source) == ["ig/"]


# ---------------------------------------------------------------------- generated export


def test_full_export_profile_posts_comments_likes_and_skips(tmp_path: Path) -> None:
    records = read(write_tree(tmp_path / "instagram-camille", full_export()))
    (profile,) = of(records, Profile)
    assert records[0] is profile
    assert (profile.native_id, profile.handle, profile.display_name) == ("camille.qc", "camille.qc", "Camille Tremblay-Bélanger")
    assert profile.email == "camille.tremblay@canada.ca"
    assert profile.bio == "Fonctionnaire fédérale 🍁 | opinions personnelles"
    assert profile.website == "https://camille.example.ca"
    assert profile.url == "https://www.instagram.com/camille.qc/"
    assert profile.avatar == "media/profile/202205/me.jpg"

    items = of(records, Item)
    assert Counter(i.kind for i in items) == {ItemKind.POST: 5, ItemKind.COMMENT: 2}
    texts = {i.text: i for i in items}
    assert set(texts) == {CAPTION, "Carrousel d'été ☀️", "No date at top", "Ma première reel 🎬",
                          "Bonne Saint-Jean! 💙", "@ami Très drôle 😂", "Génial 👏"}
    single = texts[CAPTION]
    assert single.created_at == datetime(2024, 7, 1, tzinfo=UTC) and single.visibility == "public"
    assert [(m.kind, m.source_path) for m in single.media] == [("photo", "media/posts/202406/a_1.jpg")]
    carousel = texts["Carrousel d'été ☀️"]
    assert carousel.created_at == datetime.fromtimestamp(1720000001, UTC)
    assert [m.kind for m in carousel.media] == ["photo", "video"]
    # A bad top-level time falls back to media[0]'s.
    assert texts["No date at top"].created_at == datetime.fromtimestamp(1725000000, UTC)
    assert all(i.account_id == "camille.qc" for i in items)
    # Threads posts in the same download are not Instagram's.
    assert not any("Threads" in i.text for i in items)

    (like,) = of(records, Reaction)
    assert (like.kind, like.target_id, like.account_id) == ("like", "https://www.instagram.com/p/CxYz123/", "camille.qc")

    skipped = {s.source.rsplit("/", 1)[-1]: s.reason for s in of(records, Skipped)}
    assert skipped["message_1.json"] == "not audited: private messages"
    assert skipped["saved_posts.json"].startswith("not audited")
    assert skipped["posts_1.json#2"] == "post with neither caption nor media"
    assert skipped["post_comments_1.json#1"] == "comment without a readable time"
    assert skipped["post_comments_1.json#2"].startswith("comment without text")
    assert skipped["liked_posts.json#1"] == "like without a post URL"
    assert not any("threads" in s.source for s in of(records, Skipped))


def test_instagram_and_threads_share_a_root_and_each_reads_its_part(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "ig", full_export())
    with ArchiveSource(folder) as source:
        assert InstagramExport.find_roots(source) == [""]
        assert ThreadsExport.find_roots(source) == [""]
        assert FacebookExport.find_roots(source) == []
    threads = of(read(folder, ThreadsExport), Item)
    assert [(i.platform, i.text) for i in threads] == [("threads", "Un fil sur Threads 🧵")]
    assert {i.platform for i in of(read(folder), Item)} == {"instagram"}


def test_older_layout_without_activity_folder_in_a_zip(tmp_path: Path) -> None:
    files = {name.removeprefix(ACTIVITY): content for name, content in full_export().items()}
    archive = tmp_path / "instagram-camille-2023.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for name, content in files.items():
            handle.writestr(f"instagram-camille-2023/{name}", content)
    with ArchiveSource(archive) as source:
        assert InstagramExport.find_roots(source) == ["instagram-camille-2023/"]
    records = read(archive)
    assert len(of(records, Item)) == 7 and of(records, Profile)[0].handle == "camille.qc"


def test_ids_are_stable_and_distinct(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "ig", full_export())
    first = [i.native_id for i in of(read(folder), Item)]
    assert first == [i.native_id for i in of(read(folder), Item)]
    assert len(set(first)) == len(first)


def test_broken_json_is_a_one_line_error(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "ig", full_export({
        f"{ACTIVITY}content/posts_1.json": '[{"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 17',
    }))
    with pytest.raises(SourceFormatError) as raised:
        read(folder)
    assert "\n" not in str(raised.value) and "posts_1.json" in str(raised.value) and "invalid JSON" in str(raised.value)


def test_does_not_claim_other_exports(tmp_path: Path) -> None:
    with ArchiveSource(write_x_archive(tmp_path / "x", numbered_tweets(2))) as source:
        assert InstagramExport.find_roots(source) == []
    for platform in ("facebook", "threads", "twitter", "mastodon", "linkedin", "bluesky"):
        with ArchiveSource(shared_path("fixtures", "real", platform)) as source:
            assert InstagramExport.find_roots(source) == [], platform
    # posts_1.json that is not Instagram's (no media/ uris) is not claimed.
    decoy = write_tree(tmp_path / "decoy", {"posts_1.json": json.dumps([{"id": 1, "media": [{"uri": "https://x"}]}])})
    with ArchiveSource(decoy) as source:
        assert InstagramExport.find_roots(source) == []


# ---------------------------------------------------------------------- through the store



def test_importing_twice_changes_no_row(registered: None, tmp_path: Path, store: Store, db_path: Path) -> None:
    folder = write_tree(tmp_path / "ig", full_export())
    shutil.copytree(shared_path("fixtures", "real", "instagram", "yummyhopper"), folder / "older-download")
    outcomes = pipeline.import_paths(store, [folder])
    assert sorted((o.connector, o.root) for o in outcomes) == [
        ("instagram-export", ""), ("instagram-export", "older-download/"), ("threads-export", "")]
    tables = ("accounts", "items", "media", "reactions")
    before = dump(db_path, tables)
    assert len(before["items"]) == 7 + 7 + 1 and len(before["reactions"]) == 1
    forced = pipeline.import_paths(store, [folder], force=True)
    assert all(o.summary is not None and (o.summary.items_added, o.summary.items_updated) == (0, 0) for o in forced)
    assert dump(db_path, tables) == before
