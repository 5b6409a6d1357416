"""Deleting a record with what it owns (tombstones), unlinking records that only refer to it;
refused while other records still need it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from migdesk.services.errors import StillReferenced
from migdesk.services.kinds import KINDS, KindSpec, kind_spec, label
from migdesk.services.records.reading import resolve_id
from migdesk.services.records.rows import spec_snapshots, write_snapshots
from migdesk.services.records.types import Change, ChangeItem, Record, Snapshot, is_live, named
from migdesk.store.database import Database
from migdesk.store.models import meeting_mandates, utc_now


def _owned(session: Session, spec: KindSpec, ids: list[str]) -> list[tuple[str, Snapshot]]:
    """The records (kind, snapshot) that go with these: children, their children, translations."""
    out: list[tuple[str, Snapshot]] = []
    for child_kind, fk in spec.children:
        child = KINDS[child_kind]
        model: Any = child.model
        snaps = spec_snapshots(session, child, [getattr(model, fk).in_(ids)])
        out += [(child_kind, c) for c in snaps]
        if snaps:
            out += _owned(session, child, [c["id"] for c in snaps])
    return out


def _delete_plan(
    session: Session, spec: KindSpec, full: str
) -> tuple[list[ChangeItem], list[tuple[str, str, str]]]:
    """Items of a cascading delete, plus (kind, label, field) of the records that block it."""
    now = utc_now()
    doomed = [(spec.name, spec_snapshots(session, spec, ids=[full])[0])]
    doomed += _owned(session, spec, [full])
    translations = KINDS["translations"]
    all_ids = [snap["id"] for _, snap in doomed]
    doomed += [
        ("translations", t)
        for t in spec_snapshots(
            session,
            translations,
            [translations.model.record_id.in_(all_ids)],  # type: ignore[attr-defined]
        )
    ]
    doomed_ids = {snap["id"] for _, snap in doomed}
    items = [
        ChangeItem(k, snap["id"], snap, {**snap, "deleted_at": now, "updated_at": now})
        for k, snap in doomed
    ]
    blockers: list[tuple[str, str, str]] = []
    by_kind: dict[str, set[str]] = defaultdict(set)
    for k, snap in doomed:
        by_kind[k].add(snap["id"])
    for other in KINDS.values():
        model: Any = other.model
        for f in other.fields:
            if f.type not in ("ref", "refs") or f.ref_kind not in by_kind:
                continue
            targets = list(by_kind[f.ref_kind or ""])
            if f.type == "refs":  # meeting mandates: the resolution leaves the list
                rows = session.execute(
                    select(meeting_mandates.c.meeting_id).where(
                        meeting_mandates.c.resolution_id.in_(targets)
                    )
                ).scalars()
                referrers = [m for m in set(rows) if m not in doomed_ids]
                cond = [model.id.in_(referrers)]
            else:
                cond = [getattr(model, f.name).in_(targets), model.id.not_in(doomed_ids)]
            for snap in spec_snapshots(session, other, cond):
                if f.on_delete == "nullify" or f.type == "refs":
                    after = dict(snap)
                    if f.type == "refs":
                        after[f.name] = [v for v in snap[f.name] if v not in doomed_ids]
                    else:
                        after[f.name] = None
                    after["updated_at"] = now
                    items.append(ChangeItem(other.name, snap["id"], snap, after))
                else:
                    blockers.append((other.name, label(other.name, snap), f.name))
    return items, blockers


def preview_delete(db: Database, kind: str, record_id: str) -> list[Record]:
    """What deleting this record takes with it (the record first), to ask the user first."""
    spec = kind_spec(kind)
    with db.session(write=False) as s:
        full = resolve_id(s, spec.name, record_id)
        items, _ = _delete_plan(s, spec, full)
    return [Record(i.kind, i.id, i.before or {}) for i in items if not is_live(i.after)]


def delete_record(db: Database, kind: str, record_id: str) -> Change:
    """Delete a record and what it owns (tombstones), unlinking records that only refer to it."""
    spec = kind_spec(kind)
    with db.session() as s:
        full = resolve_id(s, spec.name, record_id)
        items, blockers = _delete_plan(s, spec, full)
        if blockers:
            more = f" and {len(blockers) - 3} more" if len(blockers) > 3 else ""
            name = label(spec.name, items[0].before or {})
            listed = ", ".join(f"{KINDS[k].singular} {n!r} ({f})" for k, n, f in blockers[:3])
            raise StillReferenced(
                f"cannot delete {spec.singular} {name!r}: still referred to by {listed}{more}",
                params={"kind": spec.name, "label": name, "count": len(blockers),
                        "referrers": ", ".join(f"“{n}”" for _k, n, _f in blockers[:3])
                        + (" …" if more else "")},
            )
        write_snapshots(s, [(i.kind, i.id, i.after) for i in items])
    owned = len([i for i in items if not is_live(i.after)]) - 1
    suffix = f" with {owned} related record{'s' if owned != 1 else ''}" if owned else ""
    return Change(f"Delete {named(spec, items[0].before or {})}{suffix}", tuple(items))

