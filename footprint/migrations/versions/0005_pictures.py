"""pictures: what the picture checks found in avatars, banners and post media

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pictures",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("scanner", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(length=16), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("reportable", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("thumbnail", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
    )
    # ADD COLUMN in place (see 0003): media and accounts are referenced by other tables.
    op.add_column("media", sa.Column("picture_sha", sa.String(length=64), nullable=True))
    op.add_column("accounts", sa.Column("avatar_sha", sa.String(length=64), nullable=True))
    op.add_column("accounts", sa.Column("banner_sha", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("banner_sha")
        batch.drop_column("avatar_sha")
    with op.batch_alter_table("media") as batch:
        batch.drop_column("picture_sha")
    op.drop_table("pictures")
