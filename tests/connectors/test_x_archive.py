"""X archive connector: the real samples (counts checked by hand with a plain json.loads of each
file) and archives generated here for the cases the samples lack."""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footprint.connectors import ArchiveSource, plan
from footprint.errors import InputError, SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from tests.conftest import shared_path
from tests.factories import ACCOUNT_ID, BASE_TIME, numbered_tweets, tweet, write_x_archive, ytd


def read_all(path: Path) -> list[object]:
    with ArchiveSource(path) as source:
        records: list[object] = list(source.refused)
        for job in plan(source):
            records.extend(job.importer().iter_records(source, job.root))
    return records


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def test_real_2023_archive_counts_checked_by_hand() -> None:
    records = read_all(shared_path("fixtures", "real", "twitter", "vovavasylyna-archive"))
    items = of(records, Item)
    # 30 tweets: 4 start with "RT @", 17 other replies, 1 quote (status URL, not a reply), 8 posts.
    assert len(items) == 30
    assert Counter(i.kind for i in items) == {
        ItemKind.REPLY: 17, ItemKind.POST: 8, ItemKind.REPOST: 4, ItemKind.QUOTE: 1,
    }
    assert sum(len(i.media) for i in items) == 4
    assert len(of(records, Reaction)) == 15
    (profile,) = of(records, Profile)
    assert (profile.native_id, profile.handle, profile.display_name) == ("17920070", "vovavasilina", "Volodya")
    assert profile.followers == 96 and profile.following == 44  # from manifest counts
    first = next(i for i in items if i.native_id == "1657435576369332225")
    assert first.created_at == datetime(2023, 5, 13, 17, 20, 9, tzinfo=UTC)
    assert first.text.startswith("топ київських закладів")
    assert first.url == "https://x.com/vovavasilina/status/1657435576369332225"
    assert first.language == "uk"
    assert all(i.created_at and i.created_at.tzinfo is UTC for i in items)
    assert not of(records, Skipped)


def test_real_profile_only_archive_reads_account_and_counts_followers() -> None:
    records = read_all(shared_path("fixtures", "real", "twitter", "dogsheep-twitter-to-sqlite"))
    (profile,) = of(records, Profile)
    assert profile.handle == "simonw" and profile.email == "swillison@example.com"
    assert profile.followers == 2 and profile.following == 2  # counted from follower.js / following.js
    assert profile.created_at == datetime(2006, 11, 15, 13, 18, 50, tzinfo=UTC)
    skipped = {Path(s.source).name for s in of(records, Skipped)}
    assert skipped == {"account-suspension.js", "app.js", "saved-search.js"}


def test_generated_archive_kinds_text_and_media(tmp_path: Path) -> None:
    tweets = [
        tweet("101", "Bonjour Gatineau! Crème brûlée & café ☕ <3", lang="fr", likes=5, retweets=2),
        tweet("102", "@someone d'accord 👍", reply_to="99"),
        tweet("103", "RT @friend: a long shared post that was cut …"),
        tweet("104", "Look at this", urls=["https://twitter.com/friend/status/555"]),
        tweet("105", "Photo day", media=["abc.jpg", "def.png"]),
    ]
    archive = write_x_archive(
        tmp_path / "arch", tweets, extra_files={"data/tweets_media/105-abc.jpg": b"\xff\xd8\xff"}
    )
    items = {i.native_id: i for i in of(read_all(archive), Item)}
    assert items["101"].text == "Bonjour Gatineau! Crème brûlée & café ☕ <3"
    assert (items["101"].like_count, items["101"].repost_count, items["101"].language) == (5, 2, "fr")
    assert items["102"].kind is ItemKind.REPLY and items["102"].reply_to == "99"
    assert items["103"].kind is ItemKind.REPOST
    assert items["104"].kind is ItemKind.QUOTE and items["104"].quote_of == "https://twitter.com/friend/status/555"
    photos = items["105"].media
    assert [m.source_path for m in photos] == ["data/tweets_media/105-abc.jpg", None]
    assert all(i.account_id == ACCOUNT_ID for i in items.values())


def test_note_tweet_replaces_truncated_text_and_deleted_are_marked(tmp_path: Path) -> None:
    long_text = "Un très long billet sur la fonction publique. " * 10
    truncated = long_text[:270] + "… https://t.co/AbCdEf"
    notes = [{"noteTweet": {"noteTweetId": "888", "createdAt": BASE_TIME.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                            "core": {"text": long_text, "urls": [], "mentions": [], "hashtags": []}}}]
    deleted = [tweet("301", "I said something I regret", extra={"deleted_at": "2023-01-02T03:04:05.000Z"})]
    archive = write_x_archive(tmp_path / "a", [tweet("300", truncated, lang="fr")], notes=notes, deleted=deleted)
    items = {i.native_id: i for i in of(read_all(archive), Item)}
    assert items["300"].text == long_text
    assert items["301"].deleted and not items["300"].deleted


