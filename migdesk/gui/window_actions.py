"""Every QAction of the main window: text, icon, shortcut, object name and status tip.

The main window and its helpers connect them; keeping their definitions here keeps the
window's code about behaviour. Shortcuts follow desktop conventions (QKeySequence
standard keys where Qt has one). `make_action` is the one QAction factory of the
client: dialogs with actions of their own (the PDF preview) make them with it too
(tests/integration/test_one_of_each.py checks that nothing else constructs a QAction).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from migdesk.gui.i18n import translate
from migdesk.gui.icons import icon

Keys = QKeySequence.StandardKey
Shortcut = QKeySequence | QKeySequence.StandardKey | str


def make_action(
    parent: QObject,
    name: str,
    text: str = "",
    icon_name: str = "",
    shortcuts: Sequence[Shortcut] = (),
    tip: str = "",
) -> QAction:
    """A QAction named name, with its icon (redrawn by refresh_icons), shortcuts and tips.

    The tool tip is the text with its first shortcut, "Find (Ctrl+F)"; tip is the status tip.
    """
    action = QAction(text, parent)
    action.setObjectName(name)
    set_icon(action, icon_name)
    keys = [QKeySequence(s) if not isinstance(s, QKeySequence) else s for s in shortcuts]
    keys = [k for k in keys if not k.isEmpty()]
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
    if text:
        shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        plain = text.replace("&", "").removesuffix("…")
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
    return action


def make_separator(parent: QObject, name: str) -> QAction:
    """A separator to put among actions (a menu's or a tool bar's)."""
    action = make_action(parent, name)
    action.setSeparator(True)
    return action


def set_icon(action: QAction, icon_name: str) -> None:
    """Give action the named icon of gui/icons, remembered so refresh_icons can redraw it."""
    if icon_name:
        action.setIcon(icon(icon_name))
        action.setProperty("iconName", icon_name)


def refresh_icons(actions: Sequence[QAction]) -> None:
    """Draw the icons of actions again (after the palette changed between light and dark)."""
    for action in actions:
        name = action.property("iconName")
        if name:
            action.setIcon(icon(name))


class WindowActions(QObject):
    """The actions of the menus and tool bar (undo and redo made by the undo stack)."""

    def __init__(self, parent: QObject, undo_stack: QUndoStack) -> None:
        super().__init__(parent)
        self._all: list[QAction] = []
        a = self._action
        # Edit > Undo and Redo: their text follows the stack ("Undo Rename ...").
        self.undo = undo_stack.createUndoAction(parent, translate("MainWindow", "&Undo"))
        self.undo.setObjectName("undoAction")
        set_icon(self.undo, "undo")
        self.undo.setShortcuts([QKeySequence(Keys.Undo)])
        self.redo = undo_stack.createRedoAction(parent, translate("MainWindow", "&Redo"))
        self.redo.setObjectName("redoAction")
        set_icon(self.redo, "redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._all += [self.undo, self.redo]
        # File
        self.new_database = a(
            "newDatabaseAction",
            self.tr("&New Database…"),
            "new-database",
            [QKeySequence("Ctrl+Shift+N")],
            self.tr("Create an empty database file"),
        )
        self.open_database = a(
            "openDatabaseAction",
            self.tr("&Open Database…"),
            "open",
            [Keys.Open],
            self.tr("Open another database file"),
        )
        self.restore_backup = a(
            "restoreBackupAction",
            self.tr("&Restore from Backup…"),
            "restore",
            [],
            self.tr("Go back to one of the database's backup copies"),
        )
        self.quit = a(
            "quitAction",
            self.tr("&Quit"),
            "quit",
            [QKeySequence("Ctrl+Q")],
            self.tr("Close MigDesk"),
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.load_demo = a(
            "loadDemoAction",
            self.tr("Load &Demo Meeting"),
            "",
            [],
            self.tr("Add the CEAM meeting of 13 February 2009 to this database (you can undo it)"),
        )
        # File: printing, export and import (connected by file_actions.FileActions)
        self.export_summary = a(
            "exportSummaryAction",
            translate("FileActions", "Export Meeting &Summary…"),
            "",
            ["Ctrl+P"],
            translate("FileActions", "Write the selected meeting's summary as a PDF"),
        )
        self.packet = a(
            "briefingPacketAction",
            translate("FileActions", "&Briefing Packet…"),
            "",
            ["Ctrl+Shift+P"],
            translate("FileActions", "Print several meetings with their mandates, actions and events as one PDF"),
        )
        self.preview = a(
            "previewPdfAction",
            translate("FileActions", "Pre&view PDF…"),
            "",
            [],
            translate("FileActions", "Show a PDF file and print it"),
        )
        self.import_exchange = a(
            "importExchangeAction",
            translate("FileActions", "&Import Exchange File…"),
            "",
            ["Ctrl+I"],
            translate("FileActions", "Preview and merge a file from a colleague"),
        )
        self.import_report = a(
            "importReportAction",
            translate("FileActions", "Import &Report…"),
            "",
            [],
            translate("FileActions", "Read a meeting's report (.txt, .docx, .pdf) into a draft to review"),
        )
        self.export_exchange = a(
            "exportExchangeAction",
            translate("FileActions", "&Export for a Colleague…"),
            "",
            ["Ctrl+E"],
            translate("FileActions", "Write an exchange file for a colleague's MigDesk"),
        )
        self.contacts = a(
            "contactsAction",
            translate("FileActions", "Contacts and &Keys…"),
            "",
            [],
            translate("FileActions", "Your signing key, colleagues' keys, and moving your identity"),
        )
        self.export_calendar = a(
            "exportCalendarAction",
            translate("FileActions", "Export &Calendar (.ics)…"),
            "",
            [],
            translate("FileActions", "Write meetings, events and due dates for a calendar program"),
        )
        self.export_csv = a(
            "exportCsvAction",
            translate("FileActions", "Export &Table as CSV…"),
            "",
            [],
            translate("FileActions", "Write every record of the kind the table shows, for a spreadsheet"),
        )
        # Edit
        self.find = a(
            "findAction", self.tr("&Find…"), "search", [Keys.Find], self.tr("Search every record")
        )
        self.filter = a(
            "filterAction",
            self.tr("Fi&lter Table"),
            "filter",
            [QKeySequence("Ctrl+L")],
            self.tr("Type to keep only the matching rows of the table"),
        )
        self.undo_history = a(
            "undoHistoryAction",
            self.tr("Undo &History"),
            "history",
            [QKeySequence("Ctrl+Shift+H")],
            self.tr("Show every change of this session"),
        )
        self.undo_history.setCheckable(True)
        self.browse = a(
            "browseAction",
            self.tr("&Browse"),
            "organizations",
            [QKeySequence("Ctrl+1")],
            self.tr("Show the navigator tree"),
        )
        # Record
        self.new_record = a(
            "newRecordAction", self.tr("&New…"), "add", [Keys.New], self.tr("Add a record here")
        )
        self.new_agenda_item = a(
            "newAgendaItemAction",
            self.tr("&Agenda Item…"),
            "agenda-items",
            [],
            self.tr("Add an agenda item to the meeting"),
        )
        self.new_intervention = a(
            "newInterventionAction",
            self.tr("&Intervention…"),
            "interventions",
            [],
            self.tr("Add an intervention to the meeting"),
        )
        self.new_decision = a(
            "newDecisionAction",
            self.tr("&Decision…"),
            "decisions",
            [],
            self.tr("Add a decision to the meeting"),
        )
        self.new_action = a(
            "newActionAction",
            self.tr("Follow-up A&ction…"),
            "actions",
            [],
            self.tr("Add a follow-up action to the meeting"),
        )
        self.delete = a(
            "deleteAction",
            self.tr("&Delete…"),
            "delete",
            [Keys.Delete],
            self.tr("Delete the selected records (you can undo it)"),
        )
        # Only where a record list has the focus: in a form, Delete edits text.
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_up = a(
            "moveUpAction",
            self.tr("Move &Up"),
            "move-up",
            [QKeySequence("Alt+Up")],
            self.tr("Move the record one place earlier"),
        )
        self.move_down = a(
            "moveDownAction",
            self.tr("Move Do&wn"),
            "move-down",
            [QKeySequence("Alt+Down")],
            self.tr("Move the record one place later"),
        )
        self.record_history = a(
            "recordHistoryAction",
            self.tr("Record &History…"),
            "history",
            [],
            self.tr("Values the record did not keep (conflicts, superseded), to use one again"),
        )
        for action in (self.move_up, self.move_down):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # View
        self.overview = a(
            "overviewAction",
            self.tr("Body &Overview"),
            "organizations",
            [QKeySequence("Ctrl+Shift+O")],
            self.tr("Meetings per year and open actions of the selected body"),
        )
        self.refresh = a(
            "refreshAction",
            self.tr("&Refresh"),
            "",
            [Keys.Refresh],
            self.tr("Read the database again (after changes made outside this window)"),
        )
        # Help
        self.user_guide = a(
            "userGuideAction",
            self.tr("MigDesk &User Guide"),
            "",
            [Keys.HelpContents],
            self.tr("Installing, recording a meeting, printing and sharing"),
        )
        self.about = a(
            "aboutAction", self.tr("&About MigDesk"), "about", [], self.tr("Version and licences")
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = a(
            "aboutQtAction", self.tr("About &Qt"), "", [], self.tr("Qt's version and licence")
        )
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _action(
        self,
        name: str,
        text: str,
        icon_name: str,
        shortcuts: list[Shortcut],
        tip: str,
    ) -> QAction:
        parent = self.parent()
        assert parent is not None
        action = make_action(parent, name, text, icon_name, shortcuts, tip)
        self._all.append(action)
        return action

    def add(self, action: QAction) -> QAction:
        """Keep an action made elsewhere with make_action (File > Print…) among the window's."""
        self._all.append(action)
        return action

    def refresh_icons(self) -> None:
        """Draw the icons again (after the palette changed between light and dark)."""
        refresh_icons(self._all)
