"""Alembic environment: always run in-process on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from footprint.store.models import metadata

connection = context.config.attributes["connection"]
# SQLite cannot ALTER most things; batch mode rebuilds tables safely inside the transaction.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
