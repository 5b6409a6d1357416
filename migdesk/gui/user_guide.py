"""Help > User Guide: docs/user-guide.md shown in a window of its own (Markdown, with its images).

The guide is read from the checkout (docs/ beside the package) or, in an installed copy,
from migdesk/docs when the packaging put it there; without it the action is disabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from migdesk.gui.forms.ui_user_guide_dialog import Ui_UserGuideDialog


def user_guide_path() -> Path | None:
    """The user guide's Markdown file, or None when this installation has none."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "docs" / "user-guide.md", package.parent / "docs" / "user-guide.md"):
        if candidate.is_file():
            return candidate
    return None


class UserGuideDialog(QDialog):
    """The user guide, readable and searchable with the keyboard; links open in the browser."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserGuideDialog()
        self.ui.setupUi(self)  # the layout: ui/user_guide_dialog.ui
        self.setObjectName("userGuideDialog")
        self.browser = self.ui.userGuideText
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        self.ui.guideButtons.rejected.connect(self.reject)
