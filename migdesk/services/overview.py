"""A body's work at a glance: meetings per year and its open follow-up actions by due date.

Plain data for the window's overview page (gui/overview_page.py draws it); no Qt here.
A body's work includes that of the bodies under it (a committee's working groups).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum

from migdesk.domain.vocab import ActionStatus
from migdesk.services.views import list_fields
from migdesk.store.database import Database

_OPEN = {s.value for s in ActionStatus if s.is_open}


class DueBucket(IntEnum):
    """When an open action is due, as a delegate plans the week (sorts in this order)."""

    OVERDUE = 0
    THIS_WEEK = 1
    LATER = 2
    NO_DATE = 3


#: English names of the buckets (the window translates them).
BUCKET_NAMES = {
    DueBucket.OVERDUE: "Overdue",
    DueBucket.THIS_WEEK: "This week",
    DueBucket.LATER: "Later",
    DueBucket.NO_DATE: "No due date",
}


def due_bucket(due: str | None, today: date) -> DueBucket:
    """Overdue (before today), this week (today to Sunday), later, or no date."""
    if not due:
        return DueBucket.NO_DATE
    when = date.fromisoformat(str(due))
    if when < today:
        return DueBucket.OVERDUE
    sunday = today + timedelta(days=6 - today.weekday())
    return DueBucket.THIS_WEEK if when <= sunday else DueBucket.LATER


@dataclass(frozen=True)
class OpenAction:
    """One open follow-up action of the body's meetings."""

    id: str
    description: str
    due_date: str | None
    responsible_id: str | None
    bucket: DueBucket


@dataclass(frozen=True)
class BodyOverview:
    """What the overview page shows for one body (and the bodies under it)."""

    body_id: str
    meetings_per_year: dict[int, int]
    open_actions: list[OpenAction] = field(default_factory=list)

    def actions_by_month(self) -> dict[str, dict[DueBucket, int]]:
        """Open actions with a due date, counted per month ("2009-04") and bucket."""
        months: dict[str, dict[DueBucket, int]] = {}
        for action in self.open_actions:
            if action.due_date:
                month = months.setdefault(str(action.due_date)[:7], {})
                month[action.bucket] = month.get(action.bucket, 0) + 1
        return dict(sorted(months.items()))

    def bucket_counts(self) -> dict[DueBucket, int]:
        """How many open actions fall in each bucket (every bucket listed)."""
        counts = Counter(a.bucket for a in self.open_actions)
        return {b: counts.get(b, 0) for b in DueBucket}


def body_and_parts(db: Database, body_id: str) -> set[str]:
    """The body's id and the ids of every organization under it."""
    children: dict[str, list[str]] = {}
    for org in list_fields(db, "organizations", ["parent_id"]):
        parent = org.values.get("parent_id")
        if parent:
            children.setdefault(parent, []).append(org.id)
    found, todo = {body_id}, [body_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def body_overview(db: Database, body_id: str, today: date) -> BodyOverview:
    """Meetings per year and open actions (with their due bucket) of a body and its parts."""
    bodies = body_and_parts(db, body_id)
    meetings = [
        m for m in list_fields(db, "meetings", ["body_id", "date"]) if m.values["body_id"] in bodies
    ]
    per_year = Counter(int(str(m.values["date"])[:4]) for m in meetings if m.values.get("date"))
    meeting_ids = {m.id for m in meetings}
    actions = list_fields(
        db, "actions", ["meeting_id", "description", "due_date", "responsible_id", "status"]
    )
    open_actions = sorted(
        (
            OpenAction(
                a.id,
                a.values["description"],
                a.values.get("due_date"),
                a.values.get("responsible_id"),
                due_bucket(a.values.get("due_date"), today),
            )
            for a in actions
            if a.values["meeting_id"] in meeting_ids and a.values["status"] in _OPEN
        ),
        key=lambda a: (a.bucket, a.due_date or "", a.description),
    )
    return BodyOverview(body_id, dict(sorted(per_year.items())), open_actions)
