"""Ctrl+Enter accepts a dialog from any of its fields (even a multi-line text)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from migdesk.gui.window_actions import make_action

#: Return on the main keyboard and Enter on the keypad.
ACCEPT_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))


def accept_on_ctrl_enter(dialog: QDialog, accept: Callable[[], object] | None = None) -> QAction:
    """Make Ctrl+Enter (and Ctrl+Return) accept the dialog wherever the focus is in it.

    accept is what the dialog's default button does (dialog.accept when not given).
    """
    action = make_action(dialog, "acceptShortcut", shortcuts=ACCEPT_KEYS)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(accept or dialog.accept)
    dialog.addAction(action)
    return action
