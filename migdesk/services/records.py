"""Reading and changing records: every change is one transaction returning a Change.

A Change lists, per record, its snapshot before and after. Undo applies its inverse and
redo the change itself, each in a transaction of its own and field by field: a field is
written only while it still holds what the change expects, so another writer's value is
never overwritten (it is reported as a conflict instead). The desktop client's undo
stack and the exchange-file merge both go through `write_snapshots`, which moves each
record's version on and logs the write for the other windows on the database.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from migdesk.domain.symbols import normalize_symbol
from migdesk.services import record_rules
from migdesk.services.clocks import stamp_local_writes
from migdesk.services.errors import InvalidValue, NotFound, StaleWrite, StillReferenced
from migdesk.services.kinds import (
    KINDS,
    META_FIELDS,
    KindSpec,
    convert,
    kind_spec,
    label,
    parsed_symbol,
)
from migdesk.services.symbols_check import apply_symbol_rules
from migdesk.services.validation import check_record
from migdesk.store import change_log
from migdesk.store import search as search_index
from migdesk.store.database import Database
from migdesk.store.models import SyncBase, meeting_mandates, new_uuid, utc_now

Snapshot = dict[str, Any]
_UUID = re.compile(r"^[0-9a-fA-F-]{8,36}$")


@dataclass(frozen=True)
class Record:
    """A record as plain data: its kind, id and snapshot (never a live ORM object)."""

    kind: str
    id: str
    values: Snapshot

    @property
    def label(self) -> str:
        """A short human name for the record."""
        return label(self.kind, self.values)

    def to_json(self) -> dict[str, Any]:
        """The record as the CLI prints it: fields, id, timestamps and `parsed` symbols."""
        out = {k: v for k, v in self.values.items() if k != "deleted_at"}
        if KINDS[self.kind].has_symbol:
            out["parsed"] = parsed_symbol(self.values)
        return out


@dataclass(frozen=True)
class ChangeItem:
    """One record's state before and after a change (None: absent or deleted)."""

    kind: str
    id: str
    before: Snapshot | None
    after: Snapshot | None


@dataclass(frozen=True)
class FieldConflict:
    """A field a change could not write: another writer changed it since."""

    kind: str
    id: str
    field: str  # "deleted_at" for the record's existence
    wanted: Any  # what the change would have written
    found: Any  # what the other writer stored


@dataclass(frozen=True)
class Change:
    """What one user action changed, enough to revert it exactly.

    conflicts: fields an undo or redo left alone because another writer had changed
    them since (empty for a change that was written whole).
    reload: kinds another writer changed in bulk (an import), too many to list.
    """

    description: str
    items: tuple[ChangeItem, ...]
    conflicts: tuple[FieldConflict, ...] = ()
    reload: frozenset[str] = frozenset()  # kinds changed in bulk elsewhere: reload their views

    def inverse(self) -> Change:
        """The change that reverts this one."""
        items = tuple(ChangeItem(i.kind, i.id, i.after, i.before) for i in reversed(self.items))
        return Change(f"Undo {self.description}", items)

    @property
    def is_empty(self) -> bool:
        """True when nothing changed."""
        return not self.items

    def ids(self, kind: str) -> list[str]:
        """Ids of the records of one kind this change touched."""
        return [i.id for i in self.items if i.kind == kind]

    @property
    def created(self) -> list[ChangeItem]:
        """Items that brought a record into existence (new or undeleted)."""
        return [i for i in self.items if not _live(i.before) and _live(i.after)]

    @property
    def deleted(self) -> list[ChangeItem]:
        """Items that removed a record (tombstoned)."""
        return [i for i in self.items if _live(i.before) and not _live(i.after)]


def _live(snap: Snapshot | None) -> bool:
    return snap is not None and snap.get("deleted_at") is None


# ---------------------------------------------------------------- snapshots <-> rows


_NATURAL_ORDER: dict[str, tuple[str, ...]] = {
    "meetings": ("date", "title"),
    "resolutions": ("year", "symbol"),
    "documents": ("date", "symbol"),
    "events": ("start_date", "title"),
    "organizations": ("name",),
    "persons": ("name",),
    "paragraphs": ("resolution_id", "number"),
}


def _order(spec: KindSpec, source: Any = None) -> list[Any]:
    """The natural order's columns, of the ORM class or of source (the table's columns)."""
    model: Any = spec.model if source is None else source
    if spec.ordered:
        names: tuple[str, ...] = (spec.parent_field or "id", "position")
    else:
        names = _NATURAL_ORDER.get(spec.name, ())
    # The id last: the same order on every engine when records were created together.
    return [getattr(model, n) for n in (*names, "created_at", "id")]


