"""Mastodon archive connector: the real sample (read in place; counts checked by hand, see each
test) and archives generated here, shaped like Mastodon's BackupService output (one-line JSON,
the duplicated `orderedItems` key), for what the sample lacks: media files, avatar, accents,
unlisted posts, polls, quotes, broken files."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource, plan
from footprint.connectors._html import html_to_text
from footprint.connectors.mastodon_archive import MastodonArchive, _iter_ordered_items
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

SAMPLE = ("fixtures", "real", "mastodon", "dealingwith-archive")
ACTOR = "https://social.example/users/pat"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
FOLLOWERS = f"{ACTOR}/followers"


def read(path: Path) -> list[Any]:
    with ArchiveSource(path) as source:
        records: list[Any] = list(source.refused)
        for root in MastodonArchive.find_roots(source):
            records.extend(MastodonArchive().iter_records(source, root))
    return records


def of(records: list[Any], kind: type) -> list[Any]:
    return [r for r in records if isinstance(r, kind)]



# ---------------------------------------------------------------------------- generated archives


def note(
    status_id: str,
    html: str,
    *,
    published: str = "2023-03-04T15:30:00Z",
    to: list[str] | None = None,
    cc: list[str] | None = None,
    summary: str | None = None,
    reply_to: str | None = None,
    attachments: list[dict[str, Any]] | None = None,
    lang: str = "fr",
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One Create activity as Mastodon's CreateNoteSerializer writes it."""
    uri = f"{ACTOR}/statuses/{status_id}"
    to = [PUBLIC] if to is None else to
    cc = [FOLLOWERS] if cc is None else cc
    obj: dict[str, Any] = {
        "id": uri, "type": "Note", "summary": summary, "inReplyTo": reply_to, "published": published,
        "url": f"https://social.example/@pat/{status_id}", "attributedTo": ACTOR, "to": to, "cc": cc,
        "sensitive": summary is not None, "content": html, "contentMap": {lang: html},
        "attachment": attachments or [], "tag": [],
    }
    obj.update(extra or {})
    return {"id": f"{uri}/activity", "type": "Create", "actor": ACTOR, "published": published,
            "to": to, "cc": cc, "object": obj}


def boost(status_id: str, target: str, published: str = "2023-03-05T10:00:00Z") -> dict[str, Any]:
    return {"id": f"{ACTOR}/statuses/{status_id}/activity", "type": "Announce", "actor": ACTOR,
            "published": published, "to": [PUBLIC], "cc": [FOLLOWERS], "object": target}


def collection(name: str, items: list[Any], *, duplicated: bool = True) -> str:
    """One line, and the `"orderedItems":[]` placeholder before the real key, as Mastodon does."""
    head = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": name,
                       "type": "OrderedCollection", "totalItems": 7}, ensure_ascii=False)[:-1]
    body = ",".join(json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items)
    placeholder = '"orderedItems":[],' if duplicated else ""
    return f'{head},{placeholder}"orderedItems":[{body}]}}'


