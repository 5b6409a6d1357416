"""A small stacked bar chart drawn with QPainter (PySide6-Essentials has no QtCharts).

One bar per label; each bar stacks its series' values in their colours, with the total
above it. Colours follow the palette's text colour for the axis; the bars' own colours
are given by the caller. An accessible description lists every value, so the chart is
readable without seeing it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    """Stacked bars over labels (years, months), totals above, labels below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[tuple[str, QColor, list[int]]] = []
        self.setMinimumSize(QSize(240, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, labels: list[str], series: list[tuple[str, QColor, list[int]]]) -> None:
        """Show one bar per label; series are (name, colour, one value per label), stacked."""
        self._labels = list(labels)
        self._series = [(name, colour, list(values)) for name, colour, values in series]
        lines = []
        for n, label in enumerate(self._labels):
            parts = [f"{name} {values[n]}" for name, _, values in self._series if values[n]]
            lines.append(f"{label}: {', '.join(parts) if parts else '0'}")
        self.setAccessibleDescription("; ".join(lines))
        self.update()

    def totals(self) -> list[int]:
        """Each bar's height (the sum of its series)."""
        return [sum(values[n] for _, _, values in self._series) for n in range(len(self._labels))]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """Wide enough for every bar at a readable width."""
        return QSize(max(240, 44 * len(self._labels) + 24), 170)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        """Draw the bars, their totals and labels."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, line + 4, -8, -(line + 8))
        totals = self.totals()
        if not self._labels:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show"))
            return
        if len(self._series) > 1:  # a legend, top left: a square of each colour, its name
            x = area.left()
            for name, colour, _values in self._series:
                painter.fillRect(QRectF(x, 2, line * 0.7, line * 0.7), colour)
                painter.setPen(text_colour)
                painter.drawText(QRectF(x + line, 0, 200, line), Qt.AlignmentFlag.AlignLeft, name)
                x += line + metrics.horizontalAdvance(name) + 12
            area.adjust(0, line, 0, 0)
        top = max(max(totals), 1)
        slot = area.width() / len(self._labels)
        width = min(slot * 0.7, 48.0)
        painter.setPen(text_colour)
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for n, label in enumerate(self._labels):
            x = area.left() + slot * n + (slot - width) / 2
            y = area.bottom()
            for _name, colour, values in self._series:
                height = area.height() * values[n] / top
                if height > 0:
                    painter.fillRect(QRectF(x, y - height, width, height), colour)
                    y -= height
            painter.setPen(text_colour)
            cell = QRectF(area.left() + slot * n, 0, slot, line)
            if totals[n]:
                cell.moveBottom(y - 2)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(totals[n]))
            below = QRectF(area.left() + slot * n, area.bottom() + 4, slot, line)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(slot))
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, shown)
