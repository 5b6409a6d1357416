"""Names for the small buttons Qt puts inside line edits (screen readers and UI tests)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QToolButton


def name_line_edit_buttons(edit: QLineEdit, icon_action: QAction | None = None) -> None:
    """Give the line edit's icon and clear buttons object and accessible names."""
    for button in edit.findChildren(QToolButton):
        if button.objectName():
            continue
        if icon_action is not None and button.defaultAction() is icon_action:
            button.setObjectName(f"{edit.objectName()}IconButton")
            button.setAccessibleName(icon_action.text() or edit.accessibleName())
        else:
            button.setObjectName(f"{edit.objectName()}ClearButton")
            button.setAccessibleName(QCoreApplication.translate("LineEdit", "Clear"))
