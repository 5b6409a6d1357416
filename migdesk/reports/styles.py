"""Fonts, paper sizes and paragraph styles of MigDesk reports.

Only embedded TrueType fonts are used (DejaVu Serif for text, DejaVu Sans for the
footer and table headings), never the PDF base-14 fonts, so every glyph of every
language prints the same everywhere (including U+FFFD from damaged source files).
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from migdesk.paths import resource
from migdesk.reports.data import PAPERS

SERIF = "DejaVuSerif"
SERIF_BOLD = "DejaVuSerif-Bold"
SERIF_ITALIC = "DejaVuSerif-Italic"
SERIF_BOLD_ITALIC = "DejaVuSerif-BoldItalic"
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"

_FAMILIES = {
    SERIF: ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
    SANS: ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
}
_lock = threading.Lock()
_registered = False

MARGIN = 1 * inch
RULE_COLOR = colors.HexColor("#1f3a5f")  # OAS-like dark blue for rules and headings
GRID_COLOR = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#e4e9f0")
OVERDUE_FILL = colors.HexColor("#fbe7e6")
OVERDUE_COLOR = colors.HexColor("#a4262c")
MUTED = colors.HexColor("#4a4a4a")


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with ReportLab (once per process)."""
    global _registered
    with _lock:
        if _registered:
            return
        for family, (normal, bold, italic, bold_italic) in _FAMILIES.items():
            for name in (normal, bold, italic, bold_italic):
                path = resource("fonts", f"{name}.ttf")
                pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(
                family, normal=normal, bold=bold, italic=italic, boldItalic=bold_italic
            )
        _registered = True


def page_size(paper: str) -> tuple[float, float]:
    """Page size in points for "letter" (the OAS default in Washington) or "a4"."""
    key = paper.lower()
    if key not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    return LETTER if key == "letter" else A4


@dataclass(frozen=True)
class Styles:
    """The paragraph styles shared by the summary and the packet."""

    body: ParagraphStyle
    intro: ParagraphStyle
    bullet: ParagraphStyle
    action: ParagraphStyle
    action_meta: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    section: ParagraphStyle
    header: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    toc_title: ParagraphStyle
    toc_0: ParagraphStyle
    toc_1: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": SERIF,
        "fontSize": 10.5,
        "leading": 14.5,
        "bulletFontName": SERIF,
        "splitLongWords": 1,  # a 300-character URL wraps instead of overflowing
        # uriWasteReduce stays off: in ReportLab 5.1 it leaves the rest of a long URL
        # unsplit (a line 1,800 points wide); splitLongWords alone wraps correctly.
        "uriWasteReduce": 0,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


@functools.cache
def make_styles() -> Styles:
    """The report styles, built once (fonts are registered on first use).

    Shared between builds and threads: treat them as read-only."""
    register_fonts()
    body = _style("Body", alignment=TA_JUSTIFY, spaceAfter=8)
    return Styles(
        body=body,
        intro=_style("Intro", parent=body, firstLineIndent=0.5 * inch),
        # Bullets and actions flush left: justified, their short lines opened wide gaps.
        bullet=_style(
            "Bullet",
            parent=body,
            alignment=TA_LEFT,
            leftIndent=0.5 * inch,
            bulletIndent=0.25 * inch,
            bulletFontSize=10.5,
            spaceAfter=7,
        ),
        action=_style(
            "Action",
            parent=body,
            alignment=TA_LEFT,
            leftIndent=0.5 * inch,
            bulletIndent=0.15 * inch,
            spaceAfter=2,
        ),
        action_meta=_style(
            "ActionMeta",
            fontSize=9,
            leading=12,
            leftIndent=0.5 * inch,
            spaceAfter=9,
            textColor=MUTED,
            alignment=TA_LEFT,
        ),
        title=_style(
            "Title",
            fontName=SERIF_BOLD,
            fontSize=11.5,
            leading=15.5,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=16,
        ),
        heading=_style(
            "Heading",
            fontName=SERIF_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=8,
            textColor=RULE_COLOR,
        ),
        section=_style(
            "Section",
            fontName=SERIF_BOLD,
            fontSize=12.5,
            leading=16,
            spaceAfter=4,
            textColor=RULE_COLOR,
        ),
        header=_style("Header", fontSize=9.5, leading=12.5, alignment=TA_LEFT),
        cell=_style("Cell", fontSize=8.5, leading=11, alignment=TA_LEFT),
        cell_head=_style(
            "CellHead",
            fontName=SANS_BOLD,
            fontSize=8,
            leading=10,
            alignment=TA_LEFT,
            textColor=RULE_COLOR,
        ),
        cover_kicker=_style(
            "CoverKicker",
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            alignment=TA_CENTER,
            textColor=RULE_COLOR,
            spaceAfter=18,
        ),
        cover_title=_style(
            "CoverTitle",
            fontName=SERIF_BOLD,
            fontSize=20,
            leading=26,
            alignment=TA_CENTER,
            spaceAfter=14,
        ),
        cover_line=_style(
            "CoverLine",
            fontSize=12,
            leading=17,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        toc_title=_style(
            "TocTitle",
            fontName=SERIF_BOLD,
            fontSize=12,
            leading=16,
            alignment=TA_CENTER,
            spaceAfter=18,
            textColor=RULE_COLOR,
        ),
        toc_0=_style("Toc0", fontName=SERIF_BOLD, fontSize=10.5, leading=14, alignment=TA_LEFT),
        toc_1=_style("Toc1", fontSize=10, leading=13, leftIndent=18, alignment=TA_LEFT),
    )
