"""The command line's refusals in Spanish, French, Portuguese: --lang, $MIGDESK_LANG, the locale.

The prefix `migdesk: error:` and the exit code never change; the sentence comes from the
window's own translations (resources/translations/*.ts), worded from the reason code.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from migdesk.cli import main
from migdesk.services.demo import demo_id

MEETING = demo_id("meeting")
AGENDA = "3e9326a1"  # the demo's agenda document, which the meeting refers to


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("MIGDESK_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "init", "--demo"]) == 0
    return path


def refusal(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("migdesk: error: ")
    return err.removeprefix("migdesk: error: ").rstrip("\n")


def test_not_found_in_spanish_with_lang_and_english_by_default(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    show = ["--db", str(demo_db), "show", "meetings", "12345678"]
    assert refusal(capsys, show) == "no meeting with id '12345678'"
    assert refusal(capsys, ["--lang", "es", *show]) == "no existe reunión con el identificador «12345678»"
    assert refusal(capsys, ["--lang", "es", "--db", str(demo_db), "show", "meetings", "zz"]) == (
        "«zz» no es un identificador de reunión (un UUID o sus primeros 8 caracteres o más)")


def test_still_referenced_in_french_from_the_locale(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    line = refusal(capsys, ["--db", str(demo_db), "delete", "documents", AGENDA])
    assert line.startswith("impossible de supprimer « CE/AM-59/08 rev. 1: Agenda » (document) : "
                           "1 autre(s) fiche(s) y renvoient encore (“2009-02-13")


def test_a_second_translation_refused_in_portuguese_from_migdesk_lang(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIGDESK_LANG", "pt")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")  # MIGDESK_LANG comes first
    line = refusal(capsys, ["--db", str(demo_db), "add", "translations", "--set",
                            f"record_id={MEETING}", "--set", "field=title", "--set",
                            "language=es", "--set", "text=Otra"])
    assert line == ("translations.language: este campo já tem uma tradução para espanhol: "
                    "altere o seu texto")
    monkeypatch.setenv("MIGDESK_LANG", "en")
    english = refusal(capsys, ["--db", str(demo_db), "import", str(demo_db.parent / "none.migdesk")])
    assert english == f"{demo_db.parent / 'none.migdesk'}: no such file"  # as it always was


def _signed_but_changed(demo_file: Path, path: Path) -> Path:
    """The demo file with its manifest changed after signing (the signature kept)."""
    with zipfile.ZipFile(demo_file) as zf:
        items = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(items["manifest.json"])
    assert "signer" in manifest
    manifest["exported_at"] = "2009-02-14T00:00:00.000000Z"
    items["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    return path


def test_exchange_files_refused_in_spanish(
    demo_db: Path, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.integration.test_exchange_hostile import CASES, members

    valid = members(demo_file)
    expected = {
        "not a zip": "{} no es un archivo de intercambio de MigDesk",
        "newer format": "{} fue creado por una versión más reciente de MigDesk: actualice MigDesk "
                        "para importarlo",
        "path with ../": "{} se rechazó por no ser seguro y no se importó nada (unsafe member path",
        "checksum mismatch": "{} no puede importarse: checksum mismatch for records/meetings.json",
    }
    for case, sentence in expected.items():
        bad = tmp_path / f"{case.replace('/', '_').replace(' ', '-')}.migdesk"
        bad.write_bytes(CASES[case](dict(valid)))
        line = refusal(capsys, ["--lang", "es", "--db", str(demo_db), "import", str(bad)])
        assert line.startswith(sentence.format(bad.name)), line
    changed = _signed_but_changed(demo_file, tmp_path / "changed.migdesk")
    assert refusal(capsys, ["--lang", "es", "--db", str(demo_db), "import", str(changed)]) == (
        "la firma de changed.migdesk no es válida: el archivo se modificó después de firmado, o "
        "lo firmó otra clave que la que indica")
    missing = refusal(capsys, ["--lang", "es", "--db", str(demo_db), "import", str(tmp_path / "no.migdesk")])
    assert missing == "no.migdesk: el archivo no existe"


def test_a_stale_write_in_french(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(demo_db)]
    assert main([*db, "set", "meetings", MEETING[:8], "--set", "place=Salle Simón Bolívar"]) == 0
    line = refusal(capsys, ["--lang", "fr", *db, "set", "meetings", MEETING[:8], "--if-version", "1",
                            "--set", "place=Washington"])
    assert line.startswith("« 2009-02-13  Linking OAS efforts")
    assert line.endswith("» (réunion) a été modifié par quelqu’un d’autre depuis sa lecture "
                         "(version 2 maintenant) : place non enregistré(s)")
