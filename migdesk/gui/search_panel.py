"""Find anything (Ctrl+F): results while typing, grouped by kind of record.

Typing restarts a short timer; when it fires the full-text search runs in a worker
thread (BackgroundTask; on a million records it takes about a second, and the window
must stay responsive meanwhile) and the results replace the previous ones. Every search
gets the next generation number; results of an older search that finish after a newer
one started are dropped. Enter or a click on a result emits `recordActivated(kind, id)`;
the main window then shows the record (Enter during a search: its best hit, once found).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from migdesk.gui.accessibility import name_line_edit_buttons
from migdesk.gui.error_text import error_text
from migdesk.gui.i18n import LANGUAGES, QT_TRANSLATE_NOOP, count_text, translate
from migdesk.gui.icons import icon
from migdesk.gui.labels import KIND_NAMES, kind_name
from migdesk.gui.widgets.choices import choice_label
from migdesk.gui.workers import BackgroundTask, Progress
from migdesk.services.desk import Database
from migdesk.services.search import Hit, search

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as default parent

DEBOUNCE_MS = 250
LIMIT = 100
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2

_KIND_TITLES = {
    "meetings": QT_TRANSLATE_NOOP("Search", "Meetings"),
    "interventions": QT_TRANSLATE_NOOP("Search", "Interventions"),
    "actions": QT_TRANSLATE_NOOP("Search", "Actions"),
    "decisions": QT_TRANSLATE_NOOP("Search", "Decisions"),
    "agenda_items": QT_TRANSLATE_NOOP("Search", "Agenda items"),
    "resolutions": QT_TRANSLATE_NOOP("Search", "Resolutions"),
    "documents": QT_TRANSLATE_NOOP("Search", "Documents"),
    "events": QT_TRANSLATE_NOOP("Search", "Events"),
    "organizations": QT_TRANSLATE_NOOP("Search", "Organizations"),
    "persons": QT_TRANSLATE_NOOP("Search", "People"),
}
_KIND_ICONS = {"meetings": "meeting", "agenda_items": "agenda-items"}

#: (database, text, limit) -> hits; called in a worker thread (it opens its own read session).
Searcher = Callable[[Database, str, int], list[Hit]]


def _search(db: Database, text: str, limit: int) -> list[Hit]:
    return search(db, text, limit=limit)


@dataclass(frozen=True)
class _Found:
    """What one search brought back to the GUI thread: its hits, or why there are none."""

    generation: int
    text: str
    hits: list[Hit]
    error: Exception | None = None


def _hit_title(hit: Hit) -> str:
    """A hit's first line; a decision is named by its kind, shown as a label ("Agreed");
    a record found through a translation names the language first ("Español: …"), where
    eliding a long title cannot hide it."""
    title = choice_label(hit.title, "kind") if hit.kind == "decisions" else hit.title
    if hit.language in LANGUAGES:
        return translate("Search", "%2: %1").replace("%2", LANGUAGES[hit.language or ""]).replace(
            "%1", title)
    return title


def _group_title(kind: str) -> str:
    """A group's heading: its kind in the plural."""
    if kind in _KIND_TITLES:
        return translate("Search", _KIND_TITLES[kind])
    plural = kind_name(kind, 2) if kind in KIND_NAMES else kind
    return plural[:1].upper() + plural[1:]


