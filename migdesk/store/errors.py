"""Errors the store raises; each carries one line a user can act on."""

from __future__ import annotations


class MigdeskError(Exception):
    """Base of every error MigDesk reports to users as one line (never a traceback)."""


class DatabaseError(MigdeskError):
    """The database file cannot be used (not a MigDesk database, unreadable, locked)."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer MigDesk whose schema this one does not know."""


class ServerNotUpgraded(DatabaseError):
    """A server database is at an older schema: `migdesk admin upgrade` must run first."""
