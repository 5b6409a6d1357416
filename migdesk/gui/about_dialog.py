"""Help > About MigDesk: version, what the app is, and the licences of what it ships."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from migdesk import APP_NAME, __version__
from migdesk.gui.forms.ui_about_dialog import Ui_AboutDialog
from migdesk.gui.icons import app_icon
from migdesk.paths import resource


def _read(*parts: str) -> str:
    try:
        return resource(*parts).read_text(encoding="utf-8")
    except OSError:
        return ""


class AboutDialog(QDialog):
    """The About box: a summary tab and one tab per licence (plain text, copyable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)  # the layout: ui/about_dialog.ui
        ui = self.ui
        self.setObjectName("aboutDialog")
        ui.logo.setPixmap(app_icon().pixmap(64, 64))
        ui.aboutTitle.setText(f"{APP_NAME} {__version__}")
        font = ui.aboutTitle.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        ui.aboutTitle.setFont(font)
        ui.versions.setText(
            self.tr("Qt %1 · PySide6 %2").replace("%1", qVersion()).replace("%2", pyside_version)
        )
        ui.versions.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.tabs = ui.licenceTabs
        ui.licenceMigDesk.setPlainText(self._app_licence())
        ui.licenceQt.setPlainText(self._qt_licence())
        ui.licenceFonts.setPlainText(_read("fonts", "LICENSE-DejaVu.txt"))
        ui.licenceIcons.setPlainText(_read("icons", "LICENSE.txt"))
        ui.aboutButtons.rejected.connect(self.reject)
        ui.aboutButtons.button(QDialogButtonBox.StandardButton.Close).setObjectName(
            "aboutCloseButton"
        )

    def _app_licence(self) -> str:
        return self.tr(
            "MigDesk is free software: you can redistribute it and/or modify it under the "
            "terms of the GNU General Public License as published by the Free Software "
            "Foundation, either version 3 of the License, or (at your option) any later "
            "version.\n\n"
            "MigDesk is distributed in the hope that it will be useful, but WITHOUT ANY "
            "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR "
            "A PARTICULAR PURPOSE. See the GNU General Public License for more details: "
            "https://www.gnu.org/licenses/gpl-3.0.html\n\n"
            "SPDX-License-Identifier: GPL-3.0-or-later"
        )

    def _qt_licence(self) -> str:
        return (
            self.tr(
                "MigDesk uses Qt %1 through PySide6 %2 (Qt for Python), both by The Qt "
                "Company and contributors, under the GNU Lesser General Public License "
                "version 3 (LGPL-3.0). MigDesk links to the unmodified Qt and PySide6 "
                "libraries dynamically; you may replace them with your own builds.\n\n"
                "Source code and licence texts: https://www.qt.io/licensing/ , "
                "https://code.qt.io/ and https://www.gnu.org/licenses/lgpl-3.0.html\n\n"
                "Other libraries: SQLAlchemy and Alembic (MIT), ReportLab (BSD), pypdf (BSD), "
                "pypdfium2 (Apache-2.0 / BSD), platformdirs (MIT), icalendar (BSD), "
                "jsonschema (MIT)."
            )
            .replace("%1", qVersion())
            .replace("%2", pyside_version)
        )
