"""The app's SVG icons (resources/icons), drawn in the palette's text colour.

The line icons use `currentColor`; it is replaced by the window text colour before
rendering, so the same files serve light and dark palettes. Call `clear_cache()` when
the palette changes and fetch the icons again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from migdesk.paths import resource

_SIZES = (16, 20, 24, 32, 48, 64)


def icon(name: str) -> QIcon:
    """The icon called name (file resources/icons/<name>.svg) in the current text colour."""
    palette = QGuiApplication.palette()
    return _icon(name, palette.color(QPalette.ColorRole.WindowText).name())


def app_icon() -> QIcon:
    """MigDesk's own, coloured application icon."""
    return _icon("migdesk", "")


def clear_cache() -> None:
    """Forget rendered icons (after a palette change)."""
    _icon.cache_clear()


@cache
def _icon(name: str, colour: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    source = path.read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode("utf-8")))
    # A quieter drawing for disabled actions (the line icons only).
    muted = source.replace('stroke="currentColor"', f'stroke="{colour}" stroke-opacity="0.35"')
    dim = QSvgRenderer(QByteArray(muted.encode("utf-8"))) if colour else None
    result = QIcon()
    ratio = _device_pixel_ratio()
    for size in _SIZES:
        result.addPixmap(_render(renderer, size, ratio))
        if dim is not None:
            result.addPixmap(_render(dim, size, ratio), QIcon.Mode.Disabled)
    return result


def _device_pixel_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return max(1.0, screen.devicePixelRatio()) if screen is not None else 1.0


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent (QtCore.Qt costs start-up 30-45 ms to load)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
