"""Backup use cases: the copies kept beside a database, and restoring one of them."""

from __future__ import annotations

from pathlib import Path

from migdesk.store import sqlite

__all__ = ["list_backups", "restore"]


def list_backups(db_path: Path) -> list[Path]:
    """Backups of the database at db_path, newest first."""
    return sqlite.list_backups(Path(db_path))


def restore(backup: Path, db_path: Path) -> None:
    """Replace the (closed) database with a backup; its current state is backed up first."""
    sqlite.restore(Path(backup), Path(db_path))
