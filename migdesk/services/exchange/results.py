"""What an import reports: its counts, the conflicts with both values, the records it changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from migdesk.services import contacts
from migdesk.services.exchange_file import CLOCKS_FORMAT
from migdesk.services.kinds import label
from migdesk.services.records import Change, Snapshot


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

