"""The lines of a PDF with a text layer, read with pdfplumber (words and their positions).

Page 1's two-column header is read column by column (left, then right); raised small
words (footnote marks) are dropped; lines in small type near the foot of a page are
footnotes; page numbers and running heads (the same text opening or closing two pages or
more) are marked "page"; a blank line marks where a paragraph ends (a wider gap, or a
page whose last line ended a sentence short of the margin).
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

from migdesk.domain.report_parse import SourceLine
from migdesk.domain.report_parse.blocks import is_page_number

_Row = tuple[str, "_Line", str | None]  # text, line, kind
_CID = re.compile(r"\(cid:\d+\)")  # a glyph the font does not map to a character


def pdf_lines(path: Path) -> list[SourceLine] | None:
    """The PDF's lines; None when it is encrypted, [] when it has no text."""
    import pdfplumber
    from pypdf import PdfReader

    if PdfReader(str(path)).is_encrypted:
        return None
    with pdfplumber.open(str(path)) as pdf:
        pages = [
            (page.width, page.height, _group_lines(page.extract_words(extra_attrs=["size"])))
            for page in pdf.pages
        ]
    if not any(lines for _, _, lines in pages):
        return []
    running = _running_texts([lines for _, _, lines in pages])
    rows = [
        _page_rows(lines, width, height, first=n == 0, running=running)
        for n, (width, height, lines) in enumerate(pages)
    ]
    return [SourceLine(n, text, kind) for n, (text, kind) in enumerate(_paragraph_breaks(rows), start=1)]


class _Line:
    """A line of a PDF page: its words (left to right), position and font size."""

    def __init__(self, words: list[dict[str, Any]]) -> None:
        self.words = sorted(words, key=lambda w: w["x0"])
        self.top = min(w["top"] for w in words)
        self.bottom = max(w["bottom"] for w in words)
        self.x1 = max(w["x1"] for w in words)
        self.size = statistics.median(w.get("size", 10) for w in words)

    def segments(self, gap: float) -> list[tuple[float, float, str]]:
        """(x0, x1, text) of the runs of words separated by more than gap."""
        out: list[list[dict[str, Any]]] = [[self.words[0]]]
        for word in self.words[1:]:
            if word["x0"] - out[-1][-1]["x1"] > gap:
                out.append([word])
            else:
                out[-1].append(word)
        return [(s[0]["x0"], s[-1]["x1"], _joined(s)) for s in out]

    @property
    def text(self) -> str:
        return _joined(self.words)

    @property
    def running_key(self) -> str:
        return re.sub(r"\d+", "#", self.text.strip())


def _joined(words: list[dict[str, Any]]) -> str:
    text = ""
    for word in words:
        piece = _CID.sub("\ufffd", word["text"])
        text = f"{text}{piece}" if not text or piece[:1] in ",.;:)" else f"{text} {piece}"
    return text


def _group_lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words into lines; raised words in smaller type (lost footnote marks) dropped."""
    rows: list[list[dict[str, Any]]] = []

    def joins(word: dict[str, Any], row: list[dict[str, Any]]) -> bool:
        if abs(word["top"] - row[0]["top"]) < 2:
            return True
        smaller = word.get("size", 10) < 0.8 * row[0].get("size", 10)  # a superscript
        return smaller and row[0]["top"] - 1 <= word["bottom"] and word["top"] <= row[0]["bottom"]

    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        row = next((r for r in rows[-3:] if joins(word, r)), None)
        if row is None:
            rows.append([word])
        else:
            row.append(word)
    lines = []
    for row in rows:
        size = max(w.get("size", 10) for w in row)
        base = max(w["bottom"] for w in row)
        kept = [w for w in row if not (w.get("size", 10) < 0.8 * size and w["bottom"] < base - 1)]
        lines.append(_Line(kept or row))
    return sorted(lines, key=lambda line: line.top)


def _running_texts(pages: list[list[_Line]]) -> set[str]:
    """Texts (digits aside) that open or close two pages or more: running heads and feet."""
    if len(pages) < 2:
        return set()
    seen: dict[str, int] = {}
    for lines in pages:
        for key in {line.running_key for line in (*lines[:1], *lines[-1:])}:
            seen[key] = seen.get(key, 0) + 1
    return {key for key, n in seen.items() if n >= 2}


def _page_rows(lines: list[_Line], width: float, height: float, *, first: bool, running: set[str]) -> list[_Row]:
    """(text, line, kind) of one page: the header band first (page 1), then the body."""
    body_size = statistics.median(line.size for line in lines)
    out: list[_Row] = []
    start = 0
    if first:
        start, out = _header_band(lines, width, running)
    for line in lines[start:]:
        small = line.size < body_size * 0.85 and line.top > height * 0.7
        if is_page_number(line.text) or line.running_key in running:
            kind: str | None = "page"
        else:
            kind = "footnote" if small else None
        out.append((line.text, line, kind))
    return out


def _header_band(lines: list[_Line], width: float, running: set[str]) -> tuple[int, list[_Row]]:
    """Page 1's two-column header, left column then right; and where the body starts.

    The band runs from the top while lines hold segments far apart or one that stays on
    its side of the middle; a line across the middle or a wide gap ends it.
    """
    middle = width / 2
    left: list[_Row] = []
    right: list[_Row] = []
    previous: _Line | None = None
    for n, line in enumerate(lines):
        if line.running_key in running or is_page_number(line.text):
            left.append((line.text, line, "page"))
            continue
        segments = line.segments(width / 25)
        across = len(segments) == 1 and segments[0][0] < middle * 0.9 < segments[0][1]
        gap = previous is not None and line.top - previous.bottom > 2 * (line.bottom - line.top)
        if across or gap:
            return n, left + right
        for x0, _x1, text in segments:
            (right if x0 >= middle * 0.9 else left).append((text, line, None))
        previous = line
    return len(lines), left + right


def _paragraph_breaks(pages: list[list[_Row]]) -> list[tuple[str, str | None]]:
    """The lines with a blank line where a paragraph ends (a wider gap, a short last line)."""
    out: list[tuple[str, str | None]] = []
    last_short = False  # the previous page's last line ended a sentence short of the margin
    for page in pages:
        body = [line for _, line, kind in page if kind is None]
        gaps = [b.top - a.bottom for a, b in zip(body, body[1:], strict=False) if b.top > a.bottom]
        usual = statistics.median(gaps) if gaps else 0
        width = max((line.x1 for line in body), default=0)
        previous: _Line | None = None
        for text, line, kind in page:
            if kind is not None:  # footnotes and page furniture do not end paragraphs
                out.append((text, kind))
                continue
            if previous is None and last_short:
                out.append(("", None))
            elif previous is not None and line.top - previous.bottom > usual + 0.4 * (line.bottom - line.top):
                out.append(("", None))
            out.append((text, kind))
            previous = line
            last_short = text.endswith((".", ":")) and line.x1 < width * 0.85
    return out
