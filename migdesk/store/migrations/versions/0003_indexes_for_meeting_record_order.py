"""indexes: the order of a meeting's records; no index on the tombstone column

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
# Indexes on deleted_at (almost always NULL) made SQLite scan them instead of using the
# primary key for `id IN (...) AND deleted_at IS NULL`: 51 ms instead of 2 ms per 100 rows.
RECORD_TABLES = (
    "organizations",
    "persons",
    "offices",
    "documents",
    "resolutions",
    "operative_paragraphs",
    "meetings",
    "agenda_items",
    "interventions",
    "decisions",
    "events",
    "invitations",
    "actions",
    "attachments",
    "translations",
)


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_meeting_order", table, ["meeting_id", "position"])
    for table in RECORD_TABLES:
        op.drop_index(f"ix_{table}_deleted_at", table_name=table)


def downgrade() -> None:
    for table in RECORD_TABLES:
        op.create_index(f"ix_{table}_deleted_at", table, ["deleted_at"])
    for table in TABLES:
        op.drop_index(f"ix_{table}_meeting_order", table_name=table)
