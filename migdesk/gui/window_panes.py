"""The main window's panes arranged: the side panel's tabs, the splitter of the three panes,
and the window's geometry, docks and pane sizes remembered between sessions.

Only the arrangement lives here, as the menus' lives in window_menus: the panes themselves
and what their signals do are the main window's. Strings keep the "MainWindow" context.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QUndoView, QWidget

from migdesk.gui import icons
from migdesk.gui.i18n import translate
from migdesk.gui.settings import Settings


def build_undo_view(stack: QUndoStack, parent: QWidget) -> QUndoView:
    """The History tab: every undoable step of the session, "As opened" first."""
    view = QUndoView(stack, parent)
    view.setObjectName("undoView")
    view.setAccessibleName(translate("MainWindow", "Undo history"))
    view.setEmptyLabel(translate("MainWindow", "As opened"))
    view.setFrameShape(QUndoView.Shape.NoFrame)
    return view


def build_side_panel(
    parent: QWidget, navigator: QWidget, search: QWidget, history: QWidget
) -> QTabWidget:
    """The left pane: Browse (the navigator), Search and the undo History, as tabs."""
    side = QTabWidget(parent)
    side.setObjectName("sidePanel")
    side.setAccessibleName(translate("MainWindow", "Browse, search and history"))
    side.setDocumentMode(True)
    side.addTab(navigator, icons.icon("organizations"), translate("MainWindow", "Browse"))
    side.addTab(search, icons.icon("search"), translate("MainWindow", "Search"))
    side.addTab(history, icons.icon("history"), translate("MainWindow", "History"))
    side.tabBar().setObjectName("sideTabs")
    side.tabBar().setAccessibleName(translate("MainWindow", "Side panel tabs"))
    side.tabBar().setExpanding(True)
    return side


def build_splitter(parent: QWidget, side: QWidget, table: QWidget, record: QWidget) -> QSplitter:
    """Side panel, table and record form side by side; the table takes most of the width."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName("mainSplitter")
    splitter.setAccessibleName(translate("MainWindow", "Main panes"))
    splitter.setChildrenCollapsible(False)
    splitter.setHandleWidth(1)
    for pane in (side, table, record):
        splitter.addWidget(pane)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 3)
    splitter.setStretchFactor(2, 2)
    splitter.setSizes([270, 540, 470])
    side.setMinimumWidth(200)
    table.setMinimumWidth(300)
    record.setMinimumWidth(320)
    return splitter


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """The geometry, docks and pane sizes of last time (1280 x 800 the first time)."""
    geometry = settings.layout("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 800)
    state = settings.layout("window/state")
    if state is not None:
        window.restoreState(state)
    sizes = settings.layout("window/splitter")
    if sizes is not None:
        splitter.restoreState(sizes)


def save_layout(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Remember the window's geometry, docks and pane sizes."""
    settings.set_layout("window/geometry", window.saveGeometry())
    settings.set_layout("window/state", window.saveState())
    settings.set_layout("window/splitter", splitter.saveState())
    settings.sync()
