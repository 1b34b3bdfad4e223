"""Facebook DYI connector: the two real `your_posts_1.json` samples (older layout, no profile or
comments), and exports generated here, from spec §4, for what the samples lack: the newer
`your_activity_across_facebook/` layout, comments.json, profile_information.json and the HTML
variant. Generated JSON is written the way Meta writes it: every UTF-8 byte escaped as its own
`\\u00XX` (see `meta_json`), so the tests prove the mojibake repair on French and emoji."""

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
from footprint.connectors._meta import fix_text, stable_id
from footprint.connectors.facebook import FacebookExport
from footprint.connectors.instagram import InstagramExport
from footprint.connectors.threads import ThreadsExport
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

FRENCH = "Crème brûlée au Château Laurier, ça goûte l'été 😂 ❤️"


def mojibake(text: str) -> str:
    """What Meta's JSON decodes to: each UTF-8 byte read as one Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def meta_json(value: Any) -> str:
    """JSON as Meta writes it: strings mojibake'd, then escaped as \\u00XX (ensure_ascii)."""
    def walk(v: Any) -> Any:
        if isinstance(v, str):
            return mojibake(v)
        if isinstance(v, list):
            return [walk(x) for x in v]
        if isinstance(v, dict):
            return {mojibake(k): walk(x) for k, x in v.items()}
        return v
    return json.dumps(walk(value), indent=2, ensure_ascii=True)


