"""A meeting report's lines read into a draft: the meeting and everything it records.

The order of a summary: header block, title, introduction (mandates, date and place,
agenda and order of business), then headings (agenda items or sections such as "Follow-up
actions" and "Conclusions"), bullets and paragraphs (interventions), numbered and
lettered items (actions or decisions). See docs/report-import.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from migdesk.domain.report_parse.blocks import Block, SourceLine, build_blocks, ends_sentence
from migdesk.domain.report_parse.bodies import BUILTIN_BODIES, BodyIndex, KnownBody
from migdesk.domain.report_parse.dates import find_dates
from migdesk.domain.report_parse.draft import DraftRecord, ParsedReport, Unplaced
from migdesk.domain.report_parse.followup import ActionReading, decision_kind, read_action
from migdesk.domain.report_parse.header import Header, read_header
from migdesk.domain.report_parse.language import detect_language
from migdesk.domain.report_parse.speakers import find_speaker
from migdesk.domain.report_parse.symbols_in_text import SymbolMention, find_symbols
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
    r"(?P<place>.+?),?\s+(?:on|el|le|em|no dia|los días|el día)\s+(?=\d|[A-Z])",
)
_SUBJECT_OF_INTRO = re.compile(
    r"\b(?:regarding|concerning|on|sobre|acerca de|concernant|sur|sobre)\s+"
    r"(?:the possibility of |la posibilidad de |la possibilité de |a possibilidade de )"
    r"(?P<subject>[^.]+)\."
)
_STATUS_LINE = re.compile(r"\s*\b(?:Status|Estado|Statut|Situação):\s*(?P<status>[^·\n]+?)(?:\s+·.*)?$")
_QUOTED_AFTER = re.compile(r"^\s*,?\s*[“\"«](?P<title>[^”\"»]+?)[,.]?[”\"»]")
_DOC_TITLES = {
    "agenda": {"en": "Agenda", "es": "Orden del día", "fr": "Ordre du jour", "pt": "Pauta"},
    "order": {"en": "Order of business", "es": "Orden de los trabajos", "fr": "Ordre des travaux",
              "pt": "Ordem dos trabalhos"},
}  # fmt: skip
_DOC_ROLES = (
    ("order", re.compile(r"order of business|orden de(?: los)? trabajos?|ordre des travaux|ordem dos trabalhos", re.I)),
    ("agenda", re.compile(r"\bagenda\b|orden del día|temario|ordre du jour|\bpauta\b", re.I)),
)  # fmt: skip
_STATUS_WORDS = {
    "planned": "planned", "invited": "invited", "in progress": "in progress", "done": "done",
    "declined": "declined", "cancelled": "cancelled", "planificada": "planned",
    "invitada": "invited", "en curso": "in progress", "realizada": "done",
    "rechazada": "declined", "cancelada": "cancelled",
}  # fmt: skip


@dataclass
class _State:
    """What the walk over the blocks has built so far."""

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
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return f"{kind}:{self.counts[kind]}"

    def add(self, kind: str, values: dict[str, Any], lines: tuple[int, int], confidence: float = 0.9,
            links: dict[str, Any] | None = None, key: str | None = None) -> DraftRecord:
        record = DraftRecord(kind, key or self.key(kind), values, lines, confidence, dict(links or {}))
        self.report.records.append(record)
        return record

    def note_bodies(self, text: str, lines: tuple[int, int]) -> None:
        for m in self.index.find(text):
            self.mentioned.setdefault(m.key, lines)


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
    state = _State(ParsedReport(language=lang), index, lang)
    _warn_messy(state, lines, blocks, dropped)
    state.report.header = _header_json(header)
    title_block, intro, body_blocks = _split_front(blocks)
    meeting = _meeting(state, header, title_block, intro, body_key)
    state.home = _home(index, meeting.links.get("body_id"))
    for block in body_blocks:
        _place(state, block)
    if not state.report.of("agenda_items"):
        _single_item(state, meeting)
    _symbols(state, blocks, intro)
    _organizations(state)
    return state.report


def _warn_messy(state: _State, lines: Sequence[SourceLine], blocks: list[Block], dropped: list[SourceLine]) -> None:
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


def _meeting(state: _State, header: Header, title: Block | None, intro: list[Block], body_key: str | None) -> DraftRecord:
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


def _place(state: _State, block: Block) -> None:
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
    status = _STATUS_LINE.match(block.text)
    if status and state.last_followup is not None:
        _set_status(state.last_followup, status["status"])
        state.last_followup.lines = (state.last_followup.lines[0], block.last)
        return
    if block.text.lower().startswith(("outcome:", "resultado:")) and state.last_followup is not None \
            and state.last_followup.kind == "actions":
        state.last_followup.values["outcome"] = block.text.split(":", 1)[1].strip()
        state.last_followup.lines = (state.last_followup.lines[0], block.last)
        return
    if block.kind in ("number", "letter"):
        _followup(state, block)
    elif state.mode == "interventions":
        _intervention(state, block)
    elif block.kind == "bullet":
        _followup(state, block)
    else:
        state.report.unplaced.append(Unplaced(block.text, lines, "a paragraph among follow-up items"))


def _set_status(record: DraftRecord, written: str) -> None:
    status = _STATUS_WORDS.get(written.strip().casefold())
    if status and record.kind == "actions":
        record.values["status"] = status


def _intervention(state: _State, block: Block) -> None:
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


def _followup(state: _State, block: Block) -> None:
    text = block.text
    status = _STATUS_LINE.search(text)
    if status:
        text = text[: status.start()].rstrip()
    parent = state.last_followup if block.kind == "letter" else None
    if state.mode == "decisions" or (parent is not None and parent.kind == "decisions"):
        is_decision = True
    elif state.mode == "actions" or parent is not None:
        is_decision = False
    else:
        is_decision = decision_kind(text) is not None and not find_dates(text)
    record = _decision(state, block, text, parent) if is_decision else _action(state, block, text)
    if status:
        _set_status(record, status["status"])
    if block.kind != "letter":
        state.last_followup = record
    elif state.last_followup is None:
        state.last_followup = record


def _decision(state: _State, block: Block, text: str, parent: DraftRecord | None) -> DraftRecord:
    kind = decision_kind(text)
    inherited = parent.values.get("kind") if parent is not None and parent.kind == "decisions" else None
    return state.add(
        "decisions",
        {"position": len(state.report.of("decisions")), "kind": kind or inherited or "agreed",
         "text": _labelled(block, text)},
        (block.first, block.last), 0.9 if kind or inherited else 0.6,
        {"meeting_id": "meetings:1", "agenda_item_id": state.item_key},
    )  # fmt: skip


def _labelled(block: Block, text: str) -> str:
    """A lettered sub-item keeps its letter ("a) ..."): its number field holds none."""
    return f"{block.label}) {text}" if block.kind == "letter" and block.label else text


def _action(state: _State, block: Block, text: str) -> DraftRecord:
    reading = read_action(text, state.index, state.home)
    event_key = _event(state, block, reading)
    number = int(block.label) if block.label and block.label.isdigit() else None
    due = reading.event.dates.start.isoformat() if reading.event and reading.event.dates else None
    if due is None:
        found = find_dates(reading.description)
        due = found[0].start.isoformat() if found else None
    return state.add(
        "actions",
        {"number": number, "position": len(state.report.of("actions")),
         "description": _labelled(block, reading.description), "due_date": due,
         "status": reading.status, "outcome": reading.outcome},
        (block.first, block.last), reading.confidence,
        {"meeting_id": "meetings:1", "responsible_id": reading.responsible,
         "counterpart_id": reading.counterpart, "event_id": event_key},
    )  # fmt: skip


def _event(state: _State, block: Block, reading: ActionReading) -> str | None:
    event = reading.event
    if event is None:
        return None
    lines = (block.first, block.last)
    home = state.home
    organizer: str | None = reading.responsible
    if home and home in reading.inviters:
        organizer = home
    elif reading.inviters:
        others = [k for k in reading.inviters if state.index.bodies[k].kind != "member state delegation"]
        organizer = (others or reading.inviters)[0]
    description = None
    if reading.inviter_text and home not in reading.inviters:
        who = reading.inviter_text.strip()
        description = f"Invitation from {who[:1].lower()}{who[1:]}."
    record = state.add(
        "events",
        {"title": event.title, "kind": event.kind,
         "start_date": event.dates.start.isoformat() if event.dates else None,
         "end_date": event.dates.end.isoformat() if event.dates else None,
         "place": event.place, "description": description},
        lines, 0.8 if event.dates else 0.6, {"organizer_id": organizer},
    )  # fmt: skip
    inviter = reading.inviters[0] if reading.inviters else None
    for invitee in reading.invitees:
        responded = reading.response != "no response"
        state.add(
            "invitations",
            {"response": reading.response, "note": reading.outcome if responded else None},
            lines, 0.8,
            {"event_id": record.key, "organization_id": invitee, "invited_by_id": inviter},
        )  # fmt: skip
    return record.key


def _single_item(state: _State, meeting: DraftRecord) -> None:
    """A report without headings treats one matter: the meeting's own title."""
    item = state.add("agenda_items", {"number": "1", "title": meeting.values["title"], "position": 0},
                     meeting.lines, 0.7, {"meeting_id": "meetings:1"})
    for record in state.report.of("interventions") + state.report.of("decisions"):
        record.links["agenda_item_id"] = item.key


