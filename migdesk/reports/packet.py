"""The briefing packet: cover, contents, meeting summaries, tables, attached PDFs.

One typesetting pass: the contents pages are laid out first (their count depends only
on the entries), and page numbers are filled in at save time (see templates.py).
Attached PDFs are checked before typesetting and appended with pypdf afterwards.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from migdesk.reports import ReportCancelled
from migdesk.reports.attachments import LoadedAttachment, append_attachments, load_attachment
from migdesk.reports.data import (
    ACTIONS,
    ATTACHMENTS,
    DOCUMENTS,
    EVENTS,
    MANDATES,
    SUMMARIES,
    MeetingSummaryData,
    OpenActionRow,
    PacketData,
)
from migdesk.reports.flowables import GridTable, Marker, Run, TextCell, TocEntry, layout_contents
from migdesk.reports.i18n import counted, date_range, long_date, status_text, text
from migdesk.reports.output import Output, write_output
from migdesk.reports.para import plain
from migdesk.reports.styles import (
    MUTED,
    OVERDUE_COLOR,
    OVERDUE_FILL,
    RULE_COLOR,
    SANS_BOLD,
    SERIF,
    Styles,
    make_styles,
)
from migdesk.reports.summary import summary_flowables
from migdesk.reports.templates import BODY, BuildState, ReportDoc
from migdesk.reports.text import clean

Progress = Callable[[int, int], None]


def section_title(section: str, lang: str = "en") -> str:
    """A packet section's heading ("Upcoming events") in ``lang``."""
    return text(lang, f"s_{section}")



_TABLE_SECTIONS = (MANDATES, ACTIONS, EVENTS, DOCUMENTS)


class _Steps:
    """Progress reporting and cancel polling, one step per meeting/section/attachment."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self.done, self.total = 0, total
        self._progress, self._cancelled = progress, cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ReportCancelled()

    def step(self) -> None:
        self.check()
        self.done = min(self.done + 1, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)


def build_packet(
    data: PacketData,
    out: Output,
    paper: str = "letter",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the briefing packet as one PDF to ``out`` and return its page count.

    ``progress(done, total)`` is called as meetings, sections and attachments are done;
    ``cancelled()`` is polled between them and makes the build raise ReportCancelled.
    A damaged, encrypted or non-PDF attachment raises ReportError before typesetting.
    Nothing is written to ``out`` unless the whole packet was built.
    """
    sections = set(data.sections)
    tables = [s for s in _TABLE_SECTIONS if s in sections and _rows(data, s)]
    meetings = list(data.meetings) if SUMMARIES in sections else []
    refs = list(data.attachments) if ATTACHMENTS in sections else []
    steps = _Steps(len(meetings) + len(tables) + 2 * len(refs) + 1, progress, cancelled)
    if progress is not None:
        progress(0, steps.total)

    attachments: list[LoadedAttachment] = []
    for ref in refs:
        steps.check()
        attachments.append(load_attachment(ref))
        steps.step()

    buf = io.BytesIO()
    extra = sum(a.pages for a in attachments)
    doc = ReportDoc(
        buf, paper=paper, title=data.title, extra_pages=extra, cover=True, lang=data.lang
    )
    styles = make_styles()
    story = _story(data, doc, styles, meetings, tables, attachments, steps)
    doc.build_story(story)
    pdf, pages = buf.getvalue(), int(doc.page)
    if attachments:
        pdf, pages = append_attachments(
            pdf,
            attachments,
            outline_title=section_title(ATTACHMENTS, data.lang),
            label=data.title,
            step=steps.step,
            lang=data.lang,
        )
    steps.check()
    write_output(pdf, out)
    steps.step()
    return pages


def _rows(data: PacketData, section: str) -> Sequence[object]:
    return {
        MANDATES: data.mandates,
        ACTIONS: data.open_actions,
        EVENTS: data.events,
        DOCUMENTS: data.documents,
    }[section]


def _anchor_page(key: str) -> Callable[[BuildState, int, int], int]:
    return lambda state, _typeset, _total: state.anchors[key]


def _attachment_page(offset: int) -> Callable[[BuildState, int, int], int]:
    return lambda _state, typeset, _total: typeset + offset + 1


