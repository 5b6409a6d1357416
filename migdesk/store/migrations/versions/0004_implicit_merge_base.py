"""sync_base.snapshot may be NULL: the base is then the record as stored, unchanged since

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A record an import adds is stored exactly as received, so its base needs no copy
    # until the record is changed here (records.write_snapshots then writes the copy).
    with op.batch_alter_table("sync_base") as batch:
        batch.alter_column("snapshot", existing_type=sa.JSON(), nullable=True)


def downgrade() -> None:
    # Implicit bases cannot be kept as NULL under the old schema: drop them (the records
    # then merge with less evidence, which shows conflicts rather than losing changes).
    op.execute("DELETE FROM sync_base WHERE snapshot IS NULL")
    with op.batch_alter_table("sync_base") as batch:
        batch.alter_column("snapshot", existing_type=sa.JSON(), nullable=False)
