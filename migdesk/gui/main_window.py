"""The main window: navigator tree, record table and record form, with undoable editing.

Layout: the navigator (bodies > years > meetings > their parts, lists, saved views) on
the left, the table of what the selected node lists in the middle, the selected
record's form on the right, in a splitter whose state is remembered. Every change goes
through the undo stack (`UndoStack.run`); the Change it returns updates the tree, the
table and the form in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QToolBar,
    QUndoView,
    QWidget,
)

from migdesk import APP_NAME
from migdesk.gui import icons, prompts
from migdesk.gui.about_dialog import AboutDialog
from migdesk.gui.columns import columns_for
from migdesk.gui.error_dialog import show_error
from migdesk.gui.navigator_model import NavigatorModel
from migdesk.gui.navigator_view import NavigatorView
from migdesk.gui.nodes import (
    MEETING_PARTS,
    OPEN_ACTIONS,
    UPCOMING_EVENTS,
    Node,
    NodeCatalog,
    NodeType,
)
from migdesk.gui.record_form import NewRecordDialog
from migdesk.gui.record_panel import RecordPanel, kind_title
from migdesk.gui.restore_dialog import choose_backup
from migdesk.gui.search_panel import SearchPanel
from migdesk.gui.settings import Settings
from migdesk.gui.table_model import RecordTableModel
from migdesk.gui.table_panel import TablePanel
from migdesk.gui.undo import UndoStack
from migdesk.gui.window_actions import WindowActions
from migdesk.gui.workers import BackgroundTask, Progress, run_in_background
from migdesk.services.errors import MigdeskError
from migdesk.services.kinds import KINDS
from migdesk.services.records import (
    Change,
    Record,
    count,
    create_record,
    delete_record,
    get_record,
    move_record,
    preview_delete,
)
from migdesk.store.database import Database
from migdesk.store.sqlite import list_backups, restore

FILE_FILTER = "MigDesk databases (*.sqlite *.db);;All files (*)"


class MainWindow(QMainWindow):
    """MigDesk's window over one open database (or none)."""

    databaseChanged = Signal(object)  # Database | None
    changeApplied = Signal(object)  # every Change written through the undo stack

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
        self._today = today
        self.db: Database | None = None
        self.catalog: NodeCatalog | None = None
        self._table_node: Node | None = None
        self._task: BackgroundTask | None = None

        self.undo_stack = UndoStack(self)
        self.undo_stack.changeApplied.connect(self._on_change_applied)
        self.actions_ = WindowActions(self)
        self._build_panels()
        self._build_undo_actions()
        self._build_docks()
        self._build_menus()
        self._build_tool_bar()
        self._build_status_bar()
        self._connect_actions()
        self._restore_layout()
        self.set_database(None)

    # ================================================================ building

    def _build_panels(self) -> None:
        self.navigator = NavigatorView(self)
        self.navigator_model = NavigatorModel(None, self)
        self.navigator.setModel(self.navigator_model)
        self.navigator.selectionModel().currentChanged.connect(self._on_node_changed)

        self.table_panel = TablePanel(self)
        self.table_panel.currentRecordChanged.connect(self._on_record_changed)
        self.record_panel = RecordPanel(self)
        self.record_panel.fieldCommitted.connect(self._on_field_committed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setAccessibleName(self.tr("Main panes"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        for pane in (self.navigator, self.table_panel, self.record_panel):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 560, 470])
        self.navigator.setMinimumWidth(180)
        self.table_panel.setMinimumWidth(300)
        self.record_panel.setMinimumWidth(320)
        self.setCentralWidget(self.splitter)

    def _build_undo_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setIcon(icons.icon("undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setIcon(icons.icon("redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

    def _build_docks(self) -> None:
        self.search_panel = SearchPanel(self)
        self.search_panel.recordActivated.connect(self.show_record)
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setAccessibleName(self.tr("Search"))
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.search_dock.hide()

        self.undo_view = QUndoView(self.undo_stack, self)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setAccessibleName(self.tr("Undo history"))
        self.undo_view.setEmptyLabel(self.tr("<database opened>"))
        self.history_dock = QDockWidget(self.tr("Undo History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setAccessibleName(self.tr("Undo history"))
        self.history_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()

    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(a.new_database)
        file_menu.addAction(a.open_database)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        # The place for Print, Export and Import (see add_file_actions).
        self._file_actions_end = file_menu.addSeparator()
        self._file_actions_end.setObjectName("fileActionsSeparator")
        file_menu.addAction(a.restore_backup)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addAction(a.undo_history)
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        edit_menu.addAction(a.filter)

        record_menu = bar.addMenu(self.tr("&Record"))
        record_menu.setObjectName("recordMenu")
        record_menu.addAction(a.new_record)
        self.add_to_meeting_menu = record_menu.addMenu(
            icons.icon("meeting"), self.tr("Add to &Meeting")
        )
        self.add_to_meeting_menu.setObjectName("addToMeetingMenu")
        for action in (a.new_agenda_item, a.new_intervention, a.new_decision, a.new_action):
            self.add_to_meeting_menu.addAction(action)
        record_menu.addSeparator()
        record_menu.addAction(a.delete)
        record_menu.addSeparator()
        record_menu.addAction(a.move_up)
        record_menu.addAction(a.move_down)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        search_toggle = self.search_dock.toggleViewAction()
        search_toggle.setObjectName("toggleSearchAction")
        search_toggle.setText(self.tr("&Search Panel"))
        view_menu.addAction(search_toggle)
        view_menu.addSeparator()
        view_menu.addAction(a.refresh)
        self.view_menu = view_menu

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(a.about)
        help_menu.addAction(a.about_qt)

        # Shortcuts limited to the record lists (Delete, Alt+Up/Down) live on those widgets.
        for widget in (self.navigator, self.table_panel.view):
            widget.addAction(a.delete)
        for action in (a.move_up, a.move_down):
            self.table_panel.view.addAction(action)

    def _build_tool_bar(self) -> None:
        a = self.actions_
        bar = QToolBar(self.tr("Main Tool Bar"), self)
        bar.setObjectName("mainToolBar")
        bar.setAccessibleName(self.tr("Main tool bar"))
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(a.new_record)
        bar.addAction(a.delete)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        bar.addSeparator()
        bar.addAction(a.move_up)
        bar.addAction(a.move_down)
        spacer = QWidget(bar)
        spacer.setObjectName("toolBarSpacer")
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        bar.addWidget(spacer)
        bar.addAction(a.find)
        for action in (a.move_up, a.move_down, self.undo_action, self.redo_action):
            button = bar.widgetForAction(action)
            if button is not None:
                button.setProperty("iconOnly", True)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # type: ignore[attr-defined]
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if button is not None and not button.objectName():
                name = action.objectName() or "toolBarWidget"
                button.setObjectName(name.removesuffix("Action") + "Button")
                button.setAccessibleName(action.text().replace("&", "").removesuffix("…"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.tool_bar = bar
        toggle = bar.toggleViewAction()
        toggle.setObjectName("toggleToolBarAction")
        self.view_menu.insertAction(self.view_menu.actions()[0], toggle)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)
        status.addPermanentWidget(self.database_label)

    def _connect_actions(self) -> None:
        a = self.actions_
        a.new_database.triggered.connect(self.new_database)
        a.open_database.triggered.connect(self.choose_database)
        a.restore_backup.triggered.connect(self.restore_backup)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self.show_search)
        a.filter.triggered.connect(self._focus_filter)
        a.undo_history.toggled.connect(self.history_dock.setVisible)
        self.history_dock.visibilityChanged.connect(a.undo_history.setChecked)
        a.new_record.triggered.connect(self.new_record_here)
        a.new_agenda_item.triggered.connect(partial(self.add_to_meeting, "agenda_items"))
        a.new_intervention.triggered.connect(partial(self.add_to_meeting, "interventions"))
        a.new_decision.triggered.connect(partial(self.add_to_meeting, "decisions"))
        a.new_action.triggered.connect(partial(self.add_to_meeting, "actions"))
        a.delete.triggered.connect(self.delete_selected)
        a.move_up.triggered.connect(partial(self.move_current, -1))
        a.move_down.triggered.connect(partial(self.move_current, 1))
        a.refresh.triggered.connect(self.refresh)
        a.about.triggered.connect(self.show_about)
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

    # ================================================================ layout memory

    def _restore_layout(self) -> None:
        geometry = self.settings.layout("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.layout("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.layout("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        """Remember the window's geometry, docks and splitter."""
        self.settings.set_layout("window/geometry", self.saveGeometry())
        self.settings.set_layout("window/state", self.saveState())
        self.settings.set_layout("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the layout and close the database (every change is already saved)."""
        self.save_layout()
        self.set_database(None)
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Redraw the icons when the palette switches between light and dark."""
        if event.type() == QEvent.Type.PaletteChange:
            icons.clear_cache()
            self.actions_.refresh_icons()
            self.undo_action.setIcon(icons.icon("undo"))
            self.redo_action.setIcon(icons.icon("redo"))
        super().changeEvent(event)

    # ================================================================ the database

    def set_database(self, db: Database | None) -> None:
        """Show another database (None: none); the previous one is closed."""
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db = db
        self.undo_stack.set_database(db)
        self.catalog = NodeCatalog(db, self._today) if db is not None else None
        self._table_node = None
        self.table_panel.set_model(None)
        self.record_panel.set_database(db, self._create_from_form if db is not None else None)
        self.navigator_model.set_catalog(self.catalog)
        self.search_panel.set_database(db)
        if db is not None:
            self.settings.add_recent_database(db.path)
            self.setWindowTitle(f"{db.path.name} — {APP_NAME}")
            self.database_label.setText(str(db.path))
            self.database_label.setToolTip(str(db.path))
            first = self.navigator_model.index(0, 0)
            if first.isValid():
                self.navigator.setCurrentIndex(first)
        else:
            self.setWindowTitle(APP_NAME)
            self.database_label.setText(self.tr("No database open"))
        self._update_actions()
        self.databaseChanged.emit(db)

    def open_database(self, path: Path | str, *, offer_demo: bool = False) -> BackgroundTask:
        """Open a database file in the background; the window shows it when ready."""
        path = Path(path).expanduser()
        label = self.tr("Opening %1…").replace("%1", path.name)
        task = run_in_background(self, label, lambda _p: Database.open(path), cancellable=False)
        task.succeeded.connect(lambda db: self._on_opened(db, offer_demo))
        task.failed.connect(lambda exc: self._on_open_failed(path, exc))
        self._task = task
        return task

    def _on_opened(self, db: Database, offer_demo: bool) -> None:
        self.set_database(db)
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(db.path)), 5000)
        if offer_demo:
            self.offer_demo()

    def _on_open_failed(self, path: Path, exc: BaseException) -> None:
        if not isinstance(exc, MigdeskError | OSError):
            show_error(type(exc), exc, exc.__traceback__)
            return
        choice = prompts.choose(
            self,
            self.tr("Cannot Open the Database"),
            self.tr("MigDesk could not open %1.").replace("%1", str(path)),
            [self.tr("Open Another…"), self.tr("New Database…")],
            informative=str(exc),
        )
        if choice == 0:
            self.choose_database()
        elif choice == 1:
            self.new_database()

    def choose_database(self) -> None:
        """File > Open Database…"""
        start = str(self.db.path.parent) if self.db is not None else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), start, self.tr(FILE_FILTER)
        )
        if path:
            self.open_database(path)

    def new_database(self) -> None:
        """File > New Database…: an empty database in a new file."""
        start = (
            str(self.db.path.parent / "migdesk.sqlite") if self.db is not None else "migdesk.sqlite"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Database"),
            start,
            self.tr(FILE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".sqlite")
        if target.exists() and target.stat().st_size > 0:
            prompts.warn(
                self,
                self.tr("New Database"),
                self.tr("%1 already exists.").replace("%1", str(target)),
                informative=self.tr("Choose another name, or use Open Database to open it."),
            )
            return
        self.open_database(target)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_databases()
        for n, path in enumerate(paths):
            action = self.recent_menu.addAction(f"&{n + 1}  {path.name}")
            action.setObjectName(f"recentDatabase{n}Action")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(partial(self.open_database, path))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("clearRecentAction")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.settings.clear_recent_databases)

    def restore_backup(self) -> None:
        """File > Restore from Backup…: pick a copy, confirm, replace, reopen."""
        if self.db is None:
            return
        path = self.db.path
        backups = list_backups(path)
        if not backups:
            prompts.warn(
                self,
                self.tr("Restore from Backup"),
                self.tr("There are no backups of this database yet."),
                informative=self.tr("MigDesk makes one before every upgrade and every restore."),
            )
            return
        chosen = choose_backup(backups, self)
        if chosen is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Restore from Backup"),
            self.tr("Replace the database with the chosen backup?"),
            informative=self.tr(
                "Changes made since that backup will no longer be in the database. The database "
                "as it is now is backed up first, and this session's undo history is cleared."
            ),
            accept=self.tr("Restore"),
            destructive=True,
        ):
            return
        self.set_database(None)  # closes every connection before the file is replaced

        def work(progress: Progress) -> Database:
            progress.report(0, 0, self.tr("Restoring the backup…"))
            restore(chosen, path)
            return Database.open(path)

        task = run_in_background(self, self.tr("Restoring the backup…"), work, cancellable=False)
        task.succeeded.connect(lambda db: self._on_opened(db, False))
        task.failed.connect(lambda exc: self._on_open_failed(path, exc))
        self._task = task

    def offer_demo(self) -> bool:
        """On an empty database, ask once whether to load the CEAM demo; True if loaded."""
        db = self.db
        if db is None or self.settings.demo_offered:
            return False
        if any(
            count(db, kind) for kind in ("organizations", "meetings", "documents", "resolutions")
        ):
            return False
        self.settings.demo_offered = True
        self.settings.sync()
        if not prompts.confirm(
            self,
            self.tr("Welcome to MigDesk"),
            self.tr("This database is empty. Load the demo, the CEAM meeting of 13 February 2009?"),
            informative=self.tr(
                "The demo holds the meeting's report as records: the bodies, resolutions, "
                "documents, interventions, follow-up actions and events. You can undo the load."
            ),
            accept=self.tr("Load the Demo"),
        ):
            return False
        from migdesk.services.demo import demo_id, load_demo

        self.undo_stack.run(lambda: load_demo(db), text=self.tr("Load the CEAM demo"))
        self.show_record("meetings", demo_id("meeting"))
        return True

    def open_exchange_file(self, path: Path | str) -> None:
        """Preview and merge an exchange file (the import dialog), then show what changed."""
        if self.db is None:
            return
        try:
            from migdesk.gui.import_dialog import ImportDialog
        except ImportError:
            prompts.warn(
                self,
                self.tr("Import"),
                self.tr("This MigDesk cannot import exchange files yet."),
            )
            return
        dialog: Any = ImportDialog(self.db, Path(path), self)
        dialog.exec()
        change = getattr(dialog, "change", None)
        if isinstance(change, Change) and not change.is_empty:
            self.record_change(change)
        else:
            self.refresh()

    def record_change(self, change: Change, text: str = "") -> None:
        """Announce a Change already written (an import): views update, and it can be undone."""
        self.undo_stack.record(change, text=text)

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
            partial(catalog.table_ids, node),
            depends_on=catalog.table_kinds(node),
            movable=node.type is NodeType.PART,
            today=self._today,
            parent=self,
        )
        model.moveRequested.connect(self._move_record)
        self._table_node = node
        self.table_panel.set_model(model, self._title(index), self._crumbs(index))

    def _title(self, index: QModelIndex) -> str:
        entry = self.navigator_model.entry(index)
        if entry is None:
            return ""
        if entry.node.type is NodeType.BODY and entry.tooltip:
            return entry.tooltip
        return entry.label

    def _crumbs(self, index: QModelIndex) -> str:
        parts: list[str] = []
        parent = index.parent()
        while parent.isValid():
            entry = self.navigator_model.entry(parent)
            if entry is not None:
                parts.append(entry.label)
            parent = parent.parent()
        return "  ›  ".join(reversed(parts))

    def _on_record_changed(self, record: Record | None) -> None:
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
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_search()

    def _focus_filter(self) -> None:
        self.table_panel.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table_panel.filter.selectAll()

    # ================================================================ changes

    def _on_change_applied(self, change: Change, origin: object) -> None:
        # Order matters: the navigator refreshes the catalog the table's ids come from.
        self.navigator_model.apply_change(change)
        model = self.table_panel.model
        if model is not None:
            model.apply_change(change)
        self.record_panel.apply_change(change, origin)
        if self.search_dock.isVisible():
            self.search_panel.refresh()
        self.statusBar().showMessage(change.description, 4000)
        self._update_actions()
        self.changeApplied.emit(change)

    def run_change(
        self, call: Callable[[], Change], *, text: str = "", origin: object = None
    ) -> Change | None:
        """Run a service call on the undo stack; a refused change is explained, None returned."""
        try:
            return self.undo_stack.run(call, text=text, origin=origin)
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Not Saved"), str(exc))
            return None

    def _on_field_committed(self, kind: str, record_id: str, values: Any, form: object) -> None:
        db = self.db
        if db is None:
            return
        from migdesk.services.records import update_record

        change = self.run_change(lambda: update_record(db, kind, record_id, values), origin=form)
        if change is None:  # refused: the form shows the stored record again
            try:
                self.record_panel.show_record(get_record(db, kind, record_id))
            except MigdeskError:
                self.record_panel.show_record(None)

    # ---------------------------------------------------------------- creating

    def _new_context(self) -> tuple[str, dict[str, Any]] | None:
        """What Ctrl+N makes where the user is: (kind, default values)."""
        node = self.current_node()
        if node is None or self.db is None:
            return None
        if node.type in (NodeType.BODY, NodeType.YEAR):
            return "meetings", {"body_id": node.id or None}
        if node.type is NodeType.MEETING:
            meeting = self._meeting(node.id)
            return "meetings", {"body_id": meeting.values.get("body_id") if meeting else None}
        if node.type is NodeType.PART:
            return node.kind, {"meeting_id": node.id}
        if node.type is NodeType.KIND:
            return node.kind, {}
        if node.type is NodeType.VIEW and node.key == UPCOMING_EVENTS:
            return "events", {"start_date": self._today().isoformat()}
        if node.type is NodeType.VIEW and node.key == OPEN_ACTIONS:
            meeting_id = self._context_meeting_id()
            return ("actions", {"meeting_id": meeting_id}) if meeting_id else None
        return None

    def _meeting(self, meeting_id: str | None) -> Record | None:
        if self.db is None or not meeting_id:
            return None
        try:
            return get_record(self.db, "meetings", meeting_id)
        except MigdeskError:
            return None

    def _context_meeting_id(self) -> str | None:
        """The meeting the user is working in: selected in the tree, or its parts' meeting."""
        node = self.current_node()
        if node is not None and node.type in (NodeType.MEETING, NodeType.PART):
            return node.id
        record = self.table_panel.current_record()
        if record is not None:
            if record.kind == "meetings":
                return record.id
            if record.kind in MEETING_PARTS:
                return record.values.get("meeting_id")
        return None

    def new_record_here(self) -> str | None:
        """Record > New… (Ctrl+N): a record of the kind the current list holds."""
        context = self._new_context()
        if context is None:
            return None
        return self.new_record(*context)

    def add_to_meeting(self, kind: str) -> str | None:
        """Record > Add to Meeting > …: an agenda item, intervention, decision or action."""
        meeting_id = self._context_meeting_id()
        if meeting_id is None:
            return None
        return self.new_record(kind, {"meeting_id": meeting_id})

    def new_record(self, kind: str, defaults: dict[str, Any]) -> str | None:
        """Ask for a new record's values (NewRecordDialog), create it, show it; its id."""
        values = self.ask_new_values(kind, defaults)
        if values is None:
            return None
        new_id = self._create(kind, values)
        if new_id is not None:
            self.show_record(kind, new_id)
        return new_id

    def ask_new_values(self, kind: str, defaults: dict[str, Any]) -> dict[str, Any] | None:
        """The New … dialog; the values entered, or None when cancelled."""
        assert self.db is not None
        dialog = NewRecordDialog(kind, self.db, defaults, self)
        dialog.form.set_create_handler(self._create_from_form)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _create(self, kind: str, values: dict[str, Any]) -> str | None:
        db = self.db
        assert db is not None
        change = self.run_change(lambda: create_record(db, kind, values))
        return change.items[0].id if change is not None and change.items else None

    def _create_from_form(self, kind: str, values: dict[str, Any]) -> str:
        """The forms' create handler (a picker's New …): undoable like everything else."""
        db = self.db
        assert db is not None
        return self.undo_stack.run(lambda: create_record(db, kind, values)).items[0].id

    # ---------------------------------------------------------------- deleting

    def _delete_targets(self) -> list[Record]:
        node = self.current_node()
        if self.navigator.hasFocus() and node is not None and node.id and self.db is not None:
            if node.type is NodeType.MEETING:
                meeting = self._meeting(node.id)
                return [meeting] if meeting else []
        selected = self.table_panel.selected_records()
        if selected:
            return selected
        return [self.record_panel.record] if self.record_panel.record is not None else []

    def delete_selected(self) -> bool:
        """Record > Delete… (Del): ask, listing what goes too, then delete (undoable)."""
        db = self.db
        targets = self._delete_targets()
        if db is None or not targets:
            return False
        taken: list[Record] = []
        try:
            for record in targets:
                taken += preview_delete(db, record.kind, record.id)[1:]
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Cannot Delete"), str(exc))
            return False
        if not prompts.confirm(
            self,
            self.tr("Delete"),
            self._delete_question(targets),
            informative=self._delete_consequences(taken),
            details="\n".join(f"{kind_title(r.kind)}: {r.label}" for r in targets + taken),
            accept=self.tr("Delete"),
            destructive=True,
        ):
            return False
        try:
            if len(targets) == 1:
                record = targets[0]
                self.undo_stack.run(lambda: delete_record(db, record.kind, record.id))
            else:
                self._delete_many(db, targets)
        except MigdeskError as exc:
            prompts.warn(self, self.tr("Cannot Delete"), str(exc))
            return False
        return True

    def _delete_many(self, db: Database, targets: Sequence[Record]) -> None:
        self.undo_stack.beginMacro(self.tr("Delete %1 records").replace("%1", str(len(targets))))
        try:
            for record in targets:
                self.undo_stack.run(partial(delete_record, db, record.kind, record.id))
        finally:
            self.undo_stack.endMacro()

    def _delete_question(self, targets: Sequence[Record]) -> str:
        if len(targets) == 1:
            record = targets[0]
            return (
                self.tr("Delete the %1 “%2”?")
                .replace("%1", KINDS[record.kind].singular)
                .replace("%2", record.label)
            )
        return self.tr("Delete these %1 records?").replace("%1", str(len(targets)))

    def _delete_consequences(self, taken: Sequence[Record]) -> str:
        undo_hint = self.tr("You can undo this with Ctrl+Z.")
        if not taken:
            return undo_hint
        counts: dict[str, int] = {}
        for record in taken:
            counts[record.kind] = counts.get(record.kind, 0) + 1
        parts = [
            f"{n} {KINDS[k].singular if n == 1 else KINDS[k].name.replace('_', ' ')}"
            for k, n in counts.items()
        ]
        return self.tr("It takes with it: %1.").replace("%1", ", ".join(parts)) + " " + undo_hint

    # ---------------------------------------------------------------- reordering

    def move_current(self, delta: int) -> bool:
        """Record > Move Up / Move Down (Alt+Up / Alt+Down) for ordered records."""
        model = self.table_panel.model
        record = self.table_panel.current_record()
        if model is None or record is None or not model.movable:
            return False
        ids = model.ids()
        new_index = ids.index(record.id) + delta
        if not 0 <= new_index < len(ids):
            return False
        return self._move_record(record.id, new_index)

    def _move_record(self, record_id: str, new_index: int) -> bool:
        model = self.table_panel.model
        db = self.db
        if model is None or db is None:
            return False
        kind = model.kind
        change = self.run_change(lambda: move_record(db, kind, record_id, new_index))
        if change is not None:
            self.table_panel.select_record(record_id)
        return change is not None

    # ================================================================ state of the actions

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        a = self.actions_
        has_db = self.db is not None
        a.restore_backup.setEnabled(has_db)
        a.find.setEnabled(has_db)
        a.filter.setEnabled(self.table_panel.model is not None)
        a.refresh.setEnabled(has_db)
        context = self._new_context() if has_db else None
        a.new_record.setEnabled(context is not None)
        label = kind_title(context[0]) if context else self.tr("Record")
        a.new_record.setText(self.tr("&New %1…").replace("%1", label))
        a.new_record.setIconText(self.tr("New %1").replace("%1", label))
        meeting = self._context_meeting_id() if has_db else None
        self.add_to_meeting_menu.setEnabled(meeting is not None)
        for action in (a.new_agenda_item, a.new_intervention, a.new_decision, a.new_action):
            action.setEnabled(meeting is not None)
        a.delete.setEnabled(has_db and bool(self._delete_targets()))
        model = self.table_panel.model
        record = self.table_panel.current_record()
        movable = bool(model is not None and model.movable and record is not None)
        position = model.ids().index(record.id) if movable and model and record else -1
        total = model.total_count if model is not None else 0
        a.move_up.setEnabled(movable and position > 0)
        a.move_down.setEnabled(movable and 0 <= position < total - 1)

    # ================================================================ help

    def show_about(self) -> None:
        """Help > About MigDesk."""
        dialog = AboutDialog(self)
        dialog.exec()
