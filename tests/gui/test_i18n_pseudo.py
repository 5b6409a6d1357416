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
from migdesk.gui.conflict_dialog import ConflictDialog
from migdesk.gui.contacts_dialog import ContactsDialog
from migdesk.gui.error_dialog import ErrorDialog
from migdesk.gui.export_dialog import ExportDialog
from migdesk.gui.history_dialog import HistoryDialog
from migdesk.gui.i18n import LANGUAGES
from migdesk.gui.import_dialog import ImportDialog
from migdesk.gui.main_window import MainWindow
from migdesk.gui.new_record_dialog import NewRecordDialog
from migdesk.gui.overview_page import OverviewDialog
from migdesk.gui.packet_dialog import PacketDialog
from migdesk.gui.passphrase_dialog import PassphraseDialog
from migdesk.gui.pdf_preview import PdfPreviewDialog
from migdesk.gui.report_review_dialog import ReportReviewDialog, record_label
from migdesk.gui.restore_dialog import RestoreDialog
from migdesk.gui.settings import Settings
from migdesk.gui.translations_dialog import TranslationsDialog
from migdesk.services.demo import demo_id
from migdesk.services.desk import Desk
from migdesk.services.errors import StaleWrite
from migdesk.services.exchange import export_file
from migdesk.services.history import HistoryItem
from migdesk.services.kinds import KINDS, label
from migdesk.services.printing import write_summary
from migdesk.services.records import get_record, list_records
from migdesk.services.report_import import read_report
from migdesk.store.database import Database
from tests.gui.i18n_pseudo import build_pseudo_qm, normal, unmarked, visible_texts

MEETING = demo_id("meeting")
REPORT = Path("/work/shared/data/ceam-2009-02-13-report.txt")


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


def a_stale_write(db: Database) -> StaleWrite:
    """The refusal a second writer meets: two desks on one database file, one field each."""
    alice, bob = Desk.open(db.path), Desk.open(db.path)
    try:
        shown = get_record(bob.db, "meetings", MEETING).values
        alice.update("meetings", MEETING, {"title": "Alice's title"})
        with pytest.raises(StaleWrite) as refused:
            bob.update("meetings", MEETING, {"title": "Bob's title"}, expected={"title": shown["title"]})
        return refused.value
    finally:
        alice.close()
        bob.close()


def test_the_newer_dialogs_show_only_marked_text(
    qtbot: QtBot, demo_db: Database, pseudo: None
) -> None:
    """Contacts, passphrase, history, a save conflict and the overview, in the pseudo-locale."""
    data = data_texts(demo_db)
    stale = a_stale_write(demo_db)
    history = [HistoryItem("notes", "Notes from B", "0123456789abcdef", "from-b.migdesk",
                           "2026-01-01T12:00:00Z", "incoming value of a conflict not kept"),
               HistoryItem("deleted_at", None, None, None, "2026-01-01T12:00:00Z",
                           "local edit replaced by import from Bob")]
    dialogs: list[QWidget] = [
        ContactsDialog(),
        PassphraseDialog(None, "⟦Title⟧", "⟦Explanation⟧", new=True),
        HistoryDialog("meetings", "CEAM", history, lambda _f, _v: True),
        ConflictDialog(stale),
        OverviewDialog(demo_db, demo_id("ceam")),
    ]
    data |= {"Alice's title", "Bob's title", "Notes from B", "from-b.migdesk", "Bob", "CEAM", "01234567"}
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found = visible_texts(dialog)
        if isinstance(dialog, ContactsDialog):  # this installation's name and keys are data
            data |= {dialog.ui.nameEdit.text(), dialog.ui.fingerprintValue.text(), dialog.ui.recipientEdit.text()}
        problems += unmarked(found, data)
        dialog.close()
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not REPORT.exists(), reason="the CEAM report is not on this machine")
def test_the_report_review_shows_only_marked_text(
    qtbot: QtBot, demo_db: Database, pseudo: None
) -> None:
    """The review of the real meeting report: only the report's own text stays as it is."""
    draft = read_report(demo_db, REPORT)
    dialog = ReportReviewDialog(draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    data = data_texts(demo_db) | {REPORT.name} | {line.text for line in draft.lines}
    for record in draft.report.records:
        data |= {v for v in record.values.values() if isinstance(v, str)} | {record_label(record)}
    problems = unmarked(visible_texts(dialog), {normal(t) for t in data if t.strip()})
    assert not problems, "\n".join(problems)
