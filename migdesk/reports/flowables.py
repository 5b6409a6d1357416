"""Flowables of MigDesk reports: markers (bookmarks, footer label, progress), a fast
grid table that repeats its header row on every page, and the contents page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import CondPageBreak, Flowable

from migdesk.reports.fonts import text_out
from migdesk.reports.para import Para
from migdesk.reports.styles import GRID_COLOR, HEADER_FILL, MUTED, SERIF, Styles
from migdesk.reports.templates import BuildState, PagedCanvas
from migdesk.reports.text import clean, markup, wrap_plain


class Marker(Flowable):
    """An invisible point in the story that, where it lands, can bookmark the page (and
    add an outline entry), set the footer label, and call back (progress and cancel).
    Place it where a page starts (after a page break or a CondPageBreak that leaves
    room for what follows), so that the bookmark lands on the page of its content.
    """

    def __init__(
        self,
        state: BuildState,
        *,
        key: str = "",
        title: str = "",
        level: int = 0,
        label: str | None = None,
        callback: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        self.key = key
        self.title = title
        self.level = level
        self.label = label
        self.callback = callback

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        if self.callback is not None:
            self.callback()
        if self.label is not None:
            self.state.label = self.label
        if self.key:
            canv.bookmarkHorizontal(self.key, 0, 0)
            self.state.anchors[self.key] = int(canv.getPageNumber())
            if self.title:
                canv.addOutlineEntry(clean(self.title)[:250], self.key, self.level)


@dataclass(frozen=True)
class Run:
    """Plain text in one font and colour; each run of a cell starts on a new line."""

    text: str
    font: str
    color: Color | None = None


class TextCell(Flowable):
    """Plain text for a table cell: no markup at all (user text prints as typed), greedy
    line breaking, over-long words cut. Much cheaper than a Paragraph per cell."""

    def __init__(self, runs: Sequence[Run], size: float, leading: float) -> None:
        super().__init__()
        self.runs = list(runs)
        self.size = size
        self.leading = leading
        self._lines: list[tuple[str, Color | None, str]] | None = None
        self._wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._lines is None or (self._wrapped_at is not None and availWidth != self._wrapped_at):
            self._lines = [
                (run.font, run.color, line)
                for run in self.runs
                for line in wrap_plain(run.text, run.font, self.size, availWidth)
            ]
            self._wrapped_at = availWidth
        self.width, self.height = availWidth, len(self._lines) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[TextCell]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.leading)
        if fit < 1:
            return []
        if fit >= len(self._lines):
            return [self]
        return [self._with_lines(self._lines[:fit]), self._with_lines(self._lines[fit:])]

    def _with_lines(self, lines: list[tuple[str, Color | None, str]]) -> TextCell:
        part = TextCell([], self.size, self.leading)
        part._lines = lines  # already broken: kept whatever the width
        return part

    def draw(self) -> None:
        text = self.canv.beginText()
        self.emit(text, 0, self.height, [None, None])
        self.canv.drawText(text)

    def emit(self, text: Any, x: float, top: float, current: list[Any]) -> None:
        """Add the lines to text object ``text`` with the top of the cell at (x, top);
        ``current`` is the text object's [font, colour], kept across cells."""
        assert self._lines is not None
        if not self._lines:
            return
        text.setTextOrigin(x, top - self.size)
        for font, color, line in self._lines:
            if font != current[0]:
                text.setFont(font, self.size, self.leading)
                current[0] = font
            if (color or black) != current[1]:
                current[1] = color or black
                text.setFillColor(current[1])
            text_out(text, line, font, self.size, self.leading)


def kept(flowables: list[Flowable], width: float, height: float) -> list[Flowable]:
    """``flowables`` preceded by a conditional page break: they start a new page unless
    they fit on this one (a heading with what follows, the parts of an action).

    Cheaper than KeepTogether/keepWithNext, which deep-copy the frame at every wrap;
    the wraps done here are cached (Para) and reused when the flowables are laid out.
    ``width`` and ``height`` are the frame's; a group taller than most of a frame is
    not kept (it would only leave a blank page).
    """
    total = 0.0
    for i, flowable in enumerate(flowables):
        total += flowable.wrap(width, height)[1]
        if i:  # inner spacing only, as KeepTogether measures it
            total += max(flowable.getSpaceBefore(), flowables[i - 1].getSpaceAfter())
    if total > 0.8 * height:
        return list(flowables)
    return [CondPageBreak(total), *flowables]


