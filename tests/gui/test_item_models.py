"""The navigator and table models follow Changes in place (no resets), and stay lazy."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QPersistentModelIndex
from pytestqt.qtbot import QtBot

from migdesk.gui.columns import columns_for
from migdesk.gui.navigator_model import COUNT_ROLE, NavigatorModel
from migdesk.gui.nodes import OPEN_ACTIONS, Node, NodeCatalog, NodeType
from migdesk.gui.table_cells import fold
from migdesk.gui.table_filter import RecordFilterProxy
from migdesk.gui.table_model import ID_ROLE, RecordTableModel
from migdesk.services.demo import demo_id
from migdesk.services.records import (
    apply_change,
    create_record,
    delete_record,
    id_listing,
    list_ids,
    move_record,
    update_record,
)
from migdesk.store.database import Database

MEETING = demo_id("meeting")
CEAM = demo_id("ceam")


class Signals:
    """Counts the structure signals a model emits."""

    def __init__(self, model: Any) -> None:
        self.events: list[str] = []
        for name in (
            "rowsInserted",
            "rowsRemoved",
            "rowsMoved",
            "modelReset",
            "layoutChanged",
            "dataChanged",
        ):
            getattr(model, name).connect(partial(self._seen, name))

    def _seen(self, name: str, *_args: Any) -> None:
        self.events.append(name)


def _interventions(db: Database) -> RecordTableModel:
    node = Node(NodeType.PART, "interventions", MEETING)
    catalog = NodeCatalog(db)
    return RecordTableModel(
        db,
        "interventions",
        columns_for("interventions"),
        partial(catalog.table_listing, node),
        movable=True,
    )


def test_table_model_inserts_updates_moves_and_removes_rows_in_place(demo_db: Database) -> None:
    model = _interventions(demo_db)
    seen = Signals(model)
    assert model.rowCount() == 14
    keep = QPersistentModelIndex(model.index(5, 0))
    kept_id = keep.data(ID_ROLE)

    change = create_record(demo_db, "interventions", {"meeting_id": MEETING, "text": "New."})
    model.apply_change(change)
    assert model.rowCount() == 15 and model.index(14, 2).data() == "New."

    new_id = change.items[0].id
    model.apply_change(update_record(demo_db, "interventions", new_id, {"speaker": "Chile"}))
    assert model.index(14, 1).data() == "Chile"

    model.apply_change(move_record(demo_db, "interventions", new_id, 0))
    assert model.index(0, 0).data(ID_ROLE) == new_id
    assert keep.row() == 6 and keep.data(ID_ROLE) == kept_id  # selection follows its record

    model.apply_change(delete_record(demo_db, "interventions", new_id))
    assert model.rowCount() == 14 and model.ids() == list_ids(
        demo_db, "interventions", where={"meeting_id": MEETING}
    )
    assert "modelReset" not in seen.events
    assert {"rowsInserted", "rowsRemoved", "dataChanged", "layoutChanged"} <= set(seen.events)


def test_undo_of_a_meeting_delete_restores_rows(demo_db: Database) -> None:
    model = _interventions(demo_db)
    seen = Signals(model)
    change = delete_record(demo_db, "meetings", MEETING)
    model.apply_change(change)
    assert model.rowCount() == 0
    model.apply_change(apply_change(demo_db, change.inverse()))
    assert model.rowCount() == 14
    assert "modelReset" not in seen.events


def test_navigator_adds_and_removes_year_and_meeting_rows(demo_db: Database) -> None:
    model = NavigatorModel(NodeCatalog(demo_db))
    ceam = model.load_path(
        [
            Node(NodeType.BODY, "meetings", demo_id("oas")),
            Node(NodeType.BODY, "meetings", demo_id("cp")),
            Node(NodeType.BODY, "meetings", CEAM),
        ]
    )
    assert model.canFetchMore(ceam)
    model.fetchMore(ceam)
    assert [model.index(r, 0, ceam).data() for r in range(model.rowCount(ceam))] == ["2009"]
    seen = Signals(model)
    change = create_record(
        demo_db, "meetings", {"title": "Second meeting", "body_id": CEAM, "date": "2010-05-01"}
    )
    model.apply_change(change)
    assert [model.index(r, 0, ceam).data() for r in range(model.rowCount(ceam))] == ["2010", "2009"]
    year_2010 = model.index(0, 0, ceam)
    assert year_2010.data(COUNT_ROLE) == 1 and model.canFetchMore(year_2010)

    model.fetchMore(year_2010)
    meeting = model.index(0, 0, year_2010)
    assert meeting.data() == "2010-05-01  Second meeting"
    rename = update_record(demo_db, "meetings", change.items[0].id, {"title": "Renamed"})
    model.apply_change(rename)
    assert model.index(0, 0, year_2010).data() == "2010-05-01  Renamed"

    model.apply_change(apply_change(demo_db, rename.inverse()))  # undone in order
    model.apply_change(apply_change(demo_db, change.inverse()))
    assert [model.index(r, 0, ceam).data() for r in range(model.rowCount(ceam))] == ["2009"]
    assert "modelReset" not in seen.events
    assert {"rowsInserted", "rowsRemoved", "dataChanged"} <= set(seen.events)


def test_navigator_counts_follow_part_changes(demo_db: Database) -> None:
    model = NavigatorModel(NodeCatalog(demo_db))
    meeting = model.load_path(
        [
            Node(NodeType.BODY, "meetings", demo_id("oas")),
            Node(NodeType.BODY, "meetings", demo_id("cp")),
            Node(NodeType.BODY, "meetings", CEAM),
            Node(NodeType.YEAR, "meetings", CEAM, "2009"),
            Node(NodeType.MEETING, "meetings", MEETING),
        ]
    )
    model.fetchMore(meeting)
    labels = {model.index(r, 0, meeting).data(): r for r in range(model.rowCount(meeting))}
    decisions = model.index(labels["Decisions"], 0, meeting)
    assert decisions.data(COUNT_ROLE) == 0
    model.apply_change(
        create_record(demo_db, "decisions", {"meeting_id": MEETING, "text": "Agreed."})
    )
    assert decisions.data(COUNT_ROLE) == 1


def test_open_actions_view_updates_when_an_action_is_done(demo_db: Database) -> None:
    catalog = NodeCatalog(demo_db, today=lambda: date(2009, 4, 10))
    node = Node(NodeType.VIEW, "actions", key=OPEN_ACTIONS)
    model = RecordTableModel(
        demo_db,
        "actions",
        columns_for("actions", OPEN_ACTIONS),
        partial(catalog.table_listing, node),
        today=lambda: date(2009, 4, 10),
    )
    assert model.rowCount() == 3
    first = model.record_at(0)
    assert first is not None and first.values["due_date"] == "2009-04-07"  # overdue on 10 April
    assert model.index(0, 0).data(9) is not None  # drawn in the warning colour
    assert model.index(1, 0).data(9) is None  # 23 April is not overdue yet
    meeting = [c.field for c in model.columns].index("meeting_id")
    assert "Linking OAS efforts" in model.index(0, meeting).data()  # the meeting's label
    model.apply_change(update_record(demo_db, "actions", first.id, {"status": "done"}))
    assert model.rowCount() == 2


def test_filter_proxy_ignores_case_and_accents(demo_db: Database, qtbot: QtBot) -> None:
    model = RecordTableModel(
        demo_db,
        "organizations",
        columns_for("organizations"),
        lambda: id_listing("organizations"),
    )
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("CONFÉRENCE migration")
    names = sorted(proxy.index(r, 1).data() for r in range(proxy.rowCount()))
    assert names == [
        "Regional Conference on Migration",
        "South American Conference on Migration",
        "Technical Secretariat of the Regional Conference on Migration",
    ]
    assert fold("Perú Ñandú") == "peru nandu"
    proxy.set_filter_text("")
    assert proxy.rowCount() == 11
    parents = {proxy.index(r, 1).data(): proxy.index(r, 3).data() for r in range(proxy.rowCount())}
    assert parents["Special Committee on Migration Issues"].startswith("Permanent Council")
