"""A report read and matched: the JSON the CLI prints and the snapshots an import writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from migdesk.domain.report_parse import DraftRecord, ParsedReport, SourceLine
from migdesk.services.kinds import KINDS, META_FIELDS, parsed_symbol
from migdesk.services.records import Snapshot
from migdesk.store.models import new_uuid, utc_now

#: The lists of the draft's JSON, in the order printed ("meeting" is one object).
JSON_LISTS = (
    "organizations", "resolutions", "documents", "agenda_items", "interventions", "actions",
    "decisions", "events", "invitations",
)  # fmt: skip
#: Parents before children, as written.
WRITE_ORDER = (
    "organizations", "resolutions", "documents", "events", "invitations", "meetings",
    "agenda_items", "interventions", "decisions", "actions",
)  # fmt: skip


@dataclass
class ImportDraft:
    """A parsed report, which of its records exist already, and the ids of all of them."""

    path: Path
    lines: list[SourceLine]
    report: ParsedReport
    existing: dict[str, str]
    ids: dict[str, str] = field(default_factory=dict)
    stamp: str = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        for record in self.report.records:
            self.ids.setdefault(record.key, self.existing.get(record.key) or new_uuid())

    def snapshot(self, record: DraftRecord) -> Snapshot:
        """The record as it would be stored: every field, links turned into ids."""
        spec = KINDS[record.kind]
        snap: Snapshot = {f.name: f.default for f in spec.fields}
        snap.update(record.values)
        for name, target in record.links.items():
            if isinstance(target, list):
                snap[name] = [self.ids[k] for k in target if k in self.ids]
            else:
                snap[name] = self.ids.get(target) if target else None
        snap.update(id=self.ids[record.key], created_at=self.stamp, updated_at=self.stamp, deleted_at=None)
        snap.setdefault("version", None)  # given by the write
        return {k: snap.get(k) for k in (*(f.name for f in spec.fields), *META_FIELDS)}

    def record_json(self, record: DraftRecord) -> dict[str, Any]:
        """The record as `show --json` prints it, plus existing, source_lines, confidence."""
        snap = self.snapshot(record)
        out = {k: v for k, v in snap.items() if k != "deleted_at"}
        if KINDS[record.kind].has_symbol:
            out["parsed"] = parsed_symbol(snap)
        if record.key in self.existing:
            out["existing"] = self.existing[record.key]
        out["source_lines"] = list(record.lines)
        out["confidence"] = record.confidence
        return out

    def to_json(self) -> dict[str, Any]:
        """The whole draft (`import-report --dry-run --json`)."""
        out: dict[str, Any] = {"meeting": self.record_json(self.report.meeting)}
        for kind in JSON_LISTS:
            out[kind] = [self.record_json(r) for r in self.report.of(kind)]
        out["unplaced"] = [
            {"text": u.text, "source_lines": list(u.lines), "reason": u.reason} for u in self.report.unplaced
        ]
        out["warnings"] = list(self.report.warnings)
        out["source"] = {"file": str(self.path), "lines": len(self.lines), "header": self.report.header}
        return out

    def new_records(self) -> list[tuple[str, Snapshot]]:
        """(kind, snapshot) of every record to add, parents first."""
        out: list[tuple[str, Snapshot]] = []
        for kind in WRITE_ORDER:
            records = [r for r in self.report.of(kind) if r.key not in self.existing]
            if kind == "organizations":
                records = _parents_first(records)
            out += [(kind, self.snapshot(r)) for r in records]
        return out

    def summary(self) -> str:
        """One line per kind: how many new, how many already held."""
        rows = []
        for kind in ("meetings", *JSON_LISTS):
            records = self.report.of(kind)
            if records:
                held = sum(1 for r in records if r.key in self.existing)
                rows.append(f"{kind:<14} {len(records) - held:>3} new {held:>3} existing")
        rows.append(f"{'unplaced':<14} {len(self.report.unplaced):>3}")
        rows += [f"warning: {w}" for w in self.report.warnings]
        return "\n".join(rows)


def _parents_first(records: list[DraftRecord]) -> list[DraftRecord]:
    keys = {r.key for r in records}
    done: set[str] = set()
    out: list[DraftRecord] = []

    def visit(record: DraftRecord, depth: int = 0) -> None:
        if record.key in done or depth > 50:
            return
        parent = record.links.get("parent_id")
        if isinstance(parent, str) and parent in keys:
            visit(next(r for r in records if r.key == parent), depth + 1)
        done.add(record.key)
        out.append(record)

    for record in records:
        visit(record)
    return out
