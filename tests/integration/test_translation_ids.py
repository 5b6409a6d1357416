"""A translation's id is derived from what it translates: two delegates' versions merge as one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from migdesk.services import records as r
from migdesk.services.demo import demo_id
from migdesk.services.errors import InvalidValue
from migdesk.services.exchange import export_file, import_file
from migdesk.services.exchange_file_read import read_exchange_file
from migdesk.services.exchange_file_write import write_exchange_file
from migdesk.services.translation_keys import translation_id
from migdesk.store.database import Database, known_revisions
from migdesk.store.models import HistoryEntry

MEETING = demo_id("meeting")
PLACE_ES = translation_id(MEETING, "place", "es")


def translations(db: Database, field: str = "place") -> list[tuple[str, str, str | None]]:
    found = r.list_records(db, "translations", where={"record_id": MEETING})
    return [(t.id, t.values["text"], t.values["deleted_at"]) for t in found if t.values["field"] == field]


def history(db: Database, record_id: str) -> list[object]:
    with db.session() as s:
        return [h.value for h in s.query(HistoryEntry).filter_by(record_id=record_id)]


def test_two_delegates_translating_one_title_make_one_record_in_conflict(
    pair: tuple[Database, Database, Path],
) -> None:
    a, b, tmp = pair
    meeting = r.create_record(a, "meetings", {"title": "Special meeting on migrant workers",
                                              "body_id": demo_id("ceam"), "date": "2009-04-16"})
    meeting_id = meeting.items[0].id
    export_file(a, tmp / "a0b.migdesk")
    import_file(b, tmp / "a0b.migdesk")  # both hold the meeting, untranslated
    title_es = translation_id(meeting_id, "title", "es")
    added_a = r.create_record(a, "translations", {"record_id": meeting_id, "field": "title",
                                                  "language": "es", "text": "Reunión especial"})
    r.create_record(b, "translations", {"record_id": meeting_id[:8], "field": "title",
                                        "language": "es", "text": "Sesión extraordinaria"})
    assert added_a.items[0].id == title_es
    export_file(a, tmp / "a1.migdesk")
    export_file(b, tmp / "b1.migdesk")

    def spanish_titles(db: Database) -> list[tuple[str, str]]:
        found = r.list_records(db, "translations", where={"record_id": meeting_id})
        return [(t.id, t.values["text"]) for t in found]

    report = import_file(a, tmp / "b1.migdesk")
    assert [(c.id, c.fields) for c in report.conflicts] == [(title_es, ("text",))]
    assert spanish_titles(a) == [(title_es, "Reunión especial")]  # one record, local kept
    assert history(a, title_es) == ["Sesión extraordinaria"]  # the other text, not lost

    other = import_file(b, tmp / "a1.migdesk")
    assert [(c.id, c.local, c.incoming) for c in other.conflicts] == [
        (title_es, {"text": "Sesión extraordinaria"}, {"text": "Reunión especial"})]
    assert spanish_titles(b) == [(title_es, "Sesión extraordinaria")]
    assert history(b, title_es) == ["Reunión especial"]


def test_a_second_translation_is_refused_and_a_deleted_one_comes_back(db: Database) -> None:
    from migdesk.services.demo import load_demo

    load_demo(db)
    values = {"record_id": MEETING, "field": "place", "language": "fr", "text": "Siège de l'OEA"}
    first = r.create_record(db, "translations", values)
    with pytest.raises(InvalidValue) as refused:
        r.create_record(db, "translations", {**values, "text": "Autre"})
    assert refused.value.code == "translation_exists"
    r.delete_record(db, "translations", first.items[0].id)
    again = r.create_record(db, "translations", {**values, "text": "Washington"})
    assert again.items[0].id == first.items[0].id
    assert again.items[0].before is not None and again.items[0].before["deleted_at"] is not None
    r.apply_change(db, again.inverse())  # undo: deleted again
    assert translations(db) == []
    r.apply_change(db, again)  # redo
    assert translations(db) == [(first.items[0].id, "Washington", None)]
    with pytest.raises(InvalidValue) as moved:
        r.update_record(db, "translations", first.items[0].id, {"language": "pt"})
    assert moved.value.code == "translation_key_fixed"


def _rewrite_translation_ids(path: Path, new_id: str, duplicate_id: str | None = None) -> None:
    """The file as an older MigDesk wrote it: a random translation id (and unsigned);
    with duplicate_id, an older second translation of the same field and language."""
    content = read_exchange_file(path, known_revisions())
    [snap] = [t for t in content.records["translations"] if t["field"] == "place"]
    if snap["id"] in content.clocks:
        content.clocks[new_id] = content.clocks.pop(snap["id"])
    snap["id"] = new_id
    if duplicate_id:
        content.records["translations"].append({**snap, "id": duplicate_id, "text": "Otro texto",
                                                "updated_at": "2009-02-13T00:00:00.000000Z"})
    manifest = {k: v for k, v in content.manifest.items()
                if k not in ("format", "format_version", "counts", "sha256", "signer")}
    write_exchange_file(path, manifest, content.records, content.parents, content.blobs.items(),
                        content.clocks)


def test_a_file_with_random_translation_ids_is_mapped_to_the_derived_ones(
    pair: tuple[Database, Database, Path],
) -> None:
    a, b, tmp = pair
    r.create_record(b, "translations", {"record_id": MEETING, "field": "place", "language": "es",
                                        "text": "Sede de la OEA"})
    export_file(b, tmp / "b1.migdesk")
    _rewrite_translation_ids(tmp / "b1.migdesk", "0badc0de-0000-4000-8000-000000000001",
                             "0badc0de-0000-4000-8000-000000000002")
    report = import_file(a, tmp / "b1.migdesk")
    assert report.added == 1
    assert translations(a) == [(PLACE_ES, "Sede de la OEA", None)]  # the newest of the two
    assert history(a, PLACE_ES) == ["Otro texto"]


def test_upgrade_gives_existing_translations_derived_ids_and_merges_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    Database.open(path, upgrade_to="0007").close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO meetings (id, title, date, status, language, created_at, updated_at) VALUES "
            "(:id, 'Regular meeting', '2009-02-13', 'held', 'en', '2009-02-13T00:00:00.000000Z', "
            "'2009-02-13T00:00:00.000000Z')", {"id": MEETING})
        for n, (words, stamp) in enumerate([("Reunión ordinaria", "2009-02-14"),
                                           ("Sesión ordinaria", "2009-02-15")]):
            tid = f"0badc0de-0000-4000-8000-00000000000{n}"
            conn.execute(
                "INSERT INTO translations (id, record_id, field, language, text, created_at, "
                "updated_at) VALUES (:id, :rec, 'title', 'es', :text, :at, :at)",
                {"id": tid, "rec": MEETING, "text": words, "at": f"{stamp}T00:00:00.000000Z"})
            conn.execute("INSERT INTO sync_base (record_id, kind, snapshot, exchanged_at) VALUES "
                         "(:id, 'translations', NULL, '2009-02-16T00:00:00.000000Z')", {"id": tid})
    db = Database.open(path)
    try:
        title_es = translation_id(MEETING, "title", "es")
        assert translations(db, "title") == [(title_es, "Sesión ordinaria", None)]  # the newest
        assert history(db, title_es) == ["Reunión ordinaria"]
        with db.session() as s:
            bases = s.execute(text("SELECT record_id FROM sync_base")).scalars().all()
        assert bases == [title_es]
    finally:
        db.close()
    with sqlite3.connect(path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO translations (id, record_id, field, language, text, created_at, "
                     "updated_at, version) VALUES ('0badc0de-0000-4000-8000-000000000009', :rec, "
                     "'title', 'es', 'x', 'a', 'a', 1)", {"rec": MEETING})
