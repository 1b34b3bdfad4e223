"""The hostile corpus: broken, malicious and merely strange inputs for every importer, generated
at test time (nothing large is stored in the project).

Each `Case` writes its input under a folder it is given and says how the import must end:

- "error": exit 2 with one line naming the file and the problem; the database is unchanged;
- "skip": exit 0, the bad part recorded as skipped (reason containing `message`), the rest of
  the export imported whole (`items` checks the count);
- "import": exit 0 and the content imported as written (then `check` looks at it).

`isolate=True` cases run the real command in a subprocess with a memory cap and a time limit,
so a regression that loops or balloons fails the test instead of hanging or killing the suite.
"""

from __future__ import annotations

import io
import json
import os
import stat
import struct
import tarfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.hostile.exports import (
    EXPORTS,
    POST_TEXT,
    POSTS_MEMBER,
    YOUTUBE_CHANNEL,
    Files,
    bluesky_export,
    car_bytes,
    facebook_export,
    instagram_export,
    linkedin_export,
    mastodon_actor,
    mastodon_archive,
    mastodon_note,
    reddit_export,
    threads_export,
    tiktok_export,
    write_folder,
    write_tar,
    write_zip,
    x_account,
    x_archive,
    x_tweet,
    youtube_export,
    youtube_segments,
    ytd,
)

# What hostile text looks like: markup that would run or restyle a report if it were not
# escaped, a link that would run script, and a right-to-left override that makes "gpj.exe"
# display as "exe.jpg".
SCRIPT = '<script>alert("pwned")</script>'
MARKUP = f'{SCRIPT}<img src=x onerror=alert(1)><style>body{{display:none}}</style><a href="javascript:alert(2)">x</a>'
RLO = "\u202e"
SPOOF = f"invoice{RLO}gpj.exe"
JS_URL = "javascript:alert(document.cookie)"
# Text that the political rules flag, so the hostile text around it reaches the report.
FLAGGED = "Vote Conservative this election and donate to the Liberal Party!"

# Absolute targets that a path traversal would write to if anything were extracted; the test
# checks none of them exists afterwards.
ESCAPE_NAMES = ("hostile-escape-zip.txt", "hostile-escape-tar.txt", "hostile-escape-abs.txt")


@dataclass(frozen=True)
class Case:
    id: str
    connector: str
    covers: str
    build: Callable[[Path], Path]
    expect: str  # "error" | "skip" | "import"
    message: str = ""
    items: int | None = None
    isolate: bool = False
    seconds: float = 15.0
    report: bool = False  # also scan and write the HTML report, then check it is escaped
    patch: dict[str, Any] = field(default_factory=dict)  # "module:ATTR" -> value, in-process only
    check: Callable[[Path], None] | None = None  # given the database path
    xfail: str = ""  # why the case fails until a change outside connectors/ lands


# ---------------------------------------------------------------------------- zip surgery


def _headers(data: bytes, name: bytes) -> list[tuple[int, str]]:
    """Offsets of the local and central headers of member `name`."""
    found = []
    for signature, kind, name_len_at, name_at in ((b"PK\x03\x04", "local", 26, 30), (b"PK\x01\x02", "central", 28, 46)):
        at = data.find(signature)
        while at >= 0:
            length = struct.unpack_from("<H", data, at + name_len_at)[0]
            if data[at + name_at:at + name_at + length] == name:
                found.append((at, kind))
            at = data.find(signature, at + 4)
    return found


def patch_member(path: Path, name: str, *, flags: int = 0, method: int | None = None,
                 claimed_size: int | None = None) -> Path:
    """Rewrite a member's headers: set flag bits, change the compression method or the size."""
    data = bytearray(path.read_bytes())
    for at, kind in _headers(bytes(data), name.encode()):
        flag_at, method_at, size_at = (at + 6, at + 8, at + 22) if kind == "local" else (at + 8, at + 10, at + 24)
        struct.pack_into("<H", data, flag_at, struct.unpack_from("<H", data, flag_at)[0] | flags)
        if method is not None:
            struct.pack_into("<H", data, method_at, method)
        if claimed_size is not None:
            struct.pack_into("<I", data, size_at, claimed_size)
    path.write_bytes(bytes(data))
    return path


def add_zip_symlink(path: Path, name: str, target: str) -> Path:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix, so the mode in external_attr counts
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(info, target)
    return path


def add_zip_members(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "a") as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name), content)
    return path


