"""Render the app icon (resources/icons/migdesk.svg) into the hicolor theme sizes.

    .venv/bin/python packaging/linux/render_icons.py          # write the PNGs
    .venv/bin/python packaging/linux/render_icons.py --check  # exit 1 if one is out of date

Writes packaging/linux/icons/hicolor/<n>x<n>/apps/io.github.migdesk.MigDesk.png for the
sizes desktops ask for (menus 16-24, launchers and docks 32-64, software centres and
HiDPI 128-512) and a copy of the SVG under scalable/apps. Desktops scale an SVG well at
large sizes but blur the small ones and some (older KDE, XFCE panels, AppStream
screenshots of the menu) only look for PNGs, hence both. Rendered with Qt's QSvgRenderer,
which the app already depends on (no cairosvg). The PNGs are committed: building a
package should not need Qt's renderer, and `--check` keeps them in step with the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "migdesk.svg"
THEME = Path(__file__).resolve().parent / "icons" / "hicolor"
APP_ID = "io.github.migdesk.MigDesk"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> bytes:
    """The icon as PNG bytes, size x size pixels, transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def targets() -> dict[Path, bytes]:
    """Every file of the icon theme with the bytes it should hold."""
    files = {THEME / "scalable" / "apps" / f"{APP_ID}.svg": SOURCE.read_bytes()}
    for size in SIZES:
        files[THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = render(size)
    return files


def _same_picture(old: bytes, new: bytes, suffix: str) -> bool:
    """Whether two files show the same icon. PNG encoders of other Qt versions write other
    bytes for the same pixels, so PNGs are compared pixel by pixel, with a little slack
    for antialiasing differences."""
    if old == new or suffix != ".png":
        return old == new
    from PySide6.QtGui import QImage

    a, b = QImage.fromData(old), QImage.fromData(new)
    if a.size() != b.size():
        return False
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    return max(abs(x - y) for x, y in zip(pa, pb, strict=True)) <= 8


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    # No window is opened; Qt's image classes still want a QGuiApplication for the
    # painter's font and colour setup. Offscreen works without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - must stay alive
    stale = []
    for path, data in targets().items():
        if path.exists() and _same_picture(path.read_bytes(), data, path.suffix):
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in stale:
        verb = "out of date" if args.check else "wrote"
        print(f"render_icons: {verb} {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
