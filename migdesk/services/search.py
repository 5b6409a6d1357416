"""Search use case: full-text search over every kind of record and their translations."""

from __future__ import annotations

from collections.abc import Iterable

from migdesk.services.translation_hits import records_found
from migdesk.store import search as index
from migdesk.store.database import Database
from migdesk.store.search import Hit
from migdesk.store.search_translations import TRANSLATION_KIND

__all__ = ["Hit", "search"]


def search(
    db: Database, text: str, *, limit: int = 50, kinds: Iterable[str] | None = None
) -> list[Hit]:
    """Records matching every word typed (accent-insensitive, as prefixes), best first.

    A record found through one of its translations says so (Hit.language).
    """
    chosen = None if kinds is None else [*kinds, TRANSLATION_KIND]
    with db.session(write=False) as s:
        hits = index.query(s.connection(), text, limit=limit, kinds=chosen)
        return records_found(s, hits, kinds)
