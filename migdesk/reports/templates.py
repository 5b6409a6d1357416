"""Page templates of MigDesk reports: OAS header block, footer, page-total canvas.

Single-pass "page N of M": pages are held back by ``PagedCanvas`` until the build ends;
the footer's "of M" and the page numbers of the contents are then drawn into them.
One typesetting pass instead of multiBuild's two or more (which would halve the speed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    HRFlowable,
    PageTemplate,
)
from reportlab.platypus.flowables import Flowable

from migdesk.reports.fonts import draw_string, text_out
from migdesk.reports.i18n import language_name, long_date, text
from migdesk.reports.styles import (
    MARGIN,
    MUTED,
    RULE_COLOR,
    SANS,
    Styles,
    page_size,
    register_fonts,
)
from migdesk.reports.text import balanced_lines, clean, fit_line, wrap_plain

#: A late drawing: called at save time with (canvas, pages typeset, pages in total).
LateDraw = Callable[[Canvas, int, int], None]

FOOTER_Y = 0.55 * inch
FOOTER_PAGE_ROOM = 80.0  # points kept free for "Page 123 of 456" right of the label
BODY = "body"
COVER = "cover"


class PagedCanvas(Canvas):
    """A canvas that holds its pages back until the page count is known.

    ``late(draw)`` marks the current point of the current page; at save time ``draw``
    is called with the page count and what it draws is spliced in at that point (same
    transform, same reading order for text extraction). This is the "NumberedCanvas"
    idea without its two flaws: bookmarks are bound when the page is really emitted
    (so they point to the right page), and no per-page form XObjects are needed.
    ``extra_pages`` counts pages appended after typesetting (attached PDFs).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.extra_pages = 0
        self._held: list[tuple[dict[str, Any], list[Any], list[Any]]] = []
        self._late: list[tuple[int, LateDraw]] = []
        self._marks: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def late(self, draw: LateDraw) -> None:
        """Draw here, at save time, once the page count is known. ``draw`` finds the
        canvas as it was at the end of the page: it must set its font and colours (and
        restore what it changes)."""
        self._late.append((len(self.__dict__["_code"]), draw))

    def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> None:  # noqa: N802
        """Record the bookmark (ReportLab API); it is bound when the page is emitted."""
        self._marks.append((key, args, kwargs))

    def showPage(self) -> None:  # noqa: N802
        """Hold the finished page back (ReportLab API) and start the next one."""
        self._held.append((dict(self.__dict__), self._late, self._marks))
        self._late, self._marks = [], []
        self._startPage()

    def typeset_pages(self) -> int:
        """Pages finished so far."""
        return len(self._held)

    def save(self) -> None:
        """Emit the held pages with their late drawings, then write the PDF."""
        held, self._held = self._held, []
        typeset = len(held)
        total = typeset + self.extra_pages
        for state, late, marks in held:
            self.__dict__.update(state)
            code: list[str] = self.__dict__["_code"]
            for index, draw in reversed(late):  # from the end: indexes stay valid
                self.__dict__["_code"] = []
                draw(self, typeset, total)
                code[index:index] = self.__dict__["_code"]
            self.__dict__["_code"] = code
            for key, args, kwargs in marks:
                Canvas.bookmarkPage(self, key, *args, **kwargs)
            Canvas.showPage(self)
        super().save()


@dataclass
class BuildState:
    """What flowables tell the page templates during one build."""

    label: str = ""  # left side of the footer (the current document symbol)
    lang: str = "en"  # the language printed in (reports.i18n)
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
    if doc.state.label:
        room = right - left - FOOTER_PAGE_ROOM
        draw_string(canv, left, FOOTER_Y, fit_line(doc.state.label, SANS, 8, room), SANS, 8)
    page = canv.getPageNumber()

    def total(c: Canvas, _typeset: int, pages: int) -> None:
        # a late drawing sees the canvas as it was at the end of the page: set it all
        c.saveState()
        c.setFillColor(MUTED)
        number = text(doc.state.lang, "page", page=page, pages=pages)
        draw_string(c, right, FOOTER_Y, number, SANS, 8, right=True)
        c.restoreState()

    assert isinstance(canv, PagedCanvas)
    canv.late(total)
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
        lang: str = "en",
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
        self.state = BuildState(label=label, extra_pages=extra_pages, lang=lang)
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="main",
        )
        body = PageTemplate(id=BODY, frames=[frame], onPageEnd=_draw_footer)
        first = PageTemplate(id=COVER, frames=[frame])  # the packet cover: no footer
        self.addPageTemplates([first, body] if cover else [body, first])

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = PagedCanvas) -> Any:
        canv = super()._makeCanvas(filename=filename, canvasmaker=canvasmaker)
        canv.extra_pages = self.state.extra_pages
        return canv

    def build_story(self, story: list[Flowable]) -> int:
        """Typeset ``story`` in one pass; returns the number of pages typeset."""
        with binary_streams():
            self.build(story, canvasmaker=PagedCanvas)
        return int(self.page)


