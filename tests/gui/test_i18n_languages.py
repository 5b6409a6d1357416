"""The window in Spanish, French and Portuguese: chosen by the locale, $MIGDESK_LANG or the setting.

The language is fixed when the application starts, so the start-up path is tested in a
fresh process (the real `make_application`, the real .qm files and Qt's own qtbase
translations from the PySide6 install); the rest installs the translators in this one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from migdesk import APP_NAME
from migdesk.gui import language_menu, prompts
from migdesk.gui.app import ORGANIZATION
from migdesk.gui.error_text import error_text, progress_text
from migdesk.gui.i18n import install_translators, interface_language, remove_translators
from migdesk.gui.labels import FIELD_TITLES, KIND_NAMES, field_title, kind_name
from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
from migdesk.services.demo import demo_id
from migdesk.services.errors import InvalidValue, StaleWrite
from migdesk.services.kinds import KINDS
from migdesk.store.database import Database

MEETING_ID = demo_id("meeting")
MENUS = {
    "en": ["File", "Edit", "Record", "View", "Help"],
    "es": ["Archivo", "Editar", "Registro", "Ver", "Ayuda"],
    "fr": ["Fichier", "Édition", "Fiche", "Affichage", "Aide"],
    "pt": ["Arquivo", "Editar", "Registro", "Exibir", "Ajuda"],
}

_MENUS_OF_A_NEW_WINDOW = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from migdesk.gui.app import make_application
from migdesk.gui.main_window import MainWindow
from migdesk.gui.settings import Settings
app = make_application([], fonts=False)
window = MainWindow(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(json.dumps({
    "menus": [a.text().replace("&", "") for a in window.menuBar().actions()],
    "qt_cancel": box.button(QDialogButtonBox.StandardButton.Cancel).text(),
}))
"""


