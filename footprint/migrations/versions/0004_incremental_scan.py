"""incremental scans: what the rules last saw, and which ruleset a scan used

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN in place (see 0003): items and accounts are referenced by other tables.
    op.add_column("items", sa.Column("analyzed_sha", sa.String(length=64), nullable=True))
    op.add_column("accounts", sa.Column("analyzed_sha", sa.String(length=64), nullable=True))
    op.add_column("scans", sa.Column("ruleset", sa.String(length=64), nullable=True))
    op.add_column("scans", sa.Column("full", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("scans") as batch:
        batch.drop_column("full")
        batch.drop_column("ruleset")
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("analyzed_sha")
    with op.batch_alter_table("items") as batch:
        batch.drop_column("analyzed_sha")
