"""Checks of SQLite's search index against the records (tests only)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from migdesk.store.search import searchable_kinds


def assert_index_matches(path: Path) -> None:
    """FTS5's check of the index against the text, and the entries against the records."""
    with closing(sqlite3.connect(path)) as conn:
        try:
            conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            pytest.fail(f"the search index no longer matches the records' text: {error}")
        tables = {"paragraphs": "operative_paragraphs"}
        live = {
            (kind, record_id)
            for kind in searchable_kinds()
            for (record_id,) in conn.execute(
                f"SELECT id FROM {tables.get(kind, kind)} WHERE deleted_at IS NULL")  # noqa: S608
        }
        indexed = list(conn.execute("SELECT kind, record_id FROM search_index_text"))
    assert sorted(indexed) == sorted(live)
