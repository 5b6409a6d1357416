"""Syncing two MigDesk databases both ways: a laptop's and a shared one (a server, a file).

    report = Desk.open("laptop.sqlite").sync_with("postgresql://maria@db.example/ceam")
    print(report.summary())   # "… received 12, sent 3, conflicts 1"

A sync is two exchanges without a file in between, through the same three-way merge
with change clocks as an import (exchange.py, merge.py, clocks.py):

1. what the other database changed since the last sync (everything, the first time) is
   merged into this one, the *laptop*, in one transaction. Fields both sides changed
   are conflicts: the laptop keeps its value and the other goes to the record's history
   (`migdesk history`), reported as an import reports them, one undoable step;
2. what the laptop changed, conflicts' decisions included, is merged into the other
   database in one transaction. The decisions know both values, so the other side takes
   them without a second conflict.

Both databases are backed up first, as before an import. Either step is all or
nothing: a sync stopped between them leaves each database whole, and the next sync
finishes the work (records sent twice merge as unchanged). Nothing here knows which
engine either database runs on: the location is passed to `Database.open` as given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from migdesk.services import exchange, merge
from migdesk.services.backups import back_up
from migdesk.services.errors import MigdeskError
from migdesk.services.exchange import Conflict, ImportReport, Progress
from migdesk.services.exchange_file import ExchangeContent
from migdesk.services.kinds import KINDS
from migdesk.services.locations import describe_location, is_server_location
from migdesk.services.records import Change
from migdesk.store.database import Database

__all__ = ["SyncReport", "sync_databases"]

# How far before a share was read the next one starts: a write that began before the
# read and committed after it is then still sent next time (a record sent twice merges
# as unchanged).
OVERLAP = timedelta(minutes=1)


@dataclass
class SyncReport:
    """What a sync did: the laptop's half (conflicts here) and the other side's half."""

    location: str  # as shown (no password)
    received: ImportReport  # merged into the laptop
    sent: ImportReport | None  # merged into the other database (None: stopped before)
    send_error: str | None = None  # why the other database could not take this one's changes
    undo_refused: str | None = None  # set by the desk when the laptop's half is too large to undo

    @property
    def conflicts(self) -> list[Conflict]:
        """Fields both sides changed: the laptop kept its value, the other is in history."""
        return self.received.conflicts

    @property
    def change(self) -> Change | None:
        """What the laptop's half wrote, as one Change (undo reverts it on the laptop)."""
        return self.received.change

    @property
    def received_count(self) -> int:
        """Records the laptop added, updated or deleted."""
        return _written(self.received)

    @property
    def sent_count(self) -> int:
        """Records the other database added, updated or deleted."""
        return _written(self.sent) if self.sent is not None else 0

    def summary(self) -> str:
        """One line: received N, sent M, conflicts K."""
        line = (f"{self.location}: received {self.received_count}, sent {self.sent_count}, "
                f"conflicts {len(self.conflicts)}")
        if self.conflicts:
            line += " (this database's values kept; the others are in `migdesk history`)"
        if self.send_error:
            line += f"; not sent ({self.send_error}): the next sync sends it"
        elif self.sent is None:
            line += "; stopped before sending: the next sync sends it"
        return line

    def to_json(self) -> dict[str, Any]:
        """The `sync --json` object."""
        return {
            "with": self.location,
            "received": self.received_count,
            "sent": self.sent_count,
            "conflicts": [c.to_json() for c in self.conflicts],
            "here": _counts(self.received),
            "there": _counts(self.sent) if self.sent is not None else None,
            "conflicts_there": [c.to_json() for c in self.sent.conflicts] if self.sent else [],
            "complete": self.sent is not None,
            "send_error": self.send_error,
        }


def _written(report: ImportReport) -> int:
    return report.added + report.updated + report.deleted


def _counts(report: ImportReport) -> dict[str, int]:
    return {"added": report.added, "updated": report.updated, "deleted": report.deleted,
            "unchanged": report.unchanged}


class _Share:
    """A part [start, end] of the sync's one progress bar; the whole task's cancel check."""

    SCALE = 1000

    def __init__(self, progress: Progress, start: float, end: float,
                 on_cancel: Callable[[BaseException], BaseException] | None = None) -> None:
        self.progress, self.start, self.end, self.on_cancel = progress, start, end, on_cancel

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Report done of total within this part."""
        part = min(done / total, 1.0) if total > 0 else 0.0
        self.progress.report(round(self.SCALE * (self.start + (self.end - self.start) * part)),
                             self.SCALE, text)

    def check(self) -> None:
        """Raise to cancel; after the laptop's half, as _Stopped (the laptop's write stays)."""
        try:
            self.progress.check()
        except BaseException as exc:
            raise (self.on_cancel(exc) if self.on_cancel else exc) from None


class _Stopped(Exception):  # noqa: N818 (a control-flow signal)
    """The user cancelled after the laptop's half was written."""


class _Silent:
    def report(self, done: int, total: int = 0, text: str = "") -> None:
        pass

    def check(self) -> None:
        pass


