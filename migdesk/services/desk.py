"""The desk: one open database and the one door every change to it goes through.

The window and the command line both hold a Desk. Every write (create, update, delete,
move, undo and redo, import, loading the demo) goes through it, returns a Change and is
announced to every listener, so views update in place whatever made the change. Changes
made by other writers on the same database (another window, the command line, a sync)
are found by `poll()` in the change log and announced the same way, with origin
EXTERNAL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from migdesk.services import records
from migdesk.services.kinds import KINDS
from migdesk.services.records import Change, ChangeItem, Snapshot
from migdesk.store import change_log
from migdesk.store.database import Database

__all__ = ["EXTERNAL", "Database", "Desk", "Listener"]  # Database: the handle widgets pass

Listener = Callable[[Change, object], None]

#: The origin of changes made by another writer on the same database.
EXTERNAL = "external"
#: Past this many records an import is not kept for undo (the backup made before it is).
UNDO_LIMIT = 20_000


class Desk:
    """An open database, the writes to it, and who listens to them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._listeners: list[Listener] = []
        with db.session(write=False) as s:
            self._seen = change_log.latest(s)

    @classmethod
    def open(cls, path: Path | str) -> Desk:
        """Open (creating or upgrading) the database at path."""
        return cls(Database.open(path))

    def close(self) -> None:
        """Release the database; listeners are dropped."""
        self._listeners.clear()
        self.db.close()

    # ------------------------------------------------------------ listening

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call listener(change, origin) after every change; returns the unsubscribe call."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def announce(self, change: Change, origin: object = None) -> Change:
        """Tell every listener about a change (not when it is empty); returns it."""
        if not change.is_empty or change.conflicts:
            for listener in list(self._listeners):
                listener(change, origin)
        return change

    # ------------------------------------------------------------ writing

    def create(self, kind: str, values: dict[str, Any], *, origin: object = None) -> Change:
        """Add a record (records.create_record), announced."""
        return self.announce(records.create_record(self.db, kind, values), origin)

    def update(
        self,
        kind: str,
        record_id: str,
        values: dict[str, Any],
        *,
        based_on: int | None = None,
        expected: dict[str, Any] | None = None,
        origin: object = None,
    ) -> Change:
        """Change fields of a record; StaleWrite when another writer got there first."""
        change = records.update_record(
            self.db, kind, record_id, values, based_on=based_on, expected=expected
        )
        return self.announce(change, origin)

    def delete(self, kind: str, record_id: str, *, origin: object = None) -> Change:
        """Delete a record and what it owns, announced."""
        return self.announce(records.delete_record(self.db, kind, record_id), origin)

    def move(self, kind: str, record_id: str, index: int, *, origin: object = None) -> Change:
        """Move an ordered record among its siblings, announced."""
        return self.announce(records.move_record(self.db, kind, record_id, index), origin)

    def apply(self, change: Change, *, origin: object = None) -> Change:
        """Write a change field by field (undo: pass change.inverse()); see records.apply_change."""
        return self.announce(records.apply_change(self.db, change), origin)

    def run(self, call: Callable[[Database], Change], *, origin: object = None) -> Change:
        """Run another service that writes (it returns its Change), announced."""
        return self.announce(call(self.db), origin)

    def load_demo(self, *, origin: object = None) -> Change:
        """Add the CEAM demo meeting (records already present are left alone)."""
        from migdesk.services.demo import load_demo

        return self.run(load_demo, origin=origin)

    def import_file(
        self, path: Path | str, *, origin: object = None, announce: bool = True, **options: Any
    ) -> Any:
        """Merge an exchange file (exchange.import_file); the written records are announced.

        The database is backed up first. The report's `change` is the import as one
        Change that undo can revert; past UNDO_LIMIT records `report.undo_refused` says
        why it cannot be. announce=False leaves announcing to the caller (an import run
        in a worker thread is announced by the window's thread).
        """
        from migdesk.services import exchange
        from migdesk.services.backups import back_up

        if not options.get("dry_run"):
            back_up(self.db, "before-import")
        report = exchange.import_file(self.db, path, **options)
        change = getattr(report, "change", None)
        if change is not None:
            if announce:
                self.announce(change, origin)
            if len(change.items) > UNDO_LIMIT:
                report.undo_refused = (
                    f"an import of {len(change.items)} records cannot be undone record by "
                    "record; the backup made before it can bring the database back"
                )
        return report

    # ------------------------------------------------------------ other writers

    def poll(self) -> Change | None:
        """Announce what other writers changed since the last poll (None: nothing).

        Records are read as they are now. A bulk write (an import elsewhere) or a log
        pruned past what this desk saw comes as a Change with `reload` kinds: views of
        those kinds reload instead of updating row by row.
        """
        with self.db.session(write=False) as s:
            last = change_log.latest(s)
            if last == self._seen:
                return None
            behind = change_log.oldest(s) > self._seen + 1
            entries = [] if behind else change_log.since(s, self._seen)
            self._seen = last
            mine = self.db.writer_id
            ids: dict[str, dict[str, None]] = defaultdict(dict)  # ordered, each id once
            bulk: set[str] = set(KINDS) if behind else set()
            for e in entries:
                if e.writer == mine:
                    continue
                if e.record_id is None:
                    bulk.add(e.kind)
                else:
                    ids[e.kind][e.record_id] = None
            items = [
                _external_item(kind, snap)
                for kind, kind_ids in ids.items()
                if kind not in bulk
                for snap in records.read_snapshots(s, kind, ids=list(kind_ids))
            ]
        if not items and not bulk:
            return None
        change = Change("Changes by another writer", tuple(items), reload=frozenset(bulk))
        for listener in list(self._listeners):
            listener(change, EXTERNAL)
        return change


def _external_item(kind: str, snap: Snapshot) -> ChangeItem:
    """A change item for a record another writer changed (its earlier state is not known)."""
    if snap.get("deleted_at") is not None:
        return ChangeItem(kind, snap["id"], {**snap, "deleted_at": None}, snap)
    return ChangeItem(kind, snap["id"], None if snap.get("version") == 1 else snap, snap)
