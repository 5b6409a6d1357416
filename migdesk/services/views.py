"""Saved views and light listings for the navigator: ids and a few columns, never whole rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import case, select

from migdesk.domain.vocab import ActionStatus
from migdesk.services.kinds import kind_spec
from migdesk.services.listing import IdListing
from migdesk.services.records import Record
from migdesk.store.database import Database
from migdesk.store.models import Action, Event

OPEN_STATUSES = tuple(s.value for s in ActionStatus if s.is_open)


def open_actions_listing(today: date) -> IdListing:
    """Open follow-up actions: overdue first, then by due date (undated last) and number."""
    due = Action.due_date
    overdue = case((due < today, 0), else_=1)
    undated = case((due.is_(None), 1), else_=0)
    return IdListing(
        Action.id,
        [Action.deleted_at.is_(None), Action.status.in_(OPEN_STATUSES)],
        [overdue, undated, due, Action.number, Action.id],
    )


def upcoming_events_listing(today: date) -> IdListing:
    """Events starting today or later, soonest first."""
    return IdListing(
        Event.id,
        [Event.deleted_at.is_(None), Event.start_date >= today],
        [Event.start_date, Event.title, Event.id],
    )


def count_open_actions(db: Database, today: date) -> int:
    """How many follow-up actions are open (without reading their ids)."""
    return open_actions_listing(today).count(db)


def count_upcoming_events(db: Database, today: date) -> int:
    """How many events start today or later."""
    return upcoming_events_listing(today).count(db)


def list_fields(db: Database, kind: str, fields: Sequence[str]) -> list[Record]:
    """Live records of a kind carrying only the named fields (plus id): cheap outlines."""
    spec = kind_spec(kind)
    model: Any = spec.model
    names = [spec.field(f).name for f in fields]
    stmt = select(model.id, *(getattr(model, n) for n in names)).where(model.deleted_at.is_(None))
    with db.session(write=False) as s:
        rows = s.execute(stmt).all()
    out = []
    for row in rows:
        values = {n: (v.isoformat() if isinstance(v, date) else v) for n, v in zip(names, row[1:], strict=True)}
        values["id"] = row[0]
        out.append(Record(spec.name, row[0], values))
    return out