def truncated(path: Path, keep: float = 0.5) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def with_posts(connector: str, content: bytes, files: Files | None = None) -> Files:
    files = dict(files or EXPORTS[connector]())
    files[POSTS_MEMBER[connector]] = content
    return files


def deep_json(depth: int, *, prefix: bytes = b"") -> bytes:
    return prefix + b"[" * depth + b"]" * depth


class _Zeros(io.RawIOBase):
    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = min(len(buffer), self.left)
        buffer[:count] = bytes(count)
        self.left -= count
        return count


# ---------------------------------------------------------------------------- X


def x_zip_traversal(d: Path) -> Path:
    archive = write_zip(d / "twitter.zip", x_archive())
    return add_zip_members(archive, {
        f"../../../../../../../../tmp/{ESCAPE_NAMES[0]}": b"escaped",
        f"/tmp/{ESCAPE_NAMES[2]}": b"escaped",
        "data/..\\..\\windows-escape.js": b"window.YTD.x.part0 = []",
        "C:\\evil.js": b"window.YTD.x.part0 = []",
    })


def x_zip_symlink(d: Path) -> Path:
    archive = write_zip(d / "twitter.zip", x_archive())
    return add_zip_symlink(archive, "data/like.js", "/etc/passwd")


def x_truncated_zip(d: Path) -> Path:
    return truncated(write_zip(d / "twitter.zip", x_archive([x_tweet(str(1300000000000000000 + i)) for i in range(50)])))


def x_invalid_js(d: Path) -> Path:
    return write_folder(d / "x", with_posts("x-archive", b"window.YTD.tweets.part0 = [{\"tweet\": {\"id\": 1,,}}]"))


