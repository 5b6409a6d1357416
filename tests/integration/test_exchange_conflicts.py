"""Merging: two delegates who exchanged a file go on editing; nothing is lost or overwritten."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import inspect, text

from migdesk.services import records as r
from migdesk.services.demo import demo_id
from migdesk.services.exchange import export_file, import_file
from migdesk.store.database import Database
from migdesk.store.models import HistoryEntry

MEETING = demo_id("meeting")
TITLE = "title"


def meeting(db: Database) -> dict:
    return r.get_record(db, "meetings", MEETING).values


def history(db: Database) -> list[tuple[str, str, object]]:
    with db.session() as s:
        return [(h.record_id, h.field, h.value) for h in s.query(HistoryEntry).order_by(HistoryEntry.id)]


def test_same_field_changed_on_both_sides_is_a_conflict(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp = pair
    r.update_record(a, "meetings", MEETING, {TITLE: "Title from A"})
    r.update_record(b, "meetings", MEETING, {TITLE: "Title from B"})
    export_file(a, tmp / "a1.migdesk")  # both send before either imports
    export_file(b, tmp / "b1.migdesk")

    report = import_file(a, tmp / "b1.migdesk")
    assert [c.to_json() for c in report.conflicts] == [{
        "kind": "meetings", "id": MEETING, "fields": ["title"],
        "local": {"title": "Title from A"}, "incoming": {"title": "Title from B"},
    }]
    assert meeting(a)[TITLE] == "Title from A"  # keep-local by default
    assert history(a) == [(MEETING, "title", "Title from B")]
    assert report.added == report.deleted == report.updated == 0

    other = import_file(b, tmp / "a1.migdesk")  # the other side sees the same conflict
    assert [(c.id, c.fields, c.local, c.incoming) for c in other.conflicts] == [
        (MEETING, ("title",), {"title": "Title from B"}, {"title": "Title from A"})]

    again = import_file(a, tmp / "b1.migdesk")  # the same file twice changes nothing
    assert again.conflicts == [] and again.updated == 0 and meeting(a)[TITLE] == "Title from A"
    assert len(history(a)) == 1


def test_take_incoming_applies_the_other_value(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp = pair
    r.update_record(a, "meetings", MEETING, {TITLE: "Title from A"})
    r.update_record(b, "meetings", MEETING, {TITLE: "Title from B"})
    export_file(b, tmp / "b1.migdesk")
    report = import_file(a, tmp / "b1.migdesk", on_conflict="take-incoming")
    assert len(report.conflicts) == 1 and report.updated == 1
    assert meeting(a)[TITLE] == "Title from B"
    assert history(a) == [(MEETING, "title", "Title from A")]  # the local value is kept aside


def test_a_value_chosen_per_conflict(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp = pair
    r.update_record(a, "meetings", MEETING, {TITLE: "Title from A", "place": "Room A"})
    r.update_record(b, "meetings", MEETING, {TITLE: "Title from B", "place": "Room B"})
    export_file(b, tmp / "b1.migdesk")
    report = import_file(a, tmp / "b1.migdesk", resolutions={
        (MEETING, "title"): "Agreed title", (MEETING, "place"): "Room B"})
    assert report.conflicts[0].fields == ("title", "place")
    assert (meeting(a)[TITLE], meeting(a)["place"]) == ("Agreed title", "Room B")
    assert sorted(history(a)) == sorted([(MEETING, "title", "Title from A"), (MEETING, "title", "Title from B"),
                                         (MEETING, "place", "Room A")])


def test_fields_changed_on_one_side_merge_silently(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp = pair
    r.update_record(a, "meetings", MEETING, {"place": "OAS headquarters"})
    r.update_record(b, "meetings", MEETING, {TITLE: "Title from B"})
    export_file(b, tmp / "b1.migdesk")
    report = import_file(a, tmp / "b1.migdesk")
    assert report.conflicts == [] and report.updated == 1
    assert (meeting(a)[TITLE], meeting(a)["place"]) == ("Title from B", "OAS headquarters")
    export_file(a, tmp / "a1.migdesk")  # and back: B now has both changes too
    back = import_file(b, tmp / "a1.migdesk")
    assert back.conflicts == [] and meeting(b) | {"updated_at": 0} == meeting(a) | {"updated_at": 0}


def test_a_deletion_arrives_as_a_deletion(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp = pair
    action = r.list_records(a, "actions")[0].id
    r.delete_record(a, "actions", action)
    export_file(a, tmp / "a1.migdesk")
    report = import_file(b, tmp / "a1.migdesk")
    assert report.deleted == 1 and report.conflicts == []
    assert action not in {x.id for x in r.list_records(b, "actions")}
    assert [c.id for c in report.changes] == [action] and report.changes[0].action == "deleted"


def test_an_edit_meets_a_deletion_and_is_not_lost(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp = pair
    gone = r.list_records(a, "interventions")[0].id
    r.delete_record(a, "interventions", gone)
    r.update_record(b, "interventions", gone, {"text": "Corrected by B"})
    export_file(a, tmp / "a1.migdesk")
    export_file(b, tmp / "b1.migdesk")

    at_b = import_file(b, tmp / "a1.migdesk")  # deleted over there, edited here
    assert [(c.id, c.fields) for c in at_b.conflicts] == [(gone, ("deleted_at",))]
    assert at_b.conflicts[0].local == {"deleted_at": None} and at_b.conflicts[0].incoming["deleted_at"]
    assert r.get_record(b, "interventions", gone).values["text"] == "Corrected by B"

    restore = import_file(a, tmp / "b1.migdesk", dry_run=True, on_conflict="take-incoming")
    assert [(c.kind, c.action) for c in restore.changes] == [("interventions", "updated")]  # undeleted

    at_a = import_file(a, tmp / "b1.migdesk")  # edited over there, deleted here
    assert [(c.id, c.fields) for c in at_a.conflicts] == [(gone, ("deleted_at",))]
    assert gone not in {x.id for x in r.list_records(a, "interventions")}  # keep-local: deleted
    assert (gone, "text", "Corrected by B") in history(a)  # but the edit is kept
    assert import_file(a, tmp / "b1.migdesk").conflicts == []  # decided once, not asked again


def _tables(db: Database) -> str:
    """A hash of every row of every table (either engine)."""
    digest = hashlib.sha256()
    with db.engine.connect() as conn:
        for name in sorted(inspect(conn).get_table_names()):
            rows = sorted(repr(tuple(row)) for row in conn.execute(text(f'SELECT * FROM "{name}"')))  # noqa: S608
            digest.update(repr((name, rows)).encode())
    return digest.hexdigest()


def _files(db: Database) -> list[bytes]:
    """The bytes of a database file and its WAL (nothing for a server)."""
    path = db.path
    if path is None:
        return []
    return [p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def test_dry_run_writes_nothing(pair: tuple[Database, Database, Path]) -> None:
    a, b, tmp = pair
    r.update_record(a, "meetings", MEETING, {TITLE: "Title from A", "place": "Room A"})
    r.update_record(b, "meetings", MEETING, {TITLE: "Title from B"})
    r.delete_record(b, "actions", r.list_records(b, "actions")[0].id)
    export_file(b, tmp / "b1.migdesk")
    before_tables, before_files = _tables(a), _files(a)
    preview = import_file(a, tmp / "b1.migdesk", dry_run=True)
    assert preview.conflicts and preview.deleted == 1 and preview.dry_run
    assert "would import" in preview.summary()
    assert _tables(a) == before_tables
    assert _files(a) == before_files
    real = import_file(a, tmp / "b1.migdesk")
    assert real.to_json() == preview.to_json()
