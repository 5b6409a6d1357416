"""The grammar of OAS document symbols: parse, check and normalise them.

Pure Python (no Qt, no database). Recognised forms, in canonical spelling:

* ``AG/RES. 2356 (XXXVIII-O/08)``, ``AG/DEC. 60 (XXXVIII-O/08)``: texts adopted at a
  session (roman ordinal, ``O`` regular / ``E`` special, two-digit year);
* ``CP/RES. 932 (1634/08)``: Permanent Council resolutions (meeting number, year);
* ``CE/AM-59/08 rev. 1``: committee serial documents (prefix, number, year);
* ``CP/doc.4331/08``, ``CP/INF. 5694/08``, ``CP/ACTA 1657/08``, ``CP/OD-1789/11``:
  typed documents;
* ``OEA/Ser.G``: classification lines (optionally with sub-series, ``OEA/Ser.K/XXI.6``).

Symbols may end with stacked ``rev. N`` / ``corr. N`` / ``add. N`` suffixes. Real-world
noise (case, spacing, non-breaking spaces, dashes, ``0`` for ``O``, missing hyphens
and periods) is accepted, normalised and reported in ``ParsedSymbol.noise``. Anything
else is kept as written and flagged as ``unknown``; nothing is ever rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

#: Organ names by symbol prefix; documents are described by the acronym in brackets.
ORGAN_NAMES: dict[str, str] = {
    "AG": "General Assembly",
    "CP": "Permanent Council",
    "CE/AM": "Special Committee on Migration Issues (CEAM)",
    "CAJP": "Committee on Juridical and Political Affairs (CAJP)",
    "CP/CAJP": "Committee on Juridical and Political Affairs (CAJP)",
}
#: What each classification series covers.
SERIES_NAMES: dict[str, str] = {
    "G": "Permanent Council and its committees",
    "P": "General Assembly",
    "K": "specialized conferences and ministerial meetings",
    "L": "Inter-American Commission on Human Rights",
    "Q": "Inter-American Juridical Committee",
}
_SUFFIX_KEYS = {"rev": "revision", "corr": "corrigendum", "add": "addendum"}
# Typed documents: canonical type spelling, separator before the number, English word.
_TYPES = {
    "doc": ("doc", ".", "document"),
    "inf": ("INF", ". ", "information document"),
    "acta": ("ACTA", " ", "minutes"),
    "od": ("OD", "-", "order of business"),
}
_NBSP = "\u00a0\u2007\u202f"
_NBSP_TO_SPACE = {ord(c): " " for c in _NBSP}
_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"}

_SUFFIXES = r"(?P<suffixes>(?:\s*(?:rev|corr|add)\.?\s*\d+)*)$"
# ASCII only: exotic digits or case-folding letters (Kelvin sign, long s) are not symbols.
_FLAGS = re.I | re.A
_SUFFIX_RE = re.compile(r"(?P<kind>rev|corr|add)(?P<dot>\.?)\s*(?P<n>\d+)", _FLAGS)
_SEGMENT = r"[A-Z][A-Z0-9]*"
_RESOLUTION_RE = re.compile(
    r"^(?P<organ>[A-Z]+)\s*/\s*(?P<type>RES|DEC)(?P<dot>\.?)\s*(?P<number>\d+)\s*"
    r"\(\s*(?P<roman>[A-Z]+?)\s*(?P<hyphen>-?)\s*(?P<kind>[OE0])\s*/\s*(?P<year>\d{2})\s*\)"
    + _SUFFIXES,
    _FLAGS,
)
_COUNCIL_RE = re.compile(
    r"^(?P<organ>[A-Z]+)\s*/\s*(?P<type>RES)(?P<dot>\.?)\s*(?P<number>\d+)\s*"
    r"\(\s*(?P<meeting>\d+)\s*/\s*(?P<year>\d{2})\s*\)" + _SUFFIXES,
    _FLAGS,
)
_TYPED_RE = re.compile(
    rf"^(?P<prefix>{_SEGMENT}(?:-[A-Z0-9]+)*(?:\s*/\s*{_SEGMENT}(?:-[A-Z0-9]+)*)*)\s*/\s*"
    r"(?P<type>doc|INF|ACTA|OD)(?P<sep>\s*[.-]?\s*)(?P<number>\d+)\s*/\s*(?P<year>\d{2})"
    + _SUFFIXES,
    _FLAGS,
)
_SERIAL_RE = re.compile(
    rf"^(?P<prefix>{_SEGMENT}(?:\s*/\s*{_SEGMENT})*)\s*-\s*(?P<number>\d+)\s*/\s*(?P<year>\d{{2}})"
    + _SUFFIXES,
    _FLAGS,
)
_CLASSIFICATION_RE = re.compile(
    r"^(?P<oea>OEA)\s*/\s*(?P<ser>Ser)(?P<dot>\.?)\s*(?P<series>[A-Z])"
    r"(?P<sub>(?:\s*/\s*[A-Z0-9.]+)*)$",
    _FLAGS,
)
# Shapes of broken symbols, used only to explain why a text was not recognised.
# (Case-sensitive, so that ordinary words such as "Follow-up" are not taken for prefixes.)
_NO_NUMBER_RE = re.compile(
    rf"^(?P<head>(?>{_SEGMENT}(?:\s*/\s*{_SEGMENT})*(?:\s*-|\s*/\s*(?i:RES|DEC)\.?)))\s*+(?!\d)",
    re.A,
)
_NO_YEAR_RE = re.compile(rf"^(?P<head>{_SEGMENT}(?:\s*/\s*{_SEGMENT})*\s*-\s*\d+)\s*$", re.A)
_SPACES_RE = re.compile(r"\s+")
_ROMAN_RE = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = (
    ("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
    ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1),
)  # fmt: skip

_Suffixes = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ParsedSymbol:
    """One document symbol as written, its canonical spelling and its parts."""

    written: str
    normalized: str
    category: str
    valid: bool
    problem: str | None = None
    noise: tuple[str, ...] = ()
    parts: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The ``parsed`` object of the CLI JSON (a fresh dict, safe to modify)."""
        if not self.valid:
            return {"unknown": True, "written": self.written}
        out = dict(self.parts)
        if "suffixes" in out:
            out["suffixes"] = [list(s) for s in out["suffixes"]]
        return out

    def describe(self) -> str:
        """One human line, e.g. ``General Assembly resolution 2356, 38th regular session, 2008``."""
        p = self.parts
        tail = "".join(f", {_SUFFIX_KEYS[k]} {n}" for k, n in p.get("suffixes", ()))
        if self.category in ("resolution", "declaration", "council_resolution"):
            what = "resolution" if p["type"] == "RES" else "declaration"
            head = f"{ORGAN_NAMES.get(p['organ'], p['organ'])} {what} {p['number']}"
            if "council_meeting" in p:
                return f"{head}, meeting {p['council_meeting']}, {p['year']}{tail}"
            session = f"{_ordinal(p['session_ordinal'])} {p['session_kind']} session"
            return f"{head}, {session}, {p['year']}{tail}"
        if self.category in ("serial_document", "typed_document"):
            what = _TYPES[p["type"].lower()][2] if "type" in p else "document"
            return f"{_short_name(p['prefix'])} {what} {p['number']} of {p['year']}{tail}"
        if self.category == "classification":
            covers = SERIES_NAMES.get(p["series"], f"series {p['series']}")
            return f"Classification {self.normalized}: {covers}"
        return f"Not recognised: {self.problem}"


