"""Translatable text and the interface language (Qt's tr() and lupdate conventions).

The interface speaks one of the OAS official languages: English (the source text),
Spanish, French or Portuguese. Which one: $MIGDESK_LANG, else the language chosen in
View > Language (remembered in the settings), else the system locale. Translators are
installed once, when the application starts; a new choice applies at the next start.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from migdesk.message_catalog import language_code

#: The interface languages, each named in itself (endonyms are never translated).
LANGUAGES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}
ENV_VAR = "MIGDESK_LANG"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark text for translation in context without translating it yet; returns text."""
    return text


def translate(context: str, text: str) -> str:
    """text in the user's language (as marked with QT_TRANSLATE_NOOP in context)."""
    return QCoreApplication.translate(context, text)


def count_text(n: int, one: str, many: str) -> str:
    """'1 record' / '5 records': one and many already translated, many holding %1."""
    return one if n == 1 else many.replace("%1", str(n))


def interface_language(chosen: str | None = None) -> str:
    """The language to use: $MIGDESK_LANG, else chosen (the setting), else the system's."""
    for candidate in (os.environ.get(ENV_VAR), chosen, QLocale.system().name()):
        code = language_code(candidate)
        if code:
            return code
    return "en"


def translations_folder() -> Path | None:
    """MigDesk's compiled translations (resources/translations/migdesk_*.qm), if shipped."""
    from migdesk.paths import resource

    try:
        folder = resource("translations")
    except FileNotFoundError:
        return None
    return folder if folder.is_dir() else None


def qt_translations_folder() -> str:
    """Where Qt's own qtbase_xx.qm files are: Qt's idea, else the PySide6 package's folder."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not list(folder.glob("qtbase_*.qm")):
        import PySide6

        folder = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return str(folder)


def install_translators(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Install Qt's own translations (qtbase_xx.qm from the PySide6 install) and MigDesk's.

    Also makes the language's locale the default (dates, numbers, Qt's dialogs). Returns
    the translators installed, for remove_translators; English installs none.
    """
    app = app or QCoreApplication.instance()
    assert app is not None, "no application"
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed = []
    qt_folder = qt_translations_folder()
    own_folder = translations_folder()
    for name, folder in (("qtbase", qt_folder), ("migdesk", own_folder)):
        translator = QTranslator(app)
        # By locale: "pt" finds qtbase_pt_BR.qm (Qt ships Brazilian Portuguese) and migdesk_pt.qm.
        if folder and translator.load(QLocale(language), name, "_", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(translators: list[QTranslator]) -> None:
    """Undo install_translators (tests switch languages within one application)."""
    app = QCoreApplication.instance()
    for translator in translators:
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