def write_tree(target: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return target


def write_zip(target: Path, files: dict[str, str | bytes], prefix: str = "") -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(prefix + name, content)
    return target


def read(path: Path) -> list[object]:
    with ArchiveSource(path) as source:
        records: list[object] = list(source.refused)
        for root in FacebookExport.find_roots(source):
            records.extend(FacebookExport().iter_records(source, root))
    return records


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


POSTS = [
    {"timestamp": 1476291797, "title": "Pat Example is feeling excited in Gatineau.",
     "data": [{"post": FRENCH}, {"update_timestamp": 1476291797}],
     "attachments": [{"data": [{"place": {"name": "Gatineau", "coordinate": {"latitude": 45.48, "longitude": -75.7}}}]}],
     "tags": [{"name": "Sam Ami"}]},
    {"timestamp": 1577880000, "title": "Pat Example shared a link.", "data": [],
     "attachments": [{"data": [{"external_context": {"name": "Élection fédérale : ce qu'il faut savoir",
                                                     "source": "cbc.ca", "url": "https://www.cbc.ca/news/elxn"}}]}]},
    {"timestamp": 1600000000, "title": "Pat Example added a new photo.", "data": [],
     "attachments": [{"data": [{"media": {"uri": "your_activity_across_facebook/posts/media/Timeline/1_n.jpg",
                                          "creation_timestamp": 1600000000, "title": "",
                                          "description": "Le canal Rideau en hiver ❄️"}}]}]},
    {"timestamp": 1610000000, "data": [{"update_timestamp": 1610000000}]},
    {"timestamp": "yesterday", "data": [{"post": "bad time"}]},
    "junk",
]
COMMENTS = {"comments_v2": [
    {"timestamp": 1239798000, "title": "Pat Example commented on Sam Ami's post.",
     "data": [{"comment": {"timestamp": 1239798000, "comment": "Très bien dit, bravo! 👏", "author": "Pat Example"}}]},
    {"timestamp": 1239799000, "title": "Pat Example commented on a post.",
     "data": [{"comment": {"timestamp": 1239799000, "comment": "", "author": "Pat Example"}}],
     "attachments": [{"data": [{"external_context": {"url": "https://media.giphy.com/media/x/giphy.gif"}}]}]},
    {"timestamp": 1239799500, "title": "Pat Example commented on a post.",
     "data": [{"comment": {"timestamp": 1239799500, "comment": "", "author": "Pat Example"}}]},
]}
PROFILE = {"profile_v2": {
    "name": {"full_name": "Pat Éxample-Gagné", "first_name": "Pat", "last_name": "Éxample-Gagné"},
    "emails": {"emails": ["pat@example.com", "pat.example-gagne@tbs-sct.gc.ca"], "previous_emails": []},
    "birthday": {"year": 1990, "month": 1, "day": 2},
    "current_city": {"name": "Montréal, Québec", "timestamp": 1500000000},
    "username": "pat.example.gagne", "registration_timestamp": 1234567890,
    "profile_uri": "https://www.facebook.com/pat.example.gagne",
    "work_experiences": [{"employer": "Secrétariat du Conseil du Trésor", "title": "Analyste"}],
}}


def newer_export(extra: dict[str, str | bytes] | None = None) -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {
        "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json": meta_json(POSTS),
        "your_activity_across_facebook/posts/media/Timeline/1_n.jpg": b"\xff\xd8\xff",
        "your_activity_across_facebook/comments_and_reactions/comments.json": meta_json(COMMENTS),
        # Layout from memory (no sample): same element shape as posts, under "group_posts_v2".
        "your_activity_across_facebook/groups/your_posts_and_comments_in_groups.json": meta_json({"group_posts_v2": [
            {"timestamp": 1650000000, "title": "Pat Example posted in Fonctionnaires du Québec.",
             "data": [{"post": "Qui va au pique-nique de l'Outaouais? 🌭"}]}]}),
        "personal_information/profile_information/profile_information.json": meta_json(PROFILE),
        "your_activity_across_facebook/messages/inbox/sam_123/message_1.json": meta_json({"messages": []}),
        "ads_information/advertisers_using_your_activity.json": meta_json({"x": []}),
        "index.html": "<html></html>",
    }
    files.update(extra or {})
    return files


# ---------------------------------------------------------------------- mojibake


def test_fix_text_repairs_meta_mojibake_and_leaves_correct_text_alone() -> None:
    assert fix_text(mojibake(FRENCH)) == FRENCH
    # Spec §4.3 fixture strings.
    assert fix_text("\u00e2\u009d\u00a4\u00ef\u00b8\u008f") == "❤️"
    assert fix_text("\u00f0\u009f\u0087\u00a8\u00f0\u009f\u0087\u00b4") == "🇨🇴"
    for correct in (FRENCH, "déjà vu", "plain ascii", "Ã", "naïve café"):
        assert fix_text(correct) == correct


# ---------------------------------------------------------------------- real samples


def test_real_hunterhillis_posts_counts_checked_by_hand() -> None:
    records = read(shared_path("fixtures", "real", "facebook", "hunterhillis"))
    items = of(records, Item)
    # python3 -c "import json; d=json.load(open('your_posts_1.json')); e=[p for p in d if not
    #   any('post' in x for x in p.get('data',[])) and not p.get('title') and not p.get('attachments')];
    #   print(len(d), len(e))"  -> 124 entries, 46 with nothing but an update_timestamp.
    assert len(items) == 78 and {i.kind for i in items} == {ItemKind.POST}
    empty = [s for s in of(records, Skipped) if "#" in s.source]
    assert len(empty) == 46 and all(s.reason.startswith("post with no text") for s in empty)
    (profile,) = of(records, Profile)
    assert profile.native_id == "unknown" and all(i.account_id == "unknown" for i in items)
    assert any("no readable profile_information.json" in s.reason for s in of(records, Skipped))
    by_time = {int(i.created_at.timestamp()): i for i in items}
    # Mojibake emoji in the raw file ("\u00e2\u009d\u00a4\u00ef\u00b8\u008f", "\u00f0\u009f\u0098\u0082").
    assert by_time[1471086224].text == "Finally the premier league is back in action! ❤️"
    assert by_time[1482811221].text == "😂😂 You can never grow out of these movies 😂😂"
    assert by_time[1482811221].created_at == datetime(2016, 12, 27, 4, 0, 21, tzinfo=UTC)
    # No words: the title stands in; a shared link is appended to the words.
    assert by_time[1375662123].text == "Hunter Hillis  recommends The Handlebar."
    assert by_time[1485464270].text.endswith("\nhttps://www.nytimes.com/2017/01/26/us/politics/mexico-wall-tax-trump.html"
                                             "?smid=fb-nytimes&smtyp=cur")
    assert all(i.created_at.tzinfo is UTC and i.url is None for i in items)
    assert not any("Ã" in i.text or "ð\x9f" in i.text for i in items)


def test_real_piter_a_polish_mojibake_and_link_shares() -> None:
    records = read(shared_path("fixtures", "real", "facebook", "piter-a"))
    items = of(records, Item)
    assert len(items) == 31  # json.load: 31 entries, each with a post, a title or a link
    by_time = {int(i.created_at.timestamp()): i for i in items}
    assert by_time[1384795624].text == ("Piotr Adamczyk lubi artykuł w aplikacji KWEJK.pl.\nJeszcze ząbki\n"
                                        "http://kwejk.pl/obrazek/1950394")
    assert by_time[1372444612].text == "http://kwejk.pl/obrazek/1839282"
    assert by_time[1521369074].text == "🐸👌"


def test_real_samples_found_side_by_side_and_inside_a_zip(tmp_path: Path) -> None:
    real = shared_path("fixtures", "real", "facebook")
    with ArchiveSource(real) as source:
        assert FacebookExport.find_roots(source) == ["hunterhillis/", "piter-a/"]
    archive = tmp_path / "facebook-hunter-2020.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(real / "hunterhillis" / "your_posts_1.json", "facebook-hunter-2020/posts/your_posts_1.json")
        handle.writestr("facebook-hunter-2020/photos_and_videos/album/0.json", "{}")
    with ArchiveSource(archive) as source:
        assert FacebookExport.find_roots(source) == ["facebook-hunter-2020/"]
    records = read(archive)
    assert len(of(records, Item)) == 78
    assert any(s.source.endswith("album/0.json") and s.reason.startswith("not audited") for s in of(records, Skipped))


# ---------------------------------------------------------------------- generated exports


def test_newer_layout_profile_posts_comments_and_skips(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "facebook-pat", newer_export())
    with ArchiveSource(folder) as source:
        assert FacebookExport.find_roots(source) == [""]
    records = read(folder)
    (profile,) = of(records, Profile)
    assert records[0] is profile
    assert (profile.native_id, profile.handle, profile.display_name) == (
        "pat.example.gagne", "pat.example.gagne", "Pat Éxample-Gagné")
    # Both addresses kept: the government one is the second.
    assert profile.email == "pat@example.com, pat.example-gagne@tbs-sct.gc.ca"
    assert profile.location == "Montréal, Québec"
    assert profile.created_at == datetime(2009, 2, 13, 23, 31, 30, tzinfo=UTC)
    assert profile.url == "https://www.facebook.com/pat.example.gagne"

    items = of(records, Item)
    assert Counter(i.kind for i in items) == {ItemKind.POST: 4, ItemKind.COMMENT: 2}
    assert all(i.account_id == "pat.example.gagne" for i in items)
    posts = {int(i.created_at.timestamp()): i for i in items if i.kind is ItemKind.POST}
    assert posts[1476291797].text == FRENCH
    assert posts[1476291797].created_at == datetime(2016, 10, 12, 17, 3, 17, tzinfo=UTC)
    # The post id is derived (none in the export): sha256 of kind, timestamp and text.
    assert posts[1476291797].native_id == stable_id("post", 1476291797, FRENCH)
    assert posts[1577880000].text == ("Pat Example shared a link.\nÉlection fédérale : ce qu'il faut savoir\n"
                                      "https://www.cbc.ca/news/elxn")
    assert posts[1650000000].text == "Qui va au pique-nique de l'Outaouais? 🌭"
    photo = posts[1600000000]
    assert photo.text == "Pat Example added a new photo.\nLe canal Rideau en hiver ❄️"
    assert [(m.kind, m.source_path) for m in photo.media] == [
        ("photo", "your_activity_across_facebook/posts/media/Timeline/1_n.jpg")]
    comments = sorted((i for i in items if i.kind is ItemKind.COMMENT), key=lambda i: i.created_at)
    assert [c.text for c in comments] == ["Très bien dit, bravo! 👏", "https://media.giphy.com/media/x/giphy.gif"]

    skipped = {(Path(s.source).name if "#" not in s.source else s.source.rsplit("/", 1)[-1]): s.reason
               for s in of(records, Skipped)}
    assert skipped["message_1.json"] == "not audited: private messages"
    assert skipped["advertisers_using_your_activity.json"] == "not audited: private data that is never public"
    assert skipped["your_posts__check_ins__photos_and_videos_1.json#3"].startswith("post with no text")
    assert skipped["your_posts__check_ins__photos_and_videos_1.json#4"] == "post without a readable timestamp ('yesterday')"
    assert skipped["your_posts__check_ins__photos_and_videos_1.json#5"] == "not a post object"
    assert skipped["comments.json#2"] == "comment with no text or attachment (a sticker?)"
    assert "index.html" not in skipped


def test_older_layout_keys_in_a_zip_inside_a_bigger_folder(tmp_path: Path) -> None:
    files = {
        "posts/your_posts_1.json": meta_json(POSTS[:1]),
        "posts/your_posts_2.json": meta_json([{"timestamp": 1500000000, "data": [{"post": "Deuxième fichier"}]}]),
        "comments/comments.json": meta_json({"comments": COMMENTS["comments_v2"][:1]}),
        "profile_information/profile_information.json": meta_json({"profile": {"name": {"full_name": "Pat Example"}}}),
    }
    downloads = tmp_path / "downloads"
    write_zip(downloads / "facebook-pat-2019.zip", files, prefix="facebook-pat-2019/")
    write_x_archive(downloads / "twitter", numbered_tweets(2))
    (downloads / "notes.txt").write_text("hello")
    with ArchiveSource(downloads / "facebook-pat-2019.zip") as source:
        assert FacebookExport.find_roots(source) == ["facebook-pat-2019/"]
    records = read(downloads / "facebook-pat-2019.zip")
    (profile,) = of(records, Profile)
    # No username: the id is a hash of the name, stable from one download to the next.
    assert profile.native_id.startswith("name-") and profile.display_name == "Pat Example"
    assert sorted(i.text for i in of(records, Item)) == sorted([FRENCH, "Deuxième fichier", "Très bien dit, bravo! 👏"])
    # The folder holding the zip is not itself a Facebook export.
    with ArchiveSource(downloads) as source:
        assert FacebookExport.find_roots(source) == []


def test_without_profile_the_comments_author_names_the_account(tmp_path: Path) -> None:
    files = newer_export()
    del files["personal_information/profile_information/profile_information.json"]
    records = read(write_tree(tmp_path / "fb", files))
    (profile,) = of(records, Profile)
    assert profile.display_name == "Pat Example" and profile.native_id.startswith("name-")
    assert any("comments' author 'Pat Example'" in s.reason for s in of(records, Skipped))


def test_html_export_posts_read_best_effort(tmp_path: Path) -> None:
    """HTML built from spec §4.6 and the block structure of 2021-22 exports: obfuscated class
    names, title / content / date children, dates in local time without a zone."""
    block = '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">{}</div>'
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Your Posts</title>'
        "<style>._2pin{margin:0}</style></head><body class=\"_5vb_ _2yq _a7o5\"><div class=\"_a706\" role=\"main\">"
        + block.format(
            '<div class="_3-95 _2pim _a6-h _a6-i">Pat Example updated her status.</div>'
            '<div class="_3-95 _a6-p"><div><div><div class="_2pin"><div>Crème brûlée au Château 😂<br>'
            "Deuxième ligne &amp; fin</div></div></div></div></div>"
            '<div class="_3-94 _a6-o"><a href="https://www.facebook.com/pat/posts/1"><div class="_a72d">'
            "Oct 12, 2016 12:03:17 pm</div></a></div>")
        + block.format(
            '<div class="_3-95 _2pim _a6-h _a6-i">Pat Example shared a link.</div>'
            '<div class="_3-95 _a6-p"><div><a href="https://www.cbc.ca/news/politics">CBC Politique</a></div></div>'
            '<div class="_3-94 _a6-o"><div class="_a72d">Jan 02, 2021, 3:04:05 PM</div></div>')
        + block.format(
            '<div class="_3-95 _a6-p"><div><div class="_2pin"><div>Photo du lac</div></div>'
            '<img src="posts/media/Timeline/123_n.jpg"/></div></div>'
            '<div class="_3-94 _a6-o"><div class="_a72d">Feb 29, 2020 11:59:00 am</div></div>')
        + block.format('<div class="_3-95 _a6-p"><div>Lost</div></div><div class="_a72d">Foo 31, 2020 1:00:00 pm</div>')
        + "</div></body></html>"
    )
    folder = write_tree(tmp_path / "facebook-html", {
        "index.html": "<html><body>Your information</body></html>",
        "posts/your_posts_1.html": html,
        "posts/media/Timeline/123_n.jpg": b"\xff\xd8",
        "comments/comments.html": "<html></html>",
    })
    with ArchiveSource(folder) as source:
        assert FacebookExport.find_roots(source) == [""]
    records = read(folder)
    items = sorted(of(records, Item), key=lambda i: i.created_at)
    assert [i.text for i in items] == [
        "Crème brûlée au Château 😂\nDeuxième ligne & fin",
        "Photo du lac",
        "CBC Politique\nhttps://www.cbc.ca/news/politics",
    ]
    assert items[0].created_at == datetime(2016, 10, 12, 12, 3, 17, tzinfo=UTC)
    assert items[2].created_at == datetime(2021, 1, 2, 15, 4, 5, tzinfo=UTC)
    assert [m.source_path for m in items[1].media] == ["posts/media/Timeline/123_n.jpg"]
    reasons = [s.reason for s in of(records, Skipped)]
    assert any("choosing JSON" in r for r in reasons)
    assert "unreadable date 'Foo 31, 2020 1:00:00 pm'" in reasons
    assert any(s.source.endswith("comments.html") and s.reason.startswith("not audited") for s in of(records, Skipped))


