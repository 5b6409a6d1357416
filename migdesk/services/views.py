"""Saved views and light listings for the navigator: ids and a few columns, never whole rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select

from migdesk.domain.vocab import ActionStatus
from migdesk.services.kinds import kind_spec
from migdesk.services.records import Record
from migdesk.store.database import Database
from migdesk.store.models import Action, Event

OPEN_STATUSES = tuple(s.value for s in ActionStatus if s.is_open)


def _open_actions(today: date, *columns: Any) -> Select[Any]:
    due = Action.due_date
    overdue = case((due < today, 0), else_=1)
    undated = case((due.is_(None), 1), else_=0)
    return (
        select(*columns)
        .where(Action.deleted_at.is_(None), Action.status.in_(OPEN_STATUSES))
        .order_by(overdue, undated, due, Action.number, Action.id)
    )


def _upcoming_events(today: date, *columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .where(Event.deleted_at.is_(None), Event.start_date >= today)
        .order_by(Event.start_date, Event.title)
    )


def _ids(db: Database, stmt: Select[Any]) -> list[str]:
    # On the connection: plain rows, without the ORM's per-row loading.
    with db.session(write=False) as s:
        return list(s.connection().execute(stmt).scalars())


def _count(db: Database, stmt: Select[Any]) -> int:
    with db.session(write=False) as s:
        return int(s.connection().execute(stmt.order_by(None)).scalar_one())


def open_action_ids(db: Database, today: date) -> list[str]:
    """Open follow-up actions: overdue first, then by due date (undated last) and number."""
    return _ids(db, _open_actions(today, Action.id))


def count_open_actions(db: Database, today: date) -> int:
    """How many follow-up actions are open (without reading their ids)."""
    return _count(db, _open_actions(today, func.count()))


def upcoming_event_ids(db: Database, today: date) -> list[str]:
    """Events starting today or later, soonest first."""
    return _ids(db, _upcoming_events(today, Event.id))


def count_upcoming_events(db: Database, today: date) -> int:
    """How many events start today or later."""
    return _count(db, _upcoming_events(today, func.count()))


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
