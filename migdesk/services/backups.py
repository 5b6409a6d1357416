"""Backup use cases: the copies kept beside a database, and restoring one of them."""

from __future__ import annotations

from pathlib import Path

from migdesk.store import database

__all__ = ["back_up", "list_backups", "restore"]


def back_up(db: database.Database, reason: str) -> Path | None:
    """Copy the open database to its backups before a risky write; returns the copy.

    None for a server database (backed up with the server's own tools, docs/server.md).
    """
    return database.back_up(db, reason)


def list_backups(db_path: Path | str) -> list[Path]:
    """Backups of the database at db_path, newest first."""
    return database.list_backups(db_path)


def restore(backup: Path, db_path: Path) -> None:
    """Replace the (closed) database with a backup; its current state is backed up first."""
    database.restore_backup(Path(backup), Path(db_path))
