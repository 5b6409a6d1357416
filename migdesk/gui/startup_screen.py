"""The start-up screen: shown at once, while the rest of the app (SQLAlchemy, the
main window) is still being imported and the database opened.

Keep this module light: it may import only PySide6, migdesk, migdesk.gui.icons,
migdesk.services.collector and migdesk.paths, so that the screen appears before the
heavy imports (tests/gui/test_startup_screen.py checks that SQLAlchemy is not loaded). It does not
touch the QtCore.Qt namespace either (its enums take 30-45 ms to load): text is
centred and elided here.

While the screen is up, Python's cyclic garbage collector is paused: start-up makes
hundreds of thousands of objects that live as long as the app (modules, classes, the
mapped models, the window's widgets), and the collector passed over them about two
hundred times (some 50 ms) without anything to free. When the screen closes they are
frozen (`gc.freeze`: later passes skip them) and the collector runs again.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHideEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen, QWidget

from migdesk import APP_NAME, __version__
from migdesk.gui import icons
from migdesk.services import collector

WIDTH, HEIGHT = 440, 250  # logical pixels
MARGIN = 28
ICON_SIZE = 64  # the largest size icons.app_icon() renders
EXPOSE_TIMEOUT = 0.5  # seconds to wait for the window system to map the screen


class StartupScreen(QSplashScreen):
    """A QSplashScreen that does not block for a second when shown, and pauses the
    cyclic garbage collector until it closes."""

    def __init__(self, pixmap: QPixmap) -> None:
        super().__init__(pixmap)
        collector.pause()
        self._collector_paused = True

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt API)
        """The app is up: freeze what start-up made, then let the collector run again."""
        if self._collector_paused:
            self._collector_paused = False
            gc.freeze()
            collector.resume()
        super().hideEvent(event)

    def event(self, e: QEvent) -> bool:
        """Skip QSplashScreen's own handling of Show (every other event goes to it)."""
        if e.type() == QEvent.Type.Show:
            # Qt 6's QSplashScreen waits there (up to 1 s) for its window to be mapped,
            # which cannot happen before show() returns, so it always times out.
            # show_startup_screen waits for the window to be exposed instead.
            return QWidget.event(self, e)
        return super().event(e)


def show_startup_screen(app: QApplication, db_path: Path | str) -> QSplashScreen:
    """Show the start-up screen for opening db_path and paint it before returning.

    Call `finish(window)` on the result once the main window is shown (before any
    dialog can appear, so that the screen never hides one).
    """
    splash = StartupScreen(startup_pixmap(app, db_path))
    splash.setObjectName("startupScreen")
    splash.show()
    # Nothing runs the event loop during the imports that follow: let the window system
    # map the screen, then paint it now.
    handle = splash.windowHandle()
    deadline = time.monotonic() + EXPOSE_TIMEOUT
    app.processEvents()
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.005)
    splash.repaint()
    app.processEvents()
    return splash


def startup_pixmap(app: QApplication, db_path: Path | str) -> QPixmap:
    """The picture of the start-up screen: icon, name, version and the file being opened.

    Drawn in the palette's colours (light or dark) at the screen's device pixel ratio.
    The file name is user data: it is drawn as plain text, elided in the middle.
    """
    screen = app.primaryScreen()
    ratio = max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0
    pixmap = QPixmap(round(WIDTH * ratio), round(HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    palette = app.palette()
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = _blend(text, background, 0.68)
    pixmap.fill(background)

    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)

    # A subtle frame and, at the bottom, a thin band in the accent colour.
    painter.setPen(_blend(text, background, 0.22))
    painter.drawRect(QRectF(0.5, 0.5, WIDTH - 1, HEIGHT - 1))
    painter.fillRect(
        QRectF(1, HEIGHT - 4, WIDTH - 2, 3), palette.color(QPalette.ColorRole.Highlight)
    )

    title, small = _scaled(app.font(), 1.9, bold=True), _scaled(app.font(), 0.95)
    title_height, small_height = QFontMetricsF(title).height(), QFontMetricsF(small).height()
    bottom = HEIGHT - MARGIN - small_height  # the line of the file being opened

    # Icon, name and version, centred in the space above that line.
    y = (bottom - (ICON_SIZE + 14 + title_height + 2 + small_height)) / 2 + 4
    icon = icons.app_icon().pixmap(QSize(ICON_SIZE, ICON_SIZE), ratio)
    if not icon.isNull():
        target = QRectF((WIDTH - ICON_SIZE) / 2, y, ICON_SIZE, ICON_SIZE)
        painter.drawPixmap(target, icon, QRectF(icon.rect()))
    y = _line(painter, title, text, APP_NAME, y + ICON_SIZE + 14) + 2
    version = QCoreApplication.translate("StartupScreen", "Version %1").replace("%1", __version__)
    _line(painter, small, muted, version, y)

    # "Opening <name>…": only the name is elided, so that the sentence stays whole.
    template = QCoreApplication.translate("StartupScreen", "Opening %1…")
    metrics = QFontMetricsF(small)
    room = WIDTH - 2 * MARGIN - metrics.horizontalAdvance(template.replace("%1", ""))
    name = _elide_middle(metrics, Path(db_path).name, max(room, 0))
    _line(painter, small, muted, template.replace("%1", name), bottom)
    painter.end()
    return pixmap


def _line(painter: QPainter, font: QFont, colour: QColor, text: str, y: float) -> float:
    """Draw text (plain, never rich text) centred at height y; returns the y below it."""
    painter.setFont(font)
    painter.setPen(colour)
    metrics = QFontMetricsF(font)
    x = (WIDTH - metrics.horizontalAdvance(text)) / 2
    painter.drawText(QPointF(max(x, MARGIN), y + metrics.ascent()), text)
    return y + metrics.height()


def _elide_middle(metrics: QFontMetricsF, text: str, width: float) -> str:
    """text, or its start and end around "…", as long as fits in width."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)  # the most characters kept that still fit
    while low < high:
        keep = (low + high + 1) // 2
        if metrics.horizontalAdvance(_cut(text, keep)) <= width:
            low = keep
        else:
            high = keep - 1
    return _cut(text, low)


def _cut(text: str, keep: int) -> str:
    head = (keep + 1) // 2
    return text[:head] + "…" + text[len(text) - (keep - head):]


def _scaled(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def _blend(a: QColor, b: QColor, amount: float) -> QColor:
    """a mixed into b: amount 1 is a, 0 is b (an opaque colour for any palette)."""
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )
