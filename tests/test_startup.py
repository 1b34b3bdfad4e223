"""Start-up stays light: what a command imports before it knows it needs it.

The schema revisions read from the migration files must agree with Alembic's own reading, or a
database would be left un-upgraded (or upgraded for nothing)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from footprint import migrations
from footprint.errors import StoreError
from footprint.store import Store


def test_revisions_read_from_the_files_are_alembics() -> None:
    script = ScriptDirectory(migrations.SCRIPT_LOCATION)
    assert migrations.head_revision() == script.get_current_head()
    assert migrations.known_revisions() == {s.revision for s in script.walk_revisions()}
    assert {s.revision: s.down_revision for s in script.walk_revisions()} == migrations._revisions()


@pytest.mark.parametrize("revision", [None, "0001", "0006"])
def test_current_revision_is_read_as_alembic_reads_it(tmp_path: Path, revision: str | None) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as conn:
        if revision:
            config = Config()
            config.set_main_option("script_location", migrations.SCRIPT_LOCATION)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        assert migrations.current_revision(conn) == MigrationContext.configure(conn).get_current_revision() == revision
    engine.dispose()
    # An old schema is still upgraded on open.
    with Store(tmp_path / "x.db"):
        pass
    with sqlite3.connect(tmp_path / "x.db") as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrations.head_revision(),)]


def test_a_newer_revision_is_still_refused_in_alembics_words(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    with Store(db):
        pass
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0999'")
    with pytest.raises(StoreError, match=r"newer version of footprint-audit.*0999"):
        Store(db)
