"""What an import must leave true, checked after the merge is planned and before a write.

`exchange.import_file` calls `check_import` at one spot. The file's own records must
obey the rules the app applies when a record is saved (ExchangeFileError, one line,
nothing written):

- required titles and texts not blank; no NUL or lone surrogate in any text;
- dates in the years 1900-2199; timestamps real (no 2009-13-45T99:99:99Z, no 30 February,
  no year 0000) and in the same years;
- an event or office does not end before it starts;
- a translation translates a text field of its record's kind;
- an intervention or decision filed under an agenda item of its own meeting;
- an attachment belongs to exactly one document or resolution;
- no live record in the file owned by, or referring to, a record the file deletes.

What only the merge with this database brings about is repaired (import_repairs).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.services import import_repairs
from migdesk.services.errors import InvalidValue
from migdesk.services.exchange_file import ExchangeContent, ExchangeFileError
from migdesk.services.kinds import KINDS
from migdesk.services.limits import FIRST_YEAR, LAST_YEAR
from migdesk.services.record_rules import AGENDA_ITEM_KINDS, translatable_fields
from migdesk.services.value_rules import checked_date, text_problem

Snapshot = dict[str, Any]
_TIMESTAMPS = ("created_at", "updated_at", "deleted_at")
_ENDS = {"events": ("start_date", "end_date"), "offices": ("start_date", "end_date")}


class Planned(Protocol):
    """One record of an import plan (exchange._Planned)."""

    kind: str
    incoming: Snapshot
    local: Snapshot | None
    result: Snapshot
    action: str
    write: bool
    history: Sequence[tuple[str, Any, str]]


def check_import(
    s: Session, path: Path, content: ExchangeContent, planned: Sequence[Planned], source: str
) -> list[str]:
    """Refuse a file that breaks a rule; repair what the merge alone breaks.

    Returns one line per repair (each also lands in the repaired record's history).
    """
    in_file = {snap["id"]: (kind, snap) for kind, snaps in content.records.items() for snap in snaps}
    for kind, snaps in content.records.items():
        for n, snap in enumerate(snaps):
            problem = record_problem(s, kind, snap, in_file)
            if problem:
                raise ExchangeFileError(f"{path}: records/{kind}.json[{n}] ({snap['id']}): {problem}")
    return import_repairs.repair(s, planned, source)


def record_problem(
    s: Session, kind: str, snap: Snapshot, in_file: dict[str, tuple[str, Snapshot]]
) -> str | None:
    """What is wrong with one record of a file (None: nothing)."""
    spec = KINDS[kind]
    for name, text in _texts(kind, snap):
        problem = text_problem(text, len(text))
        if problem:
            return f"{name}: {problem}"
    for name in _TIMESTAMPS:
        if snap.get(name) is not None and not _real_timestamp(snap[name]):
            return f"{name}: {snap[name]!r} is not a real time in the years {FIRST_YEAR}-{LAST_YEAR}"
    for f in spec.fields:
        value = snap.get(f.name)
        if f.required and f.type in ("text", "longtext") and not (value or "").strip():
            return f"{f.name}: a value is required"
        if f.type == "date" and value is not None:
            try:
                checked_date(kind, f.name, value)
            except InvalidValue as exc:
                return f"{f.name}: {exc.reason}"
    if kind in _ENDS:
        start, end = (snap.get(name) for name in _ENDS[kind])
        if start and end and end < start:
            return f"ends ({end}) before it starts ({start})"
    return _relation_problem(s, kind, snap, in_file)


def _relation_problem(
    s: Session, kind: str, snap: Snapshot, in_file: dict[str, tuple[str, Snapshot]]
) -> str | None:
    if kind == "attachments":
        owners = [snap.get("document_id"), snap.get("resolution_id")]
        if sum(o is not None for o in owners) != 1:
            return "an attachment belongs to exactly one document or resolution"
    if kind == "translations":
        target_kind = in_file[snap["record_id"]][0] if snap["record_id"] in in_file else (
            _local_kind(s, snap["record_id"]))
        if target_kind is None or snap["field"] not in translatable_fields(target_kind):
            return f"translates {snap['field']!r}, which is not a text field of its record"
    if kind in AGENDA_ITEM_KINDS and snap.get("agenda_item_id"):
        item = in_file.get(snap["agenda_item_id"], ("", None))[1]
        meeting = item["meeting_id"] if item else _agenda_item_meeting(s, snap["agenda_item_id"])
        if meeting is not None and meeting != snap.get("meeting_id"):
            return "filed under an agenda item of another meeting"
    if snap.get("deleted_at") is None:
        for ref_id in import_repairs.needed_ids(kind, snap):
            other = in_file.get(ref_id)
            if other is not None and other[1].get("deleted_at") is not None:
                return (f"a live {KINDS[kind].singular} that needs {KINDS[other[0]].singular} "
                        f"{ref_id}, which the file marks deleted")
    return None


def _texts(kind: str, snap: Snapshot) -> Iterator[tuple[str, str]]:
    """(field, text) of every piece of text in a record, inside lists and objects too."""
    for f in KINDS[kind].fields:
        value = snap.get(f.name)
        if isinstance(value, str):
            yield f.name, value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    yield f.name, item
                elif isinstance(item, dict):
                    for key, text in item.items():
                        yield f.name, key
                        if isinstance(text, str):
                            yield f.name, text


def _real_timestamp(text: str) -> bool:
    """A YYYY-MM-DDTHH:MM:SS[.ffffff]Z text (the schema checked the shape) that exists."""
    try:
        hour, minute, second = int(text[11:13]), int(text[14:16]), int(text[17:19])
    except ValueError:
        return False
    return _real_day(text[:10]) and hour < 24 and minute < 60 and second < 60


@lru_cache(maxsize=4096)
def _real_day(text: str) -> bool:
    try:
        return FIRST_YEAR <= date.fromisoformat(text).year <= LAST_YEAR
    except ValueError:
        return False


def _agenda_item_meeting(s: Session, record_id: str) -> str | None:
    model: Any = KINDS["agenda_items"].model
    meeting: str | None = s.scalar(select(model.meeting_id).where(model.id == record_id))
    return meeting


def _local_kind(s: Session, record_id: str) -> str | None:
    for kind, spec in KINDS.items():
        model: Any = spec.model
        if s.scalar(select(model.id).where(model.id == record_id)) is not None:
            return kind
    return None
