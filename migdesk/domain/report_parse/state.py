"""The state of one parse: the records built so far and what the walk is inside of."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from migdesk.domain.report_parse.bodies import BodyIndex
from migdesk.domain.report_parse.draft import DraftRecord, ParsedReport


@dataclass
class DraftState:
    """What the walk over the blocks has built so far.

    mode: what list items are read as ("interventions", "actions" or "decisions");
    item_key: the agenda item under way; mentioned: bodies named, with the lines first naming them.
    """

    report: ParsedReport
    index: BodyIndex
    language: str
    home: str | None = None
    mode: str = "interventions"
    item_key: str | None = None
    last_followup: DraftRecord | None = None
    counts: dict[str, int] = field(default_factory=dict)
    mentioned: dict[str, tuple[int, int]] = field(default_factory=dict)

    def key(self, kind: str) -> str:
        """A new key for a record of kind ("interventions:3")."""
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return f"{kind}:{self.counts[kind]}"

    def add(self, kind: str, values: dict[str, Any], lines: tuple[int, int], confidence: float = 0.9,
            links: dict[str, Any] | None = None, key: str | None = None) -> DraftRecord:
        """Add a record to the report; returns it."""
        record = DraftRecord(kind, key or self.key(kind), values, lines, confidence, dict(links or {}))
        self.report.records.append(record)
        return record

    def note_bodies(self, text: str, lines: tuple[int, int]) -> None:
        """Remember the bodies a text names (the first lines naming each)."""
        for m in self.index.find(text):
            self.mentioned.setdefault(m.key, lines)
