"""Ordered schema migrations (Alembic). A database made by any released version upgrades in
place when a newer version opens it; `upgrade()` is the only way the schema changes."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

SCRIPT_LOCATION = str(Path(__file__).parent)


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    script = ScriptDirectory(SCRIPT_LOCATION)
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there."""
    if current_revision(connection) == head_revision():
        return
    command.upgrade(_config(connection), "head")
