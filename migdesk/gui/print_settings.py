"""What printing remembers and shares: the paper and folder last used, safe file names.

The choices live in the one settings store (gui/settings.py); tests replace
`settings_store` with one on an INI file of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import (
    QMainWindow,
    QWidget,
)

from migdesk.gui.i18n import translate
from migdesk.gui.settings import Settings
from migdesk.services import printing as rd

#: Where the remembered choices live; tests replace it with an INI file of their own.
settings_store: Callable[[], Settings] = Settings


def paper_names() -> list[tuple[str, str]]:
    """(paper key, label) for every paper the reports know, Letter first."""
    return [("letter", translate("PrintDialogs", "Letter")), ("a4", translate("PrintDialogs", "A4"))]


def remembered_paper() -> str:
    """The paper chosen last time (letter the first time)."""
    value = settings_store().paper
    return value if value in rd.PAPERS else "letter"


def remember_paper(paper: str) -> None:
    """Make paper the default next time."""
    settings_store().paper = paper


def remembered_folder() -> Path:
    """The folder a report was last saved in (the home folder the first time)."""
    folder = Path(str(settings_store().print_folder or QDir.homePath()))
    return folder if folder.is_dir() else Path(QDir.homePath())


def remember_folder(path: Path) -> None:
    """Start the next Save As in the folder of path."""
    settings_store().print_folder = str(path.parent)


def file_name(*parts: str) -> str:
    """A file name from free text: no path separators or reserved characters, not too long."""
    text = " ".join(p for p in parts if p)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = " ".join(text.split()).strip(". ")
    return (text[:120].rstrip() or "migdesk") + ".pdf"


def show_status(parent: QWidget, text: str) -> None:
    """text in the status bar of parent's main window, for a few seconds."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 6000)


def name_widget(widget: QWidget, name: str, accessible: str) -> None:
    """Give widget an object name (tests, style) and an accessible name (screen readers)."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
