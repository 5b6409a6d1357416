"""Migration 0011: a file made at 0010 gets the search index without a copy of the text
and a sync_base without a rowid, its records, merge bases and search results intact;
and back down to 0010."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config

from migdesk.services import records
from migdesk.services.search import search
from migdesk.store.database import MIGRATIONS, Database
from tests.integration.search_index_checks import assert_index_matches

ORG, OTHER = "11111111-1111-4111-8111-111111111111", "22222222-2222-4222-8222-222222222222"
MEETING = "33333333-3333-4333-8333-333333333333"
INSERT_ORG = ("INSERT INTO organizations (id, created_at, updated_at, name, acronym, kind, aliases, "
              "language, version) VALUES (?, 't0', 't1', ?, ?, 'body', ?, 'en', 1)")


def sync_base_rows(path: Path) -> list[tuple[str, str, str | None, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.execute("SELECT record_id, kind, snapshot, exchanged_at FROM sync_base "
                                 "ORDER BY record_id"))


def schema_of(path: Path, name: str) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])


def make_0010_file(path: Path) -> None:
    Database.open(path, upgrade_to="0010").close()
    aliases = json.dumps([{"name": "Comisión Especial", "acronym": "CEAM", "language": "es"}])
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(INSERT_ORG, (ORG, "Special Committee on Migration Issues", "CEAM", aliases))
        conn.execute(INSERT_ORG, (OTHER, "Permanent Council", None, "[]"))
        conn.execute(
            "INSERT INTO meetings (id, title, body_id, date, place, status, language, created_at, "
            "updated_at, version) VALUES (?, 'Reunión de la Comisión', ?, '2009-02-13', "
            "'Washington, D.C.', 'held', 'es', 't0', 't1', 1)", (MEETING, ORG))
        base = {"id": ORG, "name": "As received", "kind": "body", "aliases": []}
        conn.execute("INSERT INTO sync_base VALUES (?, 'organizations', ?, 't1')", (ORG, json.dumps(base)))
        conn.execute("INSERT INTO sync_base VALUES (?, 'organizations', NULL, 't2')", (OTHER,))


def test_a_0010_file_is_converted_with_its_data_and_searches_alike(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_0010_file(path)
    bases = sync_base_rows(path)
    db = Database.open(path)
    try:
        assert db.schema_revision() == "0011"
        assert [h.id for h in search(db, "reunion")] == [MEETING]
        assert [h.id for h in search(db, "comision especial")] == [ORG]  # an alias
        assert [h.title for h in search(db, "CEAM")][0] == "Special Committee on Migration Issues (CEAM)"
        assert sync_base_rows(path) == bases
        assert "WITHOUT ROWID" in schema_of(path, "sync_base")
        assert "content = 'search_index_text'" in schema_of(path, "search_index")
        assert_index_matches(path)
        records.update_record(db, "organizations", OTHER, {"name": "Permanent Council of the OAS"})
        assert_index_matches(path)
    finally:
        db.close()


def test_0011_goes_back_down_to_0010_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_0010_file(path)
    Database.open(path).close()
    bases = sync_base_rows(path)
    db = Database.open(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0010")
    finally:
        db.close()
    assert sync_base_rows(path) == bases
    assert "WITHOUT ROWID" not in schema_of(path, "sync_base")
    assert "content" not in schema_of(path, "search_index")
    db = Database.open(path)  # up again, the index made anew
    try:
        assert [h.id for h in search(db, "reunion")] == [MEETING]
        assert_index_matches(path)
    finally:
        db.close()
