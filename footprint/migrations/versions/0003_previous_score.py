"""remember each finding's score in the previous scan

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite does it in place, where a batch rebuild of a table that other
    # tables reference fails its foreign keys on a database that holds data.
    op.add_column("findings", sa.Column("previous_score", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("findings") as batch:
        batch.drop_column("previous_score")
