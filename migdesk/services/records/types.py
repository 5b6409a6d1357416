"""Records and their changes as plain data: Record, Change (with its items and the fields
an undo could not write), and how a change names its subject.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from migdesk.services.kinds import KINDS, KindSpec, label, parsed_symbol

Snapshot = dict[str, Any]


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
        return [i for i in self.items if not is_live(i.before) and is_live(i.after)]

    @property
    def deleted(self) -> list[ChangeItem]:
        """Items that removed a record (tombstoned)."""
        return [i for i in self.items if is_live(i.before) and not is_live(i.after)]


def is_live(snap: Snapshot | None) -> bool:
    return snap is not None and snap.get("deleted_at") is None



def named(spec: KindSpec, snap: Snapshot) -> str:
    """A change's subject for the History: "meeting '2009-02-13  Regular meeting'" (label cut at 60)."""
    try:
        name = label(spec.name, snap)
    except (KeyError, TypeError):
        return spec.singular
    name = " ".join(name.split())
    return f"{spec.singular} '{name[:59] + '…' if len(name) > 60 else name}'"

