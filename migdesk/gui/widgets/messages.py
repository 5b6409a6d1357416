"""The small line of text under a field that says what is wrong with it, or how it was read."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows text literally: Qt renders tooltips that look like HTML as HTML."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class Tone(Enum):
    """How a message is coloured."""

    HINT = "hint"
    WARNING = "warning"
    ERROR = "error"


# (light background, dark background): readable on both (WCAG AA on plain window colours).
_COLOURS = {
    Tone.ERROR: ("#b3261e", "#f2b8b5"),
    Tone.WARNING: ("#8a5300", "#ffcc80"),
}


def tone_colour(tone: Tone, palette: QPalette) -> QColor:
    """The text colour of a tone for the given palette (light or dark)."""
    if tone is Tone.HINT:
        return palette.color(QPalette.ColorRole.PlaceholderText)
    light, dark = _COLOURS[tone]
    dark_theme = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(dark if dark_theme else light)


class FieldMessage(QLabel):
    """A word-wrapped, plain-text message shown beside a field; hidden while empty.

    The text is user data more often than not (it quotes what was typed), so it is
    always shown as plain text, never as rich text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.setFont(font)
        self.tone = Tone.HINT
        self._reserved = False
        self.hide()

    def show_message(self, text: str, tone: Tone = Tone.ERROR) -> None:
        """Show text in the colour of tone (empty text hides the label)."""
        self.tone = tone
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, tone_colour(tone, palette))
        self.setPalette(palette)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text) or self._reserved)

    def reserve_line(self) -> None:
        """Keep one line of room while empty, so that showing a message moves nothing below."""
        self._reserved = True
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        self.show()

    def clear_message(self) -> None:
        """Hide the message."""
        self.show_message("", Tone.HINT)
