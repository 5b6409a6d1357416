"""Dates and date ranges written out in English, Spanish, French and Portuguese prose.

"February 24 and 25, 2009", "April 7, 2009", "13 February 2009", "24 y 25 de febrero de
2009", "du 24 au 25 février 2009", "2009-02-13". Impossible dates are not mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        "january enero janvier janeiro",
        "february febrero février fevereiro",
        "march marzo mars março",
        "april abril avril",
        "may mayo mai maio",
        "june junio juin junho",
        "july julio juillet julho",
        "august agosto août",
        "september septiembre setiembre septembre setembro",
        "october octubre octobre outubro",
        "november noviembre novembre novembro",
        "december diciembre décembre dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _n

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_JOIN = r"\s*(?:and|to|through|-|–|y|al|a|et|au|e|à)\s*"
_DAY = r"(?P<d1>\d{1,2})(?:st|nd|rd|th|º|°|er)?"
_DAY2 = rf"(?:{_JOIN}(?P<d2>\d{{1,2}})(?:st|nd|rd|th|º|°)?)?"
_PATTERNS = (
    # February 24 and 25, 2009 / April 7, 2009
    re.compile(rf"\b{_MONTH}\s+{_DAY}{_DAY2},?\s+(?P<year>\d{{4}})\b", re.I),
    # 24 y 25 de febrero de 2009 / 13 February 2009 / du 24 au 25 février 2009
    re.compile(rf"\b{_DAY}{_DAY2}\s+(?:de\s+)?{_MONTH}(?:\s+de|,)?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<mm>\d{2})-(?P<d1>\d{2})\b"),
)


@dataclass(frozen=True)
class DateMention:
    """A date or a range of days found in text, with where it was written."""

    start: date
    end: date
    begin: int
    stop: int


def _mention(m: re.Match[str]) -> DateMention | None:
    groups = m.groupdict()
    month = int(groups["mm"]) if groups.get("mm") else MONTHS[groups["month"].lower()]
    year = int(groups["year"])
    try:
        first = date(year, month, int(groups["d1"]))
        last = date(year, month, int(groups["d2"])) if groups.get("d2") else first
    except ValueError:
        return None
    if last < first:
        return None
    return DateMention(first, last, m.start(), m.end())


def find_dates(text: str) -> list[DateMention]:
    """Every date or range in text, in the order written (overlapping matches dropped)."""
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            mention = _mention(m)
            if mention and not any(
                mention.begin < f.stop and f.begin < mention.stop for f in found
            ):
                found.append(mention)
    return sorted(found, key=lambda d: d.begin)