def _story(
    data: PacketData,
    doc: ReportDoc,
    styles: Styles,
    meetings: list[MeetingSummaryData],
    tables: list[str],
    attachments: list[LoadedAttachment],
    steps: _Steps,
) -> list[Flowable]:
    state, lang = doc.state, data.lang
    entries: list[TocEntry] = []
    body: list[Flowable] = []

    for i, meeting in enumerate(meetings):
        if i == 0:
            heading = section_title(SUMMARIES, lang)
            entries.append(TocEntry(heading, 0, "s-summaries", _anchor_page("s-summaries")))
            body.append(Marker(state, key="s-summaries", title=heading))
        key = f"m{i}"
        title = clean(meeting.title).strip() or long_date(meeting.meeting_date, lang)
        entries.append(TocEntry(title, 1, key, _anchor_page(key)))
        label = clean(meeting.symbol).strip() or title
        body.append(Marker(state, key=key, title=title, level=1, label=label, callback=steps.step))
        body += summary_flowables(meeting, styles, doc.width, doc.height)
        body.append(PageBreak())

    for n, section in enumerate(tables):
        key, heading = f"s-{section}", section_title(section, lang)
        entries.append(TocEntry(heading, 0, key, _anchor_page(key)))
        if n:
            body.append(CondPageBreak(doc.height * 0.3))
        body.append(
            Marker(
                state,
                key=key,
                title=heading,
                label=data.title,
                callback=steps.step,
            )
        )
        body.append(plain(heading, styles.section))
        body.append(HRFlowable(width="100%", thickness=0.8, color=RULE_COLOR, spaceAfter=10))
        body.append(_TABLE_BUILDERS[section](data, styles, doc.height))
        body.append(Spacer(1, 18))

    offset = 0
    for n, att in enumerate(attachments):
        if n == 0:
            heading = section_title(ATTACHMENTS, lang)
            entries.append(TocEntry(heading, 0, "", _attachment_page(0)))
        entries.append(TocEntry(att.title, 1, "", _attachment_page(offset)))
        offset += att.pages

    story: list[Flowable] = _cover(data, styles, doc.width, len(meetings), len(attachments))
    if not entries:
        return story  # nothing but the cover
    story += [NextPageTemplate(BODY), PageBreak()]
    contents = text(lang, "contents_entry")
    story.append(Marker(state, key="contents", title=contents, label=data.title))
    for page in layout_contents(
        state, entries, styles, doc.width, doc.height, title=text(lang, "contents")
    ):
        story += [page, PageBreak()]
    if body and isinstance(body[-1], PageBreak):
        body.pop()
    if not body:
        story.pop()  # only attachments follow: no blank page after the contents
    return story + body


def _cover(
    data: PacketData, styles: Styles, width: float, meetings: int, attachments: int
) -> list[Flowable]:
    """Cover: what the packet is about, for which body, who may see it, when prepared."""
    lang = data.lang
    story: list[Flowable] = [
        Spacer(1, 1.4 * inch),
        plain(text(lang, "packet"), styles.cover_kicker),
        plain(data.title, styles.cover_title),
    ]
    if clean(data.period).strip():
        story.append(plain(data.period, styles.cover_line))
    if clean(data.body).strip():
        story.append(plain(data.body, styles.cover_line))
    story.append(Spacer(1, 1.6 * inch))
    story.append(HRFlowable(width="100%", thickness=1.1, color=RULE_COLOR, spaceAfter=10))
    facts = []
    if clean(data.distribution).strip():
        facts.append((text(lang, "distribution"), text(lang, data.distribution)))
    facts.append((text(lang, "prepared"), long_date(data.date_prepared, lang)))
    parts = []
    if meetings:
        parts.append(counted(lang, "summaries", meetings))
    if attachments:
        parts.append(counted(lang, "attached", attachments))
    if parts:
        facts.append((text(lang, "contents_entry"), ", ".join(parts)))
    rows = [[plain(label, styles.cell_head), plain(value, styles.body)] for label, value in facts]
    story.append(
        Table(
            rows,
            colWidths=[width * 0.22, width * 0.78],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), SERIF, 10),  # never the base-14 default
                    ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            ),
        )
    )
    return story