def _open_other(location: str) -> Database:
    """The other database; a file must exist (a sync never creates the shared side)."""
    if not is_server_location(location):
        path = Path(location).expanduser()
        if not path.exists():
            raise MigdeskError(f"{path}: no such database file")
        if not path.is_file():
            raise MigdeskError(f"{path}: not a database file")
    return Database.open(location)


def _read_other(other: Database, here_id: str, where: str) -> ExchangeContent:
    """What the other database has for us; a row no MigDesk writes is refused in one line."""
    try:
        with other.session(write=False) as s:
            return exchange.read_changes(s, here_id)
    except (ValueError, TypeError, KeyError) as exc:  # a damaged or hostile row (a date of 30 February)
        raise MigdeskError(f"{where}: a record cannot be read ({exc}); nothing was synced") from None


def _earlier(stamp: str) -> str:
    """A UTC timestamp OVERLAP before stamp, in the same form."""
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ") - OVERLAP
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _without_echo(mine: ExchangeContent, theirs: ExchangeContent) -> ExchangeContent:
    """mine less the records it holds exactly as theirs carried them (nothing to send back)."""
    came = {snap["id"]: snap for snaps in theirs.records.values() for snap in snaps}
    records: dict[str, list[dict[str, Any]]] = {}
    for kind, snaps in mine.records.items():
        fields = [f.name for f in KINDS[kind].fields]
        records[kind] = [
            snap for snap in snaps
            if not (snap["id"] in came and merge.content_equal(fields, snap, came[snap["id"]])
                    and mine.clocks.get(snap["id"]) == theirs.clocks.get(snap["id"]))
        ]
    ids = {snap["id"] for snaps in records.values() for snap in snaps}
    shas = {a["sha256"] for a in records.get("attachments", [])}
    manifest = {**mine.manifest, "counts": {kind: len(snaps) for kind, snaps in records.items()}}
    return ExchangeContent(
        manifest, records,
        {rid: p for rid, p in mine.parents.items() if rid in ids},
        {rid: c for rid, c in mine.clocks.items() if rid in ids},
        {sha: data for sha, data in mine.blobs.items() if sha in shas},
    )


def sync_databases(local: Database, location: str, *, progress: Progress | None = None) -> SyncReport:
    """Bring the database at location and local together both ways (see the module's text).

    Conflicts are decided on local's side (its value kept, the other in history) and
    reported there. Cancelling or failing before the laptop's half is written changes
    nothing (the error is raised); after it, the sync stops before sending (report.sent
    None, report.send_error saying why if it failed) and the laptop's write stays:
    announce and keep it like any other.
    """
    whole = progress or _Silent()
    where = describe_location(location)
    whole.report(0, _Share.SCALE, "Opening the other database")
    other = _open_other(location)
    try:
        here_id, there_id = local.installation_id, other.installation_id
        if here_id == there_id:
            raise MigdeskError(f"{where}: this is the same database, or a copy of it (the same "
                               "installation id); sync a database with another one")
        whole.report(20, _Share.SCALE, "Backing up both databases")
        back_up(local, "before-sync")
        back_up(other, "before-sync")
        whole.check()
        whole.report(50, _Share.SCALE, "Reading the other database")
        theirs = _read_other(other, here_id, where)
        whole.check()
        received = exchange.merge_content(local, theirs, where, progress=_Share(whole, 0.1, 0.55))
        stop = _Share(whole, 0.55, 1.0, lambda exc: _Stopped())
        try:  # from here on the laptop's write stands: what goes wrong is reported with it
            with other.session() as s:  # the next share from there starts here (less the overlap)
                exchange.mark_sent(s, here_id, _earlier(theirs.manifest["exported_at"]))
            stop.report(0, 1, "Reading this database")
            with local.session(write=False) as s:
                mine = _without_echo(exchange.read_changes(s, there_id), theirs)
            stop.check()
            sent = exchange.merge_content(other, mine, _local_name(local),
                                          progress=_Share(whole, 0.6, 1.0, lambda exc: _Stopped()))
        except _Stopped:
            return SyncReport(where, received, None)
        except Exception as exc:  # noqa: BLE001 - the laptop's half stands: reported, never lost
            return SyncReport(where, received, None, send_error=_one_line(exc))
        with local.session() as s:
            exchange.mark_sent(s, there_id, _earlier(mine.manifest["exported_at"]))
        return SyncReport(where, received, sent)
    finally:
        other.close()


def _one_line(exc: Exception) -> str:
    """Why the other side refused, in one line (a driver's error without its SQL)."""
    if isinstance(exc, MigdeskError):
        return str(exc)
    cause = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error
    lines = str(cause).strip().splitlines()
    return f"{type(cause).__name__}: {lines[0] if lines else ''}"


def _local_name(db: Database) -> str:
    """How the other database's history names the laptop: its file's name, else its id."""
    path = getattr(db, "path", None)
    return Path(path).name if path else f"installation {db.installation_id[:8]}"
