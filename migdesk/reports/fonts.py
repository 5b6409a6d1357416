"""Any script people type, in print: fallback fonts per character and right-to-left text.

Reports are set in DejaVu; a character DejaVu lacks is set in the first font of a
fallback chain that has it (Noto for Latin, Greek and Cyrillic extensions, Arabic and
Hebrew; Droid Sans Fallback for Chinese, Japanese and Korean). Fallback fonts are read
from disk only when a text needs them. Arabic and Hebrew are put in visual order and
Arabic letters joined (python-bidi and arabic-reshaper) before layout, because ReportLab
draws characters left to right as given. ``unprintable`` lists what no font can print.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from migdesk.paths import resource

CJK = "DroidSansFallbackFull"
_SERIF_CHAIN = ("NotoSerif-Regular", "NotoNaskhArabic-Regular", "NotoSerifHebrew-Regular",
                "DejaVuSans", "NotoSans-Regular", CJK)
_SANS_CHAIN = ("NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular", CJK)
#: Fallback fonts by the report font they stand in for (bold Arabic for bold text).
FALLBACKS: dict[str, tuple[str, ...]] = {
    "DejaVuSerif": _SERIF_CHAIN,
    "DejaVuSerif-Italic": _SERIF_CHAIN,
    "DejaVuSerif-Bold": tuple(f.replace("Arabic-Regular", "Arabic-Bold") for f in _SERIF_CHAIN),
    "DejaVuSerif-BoldItalic": _SERIF_CHAIN,
    "DejaVuSans": _SANS_CHAIN,
    "DejaVuSans-Bold": _SANS_CHAIN,
    "DejaVuSans-Oblique": _SANS_CHAIN,
    "DejaVuSans-BoldOblique": _SANS_CHAIN,
}
_ALL_FONTS = ("DejaVuSerif", "DejaVuSans", *dict.fromkeys(_SERIF_CHAIN + _SANS_CHAIN),
              "NotoNaskhArabic-Bold")

_lock = threading.Lock()
# Hebrew, Arabic (with Syriac, Thaana, N'Ko...) and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_reshaper = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def _is_ignorable(ch: str) -> bool:
    """Invisible formatting characters (joiners, direction marks, variation selectors):
    they print as nothing, so they are neither drawn nor reported."""
    return unicodedata.category(ch) == "Cf" or "\ufe00" <= ch <= "\ufe0f"


@functools.cache
def _coverage(font: str) -> frozenset[int]:
    """The code points a font has glyphs for; registers the font on first use."""
    with _lock:
        try:
            face = pdfmetrics.getFont(font).face
        except KeyError:
            pdfmetrics.registerFont(TTFont(font, str(resource("fonts", f"{font}.ttf"))))
            face = pdfmetrics.getFont(font).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


def shape(text: str, *, rtl: bool = False) -> str:
    """Text in the order it is drawn: right-to-left runs reversed and Arabic letters in
    their joined forms; left-to-right text comes back unchanged. The base direction is
    left-to-right (an Arabic name inside an English sentence), right-to-left with
    ``rtl`` (one line of a paragraph in Arabic, see para.RightToLeftPara). In a
    left-to-right paragraph a right-to-left phrase broken over two lines keeps its words
    in drawing order."""
    if not _RTL.search(text):
        return text
    base = "R" if rtl else "L"
    return "\n".join(
        get_display(_reshaper.reshape(line), base_dir=base) for line in text.split("\n")
    )


def mostly_right_to_left(text: str) -> bool:
    """Whether most letters of ``text`` are of right-to-left scripts (an intervention in
    Arabic, not an Arabic name in an English sentence)."""
    if not _RTL.search(text):
        return False
    letters = [ch for ch in text if unicodedata.category(ch).startswith("L")]
    return 2 * sum(1 for ch in letters if _RTL.match(ch)) > len(letters)


def needs_fallback(text: str, font: str) -> bool:
    """Whether ``text`` needs shaping or a font other than ``font``."""
    return not set(map(ord, text)) <= _coverage(font) or bool(_RTL.search(text))


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` (already shaped) cut into (text, font) runs: each character in ``font``
    when it has a glyph there, else in the first fallback font that has one (spaces and
    punctuation stay with the run around them). A character no font has stays in
    ``font`` (it prints as a box; see ``unprintable``). Invisible formatting characters
    that ``font`` lacks are dropped."""
    primary = _coverage(font)
    if set(map(ord, text)) <= primary:
        return [(text, font)] if text else []
    text = "".join(ch for ch in text if ord(ch) in primary or not _is_ignorable(ch))
    chain = (font, *FALLBACKS.get(font, _SANS_CHAIN))
    runs: list[tuple[str, str]] = []
    current, start = font, 0
    for i, ch in enumerate(text):
        code = ord(ch)
        if _is_ignorable(ch):
            continue  # one the font has: drawn (as nothing) in the current run
        if code in primary:
            chosen = font
        elif code in _coverage(current) and not unicodedata.category(ch).startswith("L"):
            continue  # spaces, digits and punctuation stay in the run they are in
        else:
            chosen = next((f for f in chain if code in _coverage(f)), font)
        if chosen != current:
            if i > start:
                runs.append((text[start:i], current))
            current, start = chosen, i
    runs.append((text[start:], current))
    return [(part, f) for part, f in runs if part]