def actor(**overrides: Any) -> dict[str, Any]:
    data = {
        "@context": ["https://www.w3.org/ns/activitystreams"], "id": ACTOR, "type": "Person",
        "followers": FOLLOWERS, "outbox": "outbox.json", "preferredUsername": "pat",
        "name": "Pat Lévesque 🍁", "summary": "<p>Fonctionnaire à Gatineau.<br />Opinions mine.</p>",
        "url": "https://social.example/@pat", "published": "2022-11-07T00:00:00Z",
        "attachment": [
            {"type": "PropertyValue", "name": "Pronoms", "value": "elle/she"},
            {"type": "PropertyValue", "name": "Web",
             "value": '<a href="https://pat.example" rel="me"><span class="invisible">https://</span>'
                      '<span class="">pat.example</span><span class="invisible"></span></a>'},
        ],
        "icon": {"type": "Image", "mediaType": "image/png", "url": "avatar.png"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpeg"},
        "likes": "likes.json", "bookmarks": "bookmarks.json",
    }
    data.update(overrides)
    return data


def write_archive(
    target: Path,
    activities: list[Any],
    *,
    likes: list[Any] = (),  # type: ignore[assignment]
    bookmarks: list[Any] = (),  # type: ignore[assignment]
    actor_data: dict[str, Any] | None = None,
    files: dict[str, str | bytes] | None = None,
    packed: str = "",
    top_folder: str = "",
) -> Path:
    """A Mastodon archive as a folder, a tar.gz ("tar") or a zip ("zip")."""
    members: dict[str, str | bytes] = {
        "actor.json": json.dumps(actor_data or actor(), ensure_ascii=False),
        "outbox.json": collection("outbox.json", activities),
        "likes.json": collection("likes.json", list(likes), duplicated=False),
        "bookmarks.json": collection("bookmarks.json", list(bookmarks), duplicated=False),
    }
    members.update(files or {})
    prefix = f"{top_folder}/" if top_folder else ""
    target.parent.mkdir(parents=True, exist_ok=True)
    if packed == "tar":
        with tarfile.open(target, "w:gz") as archive:
            for name, content in members.items():
                data = content.encode() if isinstance(content, str) else content
                info = tarfile.TarInfo(prefix + name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
    elif packed == "zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in members.items():
                archive.writestr(prefix + name, content)
    else:
        for name, content in members.items():
            path = target / prefix / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content.encode() if isinstance(content, str) else content)
    return target


def pack_sample(target: Path, kind: str, top_folder: str = "") -> Path:
    """The real sample packed at test time (never copied into the project)."""
    sample = shared_path(*SAMPLE)
    prefix = f"{top_folder}/" if top_folder else ""
    target.parent.mkdir(parents=True, exist_ok=True)
    if kind == "tar":
        with tarfile.open(target, "w:gz") as archive:
            for path in sorted(sample.iterdir()):
                archive.add(path, arcname=prefix + path.name)
    else:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(sample.iterdir()):
                archive.write(path, prefix + path.name)
    return target


# ---------------------------------------------------------------------------- the real sample


def test_real_sample_counts_checked_by_hand() -> None:
    records = read(shared_path(*SAMPLE))
    items = of(records, Item)
    # By hand: python -c "import json; d=json.load(open('outbox.json'))['orderedItems'];
    #   print([(i, a['type'], a['to'], a['cc'], a['object'].get('inReplyTo')
    #           if isinstance(a['object'], dict) else None) for i, a in enumerate(d)])"
    # json.load keeps the last `orderedItems`: 21 activities (totalItems says 1557): 19 Create,
    # 2 Announce. Index 4 is addressed to one person only (direct, skipped); index 19 to the
    # followers (followers-only). Of the 18 other Creates, 6 have inReplyTo.
    assert len(items) == 20
    assert Counter(i.kind for i in items) == {ItemKind.POST: 12, ItemKind.REPLY: 6, ItemKind.REPOST: 2}
    assert Counter(i.visibility for i in items) == {"public": 19, "followers-only": 1}
    # Attachments by hand: indices 2, 5, 7, 9, 10 hold 1, 2, 1, 4, 1; no media files in the sample.
    assert sum(len(i.media) for i in items) == 9
    assert all(m.source_path is None and m.native_id for i in items for m in i.media)
    (skipped,) = of(records, Skipped)
    assert skipped.source.endswith("outbox.json#4") and "direct message" in skipped.reason
    assert "SharePoint" not in (skipped.detail or "")  # the message text stays out of reports
    # len(json.load(open('likes.json'))['orderedItems']) == 1115, bookmarks 865.
    reactions = of(records, Reaction)
    assert Counter(r.kind for r in reactions) == {"like": 1115, "bookmark": 865}
    assert all(r.account_id == "https://indieweb.social/users/dealingwith" for r in reactions)
    assert all(i.created_at and i.created_at.tzinfo is UTC for i in items)
    assert all(i.account_id == "https://indieweb.social/users/dealingwith" for i in items)


def test_real_sample_profile() -> None:
    (profile,) = of(read(shared_path(*SAMPLE)), Profile)
    assert profile.native_id == "https://indieweb.social/users/dealingwith"
    assert (profile.handle, profile.display_name) == ("dealingwith@indieweb.social", "dealingwith")
    # The "Web" profile field joins the bio; its link is the website.
    assert profile.bio == "ennui. far too much more info at link below\nWeb: https://daniel.industries"
    assert profile.website == "https://daniel.industries"
    assert profile.url == "https://indieweb.social/@dealingwith"
    assert profile.created_at == datetime(2022, 11, 7, tzinfo=UTC)
    assert profile.avatar is None and profile.banner is None  # avatar.jpg/header.jpeg not in the sample
    assert profile.raw and profile.raw["preferredUsername"] == "dealingwith"


def test_real_sample_text_urls_replies_and_boosts() -> None:
    items = {i.native_id: i for i in of(read(shared_path(*SAMPLE)), Item)}
    first = items["109305976208011760"]
    assert first.created_at == datetime(2022, 11, 8, 3, 7, 14, tzinfo=UTC)
    assert first.url == "https://indieweb.social/@dealingwith/109305976208011760"
    assert first.language == "en" and first.kind is ItemKind.POST
    # Paragraphs become lines; the link's invisible spans join into the whole URL.
    assert first.text == (
        "As Twitter crashes and burns, it’s a good time to pull these two articles out of my deep "
        "backlog of potential blog posts.\nhttps://daniel.industries/2022/11/07/less-twitter-more-indieweb/"
    )
    assert items["109333840388857217"].text.startswith('"#caterday is serious business')
    reply = items["109309145334822499"]
    assert reply.text == "@mcg 😜"
    assert reply.kind is ItemKind.REPLY and reply.reply_to == "https://social.lol/users/mcg/statuses/109308078398027392"
    assert items["110810196615113141"].text.startswith("CW: Complaining\nEverything that's (physically) wrong:\n- Cannot")
    assert items["109390360974197006"].text.startswith("CW: Personal website updates...\n@willd I'd be")
    assert items["109485923567588068"].visibility == "followers-only"
    bikes = items["109447585976153006"].media
    assert [m.native_id for m in bikes][:2] == ["109447570836159352", "109447570827708947"]
    assert {m.kind for m in bikes} == {"photo"}
    repost = items["109449999597967268"]  # the boost's own status id, from its activity id
    assert repost.kind is ItemKind.REPOST
    assert repost.text == repost.url == "https://mastodon.social/users/s0mmer/statuses/109440048909776763"
    assert repost.created_at == datetime(2022, 12, 3, 13, 34, 16, tzinfo=UTC)


def test_duplicated_ordered_items_key_is_read_once_and_total_items_ignored() -> None:
    sample = shared_path(*SAMPLE)
    raw = (sample / "outbox.json").read_bytes()
    assert raw.count(b'"orderedItems"') == 2 and b'"orderedItems":[],' in raw  # the quirk is there
    with open(sample / "outbox.json", "rb") as stream:
        streamed = list(_iter_ordered_items(stream, "outbox.json"))
    assert streamed == json.loads(raw)["orderedItems"]  # json keeps the last key: same 21 items
    assert len(streamed) == 21


@pytest.mark.parametrize("kind", ["tar", "zip"])
def test_packed_sample_reads_like_the_folder(tmp_path: Path, kind: str) -> None:
    folder = read(shared_path(*SAMPLE))
    name = "archive-20240723-abcdef.tar.gz" if kind == "tar" else "archive.zip"
    packed = read(pack_sample(tmp_path / name, kind))
    for record_type in (Profile, Item, Reaction):
        assert of(packed, record_type) == of(folder, record_type)
    assert [s.reason for s in of(packed, Skipped)] == [s.reason for s in of(folder, Skipped)]
    assert of(packed, Skipped)[0].source.endswith(f"{name}:outbox.json#4")


def test_detection_inside_bigger_folders_and_zip_and_not_other_exports(tmp_path: Path) -> None:
    real = shared_path("fixtures", "real")
    with ArchiveSource(real) as source:
        # Every real sample side by side: only the Mastodon one is claimed.
        assert MastodonArchive.find_roots(source) == ["mastodon/dealingwith-archive/"]
    for other in sorted(p for p in real.iterdir() if p.is_dir() and p.name != "mastodon"):
        with ArchiveSource(other) as source:
            assert MastodonArchive.find_roots(source) == [], other.name
    for x_archive in (write_x_archive(tmp_path / "x", numbered_tweets(2)),
                      write_x_archive(tmp_path / "x.zip", numbered_tweets(2), as_zip=True)):
        with ArchiveSource(x_archive) as source:
            assert MastodonArchive.find_roots(source) == []
    nested = pack_sample(tmp_path / "downloads" / "mastodon.zip", "zip", top_folder="archive-2024")
    with ArchiveSource(nested) as source:
        assert MastodonArchive.find_roots(source) == ["archive-2024/"]
    assert len(of(read(nested), Item)) == 20


def test_actor_document_saved_from_the_web_is_not_an_archive(tmp_path: Path) -> None:
    # A server's actor names its outbox by URL; only the archive names a file beside it.
    web_actor = actor(outbox=f"{ACTOR}/outbox")
    archive = write_archive(tmp_path / "a", [note("1", "<p>x</p>")], actor_data=web_actor)
    with ArchiveSource(archive) as source:
        assert MastodonArchive.find_roots(source) == []
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "actor.json").write_text("{not json")
    with ArchiveSource(tmp_path / "b") as source:
        assert MastodonArchive.find_roots(source) == []


