"""Migration 0007 keeps every merge base and stamps edits made since the last exchange."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlalchemy import text

from migdesk.services.clocks import load_clocks
from migdesk.store.database import Database

ORG, OTHER = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
INSERT_ORG = ("INSERT INTO organizations (id, created_at, updated_at, name, kind, aliases, language, version) "
              "VALUES (?, 't0', 't1', ?, 'body', '[]', 'en', 2)")


def test_upgrade_keeps_bases_and_marks_unexchanged_edits(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    Database.open(path, upgrade_to="0006").close()
    with sqlite3.connect(path) as conn:
        conn.execute(INSERT_ORG, (ORG, "Edited here"))
        conn.execute(INSERT_ORG, (OTHER, "As received"))
        base = {"id": ORG, "name": "As received", "kind": "body", "aliases": [], "deleted_at": None}
        conn.execute("INSERT INTO sync_base (record_id, kind, snapshot, exchanged_at) VALUES (?, ?, ?, 't1')",
                     (ORG, "organizations", json.dumps(base)))
        conn.execute("INSERT INTO sync_base (record_id, kind, snapshot, exchanged_at) VALUES (?, ?, NULL, 't1')",
                     (OTHER, "organizations"))
    conn.close()

    db = Database.open(path)
    try:
        me = db.installation_id
        with db.session() as s:
            clocks = load_clocks(s, [ORG, OTHER])
            bases = s.execute(text("SELECT record_id, snapshot IS NULL FROM sync_base ORDER BY record_id"))
            assert [tuple(row) for row in bases] == [(ORG, 0), (OTHER, 1)]
        assert set(clocks) == {ORG}  # the record as received has nothing of ours
        assert clocks[ORG].dots == {"name": [(me, 1)]} and clocks[ORG].seen == {me: 1}
    finally:
        db.close()

