"""Starting the app (`migdesk` without a subcommand): names, first start, an exchange file."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from migdesk.gui import app as app_module
from migdesk.gui import prompts
from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
from migdesk.services.records import count


@pytest.fixture(autouse=True)
def _same_locale_after() -> Iterator[None]:
    """run() makes the interface language's locale the default: restore it for later tests."""
    default = QLocale()
    yield
    QLocale.setDefault(default)


def _run_until_open(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> list[MainWindow]:
    """Make run() return once its window shows a database, instead of running forever."""
    windows: list[MainWindow] = []

    def shown() -> list[MainWindow]:
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]

    def exec_() -> int:
        qtbot.waitUntil(lambda: bool(shown()), timeout=20000)  # once its database is in it
        window = shown()[0]
        windows.append(window)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.db is not None, timeout=20000)
        return 0

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(app_module, "Settings", lambda: settings)
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    return windows


def test_run_opens_the_default_database_and_offers_the_demo(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db_path = tmp_path / "default.sqlite"
    monkeypatch.setenv("MIGDESK_DB", str(db_path))
    asked: list[str] = []

    def confirm(parent: QWidget | None, title: str, text: str, **kw: Any) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(prompts, "confirm", confirm)
    windows = _run_until_open(qtbot, monkeypatch, tmp_path)
    assert app_module.run(db_path, None) == 0
    window = windows[0]
    assert QCoreApplication.organizationName() == "MigDesk"
    assert QCoreApplication.applicationName() == "MigDesk"
    assert not QApplication.windowIcon().isNull()
    assert asked and "Load the demo" in asked[0]
    assert window.db is not None and count(window.db, "interventions") == 14
    assert sys.excepthook is not sys.__excepthook__
    window.close()


def test_run_with_an_exchange_file_opens_the_import_preview(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MIGDESK_DB", str(tmp_path / "default.sqlite"))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    opened: list[str] = []
    monkeypatch.setattr(MainWindow, "open_exchange_file", lambda self, path: opened.append(path))
    windows = _run_until_open(qtbot, monkeypatch, tmp_path)
    app_module.run(tmp_path / "other.sqlite", "from-colleague.migdesk")
    qtbot.waitUntil(lambda: opened == ["from-colleague.migdesk"])
    windows[0].close()


def test_message_boxes_show_every_text_as_typed(qtbot: QtBot) -> None:
    """User text reaches message boxes (file names, values, errors): never as markup."""
    box = prompts._box(None, QMessageBox.Icon.Warning, "Import", "<b>a.migdesk</b>",
                       informative="<i>x</i> & <a href='y'>y</a>", details="<b>d</b>")
    qtbot.addWidget(box)
    labels = {label.objectName(): label for label in box.findChildren(QLabel)}
    for name, text in (("qt_msgbox_label", "<b>a.migdesk</b>"),
                       ("qt_msgbox_informativelabel", "<i>x</i> & <a href='y'>y</a>")):
        assert labels[name].text() == text
        assert labels[name].textFormat() == Qt.TextFormat.PlainText, name
