"""The export and import dialogs, driven with pytest-qt on real database files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QWidget

from migdesk.gui import prompts
from migdesk.gui.conflict_table import EDIT, TAKE
from migdesk.gui.contacts_dialog import ContactsDialog
from migdesk.gui.export_dialog import ExportDialog
from migdesk.gui.import_dialog import ImportDialog
from migdesk.gui.passphrase_dialog import PassphraseDialog
from migdesk.services import records as r
from migdesk.services.demo import demo_id, load_demo
from migdesk.services.exchange import export_file, import_file
from migdesk.store.database import Database
from migdesk.store.models import HistoryEntry

MEETING = demo_id("meeting")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text, informative="": seen.append(informative or text))
    return seen


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two databases that exchanged the demo, then both edited the meeting."""
    a, b = Database.open(tmp_path / "a.sqlite"), Database.open(tmp_path / "b.sqlite")
    load_demo(a)
    export_file(a, tmp_path / "a0.migdesk")
    import_file(b, tmp_path / "a0.migdesk")
    r.update_record(a, "meetings", MEETING, {"title": "Linking efforts (A's wording)", "place": "Room A"})
    r.update_record(b, "meetings", MEETING, {"title": "Linking efforts (B's wording)", "place": "Room B",
                                            "status": "held", "notes": "Minutes approved"})
    action = r.list_records(b, "actions")[0].id
    r.delete_record(b, "actions", action)
    r.create_record(b, "events", {"title": "Regional workshop on labour migration", "start_date": "2009-05-04"})
    yield a, b
    a.close()
    b.close()


def _editor(dialog: QWidget, cls: type[Any], name: str) -> Any:
    widget = dialog.findChild(cls, name)
    assert widget is not None, name
    return widget


def test_export_dialog_writes_chosen_meetings(qtbot: Any, demo_db: Database, tmp_path: Path,
                                              screenshot_dir: Path,
                                              monkeypatch: pytest.MonkeyPatch, warnings: list[str]) -> None:
    dialog = ExportDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "for-colleague"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(_editor(dialog, QWidget, "exportBrowse"), Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(target) + ".migdesk"
    assert not dialog.since_choice.isEnabled()  # no colleague known yet

    dialog.meetings_choice.setChecked(True)
    assert not dialog.export_button.isEnabled()  # no meeting chosen yet
    dialog.meetings.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.export_button.isEnabled() and dialog.chosen_meetings() == [MEETING]
    dialog.grab().save(str(screenshot_dir / "export-dialog.png"))

    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert dialog.summary is not None and "records" in dialog.summary
    other = Database.open(tmp_path / "other.sqlite")
    report = import_file(other, tmp_path / "for-colleague.migdesk")
    assert report.added > 20 and r.get_record(other, "meetings", MEETING).values["title"]
    other.close()


def test_export_dialog_reports_a_failure(qtbot: Any, demo_db: Database, tmp_path: Path,
                                         warnings: list[str]) -> None:
    dialog = ExportDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "no-such-folder" / "x.migdesk"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "does not exist" in warnings[0] and dialog.isVisible() and dialog.export_button.isEnabled()


def _preview(qtbot: Any, dialog: ImportDialog) -> None:
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error is not None, timeout=30_000)


def test_import_dialog_previews_and_merges_with_choices(qtbot: Any, pair: tuple[Database, Database],
                                                         tmp_path: Path, screenshot_dir: Path,
                                                         warnings: list[str]) -> None:
    a, b = pair
    path = tmp_path / "from-b.migdesk"
    export_file(b, path)
    dialog = ImportDialog(a, path)
    qtbot.addWidget(dialog)
    _preview(qtbot, dialog)
    assert dialog.preview is not None and dialog.error is None
    assert dialog.import_button.isEnabled()
    assert dialog.counts.text() == "Added 1 · Updated 1 · Deleted 1 · Unchanged 42 · In conflict 1"
    model = dialog.changes.model()
    changes = {(model.index(n, 0).data(), model.index(n, 2).data()) for n in range(model.rowCount())}
    assert all(model.index(n, 1).data() for n in range(model.rowCount()))  # labels shown
    assert changes == {("event", "added"), ("action", "deleted"), ("meeting", "updated")}
    table: Any = dialog.conflicts
    assert table.rowCount() == 2  # title and place, side by side
    assert [table.item(n, 1).text() for n in range(2)] == ["Title", "Place"]
    assert table.item(0, 2).text() == "Linking efforts (A's wording)"
    assert table.item(0, 3).text() == "Linking efforts (B's wording)"
    dialog.grab().save(str(screenshot_dir / "import-dialog.png"))

    title_choice: QComboBox = _editor(dialog, QComboBox, "conflictChoice0")
    title_value: QLineEdit = _editor(dialog, QLineEdit, "conflictValue0")
    assert not title_value.isEnabled()
    title_choice.setCurrentIndex(EDIT)
    assert title_value.isEnabled()
    title_value.setText("Linking OAS efforts (agreed wording)")
    _editor(dialog, QComboBox, "conflictChoice1").setCurrentIndex(TAKE)

    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert dialog.report is not None and len(dialog.report.conflicts) == 1
    meeting = r.get_record(a, "meetings", MEETING).values
    assert meeting["title"] == "Linking OAS efforts (agreed wording)"
    assert meeting["place"] == "Room B" and meeting["notes"] == "Minutes approved"  # merged silently
    with a.session() as s:
        lost = {(h.field, h.value) for h in s.query(HistoryEntry)}
    assert lost == {("title", "Linking efforts (A's wording)"), ("title", "Linking efforts (B's wording)"),
                    ("place", "Room A")}


def test_import_dialog_keeps_mine_by_default(qtbot: Any, pair: tuple[Database, Database], tmp_path: Path,
                                             warnings: list[str]) -> None:
    a, b = pair
    path = tmp_path / "from-b.migdesk"
    export_file(b, path)
    dialog = ImportDialog(a, path)
    qtbot.addWidget(dialog)
    _preview(qtbot, dialog)
    dialog.take_all.click()
    dialog.keep_all.click()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.import_button.click()
    assert r.get_record(a, "meetings", MEETING).values["title"] == "Linking efforts (A's wording)"


def test_import_dialog_shows_why_a_file_is_refused(qtbot: Any, demo_db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "broken.migdesk"
    bad.write_bytes(b"not a zip at all")
    dialog = ImportDialog(demo_db, bad)
    qtbot.addWidget(dialog)
    _preview(qtbot, dialog)
    assert dialog.error == "broken.migdesk is not a MigDesk exchange file"  # worded from its code
    assert "cannot be imported" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_interactive_widgets_are_named(qtbot: Any, pair: tuple[Database, Database], tmp_path: Path) -> None:
    a, b = pair
    export_file(b, tmp_path / "x.migdesk")
    dialogs: list[QWidget] = [ExportDialog(a), ImportDialog(a, tmp_path / "x.migdesk"), ContactsDialog(),
                              PassphraseDialog(None, "Passphrase", "For the test", new=True)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    _preview(qtbot, dialogs[1])  # type: ignore[arg-type]
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView

    unnamed = []
    for dialog in dialogs:
        for cls in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView):
            for widget in dialog.findChildren(cls):
                if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_") \
                        or widget.window() is not dialog:
                    continue  # Qt's own parts of tables, tab widgets and combo box pop-ups
                if not (widget.objectName() and widget.accessibleName()):
                    unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []
