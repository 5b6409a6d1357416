"""Adding, editing and moving records: every value converted and checked, references
resolved, a write based on a stale version refused.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from migdesk.services import record_rules, translation_keys
from migdesk.services.errors import InvalidValue, StaleWrite
from migdesk.services.kinds import KINDS, META_FIELDS, KindSpec, convert, kind_spec, label
from migdesk.services.records.reading import resolve_id
from migdesk.services.records.rows import read_snapshots, spec_snapshots, write_snapshots
from migdesk.services.records.types import Change, ChangeItem, Snapshot, named
from migdesk.services.symbols_check import apply_symbol_rules
from migdesk.services.validation import check_record
from migdesk.store.database import Database
from migdesk.store.models import new_uuid, utc_now


def _checked(session: Session, spec: KindSpec, values: dict[str, Any], base: Snapshot) -> Snapshot:
    """base updated with values, every value converted, references resolved, rules checked."""
    snap = dict(base)
    for name, raw in values.items():
        if name in META_FIELDS:
            raise InvalidValue(
                spec.name, name, "is set by MigDesk and cannot be changed", code="read_only"
            )
        f = spec.field(name)
        value = convert(spec, f, raw)
        if f.type == "ref" and value is not None:
            value = resolve_id(session, f.ref_kind or "", value, field=f"{spec.name}.{name}")
        elif f.type == "refs" or (f.type == "json" and f.ref_kind):
            value = [
                resolve_id(session, f.ref_kind or "", v, field=f"{spec.name}.{name}") for v in value
            ]
        snap[name] = value
    check_record(spec, snap)
    if spec.name == "organizations" and snap.get("parent_id"):
        _check_no_cycle(session, snap["id"], snap["parent_id"])
    record_rules.check_record(session, spec, snap)
    apply_symbol_rules(session, spec, snap)
    return snap


def _check_no_cycle(session: Session, org_id: str, parent_id: str) -> None:
    model: Any = KINDS["organizations"].model
    seen = {org_id}
    current: str | None = parent_id
    while current is not None:
        if current in seen:
            raise InvalidValue(
                "organizations", "parent_id", "an organization cannot be its own ancestor",
                code="cycle",
            )
        seen.add(current)
        current = session.scalar(select(model.parent_id).where(model.id == current))


def _next_position(session: Session, spec: KindSpec, parent_id: str) -> int:
    model: Any = spec.model
    parent_col = getattr(model, spec.parent_field or "")
    top = session.scalar(
        select(func.max(model.position)).where(parent_col == parent_id, model.deleted_at.is_(None))
    )
    return 0 if top is None else top + 1



def create_record(db: Database, kind: str, values: dict[str, Any]) -> Change:
    """Add a record; returns the Change (its one item's id is the new record's)."""
    spec = kind_spec(kind)
    now = utc_now()
    base: Snapshot = {f.name: f.default for f in spec.fields}
    base.update(id=new_uuid(), created_at=now, updated_at=now, deleted_at=None)
    with db.session() as s:
        snap = _checked(s, spec, values, base)
        revived = translation_keys.keyed_new(s, snap, read_snapshots) if spec.name == "translations" else None
        if spec.ordered and snap.get("position") is None:
            snap["position"] = _next_position(s, spec, snap[spec.parent_field or ""])
        write_snapshots(s, [(spec.name, snap["id"], snap)])
    return Change(f"Add {named(spec, snap)}", (ChangeItem(spec.name, snap["id"], revived, snap),))


def update_record(
    db: Database,
    kind: str,
    record_id: str,
    values: dict[str, Any],
    *,
    based_on: int | None = None,
    expected: dict[str, Any] | None = None,
) -> Change:
    """Change some fields of a record; an empty Change when nothing differs.

    A write names what it was based on, and StaleWrite refuses it (nothing written) when
    another writer changed the record since: based_on, the version it was read at (any
    change since refuses it); expected, the values its fields held when the user started
    editing them (only a change to those fields refuses it).
    """
    spec = kind_spec(kind)
    with db.session() as s:
        full = resolve_id(s, spec.name, record_id)
        before = spec_snapshots(s, spec, ids=[full])[0]
        after = _checked(s, spec, values, before)
        if spec.name == "translations":
            translation_keys.check_key_kept(before, after)
        _refuse_stale(spec, before, after, based_on, expected)
        if after == before:
            return Change(f"Edit {spec.singular}", ())
        after["updated_at"] = utc_now()
        write_snapshots(s, [(spec.name, full, after)])
    return Change(f"Edit {named(spec, after)}", (ChangeItem(spec.name, full, before, after),))


def _refuse_stale(
    spec: KindSpec,
    before: Snapshot,
    after: Snapshot,
    based_on: int | None,
    expected: dict[str, Any] | None,
) -> None:
    """StaleWrite when the stored record moved on from what the write was based on."""
    wanted = [n for n in after if n not in META_FIELDS and after[n] != before.get(n)]
    disputed: list[str] = []
    if based_on is not None and before["version"] != based_on:
        disputed = wanted or [f.name for f in spec.fields]
    for name, value in (expected or {}).items():
        if before.get(name) != value and after.get(name) != before.get(name) and name not in disputed:
            disputed.append(name)
    if disputed:
        raise StaleWrite(
            spec.name, before["id"], based_on,
            before["version"], {n: (after.get(n), before.get(n)) for n in disputed},
            label(spec.name, before),
        )


def move_record(db: Database, kind: str, record_id: str, new_index: int) -> Change:
    """Move an ordered record (intervention, action, ...) to new_index among its siblings."""
    spec = kind_spec(kind)
    if not spec.ordered:
        raise InvalidValue(spec.name, "position", f"{spec.name} have no order to change")
    model: Any = spec.model
    with db.session() as s:
        full = resolve_id(s, spec.name, record_id)
        me = spec_snapshots(s, spec, ids=[full])[0]
        parent = spec.parent_field or ""
        siblings = spec_snapshots(s, spec, [getattr(model, parent) == me[parent]])
        order = [x for x in siblings if x["id"] != full]
        new_index = max(0, min(new_index, len(order)))
        order.insert(new_index, me)
        now = utc_now()
        items = [
            ChangeItem(spec.name, snap["id"], snap, {**snap, "position": n, "updated_at": now})
            for n, snap in enumerate(order)
            if snap["position"] != n
        ]
        write_snapshots(s, [(i.kind, i.id, i.after) for i in items])
    return Change(f"Move {spec.singular}", tuple(items))