def test_old_tweet_js_name_parts_zip_and_nested_folder(tmp_path: Path) -> None:
    archive = write_x_archive(
        tmp_path / "downloads" / "twitter.zip",
        numbered_tweets(3),
        as_zip=True,
        tweets_file="tweet.js",
        top_folder="twitter-2021-05-01",
        extra_files={"data/tweets-part1.js": ytd("tweets", numbered_tweets(2, start_id=1400000000000000000), part=1)},
    )
    with ArchiveSource(archive) as source:
        jobs = plan(source)
        assert [j.root for j in jobs] == ["twitter-2021-05-01/"]
    items = of(read_all(archive), Item)
    assert len(items) == 5


def test_likes_are_reactions_not_items(tmp_path: Path) -> None:
    likes = [{"like": {"tweetId": "42", "fullText": "Vote &amp; win", "expandedUrl": "https://twitter.com/i/web/status/42"}},
             {"like": {"fullText": "no id"}}]
    records = read_all(write_x_archive(tmp_path / "a", [], likes=likes))
    (reaction,) = of(records, Reaction)
    assert (reaction.kind, reaction.target_id, reaction.text) == ("like", "42", "Vote & win")
    assert any(s.reason == "like without a tweetId" for s in of(records, Skipped))
    assert any("direct-messages.js" in s.source and "private" in s.reason for s in of(records, Skipped))


def test_bad_records_are_skipped_with_reasons(tmp_path: Path) -> None:
    tweets = [tweet("1", "fine"), {"tweet": {"full_text": "no id"}}, tweet("2", "bad date", extra={"created_at": "yesterday"}), "junk"]
    records = read_all(write_x_archive(tmp_path / "a", tweets))  # type: ignore[arg-type]
    assert [i.native_id for i in of(records, Item)] == ["1"]
    reasons = sorted(s.reason for s in of(records, Skipped) if "#" in s.source)
    assert reasons == ["not a tweet object", "tweet 2: unreadable created_at 'yesterday'", "tweet without an id"]


def test_invalid_json_is_a_one_line_error_naming_the_member(tmp_path: Path) -> None:
    archive = write_x_archive(tmp_path / "a", [], extra_files={"data/tweets.js": 'window.YTD.tweets.part0 = [ {"tweet" : { "id_str" : "1", '})
    with pytest.raises(SourceFormatError) as raised:
        read_all(archive)
    message = str(raised.value)
    assert "\n" not in message and "tweets.js" in message and "invalid JSON" in message


def test_truncated_zip_is_a_one_line_error(tmp_path: Path) -> None:
    archive = write_x_archive(tmp_path / "a.zip", numbered_tweets(50), as_zip=True)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as raised:
        read_all(archive)
    assert "a.zip" in str(raised.value) and "\n" not in str(raised.value)


def test_unknown_content_lists_supported_formats(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InputError, match="a folder of 1 file, none of them a supported export; supported: .*, X and YouTube exports"):
        read_all(tmp_path)


def test_unsafe_zip_members_are_refused_not_followed(tmp_path: Path) -> None:
    archive = write_x_archive(tmp_path / "a.zip", numbered_tweets(1), as_zip=True)
    with zipfile.ZipFile(archive, "a") as handle:
        handle.writestr("../../evil.js", "window.YTD.tweets.part0 = []")
        handle.writestr("/etc/passwd.js", "x")
    records = read_all(archive)
    refused = {s.source for s in of(records, Skipped) if "unsafe" in s.reason}
    assert refused == {"../../evil.js", "/etc/passwd.js"}
    assert len(of(records, Item)) == 1


def test_zip_bomb_member_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * (64 * 1024 * 1024) + b"]")
    with pytest.raises(InputError, match="zip bomb"):
        ArchiveSource(archive)


def test_memory_stays_flat_on_a_large_archive(tmp_path: Path) -> None:
    """Streaming: reading 60k tweets must not hold them all (tracemalloc peak, not time)."""
    import tracemalloc

    archive = write_x_archive(tmp_path / "big", numbered_tweets(60_000))
    size = (archive / "data" / "tweets.js").stat().st_size
    tracemalloc.start()
    count = 0
    with ArchiveSource(archive) as source:
        for job in plan(source):
            for record in job.importer().iter_records(source, job.root):
                count += isinstance(record, Item)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 60_000
    assert peak < size / 4, f"peak {peak:,} bytes for a {size:,}-byte tweets.js"
