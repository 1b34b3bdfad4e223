"""Minimal valid exports of every supported format, as {member name: bytes}, and writers that lay
them out as a folder, a zip or a tar(.gz). Hostile cases start from these and break one thing.

Each export holds one ordinary post (so a successful import has something to count) and is
recognised by exactly one importer. Nothing here is large; big inputs are streamed by the cases.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import tarfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import libipld

Files = dict[str, bytes]

POST_TEXT = "Ordinary post about my weekend ☕"
X_ID = "900000001"
MASTODON_ACTOR = "https://social.example/users/pat"
BLUESKY_DID = "did:plc:abcdefghijklmnopqrstuvwx"
YOUTUBE_CHANNEL = "UCabcdefghijklmnopqrstuv"


# ---------------------------------------------------------------------------- helpers


def ytd(name: str, elements: Any) -> bytes:
    return f"window.YTD.{name}.part0 = {json.dumps(elements, ensure_ascii=False, indent=1)}".encode()


def meta_json(value: Any) -> bytes:
    """JSON as Meta writes it: each UTF-8 byte of every string escaped as its own \\u00XX."""

    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return v.encode("utf-8").decode("latin-1")
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            return {walk(k): walk(x) for k, x in v.items()}
        return v

    return json.dumps(walk(value), indent=1, ensure_ascii=True).encode()


def csv_bytes(columns: list[str], rows: list[list[str]], *, bom: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8")


def entry(value: str = "", timestamp: int = 0) -> dict[str, Any]:
    return {"href": "", "value": value, "timestamp": timestamp}


# ---------------------------------------------------------------------------- X


def x_tweet(tweet_id: str = "1300000000000000001", text: str = POST_TEXT, **extra: Any) -> dict[str, Any]:
    body = {"id_str": tweet_id, "id": tweet_id, "created_at": "Thu Mar 04 15:30:00 +0000 2021",
            "full_text": text, "lang": "en", "favorite_count": "0", "retweet_count": "0",
            "entities": {"urls": []}}
    body.update(extra)
    return {"tweet": body}


def x_account(**extra: Any) -> dict[str, Any]:
    account = {"accountId": X_ID, "username": "pat_example", "accountDisplayName": "Pat Example",
               "createdAt": "2012-05-01T10:00:00.000Z", "email": "pat@example.com"}
    account.update(extra)
    return account


def x_archive(tweets: list[Any] | None = None, *, account: Mapping[str, Any] | None = None,
              display_name: str = "Pat Example", bio: str = "", website: str = "") -> Files:
    return {
        "data/account.js": ytd("account", [{"account": dict(account or x_account(accountDisplayName=display_name))}]),
        "data/profile.js": ytd("profile", [{"profile": {"description": {"bio": bio, "website": website, "location": ""}}}]),
        "data/tweets.js": ytd("tweets", [x_tweet()] if tweets is None else tweets),
    }


# ---------------------------------------------------------------------------- Mastodon


def mastodon_note(status_id: str = "110000000000000001", html: str = f"<p>{POST_TEXT}</p>", **extra: Any) -> dict[str, Any]:
    uri = f"{MASTODON_ACTOR}/statuses/{status_id}"
    public = ["https://www.w3.org/ns/activitystreams#Public"]
    obj = {"id": uri, "type": "Note", "published": "2023-03-04T15:30:00Z", "url": f"https://social.example/@pat/{status_id}",
           "to": public, "cc": [f"{MASTODON_ACTOR}/followers"], "content": html, "contentMap": {"en": html}, "attachment": []}
    obj.update(extra)
    return {"id": f"{uri}/activity", "type": "Create", "actor": MASTODON_ACTOR, "published": "2023-03-04T15:30:00Z",
            "to": public, "cc": obj["cc"], "object": obj}


def mastodon_collection(items: list[Any]) -> bytes:
    return json.dumps({"id": "outbox.json", "type": "OrderedCollection", "orderedItems": items}, ensure_ascii=False).encode()


def mastodon_actor(**extra: Any) -> dict[str, Any]:
    actor = {"id": MASTODON_ACTOR, "type": "Person", "preferredUsername": "pat", "name": "Pat",
             "summary": "<p>Public servant. Opinions mine.</p>", "url": "https://social.example/@pat",
             "followers": f"{MASTODON_ACTOR}/followers", "outbox": "outbox.json", "likes": "likes.json",
             "published": "2022-11-07T00:00:00Z"}
    actor.update(extra)
    return actor


def mastodon_archive(activities: list[Any] | None = None, *, actor: Mapping[str, Any] | None = None) -> Files:
    return {
        "actor.json": json.dumps(dict(actor or mastodon_actor()), ensure_ascii=False).encode(),
        "outbox.json": mastodon_collection([mastodon_note()] if activities is None else activities),
        "likes.json": mastodon_collection(["https://other.example/statuses/1"]),
    }


# ---------------------------------------------------------------------------- Bluesky


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def cbor_block(data: bytes) -> tuple[bytes, bytes]:
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest(), data


def car_bytes(records: Mapping[str, Any] | None = None, *, raw_records: Mapping[str, bytes] | None = None,
              did: str = BLUESKY_DID) -> bytes:
    """A repository export: header, commit, one flat MST node, the record blocks."""
    if records is None:
        records = {
            "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Pat", "description": "Me"},
            "app.bsky.feed.post/3kabcdefghi22": {"$type": "app.bsky.feed.post", "text": POST_TEXT,
                                                 "createdAt": "2024-06-01T12:00:00Z", "langs": ["en"]},
        }
    blocks: list[tuple[bytes, bytes]] = []
    pairs: list[tuple[str, bytes]] = []
    for key, record in records.items():
        cid, data = cbor_block(libipld.encode_dag_cbor(record))
        blocks.append((cid, data))
        pairs.append((key, cid))
    for key, data in (raw_records or {}).items():
        cid, data = cbor_block(data)
        blocks.append((cid, data))
        pairs.append((key, cid))
    entries, previous = [], b""
    for key, cid in sorted(pairs):
        full = key.encode()
        shared = 0
        while shared < min(len(full), len(previous)) and full[shared] == previous[shared]:
            shared += 1
        entries.append({"p": shared, "k": full[shared:], "v": cid, "t": None})
        previous = full
    node_cid, node = cbor_block(libipld.encode_dag_cbor({"l": None, "e": entries}))
    commit_cid, commit = cbor_block(libipld.encode_dag_cbor(
        {"did": did, "version": 3, "data": node_cid, "rev": "3kzzzzzzzzz22", "prev": None, "sig": b"\x00" * 64}))
    header = libipld.encode_dag_cbor({"version": 1, "roots": [commit_cid]})
    out = bytearray(varint(len(header)) + header)
    for cid, data in [(commit_cid, commit), (node_cid, node), *blocks]:
        out += varint(len(cid) + len(data)) + cid + data
    return bytes(out)


def bluesky_export(records: Mapping[str, Any] | None = None, **kwargs: Any) -> Files:
    return {"repo.car": car_bytes(records, **kwargs)}


# ---------------------------------------------------------------------------- Meta


def facebook_export(posts: list[Any] | None = None, *, profile: Mapping[str, Any] | None = None) -> Files:
    return {
        "your_activity_across_facebook/posts/your_posts_1.json": meta_json(
            [{"timestamp": 1600000000, "data": [{"post": POST_TEXT}], "title": ""}] if posts is None else posts),
        "personal_information/profile_information/profile_information.json": meta_json(
            {"profile_v2": dict(profile or {"name": {"full_name": "Pat Example"}, "username": "pat.example"})}),
    }


def instagram_export(posts: list[Any] | None = None, *, fields: Mapping[str, Any] | None = None) -> Files:
    return {
        "personal_information/personal_information/personal_information.json": meta_json({"profile_user": [{
            "string_map_data": dict(fields or {"Username": entry("pat.example"), "Name": entry("Pat Example")})}]}),
        "your_instagram_activity/content/posts_1.json": meta_json(
            [{"media": [{"uri": "media/posts/202406/a_1.jpg", "creation_timestamp": 1719792000, "title": POST_TEXT}]}]
            if posts is None else posts),
    }


def threads_export(posts: list[Any] | None = None, *, fields: Mapping[str, Any] | None = None) -> Files:
    return {
        "your_instagram_activity/threads/threads_and_replies.json": meta_json({"text_post_app_text_posts": (
            [{"media": [{"uri": "", "creation_timestamp": 1720000000, "title": POST_TEXT}]}] if posts is None else posts)}),
        "your_instagram_activity/threads/personal_information.json": meta_json({"text_post_app_text_post_app_profile": [
            {"string_map_data": dict(fields or {"Username": entry("pat.example"), "Bio": entry("Opinions mine")})}]}),
    }


# ---------------------------------------------------------------------------- CSV exports

LINKEDIN_SHARES = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
REDDIT_COMMENTS = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]
THREAD = "https://www.reddit.com/r/ottawa/comments/abc123/transit_woes/"
YOUTUBE_COMMENTS = ["Comment ID", "Channel ID", "Comment Create Timestamp", "Price", "Parent Comment ID", "Video ID",
                    "Comment Text"]


def linkedin_export(rows: list[list[str]] | None = None) -> Files:
    link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A101"
    return {
        "Profile.csv": csv_bytes(["First Name", "Last Name", "Headline", "Summary", "Geo Location", "Websites"],
                                 [["Pat", "Example", "Analyst", "", "Ottawa", ""]]),
        "Shares.csv": csv_bytes(LINKEDIN_SHARES, [["2024-03-01 12:00:00", link, POST_TEXT, "", "", "PUBLIC"]]
                                if rows is None else rows),
    }


def reddit_export(rows: list[list[str]] | None = None) -> Files:
    return {
        "statistics.csv": csv_bytes(["statistic", "value"], [["account name", "pat_example"]]),
        "comments.csv": csv_bytes(REDDIT_COMMENTS, [["c1", f"{THREAD}c1/", "2024-01-02 03:04:05 UTC", "", "ottawa", "0",
                                                     THREAD, "", POST_TEXT, ""]] if rows is None else rows),
    }


def tiktok_export(videos: list[Any] | None = None, *, profile: Mapping[str, Any] | None = None) -> Files:
    data = {
        "Activity": {"Like List": {"ItemFavoriteList": []}},
        "Profile": {"Profile Information": {"ProfileMap": dict(profile or {"userName": "pat.example", "bioDescription": ""})}},
        "Video": {"Videos": {"VideoList": [
            {"Date": "2023-01-02 03:04:05", "Link": "https://www.tiktokv.com/share/video/7185551234567890123/",
             "Likes": "1", "Title": POST_TEXT}] if videos is None else videos}},
    }
    return {"user_data_tiktok.json": json.dumps(data, ensure_ascii=False).encode()}


def youtube_segments(text: str) -> str:
    return json.dumps({"takeoutSegments": [{"text": text}]}, ensure_ascii=False)


def youtube_export(rows: list[list[str]] | None = None) -> Files:
    return {
        "Takeout/YouTube and YouTube Music/comments/comments.csv": csv_bytes(YOUTUBE_COMMENTS, [
            ["UgxtiXQkY7gqHbldJ1F4AaABAg", YOUTUBE_CHANNEL, "2023-09-19T17:42:53+00:00", "0", "", "WtOskFeLmr4",
             youtube_segments(POST_TEXT)]] if rows is None else rows),
    }


#: connector name -> builder of a minimal valid export
EXPORTS: dict[str, Callable[[], Files]] = {
    "x-archive": x_archive,
    "mastodon-archive": mastodon_archive,
    "bluesky-car": bluesky_export,
    "facebook-dyi": facebook_export,
    "instagram-export": instagram_export,
    "threads-export": threads_export,
    "linkedin-export": linkedin_export,
    "reddit-export": reddit_export,
    "tiktok-export": tiktok_export,
    "youtube-takeout": youtube_export,
}

#: connector name -> the member that holds the posts (what hostile content replaces)
POSTS_MEMBER: dict[str, str] = {
    "x-archive": "data/tweets.js",
    "mastodon-archive": "outbox.json",
    "bluesky-car": "repo.car",
    "facebook-dyi": "your_activity_across_facebook/posts/your_posts_1.json",
    "instagram-export": "your_instagram_activity/content/posts_1.json",
    "threads-export": "your_instagram_activity/threads/threads_and_replies.json",
    "linkedin-export": "Shares.csv",
    "reddit-export": "comments.csv",
    "tiktok-export": "user_data_tiktok.json",
    "youtube-takeout": "Takeout/YouTube and YouTube Music/comments/comments.csv",
}


# ---------------------------------------------------------------------------- writers


def write_folder(target: Path, files: Mapping[str, bytes]) -> Path:
    for name, content in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return target


def write_zip(target: Path, files: Mapping[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return target


def write_tar(target: Path, files: Mapping[str, bytes], *, mode: str = "w:gz",
              extra: Callable[[tarfile.TarFile], None] | None = None) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(target, mode) as archive:  # type: ignore[call-overload]
        for name, content in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
        if extra is not None:
            extra(archive)
    return target


# ---------------------------------------------------------------------------- rich variants
#
# Every file and field each importer reads, so the property tests can reach the code behind
# each of them (the minimal exports above keep one post, for counting).


def rich_x() -> Files:
    tweets = [
        x_tweet("1300000000000000001", "RT @someone: shared"),
        x_tweet("1300000000000000002", "@someone a reply", in_reply_to_status_id_str="1299", in_reply_to_status_id="1299"),
        x_tweet("1300000000000000003", "look https://t.co/abc", entities={"urls": [
            {"url": "https://t.co/abc", "expanded_url": "https://x.com/other/status/1299"}]},
            extended_entities={"media": [{"type": "photo", "media_url_https": "https://pbs.twimg.com/media/a.jpg",
                                          "id_str": "77"}]}),
        x_tweet("1300000000000000004", "Long post start… https://t.co/xyz", created_at="Thu Mar 04 16:30:00 +0000 2021"),
    ]
    manifest = {"userInfo": {"accountId": X_ID, "userName": "pat_example", "displayName": "Pat"},
                "dataTypes": {"tweets": {"files": [{"fileName": "data/tweets.js", "count": "4"}]},
                              "follower": {"files": [{"fileName": "data/follower.js", "count": "2"}]}}}
    files = x_archive(tweets, bio="Analyst", website="https://example.ca")
    files.update({
        "data/manifest.js": b"window.__THAR_CONFIG = " + json.dumps(manifest).encode(),
        "data/note-tweet.js": ytd("note_tweet", [{"noteTweet": {"createdAt": "2021-03-04T16:30:00.000Z",
                                                                "core": {"text": "Long post start and the rest"}}}]),
        "data/like.js": ytd("like", [{"like": {"tweetId": "5", "fullText": "liked &amp; shared",
                                               "expandedUrl": "https://x.com/i/web/status/5"}}, {"like": {}}]),
        "data/deleted-tweets.js": ytd("deleted_tweets", [x_tweet("1300000000000000009", "gone")]),
        "data/follower.js": ytd("follower", [{"follower": {"accountId": "1"}}, {"follower": {"accountId": "2"}}]),
        "data/direct-messages.js": ytd("direct_messages", []),
        "data/tweets_media/1300000000000000003-a.jpg": b"\xff\xd8\xff",
    })
    return files


def rich_mastodon() -> Files:
    poll = mastodon_note("110000000000000002", "<p>Which?</p>", oneOf=[{"type": "Note", "name": "A"}, {"name": "B"}],
                         summary="CW text", inReplyTo="https://other.example/statuses/1",
                         likes={"totalItems": 3}, shares={"totalItems": "2"}, quote="https://other.example/statuses/2",
                         attachment=[{"type": "Document", "mediaType": "image/png",
                                      "url": "/system/media_attachments/files/109/447/original/x.png"},
                                     {"type": "Document", "url": {"type": "Link", "href": "https://cdn.example/v.mp4"},
                                      "mediaType": "video/mp4"}])
    direct = mastodon_note("110000000000000003", "<p>private</p>")
    direct["to"] = direct["object"]["to"] = ["https://other.example/users/sam"]
    direct["cc"] = direct["object"]["cc"] = []
    boost = {"id": f"{MASTODON_ACTOR}/statuses/110000000000000004/activity", "type": "Announce",
             "published": "2023-03-05T10:00:00Z", "to": ["https://www.w3.org/ns/activitystreams#Public"],
             "object": "https://other.example/statuses/3"}
    actor = mastodon_actor(
        attachment=[{"type": "PropertyValue", "name": "Web", "value": '<a href="https://pat.example">pat.example</a>'}],
        icon={"type": "Image", "url": "avatar.png"}, image={"type": "Image", "url": "https://cdn.example/h.jpg"},
        bookmarks="bookmarks.json")
    files = mastodon_archive([mastodon_note(), poll, direct, boost, {"type": "Delete"}], actor=actor)
    files["bookmarks.json"] = mastodon_collection(["https://other.example/statuses/9", 5])
    files["avatar.png"] = b"\x89PNG"
    files["media_attachments/files/109/447/original/x.png"] = b"\x89PNG"
    return files


def rich_facebook() -> Files:
    posts = [{"timestamp": 1600000000, "title": "Pat shared a link.", "data": [{"post": POST_TEXT}, {"update_timestamp": 1}],
              "attachments": [{"data": [{"external_context": {"name": "News", "url": "https://example.ca/n"}},
                                        {"media": {"uri": "posts/media/1.jpg", "description": "caption",
                                                   "media_metadata": {"photo_metadata": {}}}}]}]},
             {"timestamp": 1600000100, "title": "Pat updated.", "data": []}]
    comments = {"comments_v2": [{"timestamp": 1600000200, "title": "Pat commented.",
                                 "data": [{"comment": {"timestamp": 1600000200, "comment": "Nice", "author": "Pat"}}],
                                 "attachments": [{"data": [{"external_context": {"url": "https://gif.example/x.gif"}}]}]}]}
    groups = {"group_posts_v2": [{"timestamp": 1650000000, "title": "Pat posted in G.", "data": [{"post": "Group post"}]}]}
    profile = {"name": {"full_name": "Pat Example"}, "username": "pat.example",
               "emails": {"emails": ["pat@example.com"]}, "websites": [{"address": "https://pat.example"}],
               "current_city": {"name": "Ottawa"}, "registration_timestamp": 1234567890,
               "profile_uri": "https://www.facebook.com/pat.example"}
    page = ("<html><body><div><div>Pat Example updated</div><div><div>Hello <a href='https://example.ca'>link</a>"
            "<img src='posts/media/1.jpg'></div></div><div>Jan 02, 2021 3:04:05 pm</div></div></body></html>")
    return {
        "your_activity_across_facebook/posts/your_posts_1.json": meta_json(posts),
        "your_activity_across_facebook/posts/your_posts_2.html": page.encode(),
        "your_activity_across_facebook/posts/media/1.jpg": b"\xff\xd8",
        "your_activity_across_facebook/comments_and_reactions/comments.json": meta_json(comments),
        "your_activity_across_facebook/groups/your_posts_and_comments_in_groups.json": meta_json(groups),
        "personal_information/profile_information/profile_information.json": meta_json({"profile_v2": profile}),
        "your_activity_across_facebook/messages/inbox/sam/message_1.json": meta_json({"messages": []}),
    }


def rich_instagram() -> Files:
    act = "your_instagram_activity/"
    return {
        "personal_information/personal_information/personal_information.json": meta_json({"profile_user": [{
            "media_map_data": {"Profile Photo": {"uri": "media/profile/me.jpg"}},
            "string_map_data": {"Username": entry("pat.example"), "Name": entry("Pat"), "Bio": entry("Bio"),
                                "Email": entry("pat@example.com"), "Website": entry("https://pat.example"),
                                "Private Account": entry("False")}}]}),
        "personal_information/personal_information/profile_photos.json": meta_json({"ig_profile_picture": [
            {"uri": "media/profile/me.jpg", "creation_timestamp": 1600000000, "is_profile_picture": True}]}),
        f"{act}content/posts_1.json": meta_json([
            {"media": [{"uri": "media/posts/a.jpg", "creation_timestamp": 1719792000, "title": POST_TEXT,
                        "media_metadata": {"photo_metadata": {"exif_data": []}}}]},
            {"title": "Carousel", "creation_timestamp": 1720000001,
             "media": [{"uri": "media/posts/b.jpg", "creation_timestamp": 1720000000, "title": ""},
                       {"uri": "media/posts/Bvideo", "media_metadata": {"video_metadata": {}}}]}]),
        f"{act}content/reels.json": meta_json({"ig_reels_media": [{"media": [
            {"uri": "media/reels/r.mp4", "creation_timestamp": 1726000000, "title": "Reel"}]}]}),
        f"{act}content/stories.json": meta_json({"ig_stories": [
            {"uri": "media/stories/s.jpg", "creation_timestamp": 1728000000, "title": "Story"}]}),
        f"{act}comments/post_comments_1.json": meta_json([{"string_map_data": {
            "Comment": entry("Nice"), "Media Owner": entry("sam"), "Time": entry(timestamp=1700000000)}}]),
        f"{act}comments/reels_comments.json": meta_json({"comments_reels_comments": [{"string_map_data": {
            "Comment": entry("Great"), "Time": entry(timestamp=1701000000)}}]}),
        f"{act}likes/liked_posts.json": meta_json({"likes_media_likes": [{"title": "sam", "string_list_data": [
            {"href": "https://www.instagram.com/p/x/", "value": "👍", "timestamp": 1702000000}]}]}),
        "media/posts/a.jpg": b"\xff\xd8",
    }


def rich_threads() -> Files:
    files = threads_export([
        {"media": [{"uri": "", "creation_timestamp": 1720000000, "title": POST_TEXT}]},
        {"title": "Photo", "creation_timestamp": 1720000200,
         "media": [{"uri": "media/posts/p.jpg", "creation_timestamp": 1720000200, "title": ""}]}])
    files["your_instagram_activity/threads/liked_threads.json"] = meta_json({"text_post_app_media_likes": [
        {"title": "sam", "string_list_data": [{"href": "https://www.threads.net/@sam/post/x", "timestamp": 1720500000}]}]})
    files["personal_information/personal_information/personal_information.json"] = meta_json({"profile_user": [
        {"string_map_data": {"Username": entry("pat.example")}}]})
    return files


def rich_linkedin() -> Files:
    link = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{}"
    files = linkedin_export([
        ["2024-03-01 12:00:00", link.format(1), '"Line one."\n""\n"Line two"', "", "", "PUBLIC"],
        ["2024-03-02 12:00:00", link.format(2), "", "", "", "MEMBER_NETWORK"],
        ["2024-03-03 08:00:00", link.format(3), "Photos", "", "https://media.licdn.com/a.jpg", "PUBLIC"],
        ["2024-03-03 08:00:00", link.format(3), "Photos", "", "https://media.licdn.com/b.mp4", "PUBLIC"],
    ])
    files["Positions.csv"] = csv_bytes(["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
                                       [["ESDC", "Analyst", "", "Gatineau", "Jan 2020", ""]])
    files["Email Addresses.csv"] = csv_bytes(["Email Address", "Confirmed", "Primary", "Updated On"],
                                             [["pat@example.ca", "Yes", "Yes", "1/2/20"]])
    files["Comments.csv"] = b'Date,Link,Message\n2024-03-04 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A5,"I \\"agree\\""\n'
    files["Reactions.csv"] = csv_bytes(["Date", "Type", "Link"], [["2024-03-05 11:00:00", "LIKE", link.format(7)]])
    files["messages.csv"] = csv_bytes(["FROM", "TO", "CONTENT"], [["a", "b", "hi"]])
    files["Articles/Articles/a.html"] = b"<html>article</html>"
    return files


def rich_reddit() -> Files:
    files = reddit_export([
        ["c1", f"{THREAD}c1/", "2024-01-02 03:04:05 UTC", "", "ottawa", "0", THREAD, "", POST_TEXT, ""],
        ["c2", f"{THREAD}c2/", "2024-01-02 04:00:00 UTC", "", "ottawa", "0", THREAD, "t1_c1", "[deleted]", "https://i.redd.it/x.png"],
    ])
    files["posts.csv"] = csv_bytes(["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"], [
        ["abc123", THREAD, "2024-01-01 12:00:00 UTC", "", "ottawa", "0", "Title", THREAD, "Body"],
        ["def456", "/r/canada/comments/def456/a/", "2024-01-05 12:00:00 UTC", "", "canada", "0", "Link", "https://example.ca", ""]])
    files["saved_posts.csv"] = csv_bytes(["id", "permalink"], [["xyz1", "https://www.reddit.com/r/a/comments/xyz1/t/"]])
    files["post_votes.csv"] = csv_bytes(["id", "permalink", "direction"], [["p1", "/r/a/comments/p1/t/", "up"],
                                                                           ["p2", "/r/a/comments/p2/t/", "none"]])
    files["messages.csv"] = csv_bytes(["id", "body"], [["m1", "hi"]])
    return files


def rich_tiktok() -> Files:
    data = {
        "Activity": {"Like List": {"ItemFavoriteList": [{"Date": "2023-02-02 10:00:00", "Link": "https://www.tiktokv.com/share/video/2/"}]},
                     "Favorite Videos": {"FavoriteVideoList": [{"Date": "2023-02-01 10:00:00", "Link": "https://www.tiktokv.com/share/video/3/"}]},
                     "Follower List": {"FansList": [{"Date": "2023-01-01 00:00:00", "UserName": "fan"}]},
                     "Following List": {"Following": [{"Date": "2023-01-01 00:00:00", "UserName": "someone"}]}},
        "Comment": {"Comments": {"CommentsList": [{"Date": "2023-03-04 15:30:00", "Comment": "Nice", "Photo": "N/A",
                                                   "Url": "https://www.tiktok.com/@friend/video/7355555555555555555"}]}},
        "Direct Messages": {"Chat History": {"ChatHistory": {}}},
        "Profile": {"Profile Information": {"ProfileMap": {"userName": "pat.example", "bioDescription": "Bio",
                                                           "emailAddress": "pat@example.ca", "profilePhoto": "https://p.example/a.jpg"}}},
        "Video": {"Videos": {"VideoList": [{"Date": "2023-01-02 03:04:05", "Link": "https://www.tiktokv.com/share/video/7185551234567890123/",
                                            "Likes": "12", "Title": POST_TEXT, "WhoCanView": "Everyone"}]},
                  "Recently Deleted Posts": {"VideoList": [{"Date": "2023-01-03 03:04:05", "Link": "", "Title": "gone"}]}},
    }
    return {"user_data_tiktok.json": json.dumps(data, ensure_ascii=False).encode()}


def rich_youtube() -> Files:
    product = "Takeout/YouTube and YouTube Music/"
    files = youtube_export([
        ["UgxtiXQkY7gqHbldJ1F4AaABAg", YOUTUBE_CHANNEL, "2023-09-19T17:42:53+00:00", "0", "", "WtOskFeLmr4", youtube_segments(POST_TEXT)],
        ["UgwDN8UeMxW4NDFbvY54AaABAg.9iw", YOUTUBE_CHANNEL, "2023-08-30T01:54:46Z", "0", "UgwDN8UeMxW4NDFbvY54AaABAg", "",
         '{"text":"bare"},{"text":" segments"}'],
    ])
    files[f"{product}live chats/live chats.csv"] = csv_bytes(
        ["Live Chat ID", "Channel ID", "Live Chat Create Timestamp", "Price", "Video ID", "Live Chat Text"],
        [["UgwsSD8yrDW7_h6F5vZ4AaABDqgB5OC1kgI", YOUTUBE_CHANNEL, "2018-09-02T05:16:35+00:00", "5.00", "0vGCh85obuI", youtube_segments("chat")]])
    files[f"{product}channels/channel.csv"] = csv_bytes(
        ["Channel ID", "Channel Country", "Channel Description (Original)", "Channel Title (Original)"],
        [[YOUTUBE_CHANNEL, "CA", "About me", "Pat"]])
    files[f"{product}channels/channel URL configs.csv"] = csv_bytes(["Channel ID", "Channel Vanity URL 1 Name"], [[YOUTUBE_CHANNEL, "@pat"]])
    files[f"{product}video metadata/videos.csv"] = csv_bytes(
        ["Video ID", "Video Description (Original)", "Channel ID", "Video Title (Original)", "Privacy",
         "Video Create Timestamp", "Video Publish Timestamp"],
        [["abcdefghijk", "A ride", YOUTUBE_CHANNEL, "Ride", "Public", "2021-01-30T05:26:03+00:00", ""]])
    files[f"{product}my-comments/my-comments.html"] = b"<html><body><ul><li>old</li></ul></body></html>"
    return files


def rich_bluesky() -> Files:
    post = "app.bsky.feed.post"
    other = "at://did:plc:other/app.bsky.feed.post/3kabcdefghi22"
    image = {"$type": "blob", "ref": b"\x01\x55\x12\x20" + bytes(32), "mimeType": "image/jpeg", "size": 3}
    return bluesky_export({
        "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": "Pat", "description": "Bio",
                                        "avatar": image, "createdAt": "2023-11-20T15:00:00.000Z"},
        f"{post}/3kabcdefghi22": {"$type": post, "text": "Read gazette.gc.ca/rp...", "createdAt": "2024-06-01T12:00:00Z",
                                  "langs": ["en"], "facets": [{"index": {"byteStart": 5, "byteEnd": 24}, "features": [
                                      {"$type": "app.bsky.richtext.facet#link", "uri": "https://gazette.gc.ca/rp/x"}]}]},
        f"{post}/3kabcdefghi23": {"$type": post, "text": "reply", "createdAt": "2024-06-02T08:30:00",
                                  "reply": {"root": {"uri": other}, "parent": {"uri": other}}},
        f"{post}/3kabcdefghi24": {"$type": post, "text": "quote", "createdAt": "bad",
                                  "embed": {"$type": "app.bsky.embed.recordWithMedia",
                                            "media": {"$type": "app.bsky.embed.images", "images": [{"image": image}]},
                                            "record": {"record": {"uri": other}}}},
        "app.bsky.feed.repost/3kzrepost2222": {"$type": "app.bsky.feed.repost", "subject": {"uri": other}},
        "app.bsky.feed.like/3kzlike222222": {"$type": "app.bsky.feed.like", "subject": {"uri": other}},
        "app.bsky.graph.follow/3kzfollow2222": {"$type": "app.bsky.graph.follow", "subject": "did:plc:x"},
    })


RICH: dict[str, Callable[[], Files]] = {
    "x-archive": rich_x,
    "mastodon-archive": rich_mastodon,
    "bluesky-car": rich_bluesky,
    "facebook-dyi": rich_facebook,
    "instagram-export": rich_instagram,
    "threads-export": rich_threads,
    "linkedin-export": rich_linkedin,
    "reddit-export": rich_reddit,
    "tiktok-export": rich_tiktok,
    "youtube-takeout": rich_youtube,
}
