"""Turning user text and dates into safe Paragraph markup.

User text is data, never markup: ``esc`` escapes ``& < >`` so that ``<b>`` or ``&amp;``
typed by a delegate print literally, and drops control characters that the
Paragraph parser or a PDF viewer would choke on.
"""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth

from migdesk.reports.fonts import font_runs, needs_fallback, shape, text_width

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
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


def long_date(value: date | None) -> str:
    """Every date MigDesk prints, in the OAS style of English documents: "February 13,
    2009" (independent of the locale); "" for None. One style on every page."""
    if value is None:
        return ""
    return f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"


def date_range(start: date | None, end: date | None) -> str:
    """An inclusive date range in the same style: "April 23–24, 2009", "April 30 –
    May 2, 2009", "December 30, 2009 – January 2, 2010"."""
    if start is None:
        return long_date(end)
    if end is None or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{_MONTHS[start.month - 1]} {start.day}–{end.day}, {end.year}"
    if start.year == end.year:
        return f"{_MONTHS[start.month - 1]} {start.day} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"


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
