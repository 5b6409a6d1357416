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

from migdesk.gui.icons import icon
from migdesk.gui.navigator_model import COUNT_ROLE, DETAIL_ROLE, NavigatorModel
from migdesk.gui.nodes import NodeEntry

Index = QModelIndex | QPersistentModelIndex

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DISPLAY_AND_DECORATION = _HAS_DISPLAY | QStyleOptionViewItem.ViewItemFeature.HasDecoration


def _entry(index: Index) -> NodeEntry | None:
    model = index.model()
    return model.entry(index) if isinstance(model, NavigatorModel) else None


class NodeDelegate(QStyledItemDelegate):
    """Draws a node's label, its detail in a quieter colour, and its count at the right edge."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Rows a little taller than the text, like the table's, easy to hit."""
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), QFontMetrics(option.font).height() + 10))  # type: ignore[attr-defined]
        return size

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        """Fill option from the row's entry as Qt's delegate would from the model's roles.

        Qt's asks the model for seven roles, each a call from C++ into Python; this is one.
        (The icons have the same sizes in every mode and state, so the size is asked once.)
        """
        entry = _entry(index)
        if entry is None:
            super().initStyleOption(option, index)
            return
        option.index = index  # type: ignore[assignment]
        option.text = entry.label.replace("\n", "\u2028")  # type: ignore[attr-defined]
        option.styleObject = None  # type: ignore[assignment]  # no style animations
        decoration = icon(entry.icon)
        if decoration.isNull():
            option.features |= _HAS_DISPLAY  # type: ignore[attr-defined]
            return
        size: QSize = option.decorationSize  # type: ignore[attr-defined]
        actual = decoration.actualSize(size)
        option.features |= _HAS_DISPLAY_AND_DECORATION  # type: ignore[attr-defined]
        option.icon = decoration  # type: ignore[attr-defined]
        if actual.width() < size.width() or actual.height() < size.height():
            option.decorationSize = QSize(  # type: ignore[attr-defined]
                min(size.width(), actual.width()), min(size.height(), actual.height())
            )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Background and icon by the style; the three texts elided to fit."""
        entry = _entry(index)
        count = entry.count if entry is not None else index.data(COUNT_ROLE)
        detail = (entry.detail if entry is not None else index.data(DETAIL_ROLE)) or ""
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
