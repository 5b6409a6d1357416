"""Planning an import: merge each incoming record with the local one, settle the conflicts,
and keep every value not kept as history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from migdesk.services import merge
from migdesk.services.clocks import Clock, Dot, next_dot
from migdesk.services.exchange.fields import field_names
from migdesk.services.exchange.results import Conflict, ImportReport
from migdesk.services.exchange_file import ExchangeContent
from migdesk.services.kinds import label
from migdesk.services.records import Snapshot
from migdesk.services.set_aside import Aside
from migdesk.store.models import utc_now

OnConflict = Literal["keep-local", "take-incoming"]
Resolutions = Mapping[tuple[str, str], Any]  # (record id, field) -> the value to keep


@dataclass(slots=True)
class Planned:
    kind: str
    incoming: Snapshot
    local: Snapshot | None
    result: Snapshot
    action: str  # added, updated, deleted, unchanged
    write: bool
    history: Sequence[Aside] = ()
    base_current: bool = False  # SyncBase already holds exactly the incoming version
    clock: Clock | None = None  # the record's clock to store (None: unchanged)


class Resolver:
    """How one import settles conflicts, and the one change of ours that records it."""

    def __init__(self, s: Session, on_conflict: str, resolutions: Resolutions, dry_run: bool) -> None:
        self.session, self.on_conflict, self.resolutions = s, on_conflict, resolutions
        self.dry_run = dry_run
        self._dot: Dot | None = None

    def choose(self, record_id: str, name: str, local: Any, incoming: Any) -> Any:
        """The value kept for a conflicting field."""
        if (record_id, name) in self.resolutions:
            return self.resolutions[(record_id, name)]
        return incoming if self.on_conflict == "take-incoming" else local

    def dot(self) -> Dot | None:
        """The change that decides this import's conflicts (none in a dry run)."""
        if self._dot is None and not self.dry_run:
            self._dot = next_dot(self.session)
        return self._dot


def _ancestors(content: ExchangeContent, incoming: Snapshot, local: Snapshot,
               base: Snapshot | None) -> list[Snapshot]:
    out: list[Snapshot] = []
    parent = content.parents.get(incoming["id"], None)
    if parent is not None:
        out.append({**incoming, **parent})
    elif merge.pristine(incoming):
        out.append(incoming)
    if base is not None:
        out.append(base)
    if merge.pristine(local):
        out.append(local)
    return out


def _author(clock: Clock | None, name: str, default: str | None) -> str | None:
    """Who wrote a field's value: its (first) dot's installation, else default."""
    dots = clock.dots.get(name) if clock is not None else None
    return dots[0][0] if dots else default


_EMPTY: tuple[Any, ...] = (None, "", [])  # a value superseded from empty loses nothing


def _set_aside(kind: str, m: merge.RecordMerge, local: Snapshot, incoming: Snapshot,
               clocks: tuple[Clock, Clock] | None, resolver: Resolver, sender: str,
               me: str, report: ImportReport) -> list[Aside]:
    """Decide the conflicts into m.result; every value not kept, as history."""
    mine, theirs = clocks or (None, None)
    out: list[Aside] = []
    names = tuple(m.conflicts)
    if names:
        lvals = {f: local.get(f) for f in names}
        ivals = {f: incoming.get(f) for f in names}
        report.conflicts.append(Conflict(kind, incoming["id"], label(kind, local), names, lvals, ivals))
        for f in names:
            chosen = resolver.choose(incoming["id"], f, lvals[f], ivals[f])
            m.result[f] = chosen
            if lvals[f] != chosen:
                out.append(Aside(f, lvals[f], _author(mine, f, me), "local value of a conflict not kept"))
            if ivals[f] != chosen:
                out.append(Aside(f, ivals[f], _author(theirs, f, sender),
                                 "incoming value of a conflict not kept"))
    deleted_here = m.result.get("deleted_at") is not None
    for f, decision in m.decisions.items():
        if decision == merge.TAKE and f != merge.DELETED and not deleted_here and local.get(f) not in _EMPTY:
            out.append(Aside(f, local.get(f), _author(mine, f, me),
                             "superseded by a later change that knew it"))
    if deleted_here and incoming["deleted_at"] is None:
        for f in m.incoming_news:  # an edit that met a deletion: kept in history
            if all(a.field != f for a in out):
                out.append(Aside(f, incoming.get(f), _author(theirs, f, sender),
                                 "edit to a record deleted here"))
    return out


def plan_record(kind: str, incoming: Snapshot, local: Snapshot | None, base: Snapshot | None,
                 content: ExchangeContent, clocks: tuple[Clock, Clock] | None,
                 resolver: Resolver, sender: str, me: str, report: ImportReport) -> Planned:
    fields = field_names(kind)
    if local is None:
        clock = clocks[1] if clocks is not None and (clocks[1].dots or clocks[1].seen) else None
        if incoming["deleted_at"] is not None:  # never had it: keep the tombstone, nothing shows
            return Planned(kind, incoming, None, incoming, "unchanged", True, clock=clock)
        return Planned(kind, incoming, None, incoming, "added", True, clock=clock)
    if merge.content_equal(fields, local, incoming):
        clock = merge.merged_clock({}, clocks, (), None) if clocks is not None else None
        clock = clock if clocks is not None and clock != clocks[0] else None
        return Planned(kind, incoming, local, local, "unchanged", False, clock=clock)
    m = merge.merge_record(fields, local, incoming, _ancestors(content, incoming, local, base), clocks)
    history = _set_aside(kind, m, local, incoming, clocks, resolver, sender, me, report)
    clock = None
    if clocks is not None:
        new = merge.merged_clock(m.decisions, clocks, m.conflicts, resolver.dot() if m.conflicts else None)
        clock = new if new != clocks[0] else None
    result = m.result
    if merge.content_equal(fields, result, local):
        return Planned(kind, incoming, local, local, "unchanged", False, history, clock=clock)
    if merge.content_equal(fields, result, incoming):
        result = {**incoming, "created_at": local["created_at"]}
    else:
        result["updated_at"] = utc_now()
    action = "deleted" if result.get("deleted_at") and not local.get("deleted_at") else "updated"
    return Planned(kind, incoming, local, result, action, True, history, clock=clock)

