"""Signed and encrypted exchange files, through the real command line and real files.

Each "installation" is a database file and a keys folder ($MIGDESK_KEYS_DIR); a refused
import must leave both the database and the contacts exactly as they were.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from migdesk.cli import main
from migdesk.services.exchange_file import SIGNATURE_PREFIX

AGE = shutil.which("age")
needs_age = pytest.mark.skipif(AGE is None, reason="Debian's age tool is not installed "
                                                   "(packaging/setup-dev.sh installs it)")


class Installation:
    """A database and a keys folder, driven through `migdesk` as a delegate would."""

    def __init__(self, folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
        folder.mkdir()
        self.db, self.keys = folder / "desk.sqlite", folder / "keys"
        self.mp, self.capsys = monkeypatch, capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        self.mp.setenv("MIGDESK_KEYS_DIR", str(self.keys))
        self.capsys.readouterr()
        code = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 0, err
        return out

    def state(self) -> tuple[str, bytes]:
        """The whole database and the contacts file: what 'nothing written' compares."""
        with contextlib.closing(sqlite3.connect(self.db)) as conn:
            dump = "\n".join(conn.iterdump())
        contacts = self.keys / "contacts.json"
        return dump, contacts.read_bytes() if contacts.exists() else b""

    def refused(self, *args: str) -> str:
        """Run an import that must fail: exit 1, one error line, nothing written."""
        before = self.state()
        code, out, err = self.run(*args)
        assert code == 1 and out == "" and len(err.splitlines()) == 1, (code, out, err)
        assert err.startswith("migdesk: error: ")
        assert self.state() == before
        return err


@pytest.fixture
def alice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Installation:
    a = Installation(tmp_path / "alice", monkeypatch, capsys)
    a.ok("init", "--demo")
    a.ok("identity", "rename", "Alice Delegate")
    return a


@pytest.fixture
def bob(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Installation:
    b = Installation(tmp_path / "bob", monkeypatch, capsys)
    b.ok("init")
    return b


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def repack(path: Path, items: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items.items():
            zf.writestr(name, data)


def test_a_signed_export_imports_with_its_signer_named(alice: Installation, bob: Installation,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "from-alice.migdesk"
    alice.ok("export", str(path))
    items = members(path)
    manifest = json.loads(items["manifest.json"])
    assert manifest["format_version"] == 3 and manifest["signer"]["name"] == "Alice Delegate"
    me = json.loads(alice.ok("identity", "show", "--json"))
    assert manifest["signer"]["public_key"] == me["public_key"]
    assert manifest["signer"]["age_recipient"] == me["age_recipient"]
    assert stat.S_IMODE((alice.keys / "identity.json").stat().st_mode) == 0o600
    assert "Alice" not in (alice.db.read_bytes().decode("latin-1"))  # keys stay out of the database

    first = json.loads(bob.ok("import", str(path), "--json"))
    assert first["added"] == 44
    assert first["signature"] | {"public_key": None} == {
        "status": "new", "installation_id": manifest["installation_id"], "signer": "Alice Delegate",
        "public_key": None, "fingerprint": me["fingerprint"], "previous_fingerprint": None}
    assert len(me["fingerprint"].split()) == 8
    listed = json.loads(bob.ok("contacts", "list", "--json"))
    assert [(c["name"], c["fingerprint"]) for c in listed] == [("Alice Delegate", me["fingerprint"])]
    again = bob.ok("import", str(path))
    assert again.startswith(f"Signed by Alice Delegate ({manifest['installation_id'][:8]}), key "
                            f"{me['fingerprint']}: the key known for this installation\n")


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def test_a_byte_changed_in_any_member_is_refused(alice: Installation, bob: Installation,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "signed.migdesk"
    alice.ok("export", str(path))
    items = members(path)
    assert len(items) > 10
    for name, data in items.items():
        if name == "manifest.json":  # the year's second digit (0 -> 1): still a valid manifest
            changed_data = _flip(data, data.index(b'"exported_at":"20') + 16)
        elif name == "signature.json":  # one base64 character for another
            at = data.index(b'"signature":"') + 20
            changed_data = data[:at] + (b"B" if data[at:at + 1] != b"B" else b"C") + data[at + 1:]
        else:
            changed_data = _flip(data, len(data) // 2)
        changed = tmp_path / f"changed-{name.replace('/', '-')}.migdesk"
        repack(changed, {**items, name: changed_data})
        err = bob.refused("import", str(changed))
        if name in ("manifest.json", "signature.json"):
            assert "the signature does not verify" in err, err
        else:
            assert f"checksum mismatch for {name}: changed after it was signed" in err, err


def test_a_signature_by_another_key_is_refused(alice: Installation, bob: Installation,
                                               tmp_path: Path) -> None:
    path = tmp_path / "signed.migdesk"
    alice.ok("export", str(path))
    items = members(path)
    forged = Ed25519PrivateKey.generate().sign(SIGNATURE_PREFIX + items["manifest.json"])
    items["signature.json"] = json.dumps({"algorithm": "ed25519",
                                          "signature": base64.b64encode(forged).decode()}).encode()
    repack(path, items)
    assert "the signature does not verify" in bob.refused("import", str(path))
    unsigned_but_named = {k: v for k, v in items.items() if k != "signature.json"}
    repack(path, unsigned_but_named)
    assert "one is missing" in bob.refused("import", str(path))


def test_a_signer_name_on_several_lines_is_refused(alice: Installation, bob: Installation,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "signed.migdesk"
    alice.ok("export", str(path))
    items = members(path)
    manifest = json.loads(items["manifest.json"])
    key = Ed25519PrivateKey.generate()
    manifest["signer"] = {"name": "Eve\nmigdesk: imported", "public_key": base64.b64encode(
        key.public_key().public_bytes_raw()).decode()}
    items["manifest.json"] = json.dumps(manifest).encode()
    items["signature.json"] = json.dumps({"algorithm": "ed25519", "signature": base64.b64encode(
        key.sign(SIGNATURE_PREFIX + items["manifest.json"])).decode()}).encode()
    repack(path, items)
    assert "signer.name is not in the expected form" in bob.refused("import", str(path))


def test_a_known_installation_with_a_different_key_needs_acceptance(
        alice: Installation, bob: Installation, tmp_path: Path) -> None:
    first, second = tmp_path / "first.migdesk", tmp_path / "second.migdesk"
    alice.ok("export", str(first))
    bob.ok("import", str(first))
    old = json.loads(alice.ok("identity", "show", "--json"))["fingerprint"]
    shutil.rmtree(alice.keys)  # Alice's laptop was replaced and her keys not carried over
    alice.ok("set", "meetings", "b2077722", "--set", "title=Changed on the new laptop")
    alice.ok("export", str(second))
    new = json.loads(alice.ok("identity", "show", "--json"))["fingerprint"]
    assert new != old

    err = bob.refused("import", str(second))
    assert "A DIFFERENT KEY" in err and old in err and "--accept-new-key" in err
    preview = json.loads(bob.ok("import", str(second), "--dry-run", "--json"))
    assert preview["signature"]["status"] == "changed"
    assert preview["signature"]["previous_fingerprint"] == old
    assert preview["signature"]["fingerprint"] == new

    done = json.loads(bob.ok("import", str(second), "--accept-new-key", "--json"))
    assert done["updated"] == 1 and done["signature"]["status"] == "changed"
    assert [c["fingerprint"] for c in json.loads(bob.ok("contacts", "list", "--json"))] == [new]
    assert json.loads(bob.ok("import", str(second), "--json"))["signature"]["status"] == "known"


def test_unsigned_files_import_with_a_note_unless_the_installation_signed_before(
        alice: Installation, bob: Installation, tmp_path: Path) -> None:
    path, signed = tmp_path / "old.migdesk", tmp_path / "signed.migdesk"
    alice.ok("export", str(path))
    items = members(path)
    manifest = json.loads(items.pop("signature.json") and items["manifest.json"])
    del manifest["signer"]
    manifest["format_version"] = 1  # a file made by the MigDesk of last year
    repack(path, {**items, "manifest.json": json.dumps(manifest).encode()})
    out = bob.ok("import", str(path), "--dry-run")
    assert out.startswith("Not signed (made by an older MigDesk)")
    assert json.loads(bob.ok("import", str(path), "--dry-run", "--json"))["signature"]["status"] == "unsigned"

    alice.ok("export", str(signed))
    bob.ok("import", str(signed))
    assert "NOT SIGNED, although files from Alice Delegate" in bob.refused("import", str(path))
    bob.ok("import", str(path), "--accept-new-key")


def _passphrase(tmp_path: Path, text: str, name: str) -> str:
    (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    return str(tmp_path / name)


def test_a_passphrase_export_needs_the_right_passphrase(alice: Installation, bob: Installation,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "for-email.migdesk"
    right = _passphrase(tmp_path, "otter-maple-cloud-violin-harbor-tulip-wagon", "right")
    wrong = _passphrase(tmp_path, "otter-maple-cloud-violin-harbor-tulip-wagons", "wrong")
    alice.ok("export", str(path), "--passphrase-file", right)
    data = path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert b"Alice" not in data and b"manifest" not in data  # names and ids are hidden too

    assert "encrypted with a passphrase, and none was given" in bob.refused("import", str(path))
    assert "wrong passphrase" in bob.refused("import", str(path), "--passphrase-file", wrong)
    damaged = tmp_path / "damaged.migdesk"
    damaged.write_bytes(_flip(data, len(data) - 100))
    assert "damaged or was changed" in bob.refused("import", str(damaged), "--passphrase-file", right)
    done = json.loads(bob.ok("import", str(path), "--passphrase-file", right, "--json"))
    assert done["added"] == 44 and done["encrypted"] is True
    assert done["signature"]["signer"] == "Alice Delegate"


def test_recipients_and_passphrase_are_checked_before_anything_is_written(
        alice: Installation, tmp_path: Path) -> None:
    path = tmp_path / "x.migdesk"
    code, _, err = alice.run("export", str(path), "--recipient", "age1notakey")
    assert code == 1 and "'age1notakey' is not an age recipient" in err
    empty = _passphrase(tmp_path, "", "empty")
    code, _, err = alice.run("export", str(path), "--passphrase-file", empty)
    assert code == 1 and "the passphrase" in err and "empty" in err
    assert not path.exists() and list(tmp_path.glob("*.part")) == []


@needs_age
def test_a_recipient_export_decrypts_with_debians_age(alice: Installation, tmp_path: Path) -> None:
    made = subprocess.run(["age-keygen", "-o", str(tmp_path / "reader.key")], capture_output=True,
                          text=True, check=True)
    recipient = made.stderr.split("Public key: ")[1].strip()
    path = tmp_path / "for-reader.migdesk"
    other = json.loads(alice.ok("identity", "show", "--json"))["age_recipient"]
    alice.ok("export", str(path), "--recipient", recipient, "--recipient", other)
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n-> X25519 ")
    plain = subprocess.run([AGE or "age", "-d", "-i", str(tmp_path / "reader.key"), str(path)],
                           capture_output=True, check=True).stdout
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["signer"]["name"] == "Alice Delegate" and zf.testzip() is None


@needs_age
def test_a_file_encrypted_by_age_to_our_key_imports(alice: Installation, bob: Installation,
                                                    tmp_path: Path) -> None:
    plain, sealed = tmp_path / "plain.migdesk", tmp_path / "sealed.migdesk"
    alice.ok("export", str(plain))
    ours = json.loads(bob.ok("identity", "show", "--json"))["age_recipient"]
    subprocess.run([AGE or "age", "-r", ours, "-o", str(sealed), str(plain)], check=True)
    done = json.loads(bob.ok("import", str(sealed), "--json"))
    assert done["added"] == 44 and done["encrypted"] is True
    assert "for other readers" in alice.refused("import", str(sealed))


@needs_age
def test_our_passphrase_files_open_with_age(alice: Installation, tmp_path: Path) -> None:
    """age reads a passphrase only from a terminal: give it one."""
    import pty

    path, out = tmp_path / "p.migdesk", tmp_path / "p.zip"
    alice.ok("export", str(path), "--passphrase-file", _passphrase(tmp_path, "correct horse", "pw"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, on the terminal
        os.execvp(AGE or "age", ["age", "-d", "-o", str(out), str(path)])
    prompt = b""
    while b"passphrase" not in prompt:
        prompt += os.read(fd, 100)
    os.write(fd, b"correct horse\n")
    with contextlib.suppress(OSError):
        while os.read(fd, 100):
            pass
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    assert zipfile.ZipFile(out).testzip() is None


def test_the_identity_moves_to_a_new_laptop_with_its_passphrase(
        alice: Installation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    moved = tmp_path / "alice-identity.age"
    pw = _passphrase(tmp_path, "harbor lantern", "pw")
    before = json.loads(alice.ok("identity", "show", "--json"))
    alice.ok("identity", "export", str(moved), "--passphrase-file", pw)
    assert moved.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert stat.S_IMODE(moved.stat().st_mode) == 0o600
    laptop = Installation(tmp_path / "laptop", monkeypatch, capsys)
    code, _, err = laptop.run("identity", "import", str(moved), "--passphrase-file",
                              _passphrase(tmp_path, "harbour lantern", "bad"))
    assert code == 1 and "wrong passphrase" in err and not laptop.keys.exists()
    laptop.ok("identity", "import", str(moved), "--passphrase-file", pw)
    assert json.loads(laptop.ok("identity", "show", "--json")) == before


def test_a_contact_can_be_removed(alice: Installation, bob: Installation, tmp_path: Path) -> None:
    path = tmp_path / "a.migdesk"
    alice.ok("export", str(path))
    bob.ok("import", str(path))
    installation = json.loads(bob.ok("contacts", "list", "--json"))[0]["installation_id"]
    assert bob.ok("contacts", "remove", installation[:8]).startswith("removed Alice Delegate")
    assert json.loads(bob.ok("contacts", "list", "--json")) == []
    code, _, err = bob.run("contacts", "remove", installation[:8])
    assert code == 1 and "no contact" in err


def test_an_export_without_a_place_for_the_keys_writes_nothing(alice: Installation, tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("a file where the keys folder should be")
    alice.keys = tmp_path / "not-a-folder" / "keys"
    code, out, err = alice.run("export", str(tmp_path / "x.migdesk"))
    assert code == 1 and out == "" and err.startswith("migdesk: error: ")
    assert "not-a-folder/keys" in err and len(err.splitlines()) == 1  # names the keys folder
    assert not (tmp_path / "x.migdesk").exists()
