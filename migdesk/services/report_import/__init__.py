"""Importing a meeting's report (.txt, .docx, .pdf) as a draft, then as one change.

    draft = read_report(db, path)          # parse and match; writes nothing
    draft.to_json()                        # what `import-report --dry-run --json` prints
    change = write_draft(db, draft)        # every new record in one transaction
"""

from __future__ import annotations

from pathlib import Path

from migdesk.domain.report_parse import parse_report
from migdesk.services.records import Change, ChangeItem, resolve_id, write_snapshots
from migdesk.services.report_import.draft import ImportDraft
from migdesk.services.report_import.matching import DB_PREFIX, find_existing, known_bodies
from migdesk.services.report_import.readers import SUFFIXES, ReportFileError, read_lines
from migdesk.store.database import Database

__all__ = ["SUFFIXES", "ImportDraft", "ReportFileError", "read_report", "write_draft"]


def read_report(
    db: Database, path: Path, *, body: str | None = None, language: str | None = None
) -> ImportDraft:
    """Read and parse a report file and match it against the database (writes nothing).

    body: the meeting's body (an organization id or unique prefix), when the report's
    own text does not name it; language: en, es, fr or pt (default: detected).
    """
    lines = read_lines(path)
    with db.session() as s:
        body_key = DB_PREFIX + resolve_id(s, "organizations", body, field="--body") if body else None
        report = parse_report(lines, language=language, bodies=known_bodies(s), body_key=body_key)
        existing = find_existing(s, report)
    return ImportDraft(path, lines, report, existing)


def write_draft(db: Database, draft: ImportDraft) -> Change:
    """Write every record of the draft not already held, in one transaction: one Change."""
    new = draft.new_records()
    with db.session() as s:
        write_snapshots(s, [(kind, snap["id"], snap) for kind, snap in new])
    return Change(
        f"Import report {draft.path.name}",
        tuple(ChangeItem(kind, snap["id"], None, snap) for kind, snap in new),
    )


def meeting_id(draft: ImportDraft) -> str:
    """The id of the draft's meeting (new or existing)."""
    return draft.ids[draft.report.meeting.key]
