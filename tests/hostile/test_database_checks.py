"""The database itself as hostile input (issue #13, item 9): a damaged page met by `report`, and
another application's SQLite database given as `--db`. Each is one line naming the file, exit 2,
and the file is left exactly as it was; every database this tool's migrations made still opens.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from footprint import migrations
from footprint.errors import StoreError
from footprint.store import Store
from footprint.store.dbcheck import is_damage, known_revisions, quick_check
from tests.hostile.harness import invoke
from tests.hostile.test_faults import REPO, assert_one_line, big_archive, small_archive


def damage_pages(db: Path, first: int, last: int) -> None:
    """Overwrite the cell pointers of pages first..last-1 (1-based pages, as SQLite counts)."""
    with sqlite3.connect(db) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    for page in range(first, last):
        offset = (page - 1) * page_size
        data[offset + 8:offset + 40] = b"\xff" * 32
    db.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    db = folder / "footprint.db"
    for args in (["import", str(big_archive(folder / "x", 3000)), "--db", str(db), "-q"],
                 ["scan", "--db", str(db), "-q", "--exit-zero"]):
        outcome = invoke(args)
        assert outcome.crashed is None and outcome.exit_code == 0, outcome.output
    return db


# ---------------------------------------------------------------------------- damage


@pytest.mark.parametrize("fmt", ["html", "json"])
def test_a_damaged_page_met_by_report_is_one_line_saying_so(imported: Path, tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "abîmée.db"
    shutil.copy(imported, db)
    with sqlite3.connect(db) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    damage_pages(db, pages // 2, pages + 1)  # the second half: item rows live there
    before = db.read_bytes()
    report = tmp_path / f"rapport.{fmt}"
    outcome = invoke(["report", "--db", str(db), "--format", fmt, "-o", str(report), "-q"])
    assert_one_line(outcome, "abîmée.db: the database is damaged (SQLite's quick check: ")
    assert "internal error" not in outcome.output and "more); restore a copy" in outcome.output
    assert not report.exists() and db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["abîmée.db"]


def test_damage_met_while_writing_is_also_named(imported: Path, tmp_path: Path) -> None:
    db = tmp_path / "footprint.db"
    shutil.copy(imported, db)
    with sqlite3.connect(db) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    damage_pages(db, pages // 2, pages + 1)
    outcome = invoke(["scan", "--db", str(db), "--full", "-q", "--exit-zero"])
    if outcome.exit_code == 0:
        pytest.skip("scan --full read no damaged page in this SQLite's layout")
    assert_one_line(outcome, "footprint.db: the database is damaged")


def test_quick_check_and_the_damage_test(imported: Path, tmp_path: Path) -> None:
    assert quick_check(str(imported)) == []
    db = tmp_path / "f.db"
    shutil.copy(imported, db)
    with sqlite3.connect(db) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    damage_pages(db, pages - 3, pages + 1)
    problems = quick_check(str(db))
    assert problems and not any(p.startswith("***") or "\n" in p for p in problems)
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        conn.execute("SELECT count(*), sum(length(text)) FROM items").fetchall()
    conn.close()
    assert is_damage(caught.value)
    assert not is_damage(sqlite3.DatabaseError("file is not a database"))
    assert not is_damage(sqlite3.OperationalError("database is locked"))


# ---------------------------------------------------------------------------- someone else's database


def other_application(db: Path) -> Path:
    with sqlite3.connect(db) as conn:
        conn.executescript("""
            CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT);
            CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER, title TEXT);
            CREATE VIEW récents AS SELECT url FROM moz_places;
            INSERT INTO moz_places (url, title) VALUES ('https://www.canada.ca/fr.html', 'Canada.ca 🍁');
        """)
    return db


def another_alembic_application(db: Path) -> Path:
    with sqlite3.connect(db) as conn:
        conn.executescript("""
            CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);
            INSERT INTO alembic_version VALUES ('4f2e9a1b7c3d');
            CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
            CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT);
        """)
    return db


@pytest.mark.parametrize("make", [other_application, another_alembic_application])
@pytest.mark.parametrize("command_line", [
    ["report", "-o", "{tmp}/r.html"], ["import", "{archive}"], ["scan", "--exit-zero"],
    ["audit", "{archive}", "-o", "{tmp}/r.html", "--exit-zero"],
], ids=["report", "import", "scan", "audit"])
def test_another_applications_database_is_refused_untouched(tmp_path: Path, make: object, command_line: list[str]) -> None:
    db = make(tmp_path / "autre.sqlite")  # type: ignore[operator]
    archive = small_archive(tmp_path / "x")
    before = db.read_bytes()
    args = [a.format(tmp=tmp_path, archive=archive) for a in command_line]
    outcome = invoke([*args, "--db", str(db), "-q"])
    assert_one_line(outcome, "autre.sqlite: not a footprint-audit database: it holds another application's tables (")
    assert db.read_bytes() == before
    assert not (tmp_path / "autre.sqlite-journal").exists() and not (tmp_path / "r.html").exists()


def test_the_refusal_lists_the_tables_briefly(tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    with sqlite3.connect(db) as conn:
        conn.executescript("".join(f"CREATE TABLE t{n:02d} (x);" for n in range(12)))
    with pytest.raises(StoreError, match=r"tables \(t00, t01, t02, t03, t04 and 7 more\); give --db a new file"):
        Store(db)


# ---------------------------------------------------------------------------- what is ours still opens


def test_an_empty_file_and_a_new_path_are_made_into_databases(tmp_path: Path) -> None:
    empty = tmp_path / "vide.db"
    empty.write_bytes(b"")
    for path in (empty, tmp_path / "nouvelle.db"):
        with Store(path):
            pass
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrations.head_revision()


def test_every_revision_of_the_schema_still_opens(tmp_path: Path) -> None:
    revisions = sorted(known_revisions())
    assert revisions[0] == "0001" and revisions[-1] == migrations.head_revision()
    for revision in revisions:
        db = tmp_path / f"schema-{revision}.db"
        engine = create_engine(f"sqlite:///{db}")
        with engine.begin() as conn:
            config = Config()
            config.set_main_option("script_location", migrations.SCRIPT_LOCATION)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
        engine.dispose()
        with Store(db):
            pass
    fixture = tmp_path / "fixture.db"
    shutil.copy(REPO / "tests" / "fixtures" / "db" / "schema-0001.db", fixture)
    with Store(fixture):
        pass


def test_a_table_the_person_added_to_our_database_is_fine(tmp_path: Path) -> None:
    db = tmp_path / "footprint.db"
    with Store(db):
        pass
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE mes_notes (texte TEXT)")
    with Store(db):
        pass
