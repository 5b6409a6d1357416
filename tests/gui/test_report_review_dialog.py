"""File > Import Report…: the review dialog on the CEAM report, a corrected speaker, Import, undo.

MIGDESK_SCREENSHOTS=1 also writes docs/images/report-import-review.png.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from migdesk.gui.main_window import MainWindow
from migdesk.gui.report_review_dialog import review_report
from migdesk.gui.settings import Settings
from migdesk.services.records import count, list_records
from migdesk.store.database import Database
from tests.conftest import REPORT


@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path) -> MainWindow:
    main = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(main)
    main.set_database(db)
    return main


def test_import_report_sits_beside_the_exchange_import(window: MainWindow) -> None:
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("importReportAction") == names.index("importExchangeAction") + 1
    assert window.findChild(QAction, "importReportAction").isEnabled()


def test_review_correct_accept_and_undo(qtbot: QtBot, window: MainWindow, db: Database, screenshot_dir: Path) -> None:
    if not REPORT.exists():
        pytest.skip("shared/data is not beside the checkout")
    dialog = review_report(window, REPORT)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    tree = dialog.ui.recordTree
    interventions = next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                         if tree.topLevelItem(n).text(0).startswith("Interventions"))
    assert interventions.childCount() == 14
    second = interventions.child(1)
    tree.setCurrentItem(second)
    assert (second.text(1), second.text(2), second.text(3)) == ("7", "90 %", "new")
    selections = dialog.ui.sourceView.extraSelections()
    cursor = selections[0].cursor
    highlighted = cursor.selectedText()
    assert "It was noted that the Inter-American Commission" in highlighted  # traced to line 7
    dialog.ui.speakerEdit.setText("IACHR")
    dialog.ui.speakerKindCombo.setCurrentIndex(dialog.ui.speakerKindCombo.findData("organization"))
    dialog.ui.speakerButton.click()
    assert dialog.selected().values["speaker"] == "IACHR"
    assert tree.currentItem().text(0).startswith("IACHR: It was noted")
    dialog.resize(1180, 720)
    qtbot.wait(50)
    assert dialog.grab().save(str(screenshot_dir / "report-import-review.png"))

    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: count(db, "interventions") == 14)
    speakers = [r.values["speaker"] for r in list_records(db, "interventions")]
    assert speakers[:3] == ["Some countries", "IACHR", ""]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Import report ceam-2009-02-13-report.txt"
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert window.grab().save(str(screenshot_dir / "report-import-accepted.png"))
    window.undo_stack.undo()
    assert count(db, "interventions") == 0 and count(db, "meetings") == 0
    window.undo_stack.redo()
    assert count(db, "interventions") == 14 and count(db, "actions") == 4


def test_merge_and_split_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "rcm-2009-07-vice-ministerial.txt"
    dialog = review_report(window, path)
    assert dialog is not None
    decisions = dialog.draft.report.of("decisions")
    dialog.select(decisions[1].key)
    dialog.ui.mergeButton.click()
    assert len(dialog.draft.report.of("decisions")) == 5
    assert dialog.selected().values["text"].endswith("region;")
    dialog.select(dialog.draft.report.of("agenda_items")[0].key)
    assert not dialog.ui.splitButton.isEnabled() and not dialog.ui.speakerButton.isEnabled()
    dialog.select(decisions[0].key)
    assert dialog.ui.splitButton.isEnabled() and not dialog.ui.speakerEdit.isEnabled()
    dialog.reject()


def test_interactive_widgets_are_named(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
    )

    path = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "ceam-2009-03-12-es.txt"
    dialog = review_report(window, path)
    assert dialog is not None
    unnamed = []
    for cls in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView):
        for widget in dialog.findChildren(cls):
            if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_") \
                    or widget.window() is not dialog:
                continue
            if not (widget.objectName() and widget.accessibleName()):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    dialog.reject()
    assert unnamed == []
