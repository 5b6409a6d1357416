"""OAS document symbols found in running text (see migdesk.domain.symbols for the grammar)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from migdesk.domain.symbols import int_to_roman, parse_symbol

_SUFFIXES = r"(?:\s*(?:rev|corr|add)\.?\s*\d+)*"
_CANDIDATE = re.compile(
    r"(?<![\w/])(?:"
    r"[A-Z]{1,6}\s*/\s*(?:RES|DEC)\.?\s*\d+\s*\(\s*(?:[IVXLCDM]+\s*-?\s*[OE0]|\d+)\s*/\s*\d{2}\s*\)"
    r"|[A-Z]{1,8}(?:/[A-Z]{1,8})*/(?:doc\.?\s*|INF\.?\s*|ACTA\s+|OD-)\d+/\d{2}"
    r"|[A-Z]{1,8}(?:/[A-Z]{1,8})+-\d+/\d{2}"
    r")" + _SUFFIXES,
)


@dataclass(frozen=True)
class SymbolMention:
    """A symbol in a text: where, its canonical spelling, category and parts."""

    begin: int
    stop: int
    normalized: str
    category: str
    parts: dict[str, Any]


def find_symbols(text: str) -> list[SymbolMention]:
    """Every well-formed symbol in text, in order (classification lines excluded)."""
    out = []
    for m in _CANDIDATE.finditer(text):
        parsed = parse_symbol(m.group(0))
        if not parsed.valid or parsed.category == "classification":
            continue
        parts = dict(parsed.parts)
        if "session_ordinal" in parts:
            parts["session_roman"] = int_to_roman(int(parts["session_ordinal"]))
            parts["session_kind_code"] = "O" if parts.get("session_kind") == "regular" else "E"
        out.append(SymbolMention(m.start(), m.end(), parsed.normalized, parsed.category, parts))
    return out