def test_reading_twice_gives_the_same_ids(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "fb", newer_export())
    first = [(i.native_id, i.text) for i in of(read(folder), Item)]
    assert first == [(i.native_id, i.text) for i in of(read(folder), Item)]
    assert len({n for n, _ in first}) == len(first)


def test_broken_json_is_a_one_line_error_naming_the_member(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "fb", newer_export({
        "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json":
            '[{"timestamp": 1476291797, "data": [{"post": "ok"}]}, {"timestamp": 14',
    }))
    with pytest.raises(SourceFormatError) as raised:
        read(folder)
    message = str(raised.value)
    assert "\n" not in message and "your_posts__check_ins__photos_and_videos_1.json" in message
    assert "invalid JSON" in message


# ---------------------------------------------------------------------- detection


def test_does_not_claim_other_exports(tmp_path: Path) -> None:
    x_archive = write_x_archive(tmp_path / "x", numbered_tweets(2))
    with ArchiveSource(x_archive) as source:
        assert FacebookExport.find_roots(source) == []
    for platform in ("instagram", "threads", "twitter", "mastodon", "linkedin", "bluesky"):
        with ArchiveSource(shared_path("fixtures", "real", platform)) as source:
            assert FacebookExport.find_roots(source) == [], platform
    # A file named like a Facebook one but holding something else.
    decoy = write_tree(tmp_path / "decoy", {"comments.json": json.dumps({"media_comments": []}),
                                            "your_posts_1.json": json.dumps({"posts": []})})
    with ArchiveSource(decoy) as source:
        assert FacebookExport.find_roots(source) == []
    # And the other Meta importers leave a Facebook export alone.
    with ArchiveSource(write_tree(tmp_path / "fb", newer_export())) as source:
        assert InstagramExport.find_roots(source) == [] and ThreadsExport.find_roots(source) == []


