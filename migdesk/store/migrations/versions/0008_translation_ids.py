"""translation ids derived from (record id, field, language); one translation per triple

A translation's id becomes uuid5(namespace, "record/field/language") (see
services/translation_keys.py), so the same translation made in two databases is one
record when they exchange files. Existing translations are given their derived ids,
with their merge bases, clocks and history. Two translations of the same record, field
and language become one: the live one, then the newest, is kept; the other's text goes
to the kept record's history (nothing is lost) and its row is removed. Then a unique
index holds the rule.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Frozen copy of services.translation_keys.NAMESPACE; migrations never import live code.
NAMESPACE = uuid.UUID("5b0e2d6a-3c1f-4f0e-9a57-6d2b9c1e7a40")
INDEX = "uq_translations_record_field_language"
# Tables that hold a record id beside the record itself.
BY_RECORD_ID = ("sync_base", "sync_clocks", "record_history")


def _derived(row: Any) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{row.record_id.lower()}/{row.field}/{row.language}"))


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, record_id, field, language, text, updated_at, deleted_at FROM translations"
    )).all()
    groups: dict[str, list[Any]] = {}
    for row in rows:
        groups.setdefault(_derived(row), []).append(row)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for new, group in groups.items():
        # live first, then the newest
        group.sort(key=lambda r: (r.deleted_at is None, r.updated_at or ""), reverse=True)
        kept, others = group[0], group[1:]
        for other in others:
            if other.deleted_at is None and other.text != kept.text:
                conn.execute(sa.text(
                    "INSERT INTO record_history (record_id, kind, field, value, source, recorded_at, "
                    "note) VALUES (:id, 'translations', 'text', :value, 'upgrade to revision 0008', "
                    ":now, :note)"),
                    {"id": new, "value": json.dumps(other.text), "now": now,
                     "note": f"translation {other.id} of the same field and language, merged"})
            _drop(conn, other.id, new)
        if kept.id != new:
            _rename(conn, kept.id, new)
    with op.batch_alter_table("translations") as batch:
        batch.create_index(INDEX, ["record_id", "field", "language"], unique=True)


def _drop(conn: Any, old: str, new: str) -> None:
    """Remove a merged duplicate; its history joins the kept record's."""
    conn.execute(sa.text("DELETE FROM translations WHERE id = :old"), {"old": old})
    conn.execute(sa.text("UPDATE record_history SET record_id = :new WHERE record_id = :old"),
                 {"old": old, "new": new})
    conn.execute(sa.text("DELETE FROM sync_base WHERE record_id = :old"), {"old": old})
    conn.execute(sa.text("DELETE FROM sync_clocks WHERE record_id = :old"), {"old": old})


def _rename(conn: Any, old: str, new: str) -> None:
    conn.execute(sa.text("UPDATE translations SET id = :new WHERE id = :old"), {"old": old, "new": new})
    for table in BY_RECORD_ID:
        conn.execute(sa.text(f"UPDATE {table} SET record_id = :new WHERE record_id = :old"),  # noqa: S608
                     {"old": old, "new": new})
    base = conn.execute(sa.text("SELECT snapshot FROM sync_base WHERE record_id = :new"),
                        {"new": new}).scalar()
    snapshot = json.loads(base) if isinstance(base, str) else base
    if isinstance(snapshot, dict) and snapshot.get("id") == old:
        conn.execute(sa.text("UPDATE sync_base SET snapshot = :snap WHERE record_id = :new"),
                     {"snap": json.dumps({**snapshot, "id": new}), "new": new})


def downgrade() -> None:
    with op.batch_alter_table("translations") as batch:
        batch.drop_index(INDEX)
    # The derived ids stay: they are valid ids for any revision.
