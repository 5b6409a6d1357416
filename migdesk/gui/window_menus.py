"""The main window's menu bar and tool bar, laid out from the actions of window_actions.

Only the arrangement lives here: which action goes in which menu, in which order, and
which tool buttons show words. The actions themselves (text, icon, shortcut) are made
in window_actions; what they do is connected by the main window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from migdesk.gui import icons
from migdesk.gui.i18n import translate
from migdesk.gui.labels import kind_title
from migdesk.gui.language_menu import add_language_menu
from migdesk.gui.settings import Settings
from migdesk.gui.user_guide import user_guide_path
from migdesk.gui.window_actions import WindowActions

if TYPE_CHECKING:
    from migdesk.gui.window_api import WindowBase


@dataclass
class Menus:
    """The menus the window fills or enables later."""

    file: QMenu
    recent: QMenu
    view: QMenu
    add_to_meeting: QMenu
    language: QMenu
    #: Print, Export and Import go above this separator (MainWindow.add_file_actions).
    file_actions_end: QAction


def build_menus(
    window: QMainWindow,
    a: WindowActions,
    settings: Settings,
    fill_recent: Callable[[QMenu], None],
    record_lists: Sequence[QWidget],
    table_view: QWidget,
) -> Menus:
    """File, Edit, Record, View and Help; list-only shortcuts put on record_lists."""
    bar = window.menuBar()
    bar.setObjectName("menuBar")
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.setObjectName("fileMenu")
    file_menu.addAction(a.new_database)
    file_menu.addAction(a.open_database)
    recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    recent_menu.setObjectName("recentMenu")
    recent_menu.aboutToShow.connect(lambda: fill_recent(recent_menu))
    file_menu.addSeparator()
    file_actions_end = file_menu.addSeparator()
    file_actions_end.setObjectName("fileActionsSeparator")
    file_menu.addAction(a.restore_backup)
    file_menu.addAction(a.load_demo)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.setObjectName("editMenu")
    edit_menu.addAction(a.undo)
    edit_menu.addAction(a.redo)
    edit_menu.addAction(a.undo_history)
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addAction(a.filter)

    record_menu = bar.addMenu(translate("MainWindow", "&Record"))
    record_menu.setObjectName("recordMenu")
    record_menu.addAction(a.new_record)
    add_to_meeting = record_menu.addMenu(
        icons.icon("meeting"), translate("MainWindow", "Add to &Meeting")
    )
    add_to_meeting.setObjectName("addToMeetingMenu")
    for action in (a.new_agenda_item, a.new_intervention, a.new_decision, a.new_action):
        add_to_meeting.addAction(action)
    record_menu.addSeparator()
    record_menu.addAction(a.delete)
    record_menu.addAction(a.record_history)
    record_menu.addSeparator()
    record_menu.addAction(a.move_up)
    record_menu.addAction(a.move_down)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.setObjectName("viewMenu")
    view_menu.addAction(a.browse)
    view_menu.addAction(a.find)
    view_menu.addAction(a.undo_history)
    view_menu.addAction(a.overview)
    view_menu.addSeparator()
    view_menu.addAction(a.refresh)
    view_menu.addSeparator()
    language_menu = add_language_menu(view_menu, settings, window)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.setObjectName("helpMenu")
    help_menu.addAction(a.user_guide)
    help_menu.addAction(a.load_demo)
    help_menu.addSeparator()
    help_menu.addAction(a.about)
    help_menu.addAction(a.about_qt)

    # Shortcuts limited to the record lists (Delete, Alt+Up/Down) live on those widgets.
    for widget in record_lists:
        widget.addAction(a.delete)
    for action in (a.move_up, a.move_down):
        table_view.addAction(action)
    return Menus(file_menu, recent_menu, view_menu, add_to_meeting, language_menu, file_actions_end)


def build_tool_bar(window: QMainWindow, a: WindowActions, view_menu: QMenu) -> QToolBar:
    """The main tool bar (its toggle first in the View menu)."""
    bar = QToolBar(translate("MainWindow", "Main Tool Bar"), window)
    bar.setObjectName("mainToolBar")
    bar.setAccessibleName(translate("MainWindow", "Main tool bar"))
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addAction(a.new_record)
    bar.addAction(a.delete)
    bar.addSeparator()
    bar.addAction(a.undo)
    bar.addAction(a.redo)
    bar.addSeparator()
    bar.addAction(a.move_up)
    bar.addAction(a.move_down)
    spacer = QWidget(bar)
    spacer.setObjectName("toolBarSpacer")
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addAction(a.find)
    for action in (a.move_up, a.move_down, a.undo, a.redo):
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton):  # the obvious ones need no words
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    name_tool_buttons(bar)
    toggle = bar.toggleViewAction()
    toggle.setObjectName("toggleToolBarAction")
    view_menu.insertAction(view_menu.actions()[0], toggle)
    return bar


def name_tool_buttons(bar: QToolBar) -> None:
    """Name each unnamed tool button after its action (tests, screen readers)."""
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if button is not None and not button.objectName():
            name = action.objectName() or "toolBarWidget"
            button.setObjectName(name.removesuffix("Action") + "Button")
            button.setAccessibleName(action.text().replace("&", "").removesuffix("…"))


def update_action_states(window: WindowBase, overview_possible: bool, add_to_meeting: QMenu) -> None:
    """Enable what can work now and name New after what it adds; window's actions_."""
    a = window.actions_
    has_db = window.db is not None
    a.restore_backup.setEnabled(has_db)
    editable = has_db and window.writable  # a read-only role reads, finds and prints only
    a.load_demo.setEnabled(editable)
    a.overview.setEnabled(overview_possible)
    a.user_guide.setEnabled(user_guide_path() is not None)
    a.find.setEnabled(has_db)
    a.filter.setEnabled(window.table_panel.model is not None)
    a.refresh.setEnabled(has_db)
    context = window.editing.new_context() if editable else None
    a.new_record.setEnabled(context is not None)
    label = kind_title(context[0]) if context else translate("MainWindow", "Record")
    a.new_record.setText(translate("MainWindow", "&New %1…").replace("%1", label))
    a.new_record.setIconText(translate("MainWindow", "New %1").replace("%1", label))
    meeting = window.editing.context_meeting_id() if editable else None
    add_to_meeting.setEnabled(meeting is not None)
    for action in (a.new_agenda_item, a.new_intervention, a.new_decision, a.new_action):
        action.setEnabled(meeting is not None)
    a.delete.setEnabled(editable and window.editing.can_delete())
    a.record_history.setEnabled(has_db and window.table_panel.current_record() is not None)
    model = window.table_panel.model
    record = window.table_panel.current_record()
    movable = bool(
        editable
        and model is not None
        and model.movable
        and record is not None
        and window.table_panel.in_natural_order()
    )
    position = model.row_of(record.id) if movable and model and record else -1
    total = model.total_count if model is not None else 0
    a.move_up.setEnabled(movable and position > 0)
    a.move_down.setEnabled(movable and 0 <= position < total - 1)
