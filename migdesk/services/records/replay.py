"""Undo and redo: a Change (or its inverse) written field by field, sparing another writer's
values and reporting them as conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy.orm import Session

from migdesk.services.kinds import KINDS
from migdesk.services.records.rows import read_snapshots, write_snapshots
from migdesk.services.records.types import Change, ChangeItem, FieldConflict, Snapshot, is_live
from migdesk.store.database import Database
from migdesk.store.models import utc_now


def apply_change(db: Database, change: Change) -> Change:
    """Write a change's after-states in one transaction (redo; pass change.inverse() to undo).

    Field by field: a field is written only while the stored record still holds the
    change's before-value there. A field another writer has changed since is left as it
    is and listed in the returned Change's conflicts; the returned items are what was
    actually written.
    """
    items: list[ChangeItem] = []
    conflicts: list[FieldConflict] = []
    with db.session() as s:
        current = _current(s, change.items)
        writes: list[tuple[str, str, Snapshot | None]] = []
        for item in change.items:
            stored = current.get(item.id)
            target, lost = _reconcile(item, stored)
            conflicts += lost
            if target is not None and target != stored:
                writes.append((item.kind, item.id, target))
                items.append(ChangeItem(item.kind, item.id, stored, target))
                current[item.id] = target
        write_snapshots(s, writes)
    return Change(change.description, tuple(items), tuple(conflicts))


def _current(session: Session, items: Sequence[ChangeItem]) -> dict[str, Snapshot]:
    """The stored snapshots (tombstones included) of the records items touch."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for item in items:
        by_kind[item.kind].append(item.id)
    out: dict[str, Snapshot] = {}
    for kind, ids in by_kind.items():
        out.update((snap["id"], snap) for snap in read_snapshots(session, kind, ids=ids))
    return out


def _reconcile(item: ChangeItem, stored: Snapshot | None) -> tuple[Snapshot | None, list[FieldConflict]]:
    """The snapshot to write for item over stored, and the fields left alone.

    A field takes item.after's value when stored still holds item.before's there;
    otherwise another writer changed it, and it stays. A record is deleted or brought
    back only when none of its fields is in dispute.
    """
    before, after = item.before, item.after
    if stored is None:  # never written here: create it as the change had it
        return (dict(after) if after is not None else None), []
    target = dict(stored)
    lost: list[FieldConflict] = []
    for f in KINDS[item.kind].fields:
        mine = (after or before or {}).get(f.name)
        found = stored.get(f.name)
        if found == mine:
            continue
        if before is None or found == before.get(f.name):
            target[f.name] = mine
        else:
            lost.append(FieldConflict(item.kind, item.id, f.name, mine, found))
    if is_live(stored) != is_live(after):
        wanted = None if is_live(after) else (after or {}).get("deleted_at") or utc_now()
        if lost or is_live(stored) != is_live(before):
            lost.append(FieldConflict(item.kind, item.id, "deleted_at", wanted, stored.get("deleted_at")))
        else:
            target["deleted_at"] = wanted
    if target != stored:
        target["updated_at"] = utc_now()
    return target, lost
