"""YouTube Takeout connector. No real Takeout exists among the samples, so every export here is
written at test time from spec §8.3, with the header and text variants public Takeout parsers
test against: the 2023 layout (`{"takeoutSegments": […]}`), the mid-2024 one (Channel ID first,
bare `{"text":…},{"text":…}` segments), the newest lower-case one with Post ID, and a Spanish
export whose headers are translated ("ID de comentario", "Texto del comentario" …)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource, plan
from footprint.connectors.youtube import YouTubeTakeout, comment_text
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

ME = "UCabcdefghijklmnopqrstuv"
PRODUCT = "Takeout/YouTube and YouTube Music/"
COMMENT_HEADER = ["Comment ID", "Channel ID", "Comment Create Timestamp", "Price", "Parent Comment ID", "Video ID", "Comment Text"]


def table(columns: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def segments(*texts: str, wrapped: bool = True) -> str:
    parts = [{"text": t} for t in texts]
    if wrapped:
        return json.dumps({"takeoutSegments": parts}, ensure_ascii=False, separators=(",", ":"))
    return ",".join(json.dumps(p, ensure_ascii=False, separators=(",", ":")) for p in parts)


def english_export() -> dict[str, str]:
    mention = '{"takeoutSegments":[{"text":"Très bonne vidéo "},{"text":"@someone","mention":{"externalChannelId":"UCy"}},{"text":" 👍"}]}'
    return {
        f"{PRODUCT}comments/comments.csv": table(COMMENT_HEADER, [
            ["UgxtiXQkY7gqHbldJ1F4AaABAg", ME, "2023-09-19T17:42:53.434647+00:00", "0", "", "WtOskFeLmr4", mention],
            ["UgwDN8UeMxW4NDFbvY54AaABAg.9iwJkUYNcXa9u0lv3j3Abh", ME, "2023-08-30T01:54:46Z", "0",
             "UgwDN8UeMxW4NDFbvY54AaABAg", "jH39c5-y6kg", segments("Ligne un\nligne deux")],
            ["UgzBroken000000000000000", ME, "2023-08-30T01:54:46Z", "0", "", "jH39c5-y6kg", '{"takeoutSegments":[{"text":'],
            ["UgzBadTime00000000000000", ME, "last week", "0", "", "jH39c5-y6kg", segments("when?")],
        ]),
        f"{PRODUCT}live chats/live chats.csv": table(
            ["Live Chat ID", "Channel ID", "Live Chat Create Timestamp", "Price", "Video ID", "Live Chat Text"],
            [["UgwsSD8yrDW7_h6F5vZ4AaABDqgB5OC1kgI", ME, "2018-09-02T05:16:35.510381+00:00", "5.00", "0vGCh85obuI",
              segments('"think the right thing" jeez')]],
        ),
        f"{PRODUCT}channels/channel.csv": table(
            ["Channel ID", "Channel Country", "Channel Description (Original)", "Channel Title (Original)", "Channel Visibility"],
            [[ME, "CA", "Vélo et politique publique. Opinions personnelles.", "Amélie T.", "Public"]],
        ),
        f"{PRODUCT}channels/channel URL configs.csv": table(["Channel ID", "Channel Vanity URL 1 Name"], [[ME, "@amelie_t"]]),
        f"{PRODUCT}video metadata/videos.csv": table(
            ["Video ID", "Approx Duration (ms)", "Video Audio Language", "Video Category", "Video Description (Original)",
             "Channel ID", "Video Title (Original)", "Privacy", "Video State", "Video Create Timestamp", "Video Publish Timestamp"],
            [["abcdefghijk", "90000", "fr", "People", "Une balade à Gatineau 🚲", ME, "Balade", "Public", "Processed",
              "2021-01-30T05:26:03+00:00", "2021-01-30T06:00:00+00:00"]],
        ),
        f"{PRODUCT}history/watch-history.json": json.dumps([{"header": "YouTube", "title": "Watched x", "time": "2023-03-14T09:00:00.123Z"}]),
        f"{PRODUCT}my-comments/my-comments.html": "<html><body><ul><li>old</li></ul></body></html>",
    }


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def read(path: Path) -> list[object]:
    with ArchiveSource(path) as source:
        importer = YouTubeTakeout()
        return [r for root in importer.find_roots(source) for r in importer.iter_records(source, root)]


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def test_english_takeout_comments_live_chat_videos_and_channel(tmp_path: Path) -> None:
    records = read(write(tmp_path / "t", english_export()))
    profile = records[0]
    assert isinstance(profile, Profile) and len(of(records, Profile)) == 1
    assert (profile.native_id, profile.handle, profile.display_name) == (ME, "amelie_t", "Amélie T.")
    assert profile.bio == "Vélo et politique publique. Opinions personnelles." and profile.location == "CA"
    assert profile.url == "https://www.youtube.com/@amelie_t"

    items = {i.native_id: i for i in of(records, Item)}
    assert Counter(i.kind for i in items.values()) == {ItemKind.COMMENT: 3, ItemKind.POST: 1}
    first = items["UgxtiXQkY7gqHbldJ1F4AaABAg"]
    assert first.text == "Très bonne vidéo @someone 👍"
    assert first.created_at == datetime(2023, 9, 19, 17, 42, 53, 434647, tzinfo=UTC)
    assert first.url == "https://www.youtube.com/watch?v=WtOskFeLmr4&lc=UgxtiXQkY7gqHbldJ1F4AaABAg"
    assert first.reply_to == "WtOskFeLmr4" and first.account_id == ME
    assert first.raw is not None and first.raw["Price"] == "0"
    reply = items["UgwDN8UeMxW4NDFbvY54AaABAg.9iwJkUYNcXa9u0lv3j3Abh"]
    assert reply.text == "Ligne un\nligne deux" and reply.reply_to == "UgwDN8UeMxW4NDFbvY54AaABAg"
    assert reply.created_at == datetime(2023, 8, 30, 1, 54, 46, tzinfo=UTC)
    chat = items["UgwsSD8yrDW7_h6F5vZ4AaABDqgB5OC1kgI"]
    assert chat.text == '"think the right thing" jeez' and chat.url == "https://www.youtube.com/watch?v=0vGCh85obuI"
    video = items["abcdefghijk"]
    assert video.text == "Balade\n\nUne balade à Gatineau 🚲" and video.visibility == "public"
    assert video.created_at == datetime(2021, 1, 30, 6, 0, tzinfo=UTC)


def test_bad_rows_and_the_old_html_list_are_skipped(tmp_path: Path) -> None:
    records = read(write(tmp_path / "t", english_export()))
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in of(records, Skipped)}
    assert reasons == {
        "comments.csv#2": "comment text is neither plain text nor readable JSON segments",
        "comments.csv#3": "unreadable timestamp 'last week'",
        "my-comments.html": "not audited: the pre-2023 HTML comment list is not read; request a new Takeout, "
        "which lists comments in CSV",
    }


def test_localised_folders_and_headers(tmp_path: Path) -> None:
    export = write(tmp_path / "t", {
        # French folder, mid-2024 English header (Channel ID first), bare segments.
        "Takeout/YouTube et YouTube Music/commentaires/commentaires.csv": table(
            ["Channel ID", "Comment Create Timestamp", "Price", "Comment ID", "Parent Comment ID", "Video ID", "Comment Text"],
            [[ME, "2024-07-01T10:00:00+00:00", "0", "UgytHqobEtqoKm_-pYB4AaABAg", "", "rWVAzS6duAs",
              segments("> cité", "\n", "Ça, c'est fort 💪", wrapped=False)]],
        ),
        # Newest English header: lower case, Post ID and Top-level comment ID columns.
        "Takeout/YouTube et YouTube Music/comments/comments (1).csv": table(
            ["Comment ID", "Channel ID", "Comment create timestamp", "Price", "Parent comment ID", "Post ID", "Video ID",
             "Comment text", "Top-level comment ID"],
            [["UgkxPostComment00000001", ME, "2025-02-11T19:04:00Z", "0", "", "UgkxPost123", "", segments("Sur un post"), ""]],
        ),
        # Spanish headers: the columns are told apart by what they hold.
        "Takeout/YouTube y YouTube\u00a0Music/comentarios/comentarios.csv": table(
            ["ID de comentario", "ID de canal", "Marca de tiempo de creación del comentario", "Precio", "ID de vídeo",
             "Texto del comentario"],
            [["UgzSpanish0000000000001", ME, "2024-03-01T08:00:00Z", "0", "dQw4w9WgXcQ", segments("¡Qué bueno! 🎉", wrapped=False)],
             ["UgzSpanish0000000000002", ME, "2024-03-02T08:00:00Z", "0", "dQw4w9WgXcQ", segments("Otra vez", wrapped=False)]],
        ),
    })
    with ArchiveSource(export) as source:
        assert YouTubeTakeout.find_roots(source) == [
            "Takeout/YouTube et YouTube Music/", "Takeout/YouTube y YouTube\u00a0Music/",
        ]
    records = read(export)
    items = {i.native_id: i for i in of(records, Item)}
    assert items["UgytHqobEtqoKm_-pYB4AaABAg"].text == "> cité\nÇa, c'est fort 💪"
    assert items["UgkxPostComment00000001"].url == "https://www.youtube.com/post/UgkxPost123"
    spanish = items["UgzSpanish0000000000001"]
    assert spanish.text == "¡Qué bueno! 🎉" and spanish.account_id == ME
    assert spanish.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzSpanish0000000000001"
    assert spanish.created_at == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    # No channel.csv: a bare profile for the channel comes before its first comment (once per root).
    assert isinstance(records[0], Profile) and {p.native_id for p in of(records, Profile)} == {ME}


def test_comment_text_forms() -> None:
    assert comment_text('{"takeoutSegments":[{"text":"a"},{"text":"b"}]}') == "ab"
    assert comment_text('{"text":"a"},{"text":"\\n"},{"text":"b"}') == "a\nb"
    assert comment_text('{"text":"seul"}') == "seul"
    assert comment_text("plain old text") == "plain old text"
    assert comment_text('{"text": broken') is None


def test_broken_file_is_a_one_line_error_naming_the_member(tmp_path: Path) -> None:
    good = table(COMMENT_HEADER, [["Ugx1", ME, "2023-09-19T17:42:53Z", "0", "", "WtOskFeLmr4", segments("ok")]])
    bad = good.encode("utf-8") + b'Ugx2,' + ME.encode() + b',2023-09-19T17:42:53Z,0,,WtOskFeLmr4,caf\xe9\n'
    export = write(tmp_path / "t", {f"{PRODUCT}comments/comments.csv": bad})
    with pytest.raises(SourceFormatError) as raised:
        read(export)
    message = str(raised.value)
    assert "\n" not in message and "comments.csv" in message and "not UTF-8" in message


# ---------------------------------------------------------------------------- detection


def test_detection_inside_a_bigger_folder_and_a_zip(tmp_path: Path) -> None:
    bundle = tmp_path / "takeout-20240101T000000Z-001.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in english_export().items():
            archive.writestr(name, content)
        archive.writestr("Takeout/Chrome/History.json", json.dumps({"Browser History": []}))
        archive.writestr("Takeout/archive_browser.html", "<html></html>")
    with ArchiveSource(bundle) as source:
        assert YouTubeTakeout.find_roots(source) == [PRODUCT]
    assert len(of(read(bundle), Item)) == 4
    nested = write(tmp_path / "downloads", {f"google/{name}": content for name, content in english_export().items()})
    with ArchiveSource(nested) as source:
        assert YouTubeTakeout.find_roots(source) == [f"google/{PRODUCT}"]


def test_detection_claims_no_other_export(tmp_path: Path) -> None:
    with ArchiveSource(write_x_archive(tmp_path / "x", numbered_tweets(2))) as source:
        assert YouTubeTakeout.find_roots(source) == []
    with ArchiveSource(shared_path("fixtures", "real")) as source:
        assert YouTubeTakeout.find_roots(source) == []
    others = write(tmp_path / "others", {
        "reddit/comments.csv": table(["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"],
                                     [["c1", "https://www.reddit.com/r/a/comments/p/t/c1/", "2024-01-02 03:04:05 UTC", "", "a", "0",
                                       "https://www.reddit.com/r/a/comments/p/t/", "", '{"text":"json-looking body"}', ""]]),
        "notes/export.csv": table(["when", "what"], [["2024-01-02T03:04:05Z", '{"text":"no channel column"}']]),
    })
    with ArchiveSource(others) as source:
        assert YouTubeTakeout.find_roots(source) == []


# ---------------------------------------------------------------------------- through the store



def test_import_twice_changes_nothing(registered: None, store: Store, db_path: Path, tmp_path: Path) -> None:
    export = write(tmp_path / "t", english_export())
    with ArchiveSource(export) as source:
        assert [job.importer for job in plan(source)] == [YouTubeTakeout]
    pipeline.import_paths(store, [export])
    first = dump(db_path, ("accounts", "items", "reactions"))
    pipeline.import_paths(store, [export], force=True)
    assert dump(db_path, ("accounts", "items", "reactions")) == first
    assert len(first["items"]) == 4 and len(first["accounts"]) == 1 and not first["reactions"]
