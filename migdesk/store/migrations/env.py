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
    context.run_migrations()
