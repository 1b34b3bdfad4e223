"""Ordered schema migrations (Alembic). A database made by any released version upgrades in
place when a newer version opens it; `upgrade()` is the only way the schema changes.

Every command opens the database, and almost always its schema is already the newest: the
revisions are therefore read from the migration files' own `revision = "..."` lines and the
database's `alembic_version` with one plain query, and Alembic (0.1 s of CPU to import) is
loaded only to upgrade. A test checks this reading against Alembic's own.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy.engine import Connection

SCRIPT_LOCATION = str(Path(__file__).parent)
_VERSIONS = Path(SCRIPT_LOCATION) / "versions"
_ASSIGNMENT = re.compile(r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:['"]([^'"]+)['"]|None)\s*$""", re.M)


class UpgradeRefused(Exception):
    """Alembic refused to upgrade (a revision it does not know: a newer version's database)."""


@cache
def _revisions() -> dict[str, str | None]:
    """Each revision of the migration files and the one it revises."""
    graph: dict[str, str | None] = {}
    for script in sorted(_VERSIONS.glob("[0-9]*.py")):
        found = dict((name, value or None) for name, value in _ASSIGNMENT.findall(script.read_text("utf-8")))
        if "revision" not in found or "down_revision" not in found or found["revision"] is None:
            raise RuntimeError(f"migration {script.name} names no revision or no down_revision")
        graph[found["revision"]] = found["down_revision"]
    return graph


def known_revisions() -> frozenset[str]:
    return frozenset(_revisions())


def head_revision() -> str:
    graph = _revisions()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads ({', '.join(sorted(heads))}), not one")
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The revision recorded in the database (None for a new one), as Alembic reads it."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if not has_table:
        return None
    versions = [row[0] for row in connection.exec_driver_sql("SELECT version_num FROM alembic_version")]
    if len(versions) > 1:
        # Several heads: only Alembic can say what that means; upgrade() hands it over.
        return ",".join(sorted(versions))
    return versions[0] if versions else None


def upgrade(connection: Connection) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there."""
    if current_revision(connection) == head_revision():
        return
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, "head")
    except CommandError as exc:
        raise UpgradeRefused(str(exc)) from exc
