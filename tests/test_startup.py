"""Start-up stays light: what a command imports before it knows it needs it.

The schema revisions read from the migration files must agree with Alembic's own reading, or a
database would be left un-upgraded (or upgraded for nothing)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
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


# ---------------------------------------------------------------------------- the ruleset, from files


@pytest.fixture
def rules_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the rules package the fingerprint reads instead of the real one."""
    from footprint import pipeline

    (real,) = pipeline._rules_roots()
    copy = tmp_path / "rules"
    shutil.copytree(real, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(pipeline, "_rules_roots", lambda: [copy])
    monkeypatch.delenv(pipeline._MODEL_ENV, raising=False)
    return copy


def _touch(path: Path, extra: bytes) -> None:
    path.write_bytes(path.read_bytes() + extra)


@pytest.mark.parametrize(
    "changed",
    [
        "political.py",  # a module defining rules
        "discrimination_context.py",  # a helper rules import
        "data/workplace_lexicon.toml",  # a lexicon
        "data/models/text_models.json",  # the packaged model
    ],
)
def test_any_change_to_a_rules_file_changes_the_ruleset(rules_copy: Path, changed: str) -> None:
    from footprint.pipeline import ruleset_fingerprint

    before = ruleset_fingerprint()
    _touch(rules_copy / changed, "\n# « changé » 🙂\n".encode())
    assert ruleset_fingerprint() != before


def test_new_and_renamed_files_change_the_ruleset_and_caches_do_not(rules_copy: Path) -> None:
    from footprint.pipeline import ruleset_fingerprint

    before = ruleset_fingerprint()
    (rules_copy / "__pycache__").mkdir()
    (rules_copy / "__pycache__" / "political.cpython-312.pyc").write_bytes(b"\x00" * 64)
    assert ruleset_fingerprint() == before
    (rules_copy / "data" / "new_lexicon.toml").write_text("[mots]\nliste = []\n", encoding="utf-8")
    added = ruleset_fingerprint()
    assert added != before
    (rules_copy / "data" / "new_lexicon.toml").rename(rules_copy / "data" / "autre.toml")
    assert ruleset_fingerprint() not in (before, added)


def test_the_selection_and_an_outside_model_change_the_ruleset(
    rules_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footprint import pipeline
    from footprint.rules import learned

    # The names the fingerprint reads are the ones learned.py reads.
    assert pipeline._MODEL_ENV == learned.MODEL_FILE_ENV and pipeline._MODEL_FILE_NAME == learned.MODEL_FILE[-1]
    every = pipeline.ruleset_fingerprint()
    assert len({every, pipeline.ruleset_fingerprint(["POL001"]), pipeline.ruleset_fingerprint(["POL001", "SAF003"])}) == 3
    models = tmp_path / "models"
    models.mkdir()
    model = models / learned.MODEL_FILE[-1]
    model.write_bytes((rules_copy / "data" / "models" / "text_models.json").read_bytes())
    monkeypatch.setenv(pipeline._MODEL_ENV, str(models))
    outside = pipeline.ruleset_fingerprint()
    assert outside != every
    monkeypatch.setenv(pipeline._MODEL_ENV, str(model))  # the file itself, not its folder
    assert pipeline.ruleset_fingerprint() == outside
    _touch(model, b" ")
    assert pipeline.ruleset_fingerprint() != outside
    monkeypatch.setenv(pipeline._MODEL_ENV, str(tmp_path / "absent.json"))
    assert pipeline.ruleset_fingerprint() not in (every, outside)


def test_a_changed_rules_file_makes_the_next_scan_full(
    rules_copy: Path, tmp_path: Path, store: Store
) -> None:
    from footprint import pipeline
    from tests.factories import numbered_tweets, tweet, write_x_archive

    pipeline.import_paths(store, [write_x_archive(tmp_path / "a", [*numbered_tweets(5), tweet("9", "Votez libéral 🗳️")])])
    assert pipeline.scan(store).full
    assert not pipeline.scan(store).full
    _touch(rules_copy / "data" / "politics.toml", b"\n")
    again = pipeline.scan(store)
    assert again.full and again.items_scanned == 6


# ---------------------------------------------------------------------------- what a command imports


def _modules_after(args: list[str], cwd: Path) -> set[str]:
    code = (
        "import sys\n"
        "from footprint.cli import main\n"
        f"sys.argv = ['footprint', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_a_scan_with_nothing_to_read_loads_no_rule_no_connector_and_no_alembic(tmp_path: Path) -> None:
    from footprint import pipeline
    from tests.factories import numbered_tweets, tweet, write_x_archive

    db = tmp_path / "f.db"
    with Store(db) as store:
        pipeline.import_paths(store, [write_x_archive(tmp_path / "a", [*numbered_tweets(5), tweet("9", "Votez libéral 🗳️")])])
        pipeline.scan(store)
    loaded = _modules_after(["scan", "--db", str(db), "--exit-zero"], tmp_path)
    assert "footprint.store" in loaded
    assert not {name for name in loaded if name.startswith(("footprint.rules", "footprint.connectors", "alembic"))}
    # It counts what the report will show, without loading the renderers or Jinja.
    assert "footprint.reports.context" in loaded
    assert not {name for name in loaded if name.startswith(("jinja2", "footprint.reports.html_report"))}
    # A new post needs the rules: the same command then loads them.
    with Store(db) as store:
        pipeline.import_paths(store, [write_x_archive(tmp_path / "b", [tweet("10", "Un nouveau message")])])
    assert "footprint.rules.political" in _modules_after(["scan", "--db", str(db), "--exit-zero"], tmp_path)
