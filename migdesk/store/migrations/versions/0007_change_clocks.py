"""change clocks for merging among many installations, and where history values came from

- `sync_clocks`: per record, the changes (installation, counter) that wrote each field's
  value and the version vector of what is known of the record (services/clocks.py);
- record_history gains source_installation and source_file.

Every merge base (`sync_base`) is kept: records without clocks still merge with it. Edits
made here since a record's last exchange (its fields that differ from its stored base)
are stamped as this installation's change 1, so that they meet changes from colleagues
as the concurrent edits they are rather than as old values.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Frozen: migrations never import live code.
TABLES = {kind: kind for kind in (
    "organizations", "persons", "offices", "documents", "resolutions", "meetings", "agenda_items",
    "interventions", "decisions", "events", "invitations", "actions", "attachments", "translations",
)} | {"paragraphs": "operative_paragraphs"}
META = {"id", "created_at", "updated_at", "deleted_at", "version", "mandate_ids"}


def upgrade() -> None:
    op.create_table(
        "sync_clocks",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.Column("seen", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_sync_clocks")),
    )
    with op.batch_alter_table("record_history") as batch:
        batch.add_column(sa.Column("source_installation", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("source_file", sa.Text(), nullable=True))
    _stamp_unexchanged_edits(op.get_bind())


def _stamp_unexchanged_edits(conn: Any) -> None:
    me = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'installation_id'")).scalar()
    if me is None:
        return
    bases = conn.execute(sa.text(
        "SELECT record_id, kind, snapshot FROM sync_base WHERE snapshot IS NOT NULL")).all()
    rows = []
    for record_id, kind, snapshot in bases:
        base = json.loads(snapshot) if isinstance(snapshot, str) else snapshot
        if kind not in TABLES or not isinstance(base, dict):
            continue
        query = f'SELECT * FROM "{TABLES[kind]}" WHERE id = :id'  # noqa: S608 (a table of the list)
        row = conn.execute(sa.text(query), {"id": record_id}).mappings().first()
        if row is None:
            continue
        changed = [k for k in base if k not in META and k in row and _stored(row[k], base[k]) != base[k]]
        if (row["deleted_at"] is None) != (base.get("deleted_at") is None):
            changed.append("deleted_at")
        if changed:
            rows.append({"record_id": record_id, "seen": json.dumps({me: 1}),
                         "dots": json.dumps({f: [[me, 1]] for f in changed})})
    if rows:
        conn.execute(sa.text("INSERT INTO sync_clocks (record_id, dots, seen) "
                             "VALUES (:record_id, :dots, :seen)"), rows)
        conn.execute(sa.text("INSERT OR REPLACE INTO settings (key, value) VALUES ('clock_counter', '1')"))


def _stored(value: Any, like: Any) -> Any:
    """A column's value as a snapshot holds it (dates as ISO text, JSON decoded)."""
    if isinstance(like, list | dict) and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value.isoformat() if hasattr(value, "isoformat") else value


def downgrade() -> None:
    with op.batch_alter_table("record_history") as batch:
        batch.drop_column("source_file")
        batch.drop_column("source_installation")
    op.drop_table("sync_clocks")
    op.execute("DELETE FROM settings WHERE key = 'clock_counter'")
