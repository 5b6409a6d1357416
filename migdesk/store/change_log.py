"""The change log: which records each writer changed, for the other windows on a database.

Every write appends (writer, kind, record id) rows in its own transaction; a window polls
the newest sequence number (one indexed lookup) and reads only the rows after the last it
saw. record_id NULL stands for "many records of this kind" (a bulk import). Old rows are
pruned: a reader that fell further behind than the log reaches reloads its views whole.
A server engine can notify listeners instead of being polled; the log stays the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from migdesk.store.models import ChangeLogEntry, utc_now

KEEP = 20_000  # rows kept after pruning (pruned every PRUNE_EVERY sequence numbers)
PRUNE_EVERY = 1_000


@dataclass(frozen=True)
class LoggedChange:
    """One logged write: record_id None means many records of the kind."""

    seq: int
    writer: str
    kind: str
    record_id: str | None


def append(session: Session, writer: str, entries: Iterable[tuple[str, str | None]]) -> None:
    """Log (kind, record id) pairs written by writer in the session's transaction."""
    now = utc_now()
    rows = [{"writer": writer, "kind": kind, "record_id": rid, "at": now} for kind, rid in entries]
    if not rows:
        return
    session.execute(insert(ChangeLogEntry), rows)
    last = latest(session)
    if last // PRUNE_EVERY != (last - len(rows)) // PRUNE_EVERY:
        session.execute(delete(ChangeLogEntry).where(ChangeLogEntry.seq <= last - KEEP))


def latest(session: Session) -> int:
    """The newest sequence number (0 for an empty log)."""
    return session.scalar(select(func.max(ChangeLogEntry.seq))) or 0


def oldest(session: Session) -> int:
    """The oldest sequence number still kept (0 for an empty log)."""
    return session.scalar(select(func.min(ChangeLogEntry.seq))) or 0


def since(session: Session, seq: int, *, limit: int = KEEP) -> list[LoggedChange]:
    """The logged writes after seq, oldest first (at most limit of them)."""
    t = ChangeLogEntry
    rows = session.execute(
        select(t.seq, t.writer, t.kind, t.record_id).where(t.seq > seq).order_by(t.seq).limit(limit)
    )
    return [LoggedChange(*row) for row in rows]
