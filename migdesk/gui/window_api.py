"""What the window's helpers (file, editing, dialog commands) may use of the main window.

The helpers are built by the window and hold it; typing them with MainWindow itself
would make main_window and each helper import each other. They type it with WindowBase
instead, the main window's base class: a QMainWindow (a parent for their dialogs) that
declares the signals, fields and calls the helpers use. The window's panes are named by
`Any` here, so this module imports none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSplashScreen

from migdesk.gui.settings import Settings
from migdesk.gui.undo import UndoStack
from migdesk.gui.window_actions import WindowActions
from migdesk.gui.workers import DeskWrites
from migdesk.services.desk import Database


class WindowBase(QMainWindow):
    """The main window as its helpers see it (MainWindow implements every call)."""

    databaseChanged = Signal(object)  # Database | None
    changeApplied = Signal(object)  # every Change the views were told of

    db: Database | None
    writable: bool  # False: the database refuses changes (a read-only server role)
    undo_stack: UndoStack
    writes: DeskWrites
    settings: Settings
    today: Callable[[], date]
    file_menu: QMenu
    actions_: WindowActions
    # The panes and command objects, used through their own public methods.
    navigator: Any
    table_panel: Any
    record_panel: Any
    editing: Any
    catalog: Any
    # Shown until the window first shows (set by migdesk.gui.app.run).
    startup_screen: QSplashScreen | None = None

    def reveal(self) -> None:
        """Show the window if it is hidden and close the start-up screen, if any.

        At start-up the window shows once its database is set in it: one paint of the
        filled window instead of an empty one first.
        """
        self.show()
        if self.startup_screen is not None:
            screen, self.startup_screen = self.startup_screen, None
            screen.finish(self)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Select a record in the navigator and table and show its form."""
        raise NotImplementedError

    def current_node(self) -> Any:
        """The navigator's current node, or None."""
        raise NotImplementedError

    def set_database(self, db: Database | None, *, select_first: bool = True) -> None:
        """Show another database (None: none); select_first: select the navigator's first row."""
        raise NotImplementedError

    def open_exchange_file(self, path: Path | str) -> None:
        """Preview and merge an exchange file."""
        raise NotImplementedError

    def load_demo_meeting(self) -> bool:
        """Add the CEAM demo and show its meeting."""
        raise NotImplementedError

    def add_file_actions(self, actions: Iterable[QAction], *, tool_bar: bool = False) -> None:
        """Put actions on the File menu (and the tool bar)."""
        raise NotImplementedError
