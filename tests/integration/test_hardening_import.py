"""An import carrying an inconsistent state is refused whole, or repaired and reported.

Each case edits one record of a real exchange file (a demo database with an office, a
translation, an attachment and a second meeting added) and imports it into an empty
database: one `migdesk: error:` line naming the problem, exit 1, nothing written.
What only the merge with a colleague's changes breaks is repaired, in the history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from migdesk.cli import main
from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.exchange import export_file, import_file
from migdesk.store.database import Database
from migdesk.store.models import Blob, HistoryEntry
from tests.integration.test_exchange_hostile import members, pack

Files = dict[str, Any]  # records/<kind>.json name -> parsed list


@pytest.fixture(scope="module")
def rich_file(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The demo plus one record of each kind the demo lacks, exported whole."""
    folder = tmp_path_factory.mktemp("rich")
    db = Database.open(folder / "rich.sqlite")
    load_demo(db)
    person = r.create_record(db, "persons", {"name": "Ambassador A"}).items[0].id
    r.create_record(db, "offices", {"person_id": person, "body_id": demo_id("ceam"),
                                    "start_date": "2009-01-01", "end_date": "2010-01-01"})
    r.create_record(db, "translations", {"record_id": demo_id("meeting"), "field": "title",
                                         "language": "fr", "text": "Lier"})
    data = b"%PDF-1.4 attachment"
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as s:
        s.add(Blob(sha256=sha, size=len(data), data=data))
    document = r.list_records(db, "documents")[0].id
    r.create_record(db, "attachments", {"document_id": document, "filename": "a.pdf",
                                        "sha256": sha, "size": len(data)})
    other = r.create_record(db, "meetings", {"title": "Second meeting"}).items[0].id
    r.create_record(db, "agenda_items", {"meeting_id": other, "title": "Other item"})
    export_file(db, folder / "rich.migdesk")
    db.close()
    return members(folder / "rich.migdesk")


def _first(files: Files, kind: str, **where: Any) -> dict[str, Any]:
    return next(x for x in files[kind] if all(x.get(k) == v for k, v in where.items()))


def _other_meetings_item(files: Files) -> dict[str, Any]:
    return _first(files, "agenda_items", title="Other item")


CASES: dict[str, tuple[Callable[[Files], None], str]] = {
    "blank meeting title": (lambda f: f["meetings"][0].update(title="   "), "title: a value is required"),
    "blank intervention text": (lambda f: f["interventions"][0].update(text=""), "a value is required"),
    "NUL in a text": (lambda f: f["interventions"][0].update(text="a\x00b"), "NUL"),
    "NUL in an alias": (lambda f: f["organizations"][0].update(aliases=[{"name": "x\x00"}]), "NUL"),
    "lone surrogate": (lambda f: f["meetings"][0].update(title="bad \ud800"), "lone surrogate"),
    "event ending before it starts": (
        lambda f: f["events"][0].update(start_date="2009-05-02", end_date="2009-05-01"), "before it starts"),
    "office ending before it starts": (
        lambda f: f["offices"][0].update(start_date="2010-01-01", end_date="2009-01-01"), "before it starts"),
    "date beyond the calendar": (lambda f: f["meetings"][0].update(date="9999-12-31"), "1900-2199"),
    "translation of a field the kind lacks": (
        lambda f: f["translations"][0].update(field="colour"), "not a text field"),
    "translation of a date field": (lambda f: f["translations"][0].update(field="date"), "not a text field"),
    "intervention under another meeting's item": (
        lambda f: f["interventions"][0].update(agenda_item_id=_other_meetings_item(f)["id"]),
        "agenda item of another meeting"),
    "attachment with no owner": (
        lambda f: f["attachments"][0].update(document_id=None), "exactly one document or resolution"),
    "attachment with two owners": (
        lambda f: f["attachments"][0].update(resolution_id=f["resolutions"][0]["id"]),
        "exactly one document or resolution"),
    "impossible timestamp": (
        lambda f: f["meetings"][0].update(updated_at="2009-13-45T99:99:99Z"), "not a real time"),
    "30 February": (lambda f: f["events"][0].update(created_at="2009-02-30T10:00:00Z"), "not a real time"),
    "year 0000": (lambda f: f["actions"][0].update(created_at="0000-01-01T00:00:00Z"), "not a real time"),
    "live intervention under a deleted meeting": (
        lambda f: _first(f, "meetings", id=demo_id("meeting")).update(deleted_at="2009-03-01T00:00:00Z"),
        "which the file marks deleted"),
    "live meeting whose body is deleted": (
        lambda f: _first(f, "organizations", id=_first(f, "meetings", id=demo_id("meeting"))["body_id"]).update(
            deleted_at="2009-03-01T00:00:00Z"), "which the file marks deleted"),
    "action linked to a deleted event": (
        lambda f: _first(f, "events", id=next(a["event_id"] for a in f["actions"] if a["event_id"])).update(
            deleted_at="2009-03-01T00:00:00Z"), "which the file marks deleted"),
}


