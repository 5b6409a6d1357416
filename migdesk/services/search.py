"""Search use case: full-text search over every kind of record."""

from __future__ import annotations

from collections.abc import Iterable

from migdesk.store import search as index
from migdesk.store.database import Database
from migdesk.store.search import Hit

__all__ = ["Hit", "search"]


def search(
    db: Database, text: str, *, limit: int = 50, kinds: Iterable[str] | None = None
) -> list[Hit]:
    """Records matching every word typed (accent-insensitive, as prefixes), best first."""
    with db.session(write=False) as s:
        return index.query(s.connection(), text, limit=limit, kinds=kinds)
