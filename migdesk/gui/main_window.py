"""The main window: navigator tree, record table and record form, with undoable editing.

Layout: the navigator (bodies > years > meetings > their parts, lists, saved views) on
the left, the table of what the selected node lists in the middle, the selected
record's form on the right, in a splitter whose state is remembered. Every change goes
through the undo stack (`UndoStack.run`); the Change it returns updates the tree, the
table and the form in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from migdesk import APP_NAME
from migdesk.gui import icons
from migdesk.gui.columns import columns_for
from migdesk.gui.error_text import error_text
from migdesk.gui.file_actions import install_file_actions
from migdesk.gui.labels import field_title
from migdesk.gui.navigator_model import NavigatorModel
from migdesk.gui.navigator_view import NavigatorView
from migdesk.gui.nodes import (
    Node,
    NodeCatalog,
    NodeType,
)
from migdesk.gui.record_panel import RecordPanel
from migdesk.gui.search_panel import SearchPanel
from migdesk.gui.settings import Settings
from migdesk.gui.sync_action import install_sync_actions
from migdesk.gui.table_model import RecordTableModel
from migdesk.gui.table_panel import TablePanel
from migdesk.gui.translations_dialog import edit_translations
from migdesk.gui.undo import UndoStack
from migdesk.gui.window_actions import WindowActions
from migdesk.gui.window_api import WindowBase
from migdesk.gui.window_editing import EditCommands
from migdesk.gui.window_files import FileCommands
from migdesk.gui.window_help import HelpCommands
from migdesk.gui.window_menus import (
    build_menus,
    build_tool_bar,
    name_tool_buttons,
    update_action_states,
)
from migdesk.gui.window_panes import (
    build_side_panel,
    build_splitter,
    build_undo_view,
    restore_layout,
    save_layout,
)
from migdesk.gui.workers import BackgroundTask, DeskWrites
from migdesk.services.desk import Database, Desk
from migdesk.services.errors import MigdeskError
from migdesk.services.records import (
    Change,
    Record,
    get_record,
)

POLL_MS = 500  # how often the window looks for other writers' changes


class MainWindow(WindowBase):
    """MigDesk's window over one open database (or none)."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.setWindowIcon(icons.app_icon())
        self.settings = settings if settings is not None else Settings()
        self.today = today  # what the saved views and overdue dates count from
        self.db: Database | None = None
        # False when the database refuses changes (a read-only role on a server, a
        # read-only file): the editing actions are off and the title says so.
        self.writable = False
        self.catalog: NodeCatalog | None = None
        self._table_node: Node | None = None

        self.undo_stack = UndoStack(self)
        self.writes = DeskWrites(self.undo_stack, self)  # the one door for writes
        self.undo_stack.changeApplied.connect(self._on_change_applied)
        self.undo_stack.conflictsFound.connect(self._on_conflicts)
        # Changes by other writers on the same database (another window, the command
        # line, a sync) reach the views within about a second.
        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("pollTimer")
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_other_writers)
        self.files = FileCommands(self)
        self.editing = EditCommands(self)
        self.help_commands = HelpCommands(self)
        self.actions_ = WindowActions(self, self.undo_stack)
        self.undo_action, self.redo_action = self.actions_.undo, self.actions_.redo
        self._build_panels()
        menus = build_menus(
            self, self.actions_, self.settings, self.files.fill_recent_menu,
            (self.navigator, self.table_panel.view), self.table_panel.view,
        )
        self.file_menu, self.recent_menu, self.view_menu = menus.file, menus.recent, menus.view
        self.add_to_meeting_menu, self.language_menu = menus.add_to_meeting, menus.language
        self._file_actions_end = menus.file_actions_end
        self.tool_bar = build_tool_bar(self, self.actions_, self.view_menu)
        self._build_status_bar()
        self._connect_actions()
        restore_layout(self, self.splitter, self.settings)
        self.set_database(None)
        install_file_actions(self)  # File > Print, Export, Import; dropped .migdesk files
        install_sync_actions(self)  # File > Connect to Server…, Sync With…

    # ================================================================ building

    def _build_panels(self) -> None:
        self.navigator = NavigatorView(self)
        self.navigator_model = NavigatorModel(None, self)
        self.navigator.setModel(self.navigator_model)
        self.navigator.selectionModel().currentChanged.connect(self._on_node_changed)

        self.table_panel = TablePanel(self)
        self.table_panel.currentRecordChanged.connect(self._on_record_changed)
        self.table_panel.orderChanged.connect(self._update_actions)
        self.record_panel = RecordPanel(self)
        self.record_panel.fieldCommitted.connect(self.editing.commit_fields)
        self.record_panel.translationsRequested.connect(partial(edit_translations, self))
        self.record_panel.attachRequested.connect(self.attach_file)
        self.record_panel.attachmentRemoveRequested.connect(self.remove_attachment)
        self.record_panel.newRecordRequested.connect(self.editing.new_record)
        self.record_panel.recordOpenRequested.connect(self.show_record)

        self.search_panel = SearchPanel(self)
        self.search_panel.recordActivated.connect(self.show_record)
        self.search_panel.closeRequested.connect(self.show_browse)
        self.undo_view = build_undo_view(self.undo_stack, self)
        self.side = build_side_panel(self, self.navigator, self.search_panel, self.undo_view)
        self.splitter = build_splitter(self, self.side, self.table_panel, self.record_panel)
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        status.addPermanentWidget(self.database_label)

    def _connect_actions(self) -> None:
        a = self.actions_
        a.new_database.triggered.connect(self.files.new_database)
        a.open_database.triggered.connect(self.files.choose_database)
        a.restore_backup.triggered.connect(self.files.restore_backup)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.show_search)
        a.filter.triggered.connect(self._focus_filter)
        a.browse.triggered.connect(self.show_browse)
        a.undo_history.toggled.connect(self._toggle_history)
        self.side.currentChanged.connect(
            lambda _n: a.undo_history.setChecked(self.side.currentWidget() is self.undo_view)
        )
        a.new_record.triggered.connect(self.editing.new_record_here)
        a.new_agenda_item.triggered.connect(partial(self.editing.add_to_meeting, "agenda_items"))
        a.new_intervention.triggered.connect(partial(self.editing.add_to_meeting, "interventions"))
        a.new_decision.triggered.connect(partial(self.editing.add_to_meeting, "decisions"))
        a.new_action.triggered.connect(partial(self.editing.add_to_meeting, "actions"))
        a.delete.triggered.connect(self.editing.delete_selected)
        a.record_history.triggered.connect(self.editing.show_record_history)
        a.move_up.triggered.connect(partial(self.editing.move_current, -1))
        a.move_down.triggered.connect(partial(self.editing.move_current, 1))
        a.refresh.triggered.connect(self.refresh)
        a.about.triggered.connect(self.help_commands.show_about)
        a.user_guide.triggered.connect(self.help_commands.show_user_guide)
        a.overview.triggered.connect(self.help_commands.show_overview)
        a.load_demo.triggered.connect(self.load_demo_meeting)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        self.undo_stack.indexChanged.connect(self._update_actions)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]

    def add_file_actions(self, actions: Iterable[QAction], *, tool_bar: bool = False) -> None:
        """Add actions (Print, Export, Import…) to the File menu, above Restore from Backup.

        With tool_bar=True they are also put on the tool bar, before Find.
        """
        for action in actions:
            self.file_menu.insertAction(self._file_actions_end, action)
            if tool_bar:
                self.tool_bar.insertAction(self.actions_.find, action)
        name_tool_buttons(self.tool_bar)

    # ================================================================ layout memory

    def save_layout(self) -> None:
        """Remember the window's geometry, docks and splitter."""
        save_layout(self, self.splitter, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the layout and close the database (every change is already saved).

        An entry that cannot be saved is not dropped without asking (Keep Editing / Discard).
        """
        if not self.record_panel.may_leave():
            event.ignore()
            return
        self.save_layout()
        self.set_database(None)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Redraw the icons when the palette switches between light and dark."""
        if event.type() == QEvent.Type.PaletteChange:
            icons.clear_cache()
            self.actions_.refresh_icons()
        super().changeEvent(event)

    # ================================================================ the database

    def set_database(self, db: Database | None, *, select_first: bool = True) -> None:
        """Show another database (None: none); the previous one is closed.

        select_first: select the navigator's first row (and show its table)."""
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db = db
        desk = Desk(db) if db is not None else None
        self.writable = desk is not None and desk.can_write()
        self.undo_stack.set_desk(desk)
        if db is not None:
            self.poll_timer.start()
        else:
            self.poll_timer.stop()
        self.catalog = NodeCatalog(db, self.today) if db is not None else None
        self._table_node = None
        self.table_panel.set_model(None)
        self.record_panel.set_database(
            db, self.editing.create_from_form if db is not None else None, read_only=not self.writable
        )
        self.navigator_model.set_catalog(self.catalog)
        self.search_panel.set_database(db)
        if db is not None:
            if db.path is not None:  # a server's URI is not a file to reopen from the list
                self.settings.add_recent_database(db.path)
            title = db.title if self.writable else self.tr("%1 (read only)").replace("%1", db.title)
            self.setWindowTitle(f"{title} — {APP_NAME}")
            self.database_label.setText(db.location)
            self.database_label.setToolTip(db.location)
            first = self.navigator_model.index(0, 0)
            if select_first and first.isValid():
                self.navigator.setCurrentIndex(first)
        else:
            self.setWindowTitle(APP_NAME)
            self.database_label.setText(self.tr("No database open"))
        self._update_actions()
        self.databaseChanged.emit(db)

    def open_database(self, path: Path | str, *, offer_demo: bool = False) -> BackgroundTask:
        """Open a database file in the background (see FileCommands.open_database)."""
        return self.files.open_database(path, offer_demo=offer_demo)

    def open_exchange_file(self, path: Path | str) -> None:
        """Preview and merge an exchange file (see FileCommands.open_exchange_file)."""
        self.files.open_exchange_file(path)

    def poll_other_writers(self) -> None:
        """Show what other writers changed since the last look (the poll timer calls it)."""
        desk = self.undo_stack.desk
        if desk is not None:
            try:
                desk.poll()
            except MigdeskError as exc:  # the database went away: say so once, stop asking
                self.poll_timer.stop()
                self.statusBar().showMessage(error_text(exc))

    def _on_conflicts(self, change: Change) -> None:
        fields = sorted({field_title(c.field, c.kind) for c in change.conflicts})
        self.statusBar().showMessage(
            self.tr("%1: left %2 alone, changed by another writer since")
            .replace("%1", change.description).replace("%2", ", ".join(fields)),
            10000,
        )

    def refresh(self) -> None:
        """Read the database again: tree rows compared, table reloaded, form shown again."""
        if self.db is None or self.catalog is None:
            return
        self.navigator_model.refresh()
        model = self.table_panel.model
        current = self.table_panel.current_record()
        if model is not None:
            model.reload()
            if current is not None:
                self.table_panel.select_record(current.id)
        self.search_panel.refresh()

    # ================================================================ navigation

    def current_node(self) -> Node | None:
        """The node selected in the navigator."""
        return self.navigator_model.node(self.navigator.currentIndex())

    def _on_node_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.navigator_model.node(current)
        if node is None or self.catalog is None or self.db is None:
            self._table_node = None
            self.table_panel.set_model(None)
        else:
            table_node, title_index = node, current
            if node.type is NodeType.MEETING:  # a meeting is shown among its year's meetings
                table_node, title_index = (
                    self.catalog.meeting_parent(node.id or ""),
                    current.parent(),
                )
            if table_node != self._table_node or self.table_panel.model is None:
                self._show_table(table_node, title_index)
            if node.type is NodeType.MEETING and node.id:
                self.table_panel.select_record(node.id)
        self._update_actions()

    def _show_table(self, node: Node, index: QModelIndex) -> None:
        assert self.catalog is not None and self.db is not None
        catalog = self.catalog
        model = RecordTableModel(
            self.db,
            node.kind,
            columns_for(node.kind, node.key),
            partial(catalog.table_listing, node),
            depends_on=catalog.table_kinds(node),
            movable=node.type is NodeType.PART,
            today=self.today,
            parent=self,
        )
        model.moveRequested.connect(self.editing.move_record)
        self._table_node = node
        nav = self.navigator_model
        self.table_panel.set_model(model, nav.title(index), nav.crumbs(index))

    def _on_record_changed(self, record: Record | None) -> None:
        shown = self.record_panel.record
        if not self.record_panel.may_leave(record):
            if shown is not None and self.table_panel.model is not None:
                with QSignalBlocker(self.table_panel):
                    self.table_panel.select_record(shown.id)  # the row of the form's record
            return
        self.record_panel.show_record(record)
        self._update_actions()

    def show_record(self, kind: str, record_id: str) -> bool:
        """Select a record in the navigator and table and show its form; False if not found."""
        if self.catalog is None or self.db is None:
            return False
        try:
            location = self.catalog.locate(kind, record_id)
        except MigdeskError:
            location = None
        if location is None:
            try:
                self.record_panel.show_record(get_record(self.db, kind, record_id))
            except MigdeskError:
                return False
            return True
        index = self.navigator_model.load_path(location.path)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.navigator.expand(parent)
            parent = parent.parent()
        self.navigator.setCurrentIndex(index)
        self.navigator.scrollTo(index)
        return self.table_panel.select_record(location.id)

    def show_search(self) -> None:
        """Edit > Find…: show the search panel with the cursor in it."""
        self.side.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    def show_browse(self) -> None:
        """View > Browse: the navigator tree, with the focus in it."""
        self.side.setCurrentWidget(self.navigator)
        self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggle_history(self, shown: bool) -> None:
        if shown:
            self.side.setCurrentWidget(self.undo_view)
        elif self.side.currentWidget() is self.undo_view:
            self.side.setCurrentWidget(self.navigator)

    def _focus_filter(self) -> None:
        self.table_panel.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table_panel.filter.selectAll()

    # ================================================================ changes

    def _on_change_applied(self, change: Change, origin: object) -> None:
        if change.reload:  # many records changed elsewhere at once: read them again
            self.refresh()
            return
        shown = self.record_panel.record
        # Order matters: the navigator refreshes the catalog the table's ids come from.
        self.navigator_model.apply_change(change)
        model = self.table_panel.model
        if model is not None:
            model.apply_change(change)
        self.record_panel.apply_change(change, origin)
        if shown is not None and _still_live(change, shown.id):
            now = self.record_panel.record
            if now is None or now.id != shown.id:  # it moved (a meeting's new date): follow it
                self.show_record(shown.kind, shown.id)
        if self.side.currentWidget() is self.search_panel:
            self.search_panel.refresh()
        self.statusBar().showMessage(change.description, 4000)
        self._update_actions()
        self.changeApplied.emit(change)

    # ================================================================ state of the actions

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        update_action_states(
            self, self.help_commands.overview_body_id() is not None, self.add_to_meeting_menu
        )

    def attach_file(self, kind: str, record_id: str, path: str) -> bool:
        """A form's Attach File…: store the file and attach it (undoable)."""
        return self.editing.attach_file(kind, record_id, path)

    def remove_attachment(self, attachment_id: str) -> bool:
        """A form's Remove (a file): delete the attachment (undoable)."""
        return self.editing.remove_attachment(attachment_id)

    def load_demo_meeting(self) -> bool:
        """File / Help > Load Demo Meeting: add the CEAM demo (undoable) and show its meeting."""
        return self.editing.load_demo_meeting()


def _still_live(change: Change, record_id: str) -> bool:
    """False when the change deleted the record (or undid its creation)."""
    for item in change.items:
        if item.id == record_id:
            return item.after is not None and item.after.get("deleted_at") is None
    return True