def roman_to_int(s: str) -> int:
    """Value of a canonical roman numeral (any case); ``ValueError`` if it is not one."""
    u = s.strip().upper()
    if not u or not _ROMAN_RE.fullmatch(u):
        raise ValueError(f"not a valid roman numeral: {s!r}")
    total = i = 0
    for sym, value in _ROMAN_VALUES:
        while u.startswith(sym, i):
            total, i = total + value, i + len(sym)
    return total


def int_to_roman(n: int) -> str:
    """Canonical upper-case roman numeral for 1..3999; ``ValueError`` otherwise."""
    if not 1 <= n <= 3999:
        raise ValueError(f"no roman numeral for {n}")
    out = []
    for sym, value in _ROMAN_VALUES:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def parse_symbol(text: str) -> ParsedSymbol:
    """Parse one symbol; never raises. Unrecognised text comes back as category ``unknown``."""
    clean = " ".join(text.split())
    notes: list[str] = []
    plain = text.isascii()  # then no non-breaking space and no dash to translate
    if not plain and any(c in text for c in _NBSP):
        notes.append("non-breaking space replaced by a plain space")
    if clean != (text if plain else text.translate(_NBSP_TO_SPACE)):
        notes.append("stray or repeated spaces removed")
    probe = clean if plain else clean.translate(_DASHES)
    space_notes = tuple(notes)
    if probe != clean:
        notes.append("dash replaced by a hyphen")
    for parser in (_resolution, _council, _typed, _serial, _classification):
        result = parser(probe, notes)
        if isinstance(result, str):
            return ParsedSymbol(text, clean, "unknown", False, result, space_notes)
        if result is not None:
            category, normalized, parts = result
            if normalized != text and not notes:
                notes.append("spacing normalised")
            return ParsedSymbol(text, normalized, category, True, None, tuple(notes), parts)
    return ParsedSymbol(text, clean, "unknown", False, _diagnose(probe), space_notes)


