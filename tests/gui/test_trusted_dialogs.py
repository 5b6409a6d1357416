"""The signer line and passphrase prompt of the import preview, the export dialog's
encryption, and the Contacts and Keys dialog, driven with pytest-qt on real files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from migdesk.gui import prompts
from migdesk.gui.contacts_dialog import ContactsDialog
from migdesk.gui.export_dialog import ExportDialog
from migdesk.gui.import_dialog import ImportDialog
from migdesk.gui.passphrase_dialog import PassphraseDialog
from migdesk.services import contacts, identity
from migdesk.services.exchange import Lock, export_file, import_file
from migdesk.store.database import Database


@pytest.fixture
def sender(tmp_path: Path, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Export demo_db as "Maria López" from her own keys folder; returns export(path, lock)."""
    folder = tmp_path / "maria-keys"

    def export(path: Path, lock: Lock | None = None) -> Path:
        receiver = identity.keys_dir()
        monkeypatch.setenv("MIGDESK_KEYS_DIR", str(folder))
        if identity.load_identity() is None:
            identity.rename_identity("Maria López")
        export_file(demo_db, path, lock=lock)
        monkeypatch.setenv("MIGDESK_KEYS_DIR", str(receiver))
        return path

    export.folder = folder  # type: ignore[attr-defined]
    return export


@pytest.fixture
def here(tmp_path: Path) -> Any:
    db = Database.open(tmp_path / "here.sqlite")
    yield db
    db.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text, informative="": seen.append(informative or text))
    return seen


def _preview(qtbot: Any, dialog: ImportDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.error is not None, timeout=30_000)


