"""The search index, whatever the engine: the one door services use to index and search.

SQLite keeps it in FTS5 (sqlite_search.py), PostgreSQL in a tsvector column
(postgres_search.py); both find the same records for the same words. Each function
here picks the module of the connection's dialect, so nothing outside the store changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from sqlalchemy import Connection

from migdesk.store import sqlite_search
from migdesk.store.sqlite_search import Hit, match_expression, searchable_kinds

__all__ = [
    "Hit", "forget", "index_version", "match_expression", "query", "rebuild", "reindex", "searchable_kinds",
]


def _engine_module(conn: Connection) -> ModuleType:
    if conn.dialect.name == "postgresql":
        from migdesk.store import postgres_search

        return postgres_search
    return sqlite_search


def index_version(conn: Connection) -> str:
    """The index definition's version on this engine (a change rebuilds the index)."""
    return str(_engine_module(conn).INDEX_VERSION)


def forget(conn: Connection, kind: str, ids: Iterable[str]) -> None:
    """Remove the index entries of these records, BEFORE their text changes.

    Every write of an indexed record's text runs forget, then the write, then reindex:
    SQLite's index finds the words to remove by reading the text as it is at that time.
    """
    _engine_module(conn).forget(conn, kind, ids)


def reindex(conn: Connection, kind: str, ids: Iterable[str], *, new: bool = False) -> None:
    """Index these records as they are now, after forget (deleted ones get no entry)."""
    _engine_module(conn).reindex(conn, kind, ids, new=new)


def rebuild(conn: Connection) -> None:
    """Rebuild the whole index from the tables."""
    _engine_module(conn).rebuild(conn)


def query(
    conn: Connection, user_text: str, *, limit: int = 50, kinds: Iterable[str] | None = None
) -> list[Hit]:
    """Records matching every word of user_text (accent-insensitive prefixes), best first."""
    result: list[Hit] = _engine_module(conn).query(conn, user_text, limit=limit, kinds=kinds)
    return result
