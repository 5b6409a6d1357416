"""The import preview's change list: a model over the report's list, labels made on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from migdesk.gui.import_changes_model import ChangesModel
from migdesk.services.exchange import RecordChange


def test_a_whole_database_of_changes_is_listed_without_items(qtmodeltester: Any) -> None:
    changes = [
        RecordChange("interventions", f"id-{n}", {"speaker": f"Delegation {n}", "text": "<b>Thanks</b> " * 40},
                     "added")
        for n in range(100_000)
    ]
    changes.append(RecordChange("meetings", "m-1", {"date": "2009-02-13", "title": "CEAM"}, "deleted"))
    model = ChangesModel()
    model.set_changes(changes)
    assert model.rowCount() == 100_001 and model.columnCount() == 3
    assert [model.index(7, c).data() for c in (0, 2)] == ["intervention", "added"]
    assert model.index(7, 1).data().startswith("Delegation 7: <b>Thanks</b>")  # plain text, as typed
    assert model.index(100_000, 1).data() == "2009-02-13  CEAM"
    assert model.index(100_000, 2).data() == "deleted"
    assert model.index(3, 0).data(Qt.ItemDataRole.UserRole) == "id-3"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Record"
    small = ChangesModel()
    small.set_changes(changes[:50])
    qtmodeltester.check(small)
