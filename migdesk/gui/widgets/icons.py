"""Small line icons drawn with QPainter in the palette's text colour.

The desktop theme's icon is used when there is one (Linux); elsewhere these drawings
keep buttons recognisable without shipping image files.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

_SIZE = 32  # drawn at 32 px, scaled down by Qt for 16 px buttons


def _draw(paint: Callable[[QPainter, QColor], None], colour: QColor) -> QIcon:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 2.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    paint(painter, colour)
    painter.end()
    return QIcon(pixmap)


def _calendar(p: QPainter, colour: QColor) -> None:
    p.drawRoundedRect(QRectF(5, 7, 22, 20), 3, 3)
    p.drawLine(QPointF(5, 13), QPointF(27, 13))
    p.drawLine(QPointF(11, 4), QPointF(11, 9))
    p.drawLine(QPointF(21, 4), QPointF(21, 9))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    for x in (10, 16, 22):
        for y in (18, 23):
            p.drawEllipse(QPointF(x, y), 1.6, 1.6)


def _plus(p: QPainter, colour: QColor) -> None:
    p.drawLine(QPointF(16, 7), QPointF(16, 25))
    p.drawLine(QPointF(7, 16), QPointF(25, 16))


def _cross(p: QPainter, colour: QColor) -> None:
    p.drawLine(QPointF(10, 10), QPointF(22, 22))
    p.drawLine(QPointF(22, 10), QPointF(10, 22))


def _minus(p: QPainter, colour: QColor) -> None:
    p.drawLine(QPointF(8, 16), QPointF(24, 16))


_DRAWINGS = {
    "x-office-calendar": _calendar,
    "list-add": _plus,
    "list-remove": _minus,
    "window-close": _cross,
}


def icon(name: str) -> QIcon:
    """The theme icon called name (freedesktop naming), or our drawing of it."""
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText)
    return _draw(_DRAWINGS[name], colour)