# tables ---------------------------------------------------------------------------


def _p(text: str, styles: Styles) -> TextCell:
    style = styles.cell
    return TextCell([Run(text, style.fontName)], style.fontSize, style.leading)


def _lines(texts: Sequence[str], styles: Styles) -> TextCell:
    style = styles.cell
    runs = [Run(t, style.fontName) for t in texts if clean(t).strip()]
    return TextCell(runs, style.fontSize, style.leading)


def _words(lang: str, *keys: str) -> list[str]:
    """Column headings in ``lang``."""
    return [text(lang, f"h_{key}") for key in keys]


def _head(titles: Sequence[str], styles: Styles) -> list[TextCell]:
    style = styles.cell_head
    return [
        TextCell([Run(t, style.fontName, RULE_COLOR)], style.fontSize, style.leading)
        for t in titles
    ]


def _mandates(data: PacketData, styles: Styles, frame_height: float) -> Flowable:
    muted = styles.cell.fontName
    rows = [
        [
            TextCell(
                [Run(m.resolution, muted)] + ([Run(m.title, muted, MUTED)] if m.title else []),
                styles.cell.fontSize,
                styles.cell.leading,
            ),
            _p(m.paragraph or text(data.lang, "no_paragraph"), styles)
            if m.paragraph or m.title
            else _p("", styles),
            _lines(m.actions, styles),
            _p(m.dates, styles),
        ]
        for m in data.mandates
    ]
    head = _head(_words(data.lang, "resolution", "paragraph", "actions", "dates"), styles)
    return GridTable(head, rows, [1.25, 2.7, 2.2, 1.1], frame_height=frame_height)


def open_actions_order(rows: Sequence[OpenActionRow]) -> list[OpenActionRow]:
    """Overdue first, then by due date (undated last); ties keep their given order."""
    return sorted(rows, key=lambda r: (not r.overdue, r.due_date is None, r.due_date or date.min))


def _actions(data: PacketData, styles: Styles, frame_height: float) -> Flowable:
    rows, fills = [], []
    for a in open_actions_order(data.open_actions):
        status = [Run(status_text(a.status, data.lang), styles.cell.fontName)]
        if a.overdue:
            status.insert(0, Run(text(data.lang, "overdue"), SANS_BOLD, OVERDUE_COLOR))
        rows.append(
            [
                _p(a.meeting, styles),
                _p(a.number, styles),
                _p(a.description, styles),
                TextCell(status, styles.cell.fontSize, styles.cell.leading),
                _p(long_date(a.due_date, data.lang), styles),
            ]
        )
        fills.append(OVERDUE_FILL if a.overdue else None)
    head = _head(_words(data.lang, "meeting", "number", "action", "status", "due"), styles)
    return GridTable(
        head, rows, [1.45, 0.45, 3.1, 1.05, 1.2], fills=fills, frame_height=frame_height
    )


def _events(data: PacketData, styles: Styles, frame_height: float) -> Flowable:
    rows = [
        [
            _p(e.title, styles),
            _p(date_range(e.start, e.end, data.lang), styles),
            _p(e.place, styles),
            _p(e.organizer, styles),
        ]
        for e in data.events
    ]
    head = _head(_words(data.lang, "event", "dates", "place", "organizer"), styles)
    return GridTable(head, rows, [2.6, 1.35, 1.45, 1.6], frame_height=frame_height)


def _documents(data: PacketData, styles: Styles, frame_height: float) -> Flowable:
    rows = [
        [
            _p(d.symbol, styles),
            _p(d.title, styles),
            _p(long_date(d.date, data.lang), styles),
            _p(d.language, styles),
        ]
        for d in data.documents
    ]
    head = _head(_words(data.lang, "symbol", "title", "date", "language"), styles)
    return GridTable(head, rows, [1.7, 3.05, 1.35, 0.95], frame_height=frame_height)


_TABLE_BUILDERS: dict[str, Callable[[PacketData, Styles, float], Flowable]] = {
    MANDATES: _mandates,
    ACTIONS: _actions,
    EVENTS: _events,
    DOCUMENTS: _documents,
}
