"""Turning user text and dates into safe Paragraph markup.

User text is data, never markup: ``esc`` escapes ``& < >`` so that ``<b>`` or ``&amp;``
typed by a delegate print literally, and drops control characters that the
Paragraph parser or a PDF viewer would choke on.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from migdesk.reports.fonts import font_runs, needs_fallback, shape, text_width
from migdesk.reports.i18n import date_range, long_date

__all__ = ["date_range", "long_date"]  # every printed date: one style (reports.i18n)

# C0/C1 controls except tab, newline and carriage return; lone surrogates.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str | None) -> str:
    """Plain text without control characters (None becomes "")."""
    if not text:
        return ""
    return _BAD_CHARS.sub("", text)


def esc(text: str | None) -> str:
    """User text escaped for a ReportLab Paragraph."""
    return escape(clean(text))


def markup(text: str | None, font: str) -> str:
    """User text as escaped Paragraph markup, runs in fallback fonts in <font> tags."""
    return "".join(
        esc(part) if f == font else f'<font face="{f}">{esc(part)}</font>'
        for part, f in font_runs(shape(clean(text)), font)
    )


def fit_line(text: str | None, font: str, size: float, width: float) -> str:
    """One line of ``text`` no wider than ``width``: cut after a whole word, with an
    ellipsis, when it is too wide (footers, which have one line)."""
    line = " ".join(clean(text).split())
    if text_width(line, font, size) <= width:
        return line
    words = line.split(" ")
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(",;:") + "\u2026"
        if text_width(shorter, font, size) <= width:
            return shorter
    return wrap_plain(line, font, size, width)[0]


def sentence_case(text: str) -> str:
    """First letter upper-cased, the rest as written ("in progress" -> "In progress")."""
    text = clean(text)
    return text[:1].upper() + text[1:]


def wrap_plain(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking of plain text (no markup); words wider than a line are cut.
    Widths count fallback fonts (``fonts.text_width``) where the text needs them."""
    measure = text_width if needs_fallback(text, font) else stringWidth
    space = measure(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in clean(text).split():
        w = measure(word, font, size)
        if w > width:  # cut an over-long word (a URL) into pieces that fit
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            pieces = _cut_word(word, font, size, width)
            lines += pieces[:-1]
            word = pieces[-1]
            w = measure(word, font, size)
        if current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [], 0.0
        used += (space if current else 0.0) + w
        current.append(word)
    if current or not lines:
        lines.append(" ".join(current))
    return lines


def _cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    start, used = 0, 0.0
    for i, ch in enumerate(word):
        w = text_width(ch, font, size)
        if used + w > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """A heading broken into two balanced lines when it is too wide, as OAS headers do
    ("PERMANENT COUNCIL OF THE / ORGANIZATION OF AMERICAN STATES"); line breaks typed by
    the user are kept, and anything still too wide is wrapped."""
    out: list[str] = []
    for line in clean(text).splitlines() or [""]:
        words = line.split()

        def wide(ws: list[str]) -> float:
            return text_width(" ".join(ws), font, size)

        best: tuple[float, int] | None = None
        if wide(words) > width:
            for i in range(1, len(words)):
                longest = max(wide(words[:i]), wide(words[i:]))
                if longest <= width and (best is None or longest < best[0]):
                    best = (longest, i)
        if best is None:
            out += wrap_plain(line, font, size, width)
        else:
            out += [" ".join(words[: best[1]]), " ".join(words[best[1] :])]
    return out
