"""Change clocks: which change wrote each field, and what each installation has seen.

A *dot* (installation id, counter) names one change: the counter goes up by one on
every write of this installation (settings key "clock_counter"). Per record we keep

- dots: field -> the dots of the changes that wrote the field's current value (one,
  usually; several when installations wrote the same value independently; none for a
  value unchanged since the record was created), "deleted_at" for the deleted state;
- seen: installation -> the highest counter of its changes to this record known here
  (a version vector). A change is known when seen covers its dot.

merge.py decides fields with them: an incoming value wins when its change is new here
and our value's change is known to the sender; neither known to the other is a
conflict. Storage is one row per record ever changed since clocks exist
(models.SyncClock); a record without a row has no dots and an empty vector.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from migdesk.services.kinds import KINDS
from migdesk.store.bulk import insert_rows
from migdesk.store.models import SyncClock

Dot = tuple[str, int]
DELETED = "deleted_at"
# Set in session.info by a merge that writes its own clocks (the import): local writes
# in that session are then not stamped as this installation's changes.
MERGE_WRITES_CLOCKS = "migdesk.merge_writes_clocks"
_CHUNK = 500


@dataclass(frozen=True)
class Clock:
    """One record's dots and version vector (never changed in place: methods return new ones)."""

    dots: dict[str, list[Dot]] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Clock:
        """A clock from its stored or exchanged JSON form (None: an empty clock)."""
        if not data:
            return cls()
        dots = {f: sorted((str(i), int(n)) for i, n in ds) for f, ds in data.get("dots", {}).items()}
        return cls({f: ds for f, ds in dots.items() if ds}, dict(data.get("seen", {})))

    def to_json(self) -> dict[str, Any]:
        """The JSON form (sync_clocks row, sync/clocks.json entry)."""
        return {"dots": {f: [list(d) for d in ds] for f, ds in sorted(self.dots.items())},
                "seen": dict(sorted(self.seen.items()))}

    def knows(self, dots: Sequence[Dot]) -> bool:
        """True when a change that wrote this value is known here (no dots: the creation)."""
        return not dots or any(self.seen.get(i, 0) >= n for i, n in dots)

    def stamped(self, fields: Iterable[str], dot: Dot) -> Clock:
        """This clock after a change dot that wrote fields."""
        dots = {**self.dots, **{f: [dot] for f in fields}}
        return Clock(dots, {**self.seen, dot[0]: max(self.seen.get(dot[0], 0), dot[1])})


NO_CLOCK = Clock()  # a record without a clock: no dots, nothing seen


def joined_seen(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """The version vector knowing what either knows."""
    return {i: max(a.get(i, 0), b.get(i, 0)) for i in sorted({*a, *b})}


def same_value_dots(local: Clock, incoming: Clock, name: str) -> list[Dot]:
    """The dots of a value both sides hold: those not superseded on the other side."""
    mine, theirs = local.dots.get(name, []), incoming.dots.get(name, [])
    kept = {d for d in mine if d in theirs or not incoming.knows([d])}
    kept |= {d for d in theirs if d in mine or not local.knows([d])}
    return sorted(kept)


# ---------------------------------------------------------------- storage


def next_dot(session: Session) -> Dot:
    """A new change of this installation (its counter moves on).

    One statement reads and moves the counter, so two writers on a server never take
    the same number (the row stays locked until the transaction ends).
    """
    counter = session.execute(text(
        "INSERT INTO settings (key, value) VALUES ('clock_counter', '1') ON CONFLICT (key) "
        "DO UPDATE SET value = CAST(CAST(settings.value AS INTEGER) + 1 AS TEXT) RETURNING value"
    )).scalar_one()
    installation = session.execute(text(
        "SELECT value FROM settings WHERE key = 'installation_id'")).scalar_one()
    return str(installation), int(counter)


def load_clocks(session: Session, ids: Sequence[str]) -> dict[str, Clock]:
    """The clocks of these records that have one."""
    out: dict[str, Clock] = {}
    columns = select(SyncClock.record_id, SyncClock.dots, SyncClock.seen)
    if len(ids) > 5 * _CHUNK:  # many ids (a whole-database file): one scan beats many IN lists
        wanted = set(ids)
        rows: Iterable[Any] = [row for row in session.execute(columns) if row[0] in wanted]
    else:
        rows = [row for start in range(0, len(ids), _CHUNK)
                for row in session.execute(columns.where(SyncClock.record_id.in_(ids[start : start + _CHUNK])))]
    for rid, dots, seen in rows:
        out[rid] = Clock.from_json({"dots": dots, "seen": seen})
    return out


def save_clocks(session: Session, clocks: Mapping[str, Clock]) -> None:
    """Store (insert or replace) these records' clocks."""
    rows = [{"record_id": rid, **c.to_json()} for rid, c in sorted(clocks.items())]
    insert_rows(session.connection(), SyncClock.__table__, rows,  # type: ignore[arg-type]
                upsert_on="record_id", update=("dots", "seen"))


def _changed(kind: str, before: Mapping[str, Any], after: Mapping[str, Any] | None) -> list[str]:
    if after is None:  # a tombstone
        return [DELETED] if before.get(DELETED) is None else []
    names = [f.name for f in KINDS[kind].fields if before.get(f.name) != after.get(f.name)]
    if (before.get(DELETED) is None) != (after.get(DELETED) is None):
        names.append(DELETED)
    return names


def stamp_local_writes(
    session: Session,
    items: Sequence[tuple[str, str, Mapping[str, Any] | None]],
    read_snapshots: Callable[..., list[dict[str, Any]]],
) -> None:
    """Tag the fields these writes change with one new dot of this installation.

    Called by records.write_snapshots, which passes its own reader, before it writes (the one path of every local
    change, undo and redo included). New records get no dots: their values are their
    creation, known to whoever has the record.
    """
    if session.info.get(MERGE_WRITES_CLOCKS) or not items:
        return
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, _target in items:
        by_kind[kind].append(record_id)
    before = {snap["id"]: snap for kind, ids in by_kind.items() for snap in read_snapshots(session, kind, ids=ids)}
    changed: dict[str, set[str]] = defaultdict(set)
    for kind, record_id, target in items:
        if record_id in before:
            changed[record_id].update(_changed(kind, before[record_id], target))
    changed = {rid: names for rid, names in changed.items() if names}
    if not changed:
        return
    dot = next_dot(session)
    clocks = load_clocks(session, list(changed))
    save_clocks(session, {rid: clocks.get(rid, Clock()).stamped(names, dot) for rid, names in changed.items()})
