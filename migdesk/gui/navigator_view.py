"""The navigator tree widget: a QTreeView that draws node details and counts quietly."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from migdesk.gui.navigator_model import COUNT_ROLE, DETAIL_ROLE

Index = QModelIndex | QPersistentModelIndex


class NodeDelegate(QStyledItemDelegate):
    """Draws a node's label, its detail in a quieter colour, and its count at the right edge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Rows a little taller than the text, like the table's, easy to hit."""
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), QFontMetrics(option.font).height() + 10))  # type: ignore[attr-defined]
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Background and icon by the style; the three texts elided to fit."""
        count = index.data(COUNT_ROLE)
        detail = index.data(DETAIL_ROLE) or ""
        if count is None and not detail:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is None:
            return
        label: str = opt.text  # type: ignore[attr-defined]
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        metrics = QFontMetrics(opt.font)  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        strong = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = strong if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = text_rect.adjusted(2, 0, -6, 0)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        if count is not None:
            number = str(count)
            painter.setPen(quiet)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number
            )
            rect.setRight(rect.right() - metrics.horizontalAdvance(number) - 10)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(rect.width(), 0))
        painter.setPen(strong)
        painter.drawText(rect, align, shown)
        used = metrics.horizontalAdvance(shown) + metrics.horizontalAdvance("  ")
        if detail and shown == label and used < rect.width():
            rest = QRect(rect.left() + used, rect.top(), rect.width() - used, rect.height())
            painter.setPen(quiet)
            painter.drawText(
                rest, align, metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rest.width())
            )
        painter.restore()


class NavigatorView(QTreeView):
    """The tree on the left: bodies, meetings, their parts, lists and saved views."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Navigator"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        self.setExpandsOnDoubleClick(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIndentation(16)
        self.setItemDelegate(NodeDelegate(self))
        self.setFrameShape(QTreeView.Shape.NoFrame)
