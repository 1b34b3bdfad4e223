"""LinkedIn export connector: the real 2025 sample (Shares.csv, Comments.csv, read in place) and
exports written here for the files the sample lacks (Profile, Positions, Email Addresses,
Reactions: built from spec §6.3, which is from memory, so the column names are the spec's)."""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footprint import pipeline
from footprint.connectors import ArchiveSource, _csv, plan
from footprint.connectors.linkedin import UNNAMED_ACCOUNT, LinkedInArchive, unquirk
from footprint.errors import SourceFormatError
from footprint.records import Item, ItemKind, Profile, Reaction, Skipped
from footprint.store import Store
from tests.conftest import shared_path
from tests.factories import numbered_tweets, write_x_archive
from tests.helpers import dump

BOM = "\ufeff"
SHARES_HEADER = "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
LINK = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{}"


def read(path: Path) -> list[object]:
    with ArchiveSource(path) as source:
        importer = LinkedInArchive()
        return [r for root in importer.find_roots(source) for r in importer.iter_records(source, root)]


def of(records: list[object], kind: type) -> list:
    return [r for r in records if isinstance(r, kind)]


def quirky(*lines: str) -> str:
    """A ShareCommentary cell as LinkedIn writes it: every line wrapped in doubled quotes."""
    inner = "\n".join(f'""{line}""' for line in lines)
    return f'"{inner[2:-2]}"'


