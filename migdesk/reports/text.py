"""Turning user text and dates into safe Paragraph markup.

User text is data, never markup: ``esc`` escapes ``& < >`` so that ``<b>`` or ``&amp;``
typed by a delegate print literally, and drops control characters that the
Paragraph parser or a PDF viewer would choke on.
"""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import escape

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


def long_date(value: date | None) -> str:
    """OAS header style: "13 February 2009" (independent of the locale); "" for None."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def date_range(start: date | None, end: date | None) -> str:
    """An inclusive date range: "23-24 April 2009", "30 April - 2 May 2009"."""
    if start is None:
        return long_date(end)
    if end is None or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} \u2013 {long_date(end)}"
    return f"{long_date(start)} \u2013 {long_date(end)}"


def sentence_case(text: str) -> str:
    """First letter upper-cased, the rest as written ("in progress" -> "In progress")."""
    text = clean(text)
    return text[:1].upper() + text[1:]


def us_date(value: date | None) -> str:
    """Running-text style used in OAS English prose: "February 13, 2009"."""
    if value is None:
        return ""
    return f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"
