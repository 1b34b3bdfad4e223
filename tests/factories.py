"""Build X archives at test time, shaped like the real YTD files (spec §1, the real samples)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

BASE_TIME = datetime(2021, 3, 4, 15, 30, 0, tzinfo=UTC)
ACCOUNT_ID = "900000001"
HANDLE = "pat_example"


def ytd(name: str, elements: list[Any], part: int = 0) -> str:
    """`window.YTD.<name>.partN = [...]` with the archive's ' : ' pretty printing, no newline."""
    body = json.dumps(elements, indent=2, ensure_ascii=False, separators=(",", " : "))
    return f"window.YTD.{name}.part{part} = {body}"


def twitter_time(when: datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def tweet(
    tweet_id: str,
    text: str,
    *,
    when: datetime | None = None,
    reply_to: str | None = None,
    urls: Iterable[str] = (),
    likes: int = 0,
    retweets: int = 0,
    lang: str = "en",
    media: Iterable[str] = (),
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """One `{"tweet": {...}}` element; text is HTML-escaped as X does (&amp; &lt; &gt;)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body: dict[str, Any] = {
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {
            "hashtags": [],
            "symbols": [],
            "user_mentions": [],
            "urls": [{"url": "https://t.co/x", "expanded_url": u, "display_url": u} for u in urls],
        },
        "display_text_range": ["0", str(len(text))],
        "favorite_count": str(likes),
        "id_str": tweet_id,
        "truncated": False,
        "retweet_count": str(retweets),
        "id": tweet_id,
        "created_at": twitter_time(when or BASE_TIME),
        "favorited": False,
        "full_text": escaped,
        "lang": lang,
    }
    if reply_to:
        body["in_reply_to_status_id_str"] = reply_to
        body["in_reply_to_status_id"] = reply_to
        body["in_reply_to_screen_name"] = "someone"
    media_list = [
        {"type": "photo", "media_url_https": f"https://pbs.twimg.com/media/{m}", "id_str": f"7{i}{tweet_id[-4:]}"}
        for i, m in enumerate(media)
    ]
    if media_list:
        body["extended_entities"] = {"media": media_list}
        body["entities"]["media"] = media_list[:1]
    if extra:
        body.update(extra)
    return {"tweet": body}


def numbered_tweets(count: int, start_id: int = 1300000000000000000, prefix: str = "Ordinary post") -> list[dict[str, Any]]:
    return [
        tweet(str(start_id + i), f"{prefix} number {i} ☕", when=BASE_TIME + timedelta(hours=i))
        for i in range(count)
    ]


def write_x_archive(
    target: Path,
    tweets: list[dict[str, Any]],
    *,
    as_zip: bool = False,
    tweets_file: str = "tweets.js",
    bio: str = "",
    display_name: str = "Pat Example",
    email: str = "pat@example.com",
    handle: str = HANDLE,
    likes: list[dict[str, Any]] | None = None,
    notes: list[dict[str, Any]] | None = None,
    deleted: list[dict[str, Any]] | None = None,
    followers: int = 3,
    extra_files: Mapping[str, str | bytes] | None = None,
    top_folder: str = "",
) -> Path:
    """Write a YTD archive as a folder or a zip and return its path."""
    files: dict[str, str | bytes] = {
        "data/manifest.js": "window.__THAR_CONFIG = "
        + json.dumps(
            {
                "userInfo": {"accountId": ACCOUNT_ID, "userName": handle, "displayName": display_name},
                "archiveInfo": {"generationDate": "2024-01-01T00:00:00.000Z", "isPartialArchive": False},
                "dataTypes": {
                    "tweets": {"files": [{"fileName": f"data/{tweets_file}", "globalName": "YTD.tweets.part0", "count": str(len(tweets))}]},
                    "follower": {"files": [{"fileName": "data/follower.js", "globalName": "YTD.follower.part0", "count": str(followers)}]},
                },
            },
            indent=2,
            separators=(",", " : "),
        ),
        "data/account.js": ytd(
            "account",
            [{"account": {"email": email, "createdVia": "web", "username": handle, "accountId": ACCOUNT_ID,
                          "createdAt": "2012-05-01T10:00:00.000Z", "accountDisplayName": display_name}}],
        ),
        "data/profile.js": ytd(
            "profile",
            [{"profile": {"description": {"bio": bio, "website": "", "location": "Ottawa"},
                          "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/avatar.jpg"}}],
        ),
        f"data/{tweets_file}": ytd("tweets", tweets),
        "data/like.js": ytd("like", likes or []),
        "data/note-tweet.js": ytd("note_tweet", notes or []),
        "data/deleted-tweets.js": ytd("deleted_tweets", deleted or []),
        "data/follower.js": ytd("follower", [{"follower": {"accountId": str(i)}} for i in range(followers)]),
        "data/direct-messages.js": ytd("direct_messages", []),
    }
    files.update(extra_files or {})
    prefix = f"{top_folder}/" if top_folder else ""
    if as_zip:
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                archive.writestr(prefix + name, content)
        return target
    for name, content in files.items():
        path = target / prefix / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return target