def runs_width(runs: Iterable[tuple[str, str]], size: float) -> float:
    """The width of (text, font) runs set at ``size`` points."""
    return float(sum(stringWidth(part, f, size) for part, f in runs))


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of plain text, fallback fonts included."""
    return runs_width(font_runs(shape(text), font), size)


def report_texts(data: object) -> Iterator[str]:
    """Every string held by report data (dataclasses, sequences, strings), in order."""
    if isinstance(data, str):
        yield data
    elif dataclasses.is_dataclass(data) and not isinstance(data, type):
        for f in dataclasses.fields(data):
            yield from report_texts(getattr(data, f.name))
    elif isinstance(data, list | tuple):
        for item in data:
            yield from report_texts(item)


def describe(chars: Iterable[str]) -> str:
    """Characters as a user can look them up: "𓀀 (U+13000), 🦜 (U+1F99C)"."""
    return ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars)


def unprintable(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` that no report font can print (they would come out
    as empty boxes), each once, in order of appearance. Spaces, line breaks and
    invisible formatting characters are never reported."""
    known = _coverage("DejaVuSerif")
    checked: set[str] = set()
    missing: list[str] = []
    for text in texts:
        for ch in text:
            if ch in checked or ord(ch) in known:
                continue
            checked.add(ch)
            if ch.isspace() or _is_ignorable(ch):
                continue
            if not any(ord(ch) in _coverage(f) for f in _ALL_FONTS):
                missing.append(ch)
    return missing


def draw_string(canv: Any, x: float, y: float, text: str, font: str, size: float,
                *, right: bool = False) -> None:
    """Draw one line of plain text at (x, y), fallback fonts included; ``right`` aligns
    its end at x. The canvas font is left as the last run's."""
    runs = font_runs(shape(text), font)
    if right:
        x -= runs_width(runs, size)
    for part, f in runs:
        canv.setFont(f, size)
        canv.drawString(x, y, part)
        x += stringWidth(part, f, size)


def text_out(text_object: Any, line: str, font: str, size: float, leading: float) -> None:
    """Add one line of plain text to a ReportLab text object whose font is ``font``, then
    move to the next line; the text object is left in ``font``."""
    runs = font_runs(shape(line), font)
    if len(runs) == 1 and runs[0][1] == font:  # most lines: one string, no empty one
        text_object.textLine(runs[0][0])
        return
    current = font
    for part, f in runs:
        if f != current:
            text_object.setFont(f, size, leading)
            current = f
        text_object.textOut(part)
    if current != font:
        text_object.setFont(font, size, leading)
    text_object.textLine("")
