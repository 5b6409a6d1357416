"""Repairs of what merging a sound file with this database alone would break.

Two colleagues can each do something sensible that together leaves a live record under
a deleted one. The rules, applied by `repair` (each repair lands in the history of the
record it changes and is returned as a line):

1. A deletion from the file is not applied while a live record still needs the deleted
   one (its owner, or a record it refers to): the record stays live.
2. A record new from the file that needs a record deleted here arrives deleted.
3. A change from the file that would make a record here refer to a record deleted here
   keeps this database's value of that field.
4. A local value the import replaces goes to the history unless it is the value this
   database last exchanged: a file's claimed ancestry (sync/parents.json) is only a
   claim, and what a false one would overwrite stays recoverable.

One repair comes before the merge is planned (services/translation_keys.rekey_file): a
translation the file carries under another id than the one derived from its record,
field and language is mapped to the derived id, and two of the file for the same field
and language become one, the other text kept in history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.services.kinds import KINDS
from migdesk.services.set_aside import Aside
from migdesk.store.models import SyncBase, meeting_mandates, utc_now

Snapshot = dict[str, Any]
_CHUNK = 500


def needs(kind: str, snap: Snapshot) -> Iterator[tuple[str, str | None, str]]:
    """(field, kind or None if any, id) of every record this one needs to stay valid."""
    for f in KINDS[kind].fields:
        value = snap.get(f.name)
        if value is None:
            continue
        if f.type == "ref":
            yield f.name, f.ref_kind, value
        elif f.type == "refs":
            yield from ((f.name, f.ref_kind, v) for v in value)
    if kind == "translations":
        yield "record_id", None, snap["record_id"]


def needed_ids(kind: str, snap: Snapshot) -> list[str]:
    """Ids of the records this one needs (see needs)."""
    return [record_id for _field, _kind, record_id in needs(kind, snap)]


def ids_needed_by(kind: str, snaps: Sequence[Snapshot]) -> set[str]:
    """Ids of the records any of these live snapshots needs, read column by column.

    The same ids as needs() gives record by record, in a fraction of the time: a
    whole-database file has a hundred thousand records.
    """
    out: set[str] = set()
    for f in KINDS[kind].fields:
        if f.type == "ref" or (kind == "translations" and f.name == "record_id"):
            out.update([snap[f.name] for snap in snaps])
        elif f.type == "refs":
            out.update(chain.from_iterable([snap[f.name] or () for snap in snaps]))
    out.discard(None)  # type: ignore[arg-type]
    return out


def repair(s: Session, planned: Sequence[Any], source: str) -> list[str]:
    """Apply rules 1-4 to the plan in place; one line per repair."""
    _keep_replaced_local_values(s, planned, source)
    by_id = {p.incoming["id"]: p for p in planned}
    live: dict[str, list[Any]] = defaultdict(list)
    dead: set[str] = set()
    for p in planned:
        if p.result.get("deleted_at") is None:
            live[p.kind].append(p)
        else:
            dead.add(p.incoming["id"])
    needed = {kind: ids_needed_by(kind, [p.result for p in ps]) for kind, ps in live.items()}
    outside = set().union(*needed.values()) - by_id.keys()
    dead |= _deleted_here(s, sorted(outside))
    suspects = [p for kind, ps in live.items() if needed[kind] & dead for p in ps]
    lines: list[str] = []
    changed = bool(suspects)
    while changed:  # a repair can make a record live again, which may need others
        changed = False
        for p in suspects:
            for name, _kind, ref_id in list(needs(p.kind, p.result)) if _live(p.result) else ():
                q = by_id.get(ref_id)
                if q is not None and not _live(q.result) and q.local is not None and _live(q.local):
                    lines.append(_keep(q, source, f"{KINDS[p.kind].singular} {p.incoming['id']}"))
                    suspects.append(q)
                elif ref_id in dead and (q is None or not _live(q.result)):
                    lines.append(_refuse_need(p, name, ref_id, source))
                else:
                    continue
                changed = True
                break
    for q in _needed_here(s, [p for p in planned if p.local and _live(p.local)
                              and not _live(p.result)], by_id):
        lines.append(_keep(q, source, "records here"))
    return lines


def _live(snap: Snapshot | None) -> bool:
    return snap is not None and snap.get("deleted_at") is None


def _note(p: Any, name: str, value: Any, note: str) -> None:
    p.history = [*p.history, Aside(name, value, None, note)]


def _keep(q: Any, source: str, needed_by: str) -> str:
    """Rule 1: the file's deletion of q is not applied."""
    _note(q, "deleted_at", q.result.get("deleted_at"),
          f"deletion from {source} not applied: {needed_by} still need(s) it")
    q.result = {**q.result, "deleted_at": None, "updated_at": utc_now()}
    q.action, q.write = "updated", True
    return f"kept {KINDS[q.kind].singular} {q.incoming['id']}: {needed_by} still need(s) it"


