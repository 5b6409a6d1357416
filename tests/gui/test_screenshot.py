"""The main window renders: demo open, the CEAM meeting selected, its form shown.

MIGDESK_SCREENSHOTS=1 also writes docs/images/main-window.png (the picture in the docs).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
from migdesk.services.demo import demo_id
from migdesk.store.database import Database

DOCS_IMAGE = Path(__file__).resolve().parents[2] / "docs" / "images" / "main-window.png"


def render_main_window(qtbot: QtBot, db: Database, settings_file: Path) -> QImage:
    """The window at 1280x800 showing the demo meeting, as an image."""
    window = MainWindow(Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    window.set_database(db)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_record("meetings", demo_id("meeting"))
    window.navigator.setFocus()
    qtbot.wait(100)
    image = window.grab().toImage()
    window.db = None
    return image


def test_main_window_renders_the_demo_meeting(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    image = render_main_window(qtbot, demo_db, tmp_path / "s.ini")
    assert (image.width(), image.height()) == (1280, 800)
    colours = {
        QColor(image.pixel(x, y)).name() for x in range(0, 1280, 37) for y in range(0, 800, 23)
    }
    assert len(colours) > 8  # drawn, not blank
    image.save(str(tmp_path / "main-window.png"))
    if os.environ.get("MIGDESK_SCREENSHOTS"):
        DOCS_IMAGE.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(DOCS_IMAGE))
