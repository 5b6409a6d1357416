"""Reading meeting reports (summaries) into draft records: pure text work, no database.

`parse_report(lines)` takes the lines a reader extracted (services.report_import reads
.txt, .docx and .pdf files) and returns a ParsedReport of DraftRecords that refer to each
other by key; the import service matches them against the database.
"""

from migdesk.domain.report_parse.blocks import SourceLine
from migdesk.domain.report_parse.bodies import BUILTIN_BODIES, KnownBody
from migdesk.domain.report_parse.draft import DraftRecord, ParsedReport, Unplaced
from migdesk.domain.report_parse.report import parse_report

__all__ = [
    "BUILTIN_BODIES", "DraftRecord", "KnownBody", "ParsedReport", "SourceLine", "Unplaced",
    "parse_report",
]  # fmt: skip
