#!/usr/bin/env python3
"""Build the synthetic X/Twitter archive in examples/x-archive/ and examples/planted.toml.

    python examples/build_example.py

The person, Camille Tremblay-Nguyen, is FICTIONAL. Her posts live in examples/posts.toml;
this script only dresses them up the way a real X archive ("YTD" layout, spec
archive-formats.md §1) stores them:

* data/*.js files are JavaScript: `window.YTD.<name>.part0 = [ ... ]`, pretty-printed with a
  space before each colon, 2-space indent, `[ ]` for empty lists, no trailing newline;
  data/manifest.js is `window.__THAR_CONFIG = {...}` in the older `[ {` style.
* every number is a string; ids are Twitter "snowflakes" made from the post's time, so
  they sort by date (posts before mid-2018 get 18 digits, like real ones).
* full_text is HTML-escaped (& < > only) and entity indices count code points in that
  escaped text, as in the real fixture.
* retweets are "RT @user: ..." cut at 140 characters; quote tweets carry a
  twitter.com/<user>/status/<id> link; a long post keeps its full text in note-tweet.js.

Everything is deterministic: "random" looking values (seconds, counts, ids, t.co codes) come
from a SHA-256 of the post text, so running the script twice gives the same bytes.
Standard library only.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
POSTS = HERE / "posts.toml"
ARCHIVE = HERE / "x-archive"
DATA = ARCHIVE / "data"
PLANTED = HERE / "planted.toml"

ME = "camille_tn"
EMAIL = "camille.tn@example.com"  # a personal address, not a @*.gc.ca one
ACCOUNT_CREATED = "2013-10-09T01:12:44.000Z"
GENERATED = "2025-10-03T14:22:08.431Z"  # when "X" produced this archive
BIO = ("Senior Policy Analyst at ESDC | Analyste principale des politiques, EDSC. "
       "Views my own / Opinions personnelles. 🌲")
LOCATION = "Gatineau, QC"
PROFILE_WHY = ("profile pairs a position title with the department abbreviation (ESDC / EDSC), "
               "so the personal account can pass for an official one; the disclaimer does not remove that")

TWITTER_EPOCH_MS = 1288834974657
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SOURCES = (
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
)
TCO = 23  # every t.co link is 23 characters long
FOLLOWERS = ("2214587730", "3090412257", "715283946", "2860019934", "1604482215", "2477310968",
             "1290044310187409408")
FOLLOWING = ("2214587730", "3090412257", "715283946", "2860019934", "936144025437376512",
             "4801123390", "3377045102", "1120349871016431616")


# ------------------------------------------------------------------ deterministic helpers

def digest(*parts: object) -> int:
    """A stable integer from the given parts (replaces randomness)."""
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def snowflake(when: datetime, salt: str) -> str:
    ms = int(when.timestamp()) * 1000 + digest(salt, "ms") % 1000
    return str(((ms - TWITTER_EPOCH_MS) << 22) | (digest(salt, "low") & 0x3FFFFF))


def tco(salt: str) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    n, code = digest(salt, "tco"), ""
    for _ in range(10):
        n, r = divmod(n, 62)
        code += alphabet[r]
    return f"https://t.co/{code}"


def twitter_time(when: datetime) -> str:
    """'Sat May 13 17:20:09 +0000 2023', without depending on the locale."""
    return f"{DAYS[when.weekday()]} {MONTHS[when.month - 1]} {when:%d %H:%M:%S} +0000 {when.year}"


def iso_ms(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def escape(text: str) -> str:
    """X escapes only these three characters in full_text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def display_url(url: str) -> str:
    bare = url.split("://", 1)[1]
    return bare if len(bare) <= 26 else bare[:26] + "…"


# ------------------------------------------------------------------ pretty printing like X

def dump(value: object, level: int = 0, old: bool = False) -> str:
    """X's pretty printer: `"key" : value`, 2-space indent, `[ ]` / `{ }` when empty.

    old=False is the style of the data files of a 2023 archive (one list element per line);
    old=True is the style of manifest.js (and of older archives): `[ {`, `}, {`, `} ]`.
    """
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, dict):
        if not value:
            return "{ }"
        body = ",\n".join(f"{inner}{json.dumps(k, ensure_ascii=False)} : {dump(v, level + 1, old)}"
                          for k, v in value.items())
        return "{\n" + body + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        if old:
            return "[ " + ", ".join(dump(v, level, old) for v in value) + " ]"
        return "[\n" + ",\n".join(inner + dump(v, level + 1, old) for v in value) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def write_js(file_name: str, global_name: str, value: object, old: bool = False) -> None:
    (DATA / file_name).write_text(f"window.{global_name} = {dump(value, old=old)}", encoding="utf-8")


