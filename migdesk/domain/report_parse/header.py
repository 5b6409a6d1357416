"""The header block of an OAS-style summary: bodies, classification, symbol, dates.

    PERMANENT COUNCIL OF THE                 OEA/Ser.G
    ORGANIZATION OF AMERICAN STATES          CE/AM-80/09
                                             20 February 2009
    SPECIAL COMMITTEE ON MIGRATION ISSUES    Original: Spanish
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from migdesk.domain.report_parse.blocks import SourceLine, _is_caps
from migdesk.domain.report_parse.dates import find_dates
from migdesk.domain.symbols import parse_symbol

_ORIGINAL = re.compile(r"^(?:original|idioma original|langue originale)\s*:\s*(?P<lang>\w+)", re.I)
_LANGUAGES = {
    "english": "en", "inglés": "en", "ingles": "en", "anglais": "en", "inglês": "en",
    "spanish": "es", "español": "es", "espanol": "es", "espagnol": "es", "espanhol": "es",
    "french": "fr", "francés": "fr", "français": "fr", "francês": "fr",
    "portuguese": "pt", "portugués": "pt", "portugais": "pt", "português": "pt",
}  # fmt: skip
_DISTRIBUTION = re.compile(r"^(?:distribution|distribución)?\s*:?\s*(?:limited|limitada|public|pública)$", re.I)
_OPEN_ENDED = re.compile(r"\b(?:of the|of|de la|del|de|des|da|do)$", re.I)


@dataclass
class Header:
    """What the header block says; lines: the line numbers it took."""

    bodies: list[str] = field(default_factory=list)
    classification: str | None = None
    symbol: str | None = None
    issued: date | None = None
    original_language: str | None = None
    lines: list[int] = field(default_factory=list)


def read_header(lines: list[SourceLine]) -> tuple[Header, list[SourceLine]]:
    """The header at the top of lines, and the lines after it."""
    lines = _columns_apart(lines)
    header = Header()
    n = 0
    pending = ""
    after_blank = False
    while n < len(lines):
        line = lines[n]
        text = " ".join(line.text.split())
        if not text or line.kind in ("page", "footnote"):
            after_blank = after_blank or not text
            n += 1
            continue
        if after_blank and _is_caps(text) and not _is_symbol_line(text) and _has_particulars(header):
            break  # capitals after the symbol, date and language, past a blank: the title
        if not _header_line(text, header):
            break
        after_blank = False
        if _is_caps(text) and not _is_symbol_line(text):
            pending = f"{pending} {text}".strip()
            if not _OPEN_ENDED.search(text):
                header.bodies.append(_title_case(pending))
                pending = ""
        header.lines.append(line.number)
        n += 1
    if pending:
        header.bodies.append(_title_case(pending))
    return header, lines[n:]


def _has_particulars(header: Header) -> bool:
    """True once the header gave more than body names (symbol, date, language)."""
    return any((header.classification, header.symbol, header.issued, header.original_language))


_COLUMN_GAP = re.compile(r"\S(\s{4,}|\t+)\S")


def _columns_apart(lines: list[SourceLine]) -> list[SourceLine]:
    """A plain-text header set in two columns, read column by column (left first).

    The header band is the run of leading lines that are blank, caps, or hold a gap
    of four spaces or a tab; each line keeps its number.
    """
    band = 0
    columns_seen = False
    while band < len(lines):
        raw = lines[band].text
        text = raw.strip()
        if not text and columns_seen:
            break  # a blank line after two-column lines ends the header
        columns_seen = columns_seen or bool(_COLUMN_GAP.search(text))
        indented = len(raw) - len(raw.lstrip()) >= 20  # the right column alone
        furniture = lines[band].kind in ("page", "footnote")
        if text and not (_COLUMN_GAP.search(text) or _is_caps(text) or indented or furniture):
            break
        band += 1
    if not any(_COLUMN_GAP.search(line.text.strip()) for line in lines[:band]):
        return lines
    left: list[SourceLine] = []
    right: list[SourceLine] = []
    for line in lines[:band]:
        text = line.text.strip()
        gap = _COLUMN_GAP.search(text)
        if gap:
            left.append(SourceLine(line.number, text[: gap.start(1)], line.kind))
            right.append(SourceLine(line.number, text[gap.end(1) :], line.kind))
        elif line.text[:1].isspace() and text:  # only the right column on this line
            right.append(SourceLine(line.number, text, line.kind))
        else:
            left.append(SourceLine(line.number, text, line.kind))
    return left + right + lines[band:]


def _is_symbol_line(text: str) -> bool:
    return parse_symbol(text).valid and " " not in text.replace(" rev. ", "").replace(" corr. ", "")


def _header_line(text: str, header: Header) -> bool:
    """Take what a header line says into header; False when it is no header line."""
    parsed = parse_symbol(text)
    if parsed.valid and parsed.category == "classification":
        header.classification = parsed.normalized
        return True
    if parsed.valid and _is_symbol_line(text):
        header.symbol = header.symbol or parsed.normalized
        return True
    m = _ORIGINAL.match(text)
    if m:
        header.original_language = _LANGUAGES.get(m["lang"].casefold())
        return True
    dates = find_dates(text)
    if dates and dates[0].begin == 0 and dates[0].stop >= len(text.rstrip(". ")):
        header.issued = header.issued or dates[0].start
        return True
    if _DISTRIBUTION.match(text) or text.upper() in ("GENERAL", "LIMITED", "PUBLIC"):
        return True
    return _is_caps(text) and len(text.split()) <= 12


_SMALL = {"of", "the", "on", "and", "for", "de", "la", "del", "los", "las", "y", "sobre", "des", "du", "et", "em", "da", "do", "e"}


def _title_case(text: str) -> str:
    words = text.lower().split()
    return " ".join(
        w if n and w in _SMALL else w[:1].upper() + w[1:] for n, w in enumerate(words)
    )
