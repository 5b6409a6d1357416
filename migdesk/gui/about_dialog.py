"""Help > About MigDesk: version, what the app is, and the licences of what it ships."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from migdesk import APP_NAME, __version__
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
        self.setObjectName("aboutDialog")
        self.setAccessibleName(self.tr("About MigDesk"))
        self.setWindowTitle(self.tr("About MigDesk"))
        self.resize(620, 520)

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel(f"{APP_NAME} {__version__}", self)
        name.setObjectName("aboutTitle")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        name.setFont(font)
        blurb = QLabel(
            self.tr(
                "Meetings, mandates and follow-up of the OAS Special Committee on Migration "
                "Issues (CEAM) and the regional processes it works with, kept offline on "
                "your computer and exchanged between delegates as files."
            ),
            self,
        )
        blurb.setWordWrap(True)
        versions = QLabel(
            self.tr("Qt %1 · PySide6 %2").replace("%1", qVersion()).replace("%2", pyside_version),
            self,
        )
        versions.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        head_text = QVBoxLayout()
        head_text.setSpacing(6)
        head_text.addWidget(name)
        head_text.addWidget(blurb)
        head_text.addWidget(versions)
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(logo)
        head.addLayout(head_text, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("licenceTabs")
        self.tabs.setAccessibleName(self.tr("Licences"))
        self.tabs.addTab(self._text_tab("licenceMigDesk", self._app_licence()), self.tr("MigDesk"))
        self.tabs.addTab(self._text_tab("licenceQt", self._qt_licence()), self.tr("Qt and PySide6"))
        self.tabs.addTab(
            self._text_tab("licenceFonts", _read("fonts", "LICENSE-DejaVu.txt")),
            self.tr("DejaVu fonts"),
        )
        self.tabs.addTab(
            self._text_tab("licenceIcons", _read("icons", "LICENSE.txt")), self.tr("Icons")
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("aboutButtons")
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("aboutCloseButton")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text_tab(self, name: str, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text, self)
        view.setObjectName(name)
        view.setAccessibleName(name)
        view.setReadOnly(True)
        return view

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
