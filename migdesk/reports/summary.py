"""The printed meeting summary, laid out as an OAS document."""

from __future__ import annotations

import io

from reportlab.platypus.flowables import Flowable

from migdesk.reports.data import ActionLine, MeetingSummaryData
from migdesk.reports.output import Output, write_output
from migdesk.reports.para import Para
from migdesk.reports.styles import Styles, make_styles
from migdesk.reports.templates import ReportDoc, header_block
from migdesk.reports.text import clean, esc, long_date, sentence_case, us_date

BULLET = "\u2022"


def build_summary(data: MeetingSummaryData, out: Output, paper: str = "letter") -> None:
    """Write the summary of one meeting as a PDF to ``out`` (a path or a binary file).

    ``paper`` is "letter" or "a4". Nothing is written if typesetting fails.
    """
    buf = io.BytesIO()
    doc = ReportDoc(buf, paper=paper, title=data.title, label=data.symbol)
    styles = make_styles()
    doc.build_story(summary_flowables(data, styles, doc.width))
    write_output(buf.getvalue(), out)


def summary_flowables(data: MeetingSummaryData, styles: Styles, width: float) -> list[Flowable]:
    """The flowables of one summary: header block, title, introduction, interventions by
    agenda item, decisions and follow-up actions. Empty parts leave no heading behind."""
    story: list[Flowable] = header_block(
        styles,
        width,
        hierarchy=data.body_hierarchy,
        classification=data.classification,
        symbol=data.symbol,
        date_of_issue=data.date_of_issue,
        original_language=data.original_language,
    )
    if clean(data.title).strip():
        story.append(Para(esc(data.title), styles.title))
    intro = [p for p in data.introduction if clean(p).strip()] or _generated_intro(data)
    story += [Para(esc(p), styles.intro) for p in intro]

    for item in data.agenda_items:
        bullets = [i for i in item.interventions if clean(i.text).strip()]
        if not bullets:
            continue
        if item.title and clean(item.title).strip():
            story.append(Para(esc(item.title), styles.heading))
        story += [_bullet(i.text, styles) for i in bullets]

    decisions = [d for d in data.decisions if clean(d).strip()]
    if decisions:
        story.append(Para("Decisions", styles.heading))
        story += [_bullet(d, styles) for d in decisions]

    actions = [a for a in data.actions if clean(a.description).strip() or clean(a.outcome).strip()]
    if actions:
        story.append(Para("Follow-up actions", styles.heading))
        for action in actions:
            story += _action(action, styles)
    return story


def _bullet(text: str, styles: Styles) -> Paragraph:
    return Para(f"<bullet>{BULLET}</bullet>{esc(text)}", styles.bullet)


def _action(action: ActionLine, styles: Styles) -> list[Flowable]:
    """A numbered action, its outcome, then status, event and due date in small type.
    The parts keep together (and with a heading before them) through keepWithNext."""
    number = clean(action.number).strip()
    bullet = f"<bullet>{esc(number)}.</bullet>" if number else ""
    parts: list[Flowable] = [Para(bullet + esc(action.description), styles.action)]
    if clean(action.outcome).strip():
        parts.append(Para(f"<i>Outcome:</i> {esc(action.outcome)}", styles.action))
    meta = []
    if clean(action.status).strip():
        meta.append(f"Status: <b>{esc(sentence_case(action.status))}</b>")
    if clean(action.event).strip():
        meta.append(f"Event: {esc(action.event)}")
    if action.due_date is not None:
        meta.append(f"Due: {long_date(action.due_date)}")
    parts.append(Para(" \u00a0\u00b7\u00a0 ".join(meta), styles.action_meta))
    return parts


def _generated_intro(data: MeetingSummaryData) -> list[str]:
    """Mandate and meeting paragraphs written from the structured fields."""
    paragraphs = []
    mandates = [
        f"{clean(sym)}, \u201c{clean(title)}\u201d" if clean(title).strip() else clean(sym)
        for sym, title in data.mandates
        if clean(sym).strip()
    ]
    if mandates:
        paragraphs.append("Mandates: " + "; ".join(mandates) + ".")
    meeting = "The meeting was held"
    if clean(data.place).strip():
        meeting += f" in {clean(data.place)}"
    meeting += f" on {us_date(data.meeting_date)}."
    if clean(data.agenda_symbol).strip():
        meeting += f" The agenda was distributed as document {clean(data.agenda_symbol)}."
    if clean(data.order_of_business_symbol).strip():
        meeting += (
            " The order of business can be found in document "
            f"{clean(data.order_of_business_symbol)}."
        )
    paragraphs.append(meeting)
    return paragraphs