def _edited(valid: dict[str, bytes], change: Callable[[Files], None]) -> bytes:
    items = dict(valid)
    files = {name[8:-5]: json.loads(data) for name, data in items.items() if name.startswith("records/")}
    change(files)
    for kind, value in files.items():  # ASCII JSON: a lone surrogate travels as \ud800
        items[f"records/{kind}.json"] = json.dumps(value).encode()
    return pack(items)


@pytest.mark.parametrize("case", list(CASES))
def test_an_inconsistent_file_is_refused_with_nothing_written(
    case: str, rich_file: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change, expected = CASES[case]
    path = tmp_path / "bad.migdesk"
    path.write_bytes(_edited(rich_file, change))
    db_path = tmp_path / "empty.sqlite"
    assert main(["--db", str(db_path), "init"]) == 0
    before = db_path.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("migdesk: error: ") and err.count("\n") == 1, err
    assert expected in err and "please report" not in err
    db = Database.open(db_path)
    try:
        assert r.count(db, "meetings") == 0 and r.count(db, "organizations") == 0
    finally:
        db.close()
    assert db_path.read_bytes() == before


def test_the_unedited_file_imports(rich_file: dict[str, bytes], tmp_path: Path) -> None:
    path = tmp_path / "good.migdesk"
    path.write_bytes(_edited(rich_file, lambda f: None))
    assert main(["--db", str(tmp_path / "db.sqlite"), "import", str(path)]) == 0


def _history(db: Database, record_id: str) -> list[tuple[str, Any, str]]:
    with db.session(write=False) as s:
        rows = s.execute(select(HistoryEntry.field, HistoryEntry.value, HistoryEntry.note)
                         .where(HistoryEntry.record_id == record_id))
        return [tuple(row) for row in rows]


def test_a_new_intervention_under_a_meeting_deleted_here_arrives_deleted(
    pair: tuple[Database, Database, Path],
) -> None:
    a, b, folder = pair
    meeting = demo_id("meeting")
    r.delete_record(a, "meetings", meeting)
    added = r.create_record(b, "interventions", {"meeting_id": meeting, "text": "Late words."})
    export_file(b, folder / "b1.migdesk")
    import_file(a, folder / "b1.migdesk")
    assert r.list_records(a, "interventions", where={"meeting_id": meeting}) == []
    with a.session(write=False) as s:
        stored = r.read_snapshots(s, "interventions", ids=[added.items[0].id])
    assert stored and stored[0]["deleted_at"] is not None
    assert any("needing deleted record" in note for _f, _v, note in _history(a, added.items[0].id))


def test_a_deletion_of_a_meeting_with_new_records_here_is_not_applied(
    pair: tuple[Database, Database, Path],
) -> None:
    a, b, folder = pair
    meeting = demo_id("meeting")
    r.delete_record(b, "meetings", meeting)
    mine = r.create_record(a, "interventions", {"meeting_id": meeting, "text": "My words."})
    export_file(b, folder / "b1.migdesk")
    import_file(a, folder / "b1.migdesk")
    assert r.get_record(a, "meetings", meeting).values["deleted_at"] is None
    assert r.get_record(a, "interventions", mine.items[0].id).values["text"] == "My words."
    assert any("not applied" in note for _f, _v, note in _history(a, meeting))


def test_a_false_ancestry_claim_leaves_the_local_edit_in_history(
    pair: tuple[Database, Database, Path],
) -> None:
    a, b, folder = pair  # b received the demo from a: its merge base is a's demo
    meeting = demo_id("meeting")
    r.update_record(b, "meetings", meeting, {"title": "Mine, edited here"})
    r.update_record(a, "meetings", meeting, {"title": "Theirs"})
    export_file(a, folder / "a1.migdesk")
    items = members(folder / "a1.migdesk")
    parents = json.loads(items.get("sync/parents.json", b"{}"))
    parents[meeting] = {"title": "Mine, edited here"}  # "we saw your edit and changed it"
    items["sync/parents.json"] = json.dumps(parents).encode()
    (folder / "lie.migdesk").write_bytes(pack(items))
    import_file(b, folder / "lie.migdesk", accept_new_key=True)  # the lie is unsigned
    # Whatever the file claims, the local edit is not lost: kept (the file's change clocks
    # show the edits were concurrent), or else set aside in the record's history.
    title = r.get_record(b, "meetings", meeting).values["title"]
    kept = [(f, v) for f, v, _n in _history(b, meeting)]
    assert title == "Mine, edited here" or ("title", "Mine, edited here") in kept