def test_plan_picks_the_connector(tmp_path: Path, registered: None) -> None:
    archive = write_archive(tmp_path / "a.tar.gz", [note("1", "<p>x</p>")], packed="tar")
    with ArchiveSource(archive) as source:
        assert [(j.importer, j.root) for j in plan(source)] == [(MastodonArchive, "")]


# ---------------------------------------------------------------------------- generated cases


def test_generated_tar_gz_kinds_visibility_media_and_profile(tmp_path: Path) -> None:
    media_path = "media_attachments/files/110/000/111/222/333/444/original/abc.jpg"
    activities = [
        note("1", "<p>Crème brûlée à Gatineau&nbsp;! 🇨🇦 <a href=\"https://social.example/tags/fonctionpublique\" "
                  "class=\"mention hashtag\" rel=\"tag\">#<span>fonctionpublique</span></a></p>",
             attachments=[
                 {"type": "Document", "mediaType": "image/jpeg", "url": f"/system/{media_path}", "name": "alt"},
                 {"type": "Document", "mediaType": "video/mp4",
                  "url": "/system/media_attachments/files/110/000/111/222/333/555/original/v.mp4"},
             ]),
        note("2", "<p>Non listé</p>", to=[FOLLOWERS], cc=[PUBLIC]),
        note("3", "<p>Abonnés seulement</p>", to=[FOLLOWERS], cc=[]),
        note("4", "<p>@ami secret</p>", to=["https://other.example/users/ami"], cc=[]),
        note("5", "<p>Quel parti?</p>", extra={"type": "Question", "oneOf": [
            {"type": "Note", "name": "Libéral"}, {"type": "Note", "name": "Conservateur"}]}),
        note("6", "<p>Regardez ça</p>", extra={"quote": "https://other.example/users/b/statuses/9"}),
        note("7", "<p>d'accord</p>", reply_to="https://other.example/users/b/statuses/8",
             published="2023-03-04T10:30:00-05:00", summary="politique"),
        boost("8", "https://other.example/users/b/statuses/7"),
    ]
    archive = write_archive(
        tmp_path / "archive.tar.gz", activities, packed="tar",
        likes=["https://other.example/users/b/statuses/1"],
        bookmarks=["https://other.example/objects/0b6f-uuid"],
        files={media_path: b"\xff\xd8\xff", "avatar.png": b"\x89PNG"},
    )
    records = read(archive)
    items = {i.native_id: i for i in of(records, Item)}
    assert items["1"].text == "Crème brûlée à Gatineau\xa0! 🇨🇦 #fonctionpublique"
    assert items["1"].language == "fr" and items["1"].visibility == "public"
    assert [(m.kind, m.source_path, m.native_id) for m in items["1"].media] == [
        ("photo", media_path, "110000111222333444"), ("video", None, "110000111222333555"),
    ]
    assert (items["2"].visibility, items["3"].visibility) == ("unlisted", "followers-only")
    assert "4" not in items
    assert any(s.reason == "not audited: direct message (private)" for s in of(records, Skipped))
    assert items["5"].text == "Quel parti?\nLibéral\nConservateur"
    assert items["6"].kind is ItemKind.QUOTE and items["6"].quote_of == "https://other.example/users/b/statuses/9"
    assert items["7"].kind is ItemKind.REPLY and items["7"].text == "CW: politique\nd'accord"
    assert items["7"].created_at == datetime(2023, 3, 4, 15, 30, tzinfo=UTC)
    assert items["8"].kind is ItemKind.REPOST and items["8"].text == "https://other.example/users/b/statuses/7"
    (profile,) = of(records, Profile)
    assert profile.display_name == "Pat Lévesque 🍁" and profile.handle == "pat@social.example"
    assert profile.bio == "Fonctionnaire à Gatineau.\nOpinions mine.\nPronoms: elle/she\nWeb: https://pat.example"
    assert (profile.avatar, profile.banner, profile.website) == ("avatar.png", None, "https://pat.example")
    reactions = {(r.kind, r.target_id) for r in of(records, Reaction)}
    assert reactions == {("like", "https://other.example/users/b/statuses/1"),
                         ("bookmark", "https://other.example/objects/0b6f-uuid")}


