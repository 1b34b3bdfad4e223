"""an index of findings by item, so a re-scan replaces a batch's old findings without reading
the whole findings table once per batch (quadratic in the archive's size without it)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_findings_item", "findings", ["item_id"])


def downgrade() -> None:
    op.drop_index("ix_findings_item", table_name="findings")