def write_export(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def full_export(folder: Path) -> Path:
    return write_export(folder, {
        "Profile.csv": BOM + "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        'Amélie,Tremblay-Côté,,,,"Analyste principale, EDSC | GC 🇨🇦","Données ouvertes, vélo.\n'
        'Opinions personnelles.",Government Administration,K1A 0A1,"Gatineau, Québec",,'
        '"[PERSONAL:https://amelie.example.ca]",\n',
        "Positions.csv": "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Emploi et Développement social Canada,Analyste principale,,Gatineau,Jan 2020,\n"
        "Statistique Canada,Analyste,,Ottawa,Mar 2015,Dec 2019\n",
        "Email Addresses.csv": "Email Address,Confirmed,Primary,Updated On\n"
        "amelie@example.ca,Yes,No,1/2/20\namelie.tremblay@hrsdc-rhdcc.gc.ca,Yes,Yes,1/2/20\n",
        "Shares.csv": BOM + SHARES_HEADER
        + f"2024-03-01 12:00:00,{LINK.format(101)},{quirky('Première ligne.', '', 'Deuxième ligne ☕')},,,PUBLIC\n"
        + f'2024-03-02 09:30:00,{LINK.format(102)},"",,,MEMBER_NETWORK\n'
        + f"2024-03-03 08:00:00,{LINK.format(103)},Deux photos,,https://media.licdn.com/a.jpg,PUBLIC\n"
        + f"2024-03-03 08:00:00,{LINK.format(103)},Deux photos,,https://media.licdn.com/b.jpg,PUBLIC\n",
        "Comments.csv": "Date,Link,Message\n"
        '2024-03-04 10:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A555,'
        '"Sam Example d\'accord, \\"vraiment\\" 👍"\n',
        "Reactions.csv": "Date,Type,Link\n"
        "2024-03-05 11:00:00,LIKE,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A777\n"
        "2024-03-05 11:01:00,PRAISE,\n",
        "messages.csv": "CONVERSATION ID,FROM,TO,CONTENT\n1,a,b,hello\n",
        "Connections.csv": "Notes:\nFirst Name,Last Name\n",
        "Skills.csv": "Name\nPython\n",
        "Articles/Articles/2020-01-01 Un article.html": "<html><body>Mon article</body></html>",
    })


# ---------------------------------------------------------------------------- the real sample


def test_real_sample_counts_checked_by_hand() -> None:
    """Counts from plain `csv` over the raw files (Comments after `.replace('\\\\"', '""')`):
    Shares has 202 rows, 5 of them one post with 5 images (same ShareLink) -> 198 posts, 14 with
    an empty ShareCommentary (reposts); Comments has 323 rows. No Profile.csv in the sample."""
    records = read(shared_path("fixtures", "real", "linkedin", "sanand0"))
    items = of(records, Item)
    assert Counter(i.kind for i in items) == {ItemKind.POST: 184, ItemKind.REPOST: 14, ItemKind.COMMENT: 323}
    assert len({i.native_id for i in items}) == 521
    assert not of(records, Reaction)
    (profile,) = of(records, Profile)
    assert profile.native_id == UNNAMED_ACCOUNT and profile.display_name is None and profile.bio is None
    (skipped,) = of(records, Skipped)
    assert "no Profile.csv" in skipped.reason
    assert all(i.account_id == UNNAMED_ACCOUNT for i in items)
    assert all(i.created_at and i.created_at.tzinfo is UTC for i in items)


def test_real_share_text_loses_the_per_line_quotes_and_keeps_unicode() -> None:
    items = {i.native_id: i for i in of(read(shared_path("fixtures", "real", "linkedin", "sanand0")), Item)}
    first = items["7345821826846990338"]
    assert first.created_at == datetime(2025, 7, 1, 14, 33, 22, tzinfo=UTC)
    assert first.url == "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338"
    assert first.visibility == "connections"
    lines = first.text.split("\n")
    assert lines[0] == "I'm off for a 10-day Vipassana meditation program."
    assert lines[1] == ""
    assert lines[2].startswith("𝗪𝗛𝗔𝗧? A 10-day residential meditation.")  # Unicode bold letters intact
    assert lines[-1] == "I've scheduled LinkedIn posts, so you'll still see stuff. But I won't be replying."
    assert first.raw and first.raw["ShareCommentary"].startswith("I'm off for a 10-day Vipassana meditation program.\"")
    # Quotes that are part of the text stay: `""What's changed…""` in the file.
    assert items["7345736358277103616"].text.startswith('If someone asked me, "What\'s changed this year in LLMs", here')
    # One post, five rows differing only in MediaUrl: one item with five media.
    minecraft = next(i for i in items.values() if len(i.media) > 1)
    assert len(minecraft.media) == 5 and all(m.kind == "photo" for m in minecraft.media)
    assert items["9186332-6985503444988043264"].kind is ItemKind.POST  # a groupPost URN


def test_real_comment_backslash_quotes_and_targets() -> None:
    comments = [i for i in of(read(shared_path("fixtures", "real", "linkedin", "sanand0")), Item) if i.kind is ItemKind.COMMENT]
    srini = next(c for c in comments if c.text.startswith("Srini Annamaraju"))
    assert srini.text.endswith('telling ChatGPT to "Challenge my assumptions, ask probing questions, suggest better '
                               'approaches, share contrarian perspectives, and engage rather than affirm."')
    assert "\n\nGood point" in srini.text
    assert srini.reply_to == "7344186464080941056"
    assert srini.url == "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7344186464080941056"
    assert any("😄" in c.text for c in comments)
    assert not any("\\" in c.text for c in comments)


# ---------------------------------------------------------------------------- generated exports


def test_profile_positions_and_emails(tmp_path: Path) -> None:
    records = read(full_export(tmp_path / "export"))
    (profile,) = of(records, Profile)
    assert profile.display_name == "Amélie Tremblay-Côté"
    assert profile.bio == "Analyste principale, EDSC | GC 🇨🇦\n\nDonnées ouvertes, vélo.\nOpinions personnelles."
    assert profile.location == "Gatineau, Québec"
    assert profile.email == "amelie.tremblay@hrsdc-rhdcc.gc.ca"  # the Primary one
    assert profile.website == "https://amelie.example.ca"
    assert profile.raw is not None
    assert profile.raw["current_positions"] == ["Analyste principale, Emploi et Développement social Canada"]
    assert profile.raw["emails"] == ["amelie@example.ca", "amelie.tremblay@hrsdc-rhdcc.gc.ca"]
    assert records[0] is profile  # the profile comes before the items that point at it
    assert {i.account_id for i in of(records, Item)} == {profile.native_id}
    # Stable: derived from the name, the same on every import.
    assert profile.native_id == of(read(full_export(tmp_path / "again")), Profile)[0].native_id


def test_generated_shares_comments_reactions_and_skipped_files(tmp_path: Path) -> None:
    records = read(full_export(tmp_path / "export"))
    items = {i.native_id: i for i in of(records, Item)}
    assert items["101"].text == "Première ligne.\n\nDeuxième ligne ☕"
    assert items["101"].visibility == "public" and items["101"].kind is ItemKind.POST
    assert items["102"].kind is ItemKind.REPOST and items["102"].text == ""
    assert [m.url for m in items["103"].media] == ["https://media.licdn.com/a.jpg", "https://media.licdn.com/b.jpg"]
    (comment,) = [i for i in items.values() if i.kind is ItemKind.COMMENT]
    assert comment.text == 'Sam Example d\'accord, "vraiment" 👍' and comment.reply_to == "555"
    (like,) = of(records, Reaction)
    assert (like.kind, like.target_id) == ("like", "777")
    reasons = {Path(s.source).name: s.reason for s in of(records, Skipped)}
    assert reasons["messages.csv"] == "not audited: private data that is never public"
    assert reasons["Connections.csv"] == "not audited: private data that is never public"
    assert reasons["Skills.csv"] == "not audited: this kind of data is not public posting"
    assert "published article" in reasons["2020-01-01 Un article.html"]
    assert any(s.source.endswith("Reactions.csv#1") for s in of(records, Skipped))


def test_bad_rows_are_skipped_and_the_rest_imported(tmp_path: Path) -> None:
    export = write_export(tmp_path / "e", {"Shares.csv": SHARES_HEADER
        + f"2024-03-01 12:00:00,{LINK.format(1)},fine,,,PUBLIC\n"
        + f"yesterday,{LINK.format(2)},bad date,,,PUBLIC\n"
        + f"2024-03-01 12:00:00,{LINK.format(3)},too,many,cells,PUBLIC,extra\n"
        + f"2024-03-01 13:00:00,{LINK.format(4)},also fine,,,PUBLIC\n"})
    records = read(export)
    assert [i.native_id for i in of(records, Item)] == ["1", "4"]
    reasons = sorted(s.reason for s in of(records, Skipped) if "#" in s.source)
    assert reasons == ["row does not match the header (wrong number of cells)", "unreadable Date 'yesterday'"]


def test_broken_file_is_a_one_line_error_naming_the_member(tmp_path: Path) -> None:
    body = SHARES_HEADER.encode() + f"2024-03-01 12:00:00,{LINK.format(1)},caf\xe9,,,PUBLIC\n".encode("latin-1")
    export = write_export(tmp_path / "e", {"Shares.csv": body})
    with pytest.raises(SourceFormatError) as raised:
        read(export)
    message = str(raised.value)
    assert "\n" not in message and "Shares.csv" in message and "not UTF-8" in message


def test_broken_header_is_a_one_line_error_naming_the_member(tmp_path: Path) -> None:
    export = write_export(tmp_path / "e", {"Shares.csv": "Date,Foo\n1,2\n", "Empty.csv": ""})
    with ArchiveSource(export) as source:
        with pytest.raises(SourceFormatError, match=r"Shares\.csv: CSV header lacks ShareLink, ShareCommentary"):
            list(_csv.iter_rows(source, "Shares.csv", required=("Date", "ShareLink", "ShareCommentary")))
        with pytest.raises(SourceFormatError, match=r"Empty\.csv: empty CSV file"):
            list(_csv.iter_rows(source, "Empty.csv"))


def test_unquirk_only_undoes_the_full_pattern() -> None:
    assert unquirk('One."\n""\n"Two.') == "One.\n\nTwo."
    assert unquirk('He said "hi""\n"bye') == 'He said "hi"\nbye'
    assert unquirk('Line one\n"quoted" line two') == 'Line one\n"quoted" line two'
    assert unquirk("single line") == "single line"


# ---------------------------------------------------------------------------- detection


def test_detection_inside_a_bigger_folder_and_a_zip(tmp_path: Path) -> None:
    sample = shared_path("fixtures", "real", "linkedin", "sanand0")
    bundle = tmp_path / "bundle.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sample.iterdir():
            archive.write(file, f"downloads/Basic_LinkedInDataExport_07-15-2025/{file.name}")
        archive.writestr("downloads/notes.csv", "Date,Note\n2024-01-01,hello\n")
    with ArchiveSource(bundle) as source:
        assert LinkedInArchive.find_roots(source) == ["downloads/Basic_LinkedInDataExport_07-15-2025/"]
    assert len(of(read(bundle), Item)) == 521
    with ArchiveSource(shared_path("fixtures", "real")) as source:
        assert LinkedInArchive.find_roots(source) == ["linkedin/sanand0/"]


def test_detection_claims_no_other_export(tmp_path: Path) -> None:
    archive = write_x_archive(tmp_path / "x", numbered_tweets(2))
    reddit = write_export(tmp_path / "reddit", {
        "comments.csv": "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n",
        "posts.csv": "id,permalink,date,ip,subreddit,gildings,title,url,body\n",
    })
    youtube = write_export(tmp_path / "yt", {"Takeout/YouTube and YouTube Music/comments/comments.csv":
        "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Video ID,Comment Text\n"})
    for path in (archive, reddit, youtube):
        with ArchiveSource(path) as source:
            assert LinkedInArchive.find_roots(source) == []
    for platform in ("twitter", "mastodon", "bluesky", "facebook", "instagram", "threads"):
        with ArchiveSource(shared_path("fixtures", "real", platform)) as source:
            assert LinkedInArchive.find_roots(source) == [], platform


# ---------------------------------------------------------------------------- through the store



def test_import_twice_changes_nothing(registered: None, store: Store, db_path: Path, tmp_path: Path) -> None:
    export = full_export(tmp_path / "export")
    with ArchiveSource(export) as source:
        assert [job.importer for job in plan(source)] == [LinkedInArchive]
    pipeline.import_paths(store, [export, shared_path("fixtures", "real", "linkedin", "sanand0")])
    first = dump(db_path, ("accounts", "items", "reactions"))
    pipeline.import_paths(store, [export, shared_path("fixtures", "real", "linkedin", "sanand0")], force=True)
    assert dump(db_path, ("accounts", "items", "reactions")) == first
    assert len(first["items"]) == 521 + 4 and len(first["reactions"]) == 1 and len(first["accounts"]) == 2
