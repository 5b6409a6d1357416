"""The shortcuts that keep the navigator and the table quick show what Qt's own paths would.

The delegates fill a cell's style option straight from the models (one Python call
instead of one per role), the columns are measured with font metrics instead of
resizeColumnToContents, and a meeting's parts are counted in one query: each is checked
against the path it replaces.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from migdesk.gui.columns import columns_for
from migdesk.gui.navigator_model import NavigatorModel
from migdesk.gui.navigator_view import NavigatorView, NodeDelegate
from migdesk.gui.nodes import MEETING_PARTS, OPEN_ACTIONS, Node, NodeCatalog, NodeType
from migdesk.gui.table_model import RecordTableModel
from migdesk.gui.table_panel import RecordDelegate, TablePanel
from migdesk.services.demo import demo_id
from migdesk.services.records import count, create_record, id_listing
from migdesk.store.database import Database

MEETING = demo_id("meeting")


@contextmanager
def selects(db: Database) -> Iterator[list[str]]:
    """The SELECT statements run on db inside the block."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_a_meetings_parts_are_counted_in_one_query(demo_db: Database) -> None:
    catalog = NodeCatalog(demo_db)
    with selects(demo_db) as seen:
        parts = catalog.children(Node(NodeType.MEETING, "meetings", MEETING))
    assert len(seen) == 1
    assert [e.node.kind for e in parts] == list(MEETING_PARTS)
    assert [e.count for e in parts] == [
        count(demo_db, kind, where={"meeting_id": MEETING}) for kind in MEETING_PARTS
    ]


def _style(delegate: QStyledItemDelegate, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    return option


def _same_option(ours: QStyleOptionViewItem, qts: QStyleOptionViewItem) -> None:
    assert ours.text == qts.text  # type: ignore[attr-defined]
    assert ours.features == qts.features  # type: ignore[attr-defined]
    assert ours.displayAlignment == qts.displayAlignment  # type: ignore[attr-defined]
    assert ours.decorationSize == qts.decorationSize  # type: ignore[attr-defined]
    assert ours.icon.isNull() == qts.icon.isNull()  # type: ignore[attr-defined]
    text = QPalette.ColorRole.Text
    assert ours.palette.color(text) == qts.palette.color(text)  # type: ignore[attr-defined]


def _panel(qtbot: QtBot, model: RecordTableModel) -> TablePanel:
    panel = TablePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.set_model(model, "Title")
    return panel


def test_table_cells_are_styled_as_qts_delegate_would(demo_db: Database, qtbot: QtBot) -> None:
    catalog = NodeCatalog(demo_db)
    node = Node(NodeType.PART, "interventions", MEETING)
    model = RecordTableModel(
        demo_db,
        "interventions",
        columns_for("interventions"),
        partial(catalog.table_listing, node),
        movable=True,
    )
    panel = _panel(qtbot, model)
    ours = panel.view.itemDelegate()
    assert isinstance(ours, RecordDelegate)
    qts = QStyledItemDelegate()
    panel.proxy.sort(1, Qt.SortOrder.DescendingOrder)  # rows mapped through the proxy
    qtbot.waitUntil(lambda: not model.canFetchMore())
    assert panel.proxy.rowCount() == 14
    for row in range(panel.proxy.rowCount()):
        for column in range(panel.proxy.columnCount()):
            index = panel.proxy.index(row, column)
            _same_option(_style(ours, index), _style(qts, index))
    first = _style(ours, panel.proxy.index(0, 0))
    assert first.displayAlignment & Qt.AlignmentFlag.AlignRight  # type: ignore[attr-defined]


def test_overdue_actions_keep_their_warning_colour(demo_db: Database, qtbot: QtBot) -> None:
    model = RecordTableModel(
        demo_db,
        "actions",
        columns_for("actions", OPEN_ACTIONS),
        lambda: id_listing("actions"),
        today=lambda: date(2030, 1, 1),  # every open action is overdue
    )
    panel = _panel(qtbot, model)
    ours, qts = panel.view.itemDelegate(), QStyledItemDelegate()
    due = 0  # the first column of the open actions view
    colours = set()
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, due)
        option = _style(ours, index)
        _same_option(option, _style(qts, index))
        colours.add(option.palette.color(QPalette.ColorRole.Text).name())  # type: ignore[attr-defined]
    assert len(colours) == 2  # overdue ones in the warning colour, the others not