def _symbols(state: _State, blocks: list[Block], intro: list[Block]) -> None:
    """Resolutions and documents named in the text; the introduction's are the mandates."""
    meeting = state.report.meeting
    intro_ids = {id(b) for b in intro}
    seen: dict[str, DraftRecord] = {}
    for block in blocks:
        for found in find_symbols(block.text):
            record = seen.get(found.normalized)
            if record is None:
                record = _symbol_record(state, block, found)
                seen[found.normalized] = record
            if id(block) not in intro_ids:
                continue
            if record.kind == "resolutions":
                mandates = meeting.links["mandate_ids"]
                if isinstance(mandates, list) and record.key not in mandates:
                    mandates.append(record.key)
            else:
                role = _document_role(block.text, found)
                field_name = {"agenda": "agenda_document_id", "order": "order_of_business_document_id"}.get(role or "")
                if field_name and meeting.links.get(field_name) is None:
                    meeting.links[field_name] = record.key
                    record.values["title"] = record.values["title"] or _DOC_TITLES[role or ""].get(state.language, _DOC_TITLES[role or ""]["en"])


def _symbol_record(state: _State, block: Block, found: SymbolMention) -> DraftRecord:
    lines = (block.first, block.last)
    meeting = state.report.meeting
    if found.category in ("resolution", "council_resolution", "declaration"):
        quoted = _QUOTED_AFTER.match(block.text[found.stop :])
        parts = found.parts
        session = f"{parts['session_roman']}-{parts['session_kind_code']}" if "session_roman" in parts else None
        return state.add(
            "resolutions",
            {"symbol": found.normalized, "title": quoted["title"].strip() if quoted else None,
             "session": session, "year": parts.get("year"), "adopted_on": None,
             "language": state.language, "notes": None},
            lines, 0.9, {"body_id": state.index.lookup(str(parts.get("organ", "")))},
        )  # fmt: skip
    return state.add(
        "documents",
        {"symbol": found.normalized, "title": None, "date": None, "language": state.language,
         "distribution": "public", "classification": state.report.header.get("classification")
         or _classification_for(found), "notes": None},
        lines, 0.9, {"body_id": meeting.links.get("body_id")},
    )  # fmt: skip


