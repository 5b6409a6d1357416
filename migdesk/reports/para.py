"""The Paragraph used by every MigDesk report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from migdesk.reports.fonts import font_runs, mostly_right_to_left, runs_width, shape
from migdesk.reports.text import clean, wrap_plain

__all__ = ["LedPara", "Para", "Paragraph", "led", "plain"]


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
            self.style = _aligned(self.style, TA_LEFT)
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


class RightToLeftPara(Para):
    """A paragraph mostly in a right-to-left script (an intervention in Arabic):
    broken into lines in reading order, then each line put in drawing order (bidi with
    a right-to-left base) and set flush right, so that it reads from the top right.

    ``logical`` is the text as typed; parts made by ``split`` are already laid out."""

    def __init__(self, text: Any, style: ParagraphStyle, bulletText: Any = None,  # noqa: N803
                 frags: Any = None, logical: str | None = None) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags)
        self._logical = logical

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and availWidth != self._wrapped_at:
            self.frags = self._lines(availWidth)
            self.__dict__.pop("blPara", None)
        return super().wrap(availWidth, availHeight)

    def _lines(self, width: float) -> list[Any]:
        style = self.style
        inner = width - style.leftIndent - style.rightIndent - max(style.firstLineIndent, 0)
        template = _template(style)
        frags: list[Any] = []
        for line in wrap_plain(self._logical or "", style.fontName, style.fontSize, inner):
            if frags:
                frags.append(template.clone(text="", lineBreak=True))
            frags += [
                template.clone(text=run, fontName=font)
                for run, font in font_runs(shape(line, rtl=True), style.fontName)
            ]
        return frags


#: A piece of a lead: x (None: where the previous piece ends), text, font, size.
Piece = tuple[float | None, str, str, float]


class LedPara(Para):
    """A paragraph whose first line starts with a lead drawn by itself: its bullet and
    a few words in other fonts ("Mexico: " in italics before an intervention).

    The text after the lead is broken and drawn by ReportLab alone; when it is in one
    font, that is ReportLab's single-font path, which costs about half its mixed-font
    path (a paragraph of two fonts is broken and drawn word by word). The lead goes
    into the paragraph's own text object instead of one text object per bullet. Room
    for it is made with the first-line indent of the style (see ``led``). A part made
    by ``split`` keeps the lead on its first part only."""

    lead: tuple[Piece, ...] = ()

    def beginText(self, x: float, y: float) -> Any:  # noqa: N802 (ReportLab's name)
        # Called once per draw, at the first line's baseline: the lead goes ahead of
        # the text, so that text extraction reads "• Mexico: Supported..." as one line.
        # setXPos moves the line start, not the cursor; ReportLab sets its own font
        # before the first line.
        text_object = super().beginText(x, y)
        at = x
        for lead_x, part, font, size in self.lead:
            if lead_x is not None:
                text_object.setXPos(lead_x - at)
                at = lead_x
            text_object._setFont(font, size)  # unlike setFont, keeps the leading
            text_object._textOut(part)  # as ReportLab's lines: no cursor to track
        if at != x:
            text_object.setXPos(x - at)
        return text_object

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[0].lead = self.lead
        return parts


#: A lead wider than this share of a line is set inline by ReportLab instead.
MAX_LEAD_SHARE = 0.4


def led(
    lead: Sequence[tuple[str, str | None]],
    text: str | Sequence[tuple[str, str | None]],
    style: ParagraphStyle,
    bullet: str | None = None,
    line_width: float = 0.0,
) -> Para:
    """The paragraph ``plain([*lead, *text], style, bullet)`` sets, made cheaper: the
    bullet and the lead's (text, font or None for the style's font) segments are drawn
    by themselves on the first line (``LedPara``), so that a text of one font stays
    on ReportLab's single-font path. Without text, in a paragraph mostly in a
    right-to-left script, or with a lead wider than ``MAX_LEAD_SHARE`` of
    ``line_width`` (the frame's width), it is set as ReportLab sets mixed fonts."""
    body = [(text, None)] if isinstance(text, str) else list(text)
    segments = [*lead, *body]
    body_text = "".join(clean(part) for part, _ in body)
    runs = [
        run
        for part, font in lead
        for run in font_runs(shape(clean(part)), font or style.fontName)
    ]
    lead_width = runs_width(runs, style.fontSize)
    if (not body_text.strip() or (bullet and not _draws_own_bullet(style))
            or mostly_right_to_left("".join(clean(part) for part, _ in segments))
            or mostly_right_to_left(body_text) or lead_width > MAX_LEAD_SHARE * line_width):
        return _mixed(segments, style, bullet)
    pieces: list[Piece] = []
    start = style.leftIndent + style.firstLineIndent
    if bullet:  # where ReportLab draws it; the first line starts right of it
        size = style.bulletFontSize
        pieces.append((style.bulletIndent, bullet, style.bulletFontName, size))
        start = max(
            start, style.bulletIndent + stringWidth(bullet, style.bulletFontName, size) + 0.6 * size
        )
    pieces += [(start if i == 0 else None, part, font, style.fontSize)
               for i, (part, font) in enumerate(runs)]
    indented = _indented(style, start - style.leftIndent + lead_width)
    para = LedPara(None, indented, frags=_frags(body, indented))
    para.lead = tuple(pieces)
    return para


def _draws_own_bullet(style: ParagraphStyle) -> bool:
    """Whether ``led`` can draw the bullet where ReportLab would: anchored at its start,
    in the text's colour, on the baseline."""
    return (style.bulletAnchor == "start" and not getattr(style, "bulletOffsetY", 0)
            and getattr(style, "bulletColor", None) in (None, style.textColor))


_indented_styles: dict[tuple[int, float], tuple[ParagraphStyle, ParagraphStyle]] = {}


def _indented(style: ParagraphStyle, indent: float) -> ParagraphStyle:
    """``style`` with a first-line indent of ``indent`` points (made once per style
    and indent; leads repeat, as speakers do)."""
    key = (id(style), round(indent, 3))
    if key[1] == style.firstLineIndent:
        return style
    entry = _indented_styles.get(key)
    if entry is None or entry[0] is not style:
        variant = ParagraphStyle(f"{style.name}+{key[1]}", parent=style, firstLineIndent=key[1])
        entry = (style, variant)
        _indented_styles[key] = entry
    return entry[1]


_aligned_styles: dict[tuple[int, int], tuple[ParagraphStyle, ParagraphStyle]] = {}


def _aligned(style: ParagraphStyle, alignment: int) -> ParagraphStyle:
    """``style`` with another alignment (made once per style and alignment)."""
    key = (id(style), alignment)
    entry = _aligned_styles.get(key)
    if entry is None or entry[0] is not style:
        variant = ParagraphStyle(f"{style.name}-{alignment}", parent=style, alignment=alignment)
        entry = (style, variant)
        _aligned_styles[key] = entry
    return entry[1]


_templates: dict[int, tuple[ParagraphStyle, Any]] = {}


def _template(style: ParagraphStyle) -> Any:
    """A fragment in ``style``'s font, to clone for each run of text (made once)."""
    entry = _templates.get(id(style))
    if entry is None or entry[0] is not style:
        entry = (style, Paragraph("x", style).frags[0])
        _templates[id(style)] = entry
    return entry[1]


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
    in drawing order (``fonts``); a paragraph mostly in a right-to-left script reads
    from the right (``RightToLeftPara``, in the style's font throughout). ``bullet`` is drawn in
    the style's bullet font.
    """
    if bullet:
        return led([], text, style, bullet)
    return _mixed([(text, None)] if isinstance(text, str) else text, style, bullet)


def _mixed(
    segments: Sequence[tuple[str, str | None]], style: ParagraphStyle, bullet: str | None
) -> Para:
    """``plain`` as ReportLab sets it: one fragment per run of a font, the bullet drawn
    by ReportLab, a paragraph mostly right-to-left read from the right."""
    whole = "".join(clean(part) for part, _ in segments)
    if mostly_right_to_left(whole):
        right = _aligned(style, TA_RIGHT)
        return RightToLeftPara(None, right, bulletText=bullet, frags=[], logical=whole)
    return Para(None, style, bulletText=bullet, frags=_frags(segments, style))


def _frags(segments: Sequence[tuple[str, str | None]], style: ParagraphStyle) -> list[Any]:
    """Paragraph fragments of (text, font or None) segments: one per run of a font,
    fallback fonts and drawing order included (``fonts``)."""
    template = _template(style)
    return [
        template.clone(text=run, fontName=run_font)
        for part, font in segments
        for run, run_font in font_runs(shape(clean(part)), font or template.fontName)
    ]
