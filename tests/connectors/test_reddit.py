"""Reddit export connector. No real Reddit export exists among the samples, so every export here
is written at test time from spec §7 (columns confirmed by several independent importers; the
statistics.csv rows follow xavdid/reddit-user-to-sqlite's test fixture)."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource, plan
from footprint.connectors.linkedin import LinkedInArchive
from footprint.connectors.reddit import UNNAMED_ACCOUNT, RedditExport
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

COMMENT_COLUMNS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]
POST_COLUMNS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
THREAD = "https://www.reddit.com/r/ottawa/comments/abc123/transit_woes/"


def table(columns: list[str], rows: list[list[str]], bom: bool = True) -> str:
    """A CSV as Reddit writes it: RFC 4180 quoting, CRLF line ends, a BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return ("\ufeff" if bom else "") + buffer.getvalue()


def export_files() -> dict[str, str]:
    return {
        "statistics.csv": table(["statistic", "value"], [
            ["account name", "pat_example"], ["export time", "2024-05-02 06:57:14 UTC"], ["is_deleted", "False"],
            ["registration date", "2014-05-19 22:02:20 UTC"], ["email verified", "True"],
            ["email address", "pat@example.ca"],
        ]),
        "comments.csv": table(COMMENT_COLUMNS, [
            ["c1", f"{THREAD}c1/", "2024-01-02 03:04:05 UTC", "0.0.0.0", "ottawa", "0", THREAD, "",
             'Crème brûlée & "quotes" 🚍\n\nSecond paragraph, with a comma.', ""],
            ["c2", f"{THREAD}c2/", "2024-01-02 04:00:00 UTC", "", "ottawa", "1", THREAD, "c1", "Je suis d'accord.", ""],
            ["c3", f"{THREAD}c3/", "2024-01-03 05:00:00 UTC", "", "ottawa", "0", THREAD, "t1_zz9", "[deleted]", ""],
            ["c4", f"{THREAD}c4/", "not a date", "", "ottawa", "0", THREAD, "", "lost", ""],
            ["", f"{THREAD}c5/", "2024-01-03 05:00:00 UTC", "", "ottawa", "0", THREAD, "", "no id", ""],
        ]),
        "posts.csv": table(POST_COLUMNS, [
            ["abc123", THREAD, "2024-01-01 12:00:00 UTC", "", "ottawa", "0", "Transit woes", THREAD, "Body text ☕"],
            ["def456", "https://www.reddit.com/r/canada/comments/def456/a_link/", "2024-01-05 12:00:00 UTC", "",
             "canada", "0", "A link", "https://example.ca/article", ""],
            ["ghi789", "https://www.reddit.com/r/canada/comments/ghi789/gone/", "2024-01-06 12:00:00 UTC", "",
             "canada", "0", "Removed title", "https://www.reddit.com/r/canada/comments/ghi789/gone/", "[removed]"],
        ]),
        "comment_headers.csv": table(COMMENT_COLUMNS[:-2], []),
        "saved_posts.csv": table(["id", "permalink"], [["xyz1", "https://www.reddit.com/r/a/comments/xyz1/t/"]]),
        "saved_comments.csv": table(["id", "permalink"], [["k9", "https://www.reddit.com/r/a/comments/xyz1/t/k9/"]]),
        "hidden_posts.csv": table(["id", "permalink"], [["h1", "https://www.reddit.com/r/a/comments/h1/t/"]]),
        "post_votes.csv": table(["id", "permalink", "direction"], [
            ["p1", "https://www.reddit.com/r/a/comments/p1/t/", "up"],
            ["p2", "https://www.reddit.com/r/a/comments/p2/t/", "down"],
            ["p3", "https://www.reddit.com/r/a/comments/p3/t/", "none"],
        ]),
        "comment_votes_1.csv": table(["id", "permalink", "direction"], [["q1", "https://www.reddit.com/r/a/comments/p1/t/q1/", "up"]]),
        "comment_votes_2.csv": table(["id", "permalink", "direction"], [["q2", "https://www.reddit.com/r/a/comments/p1/t/q2/", "up"]]),
        "messages.csv": table(["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"], []),
        "subscribed_subreddits.csv": table(["subreddit"], [["ottawa"]]),
    }


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def read(path: Path) -> list[object]:
    with ArchiveSource(path) as source:
        importer = RedditExport()
        return [r for root in importer.find_roots(source) for r in importer.iter_records(source, root)]


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def test_items_profile_and_reactions(tmp_path: Path) -> None:
    records = read(write(tmp_path / "export", export_files()))
    profile = records[0]
    assert isinstance(profile, Profile)
    assert (profile.native_id, profile.handle, profile.email) == ("pat_example", "pat_example", "pat@example.ca")
    assert profile.created_at == datetime(2014, 5, 19, 22, 2, 20, tzinfo=UTC)
    assert profile.url == "https://www.reddit.com/user/pat_example/"
    items = {i.native_id: i for i in of(records, Item)}
    assert Counter(i.kind for i in items.values()) == {ItemKind.POST: 3, ItemKind.COMMENT: 3}
    assert all(i.account_id == "pat_example" for i in items.values())

    first = items["t1_c1"]
    assert first.text == 'Crème brûlée & "quotes" 🚍\n\nSecond paragraph, with a comma.'
    assert first.created_at == datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert first.url == f"{THREAD}c1/" and first.reply_to == "t3_abc123"
    assert first.raw is not None and first.raw["subreddit"] == "ottawa"
    assert items["t1_c2"].reply_to == "t1_c1"
    deleted = items["t1_c3"]
    assert deleted.deleted and deleted.text == "" and deleted.reply_to == "t1_zz9"
    assert deleted.raw is not None and deleted.raw["body"] == "[deleted]"

    assert items["t3_abc123"].text == "Transit woes\n\nBody text ☕"  # a self post: no url appended
    assert items["t3_def456"].text == "A link\n\nhttps://example.ca/article"
    assert items["t3_ghi789"].deleted and items["t3_ghi789"].text == "Removed title"

    reactions = Counter((r.kind, r.target_id) for r in of(records, Reaction))
    assert reactions == {("save", "t3_xyz1"): 1, ("save", "t1_k9"): 1, ("upvote", "t3_p1"): 1,
                         ("downvote", "t3_p2"): 1, ("upvote", "t1_q1"): 1, ("upvote", "t1_q2"): 1}


