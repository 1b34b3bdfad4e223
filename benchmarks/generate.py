"""Realistic synthetic exports for the benchmarks, streamed to disk (nothing big is held in memory).

What it writes (under --out, default /tmp/footprint-bench or $FOOTPRINT_BENCH_DIR):

- ``x-<size>-tweets.zip`` and ``x-<size>-tweet.zip``: the same X archive (spec §1) in the
  current ``data/tweets.js`` layout and in the 2019-2022 ``data/tweet.js`` layout, written in one
  pass. Posts are in English and French with hashtags, mentions, t.co links, replies, retweets
  ("RT @…", cut at ~140 characters), quote tweets, photos and videos (``extended_entities``),
  HTML entities (``&amp; &lt; &gt;``), string counters, plus account/profile/manifest, likes,
  followers, note-tweets (long posts), deleted tweets and direct messages (skipped by the tool).
  About ``--trigger-rate`` of the posts (default 10 %) contain wording the default rules flag.
- ``x-<size>-delta.zip``: 1 % new posts for the same account, later in time (re-scan benchmark).
- ``x-findings.zip``: 10,000 posts that each trigger at least one rule (report benchmark);
  ``x-findings-<size>.zip`` for other sizes (``--findings-sizes``, e.g. 100k for ~117,000 findings).
- ``mastodon-<size>.tar.gz``: actor.json + outbox.json (ActivityPub Create/Announce, spec §2,
  with the real archive's duplicated ``orderedItems`` key), likes.json, bookmarks.json.
- ``bluesky-<size>.car``: a CARv1 repository export (spec §3) with a proper Merkle Search Tree
  (key layer = leading zero bits of sha256(key) // 2, fanout 4, prefix-compressed keys, and
  entry-less intermediate nodes where a layer is skipped), blocks encoded with
  ``libipld.encode_dag_cbor`` and CIDv1 dag-cbor/sha2-256 ids.

Everything is deterministic for a given seed; a ``.json`` sidecar next to each file records the
parameters, and an existing file with a matching sidecar is reused instead of rewritten.

    python benchmarks/generate.py --sizes 10k,100k,1M
    python benchmarks/generate.py --sizes 10k --out /tmp/fb --force
    python benchmarks/generate.py --sizes '' --other-sizes '' --findings-sizes 10k,100k   # report archives only
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

GENERATOR_VERSION = 3
DEFAULT_OUT = Path(os.environ.get("FOOTPRINT_BENCH_DIR", "/tmp/footprint-bench"))
ACCOUNT_ID = "1184756239"
HANDLE = "camille_tremblay"
DISPLAY = "Camille Tremblay"
TWITTER_EPOCH_MS = 1288834974657
FINDINGS_POSTS = 10_000


def parse_size(text: str) -> int:
    text = text.strip().lower().replace("_", "")
    for suffix, factor in (("m", 1_000_000), ("k", 1_000)):
        if text.endswith(suffix):
            return int(float(text[: -len(suffix)]) * factor)
    return int(text)


def size_label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


# ---------------------------------------------------------------------------- text


EN_OPENERS = [
    "Just finished", "Really enjoyed", "Can't believe how good", "Thinking a lot about", "Loving",
    "Finally tried", "Spent the afternoon on", "Reading up on", "Working on", "Looking forward to",
    "Still recovering from", "Quick thread on", "Hot take on", "Grateful for", "Took the kids to",
    "Nothing beats", "Shoutout to everyone behind", "Learned a lot from", "Rained out:", "Weekend plans:",
]
EN_OBJECTS = [
    "the new bike path along the canal", "a great book on urban planning", "the Senators game last night",
    "sourdough attempt number 12", "a long run by the Rideau river", "our community garden", "the farmers market",
    "a podcast about open data", "the first real snowstorm of the year", "a Python refactor that deleted 400 lines",
    "the maple festival in Westboro", "the new library branch", "a documentary on the Franklin expedition",
    "the jazz festival lineup", "a rainy hike in Gatineau Park", "our team's hackathon demo",
    "the tulip festival", "a chess tournament at the community centre", "fixing my old road bike",
    "the science museum's new exhibit", "a workshop on plain language writing", "the Q&A after the talk",
    "the R&D fair downtown", "pros & cons of heat pumps", "the winterlude ice sculptures",
    "a long conversation about accessibility", "the ByWard market on a Sunday", "a data visualisation course",
]
EN_TAILS = [
    "Highly recommend!", "What a day.", "10/10 would do again.", "Anyone else?", "Thoughts?", "", "",
    "So good.", "Not bad for a Tuesday.", "Coffee first ☕", "🍁", "😅", "<3", "Details -> in the thread.",
    "Worth it > not worth it.", "More soon.", "Photos below 📸", "Can't wait for spring.", "Thanks all!",
]
FR_OPENERS = [
    "Je viens de terminer", "J'ai vraiment aimé", "Enfin essayé", "Je réfléchis beaucoup à", "Quel plaisir,",
    "J'ai passé l'après-midi sur", "En train de lire sur", "Hâte de voir", "Petit fil sur", "Reconnaissante pour",
    "Rien ne bat", "Bravo à toute l'équipe derrière", "J'ai appris beaucoup avec", "Samedi :", "Ce matin :",
]
FR_OBJECTS = [
    "la nouvelle piste cyclable le long du canal", "un bon livre sur l'urbanisme", "le match du Canadien hier soir",
    "une longue course au bord de la rivière", "le marché Jean-Talon", "la première vraie tempête de neige",
    "un balado sur les données ouvertes", "la cabane à sucre en famille", "le festival de jazz",
    "une randonnée pluvieuse dans le parc de la Gatineau", "la démo du hackathon de l'équipe",
    "la nouvelle succursale de la bibliothèque", "un atelier sur le langage clair", "les sculptures de glace du Bal de Neige",
    "une conversation sur l'accessibilité", "le café du coin & ses croissants", "le vélo d'hiver à Montréal",
]
FR_TAILS = [
    "Je recommande!", "Quelle journée.", "Des avis?", "", "", "Café d'abord ☕", "⚜️", "À suivre…", "Merci à tous!",
    "Trop hâte au printemps.", "Photos plus bas 📸", "C'était parfait.", "On y retourne bientôt.",
]
EN_TAGS = ["#Ottawa", "#hockey", "#opendata", "#cycling", "#books", "#coffee", "#cdnpoli", "#GCdigital", "#Python",
           "#running", "#snow", "#accessibility", "#a11y", "#dataviz", "#OttCity", "#GoSensGo"]
FR_TAGS = ["#Québec", "#MTL", "#vélo", "#lecture", "#polqc", "#hiver", "#Gatineau", "#GoHabsGo", "#donnéesouvertes"]
NEUTRAL_POLITICS = [
    "The Liberal government tabled its budget today.", "Debate tonight, who's watching? #cdnpoli",
    "Go vote today, whoever you support!", "Résultats ce soir #polqc", "Allez voter dimanche!",
    "Interesting analysis of the Conservative platform costing.", "Le NPD a présenté son programme ce matin.",
    "My manager brought cake, best team ever!", "Long day, but my team pulled through.",
    "On behalf of my family, thank you!", "Vote for my cat in the cutest pet contest!",
]
# Each of these trips at least one default rule (POL001-004, WRK001, OFA005), in EN and FR.
TRIGGERS = [
    "Four more years! #TeamTrudeau", "Assez, c'est assez. #LegaultDémission", "Proud to vote Liberal this fall!",
    "Poilievre must never be PM.", "Fière de voter pour le NPD", "Knocking on doors for our NDP candidate Saturday, join us!",
    "Faites un don à la campagne du Bloc", "I'm seeking the Green Party nomination in Gatineau!",
    "Je serai candidate au conseil municipal.", "My manager is a useless idiot.", "Mes collègues sont des incompétents finis.",
    "Speaking on behalf of ESDC today at the forum", "Au nom d'EDSC, je vous confirme la date.",
    "Time to vote them out, the Conservatives are a disgrace.", "#VoteNDP all the way", "#AnyoneButHarper forever",
    "Proud to support the Greens this election!", "Our whole department is a clown show, useless management.",
    "Les libéraux sont corrompus, il faut voter contre eux.", "Volunteering for the Liberal campaign this weekend, donate if you can!",
]
HANDLES = [f"{a}_{b}" for a in ("alex", "sam", "jo", "marie", "luc", "priya", "wei", "noah", "fatima", "olivier",
                                "chloe", "raj", "emma", "hugo", "lea", "omar")
           for b in ("ott", "mtl", "yow", "dev", "data", "runs", "reads", "bikes", "cooks", "qc")]
DOMAINS = ["example.org", "news.example.ca", "blog.example.com", "data.example.gc.ca.example", "ledevoir.example",
           "cbc.example.ca", "github.com", "medium.example"]
SOURCES = [
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
]


def escape_x(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tco(rng: random.Random) -> str:
    return "https://t.co/" + "".join(rng.choices("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=10))


@dataclass
class Post:
    """The platform-neutral content of one generated post."""

    text: str
    lang: str
    hashtags: list[str]
    mentions: list[str]
    links: list[str]  # expanded URLs appended to the text
    trigger: bool


class TextGen:
    def __init__(self, rng: random.Random, trigger_rate: float) -> None:
        self.rng = rng
        self.trigger_rate = trigger_rate

    def post(self, force_trigger: bool = False) -> Post:
        rng = self.rng
        french = rng.random() < 0.28
        lang = "fr" if french else "en"
        trigger = force_trigger or rng.random() < self.trigger_rate
        if trigger:
            core = rng.choice(TRIGGERS)
            # A few words around it, so evidence and fingerprints differ from post to post.
            filler = self._sentence(french)
            text = f"{filler} {core}" if rng.random() < 0.5 else f"{core} {filler}"
        elif rng.random() < 0.04:
            text = rng.choice(NEUTRAL_POLITICS)
        else:
            text = self._sentence(french)
            if rng.random() < 0.25:
                text += " " + self._sentence(french)
        hashtags = rng.sample(FR_TAGS if french else EN_TAGS, k=rng.choice((0, 0, 0, 1, 1, 2)))
        mentions = rng.sample(HANDLES, k=rng.choice((0, 0, 0, 0, 1, 1, 2)))
        links = []
        if rng.random() < 0.15:
            links.append(f"https://{rng.choice(DOMAINS)}/{rng.randrange(10**6)}/{rng.choice(('story', 'article', 'post', 'p'))}")
        if mentions and rng.random() < 0.5:
            text = " ".join("@" + m for m in mentions) + " " + text
            mentions_in_text = True
        else:
            mentions_in_text = False
        if hashtags:
            text += " " + " ".join(hashtags)
        if mentions and not mentions_in_text:
            text += " cc " + " ".join("@" + m for m in mentions)
        return Post(text=text.strip(), lang=lang, hashtags=hashtags, mentions=mentions, links=links, trigger=trigger)

    def _sentence(self, french: bool) -> str:
        rng = self.rng
        if french:
            words = f"{rng.choice(FR_OPENERS)} {rng.choice(FR_OBJECTS)}. {rng.choice(FR_TAILS)}"
        else:
            words = f"{rng.choice(EN_OPENERS)} {rng.choice(EN_OBJECTS)}. {rng.choice(EN_TAILS)}"
        return words.strip()

    def long_post(self, french: bool) -> str:
        return " ".join(self._sentence(french) for _ in range(self.rng.randint(6, 10)))


# ---------------------------------------------------------------------------- X archive


def twitter_time(when: datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


def snowflake(when: datetime, seq: int) -> int:
    ms = int(when.timestamp() * 1000)
    return ((ms - TWITTER_EPOCH_MS) << 22) | (seq & 0x3FFFFF)


def _indices(text: str, needle: str) -> list[str]:
    at = text.find(needle)
    at = max(at, 0)
    return [str(at), str(at + len(needle))]


class TweetFactory:
    """Builds `{"tweet": {...}}` elements shaped like the real YTD files (spec §1.3)."""

    def __init__(self, seed: int, trigger_rate: float, start: datetime, step: timedelta) -> None:
        self.rng = random.Random(seed)
        self.text = TextGen(self.rng, trigger_rate)
        self.start = start
        self.step = step
        self.media_names: list[tuple[str, str]] = []  # (tweet id, media basename) for some local files
        self.notes: list[dict[str, Any]] = []

    def element(self, i: int, *, force_trigger: bool = False, force_shape: str | None = None) -> dict[str, Any]:
        rng = self.rng
        when = self.start + self.step * i + timedelta(seconds=rng.randrange(0, 3600))
        tweet_id = str(snowflake(when, i))
        post = self.text.post(force_trigger)
        shape = force_shape or rng.choices(("post", "reply", "retweet", "quote"), weights=(58, 22, 14, 6))[0]
        text = post.text
        user_mentions = [
            {"name": m.replace("_", " ").title(), "screen_name": m, "indices": _indices(text, "@" + m),
             "id_str": str(10**8 + HANDLES.index(m)), "id": str(10**8 + HANDLES.index(m))}
            for m in post.mentions
        ]
        urls = []
        for link in post.links:
            short = tco(rng)
            text += " " + short
            urls.append({"url": short, "expanded_url": link, "display_url": link.split("://", 1)[1][:26] + "…",
                         "indices": _indices(text, short)})
        tweet: dict[str, Any] = {
            "edit_info": {"initial": {"editTweetIds": [tweet_id], "editableUntil": "2023-01-01T00:00:00.000Z",
                                      "editsRemaining": "5", "isEditEligible": True}},
            "retweeted": False,
            "source": rng.choice(SOURCES),
            "entities": {
                "hashtags": [{"text": h[1:], "indices": _indices(text, h)} for h in post.hashtags],
                "symbols": [],
                "user_mentions": user_mentions,
                "urls": urls,
            },
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(int(rng.paretovariate(1.2)) - 1),
            "id_str": tweet_id,
            "truncated": False,
            "retweet_count": str(int(rng.paretovariate(1.5)) - 1),
            "id": tweet_id,
            "created_at": twitter_time(when),
            "favorited": False,
            "full_text": text,
            "lang": post.lang if rng.random() > 0.03 else "und",
        }
        if shape == "reply":
            other = rng.choice(HANDLES)
            parent = str(int(tweet_id) - rng.randrange(10**9, 10**12))
            tweet["full_text"] = f"@{other} {text}"
            tweet["display_text_range"] = [str(len(other) + 2), str(len(tweet["full_text"]))]
            tweet["entities"]["user_mentions"].insert(0, {
                "name": other.title(), "screen_name": other, "indices": ["0", str(len(other) + 1)],
                "id_str": str(10**8 + HANDLES.index(other)), "id": str(10**8 + HANDLES.index(other))})
            tweet["in_reply_to_status_id_str"] = parent
            tweet["in_reply_to_status_id"] = parent
            tweet["in_reply_to_user_id"] = str(10**8 + HANDLES.index(other))
            tweet["in_reply_to_user_id_str"] = str(10**8 + HANDLES.index(other))
            tweet["in_reply_to_screen_name"] = other
        elif shape == "retweet":
            other = rng.choice(HANDLES)
            full = f"RT @{other}: {text}"
            if len(full) > 140:
                full = full[:139] + "…"
            tweet["full_text"] = full
            tweet["display_text_range"] = ["0", str(len(full))]
            tweet["favorite_count"] = "0"
            tweet["entities"]["user_mentions"].insert(0, {
                "name": other.title(), "screen_name": other, "indices": ["3", str(len(other) + 4)],
                "id_str": str(10**8 + HANDLES.index(other)), "id": str(10**8 + HANDLES.index(other))})
        elif shape == "quote":
            other = rng.choice(HANDLES)
            quoted = f"https://twitter.com/{other}/status/{int(tweet_id) - rng.randrange(10**9, 10**12)}"
            short = tco(rng)
            tweet["full_text"] = f"{text} {short}"
            tweet["entities"]["urls"].append({"url": short, "expanded_url": quoted,
                                              "display_url": f"twitter.com/{other}/status/…",
                                              "indices": _indices(tweet["full_text"], short)})
        if shape != "retweet" and rng.random() < 0.12:
            media = []
            for k in range(rng.choice((1, 1, 1, 2, 4))):
                base = "".join(rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", k=15))
                video = rng.random() < 0.1
                short = tco(rng)
                entry: dict[str, Any] = {
                    "expanded_url": f"https://twitter.com/{HANDLE}/status/{tweet_id}/{'video' if video else 'photo'}/{k + 1}",
                    "indices": [str(len(tweet["full_text"]) + 1), str(len(tweet["full_text"]) + 24)],
                    "url": short,
                    "media_url": f"http://pbs.twimg.com/media/{base}.jpg",
                    "id_str": str(int(tweet_id) + k + 1),
                    "id": str(int(tweet_id) + k + 1),
                    "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                    "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                              "large": {"w": "2048", "h": "1536", "resize": "fit"},
                              "medium": {"w": "1200", "h": "900", "resize": "fit"},
                              "small": {"w": "680", "h": "510", "resize": "fit"}},
                    "type": "video" if video else "photo",
                    "display_url": "pic.twitter.com/" + short[-10:],
                }
                if video:
                    entry["video_info"] = {"aspect_ratio": ["16", "9"], "duration_millis": str(rng.randrange(3000, 140000)),
                                           "variants": [{"bitrate": "2176000", "content_type": "video/mp4",
                                                         "url": f"https://video.twimg.com/ext_tw_video/{tweet_id}/pu/vid/1280x720/{base}.mp4"},
                                                        {"content_type": "application/x-mpegURL",
                                                         "url": f"https://video.twimg.com/ext_tw_video/{tweet_id}/pu/pl/{base}.m3u8"}]}
                media.append(entry)
                if len(self.media_names) < 200:
                    self.media_names.append((tweet_id, f"{base}.jpg"))
            tweet["full_text"] += " " + media[0]["url"]
            tweet["extended_entities"] = {"media": media}
            tweet["entities"]["media"] = media[:1]
            tweet["possibly_sensitive"] = False
        if shape == "post" and rng.random() < 0.002 and len(self.notes) < 5000:
            long_text = self.text.long_post(post.lang == "fr")
            short = tco(rng)
            tweet["full_text"] = long_text[:270].rsplit(" ", 1)[0] + "… " + short
            self.notes.append({"noteTweet": {
                "noteTweetId": str(int(tweet_id) + 7), "createdAt": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "updatedAt": when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "lifecycle": {"value": "live", "name": "Live", "originalName": "Live", "annotations": {}},
                "core": {"styletags": [], "urls": [], "text": long_text, "mentions": [], "cashtags": [], "hashtags": []}}})
        tweet["full_text"] = escape_x(tweet["full_text"])
        return {"tweet": tweet}


def _pretty(element: Any) -> bytes:
    """One array element as X prints it: 2-space indent, ' : ' separators, nested two spaces."""
    body = orjson.dumps(element, option=orjson.OPT_INDENT_2).replace(b'": ', b'" : ')
    return b"  " + body.replace(b"\n", b"\n  ")


def _ytd(name: str, elements: list[Any], part: int = 0) -> bytes:
    if not elements:
        return f"window.YTD.{name}.part{part} = [ ]".encode()
    return f"window.YTD.{name}.part{part} = [\n".encode() + b",\n".join(_pretty(e) for e in elements) + b"\n]"


def _manifest(counts: dict[str, tuple[str, str, int]]) -> bytes:
    manifest = {
        "userInfo": {"accountId": ACCOUNT_ID, "userName": HANDLE, "displayName": DISPLAY},
        "archiveInfo": {"sizeBytes": "0", "generationDate": "2024-06-01T12:00:00.000Z", "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": {
            kind: {"files": [{"fileName": f"data/{file}", "globalName": f"YTD.{glob}.part0", "count": str(count)}]}
            for kind, (file, glob, count) in counts.items()
        },
    }
    manifest["dataTypes"].setdefault("tweets", {})["mediaDirectory"] = "data/tweets_media"
    return b"window.__THAR_CONFIG = " + orjson.dumps(manifest, option=orjson.OPT_INDENT_2).replace(b'": ', b'" : ')


def write_x_archives(
    targets: dict[str, Path],
    count: int,
    *,
    seed: int,
    trigger_rate: float,
    start: datetime = datetime(2010, 6, 1, tzinfo=UTC),
    end: datetime = datetime(2024, 5, 31, tzinfo=UTC),
    extras: bool = True,
    force_trigger: bool = False,
) -> dict[str, Any]:
    """Write one X archive per layout in `targets` ({"tweets": path, "tweet": path}) in one pass.

    Tweets are written newest first, as X does, straight into each zip member: memory stays flat.
    """
    step = (end - start) / max(count, 1)
    factory = TweetFactory(seed, trigger_rate, start, step)
    zips = {layout: zipfile.ZipFile(path.with_suffix(".zip.tmp"), "w", zipfile.ZIP_DEFLATED, compresslevel=6)
            for layout, path in targets.items()}
    triggers = 0
    try:
        members = {}
        for layout, zf in zips.items():
            info = zipfile.ZipInfo(f"data/{layout}.js", date_time=(2024, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            members[layout] = zf.open(info, "w", force_zip64=True)
        buffers = {layout: io.BytesIO() for layout in zips}
        for layout, buf in buffers.items():
            buf.write(f"window.YTD.{layout}.part0 = [\n".encode())
        for n, i in enumerate(range(count - 1, -1, -1)):
            element = factory.element(i, force_trigger=force_trigger)
            if force_trigger:
                triggers += 1
            data = _pretty(element)
            for layout, buf in buffers.items():
                if n:
                    buf.write(b",\n")
                buf.write(data)
                if buf.tell() > 4 << 20:
                    members[layout].write(buf.getvalue())
                    buf.seek(0)
                    buf.truncate()
        for layout, buf in buffers.items():
            buf.write(b"\n]")
            members[layout].write(buf.getvalue())
            members[layout].close()

        rng = random.Random(seed + 1)
        n_likes = count // 10 if extras else 0
        n_followers = 500 if extras else 0
        n_following = 300 if extras else 0
        n_deleted = count // 200 if extras else 0
        likes = [{"like": {"tweetId": str(snowflake(start + step * rng.randrange(count), rng.randrange(4096))),
                           "fullText": factory.text.post().text,
                           "expandedUrl": "https://twitter.com/i/web/status/1"}} for _ in range(n_likes)]
        deleted_factory = TweetFactory(seed + 2, trigger_rate, start, step)
        deleted = []
        for _ in range(n_deleted):
            element = deleted_factory.element(rng.randrange(count))
            element["tweet"]["deleted_at"] = "2024-05-01T10:00:00.000Z"
            deleted.append(element)
        followers = [{"follower": {"accountId": str(10**9 + k), "userLink": f"https://twitter.com/intent/user?user_id={10**9 + k}"}}
                     for k in range(n_followers)]
        following = [{"following": {"accountId": str(2 * 10**9 + k), "userLink": f"https://twitter.com/intent/user?user_id={2 * 10**9 + k}"}}
                     for k in range(n_following)]
        dms = [{"dmConversation": {"conversationId": f"{ACCOUNT_ID}-{10**8 + k}", "messages": [
            {"messageCreate": {"recipientId": str(10**8 + k), "reactions": [], "urls": [], "text": "see you at 5",
                               "mediaUrls": [], "senderId": ACCOUNT_ID, "id": str(10**17 + k),
                               "createdAt": "2023-03-01T12:00:00.000Z"}}]}} for k in range(50 if extras else 0)]
        account = [{"account": {"email": "camille.tremblay@example.com", "createdVia": "web", "username": HANDLE,
                                "accountId": ACCOUNT_ID, "createdAt": "2010-05-20T13:18:50.000Z",
                                "accountDisplayName": DISPLAY}}]
        profile = [{"profile": {"description": {"bio": "Cyclist, reader, data nerd in Ottawa. Views my own.",
                                                "website": "https://t.co/AbCdEf1234", "location": "Ottawa, ON"},
                                "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/avatar.jpg",
                                "headerMediaUrl": "https://pbs.twimg.com/profile_banners/1/1500000000"}}]
        for layout, zf in zips.items():
            tweets_kind = "tweets" if layout == "tweets" else "tweet"
            counts = {
                tweets_kind: (f"{layout}.js", layout, count),
                "account": ("account.js", "account", 1),
                "profile": ("profile.js", "profile", 1),
                "like": ("like.js", "like", n_likes),
                "follower": ("follower.js", "follower", n_followers),
                "following": ("following.js", "following", n_following),
                "deletedTweets": ("deleted-tweets.js", "deleted_tweets", n_deleted),
                "noteTweet": ("note-tweet.js", "note_tweet", len(factory.notes)),
                "directMessages": ("direct-messages.js", "direct_messages", len(dms)),
            }
            zf.writestr("data/manifest.js", _manifest(counts))
            zf.writestr("data/README.txt", "This archive was generated for footprint-audit benchmarks (synthetic).\n")
            zf.writestr("data/account.js", _ytd("account", account))
            zf.writestr("data/profile.js", _ytd("profile", profile))
            zf.writestr("data/like.js", _ytd("like", likes))
            zf.writestr("data/follower.js", _ytd("follower", followers))
            zf.writestr("data/following.js", _ytd("following", following))
            zf.writestr("data/deleted-tweets.js", _ytd("deleted_tweets", deleted))
            zf.writestr("data/note-tweet.js", _ytd("note_tweet", factory.notes))
            zf.writestr("data/direct-messages.js", _ytd("direct_messages", dms))
            zf.writestr("data/block.js", _ytd("block", []))
            zf.writestr("data/ip-audit.js", _ytd("ip_audit", []))
            zf.writestr("Your archive.html", "<!doctype html><title>Your archive</title>")
            zf.writestr("assets/js/app.js", "// viewer\n")
            for tweet_id, base in factory.media_names[: 200 if extras else 0]:
                zf.writestr(f"data/tweets_media/{tweet_id}-{base}", b"\xff\xd8\xff\xe0" + os.urandom(60))
    finally:
        for zf in zips.values():
            zf.close()
    for path in targets.values():
        path.with_suffix(".zip.tmp").replace(path)
    return {"tweets": count, "likes": n_likes, "deleted": n_deleted, "notes": len(factory.notes),
            "triggering_posts": triggers or None}


# ---------------------------------------------------------------------------- Mastodon

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
MASTO_HOST = "https://social.example"
MASTO_ACTOR = f"{MASTO_HOST}/users/camille"


def _masto_html(post: Post) -> str:
    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

    words = []
    for token in post.text.split(" "):
        if token.startswith("#") and len(token) > 1:
            tag = token[1:]
            words.append(f'<a href="{MASTO_HOST}/tags/{esc(tag.lower())}" class="mention hashtag" rel="tag">#<span>{esc(tag)}</span></a>')
        elif token.startswith("@") and len(token) > 1:
            user = token[1:]
            words.append(f'<span class="h-card" translate="no"><a href="https://other.example/@{esc(user)}" '
                         f'class="u-url mention">@<span>{esc(user)}</span></a></span>')
        else:
            words.append(esc(token))
    html = " ".join(words)
    for link in post.links:
        scheme, rest = link.split("://", 1)
        html += (f' <a href="{esc(link)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
                 f'<span class="invisible">{scheme}://</span><span class="ellipsis">{esc(rest[:30])}</span>'
                 f'<span class="invisible">{esc(rest[30:])}</span></a>')
    return f"<p>{html}</p>"


def write_mastodon(path: Path, count: int, *, seed: int, trigger_rate: float) -> dict[str, Any]:
    rng = random.Random(seed)
    text = TextGen(rng, trigger_rate)
    start = datetime(2018, 1, 1, tzinfo=UTC)
    step = (datetime(2024, 5, 31, tzinfo=UTC) - start) / max(count, 1)
    followers = f"{MASTO_ACTOR}/followers"
    actor = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        "id": MASTO_ACTOR, "type": "Person", "following": f"{MASTO_ACTOR}/following", "followers": followers,
        "inbox": f"{MASTO_ACTOR}/inbox", "outbox": "outbox.json", "preferredUsername": "camille", "name": DISPLAY,
        "summary": "<p>Cyclist, reader, data nerd in Ottawa. Views my own.</p>", "url": f"{MASTO_HOST}/@camille",
        "manuallyApprovesFollowers": False, "discoverable": True, "indexable": False, "published": "2018-01-01T00:00:00Z",
        "attachment": [{"type": "PropertyValue", "name": "Web",
                        "value": '<a href="https://example.org" rel="me nofollow noopener noreferrer">example.org</a>'}],
        "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
        "likes": "likes.json", "bookmarks": "bookmarks.json",
    }
    counts = {"create": 0, "announce": 0, "direct": 0}
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        outbox_path = Path(tmp) / "outbox.json"
        with open(outbox_path, "wb") as out:
            out.write(orjson.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json",
                                    "type": "OrderedCollection", "totalItems": max(count - 29, 0)})[:-1])
            out.write(b',"orderedItems":[],"orderedItems":[')
            buf = io.BytesIO()
            for i in range(count):
                when = start + step * i + timedelta(seconds=rng.randrange(0, 600))
                published = when.strftime("%Y-%m-%dT%H:%M:%SZ")
                status_id = str((int(when.timestamp() * 1000) << 16) | (i & 0xFFFF))
                status_uri = f"{MASTO_ACTOR}/statuses/{status_id}"
                if rng.random() < 0.1:
                    counts["announce"] += 1
                    activity: dict[str, Any] = {
                        "id": f"{status_uri}/activity", "type": "Announce", "actor": MASTO_ACTOR, "published": published,
                        "to": [AS_PUBLIC], "cc": [f"https://other.example/users/{rng.choice(HANDLES)}", followers],
                        "object": f"https://other.example/users/{rng.choice(HANDLES)}/statuses/{rng.randrange(10**17, 10**18)}",
                    }
                else:
                    post = text.post()
                    roll = rng.random()
                    if roll < 0.85:
                        to, cc = [AS_PUBLIC], [followers]
                    elif roll < 0.93:
                        to, cc = [followers], [AS_PUBLIC]
                    elif roll < 0.98:
                        to, cc = [followers], []
                    else:
                        to, cc = [f"https://other.example/users/{rng.choice(HANDLES)}"], []
                        counts["direct"] += 1
                    counts["create"] += 1
                    content = _masto_html(post)
                    reply = rng.random() < 0.2
                    note: dict[str, Any] = {
                        "id": status_uri, "type": "Note",
                        "summary": rng.choice(("politics", "long post", "food")) if rng.random() < 0.05 else None,
                        "inReplyTo": f"https://other.example/users/{rng.choice(HANDLES)}/statuses/{rng.randrange(10**17, 10**18)}" if reply else None,
                        "published": published, "url": f"{MASTO_HOST}/@camille/{status_id}", "attributedTo": MASTO_ACTOR,
                        "to": to, "cc": cc, "sensitive": False, "atomUri": status_uri, "inReplyToAtomUri": None,
                        "conversation": f"tag:social.example,{when.date()}:objectId={i}:objectType=Conversation",
                        "content": content, "contentMap": {post.lang: content},
                        "attachment": [], "tag": [
                            *({"type": "Hashtag", "href": f"{MASTO_HOST}/tags/{h[1:].lower()}", "name": h.lower()} for h in post.hashtags),
                            *({"type": "Mention", "href": f"https://other.example/users/{m}", "name": f"@{m}@other.example"} for m in post.mentions),
                        ],
                        "replies": {"id": f"{status_uri}/replies", "type": "Collection",
                                    "first": {"type": "CollectionPage", "next": f"{status_uri}/replies?only_other_accounts=true&page=true",
                                              "partOf": f"{status_uri}/replies", "items": []}},
                        "likes": {"id": f"{status_uri}/likes", "type": "Collection", "totalItems": int(rng.paretovariate(1.3)) - 1},
                        "shares": {"id": f"{status_uri}/shares", "type": "Collection", "totalItems": int(rng.paretovariate(1.6)) - 1},
                    }
                    if rng.random() < 0.1:
                        digits = "/".join(f"{rng.randrange(1000):03d}" for _ in range(6))
                        note["attachment"].append({
                            "type": "Document", "mediaType": "image/jpeg",
                            "url": f"/system/media_attachments/files/{digits}/original/{rng.randrange(16**16):016x}.jpeg",
                            "name": "A photo of the canal in winter" if rng.random() < 0.7 else None,
                            "blurhash": "UBL_:rOpGG-oBUNG,qRj2so|=eE1w^n4S5NH", "focalPoint": [0.0, 0.0], "width": 1440, "height": 1081})
                    activity = {"id": f"{status_uri}/activity", "type": "Create", "actor": MASTO_ACTOR, "published": published,
                                "to": to, "cc": cc, "object": note}
                if i:
                    buf.write(b",")
                buf.write(orjson.dumps(activity))
                if buf.tell() > 4 << 20:
                    out.write(buf.getvalue())
                    buf.seek(0)
                    buf.truncate()
            out.write(buf.getvalue())
            out.write(b"]}")
        likes = {"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json", "type": "OrderedCollection",
                 "orderedItems": [f"https://other.example/users/{rng.choice(HANDLES)}/statuses/{rng.randrange(10**17, 10**18)}"
                                  for _ in range(count // 5)]}
        bookmarks = {"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json", "type": "OrderedCollection",
                     "orderedItems": [f"https://other.example/objects/{rng.randrange(16**12):012x}" for _ in range(count // 50)]}
        tmp_out = path.with_suffix(".tmp")
        with tarfile.open(tmp_out, "w:gz", compresslevel=6) as tar:
            def add_bytes(name: str, data: bytes) -> None:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mtime = 1717243200
                tar.addfile(info, io.BytesIO(data))

            add_bytes("actor.json", orjson.dumps(actor))
            tar.add(outbox_path, arcname="outbox.json")
            add_bytes("likes.json", orjson.dumps(likes))
            add_bytes("bookmarks.json", orjson.dumps(bookmarks))
            add_bytes("avatar.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
        tmp_out.replace(path)
    return {"activities": count, **counts, "likes": count // 5, "bookmarks": count // 50}


# ---------------------------------------------------------------------------- Bluesky


TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
DID = "did:plc:benchcamille7q2xw3ytd4ma"


def tid(when: datetime, clock: int) -> str:
    micros = int(when.timestamp() * 1_000_000)
    n = (micros << 10) | (clock & 0x3FF)
    chars = []
    for _ in range(13):
        chars.append(TID_ALPHABET[n & 31])
        n >>= 5
    return "".join(reversed(chars))


def dag_cid(block: bytes) -> bytes:
    return b"\x01\x71\x12\x20" + hashlib.sha256(block).digest()


def raw_cid(data: bytes) -> bytes:
    return b"\x01\x55\x12\x20" + hashlib.sha256(data).digest()


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def key_layer(key: bytes) -> int:
    """MST layer: leading zero bits of sha256(key), counted in pairs (fanout 4)."""
    digest = hashlib.sha256(key).digest()
    zeros = 0
    for byte in digest:
        if byte == 0:
            zeros += 8
            continue
        zeros += 8 - byte.bit_length()
        break
    return zeros // 2


def build_mst(entries: list[tuple[bytes, bytes]], emit: Callable[[bytes, bytes], None]) -> bytes:
    """Encode the MST over sorted (key, value CID) pairs, emitting each node; returns the root CID."""
    layers = [key_layer(k) for k, _ in entries]
    top = max(layers, default=0)

    def node(lo: int, hi: int, layer: int) -> bytes:
        # entries[lo:hi] all have layer <= `layer`; those == layer sit in this node.
        node_entries: list[dict[str, Any]] = []
        left: bytes | None = None
        run_start = lo
        previous = b""
        for i in range(lo, hi):
            if layers[i] != layer:
                continue
            sub = node(run_start, i, layer - 1) if i > run_start else None
            if node_entries:
                node_entries[-1]["t"] = sub
            else:
                left = sub
            key, value = entries[i]
            shared = 0
            for a, b in zip(previous, key):
                if a != b:
                    break
                shared += 1
            node_entries.append({"k": key[shared:], "p": shared, "t": None, "v": value})
            previous = key
            run_start = i + 1
        sub = node(run_start, hi, layer - 1) if hi > run_start else None
        if node_entries:
            node_entries[-1]["t"] = sub
        else:
            left = sub
        block = _encode({"e": node_entries, "l": left})
        cid = dag_cid(block)
        emit(cid, block)
        return cid

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    return node(0, len(entries), top)


def _encode(value: Any) -> bytes:
    import libipld

    return libipld.encode_dag_cbor(value)


def write_bluesky(path: Path, count: int, *, seed: int, trigger_rate: float) -> dict[str, Any]:
    """A repository CAR: header, commit, MST nodes, then records (records spooled to a temp file)."""
    rng = random.Random(seed)
    text = TextGen(rng, trigger_rate)
    start = datetime(2023, 4, 1, tzinfo=UTC)
    step = (datetime(2025, 3, 1, tzinfo=UTC) - start) / max(count, 1)
    keys: list[tuple[bytes, bytes]] = []
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        records_path = Path(tmp) / "records.bin"
        with open(records_path, "wb") as records:
            def put(collection: str, rkey: str, record: dict[str, Any]) -> bytes:
                block = _encode(record)
                cid = dag_cid(block)
                records.write(_varint(len(cid) + len(block)) + cid + block)
                keys.append((f"{collection}/{rkey}".encode(), cid))
                counts[collection] = counts.get(collection, 0) + 1
                return cid

            avatar = raw_cid(b"avatar")
            put("app.bsky.actor.profile", "self", {
                "$type": "app.bsky.actor.profile", "displayName": DISPLAY,
                "description": "Cyclist, reader, data nerd in Ottawa. Views my own.",
                "avatar": {"$type": "blob", "ref": avatar, "mimeType": "image/jpeg", "size": 48211},
                "createdAt": "2023-04-01T12:00:00.000Z"})
            post_refs: list[tuple[str, bytes]] = []
            shapes = ("%Y-%m-%dT%H:%M:%S.{ms}Z", "%Y-%m-%dT%H:%M:%S.{us}Z", "%Y-%m-%dT%H:%M:%S.{us}+00:00", "%Y-%m-%dT%H:%M:%S.{us}")
            for i in range(count):
                when = start + step * i + timedelta(microseconds=rng.randrange(10**9))
                rkey = tid(when, rng.randrange(1024))
                shape = rng.choices(shapes, weights=(80, 10, 5, 5))[0]
                created = when.strftime(shape.replace("{ms}", f"{when.microsecond // 1000:03d}").replace("{us}", f"{when.microsecond:06d}"))
                post = text.post()
                body = post.text
                facets = []
                data = body.encode()
                for tag in post.hashtags:
                    at = data.find(tag.encode())
                    if at >= 0:
                        facets.append({"index": {"byteStart": at, "byteEnd": at + len(tag.encode())},
                                       "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": tag[1:]}]})
                for mention in post.mentions:
                    at = data.find(("@" + mention).encode())
                    if at >= 0:
                        facets.append({"index": {"byteStart": at, "byteEnd": at + len(mention) + 1},
                                       "features": [{"$type": "app.bsky.richtext.facet#mention",
                                                     "did": f"did:plc:{hashlib.sha1(mention.encode()).hexdigest()[:24]}"}]})
                for link in post.links:
                    shown = link.split("://", 1)[1]
                    shown = shown[:24] + "..." if len(shown) > 27 else shown
                    at = len((body + " ").encode())
                    body = f"{body} {shown}"
                    facets.append({"index": {"byteStart": at, "byteEnd": at + len(shown.encode())},
                                   "features": [{"$type": "app.bsky.richtext.facet#link", "uri": link}]})
                record: dict[str, Any] = {"$type": "app.bsky.feed.post", "text": body, "createdAt": created}
                if rng.random() < 0.9:
                    record["langs"] = [post.lang]
                if facets:
                    record["facets"] = facets
                if post_refs and rng.random() < 0.2:
                    root_uri, root_cid = rng.choice(post_refs)
                    record["reply"] = {"root": {"uri": root_uri, "cid": root_cid}, "parent": {"uri": root_uri, "cid": root_cid}}
                roll = rng.random()
                if roll < 0.1:
                    record["embed"] = {"$type": "app.bsky.embed.images", "images": [
                        {"alt": "Photo of the canal", "image": {"$type": "blob", "ref": raw_cid(f"img{i}".encode()),
                                                                "mimeType": "image/jpeg", "size": rng.randrange(50_000, 900_000)},
                         "aspectRatio": {"width": 1440, "height": 1080}}]}
                elif roll < 0.14 and post_refs:
                    quoted_uri, quoted_cid = rng.choice(post_refs)
                    record["embed"] = {"$type": "app.bsky.embed.record", "record": {"uri": quoted_uri, "cid": quoted_cid}}
                elif roll < 0.2 and not post.links:
                    record["embed"] = {"$type": "app.bsky.embed.external", "external": {
                        "uri": f"https://{rng.choice(DOMAINS)}/a/{i}", "title": "An article", "description": "What it says."}}
                cid = put("app.bsky.feed.post", rkey, record)
                if len(post_refs) < 2000:
                    post_refs.append((f"at://{DID}/app.bsky.feed.post/{rkey}", libipld_cid_text(cid)))
                if rng.random() < 0.2:
                    put("app.bsky.feed.like", tid(when + timedelta(seconds=30), rng.randrange(1024)), {
                        "$type": "app.bsky.feed.like", "createdAt": created,
                        "subject": {"uri": f"at://did:plc:other{rng.randrange(10**6)}/app.bsky.feed.post/{tid(when, 1)}",
                                    "cid": "bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}})
                if rng.random() < 0.05:
                    put("app.bsky.feed.repost", tid(when + timedelta(seconds=60), rng.randrange(1024)), {
                        "$type": "app.bsky.feed.repost", "createdAt": created,
                        "subject": {"uri": f"at://did:plc:other{rng.randrange(10**6)}/app.bsky.feed.post/{tid(when, 2)}",
                                    "cid": "bafyreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy"}})
            for k in range(300):
                when = start + timedelta(hours=k)
                put("app.bsky.graph.follow", tid(when, k), {"$type": "app.bsky.graph.follow",
                                                             "subject": f"did:plc:follow{k:06d}", "createdAt": "2023-04-02T00:00:00.000Z"})
            put("blue.linkat.board", "self", {"$type": "blue.linkat.board", "cards": [{"url": "https://example.org", "text": "Site"}]})
        keys.sort()
        if len(set(k for k, _ in keys)) != len(keys):
            # Duplicate TIDs are vanishingly rare; keep the last (a repo maps each key once).
            keys = list(dict(keys).items())
        nodes_path = Path(tmp) / "nodes.bin"
        with open(nodes_path, "wb") as nodes_out:
            node_count = 0

            def emit(cid: bytes, block: bytes) -> None:
                nonlocal node_count
                node_count += 1
                nodes_out.write(_varint(len(cid) + len(block)) + cid + block)

            root = build_mst(keys, emit)
        commit = _encode({"did": DID, "version": 3, "data": root, "rev": tid(datetime(2025, 3, 1, tzinfo=UTC), 0),
                          "prev": None, "sig": b"\xaa" + hashlib.sha512(root).digest()[1:]})
        commit_cid = dag_cid(commit)
        header = _encode({"version": 1, "roots": [commit_cid]})
        tmp_out = path.with_suffix(".tmp")
        with open(tmp_out, "wb") as out:
            out.write(_varint(len(header)) + header)
            out.write(_varint(len(commit_cid) + len(commit)) + commit_cid + commit)
            for part in (nodes_path, records_path):
                with open(part, "rb") as src:
                    while chunk := src.read(1 << 20):
                        out.write(chunk)
        tmp_out.replace(path)
    return {"records": len(keys), "mst_nodes": node_count, "by_collection": counts,
            "mst": "proper MST (layer = leading zero bits of sha256(key) // 2; entry-less nodes where a layer is skipped)"}


def libipld_cid_text(cid: bytes) -> str:
    import libipld

    return libipld.encode_cid(cid)


# ---------------------------------------------------------------------------- driver


def _fresh(path: Path, params: dict[str, Any]) -> bool:
    sidecar = path.with_name(path.name + ".json")
    if not path.exists() or not sidecar.exists():
        return False
    try:
        return orjson.loads(sidecar.read_bytes()).get("params") == params
    except orjson.JSONDecodeError:
        return False


def _record(paths: list[Path], params: dict[str, Any], stats: dict[str, Any], seconds: float) -> None:
    for path in paths:
        sidecar = path.with_name(path.name + ".json")
        sidecar.write_bytes(orjson.dumps({"params": params, "stats": stats, "seconds": round(seconds, 1),
                                          "bytes": path.stat().st_size}, option=orjson.OPT_INDENT_2))


@dataclass
class Paths:
    out: Path

    def x(self, n: int, layout: str) -> Path:
        return self.out / f"x-{size_label(n)}-{layout}.zip"

    def delta(self, n: int) -> Path:
        return self.out / f"x-{size_label(n)}-delta.zip"

    def findings(self, n: int = FINDINGS_POSTS) -> Path:
        # The 10k archive keeps its historical name; other sizes carry theirs.
        return self.out / ("x-findings.zip" if n == FINDINGS_POSTS else f"x-findings-{size_label(n)}.zip")

    def mastodon(self, n: int) -> Path:
        return self.out / f"mastodon-{size_label(n)}.tar.gz"

    def bluesky(self, n: int) -> Path:
        return self.out / f"bluesky-{size_label(n)}.car"


def ensure_x(paths: Paths, n: int, *, trigger_rate: float, force: bool = False, log: Callable[[str], None] = print) -> None:
    params = {"v": GENERATOR_VERSION, "kind": "x", "n": n, "seed": n, "trigger_rate": trigger_rate}
    targets = {"tweets": paths.x(n, "tweets"), "tweet": paths.x(n, "tweet")}
    if not force and all(_fresh(p, params) for p in targets.values()):
        log(f"reuse {targets['tweets'].name} and {targets['tweet'].name}")
    else:
        began = time.perf_counter()
        stats = write_x_archives(targets, n, seed=n, trigger_rate=trigger_rate)
        _record(list(targets.values()), params, stats, time.perf_counter() - began)
        log(f"wrote {targets['tweets'].name} and {targets['tweet'].name} in {time.perf_counter() - began:.0f} s "
            f"({targets['tweets'].stat().st_size / 1e6:.0f} MB each)")
    # The delta: 1 % new posts after the last one, same account (a second, partial archive).
    delta = paths.delta(n)
    d = max(n // 100, 1)
    dparams = {"v": GENERATOR_VERSION, "kind": "x-delta", "n": d, "seed": n + 7, "trigger_rate": trigger_rate}
    if force or not _fresh(delta, dparams):
        began = time.perf_counter()
        stats = write_x_archives({"tweets": delta}, d, seed=n + 7, trigger_rate=trigger_rate,
                                 start=datetime(2024, 6, 1, tzinfo=UTC), end=datetime(2024, 9, 1, tzinfo=UTC), extras=False)
        _record([delta], dparams, stats, time.perf_counter() - began)
        log(f"wrote {delta.name} ({d} new posts)")


def ensure_findings(paths: Paths, n: int = FINDINGS_POSTS, *, force: bool = False, log: Callable[[str], None] = print) -> None:
    """`n` posts that each trip a rule (about 1.17 findings per post): the report benchmark."""
    target = paths.findings(n)
    params = {"v": GENERATOR_VERSION, "kind": "x-findings", "n": n, "seed": 42}
    if force or not _fresh(target, params):
        began = time.perf_counter()
        stats = write_x_archives({"tweets": target}, n, seed=42, trigger_rate=1.0, extras=False, force_trigger=True)
        _record([target], params, stats, time.perf_counter() - began)
        log(f"wrote {target.name} ({n:,} posts that each trip a rule)")


def ensure_mastodon(paths: Paths, n: int, *, trigger_rate: float, force: bool = False, log: Callable[[str], None] = print) -> None:
    target = paths.mastodon(n)
    params = {"v": GENERATOR_VERSION, "kind": "mastodon", "n": n, "seed": n + 1, "trigger_rate": trigger_rate}
    if force or not _fresh(target, params):
        began = time.perf_counter()
        stats = write_mastodon(target, n, seed=n + 1, trigger_rate=trigger_rate)
        _record([target], params, stats, time.perf_counter() - began)
        log(f"wrote {target.name} in {time.perf_counter() - began:.0f} s")


def ensure_bluesky(paths: Paths, n: int, *, trigger_rate: float, force: bool = False, log: Callable[[str], None] = print) -> None:
    target = paths.bluesky(n)
    params = {"v": GENERATOR_VERSION, "kind": "bluesky", "n": n, "seed": n + 2, "trigger_rate": trigger_rate}
    if force or not _fresh(target, params):
        began = time.perf_counter()
        stats = write_bluesky(target, n, seed=n + 2, trigger_rate=trigger_rate)
        _record([target], params, stats, time.perf_counter() - began)
        log(f"wrote {target.name} in {time.perf_counter() - began:.0f} s ({stats['mst_nodes']} MST nodes)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"folder for the archives (default {DEFAULT_OUT})")
    parser.add_argument("--sizes", default="10k,100k,1M", help="X archive sizes, comma-separated (default 10k,100k,1M)")
    parser.add_argument("--other-sizes", default="10k,100k", help="Mastodon and Bluesky sizes (default 10k,100k; '' for none)")
    parser.add_argument("--trigger-rate", type=float, default=0.10, help="share of posts that trip a rule (default 0.10)")
    parser.add_argument("--findings-sizes", default="10k",
                        help="report archives (posts that each trip a rule), comma-separated (default 10k; 100k gives ~117,000 findings)")
    parser.add_argument("--force", action="store_true", help="rewrite even when a matching file exists")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    paths = Paths(args.out)
    for n in [parse_size(s) for s in args.sizes.split(",") if s.strip()]:
        ensure_x(paths, n, trigger_rate=args.trigger_rate, force=args.force)
    for n in [parse_size(s) for s in args.findings_sizes.split(",") if s.strip()]:
        ensure_findings(paths, n, force=args.force)
    for n in [parse_size(s) for s in args.other_sizes.split(",") if s.strip()]:
        ensure_mastodon(paths, n, trigger_rate=args.trigger_rate, force=args.force)
        ensure_bluesky(paths, n, trigger_rate=args.trigger_rate, force=args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
