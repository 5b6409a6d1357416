"""Writing a planned import: new records inserted in bulk, changed ones field by field, the
clocks, the history of values set aside, the merge bases and the sender as a peer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from migdesk.services.clocks import MERGE_WRITES_CLOCKS, save_clocks
from migdesk.services.exchange.fields import words
from migdesk.services.exchange.lookups import CHUNK
from migdesk.services.exchange.peers import installation_id
from migdesk.services.exchange.plan import Planned
from migdesk.services.exchange.progress import Progress, Steps
from migdesk.services.exchange_file import ExchangeContent
from migdesk.services.kinds import KINDS
from migdesk.services.records import Snapshot, write_snapshots, writer_of
from migdesk.services.records.rows import mandate_rows, stored_fields, symbol_key
from migdesk.store import change_log
from migdesk.store import search as search_index
from migdesk.store.bulk import insert_rows, insert_values
from migdesk.store.models import Blob, HistoryEntry, SyncBase, SyncPeer, meeting_mandates, utc_now

_WRITE_CHUNK = 5_000  # new records per insert between two progress steps
_BASE_COLUMNS = ("record_id", "kind", "snapshot", "exchanged_at")  # of sync_base, in rows' order


@cache
def _columns(kind: str) -> tuple[tuple[str, Any], ...]:
    """(column, default) of the values a snapshot carries into its table row."""
    # A new record keeps the sender's version (an unchanged record reads alike everywhere).
    meta = tuple((name, None) for name in ("id", "created_at", "updated_at", "deleted_at", "version"))
    return meta + stored_fields(kind)


@cache
def _column_names(kind: str) -> tuple[str, ...]:
    names = tuple(name for name, _default in _columns(kind))
    return (*names, "symbol_normalized") if KINDS[kind].has_symbol else names


def _rows(kind: str, snaps: list[Snapshot]) -> Iterator[tuple[Any, ...]]:
    """The table rows of snapshots, in the order of _column_names (records.rows' mapping).

    Dates stay ISO text, as the table stores them: the file's dates were checked to be real.
    """
    columns = _columns(kind)
    values = itemgetter(*(name for name, _default in columns))
    symbol = KINDS[kind].has_symbol
    for snap in snaps:
        try:  # a snapshot from a file has every field (the schema requires them all)
            row = values(snap)
        except KeyError:
            row = tuple(snap.get(name, default) for name, default in columns)
        yield (*row, symbol_key(snap)) if symbol else row



def _insert_new(s: Session, planned: list[Planned], steps: Steps) -> None:
    """Insert records this database never had, in bulk (write_snapshots goes row by row)."""
    by_kind: dict[str, list[Snapshot]] = defaultdict(list)
    for p in planned:
        by_kind[p.kind].append(p.result)
    # A resolution's search text includes its paragraphs: new paragraphs of resolutions
    # this database already had change their entries (removed before, made again after).
    added = {snap["id"] for snap in by_kind.get("resolutions", [])}
    older = sorted({p["resolution_id"] for p in by_kind.get("paragraphs", [])} - added)
    search_index.forget(s.connection(), "resolutions", older)
    for kind, snaps in by_kind.items():
        table = KINDS[kind].model.__table__  # type: ignore[attr-defined]
        for start in range(0, len(snaps), _WRITE_CHUNK):
            chunk = snaps[start : start + _WRITE_CHUNK]
            insert_values(s.connection(), table, _column_names(kind), _rows(kind, chunk))
            steps.step(len(chunk), f"Writing {words(kind)}")
        if kind == "meetings":
            mandates = [row for snap in snaps for row in mandate_rows(snap["id"], snap["mandate_ids"])]
            insert_rows(s.connection(), meeting_mandates, mandates)
    s.flush()
    change_log.append(s, writer_of(s), ((kind, None) for kind in by_kind))  # many at once
    new_ids = {kind: [snap["id"] for snap in snaps] for kind, snaps in by_kind.items()}
    for kind, ids in new_ids.items():
        if kind in search_index.searchable_kinds():
            search_index.reindex(s.connection(), kind, ids, new=True)
            steps.step(len(ids), f"Indexing {words(kind)} for search")
    search_index.reindex(s.connection(), "resolutions", older)


def _insert_blobs(s: Session, blobs: dict[str, bytes]) -> None:
    """Store the attachment contents this database does not have yet."""
    shas = list(blobs)
    have: set[str] = set()
    for start in range(0, len(shas), CHUNK):
        have.update(s.scalars(select(Blob.sha256).where(Blob.sha256.in_(shas[start : start + CHUNK]))))
    rows = [{"sha256": sha, "size": len(data), "data": data} for sha, data in blobs.items() if sha not in have]
    if rows:
        s.execute(insert(Blob), rows)


class Origin(NamedTuple):
    """Where merged content came from, as the history and the undo step name it."""

    history: str  # "import of FILE" / "sync with LOCATION" (history entries add "from INSTALLATION")
    title: str  # the Change's description: "Import FILE"
    file: str  # history entries' source_file


def apply(s: Session, content: ExchangeContent, planned: list[Planned], source: str,
          progress: Progress, with_clocks: bool, origin: Origin) -> None:
    """Write the planned merge (the caller's transaction makes it all or nothing).

    With clocks the merge writes each record's clock itself; a file without them is
    written as changes of this installation (their fields get our dots).
    """
    _insert_blobs(s, content.blobs)
    writes = [p for p in planned if p.write]
    new = [p for p in writes if p.local is None]
    changed = [(p.kind, p.incoming["id"], p.result) for p in writes if p.local is not None]
    bases = [p for p in planned if not p.base_current]
    searchable = search_index.searchable_kinds()
    indexed = sum(p.kind in searchable for p in new)
    steps = Steps(progress, len(new) + indexed + len(changed) + len(bases))
    steps.step(0, "Writing")
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, _result in changed:
        by_kind[kind].append(record_id)
    for kind, ids in by_kind.items():  # load the rows in bulk so that updates find them cached
        model: Any = KINDS[kind].model
        for start in range(0, len(ids), CHUNK):
            s.scalars(select(model).where(model.id.in_(ids[start : start + CHUNK]))).all()
    _insert_new(s, new, steps)
    s.info[MERGE_WRITES_CLOCKS] = with_clocks
    try:
        for start in range(0, len(changed), CHUNK):
            chunk = changed[start : start + CHUNK]
            write_snapshots(s, chunk)
            steps.step(len(chunk), "Writing changed records")
    finally:
        s.info.pop(MERGE_WRITES_CLOCKS, None)
    save_clocks(s, {p.incoming["id"]: p.clock for p in planned if p.clock is not None})
    now = utc_now()
    s.add_all(
        HistoryEntry(record_id=p.incoming["id"], kind=p.kind, field=a.field, value=a.value,
                     source=f"{origin.history} from {source}", recorded_at=now, note=a.note,
                     source_installation=a.author, source_file=origin.file)
        for p in planned for a in p.history
    )
    # The base becomes what the sender holds. exchanged_at moves only for records this
    # import changed (content or clock: a decided conflict is news), so that "changes
    # since the last file" relays them to others. A new
    # record is stored exactly as received: its base is the record itself (snapshot NULL)
    # until it changes here, which saves a copy of every record of a first import.
    table: Any = SyncBase.__table__
    for written in (True, False):
        rows = [(p.incoming["id"], p.kind, None if p.local is None else p.incoming, now)
                for p in bases if (p.write or p.clock is not None) == written]
        rows.sort(key=itemgetter(0))  # in key order SQLite appends to the index: faster
        update = ("kind", "snapshot", "exchanged_at") if written else ("kind", "snapshot")
        insert_values(s.connection(), table, _BASE_COLUMNS, rows, upsert_on="record_id", update=update)
        steps.step(len(rows), "Recording what was exchanged")
    if source == installation_id(s):
        return  # our own file coming back: no colleague to remember
    peer = s.get(SyncPeer, source)
    if peer is None:
        peer = SyncPeer(installation_id=source)
        s.add(peer)
    peer.last_received_at = now
