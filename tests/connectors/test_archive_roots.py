"""ArchiveSource.roots_where, which every importer's find_roots is written with."""

from __future__ import annotations

import zipfile
from pathlib import Path

from footprint.connectors._archive import ArchiveSource, member_folder
from footprint.connectors.linkedin import LinkedInArchive
from footprint.connectors.x_archive import XArchive


def test_member_folder_is_a_root_prefix() -> None:
    assert member_folder("Shares.csv") == ""
    assert member_folder("Téléchargements/linkedin-2024/Shares.csv") == "Téléchargements/linkedin-2024/"


def test_roots_are_distinct_sorted_and_only_where_a_member_is_recognised(tmp_path: Path) -> None:
    archive = tmp_path / "mix.zip"
    with zipfile.ZipFile(archive, "w") as packed:
        for name in ("b/posts.csv", "b/comments.csv", "a/élise/posts.csv", "posts.csv", "c/photo.jpg", "c/notes.txt"):
            packed.writestr(name, "x")
    with ArchiveSource(archive) as source:
        assert source.roots_where(lambda name: name.endswith(".csv")) == ["", "a/élise/", "b/"]
        assert source.roots_where(lambda name: name.endswith(".csv"), root_of=lambda name: name) == [
            "a/élise/posts.csv", "b/comments.csv", "b/posts.csv", "posts.csv",
        ]
        assert source.roots_where(lambda name: False) == []


def test_two_exports_in_one_download_folder_are_two_roots(tmp_path: Path) -> None:
    (tmp_path / "linkedin" / "Basic_LinkedInDataExport").mkdir(parents=True)
    (tmp_path / "linkedin" / "Basic_LinkedInDataExport" / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
        "2024-03-01 12:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A1,Bonjour 🍁,,,PUBLIC\n",
        encoding="utf-8",
    )
    (tmp_path / "twitter" / "data").mkdir(parents=True)
    (tmp_path / "twitter" / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = []", encoding="utf-8")
    (tmp_path / "twitter" / "data" / "account.js").write_text("window.YTD.account.part0 = []", encoding="utf-8")
    with ArchiveSource(tmp_path) as source:
        assert LinkedInArchive.find_roots(source) == ["linkedin/Basic_LinkedInDataExport/"]
        # X's root is the folder above data/, found once from either file.
        assert XArchive.find_roots(source) == ["twitter/"]
