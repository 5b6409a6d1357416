"""Exchange between delegates: export a .migdesk file, preview and import one.

    export_file(db, "for-maria.migdesk")                        # everything
    export_file(db, path, meeting_ids=["b2077722"])             # meetings + what they use
    export_file(db, path, since_peer=installation_id)           # changes since last file
    report = import_file(db, path, dry_run=True)                # preview
    report = import_file(db, path, resolutions={(id, "title"): "Agreed title"})

An import reads and checks the whole file first (exchange_file.py), then checks
references against the database, merges every record by UUID (merge.py) and writes
everything in one transaction. Values that lose a conflict go to the record's history
(HistoryEntry): nothing is lost. The file format is described in docs/exchange-format.md.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from migdesk import __version__
from migdesk.domain.symbols import normalize_symbol
from migdesk.services import contacts, import_invariants, merge, translation_keys
from migdesk.services.clocks import (
    MERGE_WRITES_CLOCKS,
    NO_CLOCK,
    Clock,
    Dot,
    load_clocks,
    next_dot,
    save_clocks,
)
from migdesk.services.errors import MigdeskError, NotFound
from migdesk.services.exchange_file import (
    CLOCKS_FORMAT,
    SUFFIX,
    ExchangeContent,
    ExchangeFileError,
    Lock,
    Unlock,
    read_exchange_file,
    validate,
    write_exchange_file,
)
from migdesk.services.identity import load_identity, load_or_create_identity
from migdesk.services.kinds import KINDS, label
from migdesk.services.records import (
    Change,
    ChangeItem,
    Snapshot,
    read_snapshots,
    resolve_id,
    write_snapshots,
    writer_of,
)
from migdesk.services.set_aside import Aside
from migdesk.store import change_log
from migdesk.store import search as search_index
from migdesk.store.bulk import insert_rows, insert_values
from migdesk.store.database import Database, head_revision, known_revisions
from migdesk.store.models import Blob, HistoryEntry, SyncBase, SyncPeer, meeting_mandates, utc_now

__all__ = [
    "SUFFIX",
    "Conflict",
    "ExchangeFileError",
    "ImportReport",
    "Lock",
    "Peer",
    "RecordChange",
    "export_file",
    "import_file",
    "list_peers",
]

OnConflict = Literal["keep-local", "take-incoming"]
Resolutions = Mapping[tuple[str, str], Any]  # (record id, field) -> the value to keep
_CHUNK = 500
_WRITE_CHUNK = 5_000  # new records per insert between two progress steps


class Progress(Protocol):
    """What long exchange work reports to (the GUI's workers.Progress fits)."""

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """How far the work got (total 0: unknown)."""

    def check(self) -> None:
        """Raise (any exception) to cancel; the transaction is then rolled back."""


class _Phase:
    """A phase's share [start, end] of one progress bar (of SCALE steps) over a whole task."""

    SCALE = 1000

    def __init__(self, progress: Progress, start: float, end: float) -> None:
        self.progress, self.start, self.end = progress, start, end

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Report done of total within the phase (total 0: its start)."""
        part = min(done / total, 1.0) if total > 0 else 0.0
        self.progress.report(round(self.SCALE * (self.start + (self.end - self.start) * part)),
                             self.SCALE, text)

    def check(self) -> None:
        """Raise to cancel (the whole task's check)."""
        self.progress.check()


class _Silent:
    def report(self, done: int, total: int = 0, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


@cache
def _fields(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in KINDS[kind].fields)


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Conflict:
    """A record changed on both sides: the fields that differ, with both values."""

    kind: str
    id: str
    label: str
    fields: tuple[str, ...]
    local: dict[str, Any]
    incoming: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        """The CLI's conflict object."""
        return {"kind": self.kind, "id": self.id, "fields": list(self.fields),
                "local": self.local, "incoming": self.incoming}


class RecordChange(NamedTuple):
    """One record an import adds, updates or deletes (for the preview list).

    A named tuple: a whole-database file makes 100,000 of them.
    """

    kind: str
    id: str
    snapshot: Snapshot  # the record as the import leaves it
    action: str  # added, updated, deleted

    @property
    def label(self) -> str:
        """The record's short name (made when asked: a whole-database file has 100,000)."""
        return label(self.kind, self.snapshot)


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do).

    Every record of the file counts once in added, updated, deleted or unchanged;
    conflicts are listed on top (a conflict kept local leaves its record unchanged).
    """

    path: Path
    source_installation: str
    exported_at: str
    dry_run: bool
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    changes: list[RecordChange] = field(default_factory=list)
    change: Change | None = None  # what was written, as one Change (None for a dry run)
    undo_refused: str | None = None  # why the import cannot be undone, if it cannot
    format_version: int = CLOCKS_FORMAT

    @property
    def merged_by(self) -> str:
        """How records were merged: "clocks", or "bases" for a file of an older format."""
        return "clocks" if self.format_version >= CLOCKS_FORMAT else "bases"
    trust: contacts.Trust | None = None  # who signed the file, and whether the key is known
    encrypted: bool = False

    def to_json(self) -> dict[str, Any]:
        """The CLI's `import --json` object."""
        return {"added": self.added, "updated": self.updated, "deleted": self.deleted,
                "unchanged": self.unchanged, "conflicts": [c.to_json() for c in self.conflicts],
                "format_version": self.format_version, "merged_by": self.merged_by,
                "signature": self.trust.to_json() if self.trust else None,
                "encrypted": self.encrypted}

    def summary(self) -> str:
        """One human line."""
        verb = "would import" if self.dry_run else "imported"
        line = (f"{self.path.name}: {verb}: {self.added} added, {self.updated} updated, "
                f"{self.deleted} deleted, {self.unchanged} unchanged")
        if self.conflicts:
            n = len(self.conflicts)
            line += f"; {n} conflict{'s' if n != 1 else ''} (local values kept unless told otherwise)"
        if self.merged_by == "bases":
            line += (f"; exchange format {self.format_version} has no change clocks: merged with "
                     "each record's last exchanged version")
        return line


@dataclass(frozen=True)
class Peer:
    """A colleague's installation files were exchanged with."""

    installation_id: str
    name: str | None
    last_sent_at: str | None
    last_received_at: str | None


def list_peers(db: Database) -> list[Peer]:
    """Colleagues' installations known from earlier exchanges, most recent first."""
    with db.session() as s:
        rows = s.scalars(select(SyncPeer)).all()
        peers = [Peer(r.installation_id, r.name, r.last_sent_at, r.last_received_at) for r in rows]
    return sorted(peers, key=lambda p: max(p.last_sent_at or "", p.last_received_at or ""), reverse=True)


# ---------------------------------------------------------------- export


@cache
def _ref_fields(kind: str) -> tuple[tuple[str, str, bool], ...]:
    """(field, kind referred to, whether it holds one id) of a kind's reference fields."""
    return tuple((f.name, f.ref_kind, f.type == "ref") for f in KINDS[kind].fields if f.ref_kind is not None)


def _refs(kind: str, snap: Snapshot) -> Iterable[tuple[str, str]]:
    """(kind, id) of every record this one refers to."""
    for name, ref_kind, single in _ref_fields(kind):
        value = snap.get(name)
        if value is None:
            continue
        if single:
            yield ref_kind, value
        elif isinstance(value, list):
            yield from ((ref_kind, v) for v in value)


def _closure(s: Session, meeting_ids: list[str]) -> dict[str, list[Snapshot]]:
    """Chosen meetings with everything they own and refer to, transitively, and translations."""
    found: dict[str, dict[str, Snapshot]] = defaultdict(dict)
    todo: dict[str, set[str]] = {"meetings": set(meeting_ids)}
    while todo:
        batch, todo = todo, {}
        for kind, ids in batch.items():
            new = [i for i in ids if i not in found[kind]]
            if not new:
                continue
            for snap in read_snapshots(s, kind, ids=new):
                found[kind][snap["id"]] = snap
                for ref_kind, ref_id in _refs(kind, snap):
                    if ref_id not in found[ref_kind]:
                        todo.setdefault(ref_kind, set()).add(ref_id)
            if kind == "organizations":
                continue  # an organization does not own its people: they come by reference
            for child_kind, fk in KINDS[kind].children:
                model: Any = KINDS[child_kind].model
                for snap in read_snapshots(s, child_kind, where=[getattr(model, fk).in_(new)]):
                    if snap["id"] not in found[child_kind]:
                        todo.setdefault(child_kind, set()).add(snap["id"])
    all_ids = [i for snaps in found.values() for i in snaps]
    model = KINDS["translations"].model
    for start in range(0, len(all_ids), _CHUNK):
        chunk = all_ids[start : start + _CHUNK]
        for snap in read_snapshots(s, "translations", where=[model.record_id.in_(chunk)]):  # type: ignore[attr-defined]
            found["translations"][snap["id"]] = snap
    return {k: list(found[k].values()) for k in KINDS if found.get(k)}


def _since(s: Session, peer: SyncPeer) -> dict[str, list[Snapshot]]:
    """Records changed here, or received from anyone, since the last file sent to peer."""
    since = peer.last_sent_at
    out: dict[str, list[Snapshot]] = {}
    for kind, spec in KINDS.items():
        model: Any = spec.model
        if since is None:
            out[kind] = read_snapshots(s, kind)
            continue
        received = select(SyncBase.record_id).where(SyncBase.kind == kind, SyncBase.exchanged_at > since)
        out[kind] = read_snapshots(s, kind, where=[(model.updated_at > since) | model.id.in_(received)])
    return out


def _parent_diff(kind: str, snap: Snapshot, base: Snapshot) -> dict[str, Any]:
    """The fields whose value in base differs from snap (base's deleted_at if that differs)."""
    diff = {f: base.get(f) for f in _fields(kind) if base.get(f) != snap.get(f)}
    if (base.get("deleted_at") is None) != (snap.get("deleted_at") is None):
        diff["deleted_at"] = base.get("deleted_at")
    return diff


def _bases(s: Session, ids: Sequence[str]) -> dict[str, Snapshot | None]:
    """The merge bases of these records; None: the record as stored here is its base."""
    out: dict[str, Snapshot | None] = {}
    if len(ids) > 5 * _CHUNK:  # many ids (a first import): look up which have a base at all
        wanted = set(ids)
        ids = [i for i in s.scalars(select(SyncBase.record_id)) if i in wanted]
    for start in range(0, len(ids), _CHUNK):
        rows = s.execute(select(SyncBase.record_id, SyncBase.snapshot)
                         .where(SyncBase.record_id.in_(ids[start : start + _CHUNK])))
        out.update({record_id: snapshot for record_id, snapshot in rows})
    return out


def _base_of(bases: Mapping[str, Snapshot | None], record_id: str, local: Snapshot | None) -> Snapshot | None:
    """A record's merge base: its stored copy, the local record itself (implicit), or none."""
    if record_id not in bases:
        return None
    return bases[record_id] if bases[record_id] is not None else local


def export_file(
    db: Database,
    path: Path | str,
    *,
    meeting_ids: Sequence[str] = (),
    since_peer: str | None = None,
    progress: Progress | None = None,
    lock: Lock | None = None,
) -> str:
    """Write an exchange file; returns a one-line summary.

    Everything, or the chosen meetings (ids or 8+ character prefixes) with all they
    use, or what changed since the last file sent to the installation since_peer.
    The file is signed by this installation's identity (made at the first export) and,
    with a lock, encrypted. It is written to a temporary name and renamed: never half a file.
    """
    path = Path(path)
    progress = progress or _Silent()
    if meeting_ids and since_peer:
        raise MigdeskError("export: choose meetings or changes since a colleague's last file, not both")
    if not path.parent.is_dir():
        raise MigdeskError(f"{path}: the folder {path.parent} does not exist")
    with db.session() as s:
        started = utc_now()
        installation = _installation_id(s)
        peer: SyncPeer | None = None
        scope: dict[str, Any]
        progress.report(0, 0, "Collecting records")
        if meeting_ids:
            full = [resolve_id(s, "meetings", m, field="--meeting") for m in meeting_ids]
            records = _closure(s, full)
            scope = {"mode": "meetings", "meeting_ids": full}
        elif since_peer:
            peer = _find_peer(s, since_peer)
            records = _since(s, peer)
            scope = {"mode": "since-peer", "peer": peer.installation_id, "since": peer.last_sent_at}
        else:
            records = {kind: read_snapshots(s, kind) for kind in KINDS}
            scope = {"mode": "everything"}
        progress.check()
        ids = [snap["id"] for snaps in records.values() for snap in snaps]
        bases = _bases(s, ids)
        parents: dict[str, dict[str, Any] | None] = {
            snap["id"]: _parent_diff(kind, snap, _base_of(bases, snap["id"], snap) or snap)
            for kind, snaps in records.items() for snap in snaps if snap["id"] in bases
        }
        clocks = {rid: clock.to_json() for rid, clock in load_clocks(s, ids).items()}
        shas = sorted({a["sha256"] for a in records.get("attachments", [])})
        blobs = ((sha, s.get(Blob, sha)) for sha in shas)
        manifest = {"schema_revision": head_revision(), "app_version": __version__,
                    "exported_at": started, "installation_id": installation, "scope": scope}
        progress.report(1, 2, "Writing the file")
        try:
            size = write_exchange_file(path, manifest, records, parents,
                                       ((sha, b.data) for sha, b in blobs if b is not None), clocks,
                                       signer=load_or_create_identity(), lock=lock)
        except OSError as exc:
            raise MigdeskError(f"{path}: cannot be written ({exc.strerror or exc})") from None
        if peer is not None:
            peer.last_sent_at = started
        progress.report(2, 2, "Done")
    n = len(ids)
    return (f"{path}: {n} record{'s' if n != 1 else ''}, {len(shas)} attachment"
            f"{'s' if len(shas) != 1 else ''}, {size} bytes")


def _installation_id(s: Session) -> str:
    value = s.execute(text("SELECT value FROM settings WHERE key = 'installation_id'")).scalar_one()
    return str(value)


def _find_peer(s: Session, key: str) -> SyncPeer:
    key = key.strip().lower()
    rows = s.scalars(select(SyncPeer).where(SyncPeer.installation_id.startswith(key, autoescape=True))).all()
    if len(key) < 8 or not rows:
        raise NotFound(f"--since-last-to: no colleague installation {key!r} (files were never "
                       "exchanged with it)", code="no_such_peer", params={"id": key})
    if len(rows) > 1:
        raise NotFound(f"--since-last-to: {key!r} matches several installations; give more of it",
                       code="ambiguous_peer", params={"id": key})
    return rows[0]


# ---------------------------------------------------------------- import: checks


def _local_kinds(s: Session, ids: Sequence[str]) -> dict[str, str]:
    """id -> kind of the local rows (tombstones included) among ids."""
    out: dict[str, str] = {}
    wanted = set(ids)
    for kind, spec in KINDS.items():
        model: Any = spec.model
        if len(wanted) > 5 * _CHUNK:  # many ids: one scan of the table beats many IN lists
            out.update({i: kind for i in s.scalars(select(model.id)) if i in wanted})
            continue
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            out.update({i: kind for i in s.scalars(select(model.id).where(model.id.in_(chunk)))})
    return out


def _check_against_db(s: Session, path: Path, content: ExchangeContent) -> set[str]:
    """Ids keep their kind; references and attachment blobs resolve in the file or here.

    Returns the ids of the file's records that this database already has.
    """
    in_file = {snap["id"]: kind for kind, snaps in content.records.items() for snap in snaps}
    local = _local_kinds(s, list(in_file))
    for record_id, kind in in_file.items():
        if local.get(record_id, kind) != kind:
            raise ExchangeFileError(f"{path}: the id {record_id} is a {KINDS[kind].singular} in the "
                                    f"file but a {KINDS[local[record_id]].singular} here")
    wanted: dict[str, tuple[str, str, str]] = {}  # missing id -> (kind or "", referrer kind, field)
    for kind, snaps in content.records.items():
        for snap in snaps:
            for ref_kind, ref_id in _refs(kind, snap):
                if in_file.get(ref_id) != ref_kind:
                    wanted.setdefault(ref_id, (ref_kind, kind, "reference"))
            if kind == "translations" and snap["record_id"] not in in_file:
                wanted.setdefault(snap["record_id"], ("", kind, "record_id"))
    found = _local_kinds(s, list(wanted))
    for ref_id, (ref_kind, kind, what) in wanted.items():
        if ref_id not in found or (ref_kind and found[ref_id] != ref_kind):
            target = KINDS[ref_kind].singular if ref_kind else "record"
            raise ExchangeFileError(f"{path}: a {KINDS[kind].singular} refers to {target} {ref_id}, "
                                    f"which is neither in the file nor in this database ({what})")
    needed = {a["sha256"] for a in content.records["attachments"]} - set(content.blobs)
    for sha in sorted(needed):
        if s.get(Blob, sha) is None:
            raise ExchangeFileError(f"{path}: attachment content {sha[:12]}… is neither in the "
                                    "file nor in this database")
    for a in content.records["attachments"]:
        blob = content.blobs.get(a["sha256"])
        if blob is not None and len(blob) != a["size"]:
            raise ExchangeFileError(f"{path}: attachment {a['id']} declares {a['size']} bytes, "
                                    f"its content has {len(blob)}")
    return set(local)


def _check_no_cycles(s: Session, path: Path, results: dict[str, Snapshot]) -> None:
    """No organization may end up its own ancestor after the merge."""
    model: Any = KINDS["organizations"].model
    parent = {i: p for i, p in s.execute(select(model.id, model.parent_id))}
    parent.update({i: snap.get("parent_id") for i, snap in results.items()})
    for start in parent:
        seen = {start}
        current = parent.get(start)
        while current is not None:
            if current in seen:
                raise ExchangeFileError(f"{path}: importing it would make organization {start} "
                                        "its own ancestor (parent_id cycle)")
            seen.add(current)
            current = parent.get(current)


# ---------------------------------------------------------------- import: merge


@dataclass(slots=True)
class _Planned:
    kind: str
    incoming: Snapshot
    local: Snapshot | None
    result: Snapshot
    action: str  # added, updated, deleted, unchanged
    write: bool
    history: Sequence[Aside] = ()
    base_current: bool = False  # SyncBase already holds exactly the incoming version
    clock: Clock | None = None  # the record's clock to store (None: unchanged)


class _Resolver:
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
               clocks: tuple[Clock, Clock] | None, resolver: _Resolver, sender: str,
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


def _plan_record(kind: str, incoming: Snapshot, local: Snapshot | None, base: Snapshot | None,
                 content: ExchangeContent, clocks: tuple[Clock, Clock] | None,
                 resolver: _Resolver, sender: str, me: str, report: ImportReport) -> _Planned:
    fields = _fields(kind)
    if local is None:
        clock = clocks[1] if clocks is not None and (clocks[1].dots or clocks[1].seen) else None
        if incoming["deleted_at"] is not None:  # never had it: keep the tombstone, nothing shows
            return _Planned(kind, incoming, None, incoming, "unchanged", True, clock=clock)
        return _Planned(kind, incoming, None, incoming, "added", True, clock=clock)
    if merge.content_equal(fields, local, incoming):
        clock = merge.merged_clock({}, clocks, (), None) if clocks is not None else None
        clock = clock if clocks is not None and clock != clocks[0] else None
        return _Planned(kind, incoming, local, local, "unchanged", False, clock=clock)
    m = merge.merge_record(fields, local, incoming, _ancestors(content, incoming, local, base), clocks)
    history = _set_aside(kind, m, local, incoming, clocks, resolver, sender, me, report)
    clock = None
    if clocks is not None:
        new = merge.merged_clock(m.decisions, clocks, m.conflicts, resolver.dot() if m.conflicts else None)
        clock = new if new != clocks[0] else None
    result = m.result
    if merge.content_equal(fields, result, local):
        return _Planned(kind, incoming, local, local, "unchanged", False, history, clock=clock)
    if merge.content_equal(fields, result, incoming):
        result = {**incoming, "created_at": local["created_at"]}
    else:
        result["updated_at"] = utc_now()
    action = "deleted" if result.get("deleted_at") and not local.get("deleted_at") else "updated"
    return _Planned(kind, incoming, local, result, action, True, history, clock=clock)


def _check_resolved(path: Path, planned: list[_Planned], resolutions: Resolutions,
                    in_file: set[str], s: Session) -> None:
    """Values the user typed for conflicts must fit the field like any imported value."""
    touched = {rid for rid, _ in resolutions}
    for p in planned:
        if p.incoming["id"] in touched and p.write:
            validate(path, f"the value chosen for {p.kind} {p.incoming['id']}", p.kind, [p.result])
            refs = [r for r in _refs(p.kind, p.result) if r[1] not in in_file]
            found = _local_kinds(s, [r[1] for r in refs])
            for ref_kind, ref_id in refs:
                if found.get(ref_id) != ref_kind:
                    raise MigdeskError(f"the value chosen for {p.kind} {p.incoming['id']}: "
                                       f"no {KINDS[ref_kind].singular} {ref_id}")


def import_file(
    db: Database,
    path: Path | str,
    *,
    dry_run: bool = False,
    on_conflict: OnConflict | str = "keep-local",
    resolutions: Resolutions | None = None,
    progress: Progress | None = None,
    passphrase: str | None = None,
    accept_new_key: bool = False,
) -> ImportReport:
    """Check a whole exchange file, then merge it in one transaction (dry_run: write nothing).

    Conflicting fields keep the local value (on_conflict="keep-local") or take the
    incoming one ("take-incoming"); resolutions[(record id, field)] overrides both per
    field with any value (the GUI's keep mine / take theirs / edit). The value not kept
    goes to the record's history. An encrypted file is opened with passphrase or this
    installation's own key; a file signed by another key than the one known for its
    installation (or unsigned, when its files were signed before) is refused unless
    accept_new_key (a dry run reports it in report.trust).
    """
    if on_conflict not in ("keep-local", "take-incoming"):
        raise MigdeskError(f"on_conflict must be keep-local or take-incoming, not {on_conflict!r}")
    path = Path(path)
    whole = progress or _Silent()
    resolutions = dict(resolutions or {})
    # One bar for the whole import: checking the file, merging, writing, then saving.
    checking = _Phase(whole, 0.0, 0.75 if dry_run else 0.3)
    merging = _Phase(whole, checking.end, 1.0 if dry_run else 0.4)
    writing = _Phase(whole, merging.end, 0.9)

    def reading(done: int, total: int, name: str) -> None:
        kind = name.removeprefix("records/").removesuffix(".json")
        checking.report(done, total, f"Checking {_words(kind) if kind in KINDS else name}")
        checking.check()

    own = load_identity()
    unlock = Unlock(passphrase, (own.age_identity,) if own else ())
    content = read_exchange_file(path, known_revisions(), reading, unlock=unlock)
    rekeyed = translation_keys.rekey_file(content)  # a repair: ids derived from what they translate
    source = content.manifest["installation_id"]
    report = ImportReport(path, source, content.manifest["exported_at"], dry_run,
                          format_version=content.manifest["format_version"],
                          trust=contacts.judge(content.signer, source), encrypted=content.encrypted)
    if report.trust and report.trust.needs_acceptance and not (dry_run or accept_new_key):
        raise ExchangeFileError(f"{path}: {report.trust.line()}; refused: accept the new key "
                                "only once the sender confirmed it (--accept-new-key)")
    with_clocks = report.merged_by == "clocks"
    total = content.record_count
    # Written in bulk: the database checks references once, at the end (the file's were
    # checked by _check_against_db before anything is written).
    with (db.session(write=False) if dry_run else db.bulk_session()) as s:
        here = _check_against_db(s, path, content)
        me = _installation_id(s)
        resolver = _Resolver(s, on_conflict, resolutions, dry_run)
        planned: list[_Planned] = []
        done = 0
        for kind, snaps in content.records.items():
            ids = [snap["id"] for snap in snaps]
            known = [i for i in ids if i in here]
            locals_ = {snap["id"]: snap for snap in read_snapshots(s, kind, ids=known)} if known else {}
            bases = _bases(s, ids)
            mine = load_clocks(s, known) if with_clocks else {}
            for snap in snaps:
                local = locals_.get(snap["id"])
                base = _base_of(bases, snap["id"], local)
                theirs = content.clocks.get(snap["id"])
                clocks = ((mine.get(snap["id"], NO_CLOCK), Clock.from_json(theirs) if theirs else NO_CLOCK)
                          if with_clocks else None)
                plan = _plan_record(kind, snap, local, base, content, clocks, resolver, source, me, report)
                plan.base_current = base is not None and base == snap
                planned.append(plan)
            done += len(snaps)
            merging.report(done, total, f"Merging {_words(kind)}")
            merging.check()
        translation_keys.note_dropped(planned, rekeyed)
        in_file = {p.incoming["id"] for p in planned}
        _check_resolved(path, planned, resolutions, in_file, s)
        _check_no_cycles(s, path, {p.incoming["id"]: p.result for p in planned
                                   if p.kind == "organizations" and p.write})
        import_invariants.check_import(s, path, content, planned, f"import from {source}")
        counts = Counter(p.action for p in planned)
        report.added, report.updated = counts["added"], counts["updated"]
        report.deleted, report.unchanged = counts["deleted"], counts["unchanged"]
        report.changes = [RecordChange(p.kind, p.incoming["id"], p.result, p.action)
                          for p in planned if p.action != "unchanged"]
        if not dry_run:
            _apply(s, content, planned, source, path, writing, with_clocks)
            report.change = Change(
                f"Import {path.name}",
                tuple(ChangeItem(p.kind, p.incoming["id"], p.local, p.result)
                      for p in planned if p.write),
            )
            writing.report(1, 1, "Saving")
            writing.check()  # a cancel up to here rolls everything back
    if not dry_run and report.trust is not None:
        contacts.remember(report.trust)
    return report


@cache
def _columns(kind: str) -> tuple[tuple[str, Any], ...]:
    """(column, default) of the values a snapshot carries into its table row."""
    # A new record keeps the sender's version (an unchanged record reads alike everywhere).
    meta = tuple((name, None) for name in ("id", "created_at", "updated_at", "deleted_at", "version"))
    return meta + tuple((f.name, f.default) for f in KINDS[kind].fields if f.type != "refs")


@cache
def _column_names(kind: str) -> tuple[str, ...]:
    names = tuple(name for name, _default in _columns(kind))
    return (*names, "symbol_normalized") if KINDS[kind].has_symbol else names


def _rows(kind: str, snaps: list[Snapshot]) -> Iterator[tuple[Any, ...]]:
    """The table rows of snapshots, in the order of _column_names (as write_snapshot stores them).

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
        yield (*row, normalize_symbol(snap.get("symbol") or "")) if symbol else row


def _words(kind: str) -> str:
    """A kind as progress text says it ("agenda items")."""
    return kind.replace("_", " ")


class _Steps:
    """The write phase's progress, in records written, indexed and recorded.

    Every step ends with a cancel check: a cancel anywhere before the commit rolls the
    whole import back.
    """

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.done, self.total = progress, 0, max(total, 1)

    def step(self, units: int, text: str) -> None:
        self.done += units
        self.progress.report(min(self.done, self.total), self.total, text)
        self.progress.check()


def _insert_new(s: Session, planned: list[_Planned], steps: _Steps) -> None:
    """Insert records this database never had, in bulk (write_snapshots goes row by row)."""
    by_kind: dict[str, list[Snapshot]] = defaultdict(list)
    for p in planned:
        by_kind[p.kind].append(p.result)
    for kind, snaps in by_kind.items():
        table = KINDS[kind].model.__table__  # type: ignore[attr-defined]
        for start in range(0, len(snaps), _WRITE_CHUNK):
            chunk = snaps[start : start + _WRITE_CHUNK]
            insert_values(s.connection(), table, _column_names(kind), _rows(kind, chunk))
            steps.step(len(chunk), f"Writing {_words(kind)}")
        mandates = [{"meeting_id": snap["id"], "resolution_id": rid, "position": n}
                    for snap in snaps if kind == "meetings" for n, rid in enumerate(snap["mandate_ids"])]
        insert_rows(s.connection(), meeting_mandates, mandates)
    s.flush()
    change_log.append(s, writer_of(s), ((kind, None) for kind in by_kind))  # many at once
    new_ids = {kind: [snap["id"] for snap in snaps] for kind, snaps in by_kind.items()}
    for kind, ids in new_ids.items():
        if kind in search_index.searchable_kinds():
            search_index.reindex(s.connection(), kind, ids, new=True)
            steps.step(len(ids), f"Indexing {_words(kind)} for search")
    # A resolution's search text includes its paragraphs: new paragraphs of resolutions
    # this database already had change their entries.
    added = set(new_ids.get("resolutions", []))
    older = {p["resolution_id"] for p in by_kind.get("paragraphs", [])} - added
    search_index.reindex(s.connection(), "resolutions", sorted(older))


def _apply(s: Session, content: ExchangeContent, planned: list[_Planned], source: str, path: Path,
           progress: Progress, with_clocks: bool) -> None:
    """Write the planned merge (the caller's transaction makes it all or nothing).

    With clocks the merge writes each record's clock itself; a file without them is
    written as changes of this installation (their fields get our dots).
    """
    for sha, data in content.blobs.items():
        if s.get(Blob, sha) is None:
            s.add(Blob(sha256=sha, size=len(data), data=data))
    s.flush()
    writes = [p for p in planned if p.write]
    new = [p for p in writes if p.local is None]
    changed = [(p.kind, p.incoming["id"], p.result) for p in writes if p.local is not None]
    bases = [p for p in planned if not p.base_current]
    indexed = sum(p.kind in search_index.searchable_kinds() for p in new)
    steps = _Steps(progress, len(new) + indexed + len(changed) + len(bases))
    steps.step(0, "Writing")
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, record_id, _result in changed:
        by_kind[kind].append(record_id)
    for kind, ids in by_kind.items():  # load the rows in bulk so that updates find them cached
        model: Any = KINDS[kind].model
        for start in range(0, len(ids), _CHUNK):
            s.scalars(select(model).where(model.id.in_(ids[start : start + _CHUNK]))).all()
    _insert_new(s, new, steps)
    s.info[MERGE_WRITES_CLOCKS] = with_clocks
    try:
        for start in range(0, len(changed), _CHUNK):
            chunk = changed[start : start + _CHUNK]
            write_snapshots(s, chunk)
            steps.step(len(chunk), "Writing changed records")
    finally:
        s.info.pop(MERGE_WRITES_CLOCKS, None)
    save_clocks(s, {p.incoming["id"]: p.clock for p in planned if p.clock is not None})
    now = utc_now()
    s.add_all(
        HistoryEntry(record_id=p.incoming["id"], kind=p.kind, field=a.field, value=a.value,
                     source=f"import of {path.name} from {source}", recorded_at=now, note=a.note,
                     source_installation=a.author, source_file=path.name)
        for p in planned for a in p.history
    )
    # The base becomes what the sender holds. exchanged_at moves only for records this
    # import changed (content or clock: a decided conflict is news), so that "changes
    # since the last file" relays them to others. A new
    # record is stored exactly as received: its base is the record itself (snapshot NULL)
    # until it changes here, which saves a copy of every record of a first import.
    table: Any = SyncBase.__table__
    for written in (True, False):
        rows = [{"record_id": p.incoming["id"], "kind": p.kind,
                 "snapshot": None if p.local is None else p.incoming, "exchanged_at": now}
                for p in bases if (p.write or p.clock is not None) == written]
        rows.sort(key=itemgetter("record_id"))  # in key order SQLite appends to the index: faster
        update = ("kind", "snapshot", "exchanged_at") if written else ("kind", "snapshot")
        insert_rows(s.connection(), table, rows, upsert_on="record_id", update=update)
        steps.step(len(rows), "Recording what was exchanged")
    if source == _installation_id(s):
        return  # our own file coming back: no colleague to remember
    peer = s.get(SyncPeer, source)
    if peer is None:
        peer = SyncPeer(installation_id=source)
        s.add(peer)
    peer.last_received_at = now