def test_navigator_rows_are_styled_as_qts_delegate_would(demo_db: Database, qtbot: QtBot) -> None:
    model = NavigatorModel(NodeCatalog(demo_db))
    view = NavigatorView()
    qtbot.addWidget(view)
    view.setModel(model)
    index = model.load_path(
        [
            Node(NodeType.BODY, "meetings", demo_id("oas")),
            Node(NodeType.BODY, "meetings", demo_id("cp")),
            Node(NodeType.BODY, "meetings", demo_id("ceam")),
            Node(NodeType.YEAR, "meetings", demo_id("ceam"), "2009"),
            Node(NodeType.MEETING, "meetings", MEETING),
        ]
    )
    model.fetchMore(index)
    ours = view.itemDelegate()
    assert isinstance(ours, NodeDelegate)
    qts = QStyledItemDelegate()
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    rows += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    rows.append(index)
    small = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    for row in rows:
        option = QStyleOptionViewItem()
        option.decorationSize = QSize(small, small)  # type: ignore[attr-defined]  # as the view's
        theirs = QStyleOptionViewItem(option)
        ours.initStyleOption(option, row)
        qts.initStyleOption(theirs, row)
        _same_option(option, theirs)
        assert option.text == model.entry(row).label  # type: ignore[union-attr, attr-defined]


def test_columns_are_as_wide_as_resize_to_contents_makes_them(
    demo_db: Database, qtbot: QtBot
) -> None:
    long = "W" * 12  # narrower than the cap on column widths, wider than any other speaker
    for n in range(30):  # more rows than the sample, the longest speaker past it
        create_record(
            demo_db,
            "interventions",
            {"meeting_id": MEETING, "speaker": long if n == 29 else "W" * (n % 7 + 1), "text": "."},
        )
    catalog = NodeCatalog(demo_db)
    for kind, ids in (
        (
            "interventions",
            partial(catalog.table_listing, Node(NodeType.PART, "interventions", MEETING)),
        ),
        ("organizations", lambda: id_listing("organizations")),
        ("actions", lambda: id_listing("actions")),
    ):
        model = RecordTableModel(demo_db, kind, columns_for(kind), ids)
        panel = _panel(qtbot, model)
        view, header = panel.view, panel.view.horizontalHeader()
        metrics = view.fontMetrics()
        cap = metrics.horizontalAdvance("M" * 16)
        ours = [header.sectionSize(column) for column in range(header.count())]
        view.setItemDelegate(QStyledItemDelegate(view))  # Qt's own measure of the same sample
        for column, spec in enumerate(model.columns):
            if spec.stretch:
                continue
            view.resizeColumnToContents(column)
            title = model.headerData(column, Qt.Orientation.Horizontal)
            qts = min(max(header.sectionSize(column), metrics.horizontalAdvance(title) + 28), cap)
            assert abs(ours[column] - qts) <= 1, (kind, spec.field, ours[column], qts)
    model = RecordTableModel(
        demo_db,
        "interventions",
        columns_for("interventions"),
        partial(catalog.table_listing, Node(NodeType.PART, "interventions", MEETING)),
    )
    panel = _panel(qtbot, model)
    speaker = [c.field for c in model.columns].index("speaker")
    metrics = panel.view.fontMetrics()
    assert metrics.horizontalAdvance(long) < metrics.horizontalAdvance("M" * 16)
    # The long speaker is in the 44th row, past the sample: it does not widen the column.
    assert panel.view.horizontalHeader().sectionSize(speaker) < metrics.horizontalAdvance(long)
    panel.view.horizontalHeader().setResizeContentsPrecision(-1)  # every fetched row
    panel.view.resizeColumnToContents(speaker)  # now it does
    assert panel.view.horizontalHeader().sectionSize(speaker) > metrics.horizontalAdvance(long)


def test_table_model_indexes_stop_at_the_fetched_rows(demo_db: Database) -> None:
    model = RecordTableModel(
        demo_db,
        "organizations",
        columns_for("organizations"),
        lambda: id_listing("organizations"),
    )
    rows, columns = model.rowCount(), model.columnCount()
    assert rows == 11 and columns == 4
    assert model.index(rows - 1, columns - 1).isValid()
    for row, column in ((rows, 0), (0, columns), (-1, 0), (0, -1)):
        assert not model.index(row, column).isValid()
    assert not model.index(0, 0, model.index(0, 0)).isValid()  # a table: no children
    assert model.index(0, 1).data() == model.data(model.index(0, 1))
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None


def test_position_column_fits_the_last_number_past_the_sample(
    tmp_path: Path, qtbot: QtBot
) -> None:
    from benchmarks.fixtures import add_large_body

    path = tmp_path / "long.sqlite"
    Database.open(path).close()
    meeting = add_large_body(path, meetings=1, interventions=10_000)["meeting_id"]
    db = Database.open(path)
    try:
        catalog = NodeCatalog(db)
        model = RecordTableModel(
            db,
            "interventions",
            columns_for("interventions"),
            partial(catalog.table_listing, Node(NodeType.PART, "interventions", meeting)),
        )
        panel = _panel(qtbot, model)
        assert model.total_count == 10_000 and model.fetched_count < 10_000  # "10000" unfetched
        position = [c.type for c in model.columns].index("position")
        width = panel.view.horizontalHeader().sectionSize(position)
        assert width > panel.view.fontMetrics().horizontalAdvance("10000")
    finally:
        db.close()