def normalize_symbol(text: str) -> str:
    """Canonical spelling of a symbol (unknown text: whitespace collapsed)."""
    return parse_symbol(text).normalized


def is_resolution_symbol(text: str) -> bool:
    """True for General Assembly style and Permanent Council resolutions (not declarations)."""
    return parse_symbol(text).category in ("resolution", "council_resolution")


# --- helpers ---------------------------------------------------------------------------

_Result = tuple[str, str, dict[str, Any]] | str | None


def _add(notes: list[str], note: str) -> None:
    if note not in notes:
        notes.append(note)


def _case(raw: str, canon: str, notes: list[str]) -> str:
    """Return ``canon``, noting when ``raw`` differed from it (only ever by letter case)."""
    if raw != canon:
        _add(notes, "letter case normalised")
    return canon


def _num(raw: str, notes: list[str]) -> int:
    if len(raw) > 1 and raw.startswith("0"):
        _add(notes, "leading zeros removed from a number")
    return int(raw)


def _year(yy: str) -> int:
    """Two-digit year: 70-99 -> 19xx, 00-69 -> 20xx."""
    value = int(yy)
    return value + (1900 if value >= 70 else 2000)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _short_name(prefix: str) -> str:
    """Acronym for a document prefix: ``CE/AM`` -> ``CEAM``, ``CP`` -> ``Permanent Council``."""
    name = ORGAN_NAMES.get(prefix, prefix)
    found = re.search(r"\((?P<acronym>[^)]+)\)$", name)
    return found["acronym"] if found else name


def _suffixes(raw: str, notes: list[str]) -> tuple[str, dict[str, Any]]:
    """Canonical suffix text (`` rev. 3 corr. 2``) and the JSON parts for it."""
    if not raw:  # most symbols: no suffix to look for
        return "", {"suffixes": ()}
    found: _Suffixes = ()
    for m in _SUFFIX_RE.finditer(raw):
        written, dot, n = m.group("kind", "dot", "n")
        kind = _case(written, written.lower(), notes)
        if not dot:
            _add(notes, f"period missing after '{kind}'")
        found += ((kind, _num(n, notes)),)
    parts: dict[str, Any] = {_SUFFIX_KEYS[k]: n for k, n in found}
    parts["suffixes"] = found
    return "".join(f" {k}. {n}" for k, n in found), parts


def _resolution(probe: str, notes: list[str]) -> _Result:
    m = _RESOLUTION_RE.match(probe)
    if not m:
        return None
    try:
        ordinal = roman_to_int(m["roman"])
    except ValueError:
        return f"'{m['roman']}' is not a valid roman numeral"
    organ = _case(m["organ"], m["organ"].upper(), notes)
    kind_type = _case(m["type"], m["type"].upper(), notes)
    roman = _case(m["roman"], m["roman"].upper(), notes)
    if not m["dot"]:
        _add(notes, f"period missing after {kind_type}")
    if m["kind"] == "0":
        _add(notes, "zero written for the letter O in the session")
        kind = "O"
    else:
        kind = _case(m["kind"], m["kind"].upper(), notes)
    if not m["hyphen"]:
        _add(notes, "hyphen missing between the session number and its kind")
    number, year = _num(m["number"], notes), _year(m["year"])
    if organ == "AG" and kind == "O" and year != 1970 + ordinal:
        _add(notes, f"year {year} does not match the {_ordinal(ordinal)} regular session "
                    f"({1970 + ordinal})")  # fmt: skip
    tail, suffix_parts = _suffixes(m["suffixes"], notes)
    parts: dict[str, Any] = {
        "organ": organ, "type": kind_type, "number": number, "session_ordinal": ordinal,
        "session_kind": "regular" if kind == "O" else "special", "year": year,
    }  # fmt: skip
    if suffix_parts["suffixes"]:
        parts |= suffix_parts
    normalized = f"{organ}/{kind_type}. {number} ({roman}-{kind}/{m['year']}){tail}"
    return ("resolution" if kind_type == "RES" else "declaration"), normalized, parts