# ------------------------------------------------------------------ building tweets

class Builder:
    def __init__(self, accounts: dict[str, dict[str, str]]):
        self.accounts = accounts

    def user(self, handle: str) -> dict[str, str]:
        if handle not in self.accounts:
            raise SystemExit(f"posts.toml: @{handle} is not listed under [accounts]")
        return self.accounts[handle]

    def entities(self, full_text: str, urls: list[dict], media: dict | None) -> dict:
        """Hashtags, mentions and links with indices into the escaped text (as X does)."""
        hashtags = [{"text": m.group(1), "indices": [str(m.start()), str(m.end())]}
                    for m in re.finditer(r"(?<![\w&/])#(\w+)", full_text)]
        mentions = []
        for m in re.finditer(r"(?<![\w/])@(\w{1,15})", full_text):
            who = self.user(m.group(1))
            mentions.append({"name": who["name"], "screen_name": m.group(1),
                             "indices": [str(m.start()), str(m.end())], "id_str": who["id"], "id": who["id"]})
        for url in urls:
            start = full_text.index(url["url"])
            url["indices"] = [str(start), str(start + TCO)]
        out = {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}
        if media:
            start = full_text.index(media["url"])
            ordered = {"expanded_url": media.pop("expanded_url"), "indices": [str(start), str(start + TCO)]}
            ordered.update(media)
            media.clear()
            media.update(ordered)  # same key order as X: expanded_url, indices, url, ...
            out["media"] = [media]
        return out

    def tweet(self, post: dict, when: datetime, tid: str, previous: dict | None) -> tuple[dict, dict | None]:
        """Return (tweet object, noteTweet object or None) for one [[post]]."""
        text: str = post["text"]
        seed = f"{post['at']}|{text}"
        urls: list[dict] = []
        note = None
        retweet = "retweet_of" in post

        if retweet:
            self.user(post["retweet_of"])
            text = f"RT @{post['retweet_of']}: {text}"
            if len(text) > 140:
                text = text[:139].rstrip() + "…"
        if post.get("note"):
            full = text
            if len(full) <= 280:
                raise SystemExit(f"posts.toml: note post of {post['at']} is not over 280 characters")
            link = tco(seed + "note")
            text = full[:270].rsplit(" ", 1)[0] + "… " + link
            urls.append({"url": link, "expanded_url": f"https://twitter.com/i/web/status/{tid}",
                         "display_url": display_url(f"https://twitter.com/i/web/status/{tid}")})
            note = {
                "noteTweetId": snowflake(when, seed + "noteid"),
                "updatedAt": iso_ms(when),
                "lifecycle": {"value": "1", "name": "Published", "originalName": "Published",
                              "annotations": {}},
                "createdAt": iso_ms(when),
                "core": {"styletags": [], "urls": [], "text": full, "mentions": [], "cashtags": [],
                         "hashtags": []},
            }
        if "link" in post:
            link = tco(seed + "link")
            text += " " + link
            urls.append({"url": link, "expanded_url": post["link"], "display_url": display_url(post["link"])})
        if "quote_of" in post:
            quoted = snowflake(when - timedelta(minutes=20 + digest(seed, "q") % 600), seed + "quoted")
            self.user(post["quote_of"])
            expanded = f"https://twitter.com/{post['quote_of']}/status/{quoted}"
            link = tco(seed + "quote")
            text += " " + link
            urls.append({"url": link, "expanded_url": expanded, "display_url": display_url(expanded)})
        media = None
        if post.get("photo"):
            link = tco(seed + "photo")
            text += " " + link
            media_id = snowflake(when - timedelta(seconds=5), seed + "media")
            name = tco(seed + "pbs").rsplit("/", 1)[1] + "XkAA" + str(digest(seed) % 10)
            media = {
                "expanded_url": f"https://twitter.com/{ME}/status/{tid}/photo/1",
                "url": link,
                "media_url": f"http://pbs.twimg.com/media/{name}.jpg",
                "id_str": media_id,
                "id": media_id,
                "media_url_https": f"https://pbs.twimg.com/media/{name}.jpg",
                "sizes": {
                    "small": {"w": "680", "h": "510", "resize": "fit"},
                    "thumb": {"w": "150", "h": "150", "resize": "crop"},
                    "large": {"w": "2048", "h": "1536", "resize": "fit"},
                    "medium": {"w": "1200", "h": "900", "resize": "fit"},
                },
                "type": "photo",
                "display_url": f"pic.twitter.com/{link.rsplit('/', 1)[1]}",
            }
        if len(text) > 280 + 2 * TCO:
            raise SystemExit(f"posts.toml: post of {post['at']} is too long for a tweet; use note = true")

        full_text = escape(text)
        reply = {}
        if "reply_to" in post:
            who = self.user(post["reply_to"])
            target = snowflake(when - timedelta(minutes=3 + digest(seed, "r") % 240), seed + "target")
            reply = {"status": target, "user": who["id"], "name": post["reply_to"]}
        elif post.get("self_reply"):
            if previous is None:
                raise SystemExit("posts.toml: self_reply on the first post")
            reply = {"status": previous["id_str"], "user": self.user(ME)["id"], "name": ME}

        likes = 0 if retweet else digest(seed, "likes") % (9 if when.year < 2018 else 25)
        out: dict = {
            "edit_info": {"initial": {
                "editTweetIds": [tid],
                "editableUntil": iso_ms(when + timedelta(minutes=30)),
                "editsRemaining": "5",
                "isEditEligible": when >= datetime(2022, 10, 1, tzinfo=UTC) and not retweet and not reply,
            }},
            "retweeted": False,
            "source": SOURCES[digest(seed, "src") % 2] if when.year >= 2017 else SOURCES[0],
            "entities": self.entities(full_text, urls, media),
            "display_text_range": ["0", str(len(full_text))],
            "favorite_count": str(likes),
        }
        if reply:
            out["in_reply_to_status_id_str"] = reply["status"]
        out["id_str"] = tid
        if reply:
            out["in_reply_to_user_id"] = reply["user"]
        out["truncated"] = False
        out["retweet_count"] = "0" if retweet else str(digest(seed, "rts") % 4)
        out["id"] = tid
        if reply:
            out["in_reply_to_status_id"] = reply["status"]
        if urls or media:
            out["possibly_sensitive"] = False
        out["created_at"] = twitter_time(when)
        out["favorited"] = False
        out["full_text"] = full_text
        out["lang"] = post["lang"]
        if reply:
            out["in_reply_to_screen_name"] = reply["name"]
            out["in_reply_to_user_id_str"] = reply["user"]
        if media:
            out["extended_entities"] = {"media": [dict(media)]}
        if "deleted_at" in post:
            out["deleted_at"] = post["deleted_at"]
        return out, note


