"""SQLite's search index keeps no copy of the text: after every kind of write it must
still hold exactly the words of the live records (FTS5's own integrity check compares
the index with the text it reads through its view), and the entries must list exactly
the live records. A write that changed a text without forgetting its entry first
(search.forget) fails here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.exchange import export_file, import_file
from migdesk.services.search import search
from migdesk.services.sync import sync_databases
from migdesk.store.database import Database
from tests.integration.search_index_checks import assert_index_matches

ENGINES = ("sqlite",)  # the external-content index is SQLite's own

RESOLUTION, OTHER_RESOLUTION = demo_id("res-2326"), demo_id("res-2356")


def found(db: Database, words: str) -> set[str]:
    return {hit.id for hit in search(db, words)}


@pytest.fixture
def demo_file(tmp_path: Path) -> Database:
    db = Database.open(tmp_path / "demo.sqlite")
    load_demo(db)
    assert_index_matches(tmp_path / "demo.sqlite")
    return db


def test_local_writes_keep_the_index_exact(demo_file: Database) -> None:
    db, path = demo_file, demo_file.path
    assert path is not None

    def step(write: Callable[[], object]) -> object:
        result = write()
        assert_index_matches(path)
        return result

    # an organization's aliases feed its entry
    step(lambda: r.update_record(db, "organizations", demo_id("oas"),
                                 {"aliases": [{"name": "Organizacao Quixotica", "acronym": "OQX",
                                               "language": "pt"}]}))
    assert found(db, "quixotica") == {demo_id("oas")}
    assert demo_id("oas") not in found(db, "Etats Americains")  # its old aliases are gone
    # a meeting's title and introduction; then undo and redo
    edit = step(lambda: r.update_record(db, "meetings", demo_id("meeting"),
                                        {"title": "Marmalade session", "introduction": "Zanzibar"}))
    assert demo_id("meeting") in found(db, "marmalade zanzibar")
    assert isinstance(edit, r.Change)
    undone = step(lambda: r.apply_change(db, edit.inverse()))
    assert found(db, "marmalade") == set()
    assert isinstance(undone, r.Change)
    step(lambda: r.apply_change(db, undone.inverse()))
    assert demo_id("meeting") in found(db, "marmalade")
    # paragraphs feed their resolution's entry: added, edited, moved, deleted
    added = step(lambda: r.create_record(db, "paragraphs", {"resolution_id": RESOLUTION, "number": 1,
                                                            "text": "Urges the quokkas"}))
    assert isinstance(added, r.Change)
    paragraph = added.items[0].id
    assert found(db, "quokkas") == {RESOLUTION}
    step(lambda: r.update_record(db, "paragraphs", paragraph, {"text": "Urges the wombats"}))
    assert found(db, "quokkas") == set() and found(db, "wombats") == {RESOLUTION}
    step(lambda: r.update_record(db, "paragraphs", paragraph, {"resolution_id": OTHER_RESOLUTION}))
    assert found(db, "wombats") == {OTHER_RESOLUTION}
    step(lambda: r.delete_record(db, "paragraphs", paragraph))
    assert found(db, "wombats") == set()
    # deleting a meeting deletes what it holds; undo brings it all back
    deletion = step(lambda: r.delete_record(db, "meetings", demo_id("meeting")))
    assert isinstance(deletion, r.Change)
    assert found(db, "marmalade") == set()
    step(lambda: r.apply_change(db, deletion.inverse()))
    assert demo_id("meeting") in found(db, "marmalade")
    # translations are entries of their own
    translation = step(lambda: r.create_record(db, "translations", {
        "record_id": demo_id("meeting"), "field": "introduction", "language": "fr",
        "text": "Une introduction pamplemousse"}))
    assert isinstance(translation, r.Change)
    step(lambda: r.update_record(db, "translations", translation.items[0].id,
                                 {"text": "Une introduction abricot"}))
    assert found(db, "pamplemousse") == set() and demo_id("meeting") in found(db, "abricot")
    step(lambda: r.delete_record(db, "translations", translation.items[0].id))
    assert found(db, "abricot") == set()
    db.close()


def test_imports_and_syncs_keep_the_index_exact(demo_file: Database, tmp_path: Path) -> None:
    here, here_path = demo_file, demo_file.path
    assert here_path is not None
    export_file(here, tmp_path / "all.migdesk")
    there_path = tmp_path / "there.sqlite"
    there = Database.open(there_path)
    import_file(there, tmp_path / "all.migdesk")
    assert_index_matches(there_path)
    # the other side changes texts, aliases and paragraphs (new ones of a known resolution)
    r.update_record(there, "interventions", demo_id("int-1"), {"text": "Speaks of platypuses"})
    r.update_record(there, "organizations", demo_id("ceam"),
                    {"aliases": [{"name": "Comision Axolotl", "acronym": None, "language": "es"}]})
    r.create_record(there, "paragraphs", {"resolution_id": RESOLUTION, "number": 1,
                                          "text": "Requests the narwhals"})
    r.delete_record(there, "interventions", demo_id("int-2"))
    assert_index_matches(there_path)
    export_file(there, tmp_path / "changes.migdesk")
    import_file(here, tmp_path / "changes.migdesk")  # updates of records this side has
    assert_index_matches(here_path)
    assert found(here, "platypuses") == {demo_id("int-1")}
    assert found(here, "axolotl") == {demo_id("ceam")}
    assert found(here, "narwhals") == {RESOLUTION}
    # a sync both ways, after a change on each side
    r.update_record(here, "interventions", demo_id("int-3"), {"text": "Mentions capybaras"})
    r.update_record(there, "resolutions", RESOLUTION, {"notes": "Filed with the pangolins"})
    there.close()
    sync_databases(here, str(there_path))
    assert_index_matches(here_path)
    assert_index_matches(there_path)
    assert found(here, "pangolins") == {RESOLUTION}
    here.close()


def test_vacuum_keeps_the_rowids_the_entries_rely_on(demo_file: Database) -> None:
    path = demo_file.path
    assert path is not None
    r.delete_record(demo_file, "interventions", demo_id("int-4"))  # a gap among the rowids
    demo_file.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("VACUUM")
    assert_index_matches(path)


def test_an_entry_is_read_by_lookups_by_rowid_never_a_scan(demo_file: Database) -> None:
    """What FTS5 asks the view for each row it shows (its rowid = ?)."""
    path = demo_file.path
    assert path is not None
    demo_file.close()
    with closing(sqlite3.connect(path)) as conn:
        plan = [row[3] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT kind, record_id, title, body FROM search_index_text "
            "WHERE entry = ?", (1,))]
    lookups = [step for step in plan if step.startswith("SEARCH")]
    scans = [step for step in plan if step.startswith("SCAN") and step not in ("SCAN alias", "SCAN CONSTANT ROW")]
    assert "SEARCH search_index_entries USING INTEGER PRIMARY KEY (rowid=?)" in lookups
    assert scans == []  # only the few aliases of an organization are walked
