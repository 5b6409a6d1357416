"""The records a report refers to: resolutions and documents by symbol, organizations.

The introduction's resolutions are the meeting's mandates; its documents are the agenda
or the order of business, by the words of the sentence before their symbol.
"""

from __future__ import annotations

import re
from typing import Any

from migdesk.domain.report_parse.blocks import Block
from migdesk.domain.report_parse.draft import DraftRecord
from migdesk.domain.report_parse.state import DraftState
from migdesk.domain.report_parse.symbols_in_text import SymbolMention, find_symbols

_QUOTED_AFTER = re.compile(r"^\s*,?\s*[“\"«](?P<title>[^”\"»]+?)[,.]?[”\"»]")

_DOC_TITLES = {
    "agenda": {"en": "Agenda", "es": "Orden del día", "fr": "Ordre du jour", "pt": "Pauta"},
    "order": {"en": "Order of business", "es": "Orden de los trabajos", "fr": "Ordre des travaux",
              "pt": "Ordem dos trabalhos"},
}  # fmt: skip

_ROLE_FIELDS = {"agenda": "agenda_document_id", "order": "order_of_business_document_id"}
_DOC_ROLES = (
    ("order", re.compile(r"order of business|orden de(?: los)? trabajos?|ordre des travaux|ordem dos trabalhos", re.I)),
    ("agenda", re.compile(r"\bagenda\b|orden del día|temario|ordre du jour|\bpauta\b", re.I)),
)  # fmt: skip


def link_symbols(state: DraftState, blocks: list[Block], intro: list[Block]) -> None:
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
                _link_document(state, record, _document_role(block.text, found))


def _link_document(state: DraftState, record: DraftRecord, role: str | None) -> None:
    """Make a document the meeting's agenda or order of business (the first one named)."""
    field_name = _ROLE_FIELDS.get(role or "")
    meeting = state.report.meeting
    if role and field_name and meeting.links.get(field_name) is None:
        meeting.links[field_name] = record.key
        titles = _DOC_TITLES[role]
        record.values["title"] = record.values["title"] or titles.get(state.language, titles["en"])


def _symbol_record(state: DraftState, block: Block, found: SymbolMention) -> DraftRecord:
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


def add_organizations(state: DraftState) -> None:
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
