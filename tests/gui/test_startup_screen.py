"""The start-up screen: painted at once, file names drawn as plain text, before SQLAlchemy."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QSplashScreen, QWidget
from pytestqt.qtbot import QtBot

from migdesk.gui import app as app_module
from migdesk.gui import prompts
from migdesk.gui.startup_screen import HEIGHT, WIDTH, show_startup_screen
from tests.gui.test_app import _run_until_open

ROOT = Path(__file__).resolve().parents[2]


def test_startup_screen_shows_a_painted_picture(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    splash = show_startup_screen(app, tmp_path / "<b>x</b> & <i>ceam.sqlite")
    qtbot.addWidget(splash)
    assert splash.isVisible()
    pixmap = splash.pixmap()
    assert not pixmap.isNull()
    ratio = pixmap.devicePixelRatio()
    assert (round(pixmap.width() / ratio), round(pixmap.height() / ratio)) == (WIDTH, HEIGHT)
    assert splash.message() == ""  # nothing through showMessage, which would parse HTML
    image = splash.grab().toImage()
    assert not image.isNull()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 4  # drawn, not blank
    splash.close()
    if os.environ.get("MIGDESK_SCREENSHOTS"):  # the picture in the README
        shown = show_startup_screen(app, Path("~/.local/share/MigDesk/migdesk.sqlite"))
        qtbot.addWidget(shown)
        assert shown.grab().save(str(ROOT / "docs" / "images" / "startup-screen.png"))
        shown.close()


def test_showing_does_not_wait_for_qsplashscreens_timeout(qtbot: QtBot) -> None:
    """Qt 6's QSplashScreen blocks 1 s in its Show event; StartupScreen skips that."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    started = time.monotonic()
    splash = show_startup_screen(app, "ceam.sqlite")
    elapsed = time.monotonic() - started
    qtbot.addWidget(splash)
    assert splash.isVisible() and elapsed < 0.9
    splash.close()


def test_the_collector_is_paused_while_the_screen_is_up(qtbot: QtBot) -> None:
    """Start-up's long-lived objects are not walked again and again; frozen once it is up."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    splash = show_startup_screen(app, "ceam.sqlite")
    qtbot.addWidget(splash)
    assert not gc.isenabled()
    splash.close()
    assert gc.isenabled() and gc.get_freeze_count() > frozen


def test_a_long_file_name_is_elided_not_widening_the_screen(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    splash = show_startup_screen(app, "/data/" + "committee-" * 40 + ".sqlite")
    qtbot.addWidget(splash)
    assert splash.width() == WIDTH and splash.height() == HEIGHT
    splash.close()


def test_run_closes_the_startup_screen_before_offering_the_demo(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db_path = tmp_path / "default.sqlite"
    monkeypatch.setenv("MIGDESK_DB", str(db_path))
    splashes_seen: list[int] = []

    def confirm(parent: QWidget | None, title: str, text: str, **kw: Any) -> bool:
        splashes_seen.append(
            sum(isinstance(w, QSplashScreen) and w.isVisible() for w in app.topLevelWidgets())
        )
        return False

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(prompts, "confirm", confirm)
    windows = _run_until_open(qtbot, monkeypatch, tmp_path)
    app_module.run(db_path, None)
    assert splashes_seen == [0]
    windows[0].close()


def test_app_and_startup_screen_do_not_import_sqlalchemy() -> None:
    """run() can show the start-up screen before SQLAlchemy and the main window load."""
    code = (
        "import sys, migdesk.gui.app, migdesk.gui.startup_screen\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m == 'migdesk.gui.main_window']\n"
        "print(heavy)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_long_names_are_elided_in_the_middle(qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    from migdesk.gui.startup_screen import _elide_middle

    metrics = QFontMetricsF(QFont())
    name = "CEAM delegation archive 2009-2026 with every briefing " * 3 + "final.sqlite"
    short = _elide_middle(metrics, name, 200)
    assert metrics.horizontalAdvance(short) <= 200 and "…" in short
    assert name.startswith(short.split("…")[0]) and name.endswith(short.split("…")[1])
    assert len(short) > 10  # as much as fits, not just the ellipsis
    assert _elide_middle(metrics, "ceam.sqlite", 200) == "ceam.sqlite"
    assert _elide_middle(metrics, name, 0) == "…"