def kind_of(post: dict) -> str:
    if "retweet_of" in post:
        return "repost"
    if "reply_to" in post or post.get("self_reply"):
        return "reply"
    if "quote_of" in post:
        return "quote"
    return "post"


def toml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


# ------------------------------------------------------------------ main

def main() -> None:
    spec = tomllib.loads(POSTS.read_text(encoding="utf-8"))
    builder = Builder(spec["accounts"])
    me = builder.user(ME)

    tweets, deleted, notes, planted = [], [], [], []
    previous = None
    for post in spec["post"]:
        stamp = post["at"]
        when = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        when += timedelta(seconds=digest(stamp, post["text"], "sec") % 60)
        tid = snowflake(when, f"{stamp}|{post['text']}")
        tweet, note = builder.tweet(post, when, tid, previous)
        (deleted if "deleted_at" in post else tweets).append({"tweet": tweet})
        if note:
            notes.append({"noteTweet": note})
        if "planted" in post:
            planted.append({"native_id": tid, "kind": kind_of(post), "category": post["planted"],
                            "lang": post["lang"], "why": post["why"], "created_at": iso_ms(when),
                            "deleted": "deleted_at" in post,
                            # the text as the audit sees it: unescaped, RT prefix, the full long post
                            "text": note["core"]["text"] if note else html.unescape(tweet["full_text"])})
        previous = tweet

    ids = [t["tweet"]["id_str"] for t in tweets + deleted]
    assert len(ids) == len(set(ids)), "duplicate tweet ids"

    # X lists the newest posts first.
    tweets.reverse()
    deleted.reverse()
    notes.reverse()

    like_rows = []
    for like in spec["like"]:  # posts by others that she liked
        builder.user(like["author"])
        posted = datetime.strptime(like["at"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        tid = snowflake(posted, like["author"] + like["text"])
        like_rows.append({"like": {"tweetId": tid, "fullText": escape(like["text"]),
                                   "expandedUrl": f"https://twitter.com/i/web/status/{tid}"}})

    if ARCHIVE.exists():
        shutil.rmtree(ARCHIVE)
    DATA.mkdir(parents=True)

    write_js("account.js", "YTD.account.part0", [{"account": {
        "email": EMAIL, "createdVia": "web", "username": ME, "accountId": me["id"],
        "createdAt": ACCOUNT_CREATED, "accountDisplayName": me["name"],
    }}])
    avatar = "https://pbs.twimg.com/profile_images/1466129004519092224/Qm3LhT0x.jpg"
    write_js("profile.js", "YTD.profile.part0", [{"profile": {
        "description": {"bio": BIO, "website": "", "location": LOCATION},
        "avatarMediaUrl": avatar,
        "headerMediaUrl": f"https://pbs.twimg.com/profile_banners/{me['id']}/1638301192",
    }}])
    write_js("tweets.js", "YTD.tweets.part0", tweets)
    write_js("note-tweet.js", "YTD.note_tweet.part0", notes)
    write_js("deleted-tweets.js", "YTD.deleted_tweets.part0", deleted)
    write_js("deleted-note-tweet.js", "YTD.deleted_note_tweet.part0", [])
    write_js("like.js", "YTD.like.part0", like_rows)
    for kind, ids in (("follower", FOLLOWERS), ("following", FOLLOWING)):
        write_js(f"{kind}.js", f"YTD.{kind}.part0", [
            {kind: {"accountId": i, "userLink": f"https://twitter.com/intent/user?user_id={i}"}}
            for i in ids
        ])
    (DATA / "README.txt").write_text(
        "SYNTHETIC EXAMPLE ARCHIVE. Not a real X/Twitter export.\n"
        "Camille Tremblay-Nguyen is a fictional person; this folder was generated by\n"
        "examples/build_example.py from examples/posts.toml to mimic the layout of a real\n"
        "X account archive (data/*.js files in the \"YTD\" format).\n",
        encoding="utf-8",
    )

    def entry(kind: str, file_name: str, count: int, media: str | None = None) -> tuple[str, dict]:
        global_name = "YTD." + file_name[:-3].replace("-", "_") + ".part0"
        value: dict = {"mediaDirectory": media} if media else {}
        value["files"] = [{"fileName": f"data/{file_name}", "globalName": global_name, "count": str(count)}]
        return kind, value

    data_types = dict(sorted([
        entry("account", "account.js", 1),
        entry("deletedNoteTweet", "deleted-note-tweet.js", 0),
        entry("deletedTweets", "deleted-tweets.js", len(deleted), "data/deleted_tweets_media"),
        entry("follower", "follower.js", len(FOLLOWERS)),
        entry("following", "following.js", len(FOLLOWING)),
        entry("like", "like.js", len(like_rows)),
        entry("noteTweet", "note-tweet.js", len(notes)),
        entry("profile", "profile.js", 1, "data/profile_media"),
        entry("tweets", "tweets.js", len(tweets), "data/tweets_media"),
    ]))
    size = sum(p.stat().st_size for p in DATA.iterdir())
    write_js("manifest.js", "__THAR_CONFIG", {
        "userInfo": {"accountId": me["id"], "userName": ME, "displayName": me["name"]},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": GENERATED,
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": data_types,
    }, old=True)

    # planted.toml: the answer key. Ids are derived from posts.toml, so it is generated too.
    lines = [
        "# GENERATED by examples/build_example.py from examples/posts.toml. Do not edit by hand.",
        "# Every item deliberately planted in the synthetic archive examples/x-archive/.",
        "# A correct audit flags exactly these (category = guidance family) and nothing else.",
        "# native_id: the tweet id_str, or the account id for the profile.",
        "",
        "[[planted]]",
        f"native_id = {toml_str(me['id'])}",
        'kind = "profile"',
        'category = "official_appearance"',
        'lang = "en"',
        f"why = {toml_str(PROFILE_WHY)}",
        f"text = {toml_str(BIO)}",
    ]
    for p in planted:
        lines += [
            "",
            "[[planted]]",
            f"native_id = {toml_str(p['native_id'])}",
            f"kind = {toml_str(p['kind'])}",
            f"category = {toml_str(p['category'])}",
            f"lang = {toml_str(p['lang'])}",
            f"why = {toml_str(p['why'])}",
            f"created_at = {toml_str(p['created_at'])}",
        ]
        if p["deleted"]:
            lines.append("deleted = true")
        lines.append(f"text = {toml_str(p['text'])}")
    PLANTED.write_text("\n".join(lines) + "\n", encoding="utf-8")

    print(f"wrote {ARCHIVE.relative_to(HERE.parent)}/: {len(tweets)} tweets, {len(deleted)} deleted, "
          f"{len(notes)} long post(s), {len(like_rows)} likes; {len(planted) + 1} planted items "
          f"in {PLANTED.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