def _refuse_need(p: Any, name: str, ref_id: str, source: str) -> str:
    """Rules 2 and 3: p would need the deleted record ref_id."""
    what = f"{KINDS[p.kind].singular} {p.incoming['id']}"
    if p.local is not None and _live(p.local) and ref_id not in needed_ids(p.kind, p.local):
        _note(p, name, p.result.get(name), f"value from {source} refers to a deleted record")
        p.result = {**p.result, name: p.local.get(name)}
        return f"{what}: kept this database's {name} (the file's refers to deleted {ref_id})"
    _note(p, "deleted_at", None, f"arrived from {source} needing deleted record {ref_id}")
    p.result = {**p.result, "deleted_at": utc_now()}
    p.action = "unchanged" if p.local is None else "deleted"
    p.write = True
    return f"{what} arrived deleted: it needs {ref_id}, which is deleted here"


def _deleted_here(s: Session, ids: list[str]) -> set[str]:
    """Which of these ids are tombstones in this database."""
    out: set[str] = set()
    for spec in KINDS.values():
        model: Any = spec.model
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            out.update(s.scalars(select(model.id).where(model.id.in_(chunk),
                                                        model.deleted_at.is_not(None))))
    return out


def _needed_here(s: Session, doomed: list[Any], by_id: dict[str, Any]) -> list[Any]:
    """The planned deletions that live records of this database (not in the file) need."""
    by_kind: dict[str, dict[str, Any]] = {}
    for q in doomed:
        by_kind.setdefault(q.kind, {})[q.incoming["id"]] = q
    needed: dict[str, Any] = {}
    for spec in KINDS.values():
        model: Any = spec.model
        for f in spec.fields:
            if f.type != "ref" and not (spec.name == "translations" and f.name == "record_id"):
                continue
            targets = by_kind.get(f.ref_kind or "", {}) if f.ref_kind else {
                k: q for qs in by_kind.values() for k, q in qs.items()}
            ids = list(targets)
            for start in range(0, len(ids), _CHUNK):
                rows = s.execute(select(model.id, getattr(model, f.name)).where(
                    getattr(model, f.name).in_(ids[start : start + _CHUNK]),
                    model.deleted_at.is_(None)))
                for referrer, target in rows:
                    if referrer not in by_id or _live(by_id[referrer].result):
                        needed[target] = targets[target]
    mandates = list(by_kind.get("resolutions", {}))
    t = meeting_mandates.c
    for start in range(0, len(mandates), _CHUNK):
        for meeting, target in s.execute(select(t.meeting_id, t.resolution_id).where(
                t.resolution_id.in_(mandates[start : start + _CHUNK]))):
            if meeting not in by_id or _live(by_id[meeting].result):
                needed[target] = by_kind["resolutions"][target]
    return list(needed.values())


def _keep_replaced_local_values(s: Session, planned: Sequence[Any], source: str) -> None:
    """Rule 4: a local edit the import replaces is kept in history."""
    changed = [p for p in planned if p.write and p.local is not None]
    bases: dict[str, Snapshot | None] = {}
    ids = [p.incoming["id"] for p in changed]
    for start in range(0, len(ids), _CHUNK):
        rows = s.execute(select(SyncBase.record_id, SyncBase.snapshot)
                         .where(SyncBase.record_id.in_(ids[start : start + _CHUNK])))
        bases.update({record_id: snapshot for record_id, snapshot in rows})
    for p in changed:
        record_id = p.incoming["id"]
        if record_id not in bases or bases[record_id] is None:
            continue  # never received, or unchanged since: nothing edited here to protect
        base, noted = bases[record_id] or {}, {h[0] for h in p.history}
        for f in KINDS[p.kind].fields:
            old = p.local.get(f.name)
            if p.result.get(f.name) != old and f.name not in noted and base.get(f.name) != old:
                _note(p, f.name, old, f"local edit replaced by import from {source}")
