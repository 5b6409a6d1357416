"""indexes for the order of a meeting's records (agenda items, interventions, decisions, actions)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("agenda_items", "interventions", "decisions", "actions")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_meeting_order", table, ["meeting_id", "position"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_meeting_order", table_name=table)
