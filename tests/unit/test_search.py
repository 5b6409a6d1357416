"""Full-text search: accent-insensitive, prefixes, symbols, kept current by every change."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection

from migdesk.services import records
from migdesk.services.demo import demo_id
from migdesk.services.search import search
from migdesk.store import search as index
from migdesk.store import sqlite_search
from migdesk.store.database import Database
from migdesk.store.search import match_expression


def kinds_of(db: Database, text: str) -> set[str]:
    return {h.kind for h in search(db, text)}


def test_accents_prefixes_and_symbols(demo: Database) -> None:
    records.create_record(demo, "meetings", {"title": "Reunión de la CEAM", "date": "2009-03-01"})
    assert [h.title for h in search(demo, "reunion")] == ["Reunión de la CEAM"]
    assert "organizations" in kinds_of(demo, "Puebla")
    assert "organizations" in kinds_of(demo, "Migración")  # Spanish alias of the RCM
    assert "interventions" in kinds_of(demo, "synerg")  # prefix of "synergies"
    assert [h.id for h in search(demo, "CE/AM-59/08")][0] == demo_id("agenda")
    assert "actions" in kinds_of(demo, "unable attend")  # the outcome is searchable


def test_index_follows_changes_and_undo(demo: Database) -> None:
    change = records.update_record(demo, "events", demo_id("forum"), {"place": "Montevideo"})
    assert demo_id("forum") in [h.id for h in search(demo, "Montevideo")]
    records.apply_change(demo, change.inverse())
    assert search(demo, "Montevideo") == []
    deletion = records.delete_record(demo, "meetings", demo_id("meeting"))
    assert "interventions" not in kinds_of(demo, "synergies")
    records.apply_change(demo, deletion.inverse())
    assert "interventions" in kinds_of(demo, "synergies")


def test_hostile_query_text_is_only_words(demo: Database) -> None:
    assert match_expression('" OR * NEAR( ) -- ;') == '"OR"* "NEAR"*'
    assert search(demo, '") DROP TABLE meetings; --') == []
    assert search(demo, "") == []
    assert len(records.list_records(demo, "meetings")) == 1


def test_new_records_are_indexed_once_whether_or_not_the_table_holds_others(demo: Database) -> None:
    def entries(conn: Connection) -> list[str]:
        return sorted(conn.exec_driver_sql("SELECT record_id FROM search_index WHERE kind = 'interventions'")
                      .scalars())

    with demo.session() as s:
        conn = s.connection()
        indexed = entries(conn)
        ids = list(conn.exec_driver_sql("SELECT id FROM interventions").scalars())
        assert len(indexed) == len(ids) > 3
        index.forget(conn, "interventions", ids)
        assert entries(conn) == []
        index.reindex(conn, "interventions", ids, new=True)  # every row of the table: no id list
        assert entries(conn) == indexed
        index.forget(conn, "interventions", ids[:1])
        assert entries(conn) == sorted(set(indexed) - {ids[0]})
        index.reindex(conn, "interventions", ids[:1], new=True)  # one among others
        assert entries(conn) == indexed


def test_a_record_named_exactly_what_was_typed_comes_first(demo: Database) -> None:
    from migdesk.services.search import search

    titles = [hit.title for hit in search(demo, "OAS")]
    assert titles[0] == "Organization of American States (OAS)"
    assert titles.index("General Secretariat of the OAS (GS/OAS)") > 0
    by_name = [hit.title for hit in search(demo, "organization of  American States")]
    assert by_name[0] == "Organization of American States (OAS)"
    assert [hit.title for hit in search(demo, "GS/OAS")][0] == "General Secretariat of the OAS (GS/OAS)"


def test_an_exact_name_comes_first_after_more_titles_than_are_read(
    demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_search, "NAMED_CAP", 3)  # fewer titles read than hold the words
    for n in range(5):
        records.create_record(demo, "meetings", {"title": f"Seminar on Regional Conference {n}",
                                                 "date": "2009-03-01"})
    long_text = " ".join(["Delegations exchanged views on labour mobility."] * 40)
    records.create_record(demo, "meetings", {"title": "Regional Conference", "date": "2009-04-01",
                                             "introduction": long_text})  # low on bm25 alone
    hits = search(demo, "regional conference")
    assert hits[0].title == "Regional Conference"