def _council(probe: str, notes: list[str]) -> _Result:
    m = _COUNCIL_RE.match(probe)
    if not m:
        return None
    organ = _case(m["organ"], m["organ"].upper(), notes)
    _case(m["type"], "RES", notes)
    if not m["dot"]:
        _add(notes, "period missing after RES")
    number, meeting = _num(m["number"], notes), _num(m["meeting"], notes)
    tail, suffix_parts = _suffixes(m["suffixes"], notes)
    parts: dict[str, Any] = {"organ": organ, "type": "RES", "number": number,
                             "council_meeting": meeting, "year": _year(m["year"])}  # fmt: skip
    if suffix_parts["suffixes"]:
        parts |= suffix_parts
    return "council_resolution", f"{organ}/RES. {number} ({meeting}/{m['year']}){tail}", parts


def _prefix(raw: str, notes: list[str]) -> str:
    compact = _SPACES_RE.sub("", raw)
    return _case(compact, compact.upper(), notes)


def _typed(probe: str, notes: list[str]) -> _Result:
    m = _TYPED_RE.match(probe)
    if not m:
        return None
    prefix = _prefix(m["prefix"], notes)
    doc_type, sep, _ = _TYPES[m["type"].lower()]
    number = _num(m["number"], notes)
    canon = f"{doc_type}{sep}{number}"
    if f"{m['type']}{m['sep']}{m['number']}" != canon:
        _add(notes, f"'{m['type']}{m['sep']}{m['number']}' written as '{canon}'")
    tail, suffix_parts = _suffixes(m["suffixes"], notes)
    parts = {"prefix": prefix, "type": doc_type, "number": number, "year": _year(m["year"])}
    return "typed_document", f"{prefix}/{canon}/{m['year']}{tail}", parts | suffix_parts


def _serial(probe: str, notes: list[str]) -> _Result:
    m = _SERIAL_RE.match(probe)
    if not m:
        return None
    prefix = _prefix(m["prefix"], notes)
    number = _num(m["number"], notes)
    tail, suffix_parts = _suffixes(m["suffixes"], notes)
    parts = {"prefix": prefix, "number": number, "year": _year(m["year"])}
    return "serial_document", f"{prefix}-{number}/{m['year']}{tail}", parts | suffix_parts


def _classification(probe: str, notes: list[str]) -> _Result:
    m = _CLASSIFICATION_RE.match(probe)
    if not m:
        return None
    _case(m["oea"] + m["ser"], "OEASer", notes)
    if not m["dot"]:
        _add(notes, "period missing after Ser")
    series = _case(m["series"], m["series"].upper(), notes)
    normalized = f"OEA/Ser.{series}{_prefix(m['sub'], notes)}"
    return "classification", normalized, {"classification": normalized, "series": series}


def _diagnose(probe: str) -> str:
    """A short human reason why ``probe`` matched no form."""
    if not probe:
        return "empty text"
    if m := _NO_NUMBER_RE.match(probe):
        return f"no number found after {m['head'].rstrip('-').strip()}"
    if m := _NO_YEAR_RE.match(probe):
        return f"no year found after {m['head']}"
    if "/" not in probe:
        return "no organ prefix such as AG/ or CE/AM found"
    if re.search(r"/\s*(RES|DEC)\b", probe, re.I):
        return "no session (XXXVIII-O/08) or council meeting (1634/08) in brackets"
    return "not a known form of OAS document symbol"
