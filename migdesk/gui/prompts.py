"""Small message boxes used across the window, always with plain text (user text is data).

Tests replace these functions (monkeypatch) instead of clicking real message boxes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from migdesk.gui.i18n import translate


def _box(
    parent: QWidget | None,
    kind: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("messageBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    return box


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    informative: str = "",
    details: str = "",
    accept: str = "",
    destructive: bool = False,
) -> bool:
    """Ask a yes/no question; True when the user accepts. accept names the accepting button."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, informative, details)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    yes = box.addButton(accept or translate("Prompts", "OK"), role)
    yes.setObjectName("acceptButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(cancel if destructive else yes)  # type: ignore[arg-type]
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def warn(parent: QWidget | None, title: str, text: str, *, informative: str = "") -> None:
    """Tell the user something could not be done (a one-line reason from the services)."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, informative)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def inform(parent: QWidget | None, title: str, text: str, *, informative: str = "") -> None:
    """Tell the user something worth knowing about what was just done."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, informative)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    options: list[str],
    *,
    informative: str = "",
) -> int:
    """Ask the user to pick one of several buttons; returns its index, -1 for Cancel."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, informative)
    buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
    for n, button in enumerate(buttons):
        button.setObjectName(f"option{n}Button")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1  # type: ignore[arg-type]
