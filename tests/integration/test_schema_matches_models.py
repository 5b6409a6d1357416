"""The migrations build exactly the schema the models describe (no drift)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from migdesk.store.database import Database
from migdesk.store.models import Base


def test_migrated_database_matches_models(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.sqlite")
    try:
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        db.close()
    # The FTS5 index is SQLite's own (virtual table and shadow tables), not a model.
    relevant = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("search_index"))]
    assert relevant == []
