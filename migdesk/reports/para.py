"""The Paragraph used by every MigDesk report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from migdesk.reports.fonts import font_runs, shape
from migdesk.reports.text import clean

__all__ = ["Para", "Paragraph", "plain"]


#: The widest space between two words of a justified line, in ems of the font size.
MAX_JUSTIFIED_GAP = 0.55


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width, and is justified only where
    justifying leaves no wide gaps between words.

    ReportLab wraps a paragraph again for each look at it (keep-with-next groups,
    frame fitting, splitting); line breaking depends on the width only, so the result
    is reused. Split parts are new Para objects with their own cache. A justified
    paragraph with a line whose word gaps would exceed ``MAX_JUSTIFIED_GAP`` (a long
    word or address pushed to the next line) is set flush left instead: same lines.
    """

    _wrapped_at: float | None = None
    style: ParagraphStyle

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        if self.style.alignment == TA_JUSTIFY and self._gaps_too_wide():
            self.style = _flush_left(self.style)
        return width, height

    def _gaps_too_wide(self) -> bool:
        """Whether justifying would stretch a word gap of a line (not the last, which
        stays ragged) beyond ``MAX_JUSTIFIED_GAP``."""
        bl = self.blPara
        limit = MAX_JUSTIFIED_GAP * self.style.fontSize
        for line in bl.lines[:-1]:
            if bl.kind == 0:
                extra, gaps = line[0], len(line[1]) - 1
            else:
                extra, gaps = line.extraSpace, line.wordCount - 1
            if gaps > 0 and extra / gaps > limit:
                return True
        return False


_flush_left_styles: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}


def _flush_left(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` aligned left (made once per style)."""
    entry = _flush_left_styles.get(id(style))
    if entry is None or entry[0] is not style:
        entry = (style, ParagraphStyle(f"{style.name}-left", parent=style, alignment=TA_LEFT))
        _flush_left_styles[id(style)] = entry
    return entry[1]


_templates: dict[int, tuple[ParagraphStyle, Any]] = {}


def plain(
    text: str | Sequence[tuple[str, str | None]],
    style: ParagraphStyle,
    bullet: str | None = None,
) -> Para:
    """A paragraph of plain user text, built without the markup parser.

    ``text`` is a string or a list of (text, font name or None for the style's font)
    segments. Nothing is interpreted (``<b>`` and ``&amp;`` print as typed), and
    skipping the parser saves about a third of the cost of a short paragraph.
    Characters the font lacks are set in a fallback font and right-to-left text is put
    in drawing order (``fonts``). ``bullet`` is drawn in the style's bullet font.
    """
    entry = _templates.get(id(style))
    if entry is None or entry[0] is not style:
        entry = (style, Paragraph("x", style).frags[0])
        _templates[id(style)] = entry
    template = entry[1]
    segments = [(text, None)] if isinstance(text, str) else text
    frags = [
        template.clone(text=run, fontName=run_font)
        for part, font in segments
        for run, run_font in font_runs(shape(clean(part)), font or template.fontName)
    ]
    return Para(None, style, bulletText=bullet, frags=frags)
