"""full-text search index (SQLite FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of the index definition as of this revision; migrations never import live code.
CREATE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
    "kind UNINDEXED, record_id UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # a server database brings its own full-text search
    op.execute(CREATE)
    # The app fills it on open (migdesk.store.search.INDEX_VERSION differs from the stored one).


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
