"""store.bulk.insert_rows stores values exactly as SQLAlchemy's own insert does; bulk sessions."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from migdesk.store.bulk import insert_rows
from migdesk.store.database import Database
from migdesk.store.errors import DatabaseError
from migdesk.store.models import Office, Organization, Person, SyncBase
from migdesk.store.sqlite import BULK_CACHE_KIB


def _raw(path: Path, table: str, key: str, value: str) -> dict[str, Any]:
    """The stored row as SQLite holds it (as Python values of its storage classes), without its key."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(f"SELECT * FROM {table} WHERE {key} = ?", (value,)).fetchone()  # noqa: S608
    return {k: row[k] for k in row.keys() if k != key}


def test_rows_are_stored_as_sqlalchemy_stores_them(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "bulk.sqlite")
    stamp = "2009-02-13T10:00:00Z"
    org = {"name": "Mexico", "acronym": None, "kind": "member_state", "parent_id": None, "country": "MX",
           "aliases": [{"name": "México", "language": "es"}], "language": "en", "notes": 'He said "<b>no</b>"',
           "created_at": stamp, "updated_at": stamp, "deleted_at": None}
    person = {"name": "A. Delegate", "honorific": None, "organization_id": None, "notes": None,
              "created_at": stamp, "updated_at": stamp, "deleted_at": None}
    with db.session() as s:
        conn = s.connection()
        conn.execute(insert(Organization.__table__), [{**org, "id": "org-core"}])
        insert_rows(conn, Organization.__table__, [{**org, "id": "org-bulk"}])
        # An empty list (most JSON values of an import) is stored as SQLAlchemy stores it too.
        conn.execute(insert(Organization.__table__), [{**org, "id": "bare-core", "aliases": []}])
        insert_rows(conn, Organization.__table__, [{**org, "id": "bare-bulk", "aliases": []}])
        conn.execute(insert(Person.__table__), [{**person, "id": "p1"}])
        office = {"person_id": "p1", "body_id": "org-core", "role": "chair", "end_date": None,
                  "created_at": stamp, "updated_at": stamp, "deleted_at": None}
        conn.execute(insert(Office.__table__), [{**office, "id": "o-core", "start_date": date(2009, 2, 13)}])
        # A date as ISO text (as snapshots carry it) or as a date: both stored alike.
        insert_rows(conn, Office.__table__, [{**office, "id": "o-text", "start_date": "2009-02-13"},
                                             {**office, "id": "o-date", "start_date": date(2009, 2, 13)}])
    path = tmp_path / "bulk.sqlite"
    assert _raw(path, "organizations", "id", "org-bulk") == _raw(path, "organizations", "id", "org-core")
    bare = _raw(path, "organizations", "id", "bare-core")
    assert bare["aliases"] == "[]" and _raw(path, "organizations", "id", "bare-bulk") == bare
    core = _raw(path, "offices", "id", "o-core")
    assert core["start_date"] == "2009-02-13"
    assert _raw(path, "offices", "id", "o-text") == core
    assert _raw(path, "offices", "id", "o-date") == core
    with db.session() as s:  # and the ORM reads them back as it wrote them
        orgs = {o.id: o for o in s.scalars(select(Organization))}
        assert orgs["org-bulk"].aliases == [{"name": "México", "language": "es"}]
        assert s.get(Office, "o-text").start_date == date(2009, 2, 13)  # type: ignore[union-attr]
    db.close()


def test_upsert_updates_only_the_named_columns(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "bulk.sqlite")
    table = SyncBase.__table__
    with db.session() as s:
        first = {"record_id": "r1", "kind": "meetings", "snapshot": {"title": "Old"}, "exchanged_at": "t1"}
        insert_rows(s.connection(), table, [first], upsert_on="record_id", update=("kind", "snapshot"))
        again = {**first, "snapshot": {"title": "New"}, "exchanged_at": "t2"}
        insert_rows(s.connection(), table, [again], upsert_on="record_id", update=("kind", "snapshot"))
        insert_rows(s.connection(), table, [], upsert_on="record_id")  # nothing to do
    with db.session() as s:
        base = s.get(SyncBase, "r1")
        assert base is not None
        assert base.snapshot == {"title": "New"} and base.exchanged_at == "t1"
    db.close()


def test_bulk_session_refuses_a_dangling_reference_and_writes_nothing(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "bulk.sqlite")
    stamp = "2009-02-13T10:00:00Z"
    person = {"name": "A. Delegate", "honorific": None, "notes": None,
              "created_at": stamp, "updated_at": stamp, "deleted_at": None}
    with db.bulk_session() as s:  # a reference to a row written later in the same transaction
        insert_rows(s.connection(), Person.__table__, [{**person, "id": "p1", "organization_id": "org-1"}])
        s.add(Organization(id="org-1", name="Mexico", kind="member_state", created_at=stamp, updated_at=stamp))
    with pytest.raises(DatabaseError, match="persons .* missing organizations"):
        with db.bulk_session() as s:
            insert_rows(s.connection(), Person.__table__, [{**person, "id": "p2", "organization_id": "nowhere"}])
    with db.session() as s:
        assert [p.id for p in s.scalars(select(Person))] == ["p1"]
    # Enforcement is back on for every other session.
    with pytest.raises(IntegrityError), db.session() as s:
        insert_rows(s.connection(), Person.__table__, [{**person, "id": "p3", "organization_id": "nowhere"}])
    db.close()


def test_bulk_session_raises_the_page_cache_only_for_its_transaction(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "bulk.sqlite")
    with db.session() as s:
        default = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    connections: list[Any] = []
    for fails in (False, True):
        with contextlib.suppress(RuntimeError), db.bulk_session() as s:
            raw: Any = s.connection().connection.driver_connection
            connections.append(raw)
            assert raw.execute("PRAGMA cache_size").fetchone()[0] == -BULK_CACHE_KIB
            if fails:
                raise RuntimeError("an import that stops half way")
    # Back in the pool, the connection has the cache it had before.
    assert [raw.execute("PRAGMA cache_size").fetchone()[0] for raw in connections] == [default, default]
    assert default != -BULK_CACHE_KIB
    db.close()
