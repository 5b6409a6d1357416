"""Printing, the packet, the PDF preview and the File menu's export/import actions.

Real demo database files, real widgets (offscreen); file dialogs, message boxes, the
print dialog's event loop and the import dialog's exec are replaced by monkeypatch.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from migdesk.gui import print_settings, prompts, summary_export
from migdesk.gui.file_actions import FileActions
from migdesk.gui.import_dialog import ImportDialog
from migdesk.gui.main_window import MainWindow
from migdesk.gui.packet_dialog import PacketDialog
from migdesk.gui.pdf_preview import PdfPreviewDialog
from migdesk.gui.settings import Settings
from migdesk.reports import data as rd
from migdesk.services.demo import demo_id
from migdesk.services.exchange import export_file
from migdesk.services.printing import write_summary
from migdesk.services.records import create_record
from migdesk.store.database import Database

MEETING = demo_id("meeting")
PHRASE = "Some countries pointed out"


def pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in pypdf.PdfReader(path).pages)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Remembered paper and folder go to an INI file of the test's own."""
    ini = str(tmp_path / "print.ini")
    monkeypatch.setattr(print_settings, "settings_store",
                        lambda: Settings(QSettings(ini, QSettings.Format.IniFormat)))


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(prompts, "warn",
                        lambda parent, title, text, informative="": seen.append(informative or text))
    return seen


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> Iterator[MainWindow]:
    """The main window on the demo database with the demo meeting selected."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.show_record("meetings", MEETING)
    yield win
    win.db = None  # the fixture closes the database


def file_actions(window: MainWindow) -> FileActions:
    found = window.findChild(FileActions)
    assert isinstance(found, FileActions)
    return found


def wait_task(qtbot: QtBot, owner: Any) -> None:
    task = owner.task
    assert task is not None
    qtbot.waitUntil(lambda: task.is_done, timeout=60_000)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make widget the active window, so that its shortcuts work."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=5_000)


@pytest.fixture
def summary_pdf(tmp_path: Path, demo_db: Database) -> Path:
    path = tmp_path / "summary.pdf"
    write_summary(demo_db, MEETING, path)
    return path


# ==================================================================== the File menu


def test_file_menu_has_the_actions_with_their_shortcuts(window: MainWindow) -> None:
    names = [a.objectName() for a in window.file_menu.actions()]
    wanted = ["exportSummaryAction", "briefingPacketAction", "previewPdfAction",
              "fileActionsImportSeparator", "importExchangeAction", "importReportAction",
              "exportExchangeAction", "contactsAction", "exportCalendarAction", "exportCsvAction"]
    start = names.index(wanted[0])
    assert names[start:start + len(wanted)] == wanted
    assert names.index("exportCsvAction") < names.index("restoreBackupAction")
    keys = {a.objectName(): [k.toString() for k in a.shortcuts()] for a in window.file_menu.actions()}
    assert keys["exportSummaryAction"] == ["Ctrl+P"]
    assert keys["briefingPacketAction"] == ["Ctrl+Shift+P"]
    assert keys["importExchangeAction"] == ["Ctrl+I"]
    assert keys["exportExchangeAction"] == ["Ctrl+E"]
    every = [k for a in window.findChildren(type(window.undo_action)) for k in a.shortcuts()]
    texts = [k.toString() for k in every if not k.isEmpty()]
    assert len(texts) == len(set(texts)), "a shortcut is used twice"


def test_actions_follow_the_selection_and_the_database(window: MainWindow) -> None:
    fa = file_actions(window)
    assert fa.export_summary.isEnabled() and fa.export_csv.isEnabled()
    window.navigator.setCurrentIndex(window.navigator_model.index(0, 0))  # a body: no meeting
    assert fa.meeting_id() is None and not fa.export_summary.isEnabled()
    window.show_record("meetings", MEETING)
    assert fa.export_summary.isEnabled()
    db = window.db
    window.db = None
    window.set_database(None)
    assert not any(a.isEnabled() for a in (fa.export_summary, fa.packet, fa.import_exchange,
                                           fa.export_exchange, fa.export_calendar, fa.export_csv))
    assert fa.preview.isEnabled()
    window.db = db


# ==================================================================== the summary


def answer_summary_dialog(monkeypatch: pytest.MonkeyPatch, target: Path, paper: str,
                          seen: list[Any]) -> None:
    """The Export Meeting Summary dialog, answered: the file name typed, the paper chosen."""

    def exec_(dialog: summary_export.SummaryFileDialog) -> int:
        seen.append((dialog.selectedFiles(), dialog.paper(), dialog))
        dialog.selectFile(str(target))
        dialog.paperCombo.setCurrentIndex(dialog.paperCombo.findData(paper))
        dialog.setResult(QDialog.DialogCode.Accepted)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(summary_export.SummaryFileDialog, "exec", exec_)


def test_export_summary_through_the_action(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, warnings: list[str],
                                           screenshot_dir: Path) -> None:
    target = tmp_path / "out" / "my summary"
    target.parent.mkdir()
    seen: list[Any] = []
    answer_summary_dialog(monkeypatch, target, "a4", seen)
    file_actions(window).export_summary.trigger()
    wait_task(qtbot, file_actions(window))
    assert warnings == []
    start = Path(seen[0][0][0])
    assert start.name.startswith("2009-02-13 Linking OAS efforts") and start.suffix == ".pdf"
    assert seen[0][1] == "letter"  # the first time: Letter
    dialog = seen[0][2]
    assert dialog.paperCombo.isVisibleTo(dialog)  # a row of its own, not a file type
    assert dialog.nameFilters() == ["PDF files (*.pdf)"]
    dialog.resize(760, 480)
    dialog.show()
    dialog.grab().save(str(screenshot_dir / "summary-save-dialog.png"))
    dialog.hide()
    written = target.with_name("my summary.pdf")
    assert PHRASE in pdf_text(written)
    width = float(pypdf.PdfReader(written).pages[0].mediabox.width)
    assert round(width) == 595  # A4
    assert print_settings.remembered_paper() == "a4"
    assert "my summary.pdf" in window.statusBar().currentMessage()


def test_export_summary_names_the_characters_no_font_can_print(
        qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, warnings: list[str]) -> None:
    create_record(demo_db, "interventions", {"meeting_id": MEETING, "speaker": "Belize",
                                             "text": "Welcomed the plan \U0001F99C."})
    answer_summary_dialog(monkeypatch, tmp_path / "x.pdf", "letter", [])
    fa = file_actions(window)
    fa.export_meeting_summary()
    wait_task(qtbot, fa)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5_000)
    assert warnings == ["\U0001F99C (U+1F99C)"] and (tmp_path / "x.pdf").exists()


def test_export_summary_explains_a_failure(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch, warnings: list[str]) -> None:
    answer_summary_dialog(monkeypatch, tmp_path / "missing" / "x.pdf", "letter", [])
    fa = file_actions(window)
    fa.export_meeting_summary()
    wait_task(qtbot, fa)
    qtbot.waitUntil(lambda: bool(warnings), timeout=5_000)
    assert "cannot write the PDF" in warnings[0]


# ==================================================================== the packet


def test_packet_with_two_sections_is_built_off_thread(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                                      warnings: list[str], screenshot_dir: Path) -> None:
    dialog = PacketDialog(demo_db, None, [MEETING])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chosen_meetings() == [MEETING]
    assert dialog.chosen_sections() == list(rd.SECTION_ORDER)  # all on by default
    for key in (rd.MANDATES, rd.ACTIONS, rd.EVENTS, rd.ATTACHMENTS):
        dialog.sections[key].setChecked(False)
    assert not dialog.preview_button.isEnabled()
    dialog.path.setText("/home/delegate/Documents/Briefing packet 2009-02-13.pdf")  # for the picture
    dialog.grab().save(str(screenshot_dir / "packet-dialog.png"))
    dialog.path.setText(str(tmp_path / "packet"))

    qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None and not dialog.build_button.isEnabled()  # running
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert warnings == []
    assert dialog.built == tmp_path / "packet.pdf" and dialog.pages
    text = pdf_text(tmp_path / "packet.pdf")
    assert PHRASE in text and "Documents" in text and "CE/AM-59/08 rev. 1" in text
    assert "Upcoming events" not in text  # (and none is upcoming: the demo is of 2009)
    assert "Open follow-up actions" not in text and "Operative paragraph" not in text
    assert len(pypdf.PdfReader(tmp_path / "packet.pdf").pages) == dialog.pages
    assert dialog.preview_button.isEnabled() and "pages" in dialog.status.text()

    preview = dialog.open_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.page_label.text() == f"1 / {dialog.pages}"
    preview.close()


def test_packet_by_period_and_filter(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    dialog = PacketDialog(demo_db)
    qtbot.addWidget(dialog)
    assert not dialog.build_button.isEnabled()  # no meeting chosen
    dialog.filter.setText("nothing like this")
    assert all(dialog.meetings.item(n).isHidden() for n in range(dialog.meetings.count()))
    dialog.filter.setText("2009 linking")
    dialog.check_shown.click()
    assert dialog.chosen_meetings() == [MEETING] and dialog.build_button.isEnabled()
    dialog.by_period.setChecked(True)
    assert not dialog.meetings.isEnabled() and dialog.date_from.isEnabled()
    dialog.date_from.set_value("2009-03-01")
    dialog.date_to.set_value("2009-02-01")
    dialog._update()
    assert not dialog.build_button.isEnabled()  # the period runs backwards
    dialog.date_from.set_value("2009-01-01")
    dialog.date_to.set_value("2009-12-31")
    dialog._update()
    assert dialog.build_button.isEnabled()
    for box in dialog.sections.values():
        box.setChecked(False)
    assert not dialog.build_button.isEnabled()  # nothing to print


def test_cancelling_a_packet_writes_nothing(qtbot: QtBot, demo_db: Database, tmp_path: Path,
                                            warnings: list[str]) -> None:
    for n in range(150):
        create_record(demo_db, "meetings", {"title": f"Generated meeting {n}",
                                            "date": f"2010-{n % 12 + 1:02d}-{n % 28 + 1:02d}"})
    dialog = PacketDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.by_period.setChecked(True)  # no dates: every meeting
    target = tmp_path / "big.pdf"
    dialog.path.setText(str(target))
    task = dialog.start_build()
    assert task is not None
    progress = dialog.findChild(QProgressDialog, "progressDialog")
    assert progress is not None
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the progress dialog's Cancel button, right away
    qtbot.waitUntil(lambda: task.is_done, timeout=60_000)
    assert dialog.task is None and "Cancelled" in dialog.status.text()
    assert warnings == [] and not target.exists() and dialog.built is None
    assert list(tmp_path.glob(".big.pdf*")) == []  # no temporary file left either
    assert dialog.build_button.isEnabled()


# ==================================================================== the preview


def test_preview_shows_pages_and_zooms(qtbot: QtBot, summary_pdf: Path, screenshot_dir: Path) -> None:
    preview = PdfPreviewDialog(summary_pdf)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    total = len(pypdf.PdfReader(summary_pdf).pages)
    assert preview.error is None and preview.page_count == total
    assert preview.page_label.text() == f"1 / {total}"
    pixmap = preview.canvas.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 300
    assert not preview.previous_action.isEnabled() and preview.next_action.isEnabled()
    preview.grab().save(str(screenshot_dir / "preview-dialog.png"))
    activate(qtbot, preview)

    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.page_label.text() == f"2 / {total}"
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.page == 0
    fitted, width = preview.zoom, preview.canvas.pixmap().width()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom > fitted and preview.canvas.pixmap().width() > width
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom < fitted and preview.canvas.pixmap().width() < width
    preview.show_page(99)
    assert preview.page == total - 1  # clamped
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()


def test_preview_of_a_broken_file_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    preview = PdfPreviewDialog(bad)
    qtbot.addWidget(preview)
    assert preview.error and preview.page_count == 0
    assert "cannot be shown" in preview.canvas.text()
    assert not preview.print_button.isEnabled() and not preview.print_document()


def test_printing_paints_every_page(qtbot: QtBot, summary_pdf: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    preview = PdfPreviewDialog(summary_pdf)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    out = tmp_path / "printed.pdf"
    preview.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.printer.setOutputFileName(str(out))
    shown: list[QPrintDialog] = []

    def accept(dialog: QPrintDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    activate(qtbot, preview)
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    printed = pypdf.PdfReader(out)
    assert len(printed.pages) == preview.page_count
    assert round(float(printed.pages[0].mediabox.width)) == 612  # Letter, like the source


# ==================================================================== exchange files, calendar, CSV


def _drag(mime: QMimeData, path: Path) -> tuple[QDragEnterEvent, QDropEvent]:
    """A drag of path entering the window and its drop (the caller keeps mime alive)."""
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    return enter, drop


def test_dropping_an_exchange_file_opens_the_import_preview(
        qtbot: QtBot, window: MainWindow, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []

    def fake_exec(dialog: ImportDialog) -> int:
        opened.append(dialog.path)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportDialog, "exec", fake_exec)
    other = tmp_path / "notes.txt"
    other.write_text("x")
    mime = QMimeData()
    enter, _drop = _drag(mime, other)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()  # only exchange files

    exchange = tmp_path / "colleague.migdesk"
    export_file(demo_db, exchange)
    mime = QMimeData()
    enter, drop = _drag(mime, exchange)
    assert window.acceptDrops()
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: opened == [exchange], timeout=5_000)

    # File > Import Exchange File… takes the same way.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exchange), ""))
    file_actions(window).import_exchange.trigger()
    assert opened == [exchange, exchange]


def test_export_for_a_colleague_opens_the_export_dialog(window: MainWindow,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from migdesk.gui.export_dialog import ExportDialog

    seen: list[ExportDialog] = []
    def fake_exec(dialog: ExportDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    file_actions(window).export_exchange.trigger()
    assert len(seen) == 1 and seen[0].db is window.db


def test_calendar_and_csv_exports(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch, warnings: list[str]) -> None:
    fa = file_actions(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "cal"), ""))
    fa.export_calendar.trigger()
    wait_task(qtbot, fa)
    assert "BEGIN:VEVENT" in (tmp_path / "cal.ics").read_text()
    assert fa.table_kind() == "meetings"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "table.csv"), ""))
    fa.export_csv.trigger()
    wait_task(qtbot, fa)
    assert warnings == []
    lines = (tmp_path / "table.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,title") and any("Linking OAS efforts" in ln for ln in lines)
    assert "rows written" in window.statusBar().currentMessage()


# ==================================================================== accessibility


def test_interactive_widgets_are_named(qtbot: QtBot, demo_db: Database, summary_pdf: Path) -> None:
    from PySide6.QtWidgets import QHeaderView

    dialogs: list[QWidget] = [PacketDialog(demo_db, None, [MEETING]), PdfPreviewDialog(summary_pdf)]
    unnamed = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        for cls in (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView):
            for widget in dialog.findChildren(cls):
                if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_") \
                        or widget.window() is not dialog:
                    continue
                if not (widget.objectName() and widget.accessibleName()):
                    unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert unnamed == []


def test_packet_preview_names_the_characters_no_font_can_print(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, warnings: list[str], screenshot_dir: Path
) -> None:
    create_record(demo_db, "interventions", {
        "meeting_id": MEETING, "speaker": "Egypt",
        "text": "\u0645\u0635\u0631 welcomed the plan \U0001F99C (\U00013000).",
    })
    dialog = PacketDialog(demo_db, None, [MEETING])
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "packet"))
    dialog.start_build()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert warnings == [] and dialog.notes.unprintable == ["\U0001F99C", "\U00013000"]
    preview = dialog.open_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitExposed(preview)
    assert preview.warning.isVisible()
    assert "U+1F99C" in preview.warning.text() and "U+13000" in preview.warning.text()
    assert "\u0645" not in preview.warning.text()  # Arabic prints: not named
    preview.grab().save(str(screenshot_dir / "preview-unprintable.png"))
    plain = PdfPreviewDialog(dialog.built or tmp_path)
    qtbot.addWidget(plain)
    assert plain.warning.isHidden()


def test_packet_in_spanish_lists_what_is_untranslated(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, warnings: list[str], screenshot_dir: Path
) -> None:
    dialog = PacketDialog(demo_db, None, [MEETING])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.path.setText(str(tmp_path / "carpeta"))
    dialog.start_build()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert warnings == []
    text = " ".join(pdf_text(tmp_path / "carpeta.pdf").split())
    assert "CARPETA INFORMATIVA" in text and "Original: inglés" in text
    assert "13 de febrero de 2009" in text and "BRIEFING PACKET" not in text
    assert any(n.startswith("Meeting") for n in dialog.notes.untranslated)
    preview = dialog.open_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitExposed(preview)
    assert preview.untranslated.isVisible() and not preview.warning.isVisible()
    assert "with no translation" in preview.untranslated.text()
    assert "Intervention text (14)" in preview.untranslated.text()  # counted, not listed
    assert preview.untranslated.toolTip().count("\n") == len(dialog.notes.untranslated) - 1
    preview.grab().save(str(screenshot_dir / "preview-untranslated.png"))
