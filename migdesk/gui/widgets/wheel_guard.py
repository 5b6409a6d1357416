"""The mouse wheel scrolls the form; it changes a combo box or spin box only once it has the focus.

Qt lets the wheel change a combo box the pointer merely rests over, so a notch while
scrolling a form silently changed a meeting's body (and saved it). `guard_wheel(root)`
gives every combo box and spin box under root StrongFocus (click or Tab, never the
wheel) and one shared event filter: a wheel event over such a widget without the focus
is passed to the scroll area around it instead.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


class _WheelGuard(QObject):
    """Ignores wheel events over an unfocused guarded widget; the enclosing scroll area scrolls."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Swallow the wheel unless the widget has the focus; hand it to the scroll area."""
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            bar = area.verticalScrollBar()
            if bar is not None and bar.isVisible():
                QCoreApplication.sendEvent(bar, event)
        return True


_guard: _WheelGuard | None = None


def _shared_guard() -> _WheelGuard:
    global _guard  # noqa: PLW0603 (one filter object for the whole application)
    if _guard is None or not shiboken6.isValid(_guard):
        _guard = _WheelGuard(QCoreApplication.instance())
    return _guard


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def guard_widget(widget: QWidget) -> None:
    """Let the wheel change this widget only while it has the focus."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_shared_guard())


def guard_wheel(root: QWidget) -> None:
    """Guard every combo box and spin box under root (and root itself if it is one)."""
    widgets = [w for w in root.findChildren(QWidget) if isinstance(w, _GUARDED)]
    if isinstance(root, _GUARDED):
        widgets.append(root)
    for widget in widgets:
        guard_widget(widget)