def test_bad_records_are_skipped_with_reasons(tmp_path: Path) -> None:
    activities = [
        note("1", "<p>fine</p>"),
        "junk",
        {"type": "Create", "object": "https://social.example/users/pat/statuses/2"},
        {"type": "Create", "object": {"content": "<p>no id</p>"}},
        note("3", "<p>bad date</p>", published="yesterday"),
        {"type": "Delete", "object": "x"},
        {"id": f"{ACTOR}/statuses/4/activity", "type": "Announce", "published": "2023-01-01T00:00:00Z"},
    ]
    records = read(write_archive(tmp_path / "a", activities, likes=["https://ok.example/1", 42]))
    assert [i.native_id for i in of(records, Item)] == ["1"]
    assert len(of(records, Reaction)) == 1
    reasons = [s.reason for s in of(records, Skipped)]
    assert reasons == [
        "not an activity object",
        "Create activity without a post object",
        "post without an id",
        "status 3: unreadable published 'yesterday'",
        "activity type 'Delete' is neither a post nor a boost",
        "boost without the boosted post's URI",
        "like entry is not a post URI",
    ]
    assert of(records, Skipped)[0].source.endswith("outbox.json#1")


def test_single_ordered_items_key_and_actor_without_identity(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "a", [])
    (archive / "outbox.json").write_text(collection("outbox.json", [note("1", "<p>x</p>")], duplicated=False))
    assert [i.native_id for i in of(read(archive), Item)] == ["1"]
    nobody = write_archive(tmp_path / "b", [note("1", "<p>x</p>")],
                           actor_data={"type": "Person", "outbox": "outbox.json"})
    records = read(nobody)
    assert not of(records, Item) and "cannot tell whose archive" in of(records, Skipped)[0].reason


