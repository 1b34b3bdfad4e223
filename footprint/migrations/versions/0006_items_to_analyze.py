"""a partial index of the items the rules have not seen, so an incremental scan finds them
without reading every item

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TO_ANALYZE = "analyzed_sha IS NULL OR analyzed_sha != raw_sha"


def upgrade() -> None:
    op.create_index("ix_items_to_analyze", "items", ["id"], sqlite_where=sa.text(TO_ANALYZE))


def downgrade() -> None:
    op.drop_index("ix_items_to_analyze", table_name="items")
