"""The change log: which records each writer changed, for the other windows on a database.

Every write appends (writer, kind, record id) rows in its own transaction; a window polls
the newest sequence number (one indexed lookup) and reads only the rows after the last it
saw. record_id NULL stands for "many records of this kind" (a bulk import). Old rows are
pruned: a reader that fell further behind than the log reaches reloads its views whole.
A server also NOTIFYs listeners, so that a poll with no news costs nothing; the log stays the same.
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
    at: str = ""  # when (a server's clock on a server)
    author: str | None = None  # the database role that wrote (a server only)


def append(session: Session, writer: str, entries: Iterable[tuple[str, str | None]]) -> None:
    """Log (kind, record id) pairs written by writer in the session's transaction.

    On a server each row also names the role that wrote and the server's time, and the
    other windows hear of it (NOTIFY) when the transaction commits.
    """
    pairs = list(entries)
    if not pairs:
        return
    author, now = None, utc_now()
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        from migdesk.store import postgres

        author, now = postgres.who_and_when(conn)
        postgres.notify_change(conn, writer)
    rows = [{"writer": writer, "kind": kind, "record_id": rid, "at": now, "author": author}
            for kind, rid in pairs]
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
        select(t.seq, t.writer, t.kind, t.record_id, t.at, t.author).where(t.seq > seq).order_by(t.seq).limit(limit)
    )
    return [LoggedChange(*row) for row in rows]
