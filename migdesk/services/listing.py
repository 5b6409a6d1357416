"""The ids a record table lists, counted and read a window at a time in SQL.

A table of 20,000 meetings or 10,000 interventions shows its first screen after one
count and one window of ids (`IdListing`), so what the user waits for does not grow
with the records stored. Reading every id is left to what needs them all (filtering
and sorting, in a worker thread).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, select

from migdesk.store.database import Database


class IdListing:
    """Ids of live records in one order: a WHERE and an ORDER BY, never the rows.

    The order must be total (end with the id) so that windows read one after the
    other neither skip nor repeat a record.
    """

    def __init__(
        self, id_column: Any, where: Sequence[ColumnElement[bool]], order: Sequence[Any]
    ) -> None:
        self._id = id_column
        self._where = tuple(where)
        self._order = tuple(order)

    def emptied(self) -> IdListing:
        """The same listing holding nothing (for a node that lists no records)."""
        return IdListing(self._id, [*self._where, false()], self._order)

    def _select(self, *columns: Any) -> Select[Any]:
        return select(*columns).select_from(self._id.table).where(*self._where)

    def count(self, db: Database) -> int:
        """How many records the listing holds (one SQL count)."""
        with db.session(write=False) as s:
            return int(s.connection().execute(self._select(func.count())).scalar_one())

    def window(self, db: Database, start: int, limit: int | None = None) -> list[str]:
        """The ids at positions start .. start + limit - 1 (limit None: to the end)."""
        stmt = self._select(self._id).order_by(*self._order).offset(start).limit(limit)
        with db.session(write=False) as s:  # on the connection: plain rows, no ORM loading
            return list(s.connection().execute(stmt).scalars())

    def all_ids(self, db: Database) -> list[str]:
        """Every id, in order."""
        return self.window(db, 0)

    def position(self, db: Database, record_id: str) -> int:
        """Where a record stands in the order (0-based), counted in SQL; -1 if not listed."""
        rank = (func.row_number().over(order_by=self._order) - 1).label("rank")
        ranked = self._select(self._id.label("id"), rank).subquery()
        stmt = select(ranked.c.rank).where(ranked.c.id == record_id)
        with db.session(write=False) as s:
            found = s.connection().execute(stmt).scalar_one_or_none()
        return -1 if found is None else int(found)
