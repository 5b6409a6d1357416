"""Schema upgrades keep data and leave a backup; a newer schema is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from migdesk.services import records
from migdesk.services.search import search
from migdesk.store import sqlite as sqlite_store
from migdesk.store.database import Database, head_revision, known_revisions
from migdesk.store.errors import DatabaseTooNew

ENGINES = ("sqlite",)  # SQLite files: WAL, pragmas, backups beside them


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_schema_upgraded_with_data_intact_and_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    first = known_revisions()[0]
    assert first != head_revision(), "the upgrade path needs at least two revisions"
    Database.open(path, upgrade_to=first).close()
    with sqlite3.connect(path) as conn:  # fill it as the first release would have
        conn.execute(
            "INSERT INTO organizations (id, name, acronym, kind, aliases, language, created_at, updated_at) "
            "VALUES ('11111111-1111-1111-1111-111111111111', 'Special Committee on Migration Issues', 'CEAM', "
            "'committee', '[]', 'en', '2009-01-01T00:00:00.000000Z', '2009-01-01T00:00:00.000000Z')"
        )
        conn.execute(
            "INSERT INTO meetings (id, title, body_id, date, place, status, language, created_at, updated_at) "
            "VALUES ('22222222-2222-2222-2222-222222222222', 'Reunión de la Comisión', "
            "'11111111-1111-1111-1111-111111111111', '2009-02-13', 'Washington, D.C.', 'held', 'es', "
            "'2009-02-13T00:00:00.000000Z', '2009-02-13T00:00:00.000000Z')"
        )
    old_bytes = sha(path)
    db = Database.open(path)
    try:
        assert db.schema_revision() == head_revision()
        meeting = records.get_record(db, "meetings", "22222222")
        assert meeting.values["title"] == "Reunión de la Comisión"
        assert meeting.values["body_id"] == "11111111-1111-1111-1111-111111111111"
        assert [h.id for h in search(db, "reunion")] == ["22222222-2222-2222-2222-222222222222"]
    finally:
        db.close()
    [backup] = sqlite_store.list_backups(path)
    assert backup.parent == path.parent / "old.sqlite-backups"
    assert sqlite_store.integrity_ok(backup)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == first
        assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    assert old_bytes  # the original was copied before the upgrade touched it


def test_open_at_head_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    Database.open(path).close()
    Database.open(path).close()
    assert sqlite_store.list_backups(path) == []


def test_newer_schema_is_refused_and_left_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = sha(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseTooNew, match="newer MigDesk"):
        Database.open(path)
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no -wal, no backup


def test_newer_schema_via_cli_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from migdesk.cli import main

    path = tmp_path / "future.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    before = sha(path)
    assert main(["--db", str(path), "list", "meetings"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("migdesk: error:") and "newer MigDesk" in err and err.count("\n") == 1
    assert sha(path) == before


def test_connections_use_wal_foreign_keys_and_busy_timeout(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_head_constant_matches_the_migrations() -> None:
    from migdesk.store.database import HEAD_REVISION

    assert known_revisions()[-1] == HEAD_REVISION
