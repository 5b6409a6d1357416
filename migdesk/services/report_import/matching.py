"""Matching a parsed report against the database: which proposed records already exist.

Organizations by name, acronym and alias (the database's bodies are given to the parser
first, so a body it names is the stored one); resolutions and documents by normalized
symbol; events by title and first day; the meeting by date and body (or title); a
matched meeting's items, interventions, decisions and actions by their text.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.domain.report_parse import DraftRecord, KnownBody, ParsedReport
from migdesk.services.records import read_snapshots
from migdesk.store import models as m

DB_PREFIX = "db:"


def known_bodies(session: Session) -> list[KnownBody]:
    """The database's live organizations as bodies the parser can recognise."""
    out = []
    for snap in read_snapshots(session, "organizations", include_deleted=False):
        aliases: list[str] = []
        for alias in snap.get("aliases") or []:
            if isinstance(alias, dict):
                aliases += [str(v) for k, v in alias.items() if k in ("name", "acronym") and v]
        parent = snap.get("parent_id")
        out.append(
            KnownBody(
                DB_PREFIX + snap["id"], snap["name"], snap.get("acronym"), snap.get("kind") or "committee",
                DB_PREFIX + parent if parent else None, tuple(aliases), snap.get("country"),
            )
        )  # fmt: skip
    return out


def _norm(text: Any) -> str:
    return " ".join(re.sub(r"[“”\"«»‘’']", "", str(text or "")).casefold().split())


def find_existing(session: Session, report: ParsedReport) -> dict[str, str]:
    """Draft key -> id of the stored record it matches."""
    found: dict[str, str] = {}
    for record in report.of("organizations"):
        if record.key.startswith(DB_PREFIX):
            found[record.key] = record.key.removeprefix(DB_PREFIX)
    for kind, model in (("resolutions", m.Resolution), ("documents", m.Document)):
        records = report.of(kind)
        symbols = [r.values["symbol"] for r in records]
        rows = session.execute(
            select(model.symbol_normalized, model.id).where(
                model.symbol_normalized.in_(symbols), model.deleted_at.is_(None)
            )
        ).all()
        by_symbol = dict(rows)
        for record in records:
            if record.values["symbol"] in by_symbol:
                found[record.key] = by_symbol[record.values["symbol"]]
    _match_events(session, report, found)
    meeting = report.meeting
    meeting_id = _match_meeting(session, meeting, found)
    if meeting_id:
        found[meeting.key] = meeting_id
        _match_children(session, report, meeting_id, found)
    return found


def _ref(record: DraftRecord, field: str, found: dict[str, str]) -> str | None:
    key = record.links.get(field)
    return found.get(key) if isinstance(key, str) else None


def _match_events(session: Session, report: ParsedReport, found: dict[str, str]) -> None:
    stored = read_snapshots(session, "events", include_deleted=False)
    for record in report.of("events"):
        for snap in stored:
            if _norm(snap["title"]) == _norm(record.values["title"]) and (
                snap.get("start_date") == record.values.get("start_date")
            ):
                found[record.key] = snap["id"]
                break
    invitations = read_snapshots(session, "invitations", include_deleted=False)
    for record in report.of("invitations"):
        event, org = _ref(record, "event_id", found), _ref(record, "organization_id", found)
        for snap in invitations:
            if event and snap["event_id"] == event and snap["organization_id"] == org:
                found[record.key] = snap["id"]


def _match_meeting(session: Session, meeting: DraftRecord, found: dict[str, str]) -> str | None:
    date = meeting.values.get("date")
    if not date:
        return None
    model: Any = m.Meeting
    candidates = read_snapshots(
        session, "meetings", include_deleted=False, where=[model.date == _as_date(date)]
    )
    body = _ref(meeting, "body_id", found)
    for snap in candidates:
        if (body and snap.get("body_id") == body) or _norm(snap["title"]) == _norm(meeting.values["title"]):
            return str(snap["id"])
    return None


def _as_date(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


_CHILD_TEXT = {"agenda_items": "title", "interventions": "text", "decisions": "text", "actions": "description"}


def _match_children(session: Session, report: ParsedReport, meeting_id: str, found: dict[str, str]) -> None:
    for kind, field in _CHILD_TEXT.items():
        model: Any = {"agenda_items": m.AgendaItem, "interventions": m.Intervention,
                      "decisions": m.Decision, "actions": m.Action}[kind]  # fmt: skip
        stored = read_snapshots(
            session, kind, include_deleted=False, where=[model.meeting_id == meeting_id]
        )
        by_text = {_norm(snap[field]): snap["id"] for snap in stored}
        for record in report.of(kind):
            match = by_text.get(_norm(record.values[field]))
            if match:
                found[record.key] = match
