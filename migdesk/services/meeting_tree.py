"""The meetings the navigator lists under each body, read in SQL a body or a year at a
time: opening a database reads how many meetings each body has per year, never every
meeting, so it takes as long with thirty years of meetings as with one.

A body of ``None`` stands for the meetings without one: no body, or one that is gone.
Meetings are ordered by date (undated last), then title, case aside.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Executable, and_, func, or_, select

from migdesk.services.listing import IdListing
from migdesk.services.records import Record
from migdesk.store.database import Database
from migdesk.store.models import Meeting, Organization

# The calendar year of a meeting, the same on every engine (SQLAlchemy compiles it for each).
_YEAR = func.extract("year", Meeting.date)
_ORDER = (Meeting.date.is_(None), Meeting.date, func.lower(Meeting.title), Meeting.id)
_OUTLINE = (Meeting.id, Meeting.title, Meeting.body_id, Meeting.date)


def _of_bodies(bodies: Sequence[str] | None) -> ColumnElement[bool]:
    if bodies is not None:
        return Meeting.body_id.in_(bodies)
    live = select(Organization.id).where(Organization.deleted_at.is_(None))
    return or_(Meeting.body_id.is_(None), Meeting.body_id.not_in(live))


def _of_year(year: str) -> ColumnElement[bool]:
    if not year:
        return Meeting.date.is_(None)
    first = int(year)  # a range on the date itself: the (body, date) index answers it
    return and_(Meeting.date >= date(first, 1, 1), Meeting.date < date(first + 1, 1, 1))


def _rows(db: Database, stmt: Executable) -> list[Any]:
    with db.session(write=False) as s:  # on the connection: no ORM row loading
        return list(s.connection().execute(stmt))


def _outline(row: Any) -> Record:
    when = row.date.isoformat() if isinstance(row.date, date) else row.date
    values = {"id": row.id, "title": row.title, "body_id": row.body_id, "date": when}
    return Record("meetings", row.id, values)


def meeting_years(db: Database) -> list[tuple[str | None, str, int]]:
    """(body id, year or "" for undated, how many) for the live meetings."""
    stmt = (
        select(Meeting.body_id, _YEAR, func.count())
        .where(Meeting.deleted_at.is_(None))
        .group_by(Meeting.body_id, _YEAR)
    )
    return [(body, "" if y is None else f"{int(y):04d}", int(n)) for body, y, n in _rows(db, stmt)]


def meeting_outlines(db: Database, bodies: Sequence[str] | None, year: str) -> list[Record]:
    """The live meetings of some bodies (None: without a body) in one year ("" for
    undated), in order, with their title, body and date only."""
    stmt = (
        select(*_OUTLINE)
        .where(Meeting.deleted_at.is_(None), _of_bodies(bodies), _of_year(year))
        .order_by(*_ORDER)
    )
    return [_outline(row) for row in _rows(db, stmt)]


def meetings_listing(bodies: Sequence[str] | None, year: str | None = None) -> IdListing:
    """The live meetings of some bodies (None: without a body), of one year if given
    ("" for undated), in order, as a listing a table reads a window at a time."""
    where = [Meeting.deleted_at.is_(None), _of_bodies(bodies)]
    if year is not None:
        where.append(_of_year(year))
    return IdListing(Meeting.id, where, _ORDER)


def meeting_outline(db: Database, meeting_id: str) -> Record | None:
    """One live meeting's title, body and date; None if there is no such meeting."""
    stmt = select(*_OUTLINE).where(Meeting.deleted_at.is_(None), Meeting.id == meeting_id)
    rows = _rows(db, stmt)
    return _outline(rows[0]) if rows else None


def latest_meeting_id(db: Database) -> str | None:
    """The last live meeting in natural order (the most recent date), or None.

    Dated meetings are asked first, newest date first, so that the date index answers
    without reading every meeting; the undated ones (last in natural order) only when
    there is no dated one.
    """
    live, ties = Meeting.deleted_at.is_(None), (Meeting.title.desc(), Meeting.created_at.desc())
    for stmt in (
        select(Meeting.id).where(live, Meeting.date.is_not(None)).order_by(Meeting.date.desc(), *ties),
        select(Meeting.id).where(live, Meeting.date.is_(None)).order_by(*ties),
    ):
        rows = _rows(db, stmt.limit(1))
        if rows:
            return str(rows[0].id)
    return None
