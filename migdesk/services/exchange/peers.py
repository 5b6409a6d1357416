"""Colleagues' installations that files were exchanged with, and this installation's id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from migdesk.services.errors import NotFound
from migdesk.store.database import Database
from migdesk.store.models import SyncPeer


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



def installation_id(s: Session) -> str:
    value = s.execute(text("SELECT value FROM settings WHERE key = 'installation_id'")).scalar_one()
    return str(value)


def find_peer(s: Session, key: str) -> SyncPeer:
    key = key.strip().lower()
    rows = s.scalars(select(SyncPeer).where(SyncPeer.installation_id.startswith(key, autoescape=True))).all()
    if len(key) < 8 or not rows:
        raise NotFound(f"--since-last-to: no colleague installation {key!r} (files were never "
                       "exchanged with it)", code="no_such_peer", params={"id": key})
    if len(rows) > 1:
        raise NotFound(f"--since-last-to: {key!r} matches several installations; give more of it",
                       code="ambiguous_peer", params={"id": key})
    return rows[0]

