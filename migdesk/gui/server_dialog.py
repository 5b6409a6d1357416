"""File > Connect to Server…: a PostgreSQL connection URI, checked as it is typed.

The address is checked by `services.locations.server_uri_problem` at every keystroke;
Open stays disabled while it says what is wrong. A password is never accepted in the
address and never stored: libpq finds it in ~/.pgpass, a service file or PGPASSWORD.
Servers opened lately are listed (without passwords) and chosen with a click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from migdesk.gui import prompts
from migdesk.gui.error_dialog import show_error
from migdesk.gui.error_text import error_text
from migdesk.gui.forms.ui_server_dialog import Ui_ServerDialog
from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.gui.settings import Settings
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter
from migdesk.gui.workers import BackgroundTask, run_in_background
from migdesk.services.desk import Database
from migdesk.services.errors import MigdeskError
from migdesk.services.locations import describe_location, is_server_location, server_uri_problem

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase

# The checker's sentences, worded here so that they can be translated (matched by start).
PROBLEMS = {
    "type the server's address": QT_TRANSLATE_NOOP("ServerDialog", "Type the server's address: postgresql://USER@HOST/DATABASE"),
    "a server address starts with": QT_TRANSLATE_NOOP("ServerDialog", "A server address starts with postgresql://"),
    "a server address has no spaces": QT_TRANSLATE_NOOP("ServerDialog", "A server address has no spaces."),
    "the port must be": QT_TRANSLATE_NOOP("ServerDialog", "The port must be a number from 1 to 65535."),
    "leave the password out": QT_TRANSLATE_NOOP("ServerDialog", "Leave the password out: MigDesk never keeps one."),
    "unknown connection parameter": QT_TRANSLATE_NOOP("ServerDialog", "The address has a connection parameter PostgreSQL does not know."),  # noqa: E501
    "name the database": QT_TRANSLATE_NOOP("ServerDialog", "Name the database: postgresql://USER@HOST/DATABASE"),
}


def problem_text(uri: str) -> str:
    """What is wrong with the address, in the interface's language ("" when nothing is)."""
    problem = server_uri_problem(uri)
    if problem is None:
        return ""
    return next((translate("ServerDialog", text) for start, text in PROBLEMS.items()
                 if problem.startswith(start)), problem)


class ServerDialog(QDialog):
    """Ask for a server's address; `uri()` is the one chosen after Accepted."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerDialog()
        self.ui.setupUi(self)
        self.setObjectName("serverDialog")
        self.open_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setObjectName("openServerButton")
        for uri in settings.recent_servers():
            item = QListWidgetItem(uri, self.ui.recentList)
            item.setToolTip(uri)
        self.ui.recentList.setVisible(self.ui.recentList.count() > 0)
        self.ui.recentLabel.setVisible(self.ui.recentList.count() > 0)
        self.ui.recentList.itemClicked.connect(lambda item: self.ui.uriEdit.setText(item.text()))
        self.ui.recentList.itemActivated.connect(lambda item: self._use(item.text()))
        self.ui.uriEdit.textChanged.connect(self._check)
        # Room for two lines of problem, so that the dialog does not jump while typing.
        self.ui.uriProblem.setMinimumHeight(2 * self.ui.uriProblem.fontMetrics().lineSpacing())
        accept_on_ctrl_enter(self, self.accept)
        if self.ui.recentList.count():
            self.ui.uriEdit.setText(self.ui.recentList.item(0).text())
        self._check()

    def _use(self, uri: str) -> None:
        self.ui.uriEdit.setText(uri)
        self.accept()

    def _check(self) -> None:
        problem = problem_text(self.ui.uriEdit.text())
        self.ui.uriProblem.setText(problem)
        self.ui.uriProblem.setStyleSheet("color: #b00020;" if problem else "")
        self.open_button.setEnabled(not problem)

    def accept(self) -> None:
        """Close with Accepted only for an address that can be tried."""
        if not problem_text(self.ui.uriEdit.text()):
            super().accept()

    def uri(self) -> str:
        """The address typed or chosen."""
        return self.ui.uriEdit.text().strip()


def connect_to_server(window: WindowBase) -> BackgroundTask | None:
    """File > Connect to Server…: ask for the address, then open it as a file is opened."""
    dialog = ServerDialog(window.settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return open_location(window, dialog.uri())


def open_location(window: WindowBase, location: str) -> BackgroundTask:
    """Open a database (a server URI or a file) in the background and show it in the window."""
    shown = describe_location(location)
    label = translate("ServerDialog", "Connecting to %1…").replace("%1", shown)
    task = run_in_background(window, label, lambda _p: Database.open(location), cancellable=False)

    def opened(db: Database) -> None:
        window.set_database(db)
        if is_server_location(location):  # remembered as shown: never with a password
            window.settings.add_recent_server(shown)
        window.statusBar().showMessage(translate("ServerDialog", "Opened %1").replace("%1", shown), 5000)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, MigdeskError | OSError):  # a bug: the error dialog
            show_error(type(exc), exc, exc.__traceback__)
            return
        prompts.warn(window, translate("ServerDialog", "Cannot Open the Database"),
                     translate("ServerDialog", "MigDesk could not open %1.").replace("%1", shown),
                     informative=error_text(exc))

    task.succeeded.connect(opened)
    task.failed.connect(failed)
    return task
