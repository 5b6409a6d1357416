"""Page templates of MigDesk reports: OAS header block, footer, page-total canvas.

Single-pass "page N of M": the footer of every page and every page number in a contents
page is a form XObject that is referenced while the page is laid out and defined at
save time, when the total is known. This keeps the build to one typesetting pass (a
two-pass multiBuild would halve the speed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    HRFlowable,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from migdesk.reports.para import Para
from migdesk.reports.styles import (
    MARGIN,
    MUTED,
    RULE_COLOR,
    SANS,
    SERIF,
    Styles,
    page_size,
    register_fonts,
)
from migdesk.reports.text import clean, esc, long_date

#: A late drawing: called at save time with (canvas, pages typeset, pages in total).
LateDraw = Callable[[Canvas, int, int], None]

FOOTER_Y = 0.55 * inch
BODY = "body"
COVER = "cover"


class LateFormCanvas(Canvas):
    """A canvas whose named forms may be drawn once the page count is known.

    ``extra_pages`` counts pages appended after typesetting (attached PDFs), so that
    "page N of M" is right for the whole packet.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.extra_pages = 0
        self._late: list[tuple[str, tuple[float, float, float, float], LateDraw]] = []

    def late_form(
        self, name: str, bbox: tuple[float, float, float, float], draw: LateDraw
    ) -> None:
        """Use form ``name`` here (current transform); ``draw`` fills it in at save time."""
        self.doForm(name)
        self._late.append((name, bbox, draw))

    def typeset_pages(self) -> int:
        """Pages finished so far (after the build: the pages typeset)."""
        return int(self.getPageNumber()) - 1

    def save(self) -> None:
        """Define the late forms, then write the PDF."""
        typeset = self.typeset_pages()
        total = typeset + self.extra_pages
        for name, (x0, y0, x1, y1), draw in self._late:
            self.beginForm(name, lowerx=x0, lowery=y0, upperx=x1, uppery=y1)
            draw(self, typeset, total)
            self.endForm()
        self._late.clear()
        super().save()


@dataclass
class BuildState:
    """What flowables tell the page templates during one build."""

    label: str = ""  # left side of the footer (the current document symbol)
    anchors: dict[str, int] = field(default_factory=dict)  # bookmark key -> page number
    extra_pages: int = 0


def _draw_footer(canv: Canvas, doc: ReportDoc) -> None:
    """Footer: a hairline, the document symbol on the left and "Page N of M" on the right."""
    width, _ = doc.pagesize
    left, right = doc.leftMargin, width - doc.rightMargin
    canv.saveState()
    canv.setStrokeColor(MUTED)
    canv.setLineWidth(0.4)
    canv.line(left, FOOTER_Y + 11, right, FOOTER_Y + 11)
    canv.setFillColor(MUTED)
    canv.setFont(SANS, 8)
    if doc.state.label:
        canv.drawString(left, FOOTER_Y, clean(doc.state.label)[:120])
    page = canv.getPageNumber()

    def total(c: Canvas, _typeset: int, pages: int) -> None:
        c.setFillColor(MUTED)
        c.setFont(SANS, 8)
        c.drawRightString(0, 0, f"Page {page} of {pages}")

    canv.translate(right, FOOTER_Y)
    assert isinstance(canv, LateFormCanvas)
    canv.late_form(f"PageOf{page}", (-200, -4, 2, 12), total)
    canv.restoreState()


class ReportDoc(BaseDocTemplate):
    """Document template with a body page (footer) and a cover page (no footer).

    With ``cover`` the first page uses the cover template; the story switches to the
    body template with ``NextPageTemplate(BODY)``.
    """

    def __init__(
        self,
        out: Any,
        *,
        paper: str,
        title: str,
        label: str = "",
        extra_pages: int = 0,
        cover: bool = False,
        **kwargs: Any,
    ) -> None:
        register_fonts()
        super().__init__(
            out,
            pagesize=page_size(paper),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=0.9 * inch,
            bottomMargin=MARGIN,
            title=clean(title),
            author="MigDesk",
            creator="MigDesk",
            initialFontName=SANS,
            **kwargs,
        )
        self.state = BuildState(label=label, extra_pages=extra_pages)
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="main",
        )  # fmt: skip
        body = PageTemplate(id=BODY, frames=[frame], onPageEnd=_draw_footer)
        first = PageTemplate(id=COVER, frames=[frame])  # the packet cover: no footer
        self.addPageTemplates([first, body] if cover else [body, first])

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = LateFormCanvas) -> Any:
        canv = super()._makeCanvas(filename=filename, canvasmaker=canvasmaker)
        canv.extra_pages = self.state.extra_pages
        return canv

    def build_story(self, story: list[Flowable]) -> int:
        """Typeset ``story`` in one pass; returns the number of pages typeset."""
        self.build(story, canvasmaker=LateFormCanvas)
        return int(self.page)


def header_block(
    styles: Styles,
    width: float,
    *,
    hierarchy: Sequence[str],
    classification: str,
    symbol: str,
    date_of_issue: date | None,
    original_language: str,
) -> list[Flowable]:
    """The OAS first-page header: the bodies in capitals on the left, the document's
    classification, symbol, date of issue and original language on the right, then a rule.
    """
    left: list[Flowable] = []
    for i, name in enumerate(n for n in hierarchy if clean(n).strip()):
        if i:
            left.append(Spacer(1, 6))
        markup = _balanced_lines(name.upper(), styles.header_left, width * 0.6 - 12)
        left.append(Para(markup, styles.header_left))
    right_lines = [classification, symbol, long_date(date_of_issue)]
    if clean(original_language).strip():
        right_lines.append(f"Original: {clean(original_language)}")
    right = [Para(esc(line), styles.header_right) for line in right_lines if line.strip()]
    if not left and not right:
        return []
    table = Table(
        [[left or [Spacer(1, 0)], right or [Spacer(1, 0)]]],
        colWidths=[width * 0.6, width * 0.4],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, 9.5),  # never the base-14 default
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), width * 0.12),
            ]
        ),
    )
    return [
        table,
        HRFlowable(
            width="100%", thickness=1.1, color=RULE_COLOR, spaceBefore=9, spaceAfter=18
        ),
    ]


def _balanced_lines(text: str, style: ParagraphStyle, width: float) -> str:
    """Markup for a heading line broken into two balanced lines when it is too wide,
    as OAS headers do ("PERMANENT COUNCIL OF THE / ORGANIZATION OF AMERICAN STATES").
    Line breaks typed by the user are kept."""
    lines = []
    for line in clean(text).splitlines() or [""]:
        words = line.split()

        def wide(ws: list[str]) -> float:
            return float(stringWidth(" ".join(ws), style.fontName, style.fontSize))

        best: tuple[float, int] | None = None
        if wide(words) > width:
            for i in range(1, len(words)):
                longest = max(wide(words[:i]), wide(words[i:]))
                if longest <= width and (best is None or longest < best[0]):
                    best = (longest, i)
        if best is None:
            lines.append(esc(line))
        else:
            lines.append(esc(" ".join(words[: best[1]])) + "<br/>" + esc(" ".join(words[best[1] :])))
    return "<br/>".join(lines)
