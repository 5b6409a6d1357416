"""The dialog for unexpected errors (bugs), and the exception hook that shows it.

Every change is its own committed transaction, so an unexpected error loses nothing:
the dialog says so, offers the details for a bug report, and the app keeps running.
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from migdesk import __version__
from migdesk.gui.icons import icon

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def error_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """A plain-text report: versions, platform and the traceback."""
    lines = [
        f"MigDesk {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    """Tells the user something unexpected happened; the details can be copied for a report."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its form is loaded when an error first shows, not with the window at start-up.
        from migdesk.gui.forms.ui_error_dialog import Ui_ErrorDialog

        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)  # the layout: ui/error_dialog.ui
        self.setObjectName("errorDialog")
        self.ui.badge.setPixmap(icon("error").pixmap(40, 40))
        self.summary_label = self.ui.errorSummary  # the message is data: plain text
        self.summary_label.setText(summary)
        self.details = self.ui.errorDetails
        self.details.setPlainText(details)

        buttons = self.ui.errorButtons
        self.copy_button = QPushButton(icon("copy"), self.tr("&Copy Details"), self)
        self.copy_button.setObjectName("copyDetailsButton")
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeErrorButton")
        close.setAccessibleName(self.tr("Close"))

    def add_details(self, details: str) -> None:
        """Append another error's report (when several happen in a row)."""
        self.details.appendPlainText("\n" + "-" * 60 + "\n" + details)

    def copy_details(self) -> None:
        """Put the whole report on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


_open_dialog: ErrorDialog | None = None


def show_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> ErrorDialog | None:
    """Show (or extend) the error dialog for an exception; None without a QApplication."""
    global _open_dialog
    details = error_details(exc_type, exc, tb)
    if QApplication.instance() is None:
        return None
    if _open_dialog is not None and _open_dialog.isVisible():
        _open_dialog.add_details(details)
        return _open_dialog
    summary = f"{exc_type.__name__}: {exc}" if str(exc) else exc_type.__name__
    dialog = ErrorDialog(summary, details, QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(_forget_dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()  # not exec(): no nested event loop inside the hook
    _open_dialog = dialog
    return dialog


def _forget_dialog() -> None:
    global _open_dialog
    _open_dialog = None


def install_exception_hook() -> ExceptHook:
    """Route uncaught exceptions (e.g. in slots) to the error dialog; returns the old hook."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        traceback.print_exception(exc_type, exc, tb)  # also on stderr for the terminal
        show_error(exc_type, exc, tb)

    sys.excepthook = hook
    return previous