_a85_lock = threading.Lock()
_a85_users = 0
_a85_saved: Any = None


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write compressed streams as binary instead of ASCII85 while building.

    ASCII85 makes files a quarter larger and, without ReportLab's optional C
    accelerator, its pure-Python encoder takes a third of the save time. ReportLab
    only has a global switch; it is restored when the last concurrent build ends.
    """
    global _a85_users, _a85_saved
    with _a85_lock:
        if _a85_users == 0:
            _a85_saved = rl_config.useA85
            rl_config.useA85 = 0
        _a85_users += 1
    try:
        yield
    finally:
        with _a85_lock:
            _a85_users -= 1
            if _a85_users == 0:
                rl_config.useA85 = _a85_saved


def header_block(
    styles: Styles,
    width: float,
    *,
    hierarchy: Sequence[str],
    classification: str,
    symbol: str,
    date_of_issue: date | None,
    original_language: str,
    lang: str = "en",
) -> list[Flowable]:
    """The OAS first-page header: the bodies in capitals on the left, the document's
    classification, symbol, date of issue and original language on the right, then a rule.
    """
    right = [classification, symbol, long_date(date_of_issue, lang)]
    if clean(original_language).strip():
        name = language_name(clean(original_language), lang)
        right.append(text(lang, "original", language=name))
    block = HeaderBlock(
        [n.upper() for n in hierarchy if clean(n).strip()],
        [line for line in right if clean(line).strip()],
        styles.header,
    )
    if not block.left and not block.right:
        return []
    return [
        block,
        HRFlowable(width="100%", thickness=1.1, color=RULE_COLOR, spaceBefore=9, spaceAfter=18),
    ]


class HeaderBlock(Flowable):
    """Two columns of plain lines drawn directly (no table, no markup parsing: it is on
    every meeting's first page, and a Table of Paragraphs costs milliseconds each)."""

    LEFT = 0.6  # share of the width for the bodies
    RIGHT_AT = 0.648  # where the right column starts
    ITEM_GAP = 6.0

    def __init__(self, left: Sequence[str], right: Sequence[str], style: ParagraphStyle) -> None:
        super().__init__()
        self.left = list(left)
        self.right = list(right)
        self.style = style
        self._left_lines: list[list[str]] = []
        self._right_lines: list[str] = []
        self.width: float = 0.0
        self.height: float = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self.width:
            return self.width, self.height
        font, size, leading = self.style.fontName, self.style.fontSize, self.style.leading
        left_w = availWidth * self.LEFT - 12
        right_w = availWidth * (1 - self.RIGHT_AT)
        self._left_lines = [balanced_lines(item, font, size, left_w) for item in self.left]
        self._right_lines = [
            ln for item in self.right for ln in wrap_plain(item, font, size, right_w)
        ]
        left_h = sum(len(ls) for ls in self._left_lines) * leading
        left_h += self.ITEM_GAP * max(0, len(self._left_lines) - 1)
        self.width = availWidth
        self.height = max(left_h, len(self._right_lines) * leading)
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        font, size, leading = self.style.fontName, self.style.fontSize, self.style.leading
        baseline = self.height - size  # first baseline, about one ascent below the top
        text = canv.beginText(0, baseline)
        text.setFont(font, size, leading)
        for i, lines in enumerate(self._left_lines):
            if i:
                text.moveCursor(0, self.ITEM_GAP)
            for line in lines:
                text_out(text, line, font, size, leading)
        canv.drawText(text)
        text = canv.beginText(self.width * self.RIGHT_AT, baseline)
        text.setFont(font, size, leading)
        for line in self._right_lines:
            text_out(text, line, font, size, leading)
        canv.drawText(text)
