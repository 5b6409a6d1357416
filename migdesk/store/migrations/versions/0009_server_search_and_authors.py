"""server databases: PostgreSQL's search index, and who made each logged change

- `change_log.author`: the database role that made the change (on a server; NULL in a
  one-person SQLite file), its `at` then taken from the server's clock;
- on PostgreSQL only: the unaccent and pg_trgm extensions, a text search configuration
  `migdesk` (the `simple` one, accents removed) and the `search_index` table with its
  tsvector (GIN) and trigram indexes; every reference becomes DEFERRABLE (an import
  checks them once, at its end). SQLite keeps its FTS5 table of migration 0005.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen: migrations never import live code. Both extensions are "trusted" since
# PostgreSQL 13: the database's owner may create them without being a superuser.
SERVER_SEARCH = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TEXT SEARCH CONFIGURATION migdesk (COPY = simple)",
    "ALTER TEXT SEARCH CONFIGURATION migdesk ALTER MAPPING FOR asciiword, word, numword, "
    "asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart "
    "WITH unaccent, simple",
    "CREATE TABLE search_index (kind VARCHAR(20) NOT NULL, record_id VARCHAR(36) NOT NULL, "
    "title TEXT, body TEXT, doc TSVECTOR NOT NULL, "
    "CONSTRAINT pk_search_index PRIMARY KEY (kind, record_id))",
    "CREATE INDEX ix_search_index_doc ON search_index USING gin (doc)",
    "CREATE INDEX ix_search_index_title_trgm ON search_index USING gin (lower(title) gin_trgm_ops)",
    "DELETE FROM settings WHERE key = 'search_index_version'",
    # References may be checked at commit (SET CONSTRAINTS ALL DEFERRED) by a bulk import.
    """DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
                 WHERE contype = 'f' AND connamespace = current_schema()::regnamespace LOOP
            EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE',
                           c.t, c.conname);
        END LOOP; END $$""",
)


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("author", sa.String(length=63), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS search_index")
        op.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS migdesk")
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("author")
