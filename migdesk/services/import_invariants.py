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
from functools import lru_cache, partial
from operator import is_not, itemgetter
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.domain.limits import FIRST_YEAR, LAST_YEAR
from migdesk.services import import_repairs
from migdesk.services.collector import collector_paused
from migdesk.services.errors import InvalidValue
from migdesk.services.exchange_file import ExchangeContent, ExchangeFileError
from migdesk.services.kinds import KINDS
from migdesk.services.record_rules import AGENDA_ITEM_KINDS, translatable_fields
from migdesk.services.value_rules import checked_date, text_problem

Snapshot = dict[str, Any]
_TIMESTAMPS = ("created_at", "updated_at", "deleted_at")
_ENDS = {"events": ("start_date", "end_date"), "offices": ("start_date", "end_date")}
# Kinds with a rule that involves another record (see _relation_problem).
_RELATED = frozenset({"attachments", "translations", *AGENDA_ITEM_KINDS})
_not_none = partial(is_not, None)
_DAY, _TIME = itemgetter(slice(0, 10)), itemgetter(slice(10, 19))  # of a timestamp's text


class Planned(Protocol):
    """One record of an import plan (exchange.plan.Planned)."""

    kind: str
    incoming: Snapshot
    local: Snapshot | None
    result: Snapshot
    action: str
    write: bool
    history: Sequence[Any]  # set_aside.Aside: (field, value, author, note)


def check_import(
    s: Session, path: Path, content: ExchangeContent, planned: Sequence[Planned], source: str
) -> list[str]:
    """Refuse a file that breaks a rule; repair what the merge alone breaks.

    Returns one line per repair (each also lands in the repaired record's history).
    """
    with collector_paused():  # its passes over the whole file's records free nothing
        return _check(s, path, content, planned, source)


def _check(
    s: Session, path: Path, content: ExchangeContent, planned: Sequence[Planned], source: str
) -> list[str]:
    in_file = {snap["id"]: (kind, snap) for kind, snaps in content.records.items() for snap in snaps}
    dead = {i for i, (_kind, snap) in in_file.items() if snap["deleted_at"] is not None}
    for kind, snaps in content.records.items():
        # Column by column first (a whole-database file has 100,000 records); record by
        # record only where that finds something, or where a rule spans records.
        sound = _columns_sound(kind, snaps, dead)
        if sound and kind not in _RELATED:
            continue
        for n, snap in enumerate(snaps):
            problem = (_relation_problem if sound else record_problem)(s, kind, snap, in_file)
            if problem:
                detail = f"records/{kind}.json[{n}] ({snap['id']}): {problem}"
                raise ExchangeFileError(f"{path}: {detail}", params={"file": path.name, "detail": detail})
    return import_repairs.repair(s, planned, source)


def _columns_sound(kind: str, snaps: list[Snapshot], dead: set[str]) -> bool:
    """True when no record of the list can break a rule of record_problem but _RELATED's.

    Every test here is at least as strict as record_problem's: False only sends the list
    to the record-by-record check, which finds the record and words the problem.
    """
    for f in KINDS[kind].fields:
        column = _column(snaps, f.name)
        present = list(filter(_not_none, column))
        if f.type in ("text", "longtext"):
            if not _texts_sound(present):
                return False
            if f.required and (len(present) != len(column) or "" in set(map(str.strip, present))):
                return False
        elif f.type == "date" and not all(map(_real_day, set(present))):
            return False
        elif f.type == "json" and f.ref_kind is None:
            texts = [t for v in present for _n, t in _texts_of(f.name, v)]
            if not _texts_sound(texts):
                return False
    for name in _TIMESTAMPS:
        stamps = set(filter(_not_none, _column(snaps, name)))
        if not all(map(_real_day, set(map(_DAY, stamps)))):
            return False
        if not all(map(_real_time, set(map(_TIME, stamps)))):
            return False
    if kind in _ENDS:
        start, end = _ENDS[kind]
        if any(snap.get(start) and snap.get(end) and snap[end] < snap[start] for snap in snaps):
            return False
    if not dead:
        return True
    live = [snap for snap in snaps if snap["deleted_at"] is None]
    return not import_repairs.ids_needed_by(kind, live) & dead


def _column(snaps: list[Snapshot], name: str) -> list[Any]:
    try:  # the schema made every field present
        return list(map(itemgetter(name), snaps))
    except KeyError:
        return [snap.get(name) for snap in snaps]


def _texts_sound(texts: list[str]) -> bool:
    joined = "".join(texts)
    return text_problem(joined, len(joined)) is None


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
    return _relation_problem(s, kind, snap, in_file) or _tombstone_problem(kind, snap, in_file)


def _relation_problem(
    s: Session, kind: str, snap: Snapshot, in_file: dict[str, tuple[str, Snapshot]]
) -> str | None:
    """A rule between this record and another: owners, translated fields, agenda items."""
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
    return None


def _tombstone_problem(kind: str, snap: Snapshot, in_file: dict[str, tuple[str, Snapshot]]) -> str | None:
    """A live record of the file that needs a record the file marks deleted."""
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
        yield from _texts_of(f.name, snap.get(f.name))


def _texts_of(name: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                yield name, item
            elif isinstance(item, dict):
                for key, text in item.items():
                    yield name, key
                    if isinstance(text, str):
                        yield name, text


def _real_timestamp(text: str) -> bool:
    """A YYYY-MM-DDTHH:MM:SS[.ffffff]Z text (the schema checked the shape) that exists."""
    return _real_day(text[:10]) and _real_time(text[10:19])


@lru_cache(maxsize=4096)
def _real_time(text: str) -> bool:
    """'THH:MM:SS' within a day."""
    try:
        hour, minute, second = int(text[1:3]), int(text[4:6]), int(text[7:9])
    except ValueError:
        return False
    return hour < 24 and minute < 60 and second < 60


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