def start_window(tmp_path: Path, **env: str) -> dict[str, object]:
    """Start a new process as `migdesk` starts (make_application) and read its menus."""
    clean = {k: v for k, v in os.environ.items() if k not in ("MIGDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    clean |= {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), **env}
    done = subprocess.run(
        [sys.executable, "-c", _MENUS_OF_A_NEW_WINDOW, str(tmp_path / "settings.ini")],
        env=clean, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("env", "language"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "pt_BR.UTF-8"}, "pt"),
        ({"LANG": "en_US.UTF-8", "MIGDESK_LANG": "es"}, "es"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # not an OAS language: English
    ],
)
def test_the_locale_or_migdesk_lang_gives_the_menus_their_language(
    tmp_path: Path, env: dict[str, str], language: str
) -> None:
    shown = start_window(tmp_path, **env)
    assert shown["menus"] == MENUS[language]
    # Qt's own buttons come from the qtbase translations of the PySide6 install.
    assert shown["qt_cancel"] == {"en": "Cancel", "es": "Cancelar", "fr": "Annuler", "pt": "Cancelar"}[language]


def test_the_setting_chosen_in_the_menu_applies_at_the_next_start(tmp_path: Path) -> None:
    # Where the app's own QSettings() lives on Linux ($XDG_CONFIG_HOME/MigDesk/MigDesk.conf).
    native = tmp_path / "config" / ORGANIZATION / f"{APP_NAME}.conf"
    settings = QSettings(str(native), QSettings.Format.IniFormat)
    Settings(settings).language = "fr"
    settings.sync()
    assert start_window(tmp_path, LANG="es_ES.UTF-8")["menus"] == MENUS["fr"]
    # $MIGDESK_LANG still wins (scripts, screenshots, support calls).
    assert start_window(tmp_path, LANG="es_ES.UTF-8", MIGDESK_LANG="pt")["menus"] == MENUS["pt"]


def test_interface_language_reads_env_then_setting_then_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIGDESK_LANG", "pt_BR")
    assert interface_language("fr") == "pt"
    monkeypatch.setenv("MIGDESK_LANG", "klingon")
    assert interface_language("fr") == "fr"
    monkeypatch.delenv("MIGDESK_LANG")
    assert interface_language("es-ES") == "es"


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish translators installed in this process for one test."""
    translators = install_translators("es", qapp)
    assert len(translators) == 2  # qtbase_es and migdesk_es
    yield
    remove_translators(translators)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, demo_db: Database) -> Iterator[MainWindow]:
    win = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.set_database(demo_db)
    win.resize(1280, 800)
    win.show()
    yield win
    win.db = None


def test_spanish_window_forms_and_messages(spanish: None, window: MainWindow, screenshot_dir: Path) -> None:
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == MENUS["es"]
    assert window.show_record("meetings", demo_id("meeting"))
    panel = window.record_panel
    assert panel.kind_label.text() == "Reunión"
    assert panel.translations_button.text().replace("&", "") == "Traducciones…"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    assert kind_name("agenda_items", 2) == "temas del orden del día"
    assert field_title("body_id", "meetings") == "Órgano"
    refusal = InvalidValue("meetings", "title", "a value is required", code="required")
    assert error_text(refusal) == "Reunión, Título: se requiere un valor"
    dates = InvalidValue("events", "end_date", "ends before it starts", code="ends_before_start",
                         params={"start": "2009-04-24", "end": "2009-04-23", "start_field": "start_date"})
    assert error_text(dates) == "Evento, Fecha de fin: termina (2009-04-23) antes de empezar (2009-04-24)"
    odd = InvalidValue("meetings", "title", "something new", code="not_in_the_table")
    assert error_text(odd) == "Reunión, Título: something new"  # as the services wrote it
    stale = StaleWrite("meetings", MEETING_ID, 2, 3, {"title": ("mine", "theirs")})
    assert error_text(stale) == "Reunión: otra persona lo cambió después de que usted empezara; no se guardó: Título."
    assert progress_text("Checking agenda_items".replace("_", " ")) == "Comprobando: temas del orden del día"
    assert progress_text("Saving") == "Guardando"
    assert progress_text("Something new") == "Something new"  # unknown: as the services wrote it
    window.grab().save(str(screenshot_dir / "main-window-es.png"))


def test_every_kind_and_field_has_a_label() -> None:
    assert set(KIND_NAMES) == set(KINDS)
    titles = {f.title for spec in KINDS.values() for f in spec.fields}
    assert titles <= set(FIELD_TITLES), titles - set(FIELD_TITLES)


def test_choosing_a_language_saves_it_and_says_when_it_applies(
    tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text, **_kw: shown.append(text))
    monkeypatch.delenv("MIGDESK_LANG", raising=False)
    names = [a.text() for a in window.language_menu.actions()]
    assert names[1:] == ["English", "Español", "Français", "Português"]
    window.language_menu.actions()[2].trigger()  # Español
    assert window.settings.language == "es"
    # Said in the language of today's window and in the chosen one.
    assert shown == ["MigDesk will be in Español the next time it starts.\n\n"
                     "MigDesk estará en Español la próxima vez que se inicie."]
    assert language_menu.choose_language(window.settings, "", window) != ""
    assert window.settings.language == ""
    # While $MIGDESK_LANG is set the message says that it, not the menu, decides.
    notes: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda *_a, informative="": notes.append(informative))
    monkeypatch.setenv("MIGDESK_LANG", "pt")
    language_menu.choose_language(window.settings, "fr", window)
    assert notes == ["While MIGDESK_LANG is set, it decides the language instead (now: pt)."]


def test_core_refusals_from_the_services_read_in_spanish(spanish: None, demo_db: Database) -> None:
    """NotFound, StillReferenced and a second translation, raised by the real services."""
    from migdesk.services import records
    from migdesk.services.errors import NotFound, StillReferenced

    with pytest.raises(NotFound) as missing:
        records.get_record(demo_db, "meetings", "12345678")
    assert error_text(missing.value) == "no existe reunión con el identificador «12345678»"
    agenda = records.list_records(demo_db, "documents")[0]
    with pytest.raises(StillReferenced) as used:
        records.delete_record(demo_db, "documents", agenda.id)
    assert error_text(used.value).startswith(
        "no se puede eliminar «CE/AM-59/08 rev. 1: Agenda» (documento): 1 registro(s) todavía "
        "hacen referencia a él (“2009-02-13")
    with pytest.raises(InvalidValue) as twice:
        records.create_record(demo_db, "translations", {
            "record_id": MEETING_ID, "field": "title", "language": "es", "text": "Otra"})
    assert error_text(twice.value) == (
        "Traducción, Idioma: este campo ya tiene una traducción al español: modifique su texto")


def test_refused_exchange_files_read_in_spanish(spanish: None, demo_db: Database, tmp_path: Path) -> None:
    from migdesk.services.exchange import import_file
    from migdesk.services.exchange_file import ExchangeFileError

    not_zip = tmp_path / "nota.migdesk"
    not_zip.write_bytes(b"This is not an exchange file.\n" * 10)
    with pytest.raises(ExchangeFileError) as refused:
        import_file(demo_db, not_zip)
    assert error_text(refused.value) == "nota.migdesk no es un archivo de intercambio de MigDesk"
    with pytest.raises(ExchangeFileError) as missing:
        import_file(demo_db, tmp_path / "ninguno.migdesk")
    assert error_text(missing.value) == "ninguno.migdesk: el archivo no existe"
