"""The parser's result: proposed records, each traceable to the source lines it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class DraftRecord:
    """One proposed record.

    values: its fields as `show --json` names them; links: fields that refer to other
    draft records, by key ("mandate_ids" and "speaker_ids" hold lists of keys).
    lines: first and last source line (1-based, inclusive; (0, 0): none, e.g. a body
    only implied); confidence: 0..1, how sure the parser is of its reading.
    """

    kind: str
    key: str
    values: dict[str, Any]
    lines: tuple[int, int] = (0, 0)
    confidence: float = 0.9
    links: dict[str, str | list[str] | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Unplaced:
    """Source text that no record took."""

    text: str
    lines: tuple[int, int]
    reason: str


@dataclass
class ParsedReport:
    """Everything read from one report, in source order within each kind."""

    records: list[DraftRecord] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    language: str = "en"
    header: dict[str, Any] = field(default_factory=dict)

    def of(self, kind: str) -> list[DraftRecord]:
        """The records of one kind, in order."""
        return [r for r in self.records if r.kind == kind]

    def get(self, key: str) -> DraftRecord | None:
        """The record with this key."""
        return next((r for r in self.records if r.key == key), None)

    @property
    def meeting(self) -> DraftRecord:
        """The meeting record (every parse has one)."""
        return self.of("meetings")[0]
