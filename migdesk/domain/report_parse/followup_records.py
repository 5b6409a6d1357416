"""Numbered and lettered items placed as actions (with their events) or decisions."""

from __future__ import annotations

import re

from migdesk.domain.report_parse.blocks import Block
from migdesk.domain.report_parse.dates import find_dates
from migdesk.domain.report_parse.draft import DraftRecord
from migdesk.domain.report_parse.followup import ActionReading, decision_kind, read_action
from migdesk.domain.report_parse.state import DraftState

#: The line a printed MigDesk summary adds under an action.
STATUS_LINE = re.compile(r"\s*\b(?:Status|Estado|Statut|Situação):\s*(?P<status>[^·\n]+?)(?:\s+·.*)?$")

_STATUS_WORDS = {
    "planned": "planned", "invited": "invited", "in progress": "in progress", "done": "done",
    "declined": "declined", "cancelled": "cancelled", "planificada": "planned",
    "invitada": "invited", "en curso": "in progress", "realizada": "done",
    "rechazada": "declined", "cancelada": "cancelled",
}  # fmt: skip


def set_status(record: DraftRecord, written: str) -> None:
    """An action's status as a printed summary writes it ("Status: Declined")."""
    status = _STATUS_WORDS.get(written.strip().casefold())
    if status and record.kind == "actions":
        record.values["status"] = status


def place_followup(state: DraftState, block: Block) -> None:
    """A numbered or lettered item as a decision or an action (lettered: like its parent)."""
    text = block.text
    status = STATUS_LINE.search(text)
    if status:
        text = text[: status.start()].rstrip()
    parent = state.last_followup if block.kind == "letter" else None
    if state.mode == "decisions" or (parent is not None and parent.kind == "decisions"):
        is_decision = True
    elif state.mode == "actions" or parent is not None:
        is_decision = False
    else:
        is_decision = decision_kind(text) is not None and not find_dates(text)
    record = _decision(state, block, text, parent) if is_decision else _action(state, block, text)
    if status:
        set_status(record, status["status"])
    if block.kind != "letter":
        state.last_followup = record
    elif state.last_followup is None:
        state.last_followup = record


def _decision(state: DraftState, block: Block, text: str, parent: DraftRecord | None) -> DraftRecord:
    kind = decision_kind(text)
    inherited = parent.values.get("kind") if parent is not None and parent.kind == "decisions" else None
    return state.add(
        "decisions",
        {"position": len(state.report.of("decisions")), "kind": kind or inherited or "agreed",
         "text": _labelled(block, text)},
        (block.first, block.last), 0.9 if kind or inherited else 0.6,
        {"meeting_id": "meetings:1", "agenda_item_id": state.item_key},
    )  # fmt: skip


def _labelled(block: Block, text: str) -> str:
    """A lettered sub-item keeps its letter ("a) ..."): its number field holds none."""
    return f"{block.label}) {text}" if block.kind == "letter" and block.label else text


def _action(state: DraftState, block: Block, text: str) -> DraftRecord:
    reading = read_action(text, state.index, state.home)
    event_key = _event(state, block, reading)
    number = int(block.label) if block.label and block.label.isdigit() else None
    due = reading.event.dates.start.isoformat() if reading.event and reading.event.dates else None
    if due is None:
        found = find_dates(reading.description)
        due = found[0].start.isoformat() if found else None
    return state.add(
        "actions",
        {"number": number, "position": len(state.report.of("actions")),
         "description": _labelled(block, reading.description), "due_date": due,
         "status": reading.status, "outcome": reading.outcome},
        (block.first, block.last), reading.confidence,
        {"meeting_id": "meetings:1", "responsible_id": reading.responsible,
         "counterpart_id": reading.counterpart, "event_id": event_key},
    )  # fmt: skip


def _event(state: DraftState, block: Block, reading: ActionReading) -> str | None:
    event = reading.event
    if event is None:
        return None
    lines = (block.first, block.last)
    home = state.home
    organizer: str | None = reading.responsible
    if home and home in reading.inviters:
        organizer = home
    elif reading.inviters:
        others = [k for k in reading.inviters if state.index.bodies[k].kind != "member state delegation"]
        organizer = (others or reading.inviters)[0]
    description = None
    if reading.inviter_text and home not in reading.inviters:
        who = reading.inviter_text.strip()
        description = f"Invitation from {who[:1].lower()}{who[1:]}."
    record = state.add(
        "events",
        {"title": event.title, "kind": event.kind,
         "start_date": event.dates.start.isoformat() if event.dates else None,
         "end_date": event.dates.end.isoformat() if event.dates else None,
         "place": event.place, "description": description},
        lines, 0.8 if event.dates else 0.6, {"organizer_id": organizer},
    )  # fmt: skip
    inviter = reading.inviters[0] if reading.inviters else None
    for invitee in reading.invitees:
        responded = reading.response != "no response"
        state.add(
            "invitations",
            {"response": reading.response, "note": reading.outcome if responded else None},
            lines, 0.8,
            {"event_id": record.key, "organization_id": invitee, "invited_by_id": inviter},
        )  # fmt: skip
    return record.key