@pytest.mark.parametrize("member", ["outbox.json", "likes.json"])
def test_broken_json_is_a_one_line_error_naming_the_member(tmp_path: Path, member: str) -> None:
    archive = write_archive(tmp_path / "a", [note("1", "<p>x</p>")])
    text = (archive / member).read_text()
    (archive / member).write_text(text[: len(text) // 2])
    with pytest.raises(SourceFormatError) as raised:
        read(archive)
    message = str(raised.value)
    assert "\n" not in message and member in message and "invalid JSON" in message


def test_import_twice_through_the_store_changes_nothing(tmp_path: Path, db_path: Path, registered: None) -> None:
    archive = pack_sample(tmp_path / "archive.tar.gz", "tar")
    with Store(db_path) as store:
        pipeline.import_paths(store, [archive])
    tables = ("accounts", "items", "reactions")
    first = dump(db_path, tables)
    assert (len(first["accounts"]), len(first["items"]), len(first["reactions"])) == (1, 20, 1980)
    with Store(db_path) as store:
        pipeline.import_paths(store, [archive])  # recognised as already imported
    assert dump(db_path, tables) == first
    with Store(db_path) as store:
        pipeline.import_paths(store, [archive], force=True)  # read again: same rows, same ids
    assert dump(db_path, tables) == first


def test_memory_stays_flat_on_a_large_outbox(tmp_path: Path) -> None:
    """Streaming: 2,000 posts of ~6 kB must not be held at once (tracemalloc peak)."""
    import tracemalloc

    padding = {"replies": {"type": "Collection", "first": {"items": [], "next": "x" * 6000}}}
    activities = [note(str(10**17 + i), f"<p>Publication {i} ☕</p>", extra=padding) for i in range(2000)]
    archive = write_archive(tmp_path / "big", activities)
    size = (archive / "outbox.json").stat().st_size
    tracemalloc.start()
    count = 0
    with ArchiveSource(archive) as source:
        for record in MastodonArchive().iter_records(source, ""):
            count += isinstance(record, Item)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 2000
    assert peak < size / 4, f"peak {peak:,} bytes for a {size:,}-byte outbox.json"


# ---------------------------------------------------------------------------- html_to_text


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ('<p>Go <a href="/tags/x" class="mention hashtag">#<span>caterday</span></a>!</p>', "Go #caterday!"),
        ("<p>one<br>two<br />three</p><p>four</p>", "one\ntwo\nthree\nfour"),
        ("<p>&quot;Bonjour&quot; &amp; l&#39;été</p>", "\"Bonjour\" & l'été"),
        ('<a href="u"><span class="invisible">https://</span><span class="ellipsis">ex.ca/a</span>'
         '<span class="invisible">bc</span></a>', "https://ex.ca/abc"),
        ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
        ("<p>x</p><script>alert(1)</script>", "x"),
        ("plain text, no markup 🙂", "plain text, no markup 🙂"),
        ("I <3 Ottawa", "I <3 Ottawa"),
        ("", ""),
        (None, ""),
    ],
)
def test_html_to_text(fragment: str | None, text: str) -> None:
    assert html_to_text(fragment) == text