class GridTable(Flowable):
    """A ruled table of TextCells, header row repeated on every page.

    Each cell is wrapped once and split parts share the measurements, so a long table
    costs about as much as the same text set as paragraphs (ReportLab's Table re-wraps
    every remaining cell at every page break). A row taller than a whole frame is split
    inside its cells.
    """

    def __init__(
        self,
        header: Sequence[TextCell],
        rows: Sequence[Sequence[TextCell]],
        fractions: Sequence[float],
        *,
        fills: Sequence[Color | None] | None = None,
        frame_height: float,
        pad: float = 4,
    ) -> None:
        super().__init__()
        if any(len(r) != len(fractions) for r in [header, *rows]):
            raise ValueError("every row needs one cell per column")
        self.header = list(header)
        self.rows = [list(r) for r in rows]
        self.fractions = list(fractions)
        self.fills: list[Color | None] = list(fills) if fills else [None] * len(self.rows)
        self.frame_height = frame_height
        self.pad = pad
        self._aw: float | None = None
        self._col_w: list[float] = []
        self._head_h = 0.0
        self._row_h: list[float] = []

    # measuring -------------------------------------------------------------------
    def _cells_height(self, cells: Sequence[TextCell]) -> float:
        inner = (w - 2 * self.pad for w in self._col_w)
        return max(c.wrap(w, 1e7)[1] for c, w in zip(cells, inner, strict=True)) + 2 * self.pad

    def _measure(self, aw: float) -> None:
        if self._aw == aw:
            return
        total = sum(self.fractions)
        self._col_w = [aw * f / total for f in self.fractions]
        self._head_h = self._cells_height(self.header)
        self._row_h = [self._cells_height(r) for r in self.rows]
        self._aw = aw

    def _part(
        self, rows: list[list[TextCell]], heights: list[float], fills: list[Any]
    ) -> GridTable:
        part = GridTable(
            self.header, [], self.fractions, frame_height=self.frame_height, pad=self.pad
        )
        part.rows, part._row_h, part.fills = rows, heights, fills
        part._aw, part._col_w, part._head_h = self._aw, self._col_w, self._head_h
        return part

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._measure(availWidth)
        self.width = availWidth
        self.height = self._head_h + sum(self._row_h)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._measure(availWidth)
        room = availHeight - self._head_h
        fit, used = 0, 0.0
        while fit < len(self.rows) and used + self._row_h[fit] <= room:
            used += self._row_h[fit]
            fit += 1
        if fit == len(self.rows):
            return [self]
        if fit == 0:
            # Move the row to the next page unless it would not fit any page.
            if self._head_h + self._row_h[0] <= self.frame_height:
                return []
            return self._split_first_row(room)
        return [
            self._part(self.rows[:fit], self._row_h[:fit], self.fills[:fit]),
            self._part(self.rows[fit:], self._row_h[fit:], self.fills[fit:]),
        ]

    def _split_first_row(self, room: float) -> list[Flowable]:
        first: list[TextCell] = []
        rest: list[TextCell] = []
        inner = room - 2 * self.pad
        for cell, w in zip(self.rows[0], self._col_w, strict=True):
            if cell.wrap(w - 2 * self.pad, 1e7)[1] <= inner:
                first.append(cell)
                rest.append(TextCell([], cell.size, cell.leading))
                continue
            parts = cell.split(w - 2 * self.pad, inner)
            if len(parts) != 2:
                return []
            first.append(parts[0])
            rest.append(parts[1])
        rows = [first, rest, *self.rows[1:]]
        fills = [self.fills[0], self.fills[0], *self.fills[1:]]
        heights = [self._cells_height(first), self._cells_height(rest), *self._row_h[1:]]
        return [
            self._part(rows[:1], heights[:1], fills[:1]),
            self._part(rows[1:], heights[1:], fills[1:]),
        ]

    # drawing ---------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        pad, widths = self.pad, self._col_w
        xs = [0.0]
        for w in widths:
            xs.append(xs[-1] + w)
        rows = [
            (self.header, self._head_h, HEADER_FILL),
            *zip(self.rows, self._row_h, self.fills, strict=True),
        ]
        canv.saveState()
        y = self.height
        for _cells, height, fill in rows:
            if fill is not None:
                canv.setFillColor(fill)
                canv.rect(0, y - height, self.width, height, stroke=0, fill=1)
            y -= height
        # one text object for all cells: far cheaper than one per cell
        text = canv.beginText()
        current: list[Any] = [None, None]
        y = self.height
        lines = []
        for cells, height, _fill in rows:
            for cell, x in zip(cells, xs, strict=False):
                cell.emit(text, x + pad, y - pad, current)
            y -= height
            lines.append((0.0, y, self.width, y))
        canv.drawText(text)
        lines.append((0.0, self.height, self.width, self.height))
        lines.extend((x, 0.0, x, self.height) for x in xs)
        canv.setStrokeColor(GRID_COLOR)
        canv.setLineWidth(0.5)
        canv.lines(lines)
        canv.restoreState()