class SearchResultsModel(QAbstractItemModel):
    """Two levels: one row per kind (in the order of its best hit), its hits below."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Hit]]] = []

    def set_hits(self, hits: list[Hit]) -> None:
        """Show new results (a reset: the whole list is new)."""
        groups: dict[str, list[Hit]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        self.beginResetModel()
        self._groups = list(groups.items())
        self.endResetModel()

    def hit_count(self) -> int:
        """How many hits are shown."""
        return sum(len(h) for _, h in self._groups)

    def first_hit(self) -> QModelIndex:
        """The index of the best hit (first of the first group)."""
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        """Group rows have internal id 0; hit rows carry their group number + 1."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() == 0 and row < len(self._groups[parent.row()][1]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = _TOP) -> QModelIndex:  # type: ignore[override]
        """Hits have their group as parent."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _TOP) -> int:  # noqa: N802
        """Groups at the top, hits under them."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = _TOP) -> int:  # noqa: N802
        """One column."""
        return 1

    def hit(self, index: Index) -> Hit | None:
        """The hit of a row (None for group rows)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Group titles with counts; hit titles with their snippet."""
        if not index.isValid():
            return None
        hit = self.hit(index)
        if hit is None:
            kind, hits = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{_group_title(kind)} ({len(hits)})"
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(_KIND_ICONS.get(kind, kind))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _hit_title(hit)
        if role == SNIPPET_ROLE:
            snippet = " ".join(hit.snippet.split())
            # The passage found in the title itself would only repeat the line above it.
            return "" if snippet.strip("…") in " ".join(hit.title.split()) else snippet
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Group rows are headings; hit rows can be selected."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class HitDelegate(QStyledItemDelegate):
    """Draws a hit as its title with the matching passage below in a quieter colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Two lines for hits, one for group headings."""
        size = super().sizeHint(option, index)
        if index.data(SNIPPET_ROLE):
            size.setHeight(QFontMetrics(option.font).lineSpacing() * 2 + 10)  # type: ignore[attr-defined]
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Title on the first line, snippet (elided) on the second."""
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(6, 4, -6, -4)  # type: ignore[attr-defined]
        metrics = QFontMetrics(opt.font)  # type: ignore[attr-defined]
        line = metrics.lineSpacing()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        first = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        second = QRect(rect.left(), rect.top() + line, rect.width(), line)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(snippet, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class SearchPanel(QWidget):
    """A search box over a tree of results grouped by kind."""

    recordActivated = Signal(str, str)  # kind, record id
    closeRequested = Signal()  # Escape in the search box

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.setAccessibleName(self.tr("Search"))
        self._db: Database | None = None
        #: runs a search in the worker thread (tests wrap it to hold a search back)
        self.searcher: Searcher = _search
        #: the number of the latest search started; results of any other are dropped
        self.generation = 0
        self._latest: BackgroundTask | None = None  # the latest search's task
        self._activate_when_found = False

        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search text"))
        self.field.setPlaceholderText(self.tr("Search meetings, documents, people…"))
        self.field.setClearButtonEnabled(True)
        search_icon = self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        search_icon.setText(self.tr("Search"))
        name_line_edit_buttons(self.field, search_icon)
        self.field.installEventFilter(self)

        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.model = SearchResultsModel(self)
        self.results = QTreeView(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._activate_best)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def set_database(self, db: Database | None) -> None:
        """Search another database (the results are cleared)."""
        self._db = db
        self.generation += 1  # a search of the previous database is not shown
        self._latest = None
        self._activate_when_found = False
        self.model.set_hits([])
        self.status.clear()
        if self.field.text():
            self._timer.start()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def refresh(self) -> None:
        """Run the search again soon (the database changed)."""
        if self.field.text().strip():
            self._timer.start()

    def is_searching(self) -> bool:
        """True while the latest search is typed but not yet run, or running."""
        running = self._latest is not None and not self._latest.is_done
        return self._timer.isActive() or running

    def run_search(self) -> None:
        """Start searching for what is typed, in a worker thread; the results come when found."""
        self._timer.stop()
        self.generation += 1
        text = self.field.text().strip()
        db = self._db
        if db is None or not text:
            self._latest = None
            self._show(_Found(self.generation, text, []))
            return
        generation, searcher = self.generation, self.searcher

        def work(progress: Progress) -> _Found:  # in the worker thread: no widget here
            try:
                return _Found(generation, text, searcher(db, text, LIMIT))
            except Exception as exc:  # noqa: BLE001 (shown in the panel as one line)
                return _Found(generation, text, [], exc)

        self._latest = BackgroundTask(work)
        self._latest.succeeded.connect(self._found)
        self.status.setText(self.tr("Searching…"))
        self._latest.start()

    def _found(self, found: object) -> None:
        assert isinstance(found, _Found)
        if found.generation == self.generation:  # an older search finishing late: dropped
            self._show(found)

    def _show(self, found: _Found) -> None:
        """Show a search's results (the latest search's only)."""
        hits, text = found.hits, found.text
        self.model.set_hits(hits)
        self.results.expandAll()
        if found.error is not None:
            self.status.setText(error_text(found.error))
        elif not text:
            self.status.clear()
        elif not hits:
            self.status.setText(self.tr("No records match “%1”.").replace("%1", text))
        else:
            n = len(hits)
            self.status.setText(count_text(n, self.tr("1 result"), self.tr("%1 results")))
        first = self.model.first_hit()
        if first.isValid():
            self.results.setCurrentIndex(first)
        if self._activate_when_found:
            self._activate_when_found = False
            self._activate(first)

    def _activate_best(self) -> None:
        if self._timer.isActive():
            self.run_search()
        if self.is_searching():  # Enter before the results came: the best one, once found
            self._activate_when_found = True
            return
        current = self.results.currentIndex()
        self._activate(current if current.isValid() else self.model.first_hit())

    def _activate(self, index: QModelIndex) -> None:
        hit = self.model.hit(index)
        if hit is not None:
            self.recordActivated.emit(hit.kind, hit.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down arrow in the search box moves into the results; Escape leaves the search."""
        if watched is self.field and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if event.key() == Qt.Key.Key_Escape:
                self.closeRequested.emit()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.first_hit())
                return True
        return super().eventFilter(watched, event)
