"""The search index, whatever the engine: the one door services use to index and search.

SQLite keeps it in FTS5 (sqlite_search.py). A server engine brings its own module with
the same functions (a tsvector index on PostgreSQL); this module then picks the one of
the connection's dialect, and nothing outside the store changes.
"""

from __future__ import annotations

from migdesk.store.sqlite_search import (
    INDEX_VERSION,
    Hit,
    match_expression,
    query,
    rebuild,
    reindex,
    searchable_kinds,
)

__all__ = [
    "INDEX_VERSION",
    "Hit",
    "match_expression",
    "query",
    "rebuild",
    "reindex",
    "searchable_kinds",
]
