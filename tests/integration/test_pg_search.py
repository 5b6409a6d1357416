"""Search on a server database finds what SQLite's FTS5 finds (the demo, many queries)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from migdesk.services.demo import load_demo
from migdesk.services.search import search
from migdesk.store.database import Database

# Words, prefixes, accents either way, symbols and their parts, several words, numbers.
QUERIES = (
    "migracion", "migración", "Migration", "migr", "MIGRA", "CE/AM", "CE/AM-75", "AG/RES. 2326",
    "2326", "XXXVII-O/07", "OAS", "OEA", "Puebla", "regional conference", "El Salvador",
    "Migrant Populations", "consultative", "Secretariat", "Secretaría", "conférence",
    "Conferencia Regional", "2009", "Americas", "américas", "rev. 2", "Delegates forum",
    "zzzz", "migration flows americas",
)


def _demo_words(db: Database) -> list[str]:
    """Every word of the demo's indexed titles, and its first three letters."""
    titles = {h.title for c in "abcdefghijklmnopqrstuvwxyz0123456789"
              for h in search(db, c, limit=1000)}
    words = {w for t in titles for w in re.findall(r"[^\W_]+", t)}
    return sorted(words | {w[:3] for w in words})


@pytest.fixture(scope="module")
def both(pg_cluster, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The demo on SQLite and on the server."""
    lite = Database.open(Path(tmp_path_factory.mktemp("parity")) / "demo.sqlite")
    server = Database.open(pg_cluster.new_database())
    for db in (lite, server):
        load_demo(db)
    yield lite, server
    lite.close()
    server.close()


@pytest.mark.parametrize("text", QUERIES)
def test_the_same_records_are_found_on_both_engines(both, text: str) -> None:  # type: ignore[no-untyped-def]
    lite, server = both
    on_sqlite = {(h.kind, h.id) for h in search(lite, text, limit=1000)}
    on_server = {(h.kind, h.id) for h in search(server, text, limit=1000)}
    assert on_server == on_sqlite


def test_every_word_of_the_demo_finds_the_same_records(both) -> None:  # type: ignore[no-untyped-def]
    lite, server = both
    words = _demo_words(lite)
    assert len(words) > 200
    differ = [w for w in words
              if {h.id for h in search(lite, w, limit=1000)} != {h.id for h in search(server, w, limit=1000)}]
    assert differ == []


def test_the_queries_above_find_something(both) -> None:  # type: ignore[no-untyped-def]
    lite, _ = both
    assert [t for t in QUERIES if not search(lite, t, limit=1)] == ["zzzz"]


def test_accents_and_languages_meet(both) -> None:  # type: ignore[no-untyped-def]
    _, server = both
    titles = " ".join(h.title + " " + h.snippet for h in search(server, "migracion", limit=1000))
    assert "Migración" in titles and "Migration" in titles


def test_the_title_ranks_above_the_body_and_exact_names_first(both) -> None:  # type: ignore[no-untyped-def]
    lite, server = both
    for text in ("OAS", "Regional Conference on Migration"):
        assert search(server, text)[0].id == search(lite, text)[0].id


def test_a_fragment_inside_a_symbol_is_found_on_the_server(both) -> None:  # type: ignore[no-untyped-def]
    lite, server = both
    hits = search(server, "S. 232")
    assert [h.title[:12] for h in hits] == ["AG/RES. 2326"]
    assert search(lite, "S. 232") == []
