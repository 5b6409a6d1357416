"""The navigator's tree model: node descriptors, children loaded on expand, updated by Changes.

Each row holds a `NodeEntry` from the `NodeCatalog`. Children are fetched the first time a
row is expanded (canFetchMore / fetchMore). A Change does not rebuild the tree: the rows
it can affect are compared with fresh answers from the catalog and only the differences
are signalled (rows inserted, removed, moved, renamed).
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from migdesk.gui.i18n import translate
from migdesk.gui.icons import icon
from migdesk.gui.nodes import MEETING_PARTS, ROOT, Node, NodeCatalog, NodeEntry, NodeType
from migdesk.services.records import Change

Index = QModelIndex | QPersistentModelIndex
_TOP = QModelIndex()  # the invisible root, as default parent

#: Kinds whose changes can change the top-level rows (bodies, saved views, list counts).
TOP_LEVEL_KINDS = frozenset(
    {"organizations", "meetings", "actions", "events", "resolutions", "documents", "persons"}
)

NODE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Node
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # the number shown at the right edge, or None
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # quieter text after the label

# Roles as plain ints: data() is called for every role of every painted row.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ROLES = frozenset(
    {_DISPLAY, _DECORATION, _TOOLTIP, _ACCESSIBLE, NODE_ROLE, COUNT_ROLE, DETAIL_ROLE}
)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class _Item:
    """One row: its entry, parent and (once fetched) children."""

    __slots__ = ("children", "entry", "parent", "uid")

    def __init__(self, uid: int, entry: NodeEntry, parent: _Item | None) -> None:
        self.uid = uid
        self.entry = entry
        self.parent = parent
        self.children: list[_Item] | None = None  # None: not fetched yet

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)  # type: ignore[union-attr]


class NavigatorModel(QAbstractItemModel):
    """Tree of navigator nodes over a NodeCatalog (one database)."""

    def __init__(self, catalog: NodeCatalog | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uids = itertools.count(1)
        self._catalog: NodeCatalog | None = None
        self._root = _Item(0, NodeEntry(ROOT, "", ""), None)
        self._by_uid: dict[int, _Item] = {0: self._root}
        self._by_node: dict[Node, _Item] = {}
        self.set_catalog(catalog)

    # ---------------------------------------------------------------- setup

    @property
    def catalog(self) -> NodeCatalog | None:
        """The catalog answering for the open database (None: no database)."""
        return self._catalog

    def set_catalog(self, catalog: NodeCatalog | None) -> None:
        """Show another database's tree (a reset: everything is new)."""
        self.beginResetModel()
        if self._catalog is not None and self._catalog is not catalog:
            # Its caches (every body and meeting) go now, not whenever the last table
            # model still holding the old catalog is deleted (during the next paint).
            self._catalog.forget_all()
        self._catalog = catalog
        self._root.children = None
        self._by_uid = {0: self._root}
        self._by_node = {}
        if catalog is not None:
            self._root.children = [self._new_item(e, self._root) for e in catalog.children(ROOT)]
        self.endResetModel()

    def _new_item(self, entry: NodeEntry, parent: _Item) -> _Item:
        item = _Item(next(self._uids), entry, parent)
        self._by_uid[item.uid] = item
        self._by_node[entry.node] = item
        return item

    def _forget(self, item: _Item) -> None:
        self._by_uid.pop(item.uid, None)
        if self._by_node.get(item.entry.node) is item:
            del self._by_node[item.entry.node]
        for child in item.children or ():
            self._forget(child)

    # ---------------------------------------------------------------- Qt model interface

    def _item(self, index: Index) -> _Item:
        if not index.isValid():
            return self._root
        return self._by_uid.get(index.internalId(), self._root)

    def index(self, row: int, column: int, parent: Index = _TOP) -> QModelIndex:
        """The index of a child row."""
        item = self._item(parent)
        if column != 0 or item.children is None or not 0 <= row < len(item.children):
            return QModelIndex()
        return self.createIndex(row, 0, item.children[row].uid)

    def parent(self, index: Index = _TOP) -> QModelIndex:  # type: ignore[override]
        """The parent of a row (invalid for top-level rows)."""
        if not index.isValid():
            return QModelIndex()
        item = self._item(index).parent
        if item is None or item is self._root:
            return QModelIndex()
        return self.createIndex(item.row(), 0, item.uid)

    def rowCount(self, parent: Index = _TOP) -> int:  # noqa: N802
        """Rows fetched under parent."""
        if parent.isValid() and parent.column() != 0:
            return 0
        children = self._item(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: Index = _TOP) -> int:  # noqa: N802
        """One column: the node's label."""
        return 1

    def hasChildren(self, parent: Index = _TOP) -> bool:  # noqa: N802
        """Whether an expand arrow is shown (before the children are fetched)."""
        item = self._item(parent)
        if item.children is not None:
            return bool(item.children)
        return item.entry.expandable

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        """True while the row's children were never loaded."""
        item = self._item(parent)
        return item.children is None and item.entry.expandable and self._catalog is not None

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        """Load the row's children from the catalog."""
        item = self._item(parent)
        if item.children is not None or self._catalog is None:
            return
        entries = self._catalog.children(item.entry.node)
        item.children = []
        if not entries:
            self.dataChanged.emit(parent, parent)  # the expand arrow goes away
            return
        self.beginInsertRows(self._index_of_item(item), 0, len(entries) - 1)
        item.children = [self._new_item(e, item) for e in entries]
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Label, icon, tooltip, node and count of a row."""
        if role not in _ROLES or not index.isValid():  # most roles a delegate asks: nothing
            return None
        entry = self._item(index).entry
        if role == _DISPLAY:
            return entry.label
        if role == _DECORATION:
            return icon(entry.icon)
        if role == _TOOLTIP:
            # Tooltips render rich text: the (user) text is escaped.
            return f"<p>{html.escape(entry.tooltip or entry.label)}</p>"
        if role == _ACCESSIBLE:
            text = f"{entry.label}, {entry.detail}" if entry.detail else entry.label
            return text if entry.count is None else f"{text}, {entry.count}"
        if role == DETAIL_ROLE:
            return entry.detail
        if role == NODE_ROLE:
            return entry.node
        if role == COUNT_ROLE:
            return entry.count
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable, not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    # ---------------------------------------------------------------- nodes

    def node(self, index: Index) -> Node | None:
        """The node of a row (None for an invalid index)."""
        return self._item(index).entry.node if index.isValid() else None

    def entry(self, index: Index) -> NodeEntry | None:
        """The entry (label, count, ...) of a row."""
        return self._item(index).entry if index.isValid() else None

    def title(self, index: Index) -> str:
        """The table's title for the node at index ("Meetings in 2009", a body's full name)."""
        entry = self.entry(index)
        if entry is None:
            return ""
        if entry.node.type is NodeType.BODY and entry.tooltip:
            return entry.tooltip
        if entry.node.type is NodeType.YEAR:
            return translate("MainWindow", "Meetings in %1").replace("%1", entry.label)
        return entry.label

    def crumbs(self, index: Index) -> str:
        """Where the node at index is: its ancestors' labels, "CEAM  ›  2009"."""
        parts: list[str] = []
        parent = index.parent()
        while parent.isValid():
            entry = self.entry(parent)
            if entry is not None:
                parts.append(entry.label)
            parent = parent.parent()
        return "  ›  ".join(reversed(parts))

    def index_of(self, node: Node) -> QModelIndex:
        """The index of a node's row if it is loaded, else an invalid index."""
        item = self._by_node.get(node)
        return self._index_of_item(item) if item is not None else QModelIndex()

    def _index_of_item(self, item: _Item) -> QModelIndex:
        if item is self._root:
            return QModelIndex()
        return self.createIndex(item.row(), 0, item.uid)

    def load_path(self, path: Sequence[Node]) -> QModelIndex:
        """Fetch the rows along path (top first) and return the last one's index.

        Returns the deepest row found when the path cannot be followed to its end.
        """
        found = QModelIndex()
        for node in path:
            if self.canFetchMore(found):
                self.fetchMore(found)
            index = self.index_of(node)
            if not index.isValid() or self.parent(index) != found:
                break
            found = index
        return found

    # ---------------------------------------------------------------- updates

    def apply_change(self, change: Change) -> None:
        """Bring the loaded rows a Change can affect up to date, signalling only differences."""
        if self._catalog is None or change.is_empty:
            return
        self._catalog.forget(change)
        kinds = {i.kind for i in change.items}
        structural = bool(kinds & {"organizations", "meetings"})
        meetings = {
            snap["meeting_id"]
            for i in change.items
            if i.kind in MEETING_PARTS
            for snap in (i.before, i.after)
            if snap is not None
        }
        self._sync_tree(self._root, structural, meetings, bool(kinds & TOP_LEVEL_KINDS))

    def refresh(self) -> None:
        """Compare every loaded row with the database (after changes made elsewhere)."""
        if self._catalog is None:
            return
        self._catalog.forget_all()
        loaded = {n.id for n in self._by_node if n.type is NodeType.MEETING}
        self._sync_tree(self._root, True, loaded, True)

    def _sync_tree(
        self, item: _Item, structural: bool, meetings: set[Any], top_level: bool = False
    ) -> None:
        node_type = item.entry.node.type
        if (
            (top_level and node_type is NodeType.ROOT)
            or (structural and node_type in (NodeType.BODY, NodeType.YEAR))
            or (node_type is NodeType.MEETING and item.entry.node.id in meetings)
        ):
            self._sync_children(item)
        for child in list(item.children or ()):
            if child.children is not None:
                self._sync_tree(child, structural, meetings)

    def _sync_children(self, item: _Item) -> None:
        if item.children is None or self._catalog is None:
            return
        fresh = self._catalog.children(item.entry.node)
        parent = self._index_of_item(item)
        self._remove_missing(item, parent, {e.node for e in fresh})
        self._insert_and_update(item, parent, fresh)

    def _remove_missing(self, item: _Item, parent: QModelIndex, keep: set[Node]) -> None:
        children = item.children or []
        for row in reversed(range(len(children))):
            child = children[row]
            if child.entry.node not in keep:
                self.beginRemoveRows(parent, row, row)
                del children[row]
                self._forget(child)
                self.endRemoveRows()

    def _insert_and_update(
        self, item: _Item, parent: QModelIndex, fresh: Iterable[NodeEntry]
    ) -> None:
        children = item.children
        assert children is not None
        for pos, entry in enumerate(fresh):
            current = children[pos] if pos < len(children) else None
            if current is None or current.entry.node != entry.node:
                existing = self._by_node.get(entry.node)
                if existing is not None and existing.parent is item:
                    old = children.index(existing)
                    self.beginMoveRows(parent, old, old, parent, pos)
                    children.insert(pos, children.pop(old))
                    self.endMoveRows()
                    current = existing
                else:
                    self.beginInsertRows(parent, pos, pos)
                    children.insert(pos, self._new_item(entry, item))
                    self.endInsertRows()
                    continue
            if current.entry != entry:
                expandable_lost = current.entry.expandable and not entry.expandable
                current.entry = entry
                if expandable_lost and current.children is None:
                    current.children = []
                index = self.createIndex(pos, 0, current.uid)
                self.dataChanged.emit(index, index)