def x_truncated_js(d: Path) -> Path:
    content = ytd("tweets", [x_tweet(str(1300000000000000000 + i)) for i in range(20)])
    return write_folder(d / "x", with_posts("x-archive", content[: len(content) * 2 // 3]))


def x_deep(d: Path) -> Path:
    return write_folder(d / "x", with_posts("x-archive", deep_json(100_000, prefix=b"window.YTD.tweets.part0 = ")))


def x_deep_inside_a_record(d: Path) -> Path:
    # 300 levels: far below what hurts a parser, but more than the database can store.
    body = b'[{"tweet": {"id_str": "1", "created_at": "Thu Mar 04 15:30:00 +0000 2021", "full_text": "x", "deep": '
    return write_folder(d / "x", with_posts("x-archive", b"window.YTD.tweets.part0 = " + body + deep_json(300) + b"}}]"))


def x_million_empty(d: Path) -> Path:
    content = b"window.YTD.tweets.part0 = [" + b",".join([b"{}"] * 1_000_000) + b"]"
    return write_folder(d / "x", with_posts("x-archive", content))


def x_ten_megabyte_post(d: Path) -> Path:
    text = ("lorem ipsum " * 900_000)[:10_000_000] + f" {FLAGGED} {MARKUP}"
    return write_folder(d / "x", x_archive([x_tweet(text=text)]))


def x_utf16(d: Path) -> Path:
    files = x_archive()
    files["data/tweets.js"] = files["data/tweets.js"].decode().encode("utf-16")
    return write_folder(d / "x", files)


def x_markup(d: Path) -> Path:
    account = x_account(accountDisplayName=f"GC {MARKUP} {SPOOF}", email="pat.example@hrsdc-rhdcc.gc.ca")
    files = x_archive([x_tweet(text=f"{FLAGGED} {MARKUP} {SPOOF}", entities={"urls": [{"expanded_url": JS_URL}]})],
                      account=account, bio=f"Policy Analyst at ESDC. {MARKUP}", website=JS_URL)
    return write_folder(d / "x", files)


def x_encrypted(d: Path) -> Path:
    return patch_member(write_zip(d / "twitter.zip", x_archive()), "data/tweets.js", flags=0x1)


def x_unknown_compression(d: Path) -> Path:
    return patch_member(write_zip(d / "twitter.zip", x_archive()), "data/tweets.js", method=98)  # PPMd


def x_lying_size(d: Path) -> Path:
    # The headers claim 10 bytes; the data inflates to far more: reading stops at the claim and
    # the CRC does not match, instead of inflating whatever the stream holds.
    return patch_member(write_zip(d / "twitter.zip", x_archive()), "data/tweets.js", claimed_size=10)


def x_bad_utf8_name(d: Path) -> Path:
    archive = add_zip_members(write_zip(d / "twitter.zip", x_archive()), {"data/zzname.js": b"x"})
    data = bytearray(archive.read_bytes())
    for at, kind in _headers(bytes(data), b"data/zzname.js"):
        name_at, flag_at = (at + 30, at + 6) if kind == "local" else (at + 46, at + 8)
        data[name_at + 5] = 0xFF
        struct.pack_into("<H", data, flag_at, struct.unpack_from("<H", data, flag_at)[0] | 0x800)
    archive.write_bytes(bytes(data))
    return archive


def x_control_names(d: Path) -> Path:
    archive = write_zip(d / "twitter.zip", x_archive())
    return add_zip_members(archive, {f"data/evil\nname{RLO}sj.js": b"window.YTD.evil.part0 = []",
                                     "data/\x1b[31mred.js": b"window.YTD.red.part0 = []"})


def x_nul(d: Path) -> Path:
    return write_folder(d / "x", x_archive([x_tweet(text=f"before\x00after {FLAGGED}")]))


def _no_raw_controls_in_skipped(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        sources = [row[0] for row in conn.execute("SELECT source FROM skipped")]
    assert sources, "the odd names were not recorded"
    assert not any(ch in s for s in sources for ch in ("\n", "\x1b", RLO)), sources
    assert any("\\u202e" in s and "\\x0a" in s for s in sources), sources


def _nul_kept(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        texts = [row[0] for row in conn.execute("SELECT text FROM items WHERE platform = 'x'")]
    assert any("before\x00after" in t for t in texts), texts


# ---------------------------------------------------------------------------- Mastodon


def _tar_extra(archive: tarfile.TarFile) -> None:
    for name, kind, target in (("likes.json", tarfile.SYMTYPE, "/etc/passwd"),
                               ("bookmarks.json", tarfile.LNKTYPE, "../../../../etc/shadow"),
                               ("media_attachments/dev", tarfile.CHRTYPE, ""),
                               ("media_attachments/pipe", tarfile.FIFOTYPE, "")):
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = target
        archive.addfile(info)


def mastodon_tar_traversal(d: Path) -> Path:
    files = mastodon_archive()
    files[f"../../../../../../../../tmp/{ESCAPE_NAMES[1]}"] = b"escaped"
    files[f"/tmp/{ESCAPE_NAMES[2]}"] = b"escaped"
    return write_tar(d / "archive.tar.gz", files)


def mastodon_tar_links(d: Path) -> Path:
    files = mastodon_archive()
    files.pop("likes.json")
    return write_tar(d / "archive.tar.gz", files, extra=_tar_extra)


def mastodon_truncated(d: Path) -> Path:
    notes = [mastodon_note(str(110000000000000000 + i), f"<p>post {i} {os.urandom(64).hex()}</p>") for i in range(40)]
    return truncated(write_tar(d / "archive.tar.gz", mastodon_archive(notes)), 0.6)


def mastodon_tar_bomb(d: Path) -> Path:
    def bomb(archive: tarfile.TarFile) -> None:
        info = tarfile.TarInfo("media_attachments/zeros.bin")
        info.size = 40 * 1024 * 1024
        archive.addfile(info, io.BufferedReader(_Zeros(info.size)))

    return write_tar(d / "archive.tar.gz", mastodon_archive(), extra=bomb)


def mastodon_markup(d: Path) -> Path:
    note = mastodon_note(html=f"<p>{FLAGGED}</p>{MARKUP}<p>{SPOOF}</p>", url=JS_URL,
                         attachment=[{"type": "Document", "url": JS_URL, "mediaType": "image/png"}])
    actor = mastodon_actor(name=f"{MARKUP}{SPOOF}", url=JS_URL, summary=f"<p>{MARKUP}</p>",
                           attachment=[{"type": "PropertyValue", "name": "Web", "value": f'<a href="{JS_URL}">site</a>'}])
    return write_folder(d / "m", mastodon_archive([note], actor=actor))


def mastodon_deep(d: Path) -> Path:
    return write_folder(d / "m", with_posts("mastodon-archive", b'{"orderedItems": ' + deep_json(100_000) + b"}"))


def mastodon_bom(d: Path) -> Path:
    files = {name: b"\xef\xbb\xbf" + content for name, content in mastodon_archive().items()}
    return write_folder(d / "m", files)


def mastodon_actor_escape(d: Path) -> Path:
    # actor.json names an outbox outside the archive: never followed, so not an export at all.
    files = mastodon_archive(actor=mastodon_actor(outbox="../../../../etc/passwd"))
    return write_tar(d / "archive.tar.gz", files)


# ---------------------------------------------------------------------------- Bluesky


def bluesky_truncated(d: Path) -> Path:
    data = car_bytes()
    return write_folder(d / "b", {"repo.car": data[: len(data) - 25]})


def bluesky_huge_block(d: Path) -> Path:
    data = car_bytes()
    # A block whose length prefix claims 2**62 bytes.
    return write_folder(d / "b", {"repo.car": data + b"\xff\xff\xff\xff\xff\xff\xff\xff\x3f" + b"\x00" * 40})


def bluesky_deep_record(d: Path) -> Path:
    record = b"\xa2\x64text\x61x\x65$type" + b"\x81" * 300 + b"\x60"  # {"text": "x", "$type": [[[...""]]]}
    return write_folder(d / "b", bluesky_export(raw_records={"app.bsky.feed.post/3kabcdefghi33": record}))


def bluesky_symlink_out(d: Path) -> Path:
    outside = write_folder(d / "elsewhere", {"other.car": car_bytes(did="did:plc:someoneelsexxxxxxxxxxxxx")})
    folder = write_folder(d / "b", bluesky_export())
    (folder / "other.car").symlink_to(outside / "other.car")
    return folder


def bluesky_markup(d: Path) -> Path:
    records = {
        "app.bsky.actor.profile/self": {"$type": "app.bsky.actor.profile", "displayName": f"{MARKUP}{SPOOF}",
                                        "description": MARKUP},
        "app.bsky.feed.post/3kabcdefghi22": {"$type": "app.bsky.feed.post", "text": f"{FLAGGED} {MARKUP}",
                                             "createdAt": "2024-06-01T12:00:00Z",
                                             "reply": {"parent": {"uri": JS_URL}, "root": {"uri": JS_URL}}},
    }
    return write_folder(d / "b", bluesky_export(records))


# ---------------------------------------------------------------------------- Facebook


def facebook_zip_bomb(d: Path) -> Path:
    files = facebook_export()
    files["your_activity_across_facebook/posts/media/zeros.bin"] = bytes(17 * 1024 * 1024)
    return write_zip(d / "facebook.zip", files)


def facebook_zip_total(d: Path) -> Path:
    files = facebook_export()
    for i in range(3):
        files[f"your_activity_across_facebook/posts/media/{i}.jpg"] = os.urandom(700 * 1024)
    return write_zip(d / "facebook.zip", files)


def facebook_mojibake(d: Path) -> Path:
    # Meta's own mojibake (repaired), a post already correct (left alone) and one mojibake'd twice.
    mojibake = "Crème brûlée à Gatineau 😂".encode("utf-8").decode("latin-1")
    posts = [{"timestamp": 1600000000, "data": [{"post": mojibake}], "title": ""},
             {"timestamp": 1600000100, "data": [{"post": "déjà vu"}], "title": ""}]
    return write_folder(d / "fb", with_posts("facebook-dyi", json.dumps(posts, ensure_ascii=True).encode()))


def _mojibake_repaired(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        texts = {row[0] for row in conn.execute("SELECT text FROM items WHERE platform = 'facebook'")}
    assert "Crème brûlée à Gatineau 😂" in texts and "déjà vu" in texts, texts


def facebook_html(d: Path) -> Path:
    page = ("<html><head><style>body{display:none}</style><script>alert(1)</script></head><body>"
            + "<div>" * 20_000 + f"<div>Jan 02, 2021 3:04:05 pm</div><div>{MARKUP}</div>" + "</div>" * 20_000
            + "</body></html>")
    files = facebook_export()
    files["your_activity_across_facebook/posts/your_posts_2.html"] = page.encode()
    return write_folder(d / "fb", files)


def facebook_deep_profile(d: Path) -> Path:
    files = facebook_export()
    files["personal_information/profile_information/profile_information.json"] = (
        b'{"profile_v2": {"username": "p", "deep": ' + deep_json(900) + b"}}")
    return write_folder(d / "fb", files)


def facebook_huge_profile(d: Path) -> Path:
    files = facebook_export()
    name = "personal_information/profile_information/profile_information.json"
    files[name] = files[name][:-2] + b', "padding": "' + b"x" * 3_000_000 + b'"}}'
    return write_folder(d / "fb", files)


# ---------------------------------------------------------------------------- Instagram


def instagram_bad_utf8(d: Path) -> Path:
    content = b'[{"media": [{"uri": "media/posts/a.jpg", "creation_timestamp": 1719792000, "title": "caf\xe9 \xff"}]}]'
    return write_folder(d / "ig", with_posts("instagram-export", content))


def instagram_zip_in_zip(d: Path) -> Path:
    inner = write_zip(d / "inner" / "instagram.zip", instagram_export())
    return write_zip(d / "outer.zip", {"instagram.zip": inner.read_bytes()})


def instagram_folder_with_broken_zip(d: Path) -> Path:
    folder = d / "downloads"
    truncated(write_zip(folder / "instagram-pat.zip", instagram_export()), 0.7)
    return folder


def downloads_good_and_broken(d: Path) -> Path:
    folder = write_folder(d / "downloads" / "twitter-2024", x_archive())
    truncated(write_zip(d / "downloads" / "instagram-pat.zip", instagram_export()), 0.7)
    return folder.parent


def instagram_wrong_types(d: Path) -> Path:
    posts = [None, 3, "text", [], {"media": "nope"}, {"media": [None, {"uri": 5, "creation_timestamp": "x"}]},
             {"media": [{"uri": "media/posts/a.jpg", "creation_timestamp": 1e300, "title": ["x"]}]},
             {"media": [{"uri": "media/posts/b.jpg", "creation_timestamp": 1719792000, "title": POST_TEXT}]}]
    return write_folder(d / "ig", with_posts("instagram-export", json.dumps(posts).encode()))


# ---------------------------------------------------------------------------- Threads


def threads_bom(d: Path) -> Path:
    files = {name: b"\xef\xbb\xbf" + content for name, content in threads_export().items()}
    return write_folder(d / "th", files)


def threads_truncated(d: Path) -> Path:
    content = threads_export()[POSTS_MEMBER["threads-export"]]
    return write_folder(d / "th", with_posts("threads-export", content[: len(content) - 30]))


def threads_utf16(d: Path) -> Path:
    files = {name: content.decode().encode("utf-16") for name, content in threads_export().items()}
    return write_folder(d / "th", files)


# ---------------------------------------------------------------------------- LinkedIn


def linkedin_utf16(d: Path) -> Path:
    files = linkedin_export()
    files["Shares.csv"] = files["Shares.csv"].decode().encode("utf-16")
    return write_folder(d / "li", files)


def linkedin_latin1_odd_name(d: Path) -> Path:
    files = linkedin_export(rows=[["2024-03-01 12:00:00", "https://www.linkedin.com/feed/update/urn:li:share:1",
                                   "Café crème", "", "", "PUBLIC"]])
    files[f"Sha\nres{RLO}.csv"] = files.pop("Shares.csv").decode().encode("latin-1")
    return write_folder(d / "li", files)


def linkedin_special_files(d: Path) -> Path:
    folder = write_folder(d / "li", linkedin_export())
    (folder / "a.csv").symlink_to(folder / "b.csv")
    (folder / "b.csv").symlink_to(folder / "a.csv")
    (folder / "gone.csv").symlink_to(folder / "nowhere.csv")
    (folder / "secrets.csv").symlink_to("/etc/passwd")
    os.mkfifo(folder / "Comments.csv")
    return folder


# ---------------------------------------------------------------------------- Reddit


def reddit_latin1(d: Path) -> Path:
    files = reddit_export()
    files["comments.csv"] = files["comments.csv"].decode().replace("weekend", "été").encode("latin-1", "replace")
    return write_folder(d / "r", files)


def reddit_nul(d: Path) -> Path:
    rows = [["c1", "https://www.reddit.com/r/a/comments/abc123/t/c1/", "2024-01-02 03:04:05 UTC", "", "ottawa", "0",
             "https://www.reddit.com/r/a/comments/abc123/t/", "", "before\x00after", ""]]
    return write_folder(d / "r", reddit_export(rows))


def reddit_many_empty_rows(d: Path) -> Path:
    files = reddit_export()
    files["comments.csv"] += b",,,,,,,,,\r\n" * 300_000
    return write_folder(d / "r", files)


# ---------------------------------------------------------------------------- TikTok


def tiktok_fifo(d: Path) -> Path:
    folder = write_folder(d / "tt", tiktok_export())
    os.mkfifo(folder / "user_data.json")
    return folder


def tiktok_deep(d: Path) -> Path:
    head = b'{"Activity": {"Like List": {"ItemFavoriteList": []}}, "Profile": {"ProfileMap": '
    return write_folder(d / "tt", {"user_data_tiktok.json": head + deep_json(100_000) + b"}}}"})


def tiktok_wrong_types(d: Path) -> Path:
    videos = [None, 1, "x", [], {"Date": ["2023"]}, {"Date": {"a": 1}, "Link": 5}, {"Date": 1e308, "Title": None},
              {"Date": "2023-01-02 03:04:05", "Link": JS_URL, "Likes": "1,2,3,,", "Title": f"{FLAGGED} {MARKUP}"}]
    return write_folder(d / "tt", tiktok_export(videos, profile={"userName": ["pat"], "bioDescription": {"x": 1}}))


def tiktok_truncated(d: Path) -> Path:
    content = tiktok_export()["user_data_tiktok.json"]
    return write_folder(d / "tt", {"user_data_tiktok.json": content[: len(content) - 50]})


# ---------------------------------------------------------------------------- YouTube


def _yt_row(comment_id: str, text: str) -> list[str]:
    return [comment_id, YOUTUBE_CHANNEL, "2023-09-19T17:42:53+00:00", "0", "", "WtOskFeLmr4", text]


def youtube_bad_cells(d: Path) -> Path:
    rows = [_yt_row("UgxDeep0000000000000000", '{"text": ' + "[" * 5000 + "]" * 5000 + "}"),
            _yt_row("UgxBigInt000000000000000", '{"text": 1' + "1" * 5000 + "}"),
            _yt_row("UgxSurrogate000000000000", '{"text": "a\\ud800b"}'),
            _yt_row("UgxMarkup000000000000000", youtube_segments(f"{FLAGGED} {MARKUP} {SPOOF}"))]
    return write_folder(d / "yt", youtube_export(rows))


def youtube_latin1(d: Path) -> Path:
    files = youtube_export([_yt_row("UgxLatin00000000000000", "Très bien")])
    name = POSTS_MEMBER["youtube-takeout"]
    files[name] = files[name].decode().encode("latin-1")
    return write_folder(d / "yt", files)


def youtube_zip_tricks(d: Path) -> Path:
    archive = write_zip(d / "takeout.zip", youtube_export())
    add_zip_members(archive, {f"Takeout/../../../../tmp/{ESCAPE_NAMES[0]}": b"escaped"})
    return add_zip_symlink(archive, "Takeout/YouTube and YouTube Music/comments/more.csv", "/etc/passwd")


# ---------------------------------------------------------------------------- any source


def empty_zip(d: Path) -> Path:
    return write_zip(d / "empty.zip", {})


def pipe_as_path(d: Path) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    os.mkfifo(d / "export.zip")
    return d / "export.zip"


CASES: tuple[Case, ...] = (
    # X
    Case("x-zip-traversal", "x-archive", "zip members named ../…, /abs, ..\\ and C:\\ are refused and recorded",
         x_zip_traversal, "skip", "unsafe member name refused", items=1),
    Case("x-zip-symlink", "x-archive", "a symlink member inside a zip (like.js -> /etc/passwd) is refused",
         x_zip_symlink, "skip", "symbolic link inside the zip refused", items=1),
    Case("x-truncated-zip", "x-archive", "a zip cut in half (interrupted download)", x_truncated_zip, "error",
         "not a readable zip archive"),
    Case("x-invalid-js", "x-archive", "tweets.js that is not JSON after its prefix", x_invalid_js, "error", "invalid JSON"),
    Case("x-truncated-js", "x-archive", "tweets.js cut mid-array", x_truncated_js, "error", "invalid JSON"),
    Case("x-deep-nesting", "x-archive", "100,000 nested arrays in tweets.js: no RecursionError, no 2 GB of prefixes",
         x_deep, "error", "nested more than 128 levels", isolate=True),
    Case("x-deep-record", "x-archive", "a tweet nested 300 deep (more than the database's JSON can hold)",
         x_deep_inside_a_record, "error", "nested more than 128 levels"),
    Case("x-million-empty", "x-archive", "[{},{},...] a million times: streamed, skips summarised, seconds not minutes",
         x_million_empty, "skip", "more records of this file skipped", items=0, isolate=True, seconds=30),
    Case("x-ten-megabyte-post", "x-archive", "a 10 MB post with markup: imported, scanned and reported escaped",
         x_ten_megabyte_post, "import", items=1, isolate=True, seconds=45, report=True),
    Case("x-utf16", "x-archive", "tweets.js re-saved as UTF-16", x_utf16, "error", "invalid JSON"),
    Case("x-markup", "x-archive", "script, img onerror, style, javascript: and RLO in post, name, bio and website",
         x_markup, "import", items=1, report=True),
    Case("x-encrypted-member", "x-archive", "a password-protected zip member", x_encrypted, "error", "encrypted"),
    Case("x-unknown-compression", "x-archive", "a zip member compressed with an unsupported method (PPMd)",
         x_unknown_compression, "error", "compression method is not supported"),
    Case("x-lying-size", "x-archive", "a member whose header claims 10 bytes but inflates to more", x_lying_size,
         "error", "damaged member"),
    Case("x-bad-utf8-name", "x-archive", "a member name flagged UTF-8 that is not", x_bad_utf8_name, "error",
         "marked UTF-8 but is not"),
    Case("x-control-names", "x-archive", "member names with a newline, an ANSI escape and RLO are recorded escaped",
         x_control_names, "skip", "not audited", items=1, check=_no_raw_controls_in_skipped),
    Case("x-nul", "x-archive", "a NUL character inside a post is kept as text", x_nul, "import", items=1,
         report=True, check=_nul_kept),
    # Mastodon
    Case("mastodon-tar-traversal", "mastodon-archive", "tar.gz members named ../… and /abs are refused",
         mastodon_tar_traversal, "skip", "unsafe member name refused", items=1),
    Case("mastodon-tar-links", "mastodon-archive", "symlink, hard link, device and FIFO members in a tar are refused",
         mastodon_tar_links, "skip", "link or special file inside the archive refused", items=1),
    Case("mastodon-truncated-targz", "mastodon-archive", "a tar.gz cut short", mastodon_truncated, "error",
         "not a readable tar archive"),
    Case("mastodon-tar-bomb", "mastodon-archive", "40 MB of zeros gzipped to 40 kB inside the tar", mastodon_tar_bomb,
         "error", "tar bomb"),
    Case("mastodon-markup", "mastodon-archive", "javascript: post, media and profile URLs; markup and RLO in HTML",
         mastodon_markup, "import", items=1, report=True),
    Case("mastodon-deep-outbox", "mastodon-archive", "100,000 nested arrays in outbox.json", mastodon_deep, "error",
         "nested more than 128 levels", isolate=True),
    Case("mastodon-bom", "mastodon-archive", "every JSON file starts with a UTF-8 byte-order mark", mastodon_bom,
         "import", items=1),
    Case("mastodon-actor-escape", "mastodon-archive", "actor.json names an outbox at ../../etc/passwd",
         mastodon_actor_escape, "error", "none of them a supported export"),
    # Bluesky
    Case("bluesky-truncated-car", "bluesky-car", "a .car cut inside its last block", bluesky_truncated, "error",
         "truncated CAR file"),
    Case("bluesky-huge-block", "bluesky-car", "a block length prefix claiming 2**62 bytes", bluesky_huge_block,
         "error", "damaged CAR file"),
    Case("bluesky-deep-record", "bluesky-car", "a DAG-CBOR record nested 300 deep", bluesky_deep_record, "skip",
         "nested more than 128 levels", items=1),
    Case("bluesky-symlink-out", "bluesky-car", "a symlink in the folder pointing at another account's .car outside",
         bluesky_symlink_out, "skip", "symbolic link pointing outside the folder refused", items=1),
    Case("bluesky-markup", "bluesky-car", "markup and RLO in display name, bio and post; javascript: reply URI",
         bluesky_markup, "import", items=1, report=True),
    # Facebook
    Case("facebook-zip-bomb-ratio", "facebook-dyi", "a 17 MB member deflated 1000 to 1", facebook_zip_bomb, "error",
         "zip bomb"),
    Case("facebook-zip-bomb-total", "facebook-dyi", "members adding up past the total limit (lowered for the test)",
         facebook_zip_total, "error", "would inflate to", patch={"footprint.connectors._archive:MAX_TOTAL_BYTES": 1_500_000}),
    Case("facebook-mojibake", "facebook-dyi", "Meta mojibake repaired, correct accents left alone",
         facebook_mojibake, "import", items=2, check=_mojibake_repaired),
    Case("facebook-deep-html", "facebook-dyi", "an HTML posts page 20,000 tags deep with script and style",
         facebook_html, "skip", "read in part", items=2, isolate=True),
    Case("facebook-deep-profile", "facebook-dyi", "profile_information.json nested 900 deep", facebook_deep_profile,
         "error", "nested more than 128 levels"),
    Case("facebook-huge-profile", "facebook-dyi", "a 3 MB profile file, with the whole-file limit lowered to 2 MB",
         facebook_huge_profile, "error", "refusing to load it whole",
         patch={"footprint.connectors._jsondepth:MAX_WHOLE_FILE": 2 * 1024 * 1024}),
    # Instagram
    Case("instagram-bad-utf8", "instagram-export", "raw Latin-1 bytes inside a JSON string", instagram_bad_utf8,
         "error", "not UTF-8 text (invalid continuation byte at byte 88)"),
    Case("instagram-zip-in-zip", "instagram-export", "the download zipped once more (a nested archive)",
         instagram_zip_in_zip, "error", "a zip holding another archive (instagram.zip)"),
    Case("instagram-broken-nested-zip", "instagram-export", "a folder holding a truncated Instagram zip",
         instagram_folder_with_broken_zip, "error", "not a readable zip archive"),
    Case("downloads-good-and-broken", "instagram-export", "a folder with a good X export and a truncated Instagram zip",
         downloads_good_and_broken, "error", "not a readable zip archive"),
    Case("instagram-wrong-types", "instagram-export", "null, numbers, lists and 1e300 where objects and times belong",
         instagram_wrong_types, "skip", "not a post object", items=1),
    # Threads
    Case("threads-bom", "threads-export", "byte-order marks before Meta's escaped mojibake", threads_bom, "import",
         items=1),
    Case("threads-truncated", "threads-export", "threads_and_replies.json cut short", threads_truncated, "error",
         "invalid JSON"),
    Case("threads-utf16", "threads-export", "every file re-saved as UTF-16", threads_utf16, "error",
         "none of them a supported export"),
    # LinkedIn
    Case("linkedin-utf16", "linkedin-export", "Shares.csv re-saved as UTF-16 with a byte-order mark is read",
         linkedin_utf16, "import", items=1),
    Case("linkedin-latin1-odd-name", "linkedin-export", "a Latin-1 CSV named with a newline and RLO: one escaped line",
         linkedin_latin1_odd_name, "error", "Sha\\x0ares\\u202e.csv: not UTF-8 text"),
    Case("linkedin-special-files", "linkedin-export", "symlink loop, broken and outside links, a FIFO named Comments.csv",
         linkedin_special_files, "skip", "symbolic link loop refused", items=1, isolate=True),
    # Reddit
    Case("reddit-latin1", "reddit-export", "comments.csv in Latin-1", reddit_latin1, "error", "not UTF-8 text"),
    Case("reddit-nul", "reddit-export", "a NUL byte inside a comment body", reddit_nul, "import", items=1),
    Case("reddit-many-empty-rows", "reddit-export", "300,000 rows of empty cells", reddit_many_empty_rows, "skip",
         "more records of this file skipped", items=1, isolate=True),
    # TikTok
    Case("tiktok-fifo", "tiktok-export", "a named pipe called user_data.json beside the export (would block forever)",
         tiktok_fifo, "skip", "not a regular file", items=1, isolate=True),
    Case("tiktok-deep", "tiktok-export", "100,000 nested arrays in user_data_tiktok.json", tiktok_deep, "error",
         "nested more than 128 levels", isolate=True),
    Case("tiktok-wrong-types", "tiktok-export", "lists, maps, numbers and null where strings belong; javascript: link",
         tiktok_wrong_types, "skip", "unreadable Date", items=1, report=True),
    Case("tiktok-truncated", "tiktok-export", "user_data_tiktok.json cut short", tiktok_truncated, "error", "invalid JSON"),
    # YouTube
    Case("youtube-bad-cells", "youtube-takeout", "comment cells: 5,000-deep JSON, a 5,000-digit number, a lone surrogate",
         youtube_bad_cells, "skip", "neither plain text nor readable JSON", items=1, report=True),
    Case("youtube-latin1", "youtube-takeout", "comments.csv in Latin-1", youtube_latin1, "error", "not UTF-8 text"),
    Case("youtube-zip-tricks", "youtube-takeout", "Takeout zip with a ../ member and a symlinked CSV",
         youtube_zip_tricks, "skip", "symbolic link inside the zip refused", items=1),
    # any source
    Case("empty-zip", "any", "a zip with nothing in it", empty_zip, "error", "an empty zip"),
    Case("pipe-as-path", "any", "a named pipe given as the archive", pipe_as_path, "error",
         "not a regular file or folder", isolate=True),
)
