"""Alembic environment: runs on the connection MigDesk hands over (never from an ini file)."""

from __future__ import annotations

from alembic import context

from migdesk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via `alembic revision --autogenerate`
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite://"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies tables
    compare_type=True,
)
with context.begin_transaction():
    if connection.dialect.name == "sqlite":
        # The search index's view reads the record tables (store/sqlite_search.py), and
        # SQLite refuses to rename a table while a view names a missing one, as batch
        # mode does. It goes, with the index's version: the app makes both again on open.
        connection.exec_driver_sql("DROP VIEW IF EXISTS search_index_text")
        if connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'"
        ).first():
            connection.exec_driver_sql("DELETE FROM settings WHERE key = 'search_index_version'")
    context.run_migrations()