def test_bad_rows_and_unread_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    records = read(write(tmp_path / "export", export_files()))
    skipped = of(records, Skipped)
    rows = sorted(s.reason for s in skipped if "#" in s.source)
    assert rows == ["c4: unreadable date 'not a date'", "row without an id"]
    files = {Path(s.source).name: s.reason for s in skipped if "#" not in s.source}
    assert files == {
        "messages.csv": "not audited: private data that is never public",
        "hidden_posts.csv": "not audited: private data that is never public",
        "subscribed_subreddits.csv": "not audited: this kind of data is not public posting",
    }


def test_without_statistics_the_account_is_unnamed_but_stable(tmp_path: Path) -> None:
    files = export_files()
    del files["statistics.csv"]
    records = read(write(tmp_path / "export", files))
    assert records[0] == Profile(platform="reddit", native_id=UNNAMED_ACCOUNT, raw={"statistics": {}})
    assert any("no statistics.csv" in s.reason for s in of(records, Skipped))
    assert {i.account_id for i in of(records, Item)} == {UNNAMED_ACCOUNT}


def test_a_ten_megabyte_body_is_one_cell(tmp_path: Path) -> None:
    body = "Très long. " * (1024 * 1024)
    files = {"comments.csv": table(COMMENT_COLUMNS, [["big", f"{THREAD}big/", "2024-01-02 03:04:05 UTC", "", "ottawa", "0", THREAD, "", body, ""]])}
    (item,) = of(read(write(tmp_path / "export", files)), Item)
    assert item.text == body


def test_broken_file_is_a_one_line_error_naming_the_member(tmp_path: Path) -> None:
    good = table(COMMENT_COLUMNS, [["c1", f"{THREAD}c1/", "2024-01-02 03:04:05 UTC", "", "ottawa", "0", THREAD, "", "ok", ""]])
    export = write(tmp_path / "export", {"comments.csv": good.encode("utf-8") + b"c2,x,2024-01-02 03:04:05 UTC,,o,0,l,,caf\xe9,\r\n"})
    with pytest.raises(SourceFormatError) as raised:
        read(export)
    assert "\n" not in str(raised.value) and "comments.csv" in str(raised.value) and "not UTF-8" in str(raised.value)


def test_memory_stays_flat_on_a_large_comments_file(tmp_path: Path) -> None:
    """Streaming: 12k comments must not be held at once (tracemalloc peak, not time)."""
    import tracemalloc

    rows = [[f"k{i}", f"{THREAD}k{i}/", "2024-01-02 03:04:05 UTC", "", "ottawa", "0", THREAD, "", f"Comment {i} ☕ " * 40, ""]
            for i in range(12_000)]
    export = write(tmp_path / "export", {"comments.csv": table(COMMENT_COLUMNS, rows)})
    size = (export / "comments.csv").stat().st_size
    tracemalloc.start()
    count = 0
    with ArchiveSource(export) as source:
        for record in RedditExport().iter_records(source, ""):
            count += isinstance(record, Item)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 12_000
    assert peak < size / 4, f"peak {peak:,} bytes for a {size:,}-byte comments.csv"


# ---------------------------------------------------------------------------- detection


def test_detection_inside_a_bigger_folder_and_a_zip(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in export_files().items():
            archive.writestr(f"downloads/export_pat_example_20240502/{name}", content)
        archive.writestr("downloads/other/notes.csv", "id,note\n1,x\n")
    with ArchiveSource(bundle) as source:
        assert RedditExport.find_roots(source) == ["downloads/export_pat_example_20240502/"]
        assert LinkedInArchive.find_roots(source) == []  # Reddit's id,permalink,… is not LinkedIn's
    assert len(of(read(bundle), Item)) == 6


def test_detection_claims_no_other_export(tmp_path: Path) -> None:
    with ArchiveSource(write_x_archive(tmp_path / "x", numbered_tweets(2))) as source:
        assert RedditExport.find_roots(source) == []
    # The real samples, LinkedIn's Shares.csv/Comments.csv among them.
    with ArchiveSource(shared_path("fixtures", "real")) as source:
        assert RedditExport.find_roots(source) == []
    youtube = write(tmp_path / "yt", {"Takeout/YouTube and YouTube Music/comments/comments.csv":
        "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n"})
    with ArchiveSource(youtube) as source:
        assert RedditExport.find_roots(source) == []


# ---------------------------------------------------------------------------- through the store



def test_import_twice_changes_nothing(registered: None, store: Store, db_path: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "export.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        for name, content in export_files().items():
            archive.writestr(name, content)
    with ArchiveSource(bundle) as source:
        assert [job.importer for job in plan(source)] == [RedditExport]
    pipeline.import_paths(store, [bundle])
    first = dump(db_path, ("accounts", "items", "reactions"))
    pipeline.import_paths(store, [bundle], force=True)
    assert dump(db_path, ("accounts", "items", "reactions")) == first
    assert len(first["items"]) == 6 and len(first["reactions"]) == 6 and len(first["accounts"]) == 1
