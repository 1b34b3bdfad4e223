"""Opening a database: the private file, the connection settings, the schema upgrade, and the one
write transaction every change goes through."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, ProgrammingError
from sqlalchemy.pool import StaticPool

from footprint import migrations
from footprint.errors import StoreError
from footprint.paths import ensure_private_dir
from footprint.store.dbcheck import damage_message, describe_tables, foreign_tables, is_damage


def open_engine(path: str) -> Engine:
    """The engine of the database at `path` (":memory:" for a private one), its schema created
    or upgraded; a foreign, damaged or newer database is a one-line `StoreError`."""
    engine = _connect(path)
    try:
        with engine.begin() as conn:
            foreign = foreign_tables(conn)
            if foreign is not None:
                # Another application's database: adding our tables to it would be a write
                # nobody asked for. Nothing has been written yet; the transaction rolls back.
                raise StoreError(
                    f"not a footprint-audit database: it holds another application's tables "
                    f"({describe_tables(foreign)}); give --db a new file or one this tool made",
                    path=path,
                )
            migrations.upgrade(conn)
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        if is_damage(exc):
            raise StoreError(damage_message(path), path=path) from exc
        raise StoreError(f"cannot open the database ({first_line(exc)})", path=path) from exc
    except migrations.UpgradeRefused as exc:
        engine.dispose()
        raise StoreError(
            "this database was written by a newer version of footprint-audit; open it with that "
            f"version or a newer one ({first_line(exc)})",
            path=path,
        ) from exc
    return engine


@contextmanager
def writing(engine: Engine, path: str) -> Iterator[Connection]:
    """One write transaction; a full disk, a read-only file or a lock becomes one line.

    Integrity and programming errors are bugs, not the disk's fault, and pass unchanged.
    """
    try:
        with engine.begin() as conn:
            yield conn
    except (IntegrityError, ProgrammingError, sqlite3.IntegrityError, sqlite3.ProgrammingError):
        raise
    except (OperationalError, DatabaseError, sqlite3.DatabaseError) as exc:
        if is_damage(exc):  # met through the driver's own cursor, which bypasses handle_error
            raise StoreError(damage_message(path), path=path) from exc
        raise StoreError(f"cannot write the database ({first_line(exc)})", path=path) from exc


def driver_cursor(conn: Connection) -> Any:
    """The SQLite cursor under `conn`, for bulk statements SQLAlchemy would only slow down."""
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)) or type(exc).__name__
    return text.splitlines()[0]


def _connect(path: str) -> Engine:
    if path == ":memory:":
        engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        db = Path(path)
        ensure_private_dir(db.parent) if not db.parent.exists() else None
        if not db.exists():
            # Create the file ourselves so it is private from its first byte.
            try:
                os.close(os.open(db, os.O_WRONLY | os.O_CREAT, 0o600))
            except OSError as exc:
                raise StoreError(f"cannot create the database ({exc.strerror or exc})", path=path) from exc
        # Parameters stay out of error messages: they are the person's posts.
        engine = create_engine(f"sqlite:///{db}", hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite opens transactions itself and never before DDL, so a schema upgrade would
        # commit statement by statement. Taking over BEGIN makes every transaction real,
        # migrations included: an upgrade interrupted halfway leaves the old schema intact.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _damaged(context: Any) -> None:
        # A damaged page surfaces in whichever query reads it first, reports included (they
        # read through the store's readers): one line saying so, with SQLite's own check,
        # instead of an internal error. Raising here replaces SQLAlchemy's exception.
        if is_damage(context.original_exception):
            raise StoreError(damage_message(path), path=path) from context.original_exception

    return engine
