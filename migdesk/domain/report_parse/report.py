"""A meeting report's lines read into a draft: the meeting and everything it records.

The order of a summary: header block, title, introduction (mandates, date and place,
agenda and order of business), then headings (agenda items or sections such as "Follow-up
actions" and "Conclusions"), bullets and paragraphs (interventions), numbered and
lettered items (actions or decisions). See docs/report-import.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from migdesk.domain.report_parse.blocks import Block, SourceLine, build_blocks, ends_sentence
from migdesk.domain.report_parse.bodies import BUILTIN_BODIES, BodyIndex, KnownBody
from migdesk.domain.report_parse.dates import find_dates
from migdesk.domain.report_parse.draft import DraftRecord, ParsedReport, Unplaced
from migdesk.domain.report_parse.followup_records import STATUS_LINE, place_followup, set_status
from migdesk.domain.report_parse.header import Header, read_header
from migdesk.domain.report_parse.language import detect_language
from migdesk.domain.report_parse.references import add_organizations, link_symbols
from migdesk.domain.report_parse.speakers import find_speaker
from migdesk.domain.report_parse.state import DraftState
from migdesk.domain.vocab import MeetingStatus

_SECTIONS = {
    "actions": re.compile(
        r"^(?:follow-?up(?: actions)?|actions|acciones(?: de seguimiento)?|seguimiento|"
        r"actions de suivi|ações de acompanhamento)\b", re.I),
    "decisions": re.compile(
        r"^(?:decisions|conclusions|agreements|recommendations|decisiones|conclusiones|acuerdos|"
        r"recomendaciones|décisions|conclusões|acordos)\b", re.I),
}  # fmt: skip
_MET = re.compile(
    r"\b(?:met|se reunió|se reunieron|s'est réuni\w*|se reuniu|reunió)\s+(?:in|at|en|à|em|na|no)\s+"
    r"(?P<place>.{1,120}?),?\s+(?:on|el|le|em|no dia|los días|el día)\s+(?=\d|[A-Z])",
)
_SUBJECT_OF_INTRO = re.compile(
    r"\b(?:regarding|concerning|on|sobre|acerca de|concernant|sur|sobre)\s+"
    r"(?:the possibility of |la posibilidad de |la possibilité de |a possibilidade de )"
    r"(?P<subject>[^.]+)\."
)


def parse_report(
    lines: Sequence[SourceLine],
    *,
    language: str | None = None,
    bodies: Sequence[KnownBody] = (),
    body_key: str | None = None,
) -> ParsedReport:
    """Read a report's lines into a draft.

    bodies: organizations already known (the database's), matched before the built-in
    list; body_key: the meeting's body when the caller knows it (overrides the text).
    Never raises on odd text: what it cannot read goes to `unplaced` and `warnings`.
    """
    header, rest = read_header(list(lines))
    blocks, dropped = build_blocks(rest)
    text = "\n".join(b.text for b in blocks)
    lang = language or detect_language(text)
    index = BodyIndex.of([])
    for body in (*bodies, *BUILTIN_BODIES):
        index.add_or_merge(body)
    for block in blocks:
        index.learn(block.text)
    state = DraftState(ParsedReport(language=lang), index, lang)
    _warn_messy(state, lines, blocks, dropped)
    state.report.header = _header_json(header)
    title_block, intro, body_blocks = _split_front(blocks)
    meeting = _meeting(state, header, title_block, intro, body_key)
    state.home = _home(index, meeting.links.get("body_id"))
    for block in body_blocks:
        _place(state, block)
    if not state.report.of("agenda_items"):
        _single_item(state, meeting)
    link_symbols(state, blocks, intro)
    add_organizations(state)
    return state.report


def _warn_messy(state: DraftState, lines: Sequence[SourceLine], blocks: list[Block], dropped: list[SourceLine]) -> None:
    report = state.report
    bad = [line.number for line in lines if "\ufffd" in line.text]
    if bad:
        report.warnings.append(f"replacement characters (\ufffd) on lines {_ranges(bad)}")
    for block in blocks:
        if block.label_lost:
            report.warnings.append(
                f"line {block.first}: the item's number was lost in conversion; read as {block.label}"
            )
    for line in dropped:  # footnotes: kept for the delegate, in no record
        report.unplaced.append(Unplaced(line.text.strip(), (line.number, line.number), "footnote"))


def _ranges(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" ..." if len(numbers) > 10 else "")


def _is_heading(block: Block) -> bool:
    if block.kind == "heading":
        return True
    words = block.text.split()
    return (
        block.kind == "para" and not ends_sentence(block.text) and 0 < len(words) <= 15
        and block.text[:1].isupper() and not block.text.endswith(",")
    )


def _split_front(blocks: list[Block]) -> tuple[Block | None, list[Block], list[Block]]:
    """(title, introduction, the rest)."""
    n = 0
    title = None
    if blocks and (blocks[0].kind == "heading" or (
        blocks[0].kind == "para" and not ends_sentence(blocks[0].text) and len(blocks[0].text.split()) <= 30
    )):
        title, n = blocks[0], 1
    intro: list[Block] = []
    while n < len(blocks) and blocks[n].kind == "para" and not _is_heading(blocks[n]):
        intro.append(blocks[n])
        n += 1
    rest = blocks[n:]
    if not rest and len(intro) > 1:  # no structure at all: the first paragraph introduces
        intro, rest = intro[:1], intro[1:]
    return title, intro, rest


def _meeting(state: DraftState, header: Header, title: Block | None, intro: list[Block], body_key: str | None) -> DraftRecord:
    index = state.index
    text = "\n\n".join(b.text for b in intro)
    met = _MET.search(text)
    dates = find_dates(text[met.end() :] if met else text)
    meeting_date = dates[0].start.isoformat() if dates else None
    place = met["place"].strip() if met else None
    body = body_key
    if body is None and met:
        before = [m for m in index.find(text[: met.start()]) if met.start() - m.stop <= 2]
        body = before[-1].key if before else None
    if body is None:
        header_bodies = [index.lookup(name) for name in header.bodies]
        body = next((k for k in reversed(header_bodies) if k), None)
    title_text = " ".join(title.text.split()) if title else _title_from(text)
    if not meeting_date:
        state.report.warnings.append("no date of the meeting found in the introduction")
    if not body:
        state.report.warnings.append("no body found for the meeting (use --body)")
    values = {
        "title": title_text or "Meeting",
        "date": meeting_date,
        "start_time": None,
        "end_time": None,
        "place": place,
        "chair_id": None,
        "status": MeetingStatus.HELD.value if meeting_date else MeetingStatus.SCHEDULED.value,
        "symbol": header.symbol,
        "summary_date": header.issued.isoformat() if header.issued else None,
        "introduction": text or None,
        "language": state.language,
        "notes": None,
    }
    first = (title or (intro[0] if intro else None))
    last = intro[-1] if intro else title
    lines = (first.first, last.last) if first and last else (0, 0)
    confidence = 0.9 if meeting_date and body and place else 0.6
    links: dict[str, Any] = {"body_id": body, "agenda_document_id": None,
                             "order_of_business_document_id": None, "mandate_ids": []}
    record = state.add("meetings", values, lines, confidence, links, key="meetings:1")
    for block in intro:
        state.note_bodies(block.text, (block.first, block.last))
    return record


def _title_from(intro: str) -> str | None:
    m = _SUBJECT_OF_INTRO.search(intro)
    if not m:
        return None
    subject = " ".join(m["subject"].split())
    return subject[:1].upper() + subject[1:]


def _home(index: BodyIndex, body: Any) -> str | None:
    """The organization the meeting's body belongs to (the OAS for the CEAM)."""
    if not isinstance(body, str):
        return None
    chain = [body, *index.ancestors(body)]
    return chain[-1]


def _section(text: str) -> str | None:
    for name, pattern in _SECTIONS.items():
        if pattern.match(text.strip()):
            return name
    return None


def _place(state: DraftState, block: Block) -> None:
    lines = (block.first, block.last)
    state.note_bodies(block.text, lines)
    if _is_heading(block):
        section = _section(block.text)
        if section:
            state.mode = section
            return
        state.mode = "interventions"
        number = block.label or str(len(state.report.of("agenda_items")) + 1)
        item = state.add("agenda_items", {"number": number, "title": block.text.strip(),
                                          "position": len(state.report.of("agenda_items"))},
                         lines, 0.8, {"meeting_id": "meetings:1"})
        state.item_key = item.key
        return
    status = STATUS_LINE.match(block.text)
    if status and state.last_followup is not None:
        set_status(state.last_followup, status["status"])
        state.last_followup.lines = (state.last_followup.lines[0], block.last)
        return
    if block.text.lower().startswith(("outcome:", "resultado:")) and state.last_followup is not None \
            and state.last_followup.kind == "actions":
        state.last_followup.values["outcome"] = block.text.split(":", 1)[1].strip()
        state.last_followup.lines = (state.last_followup.lines[0], block.last)
        return
    if block.kind in ("number", "letter"):
        place_followup(state, block)
    elif state.mode == "interventions":
        _intervention(state, block)
    elif block.kind == "bullet":
        place_followup(state, block)
    else:
        state.report.unplaced.append(Unplaced(block.text, lines, "a paragraph among follow-up items"))


def _intervention(state: DraftState, block: Block) -> None:
    speaker = find_speaker(block.text, state.index)
    state.add(
        "interventions",
        {"position": len(state.report.of("interventions")), "speaker": speaker.name,
         "speaker_kind": speaker.kind, "text": block.text, "language": state.language},
        (block.first, block.last),
        speaker.confidence,
        {"meeting_id": "meetings:1", "agenda_item_id": state.item_key,
         "speaker_ids": list(speaker.body_keys)},
    )  # fmt: skip


def _single_item(state: DraftState, meeting: DraftRecord) -> None:
    """A report without headings treats one matter: the meeting's own title."""
    item = state.add("agenda_items", {"number": "1", "title": meeting.values["title"], "position": 0},
                     meeting.lines, 0.7, {"meeting_id": "meetings:1"})
    for record in state.report.of("interventions") + state.report.of("decisions"):
        record.links["agenda_item_id"] = item.key


def _header_json(header: Header) -> dict[str, Any]:
    return {
        "bodies": header.bodies,
        "classification": header.classification,
        "symbol": header.symbol,
        "issued": header.issued.isoformat() if header.issued else None,
        "original_language": header.original_language,
        "lines": header.lines,
    }
