"""A layout that places widgets left to right and wraps them onto new lines (Qt's flow example)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget, QWidgetItem

_EXPANDING = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)


class FlowLayout(QLayout):
    """Items flow left to right and wrap; height follows the available width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        """Append an item (called by addWidget)."""
        self._items.append(item)

    def count(self) -> int:
        """Number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        """The item at index, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        """Remove and return the item at index."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 (Qt style)
        """Insert a widget at index (the end when index is out of range)."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if 0 <= index < len(self._items):
            self._items.insert(index, item)
        else:
            self._items.append(item)
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        """The layout does not ask for more space than its items need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        """Its height depends on its width."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        """The height needed to show every item within width."""
        return self._do_layout(QRect(0, 0, width, 0), test_only=True)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        """Place the items within rect."""
        super().setGeometry(rect)
        self._do_layout(rect, test_only=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        """As wide as all items on one line would need."""
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(
            len(self._items) - 1, 0
        )
        height = max((i.sizeHint().height() for i in self._items), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The widest single item."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, test_only: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        right = area.x() + area.width()
        # First pass: break the visible items into lines of (item, width).
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = area.x()
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and x + width > right:
                lines.append([])
                x = area.x()
            expands = widget is not None and widget.sizePolicy().horizontalPolicy() in _EXPANDING
            if expands:  # an expanding item (the add box) takes the rest of its line
                width = max(width, right - x)
            lines[-1].append((item, width))
            x += width + self._spacing
        # Second pass: place each line, items centred vertically on it.
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item, _ in line)
            x = area.x()
            for item, width in line:
                if not test_only:
                    h = item.sizeHint().height()
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(width, h)))
                x += width + self._spacing
            y += height + self._spacing
        used = y - self._spacing if any(lines) else y
        return used - rect.y() + m.bottom()
