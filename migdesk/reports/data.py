"""Plain, frozen input records for the report builders.

Services fill these from the database; the builders only read them. Nothing here knows
about SQLAlchemy or Qt. All text is user data: the builders escape it before layout.
Sequences may be lists or tuples.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

PAPERS = ("letter", "a4")

SUMMARIES = "summaries"
MANDATES = "mandates"
ACTIONS = "actions"
EVENTS = "events"
DOCUMENTS = "documents"
ATTACHMENTS = "attachments"
#: Packet sections, in the order they are printed.
ALL_SECTIONS: frozenset[str] = frozenset(
    {SUMMARIES, MANDATES, ACTIONS, EVENTS, DOCUMENTS, ATTACHMENTS}
)
SECTION_ORDER: tuple[str, ...] = (SUMMARIES, MANDATES, ACTIONS, EVENTS, DOCUMENTS, ATTACHMENTS)


@dataclass(frozen=True)
class InterventionLine:
    """One intervention: who spoke and what the summary says.

    OAS summaries name the speaker inside the sentence ("Some delegations emphasized
    ..."); ``speaker`` (as typed, else the names of the linked delegations) is printed
    before the text only when the text does not already name it.
    """

    speaker: str
    text: str


@dataclass(frozen=True)
class AgendaSection:
    """The interventions under one agenda item; ``title`` None or "" prints no heading."""

    title: str | None
    interventions: Sequence[InterventionLine] = ()


@dataclass(frozen=True)
class ActionLine:
    """A numbered follow-up action, with ``number`` exactly as printed ("1", "4", "\ufffd")."""

    number: str
    description: str
    status: str = ""
    outcome: str = ""
    due_date: date | None = None
    event: str = ""


@dataclass(frozen=True, kw_only=True)
class MeetingSummaryData:
    """Everything printed in the OAS-style summary of one meeting.

    ``introduction`` holds the mandate and meeting paragraphs as stored; the builder
    writes what it leaves out (mandates, place and date, chair, agenda and order of
    business) from the fields, so a summary entered only through the form is complete.
    ``chair`` is the chair as printed ("Ambassador Jane Doe, Permanent Representative of
    Belize"). ``date_of_issue`` None prints no date in the header. ``lang`` is the
    language printed in (labels, sentences, dates: ``reports.i18n``); the texts are
    given already in that language where a translation exists. ``original_language``
    is a language code ("en", printed "Original: inglés" in Spanish) or a name.
    """

    title: str
    meeting_date: date
    place: str = ""
    chair: str = ""
    body_hierarchy: Sequence[str] = ()
    classification: str = "OEA/Ser.G"
    symbol: str = ""
    date_of_issue: date | None = None
    original_language: str = "en"
    introduction: Sequence[str] = ()
    agenda_symbol: str = ""
    order_of_business_symbol: str = ""
    mandates: Sequence[tuple[str, str]] = ()
    agenda_items: Sequence[AgendaSection] = ()
    decisions: Sequence[str] = ()
    actions: Sequence[ActionLine] = ()
    lang: str = "en"


@dataclass(frozen=True)
class MandateRow:
    """One row of the packet's mandates table: a resolution's operative paragraph
    ("3. To request ...", "" when none is recorded), the actions of the meetings that
    carry the resolution out, and those meetings' dates. ``title`` (the resolution's)
    is printed under its symbol, on its first row only."""

    resolution: str
    paragraph: str
    actions: Sequence[str] = ()
    dates: str = ""
    title: str = ""


@dataclass(frozen=True)
class OpenActionRow:
    """An open follow-up action across meetings; ``overdue`` rows print first, marked."""

    meeting: str
    number: str
    description: str
    status: str = ""
    due_date: date | None = None
    overdue: bool = False


@dataclass(frozen=True)
class EventRow:
    """An upcoming event; ``end`` is inclusive and may be None for one-day events."""

    title: str
    start: date | None = None
    end: date | None = None
    place: str = ""
    organizer: str = ""


@dataclass(frozen=True)
class DocumentRow:
    """One entry of the packet's documents list."""

    symbol: str
    title: str
    date: _dt.date | None = None
    language: str = ""


@dataclass(frozen=True)
class AttachmentRef:
    """A document PDF appended to the packet; ``title`` is its symbol or title."""

    title: str
    path: Path | str


@dataclass(frozen=True, kw_only=True)
class PacketData:
    """The contents of a briefing packet.

    ``sections`` names the parts to include (see ``ALL_SECTIONS``); a section with no
    rows is left out, heading and all. ``lang``: the language printed in. ``distribution``
    is "public" or "limited" (printed in ``lang``) or any text.
    """

    title: str
    body: str = ""
    distribution: str = ""
    date_prepared: date
    period: str = ""
    meetings: Sequence[MeetingSummaryData] = ()
    sections: Set[str] = field(default=ALL_SECTIONS)
    mandates: Sequence[MandateRow] = ()
    open_actions: Sequence[OpenActionRow] = ()
    events: Sequence[EventRow] = ()
    documents: Sequence[DocumentRow] = ()
    attachments: Sequence[AttachmentRef] = ()
    lang: str = "en"

    def __post_init__(self) -> None:
        unknown = set(self.sections) - ALL_SECTIONS
        if unknown:
            raise ValueError(f"unknown packet sections: {', '.join(sorted(unknown))}")