@dataclass
class TocEntry:
    """One contents line: a title at a level, and where its page number comes from."""

    title: str
    level: int
    key: str  # bookmark key to link to; "" for pages outside the typeset part
    page: Callable[[BuildState, int, int], int]  # (state, pages typeset, total) -> page


@dataclass
class _PlacedEntry:
    index: int
    entry: TocEntry
    para: Paragraph
    top: float  # distance from the top of the frame to the top of the entry
    height: float


NUMBER_WIDTH = 42.0  # room for the page number column (points)


class ContentsPage(Flowable):
    """One page of the contents, laid out in advance; the page numbers are drawn in at
    save time (PagedCanvas.late), when every target page is known."""

    def __init__(
        self, state: BuildState, placed: list[_PlacedEntry], title: Paragraph | None
    ) -> None:
        super().__init__()
        self.state = state
        self.placed = placed
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, availHeight
        return availWidth, availHeight

    def draw(self) -> None:
        canv = self.canv
        assert isinstance(canv, PagedCanvas)
        if self.title is not None:
            _, h = self.title.wrap(self.width, self.height)
            self.title.drawOn(canv, 0, self.height - h)
        for placed in self.placed:
            y = self.height - placed.top - placed.height
            end: dict[str, float] = {}
            canv.setNamedCB("toc_end", _end_recorder(end))
            placed.para.drawOn(canv, 0, y)
            if end:  # drawn after the text so that text extraction reads "title ... N"
                self._leader_and_number(placed, end["x"], y + end["y"])
            if placed.entry.key:
                canv.linkRect(
                    "", placed.entry.key, (0, y, self.width, y + placed.height), relative=1
                )

    def _leader_and_number(self, placed: _PlacedEntry, x_end: float, baseline: float) -> None:
        canv = self.canv
        assert isinstance(canv, PagedCanvas)
        state, entry, size = self.state, placed.entry, placed.para.style.fontSize
        leader_end = self.width - NUMBER_WIDTH + 14
        if leader_end > x_end + 12:
            canv.saveState()
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.7)
            canv.setLineCap(1)
            canv.setDash([0.1, 3.2])
            canv.line(x_end + 6, baseline + 1, leader_end, baseline + 1)
            canv.restoreState()
        right = self.width

        def number(c: Any, typeset: int, total: int) -> None:
            c.saveState()
            c.setFillColor(black)
            c.setFont(SERIF, size)
            c.drawRightString(right, baseline, str(entry.page(state, typeset, total)))
            c.restoreState()

        canv.late(number)


def _end_recorder(end: dict[str, float]) -> Callable[[Any, str, str | None], None]:
    """The <onDraw> callback at the end of an entry's text: remember where it ended."""

    def record(canv: Any, _kind: str, _label: str | None) -> None:
        info = canv._curr_tx_info
        end["x"], end["y"] = float(info["cur_x"]), float(info["cur_y"])

    return record


def layout_contents(
    state: BuildState,
    entries: Sequence[TocEntry],
    styles: Styles,
    width: float,
    height: float,
    title: str = "CONTENTS",
) -> list[ContentsPage]:
    """Lay the contents out into pages now (their number must be known before the rest
    of the packet is typeset); only the page numbers are left for save time. ``title``
    heads the first page."""
    heading = Para(markup(title, styles.toc_title.fontName), styles.toc_title)
    _, title_h = heading.wrap(width, height)
    title_h += styles.toc_title.spaceAfter
    pages: list[ContentsPage] = []
    placed: list[_PlacedEntry] = []
    top = title_h
    for i, entry in enumerate(entries):
        style = styles.toc_0 if entry.level == 0 else styles.toc_1
        title_markup = markup(entry.title, style.fontName)
        para = Para(f'{title_markup}<onDraw name="toc_end" label="{i}"/>', style)
        _, h = para.wrap(width - NUMBER_WIDTH, height)
        gap = 9.0 if entry.level == 0 and placed else 2.0
        if placed and top + gap + h > height:
            pages.append(ContentsPage(state, placed, heading if not pages else None))
            placed, top, gap = [], 0.0, 0.0
        placed.append(_PlacedEntry(i, entry, para, top + gap, h))
        top += gap + h
    pages.append(ContentsPage(state, placed, heading if not pages else None))
    return pages
