"""Snapshots <-> table rows: reading records as plain dicts and writing them back, each write
a new version, logged for the other windows and indexed for search.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, delete, insert, select, update
from sqlalchemy.orm import Session

from migdesk.domain.symbols import normalize_symbol
from migdesk.services.clocks import stamp_local_writes
from migdesk.services.kinds import KINDS, META_FIELDS, KindSpec
from migdesk.services.records.types import Snapshot
from migdesk.store import change_log
from migdesk.store import search as search_index
from migdesk.store.models import SyncBase, meeting_mandates, utc_now

_NATURAL_ORDER: dict[str, tuple[str, ...]] = {
    "meetings": ("date", "title"),
    "resolutions": ("year", "symbol"),
    "documents": ("date", "symbol"),
    "events": ("start_date", "title"),
    "organizations": ("name",),
    "persons": ("name",),
    "paragraphs": ("resolution_id", "number"),
}


def natural_order(spec: KindSpec, source: Any = None) -> list[Any]:
    """The natural order's columns, of the ORM class or of source (the table's columns)."""
    model: Any = spec.model if source is None else source
    if spec.ordered:
        names: tuple[str, ...] = (spec.parent_field or "id", "position")
    else:
        names = _NATURAL_ORDER.get(spec.name, ())
    # The id last: the same order on every engine when records were created together.
    return [getattr(model, n) for n in (*names, "created_at", "id")]


@cache
def stored_fields(kind: str) -> tuple[tuple[str, Any], ...]:
    """(column, default) of a kind's own fields as its table stores them.

    The one mapping of a snapshot onto its table row (refs live in link tables): reading
    snapshots, writing one record (write_snapshot) and the importer's bulk insert use it.
    """
    return tuple((f.name, f.default) for f in KINDS[kind].fields if f.type != "refs")


def symbol_key(snap: Snapshot) -> str:
    """The stored search key of a record's symbol (symbol_normalized)."""
    return normalize_symbol(snap.get("symbol") or "")


def mandate_rows(meeting_id: str, mandate_ids: Sequence[str]) -> list[dict[str, Any]]:
    """A meeting's rows in meeting_mandates, in the snapshot's order."""
    return [{"meeting_id": meeting_id, "resolution_id": rid, "position": n}
            for n, rid in enumerate(mandate_ids)]


def table_columns(spec: KindSpec) -> Any:
    """The table's columns, by name: statements on them are Core statements.

    SQLAlchemy compiles a Core statement in much less time than the same one on the ORM
    class (what the first table of each kind waits for), but a session does not flush
    pending changes before running one: only for reads in a session of their own.
    """
    return spec.model.__table__.c  # type: ignore[attr-defined]


def _dated(columns: Sequence[Any], names: Sequence[str]) -> list[str]:
    """The names of the date and date-time columns (their values are written ISO)."""
    return [n for n, c in zip(names, columns, strict=True) if isinstance(c.type, Date | DateTime)]


def spec_snapshots(
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
    model: Any = table_columns(spec) if core else spec.model
    names = [name for name, _default in stored_fields(spec.name)] + list(META_FIELDS)
    columns = [getattr(model, name) for name in names]
    stmt = select(*columns).where(*where)
    if not include_deleted:
        stmt = stmt.where(model.deleted_at.is_(None))
    if lock:
        stmt = stmt.with_for_update()
    rows: list[Any] = []
    if ids is None:
        rows = list(session.execute(stmt.order_by(*natural_order(spec, model))))
    else:
        # Fetched by primary key and returned in the order asked for. An ORDER BY here
        # would let SQLite walk a whole ordering index instead (70 ms for 100 rows).
        for start in range(0, len(ids), 500):
            rows += session.execute(stmt.where(model.id.in_(ids[start : start + 500])))
        position = {record_id: n for n, record_id in enumerate(ids)}
        rows.sort(key=lambda row: position.get(row[names.index("id")], 0))
    # A dict per row in one C call; then only the date columns are converted.
    snaps = [dict(zip(names, row, strict=True)) for row in rows]
    for name in _dated(columns, names):
        for snap in snaps:
            if snap[name] is not None:
                snap[name] = snap[name].isoformat()
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
    core: bool = False,
) -> list[Snapshot]:
    """Snapshots of one kind (tombstones included by default), optionally only these ids.

    lock: keep the rows locked against other writers until the transaction ends.
    core: read with a Core statement, without the ORM's row loading (see table_columns:
    only in a session with no pending changes).
    """
    return spec_snapshots(session, KINDS[kind], where, include_deleted, ids, lock=lock, core=core)


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
    for name, default in stored_fields(kind):
        setattr(row, name, _db_value(spec, name, target.get(name, default)))
    for name in ("created_at", "updated_at", "deleted_at"):
        setattr(row, name, target.get(name))
    # Every write is a new version, undo and redo included; the snapshot says which.
    row.version = 1 if row.version is None else row.version + 1
    target["version"] = row.version
    if spec.has_symbol:
        row.symbol_normalized = symbol_key(target)
    session.flush()
    if kind == "meetings":
        session.execute(delete(meeting_mandates).where(meeting_mandates.c.meeting_id == record_id))
        rows = mandate_rows(record_id, target.get("mandate_ids") or [])
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


def _indexed_records(session: Session, items: list[tuple[str, str, Snapshot | None]]) -> dict[str, list[str]]:
    """The records whose search entries these writes change, by kind: the records
    themselves and the resolutions of the paragraphs written (a resolution's entry holds
    its paragraphs' text), those they belong to now and those they will."""
    indexed: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, target in items:
        indexed[kind].append(record_id)
        if kind == "paragraphs" and target is not None:
            indexed["resolutions"].append(target["resolution_id"])
    paragraphs = table_columns(KINDS["paragraphs"])
    written = indexed.get("paragraphs", [])
    for start in range(0, len(written), 500):  # on the connection: nothing pending is flushed
        indexed["resolutions"] += session.connection().scalars(
            select(paragraphs.resolution_id).where(paragraphs.id.in_(written[start : start + 500])))
    return indexed


def write_snapshots(session: Session, items: Iterable[tuple[str, str, Snapshot | None]]) -> None:
    """Write several snapshots in order and bring the search index up to date.

    The records' search entries are removed before the first write and made again after
    the last (search.forget, then search.reindex: the index reads the text it removes).
    """
    items = list(items)
    indexed = _indexed_records(session, items)
    for kind, ids in indexed.items():
        search_index.forget(session.connection(), kind, ids)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, _target in items:
        by_kind[kind].append(record_id)
    for kind, ids in by_kind.items():
        _keep_merge_bases(session, kind, ids)
    stamp_local_writes(session, items, read_snapshots)  # the changed fields' dots, for merging (clocks.py)
    for kind, record_id, target in items:
        write_snapshot(session, kind, record_id, target)
    session.flush()
    for kind, ids in indexed.items():
        search_index.reindex(session.connection(), kind, ids)
    change_log.append(session, writer_of(session), ((k, rid) for k, rid, _t in items))


def writer_of(session: Session) -> str:
    """The token of the Database that opened the session (its own writes are not news to it)."""
    return str(session.info.get("writer", ""))

