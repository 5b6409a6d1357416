"""record versions, a change log for live views, and fields delegates asked for

- every record table gains `version`: an integer that goes up on each change, so a write
  can name the version it was based on and a stale one is refused as a conflict;
- `change_log`: one row per record written (or per kind for a bulk import), read by
  other windows on the same database to update their views within a second;
- meetings.summary_date (the summary's date of issue), persons.job_title (a person's
  title, such as "Permanent Representative"), attachments.language (a document's
  language versions).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen list: migrations never import live code.
RECORD_TABLES = (
    "organizations", "persons", "offices", "documents", "resolutions", "operative_paragraphs",
    "meetings", "agenda_items", "interventions", "decisions", "events", "invitations",
    "actions", "attachments", "translations",
)


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default="1")
        )
    op.add_column("meetings", sa.Column("summary_date", sa.Date(), nullable=True))
    op.add_column("persons", sa.Column("job_title", sa.Text(), nullable=True))
    op.add_column("attachments", sa.Column("language", sa.String(length=2), nullable=True))
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("writer", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )


def downgrade() -> None:
    op.drop_table("change_log")
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("language")
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("job_title")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("summary_date")
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
