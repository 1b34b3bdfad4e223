"""The store: keyed, idempotent, all-or-nothing imports; schema from migrations only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from footprint import pipeline
from footprint.errors import InputError, SourceFormatError, StoreError
from footprint.records import Item, ItemKind, Profile
from footprint.store import Store
from footprint.store.models import metadata
from tests.factories import numbered_tweets, tweet, write_x_archive
from tests.helpers import dump


def test_migrated_schema_matches_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "f.db"
    Store(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_importing_twice_changes_no_row(tmp_path: Path, store: Store, db_path: Path) -> None:
    archive = write_x_archive(tmp_path / "a", numbered_tweets(25) + [tweet("9", "Café ☕", media=["m.jpg"])],
                              likes=[{"like": {"tweetId": "5", "fullText": "x"}}])
    pipeline.import_paths(store, [archive])
    before = dump(db_path, ("accounts", "items", "media", "reactions"))
    second = pipeline.import_paths(store, [archive])
    assert second[0].already_imported
    forced = pipeline.import_paths(store, [archive], force=True)
    summary = forced[0].summary
    assert summary is not None and (summary.items_added, summary.items_updated, summary.reactions_added) == (0, 0, 0)
    assert dump(db_path, ("accounts", "items", "media", "reactions")) == before


def test_newer_archive_adds_only_what_is_new(tmp_path: Path, store: Store) -> None:
    old = write_x_archive(tmp_path / "old", numbered_tweets(10))
    new = write_x_archive(tmp_path / "new", numbered_tweets(12))
    pipeline.import_paths(store, [old])
    (outcome,) = pipeline.import_paths(store, [new])
    assert outcome.summary is not None
    assert (outcome.summary.items_added, outcome.summary.items_updated) == (2, 0)
    assert store.count_items() == 12


def test_a_post_seen_deleted_stays_deleted(tmp_path: Path, store: Store, db_path: Path) -> None:
    later = write_x_archive(tmp_path / "later", [], deleted=[tweet("7", "oops")])
    earlier = write_x_archive(tmp_path / "earlier", [tweet("7", "oops")])
    pipeline.import_paths(store, [later])
    pipeline.import_paths(store, [earlier])
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT native_id, deleted FROM items").fetchall() == [("7", 1)]


@pytest.mark.parametrize("damage", ["truncated_zip", "invalid_json"])
def test_bad_input_leaves_the_database_exactly_as_it_was(tmp_path: Path, store: Store, db_path: Path, damage: str) -> None:
    pipeline.import_paths(store, [write_x_archive(tmp_path / "good", numbered_tweets(5))])
    before = dump(db_path)
    if damage == "truncated_zip":
        bad = write_x_archive(tmp_path / "bad.zip", numbered_tweets(3000, start_id=1500000000000000000), as_zip=True)
        bad.write_bytes(bad.read_bytes()[:-4000])
        expected: type[Exception] = InputError
    else:
        # Thousands of good tweets first, so a partial write would be visible if it happened.
        good = numbered_tweets(5000, start_id=1500000000000000000)
        from tests.factories import ytd

        broken = ytd("tweets", good)[:-3] + ', {"tweet" : { "id_str" : '
        bad = write_x_archive(tmp_path / "bad", [], extra_files={"data/tweets.js": broken})
        expected = SourceFormatError
    with pytest.raises(expected):
        pipeline.import_paths(store, [bad])
    assert dump(db_path) == before


def test_profile_fields_are_updated_not_duplicated(store: Store, db_path: Path) -> None:
    def run(bio: str) -> None:
        store.import_records(
            source="test", connector="test", sha256=bio,
            records=[Profile("x", "1", handle="pat", bio=bio, followers=10),
                     Item("x", "1", "11", ItemKind.POST, "hello", None)],
        )

    run("first bio")
    run("second bio")
    accounts = dump(db_path, ("accounts",))["accounts"]
    assert len(accounts) == 1 and "second bio" in accounts[0]


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not.db: cannot open the database"):
        Store(path)


def test_a_database_from_the_first_schema_opens_and_upgrades(tmp_path: Path) -> None:
    import shutil
    import sqlite3

    from footprint import migrations

    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "db" / "schema-0001.db", old)
    with Store(old) as store:
        with store.engine.connect() as conn:
            assert migrations.current_revision(conn) == migrations.head_revision()
        assert store.count_items() == 2
        assert store.sync_state("bluesky-api", "nobody") is None
        outcome = pipeline.scan(store)
        assert outcome.findings >= 2  # the partisan post and the title + abbreviation profile
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT text FROM items WHERE native_id='1002'").fetchone() == ("Café au lait ☕",)
        # Rows that other tables point at survived the upgrade, and so did the person's decision.
        assert conn.execute("SELECT count(*) FROM media").fetchone() == (1,)
        assert conn.execute("SELECT decision, note FROM decisions").fetchone() == ("accept", "kept from 0.1.0")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
