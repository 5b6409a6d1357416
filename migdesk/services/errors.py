"""Errors of the services layer (one user-facing line each)."""

from __future__ import annotations

from migdesk.store.errors import DatabaseError, DatabaseTooNew, MigdeskError

__all__ = [
    "DatabaseError",
    "DatabaseTooNew",
    "InvalidValue",
    "MigdeskError",
    "NotFound",
    "StillReferenced",
    "UnknownKind",
]


class InvalidValue(MigdeskError):
    """A field was given a value it cannot hold; the message names the field."""

    def __init__(self, kind: str, field: str, message: str) -> None:
        super().__init__(f"{kind}.{field}: {message}")
        self.kind = kind
        self.field = field
        self.reason = message


class NotFound(MigdeskError):
    """No live record matches an id or id prefix (or the prefix is ambiguous)."""


class StillReferenced(MigdeskError):
    """A record cannot be deleted while other live records point at it."""


class UnknownKind(MigdeskError):
    """A kind name that MigDesk does not know."""