def test_the_preview_names_the_signer(qtbot: Any, sender: Any, here: Database, tmp_path: Path,
                                      screenshot_dir: Path) -> None:
    path = sender(tmp_path / "from-maria.migdesk")
    dialog = ImportDialog(here, path)
    _preview(qtbot, dialog)
    words = identity.load_identity(sender.folder).fingerprint  # type: ignore[union-attr]
    text = dialog.signer.text()
    assert text.startswith("Signed by Maria López (") and words in text and "a new contact" in text
    assert not dialog.accept_key.isVisible() and dialog.import_button.isEnabled()
    dialog.resize(900, 560)
    dialog.grab().save(str(screenshot_dir / "import-signed.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in contacts.list_contacts()] == ["Maria López"]


def test_a_changed_key_is_red_and_waits_for_acceptance(qtbot: Any, sender: Any, here: Database,
                                                       tmp_path: Path, screenshot_dir: Path,
                                                       warnings: list[str]) -> None:
    import_file(here, sender(tmp_path / "first.migdesk"))  # Maria becomes a contact
    shutil.rmtree(sender.folder)  # Maria's new laptop: new keys
    second = sender(tmp_path / "second.migdesk")
    dialog = ImportDialog(here, second)
    _preview(qtbot, dialog)
    assert "A DIFFERENT KEY" in dialog.signer.text()
    assert "#b00020" in dialog.signer.styleSheet()
    assert dialog.accept_key.isVisible() and not dialog.import_button.isEnabled()
    dialog.grab().save(str(screenshot_dir / "import-changed-key.png"))
    dialog.accept_key.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    new = identity.load_identity(sender.folder).fingerprint  # type: ignore[union-attr]
    assert [c.fingerprint for c in contacts.list_contacts()] == [new]


def _answer_prompts(qtbot: Any, answers: list[str | None], seen: list[str]) -> QTimer:
    """Answer each passphrase prompt that comes up with the next answer (None: Cancel)."""
    timer = QTimer()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, PassphraseDialog) and answers:
            seen.append(box.findChild(QLabel, "passphraseText").text())
            given = answers.pop(0)
            if given is None:
                box.reject()
                return
            qtbot.keyClicks(box.edit, given)
            if box.new:
                qtbot.keyClicks(box.repeat, given)
            assert box.edit.echoMode() == box.edit.EchoMode.Password
            box.accept()

    timer.timeout.connect(answer)
    timer.start(30)
    return timer


def test_an_encrypted_file_asks_for_its_passphrase_first(qtbot: Any, sender: Any, here: Database,
                                                         tmp_path: Path) -> None:
    path = sender(tmp_path / "sealed.migdesk", Lock(passphrase="lantern tulip harbor"))
    seen: list[str] = []
    timer = _answer_prompts(qtbot, ["lantern tulip", "lantern tulip harbor"], seen)
    dialog = ImportDialog(here, path)
    _preview(qtbot, dialog)
    timer.stop()
    assert len(seen) == 2 and "is encrypted with a passphrase" in seen[0]
    assert seen[1].startswith("That passphrase does not open the file.")
    assert dialog.error is None and dialog.preview is not None and dialog.preview.added == 44
    assert dialog.signer.text().startswith("Encrypted. Signed by Maria López")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.added == 44


def test_cancelling_the_passphrase_closes_the_preview(qtbot: Any, sender: Any, here: Database,
                                                      tmp_path: Path) -> None:
    path = sender(tmp_path / "sealed.migdesk", Lock(passphrase="lantern"))
    timer = _answer_prompts(qtbot, [None], [])
    dialog = ImportDialog(here, path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=30_000):
        dialog.show()
    timer.stop()
    assert dialog.preview is None


def test_the_export_dialog_encrypts_with_generated_words(qtbot: Any, demo_db: Database, here: Database,
                                                         tmp_path: Path, screenshot_dir: Path,
                                                         warnings: list[str]) -> None:
    dialog = ExportDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "for-email.migdesk"))
    dialog.with_passphrase.setChecked(True)
    words = dialog.passphrase_row.edit.text()
    assert len(words.split("-")) == 7 and dialog.export_button.isEnabled()
    note: Any = dialog.findChild(QLabel, "exportPassphraseNote")
    assert "another way than the file" in note.text()
    dialog.grab().save(str(screenshot_dir / "export-encrypted.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert (tmp_path / "for-email.migdesk").read_bytes().startswith(b"age-encryption.org/v1\n")
    imported = ImportDialog(here, tmp_path / "for-email.migdesk", passphrase=words)
    _preview(qtbot, imported)
    assert imported.preview is not None and imported.preview.added == 44


def test_the_export_dialog_encrypts_for_a_contact(qtbot: Any, sender: Any, demo_db: Database,
                                                  here: Database, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(here, sender(tmp_path / "from-maria.migdesk"))  # Maria becomes a contact
    dialog = ExportDialog(here)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "for-maria.migdesk"))
    dialog.for_contacts.setChecked(True)
    assert not dialog.export_button.isEnabled()  # nobody chosen yet
    assert dialog.recipients.count() == 1 and dialog.recipients.item(0).text().startswith("Maria López")
    dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    monkeypatch.setenv("MIGDESK_KEYS_DIR", str(sender.folder))  # Maria opens it with her key
    other = Database.open(tmp_path / "maria-new.sqlite")
    report = import_file(other, tmp_path / "for-maria.migdesk")
    assert report.encrypted and report.added == 44
    other.close()


def test_the_contacts_dialog_lists_and_removes(qtbot: Any, sender: Any, here: Database, tmp_path: Path,
                                               screenshot_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_file(here, sender(tmp_path / "from-maria.migdesk"))
    identity.rename_identity("Jean Dupont")
    dialog = ContactsDialog()
    qtbot.addWidget(dialog)
    dialog.resize(820, 440)
    dialog.show()
    me = identity.load_identity()
    assert me is not None
    assert dialog.ui.nameEdit.text() == "Jean Dupont"
    assert dialog.ui.fingerprintValue.text() == me.fingerprint
    assert dialog.ui.recipientEdit.text() == me.age_recipient
    table = dialog.ui.contactsTable
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Maria López"
    assert table.item(0, 3).text() == contacts.list_contacts()[0].fingerprint
    table.selectRow(0)
    dialog.grab().save(str(screenshot_dir / "contacts-dialog.png"))

    dialog.ui.nameEdit.setText("Jean  Dupont (CEAM)")
    dialog.ui.nameEdit.editingFinished.emit()
    assert json.loads((identity.keys_dir() / "identity.json").read_text())["name"] == "Jean Dupont (CEAM)"

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text, **k: asked.append(text) or True)
    assert dialog.ui.removeContactButton.isEnabled()
    qtbot.mouseClick(dialog.ui.removeContactButton, Qt.MouseButton.LeftButton)
    assert asked == ["Forget the key of Maria López?"]
    assert table.rowCount() == 0 and contacts.list_contacts() == []
    assert not dialog.ui.removeContactButton.isEnabled()


def test_the_identity_moves_through_the_contacts_dialog(qtbot: Any, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    moved = tmp_path / "my-identity.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(moved), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    old = ContactsDialog()
    qtbot.addWidget(old)
    words = old.ui.fingerprintValue.text()
    seen: list[str] = []
    timer = _answer_prompts(qtbot, ["walnut harbor"], seen)
    qtbot.mouseClick(old.ui.exportIdentityButton, Qt.MouseButton.LeftButton)
    timer.stop()
    assert moved.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert "it holds your private keys" in seen[0]

    monkeypatch.setenv("MIGDESK_KEYS_DIR", str(tmp_path / "new-laptop"))
    new = ContactsDialog()
    qtbot.addWidget(new)
    assert new.ui.fingerprintValue.text() != words
    timer = _answer_prompts(qtbot, ["walnut harbor"], seen)
    qtbot.mouseClick(new.ui.importIdentityButton, Qt.MouseButton.LeftButton)
    timer.stop()
    assert new.ui.fingerprintValue.text() == words
    assert (tmp_path / "new-laptop" / "identity.previous.json").exists()
