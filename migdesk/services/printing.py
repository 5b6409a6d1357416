"""Printing use cases: a meeting's summary or a briefing packet printed to a PDF file.

The builders (migdesk.reports) never see a database: print_summary_data.py and
print_packet_data.py read records through the records service and turn them into frozen
dataclasses; this module hands them over and says what could not be printed as asked.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from migdesk.reports import data as rd
from migdesk.reports import fonts, i18n
from migdesk.services.errors import MigdeskError
from migdesk.services.print_lookup import Lookup
from migdesk.services.print_packet_data import choose_meetings, packet_data
from migdesk.services.print_summary_data import summary_data
from migdesk.store.database import Database

# What the print dialogs offer and say: paper sizes, the packet's sections in order, and
# the characters no shipped font can print (the window does not import the reports).
PAPERS = rd.PAPERS
SUMMARIES, MANDATES, ACTIONS = rd.SUMMARIES, rd.MANDATES, rd.ACTIONS
EVENTS, DOCUMENTS, ATTACHMENTS = rd.EVENTS, rd.DOCUMENTS, rd.ATTACHMENTS
SECTION_ORDER = rd.SECTION_ORDER
describe_unprintable = fonts.describe


class PrintError(MigdeskError):
    """A document could not be printed (the message says why)."""


@dataclass
class PrintNotes:
    """What a print job could not do as asked, for the preview to tell: characters no
    font has (``unprintable``) and fields printed in their original language for want
    of a translation (``untranslated``, "Meeting “Title”: Title")."""

    unprintable: list[str] = field(default_factory=list)
    untranslated: list[str] = field(default_factory=list)

    def untranslated_fields(self) -> list[str]:
        """The untranslated fields counted by kind and field: "Meeting title",
        "Intervention text (14)"."""
        counts = Counter(entry.split(": \u201c", 1)[0] for entry in self.untranslated)
        return [f"{what} ({n})" if n > 1 else what for what, n in counts.items()]

    def add(self, data: object, look: Lookup) -> None:
        """Note what printing ``data`` (read through ``look``) could not do."""
        self.unprintable += fonts.unprintable(fonts.report_texts(data))
        self.untranslated += look.untranslated



def write_summary(
    db: Database,
    meeting_id: str,
    path: Path | str,
    *,
    paper: str = "letter",
    lang: str = "en",
    notes: PrintNotes | None = None,
) -> None:
    """Print one meeting's summary in ``lang`` to a PDF file (written atomically); what
    could not be printed as asked is added to ``notes`` when given."""
    from migdesk.reports.summary import build_summary

    look = Lookup(db, i18n.check_language(lang))
    data = summary_data(db, meeting_id, look=look)
    _build(lambda: build_summary(data, path, paper=paper))
    if notes is not None:
        notes.add(data, look)



def write_packet(
    db: Database,
    meeting_ids: Sequence[str],
    date_from: date | None,
    date_to: date | None,
    path: Path | str,
    *,
    paper: str = "letter",
    sections: Iterable[str] = rd.ALL_SECTIONS,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    lang: str = "en",
    notes: PrintNotes | None = None,
) -> int:
    """Print a briefing packet in ``lang``; returns its page count. What could not be
    printed as asked is added to ``notes`` when given."""
    from migdesk.reports.packet import build_packet

    look = Lookup(db, i18n.check_language(lang))
    meetings = choose_meetings(db, meeting_ids, date_from, date_to)
    with tempfile.TemporaryDirectory(prefix="migdesk-packet-") as tmp:
        data = packet_data(
            db, meetings, sections=sections, attachments_dir=Path(tmp),
            period=(date_from, date_to), look=look,
        )
        pages: list[int] = []
        _build(
            lambda: pages.append(
                build_packet(data, path, paper=paper, progress=progress, cancelled=cancelled)
            )
        )
    if notes is not None:
        notes.add(data, look)
    return pages[0]


def _build(job: Callable[[], Any]) -> None:
    """Run a builder, turning its errors into one-line PrintErrors."""
    from migdesk.reports import ReportError

    try:
        job()
    except ReportError as exc:
        raise PrintError(str(exc)) from None
    except OSError as exc:
        raise PrintError(f"cannot write the PDF: {exc.strerror or exc}") from None