def _classification_for(found: SymbolMention) -> str | None:
    """Committees of the Permanent Council publish under OEA/Ser.G."""
    prefix = str(found.parts.get("prefix", ""))
    return "OEA/Ser.G" if prefix.startswith(("CE/", "CP", "CAJP")) else None


def _document_role(text: str, found: SymbolMention) -> str | None:
    """Whether the sentence naming a document calls it the agenda or the order of business."""
    start = max(text.rfind(". ", 0, found.begin), text.rfind(".  ", 0, found.begin))
    sentence = text[start + 1 : found.begin]
    for role, pattern in _DOC_ROLES:
        if pattern.search(sentence):
            return role
    return None


def _organizations(state: _State) -> None:
    """One record for every body named or referred to, and the bodies above them."""
    wanted: list[str] = []

    def want(key: Any) -> None:
        if isinstance(key, str) and key in state.index.bodies and key not in wanted:
            wanted.append(key)
            for parent in state.index.ancestors(key):
                want(parent)

    for record in state.report.records:
        for value in record.links.values():
            for key in value if isinstance(value, list) else [value]:
                want(key)
    for key in state.mentioned:
        want(key)
    for key in wanted:
        body = state.index.bodies[key]
        parent = (body.parent and state.index.canonical(body.parent)) or (state.home if body.kind == "member state delegation" and state.home != key else None)
        state.report.records.append(DraftRecord(
            "organizations", key,
            {"name": body.name, "acronym": body.acronym, "kind": body.kind,
             "country": body.country, "aliases": [], "language": "en", "notes": None},
            state.mentioned.get(key, (0, 0)), 0.9 if key in state.mentioned else 0.7,
            {"parent_id": parent},
        ))  # fmt: skip


def _header_json(header: Header) -> dict[str, Any]:
    return {
        "bodies": header.bodies,
        "classification": header.classification,
        "symbol": header.symbol,
        "issued": header.issued.isoformat() if header.issued else None,
        "original_language": header.original_language,
        "lines": header.lines,
    }
