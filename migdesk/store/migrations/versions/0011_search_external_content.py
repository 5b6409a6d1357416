"""the search index keeps no copy of the text; sync_base without a rowid (SQLite)

The FTS5 table becomes "external content": it reads what it shows of an entry through
a view over the record tables (made with the index by the app, from
migdesk.store.search_sources, as is every part of the index that follows live code),
instead of keeping its own copy of every indexed text (a quarter of a database file).
search_index_entries lists the entries, one integer each (see store/sqlite_search.py).

sync_base becomes a WITHOUT ROWID table keyed by record_id: one B-tree instead of a
table and an index beside it holding the same keys. PostgreSQL keeps its search table
(migration 0009) and its sync_base.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Frozen copies of the definitions; migrations never import live code.
CREATE_INDEX = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, body, "
    "content = 'search_index_text', content_rowid = 'entry', "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
CREATE_INDEX_0005 = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
SYNC_BASE = """CREATE TABLE {name} (
    record_id VARCHAR(36) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    snapshot JSON,
    exchanged_at VARCHAR(32) NOT NULL,
    CONSTRAINT pk_sync_base PRIMARY KEY (record_id)
){options}"""


def _copy_sync_base(options: str) -> None:
    op.execute(SYNC_BASE.format(name="sync_base_copy", options=options))
    op.execute("INSERT INTO sync_base_copy (record_id, kind, snapshot, exchanged_at) "
               "SELECT record_id, kind, snapshot, exchanged_at FROM sync_base ORDER BY record_id")
    op.execute("DROP TABLE sync_base")
    op.execute("ALTER TABLE sync_base_copy RENAME TO sync_base")


def _index_again() -> None:
    # Left empty: the app refills it on open (its stored index version is gone).
    op.execute("DELETE FROM settings WHERE key = 'search_index_version'")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # a server database brings its own full-text search
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("CREATE TABLE search_index_entries (entry INTEGER PRIMARY KEY)")
    op.execute(CREATE_INDEX)
    _index_again()
    _copy_sync_base(" WITHOUT ROWID")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP VIEW IF EXISTS search_index_text")
    op.execute("DROP TABLE IF EXISTS search_index_entries")
    op.execute(CREATE_INDEX_0005)
    _index_again()
    _copy_sync_base("")