def _columns(spec: KindSpec) -> Any:
    """The table's columns, by name: statements on them are Core statements.

    SQLAlchemy compiles a Core statement in much less time than the same one on the ORM
    class (what the first table of each kind waits for), but a session does not flush
    pending changes before running one: only for reads in a session of their own.
    """
    return spec.model.__table__.c  # type: ignore[attr-defined]


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _snapshots(
    session: Session,
    spec: KindSpec,
    where: Sequence[ColumnElement[bool]] = (),
    include_deleted: bool = False,
    ids: Sequence[str] | None = None,
    *,
    core: bool = False,
    lock: bool = False,
) -> list[Snapshot]:
    """Snapshots of spec's records; core: a statement on the table (see _columns).

    lock: the rows stay locked until the transaction ends (SELECT ... FOR UPDATE on a
    server; a SQLite writer holds the whole file already), so that what a write checks
    (a version, a field's value) cannot change under it.
    """
    model: Any = _columns(spec) if core else spec.model
    columns = [getattr(model, f.name) for f in spec.fields if f.type != "refs"]
    columns += [getattr(model, name) for name in META_FIELDS]
    names = [f.name for f in spec.fields if f.type != "refs"] + list(META_FIELDS)
    stmt = select(*columns).where(*where)
    if not include_deleted:
        stmt = stmt.where(model.deleted_at.is_(None))
    if lock:
        stmt = stmt.with_for_update()
    rows: list[Any] = []
    if ids is None:
        rows = list(session.execute(stmt.order_by(*_order(spec, model))))
    else:
        # Fetched by primary key and returned in the order asked for. An ORDER BY here
        # would let SQLite walk a whole ordering index instead (70 ms for 100 rows).
        for start in range(0, len(ids), 500):
            rows += session.execute(stmt.where(model.id.in_(ids[start : start + 500])))
        position = {record_id: n for n, record_id in enumerate(ids)}
        rows.sort(key=lambda row: position.get(row[names.index("id")], 0))
    snaps = [{n: _json_value(v) for n, v in zip(names, row, strict=True)} for row in rows]
    if spec.name == "meetings" and snaps:
        mandates = _mandates(session, [s["id"] for s in snaps])
        for s in snaps:
            s["mandate_ids"] = mandates.get(s["id"], [])
    return snaps


def read_snapshots(
    session: Session,
    kind: str,
    *,
    ids: Sequence[str] | None = None,
    include_deleted: bool = True,
    where: Sequence[ColumnElement[bool]] = (),
    lock: bool = False,
) -> list[Snapshot]:
    """Snapshots of one kind (tombstones included by default), optionally only these ids.

    lock: keep the rows locked against other writers until the transaction ends.
    """
    return _snapshots(session, KINDS[kind], where, include_deleted, ids, lock=lock)


