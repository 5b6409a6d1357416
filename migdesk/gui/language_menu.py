"""View > Language: the interface language, remembered in the settings, used from the next start.

Qt installs translators when the application starts (gui/app.py); switching them in a
running window would leave every text set before the switch in the old language, so
the choice is saved and the message says, in the old and the new language, that it
applies when MigDesk starts again.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from migdesk.gui import prompts
from migdesk.gui.i18n import (
    ENV_VAR,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    language_code,
    translate,
    translations_folder,
)
from migdesk.gui.settings import Settings
from migdesk.gui.window_actions import make_action

_CONTEXT = "LanguageMenu"
_TITLE = QT_TRANSLATE_NOOP("LanguageMenu", "Language")
_LATER = QT_TRANSLATE_NOOP(
    "LanguageMenu", "MigDesk will be in %1 the next time it starts."
)
_ENV = QT_TRANSLATE_NOOP(
    "LanguageMenu", "While %1 is set, it decides the language instead (now: %2)."
)


def add_language_menu(parent_menu: QMenu, settings: Settings, window: QWidget) -> QMenu:
    """A Language submenu: the system's language, then English, Español, Français, Português."""
    menu = parent_menu.addMenu(translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = settings.language
    choices = [("", translate("LanguageMenu", "System Language")), *LANGUAGES.items()]
    for code, name in choices:
        action = make_action(menu, f"language_{code or 'system'}", name)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.triggered.connect(lambda _=False, c=code: choose_language(settings, c, window))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(settings: Settings, code: str, window: QWidget | None) -> str:
    """Remember code ("" = the system's) and say when it applies; returns the message shown."""
    settings.language = code
    settings.sync()
    language = code or language_code(QLocale.system().name()) or "en"
    message = _in(language, _LATER).replace("%1", LANGUAGES[language])
    current = translate(_CONTEXT, _LATER).replace("%1", LANGUAGES[language])
    text = current if current == message else f"{current}\n\n{message}"
    informative = ""
    if os.environ.get(ENV_VAR):
        informative = translate(_CONTEXT, _ENV).replace("%1", ENV_VAR)
        informative = informative.replace("%2", os.environ[ENV_VAR])
    prompts.inform(window, translate(_CONTEXT, _TITLE), text, informative=informative)
    return text


def _in(language: str, source: str) -> str:
    """source as the translation for language says it (English when there is none)."""
    folder = translations_folder()
    translator = QTranslator()
    if language != "en" and folder and translator.load(f"migdesk_{language}", str(folder)):
        return translator.translate(_CONTEXT, source) or source
    return source