# ---------------------------------------------------------------------- through the store



def test_importing_twice_changes_no_row(registered: None, tmp_path: Path, store: Store, db_path: Path) -> None:
    folder = tmp_path / "facebook-both"
    shutil.copytree(shared_path("fixtures", "real", "facebook", "hunterhillis"), folder / "hunter")
    write_tree(folder / "pat", newer_export())
    first = pipeline.import_paths(store, [folder])
    assert sorted(o.root for o in first) == ["hunter/", "pat/"]
    tables = ("accounts", "items", "media", "reactions")
    before = dump(db_path, tables)
    assert len(before["items"]) == 78 + 6
    forced = pipeline.import_paths(store, [folder], force=True)
    assert all(o.summary is not None and (o.summary.items_added, o.summary.items_updated) == (0, 0) for o in forced)
    assert dump(db_path, tables) == before


def test_memory_stays_flat_on_a_large_posts_file(tmp_path: Path) -> None:
    """Streaming: 15k posts must not be held at once (tracemalloc peak, not time)."""
    import tracemalloc

    posts = [{"timestamp": 1500000000 + i, "title": "Pat Example updated her status.",
              "data": [{"post": f"Publication numéro {i} ☕ — été"}, {"update_timestamp": 1500000000 + i}]}
             for i in range(15_000)]
    folder = write_tree(tmp_path / "big", {"posts/your_posts_1.json": meta_json(posts)})
    size = (folder / "posts" / "your_posts_1.json").stat().st_size
    tracemalloc.start()
    count = 0
    with ArchiveSource(folder) as source:
        for root in FacebookExport.find_roots(source):
            for record in FacebookExport().iter_records(source, root):
                count += isinstance(record, Item)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 15_000
    assert peak < size / 4, f"peak {peak:,} bytes for a {size:,}-byte your_posts_1.json"