def _mandates(session: Session, meeting_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    t = meeting_mandates.c
    for start in range(0, len(meeting_ids), 500):
        rows = session.execute(
            select(t.meeting_id, t.resolution_id)
            .where(t.meeting_id.in_(meeting_ids[start : start + 500]))
            .order_by(t.meeting_id, t.position)
        )
        for meeting_id, resolution_id in rows:
            out[meeting_id].append(resolution_id)
    return out


def _db_value(spec: KindSpec, name: str, value: Any) -> Any:
    f = spec.field(name)
    if f.type == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    return value


def write_snapshot(session: Session, kind: str, record_id: str, target: Snapshot | None) -> None:
    """Make the stored record equal target (None: tombstone it if it exists)."""
    spec = KINDS[kind]
    row: Any = session.get(spec.model, record_id)
    if target is None:
        if row is not None and row.deleted_at is None:
            row.deleted_at = utc_now()
        return
    if row is None:
        model: Any = spec.model
        row = model(id=record_id)
        session.add(row)
    for f in spec.fields:
        if f.type != "refs":
            setattr(row, f.name, _db_value(spec, f.name, target.get(f.name, f.default)))
    for name in ("created_at", "updated_at", "deleted_at"):
        setattr(row, name, target.get(name))
    # Every write is a new version, undo and redo included; the snapshot says which.
    row.version = 1 if row.version is None else row.version + 1
    target["version"] = row.version
    if spec.has_symbol:
        row.symbol_normalized = normalize_symbol(target.get("symbol") or "")
    session.flush()
    if kind == "meetings":
        session.execute(delete(meeting_mandates).where(meeting_mandates.c.meeting_id == record_id))
        rows = [
            {"meeting_id": record_id, "resolution_id": rid, "position": n}
            for n, rid in enumerate(target.get("mandate_ids") or [])
        ]
        if rows:
            session.execute(insert(meeting_mandates), rows)


def _keep_merge_bases(session: Session, kind: str, ids: Sequence[str]) -> None:
    """Copy the implicit merge bases of these records before they change.

    A SyncBase whose snapshot is NULL stands for the record as stored (an import adds
    records so); once the record changes, the base must be a copy of its old content.
    """
    implicit: list[str] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        implicit += session.scalars(
            select(SyncBase.record_id).where(SyncBase.record_id.in_(chunk), SyncBase.snapshot.is_(None))
        )
    if implicit:  # one executemany (an ORM bulk update by primary key)
        snaps = read_snapshots(session, kind, ids=implicit)
        session.execute(update(SyncBase), [{"record_id": snap["id"], "snapshot": snap} for snap in snaps])


def write_snapshots(session: Session, items: Iterable[tuple[str, str, Snapshot | None]]) -> None:
    """Write several snapshots in order and bring the search index up to date."""
    items = list(items)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, _target in items:
        by_kind[kind].append(record_id)
    for kind, ids in by_kind.items():
        _keep_merge_bases(session, kind, ids)
    stamp_local_writes(session, items, read_snapshots)  # the changed fields' dots, for merging (clocks.py)
    touched: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, target in items:
        write_snapshot(session, kind, record_id, target)
        touched[kind].append(record_id)
        if kind == "paragraphs" and target is not None:
            touched["resolutions"].append(target["resolution_id"])
    session.flush()
    for kind, ids in touched.items():
        search_index.reindex(session.connection(), kind, ids)
    change_log.append(session, writer_of(session), ((k, rid) for k, rid, _t in items))


def writer_of(session: Session) -> str:
    """The token of the Database that opened the session (its own writes are not news to it)."""
    return str(session.info.get("writer", ""))


# ---------------------------------------------------------------- reading


def resolve_id(session: Session, kind: str, text: str, *, field: str | None = None) -> str:
    """The full UUID of the live record of kind whose id is text or starts with it (>= 8 chars)."""
    spec = kind_spec(kind)
    model: Any = spec.model
    text = text.strip().lower()
    where = f"{field}: " if field else ""
    if len(text) < 8 or not _UUID.match(text):
        raise NotFound(
            f"{where}{text!r} is not a {spec.singular} id (a UUID or its first 8+ characters)"
        )
    ids = session.scalars(
        select(model.id)
        .where(model.id.startswith(text, autoescape=True), model.deleted_at.is_(None))
        .limit(2)
    ).all()
    if not ids:
        raise NotFound(f"{where}no {spec.singular} with id {text!r}")
    if len(ids) > 1:
        raise NotFound(
            f"{where}the id prefix {text!r} matches several {spec.name}; give more of it"
        )
    return ids[0]


def get_record(db: Database, kind: str, record_id: str) -> Record:
    """One live record by UUID or unique prefix."""
    spec = kind_spec(kind)
    with db.session(write=False) as s:
        full = resolve_id(s, spec.name, record_id)
        snap = _snapshots(s, spec, ids=[full])[0]
    return Record(spec.name, full, snap)


def list_records(
    db: Database, kind: str, *, where: dict[str, Any] | None = None, include_deleted: bool = False
) -> list[Record]:
    """Every live record of a kind (optionally filtered by field equality), in natural order."""
    spec = kind_spec(kind)
    model: Any = spec.model
    conditions = [getattr(model, spec.field(k).name) == v for k, v in (where or {}).items()]
    with db.session(write=False) as s:
        snaps = _snapshots(s, spec, conditions, include_deleted)
    return [Record(spec.name, snap["id"], snap) for snap in snaps]


def get_records(db: Database, kind: str, ids: Sequence[str]) -> dict[str, Record]:
    """Several live records by full UUID (for lazy table models); missing ones are absent."""
    spec = kind_spec(kind)
    with db.session(write=False) as s:
        snaps = _snapshots(s, spec, ids=list(ids), core=True)
    return {snap["id"]: Record(spec.name, snap["id"], snap) for snap in snaps}


def list_ids(db: Database, kind: str, *, where: dict[str, Any] | None = None) -> list[str]:
    """Ids of live records of a kind in natural order, without loading the records."""
    spec = kind_spec(kind)
    table = _columns(spec)
    conditions = [table[spec.field(k).name] == v for k, v in (where or {}).items()]
    with db.session(write=False) as s:
        stmt = select(table.id).where(table.deleted_at.is_(None), *conditions)
        return list(s.scalars(stmt.order_by(*_order(spec, table))))


def count(db: Database, kind: str, *, where: dict[str, Any] | None = None) -> int:
    """How many live records of a kind there are."""
    return count_each(db, [kind], where=where)[kind]


def count_each(
    db: Database, kinds: Sequence[str], *, where: dict[str, Any] | None = None
) -> dict[str, int]:
    """How many live records of each kind match where (the same fields for every kind).

    One statement for them all: a meeting's parts are counted together when the
    navigator opens it. It is written as SQL text from the tables' own names, with the
    values bound: SQLAlchemy compiles the same UNION of SELECTs built as expressions in
    about 5 ms, which the first meeting opened waited for.
    """
    specs = [kind_spec(kind) for kind in kinds]
    if not specs:
        return {}
    quote = db.engine.dialect.identifier_preparer.quote
    selects: list[str] = []
    values: list[Any] = []
    for n, spec in enumerate(specs):
        columns = _columns(spec)
        conditions = [f"{quote(columns.deleted_at.name)} IS NULL"]
        for k, v in (where or {}).items():
            column = columns[spec.field(k).name]
            values.append(bindparam(f"v{len(values)}", v, type_=column.type))
            conditions.append(f"{quote(column.name)} = :{values[-1].key}")
        table = quote(spec.model.__table__.name)  # type: ignore[attr-defined]
        # Only the schema's own names go into the text; every value is a bound parameter.
        sql = f"SELECT {n}, count(*) FROM {table} WHERE {' AND '.join(conditions)}"  # noqa: S608
        selects.append(sql)
    statement = text(" UNION ALL ".join(selects)).bindparams(*values)
    with db.session(write=False) as s:
        rows = s.execute(statement).all()
    found = {specs[n].name: total or 0 for n, total in rows}
    return {spec.name: found.get(spec.name, 0) for spec in specs}


# ---------------------------------------------------------------- changing


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


def _lock_parent(session: Session, spec: KindSpec, parent_id: str) -> None:
    """Lock the parent row (a meeting) of ordered records: positions in it are given one at a time."""
    parent = next(f.ref_kind for f in spec.fields if f.name == spec.parent_field)
    parent_model: Any = KINDS[parent or ""].model
    session.execute(select(parent_model.id).where(parent_model.id == parent_id).with_for_update())


def _next_position(session: Session, spec: KindSpec, parent_id: str) -> int:
    model: Any = spec.model
    _lock_parent(session, spec, parent_id)
    parent_col = getattr(model, spec.parent_field or "")
    top = session.scalar(
        select(func.max(model.position)).where(parent_col == parent_id, model.deleted_at.is_(None))
    )
    return 0 if top is None else top + 1


def _named(spec: KindSpec, snap: Snapshot) -> str:
    """A change's subject for the History: "meeting '2009-02-13  Regular meeting'" (label cut at 60)."""
    try:
        name = label(spec.name, snap)
    except (KeyError, TypeError):
        return spec.singular
    name = " ".join(name.split())
    return f"{spec.singular} '{name[:59] + '…' if len(name) > 60 else name}'"


def create_record(db: Database, kind: str, values: dict[str, Any]) -> Change:
    """Add a record; returns the Change (its one item's id is the new record's)."""
    spec = kind_spec(kind)
    now = utc_now()
    base: Snapshot = {f.name: f.default for f in spec.fields}
    base.update(id=new_uuid(), created_at=now, updated_at=now, deleted_at=None)
    with db.session() as s:
        snap = _checked(s, spec, values, base)
        if spec.ordered and snap.get("position") is None:
            snap["position"] = _next_position(s, spec, snap[spec.parent_field or ""])
        write_snapshots(s, [(spec.name, snap["id"], snap)])
    return Change(f"Add {_named(spec, snap)}", (ChangeItem(spec.name, snap["id"], None, snap),))


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
        before = _snapshots(s, spec, ids=[full], lock=True)[0]
        after = _checked(s, spec, values, before)
        _refuse_stale(spec, before, after, based_on, expected)
        if after == before:
            return Change(f"Edit {spec.singular}", ())
        after["updated_at"] = utc_now()
        write_snapshots(s, [(spec.name, full, after)])
    return Change(f"Edit {_named(spec, after)}", (ChangeItem(spec.name, full, before, after),))


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


def _owned(session: Session, spec: KindSpec, ids: list[str]) -> list[tuple[str, Snapshot]]:
    """The records (kind, snapshot) that go with these: children, their children, translations."""
    out: list[tuple[str, Snapshot]] = []
    for child_kind, fk in spec.children:
        child = KINDS[child_kind]
        model: Any = child.model
        snaps = _snapshots(session, child, [getattr(model, fk).in_(ids)])
        out += [(child_kind, c) for c in snaps]
        if snaps:
            out += _owned(session, child, [c["id"] for c in snaps])
    return out


def _delete_plan(session: Session, spec: KindSpec, full: str) -> tuple[list[ChangeItem], list[str]]:
    """Items of a cascading delete, plus labels of records that block it."""
    now = utc_now()
    doomed = [(spec.name, _snapshots(session, spec, ids=[full])[0])]
    doomed += _owned(session, spec, [full])
    translations = KINDS["translations"]
    all_ids = [snap["id"] for _, snap in doomed]
    doomed += [
        ("translations", t)
        for t in _snapshots(
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
    blockers: list[str] = []
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
            for snap in _snapshots(session, other, cond):
                if f.on_delete == "nullify" or f.type == "refs":
                    after = dict(snap)
                    if f.type == "refs":
                        after[f.name] = [v for v in snap[f.name] if v not in doomed_ids]
                    else:
                        after[f.name] = None
                    after["updated_at"] = now
                    items.append(ChangeItem(other.name, snap["id"], snap, after))
                else:
                    blockers.append(f"{other.singular} {label(other.name, snap)!r} ({f.name})")
    return items, blockers


def preview_delete(db: Database, kind: str, record_id: str) -> list[Record]:
    """What deleting this record takes with it (the record first), to ask the user first."""
    spec = kind_spec(kind)
    with db.session(write=False) as s:
        full = resolve_id(s, spec.name, record_id)
        items, _ = _delete_plan(s, spec, full)
    return [Record(i.kind, i.id, i.before or {}) for i in items if not _live(i.after)]


def delete_record(db: Database, kind: str, record_id: str) -> Change:
    """Delete a record and what it owns (tombstones), unlinking records that only refer to it."""
    spec = kind_spec(kind)
    with db.session() as s:
        full = resolve_id(s, spec.name, record_id)
        items, blockers = _delete_plan(s, spec, full)
        if blockers:
            more = f" and {len(blockers) - 3} more" if len(blockers) > 3 else ""
            raise StillReferenced(
                f"cannot delete {spec.singular} {label(spec.name, items[0].before or {})!r}: "
                f"still referred to by {', '.join(blockers[:3])}{more}"
            )
        write_snapshots(s, [(i.kind, i.id, i.after) for i in items])
    owned = len([i for i in items if not _live(i.after)]) - 1
    suffix = f" with {owned} related record{'s' if owned != 1 else ''}" if owned else ""
    return Change(f"Delete {_named(spec, items[0].before or {})}{suffix}", tuple(items))


def move_record(db: Database, kind: str, record_id: str, new_index: int) -> Change:
    """Move an ordered record (intervention, action, ...) to new_index among its siblings."""
    spec = kind_spec(kind)
    if not spec.ordered:
        raise InvalidValue(spec.name, "position", f"{spec.name} have no order to change")
    model: Any = spec.model
    with db.session() as s:
        full = resolve_id(s, spec.name, record_id)
        me = _snapshots(s, spec, ids=[full])[0]
        parent = spec.parent_field or ""
        _lock_parent(s, spec, me[parent])
        siblings = _snapshots(s, spec, [getattr(model, parent) == me[parent]])
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
        current = _current(s, change.items, lock=True)
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


def _current(session: Session, items: Sequence[ChangeItem], *, lock: bool = False) -> dict[str, Snapshot]:
    """The stored snapshots (tombstones included) of the records items touch (lock: kept locked)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for item in items:
        by_kind[item.kind].append(item.id)
    out: dict[str, Snapshot] = {}
    for kind, ids in by_kind.items():
        out.update((snap["id"], snap) for snap in read_snapshots(session, kind, ids=ids, lock=lock))
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
    if _live(stored) != _live(after):
        wanted = None if _live(after) else (after or {}).get("deleted_at") or utc_now()
        if lost or _live(stored) != _live(before):
            lost.append(FieldConflict(item.kind, item.id, "deleted_at", wanted, stored.get("deleted_at")))
        else:
            target["deleted_at"] = wanted
    if target != stored:
        target["updated_at"] = utc_now()
    return target, lost
