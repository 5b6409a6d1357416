"""Looking after a database: bringing a server's schema up to this MigDesk's."""

from __future__ import annotations

from pathlib import Path

from migdesk.store.database import Database, shown_location

__all__ = ["upgrade_database"]


def upgrade_database(location: Path | str) -> str:
    """Upgrade the database at location (file or server URI); returns one line saying what was done."""
    before, after = Database.upgrade(location)
    shown = shown_location(location)
    if before == after:
        return f"{shown}: already at schema {after}"
    return f"{shown}: upgraded from schema {before or 'none'} to {after}"
