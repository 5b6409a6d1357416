"""The printed meeting summary, laid out as an OAS document."""

from __future__ import annotations

import io

from reportlab.platypus.flowables import Flowable

from migdesk.reports.data import ActionLine, InterventionLine, MeetingSummaryData
from migdesk.reports.flowables import kept
from migdesk.reports.i18n import long_date, status_text, text
from migdesk.reports.output import Output, write_output
from migdesk.reports.para import Paragraph, led, plain
from migdesk.reports.styles import SERIF_BOLD, SERIF_ITALIC, Styles, make_styles
from migdesk.reports.templates import ReportDoc, header_block
from migdesk.reports.text import clean

BULLET = "\u2022"


def build_summary(data: MeetingSummaryData, out: Output, paper: str = "letter") -> None:
    """Write the summary of one meeting as a PDF to ``out`` (a path or a binary file).

    ``paper`` is "letter" or "a4". Nothing is written if typesetting fails.
    """
    buf = io.BytesIO()
    doc = ReportDoc(buf, paper=paper, title=data.title, label=data.symbol, lang=data.lang)
    styles = make_styles()
    doc.build_story(summary_flowables(data, styles, doc.width, doc.height))
    write_output(buf.getvalue(), out)


def summary_flowables(
    data: MeetingSummaryData, styles: Styles, width: float, height: float
) -> list[Flowable]:
    """The flowables of one summary for a frame of ``width`` x ``height``: header block,
    title, introduction, interventions by agenda item, decisions and follow-up actions.
    Empty parts leave no heading behind; a heading never ends a page."""
    story: list[Flowable] = header_block(
        styles,
        width,
        hierarchy=data.body_hierarchy,
        classification=data.classification,
        symbol=data.symbol,
        date_of_issue=data.date_of_issue,
        original_language=data.original_language,
        lang=data.lang,
    )
    if clean(data.title).strip():
        story.append(plain(data.title, styles.title))
    intro = [p for p in data.introduction if clean(p).strip()]
    story += [plain(p, styles.intro) for p in intro + _generated_intro(data, intro)]

    for item in data.agenda_items:
        bullets = [
            _intervention(i, styles, width) for i in item.interventions if clean(i.text).strip()
        ]
        if bullets and item.title and clean(item.title).strip():
            bullets[:1] = kept([plain(item.title, styles.heading), bullets[0]], width, height)
        story += bullets

    decisions = [_bullet(d, styles) for d in data.decisions if clean(d).strip()]
    if decisions:
        decided = plain(text(data.lang, "decisions"), styles.heading)
        story += kept([decided, decisions[0]], width, height)
        story += decisions[1:]

    actions = [a for a in data.actions if clean(a.description).strip() or clean(a.outcome).strip()]
    for i, action in enumerate(actions):
        heading = [plain(text(data.lang, "actions"), styles.heading)] if i == 0 else []
        story += kept(heading + _action(action, styles, data.lang, width), width, height)
    return story


def _bullet(content: str, styles: Styles) -> Paragraph:
    return plain(content, styles.bullet, BULLET)


def _intervention(line: InterventionLine, styles: Styles, width: float) -> Paragraph:
    """The bullet of an intervention, led by its speaker in italics unless the text
    names them (``width``: the frame's)."""
    speaker = clean(line.speaker).strip()
    if not speaker or speaker.casefold() in clean(line.text).casefold():
        return _bullet(line.text, styles)
    return led([(speaker + ": ", SERIF_ITALIC)], line.text, styles.bullet, BULLET, width)


def _action(action: ActionLine, styles: Styles, lang: str, width: float) -> list[Flowable]:
    """A numbered action, its outcome, then status, event and due date in small type.
    The caller keeps the parts together (``width``: the frame's)."""
    number = clean(action.number).strip()
    parts: list[Flowable] = [
        plain(action.description, styles.action, f"{number}." if number else None)
    ]
    if clean(action.outcome).strip():
        outcome = text(lang, "outcome")
        parts.append(led([(outcome, SERIF_ITALIC)], action.outcome, styles.action, None, width))
    status: list[tuple[str, str | None]] = []
    if clean(action.status).strip():
        status = [(text(lang, "status"), None), (status_text(action.status, lang), SERIF_BOLD)]
    rest = []
    if clean(action.event).strip():
        rest.append(text(lang, "event") + action.event)
    if action.due_date is not None:
        rest.append(text(lang, "due") + long_date(action.due_date, lang))
    if status and rest:
        status.append((_SEP, None))
    # the status in bold leads; what follows stays in one font
    parts.append(led(status, _SEP.join(rest), styles.action_meta, None, width))
    return parts


_SEP = " \u00a0\u00b7\u00a0 "


def _generated_intro(data: MeetingSummaryData, typed: list[str]) -> list[str]:
    """Mandate and meeting paragraphs written from the fields, leaving out what the
    typed introduction already says (a mandate's symbol, the date, the chair's name)."""
    said = " ".join(clean(p) for p in typed).casefold()
    lang = data.lang

    def new(value: str) -> bool:
        return bool(value.strip()) and value.strip().casefold() not in said

    paragraphs = []
    mandates = [
        f"{clean(sym)}, \u201c{clean(title)}\u201d" if clean(title).strip() else clean(sym)
        for sym, title in data.mandates
        if new(clean(sym))
    ]
    if mandates:
        paragraphs.append(text(lang, "mandates", mandates="; ".join(mandates)))
    sentences = []
    day, place = long_date(data.meeting_date, lang), clean(data.place)
    if new(day) and new(place):
        sentences.append(text(lang, "held_place_date", place=place, date=day))
    elif new(day):
        sentences.append(text(lang, "held_date", date=day))
    elif new(place):
        sentences.append(text(lang, "held_place", place=place))
    if new(clean(data.chair).split(",")[0]):
        sentences.append(text(lang, "chaired", chair=clean(data.chair)))
    if new(clean(data.agenda_symbol)):
        sentences.append(text(lang, "agenda", symbol=clean(data.agenda_symbol)))
    if new(clean(data.order_of_business_symbol)):
        sentences.append(text(lang, "order", symbol=clean(data.order_of_business_symbol)))
    if sentences:
        paragraphs.append(" ".join(sentences))
    return paragraphs
