"""The app's SVG icons (resources/icons), drawn in the palette's text colour.

The line icons use `currentColor`; it is replaced by the window text colour before
rendering, so the same files serve light and dark palettes. Call `clear_cache()` when
the palette changes and fetch the icons again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from migdesk.paths import resource


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
    normal = source.replace("currentColor", colour).encode("utf-8")
    # A quieter drawing for disabled actions (the line icons only).
    muted = source.replace('stroke="currentColor"', f'stroke="{colour}" stroke-opacity="0.35"')
    return QIcon(SvgIconEngine(normal, muted.encode("utf-8") if colour else None))


class SvgIconEngine(QIconEngine):
    """Draws an SVG icon at each size when first asked for it, then keeps the pixmap.

    Rendering every size up front cost start-up about 70 ms for the window's actions,
    most of them never shown at most of those sizes.
    """

    def __init__(self, normal: bytes, disabled: bytes | None) -> None:
        super().__init__()
        self._sources = (normal, disabled)
        self._renderers: dict[bool, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, bool, float], QPixmap] = {}

    def clone(self) -> QIconEngine:  # noqa: D102 (Qt's)
        return SvgIconEngine(*self._sources)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: D102
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802, D102
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        dim = mode == QIcon.Mode.Disabled and self._sources[1] is not None
        key = (size.width(), size.height(), dim, scale)
        if key not in self._pixmaps:
            self._pixmaps[key] = _render(self._renderer(dim), size, scale)
        return self._pixmaps[key]

    def paint(  # noqa: D102
        self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State
    ) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def _renderer(self, dim: bool) -> QSvgRenderer:
        if dim not in self._renderers:
            source = self._sources[1] if dim and self._sources[1] is not None else self._sources[0]
            self._renderers[dim] = QSvgRenderer(QByteArray(source))
        return self._renderers[dim]


def _render(renderer: QSvgRenderer, size: QSize, ratio: float) -> QPixmap:
    width, height = round(size.width() * ratio), round(size.height() * ratio)
    pixmap = QPixmap(max(width, 1), max(height, 1))
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent (QtCore.Qt costs start-up 30-45 ms to load)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
