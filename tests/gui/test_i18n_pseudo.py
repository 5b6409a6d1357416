"""The pseudo-locale test: with every translatable string marked ⟦…⟧, no window shows English.

Every window, dialog and form is opened on the demo database with a generated
translation that wraps each message lupdate finds in ⟦ ⟧; any visible text (labels,
buttons, menus, titles, tabs, headers, placeholders, tooltips, combo items, list cells)
that is not marked, not a value from the database and not Qt's own fails the test: it
would stay English in Spanish, French and Portuguese.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from migdesk import APP_NAME, __version__
from migdesk.gui.about_dialog import AboutDialog
from migdesk.gui.error_dialog import ErrorDialog
from migdesk.gui.export_dialog import ExportDialog
from migdesk.gui.i18n import LANGUAGES
from migdesk.gui.import_dialog import ImportDialog
from migdesk.gui.main_window import MainWindow
from migdesk.gui.print_dialogs import PacketDialog, PdfPreviewDialog
from migdesk.gui.record_form import NewRecordDialog
from migdesk.gui.restore_dialog import RestoreDialog
from migdesk.gui.settings import Settings
from migdesk.gui.translations_dialog import TranslationsDialog
from migdesk.services.demo import demo_id
from migdesk.services.exchange import export_file
from migdesk.services.kinds import KINDS, label
from migdesk.services.printing import write_summary
from migdesk.services.records import get_record, list_records
from migdesk.store.database import Database
from tests.gui.i18n_pseudo import build_pseudo_qm, normal, unmarked, visible_texts

MEETING = demo_id("meeting")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The marking translation, built once from the current sources."""
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    """The marking translation installed for one test."""
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def data_texts(db: Database) -> set[str]:
    """Every text value and record label in the database, as the window may show them."""
    found = {db.path.name, db.path.stem, str(db.path)}
    for kind in KINDS:
        for record in list_records(db, kind):
            found.add(record.label)
            found.add(label(kind, record.values))
            for value in record.values.values():
                if isinstance(value, str):
                    found.add(value)
                elif isinstance(value, list):
                    found.update(v for v in value if isinstance(v, str))
    found.add(APP_NAME)  # the product's name, never translated
    found.update(LANGUAGES.values())  # each language named in itself (View > Language)
    return {normal(t) for t in found if t and t.strip()}


def check(widget: QWidget, data: set[str]) -> list[str]:
    return unmarked(visible_texts(widget), data)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_db: Database, pseudo: None) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.db = None


def test_main_window_and_every_form_show_only_marked_text(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    data = data_texts(demo_db)
    problems = check(window, data)
    for tabs in window.findChildren(QTabWidget):  # the side panel: browse, search, history
        for n in range(tabs.count()):
            tabs.setCurrentIndex(n)
            problems += check(window, data)
    for kind in KINDS:
        records = list_records(demo_db, kind)
        if records and kind not in ("attachments", "translations", "offices"):
            assert window.show_record(kind, records[0].id)
            problems += check(window, data)
    assert not problems, "\n".join(problems)


def test_new_record_dialogs_show_only_marked_text(
    qtbot: QtBot, demo_db: Database, pseudo: None
) -> None:
    data = data_texts(demo_db)
    problems = []
    for kind in KINDS:
        if kind in ("attachments", "translations", "offices"):
            continue
        dialog = NewRecordDialog(kind, demo_db, {})
        qtbot.addWidget(dialog)
        dialog.show()
        problems += check(dialog, data)
        dialog.close()
    assert not problems, "\n".join(problems)


def test_dialogs_show_only_marked_text(
    qtbot: QtBot, demo_db: Database, tmp_path: Path, pseudo: None
) -> None:
    data = data_texts(demo_db)
    exchange = tmp_path / "demo.migdesk"
    export_file(demo_db, exchange)
    summary = tmp_path / "summary.pdf"
    write_summary(demo_db, MEETING, summary)
    backups = []
    for reason in ("before-restore", "before-0006"):
        backup = tmp_path / f"demo-20260101T120000000000Z-{reason}.sqlite"
        backup.write_bytes(b"")
        backups.append(backup)
    dialogs: list[QWidget] = [
        AboutDialog(),
        ErrorDialog("ValueError: x", "Traceback: details"),
        ExportDialog(demo_db),
        ImportDialog(demo_db, exchange),
        PacketDialog(demo_db, None, [MEETING]),
        PdfPreviewDialog(summary),
        RestoreDialog(backups),
        TranslationsDialog(demo_db, get_record(demo_db, "meetings", MEETING)),
    ]
    data |= {"ValueError: x", "Traceback: details", exchange.name, summary.name}
    data |= {str(b) for b in backups} | {QLocale().formattedDataSize(0)}  # Qt's own words
    data.add(f"{APP_NAME} {__version__}")
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, ImportDialog):
            qtbot.waitUntil(lambda d=dialog: d.preview is not None or d.error is not None, timeout=30_000)
        problems += check(dialog, data)
        dialog.close()
    assert not problems, "\n".join(problems)
