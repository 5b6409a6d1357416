"""A record's history: the values it held or was offered and did not keep.

An import puts aside every value it does not keep (a conflict's other side, a value a
later change superseded, an edit that met a deletion) as models.HistoryEntry rows;
this module reads them back for the command line and the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from migdesk.services.kinds import kind_spec
from migdesk.services.records import resolve_id
from migdesk.store.database import Database
from migdesk.store.models import HistoryEntry


@dataclass(frozen=True)
class HistoryItem:
    """One value set aside: which field, the value, where it came from, when and why."""

    field: str
    value: Any
    source_installation: str | None
    source_file: str | None
    recorded_at: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        """The object `migdesk history --json` prints."""
        return {"field": self.field, "value": self.value, "source_installation": self.source_installation,
                "source_file": self.source_file, "recorded_at": self.recorded_at, "reason": self.reason}


def record_history(db: Database, kind: str, record_id: str) -> tuple[str, list[HistoryItem]]:
    """The full id of a record (deleted ones included) and its history, newest first."""
    spec = kind_spec(kind)
    with db.session() as s:
        full = record_id.strip().lower()
        model: Any = spec.model
        if s.get(model, full) is None:  # a deleted record has its history too, by its full id
            full = resolve_id(s, spec.name, full)
        rows = s.scalars(select(HistoryEntry).where(HistoryEntry.record_id == full)
                         .order_by(HistoryEntry.recorded_at.desc(), HistoryEntry.id.desc()))
        items = [HistoryItem(h.field, h.value, h.source_installation, h.source_file, h.recorded_at,
                             h.note or h.source) for h in rows]
    return full, items
