"""Starting the desktop client: `migdesk` without a subcommand calls `run`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from migdesk import APP_NAME, __version__
from migdesk.gui import icons
from migdesk.gui.i18n import install_translators, interface_language
from migdesk.gui.settings import Settings
from migdesk.gui.startup_screen import show_startup_screen
from migdesk.paths import database_location, resource

ORGANIZATION = "MigDesk"


def make_application(argv: list[str] | None = None, *, fonts: bool = True) -> QApplication:
    """The QApplication, named for QSettings, with the app icon and Qt's own translations.

    The style and palette are the platform's: Qt 6 follows the system's light or dark
    colour scheme, and the icons are drawn in the palette's text colour. fonts=False
    leaves the bundled fonts to load_fonts() (run() shows the start-up screen first).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setDesktopFileName("migdesk")
    app.setWindowIcon(icons.app_icon())
    if fonts:
        load_fonts()
    _install_translations(app)
    return app


def load_fonts() -> None:
    """Make the bundled DejaVu fonts available (documents may carry any accented letter)."""
    try:
        folder = resource("fonts")
    except FileNotFoundError:
        return
    # Only DejaVu: the other shipped fonts are for printing other scripts (ReportLab);
    # loaded into Qt they would change the interface's own font and its line heights.
    for font in sorted(folder.glob("DejaVu*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def _install_translations(app: QApplication) -> None:
    """Qt's own strings (standard buttons) and MigDesk's, in the interface language."""
    install_translators(interface_language(Settings().language), app)


def run(db_path: Path | str, exchange_file: str | None) -> int:
    """Open the window on db_path (an exchange file, if given, in the import preview).

    The start-up screen shows first, while the main window's modules (SQLAlchemy and
    the rest) are imported and the window is built.
    """
    app = make_application(fonts=False)
    db_path = database_location(str(db_path))
    splash = show_startup_screen(app, db_path)
    load_fonts()
    try:
        # Imported here, not at the top: the start-up screen shows before these imports
        # (the main window's pull in SQLAlchemy and most of the app).
        from migdesk.gui.error_dialog import install_exception_hook

        install_exception_hook()
        from migdesk.gui.main_window import MainWindow

        window = MainWindow(Settings())
    except BaseException:
        splash.close()  # never left over the error dialog
        raise
    # The window shows once the database is in it (one paint); the start-up screen
    # closes then, before open_database can ask anything (first start).
    window.startup_screen = splash
    task = window.open_database(db_path, offer_demo=True)  # any empty database: the demo offered
    if exchange_file:
        task.succeeded.connect(lambda _db: window.open_exchange_file(exchange_file))
    return app.exec()
