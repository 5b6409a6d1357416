"""RFC 5545 iCalendar export of meetings, events and follow-up due dates.

Every record becomes one VEVENT whose UID is its UUID + "@migdesk", so calendars that
subscribe to or re-import the file update events instead of duplicating them. SEQUENCE
is derived from updated_at (whole seconds since 2000-01-01): it rises whenever the record
changes without storing anything new. Dates without times are all-day events, DTEND
exclusive (the day after the last day). Meetings with times carry a TZID and the
matching VTIMEZONE (the OAS headquarters' zone: the data has no time zone of its own).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from migdesk import __version__
from migdesk.atomic_write import atomic_file
from migdesk.services.errors import MigdeskError
from migdesk.services.records import Record, list_records
from migdesk.store.database import Database

MEETING_TIMEZONE = "America/New_York"  # Washington, D.C.: where OAS committees meet
DEFAULT_MEETING_HOURS = 2  # a meeting with a start time but no end time
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _timestamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC) if "." in text \
        else datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def sequence(updated_at: str) -> int:
    """The SEQUENCE of a record: whole seconds from 2000-01-01 to its last change (monotonic)."""
    return max(0, int((_timestamp(updated_at) - _EPOCH).total_seconds()))


def _base(rec: Record, summary: str) -> Event:
    ev = Event()
    ev.add("uid", f"{rec.id}@migdesk")
    ev.add("summary", summary)
    changed = _timestamp(rec.values["updated_at"])
    ev.add("dtstamp", changed)  # without METHOD, DTSTAMP is the last change (RFC 5545 3.8.7.2)
    ev.add("created", _timestamp(rec.values["created_at"]))
    ev.add("last-modified", changed)
    ev.add("sequence", sequence(rec.values["updated_at"]))
    return ev


def _all_day(ev: Event, first: date, last: date, *, busy: bool = False) -> None:
    ev.add("dtstart", first)
    ev.add("dtend", last + timedelta(days=1))  # exclusive
    ev.add("transp", "OPAQUE" if busy else "TRANSPARENT")


def _names(db: Database, kind: str) -> dict[str, str]:
    return {r.id: r.label for r in list_records(db, kind, include_deleted=True)}


def _meeting(rec: Record, orgs: dict[str, str], zone: Any) -> Event | None:
    v = rec.values
    if not v.get("date"):
        return None
    ev = _base(rec, v["title"])
    day = date.fromisoformat(v["date"])
    if v.get("start_time"):
        start = datetime.combine(day, datetime.strptime(v["start_time"], "%H:%M").time(), zone)
        end = datetime.combine(day, datetime.strptime(v["end_time"], "%H:%M").time(), zone) \
            if v.get("end_time") else start + timedelta(hours=DEFAULT_MEETING_HOURS)
        ev.add("dtstart", start)
        ev.add("dtend", max(end, start))
    else:
        _all_day(ev, day, day, busy=True)
    if v.get("place"):
        ev.add("location", v["place"])
    lines = [orgs.get(v.get("body_id") or "", ""), v.get("symbol") or ""]
    description = "\n".join(x for x in lines if x)
    if description:
        ev.add("description", description)
    ev.add("status", "CANCELLED" if v.get("status") == "cancelled" else "CONFIRMED")
    ev.add("categories", ["Meeting"])
    return ev


def _event(rec: Record, orgs: dict[str, str]) -> Event | None:
    v = rec.values
    if not v.get("start_date"):
        return None
    ev = _base(rec, v["title"])
    first = date.fromisoformat(v["start_date"])
    last = date.fromisoformat(v["end_date"]) if v.get("end_date") else first
    _all_day(ev, first, max(first, last))
    if v.get("place"):
        ev.add("location", v["place"])
    parts = [orgs.get(v.get("organizer_id") or "", ""), v.get("description") or ""]
    if any(parts):
        ev.add("description", "\n".join(p for p in parts if p))
    ev.add("categories", [v.get("kind") or "event"])
    return ev


def _action(rec: Record, meetings: dict[str, str]) -> Event | None:
    v = rec.values
    if not v.get("due_date"):
        return None
    number = f"{v['number']}. " if v.get("number") else ""
    ev = _base(rec, f"Due: {number}{' '.join(v['description'].split())[:120]}")
    due = date.fromisoformat(v["due_date"])
    _all_day(ev, due, due)
    ev.add("description", "\n".join(x for x in (
        v["description"], f"Status: {v['status']}", v.get("outcome") or "",
        meetings.get(v["meeting_id"], "")) if x))
    if v.get("status") == "cancelled":
        ev.add("status", "CANCELLED")
    ev.add("categories", ["Follow-up action"])
    return ev


def _zone() -> Any:
    try:
        return ZoneInfo(MEETING_TIMEZONE)
    except ZoneInfoNotFoundError:  # no tz database (install tzdata): times in UTC
        return UTC


def build_calendar(db: Database) -> Calendar:
    """The calendar of every live meeting, event and action with a due date."""
    cal = Calendar()
    cal.add("prodid", f"-//MigDesk//MigDesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "MigDesk")
    orgs = _names(db, "organizations")
    meetings = list_records(db, "meetings")
    zone = _zone()
    components: Iterable[Event | None] = [
        *(_meeting(r, orgs, zone) for r in meetings),
        *(_event(r, orgs) for r in list_records(db, "events")),
        *(_action(r, {m.id: m.label for m in meetings}) for r in list_records(db, "actions")),
    ]
    for ev in components:
        if ev is not None:
            cal.add_component(ev)
    if zone is not UTC:
        cal.add_missing_timezones()
    return cal


def write_ics(db: Database, path: Path | str) -> int:
    """Write the calendar to path (atomically); returns how many events it holds."""
    path = Path(path)
    cal = build_calendar(db)
    data = cal.to_ical()
    try:
        with atomic_file(path) as f:
            f.write(data)
    except OSError as exc:
        raise MigdeskError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    return len(cal.walk("VEVENT"))
