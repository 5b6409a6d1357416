"""This installation's keys: an Ed25519 key that signs exchange files and an age X25519
identity that opens files encrypted for it.

They live in the user data folder (keys/identity.json, readable by its owner only; the
folder is $MIGDESK_KEYS_DIR when set, which the tests use), never in the database:
databases are copied and shared, keys are not. The identity is made at the first export.
"Export my identity" writes it age-encrypted with a passphrase, to carry to a new laptop.
"""

from __future__ import annotations

import base64
import getpass
import io
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from migdesk import APP_NAME
from migdesk.services import age_format
from migdesk.services.errors import MigdeskError
from migdesk.services.words import fingerprint

KEYS_ENV = "MIGDESK_KEYS_DIR"
IDENTITY_FILE = "identity.json"
PREVIOUS_FILE = "identity.previous.json"
_KIND = "migdesk-identity"
_MAX_IDENTITY_FILE = 64 * 1024


class IdentityError(MigdeskError):
    """An identity file that cannot be read, written or imported."""


def keys_dir() -> Path:
    """The folder of this user's keys and contacts: $MIGDESK_KEYS_DIR, else the user data folder."""
    env = os.environ.get(KEYS_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "keys"


def now() -> str:
    """The current UTC time as stored in key files."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def b64(data: bytes) -> str:
    """Standard base64 text of bytes (public keys and signatures in files)."""
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class Identity:
    """This installation's signing key and age identity, and the name it signs with."""

    name: str
    signing_key: bytes  # Ed25519 private key, 32 raw bytes
    age_identity: str  # AGE-SECRET-KEY-1...
    created_at: str

    @property
    def public_key(self) -> bytes:
        """The Ed25519 public key (32 bytes) that verifies this identity's signatures."""
        return Ed25519PrivateKey.from_private_bytes(self.signing_key).public_key().public_bytes_raw()

    @property
    def age_recipient(self) -> str:
        """The age1... recipient others encrypt files to."""
        return age_format.recipient_of(self.age_identity)

    @property
    def fingerprint(self) -> str:
        """The public key as words, to compare by phone."""
        return fingerprint(self.public_key)

    def sign(self, message: bytes) -> bytes:
        """The Ed25519 signature of message."""
        return Ed25519PrivateKey.from_private_bytes(self.signing_key).sign(message)

    def to_json(self, *, secret: bool = False) -> dict[str, Any]:
        """The public description (`identity show --json`), or with secret the whole file."""
        data: dict[str, Any] = {"name": self.name, "public_key": b64(self.public_key),
                                "fingerprint": self.fingerprint,
                                "age_recipient": self.age_recipient, "created_at": self.created_at}
        if secret:
            data = {"kind": _KIND, "version": 1, "name": self.name, "created_at": self.created_at,
                    "signing_key": b64(self.signing_key), "age_identity": self.age_identity}
        return data


def _default_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "MigDesk user"


def _parse(data: bytes, where: str) -> Identity:
    try:
        value = json.loads(data.decode("utf-8"))
        if not isinstance(value, dict) or value.get("kind") != _KIND:
            raise ValueError("not a MigDesk identity")
        raw = base64.b64decode(value["signing_key"], validate=True)
        name, created, age_id = value["name"], value["created_at"], value["age_identity"]
        if len(raw) != 32 or not all(isinstance(v, str) for v in (name, created, age_id)):
            raise ValueError("damaged identity")
        identity = Identity(name[:200], raw, age_id, created)
        identity.age_recipient  # noqa: B018 (checks the age identity)
    except (ValueError, KeyError, TypeError, age_format.AgeError) as exc:
        raise IdentityError(f"{where}: not a MigDesk identity ({exc})") from None
    return identity


def write_private(path: Path, data: bytes) -> None:
    """Write a file readable by its owner only (0600, in a 0700 folder), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def load_identity(folder: Path | None = None) -> Identity | None:
    """This installation's identity, or None before the first export."""
    path = (folder or keys_dir()) / IDENTITY_FILE
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise IdentityError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return _parse(data, str(path))


def _save(identity: Identity, folder: Path) -> None:
    data = json.dumps(identity.to_json(secret=True), indent=1).encode()
    try:
        write_private(folder / IDENTITY_FILE, data)
    except OSError as exc:
        raise IdentityError(f"{folder}: the keys cannot be saved ({exc.strerror or exc})") from None


def load_or_create_identity(folder: Path | None = None) -> Identity:
    """This installation's identity, made (and saved, mode 0600) if there is none yet."""
    folder = folder or keys_dir()
    identity = load_identity(folder)
    if identity is None:
        signing = Ed25519PrivateKey.generate().private_bytes_raw()
        identity = Identity(_default_name(), signing, age_format.generate_identity(), now())
        _save(identity, folder)
    return identity


def rename_identity(name: str, folder: Path | None = None) -> Identity:
    """Change the name this installation signs with (the keys stay)."""
    name = "".join(c for c in " ".join(name.split()) if c.isprintable())
    if not name or len(name) > 200:
        raise IdentityError("a signer name needs 1 to 200 characters")
    folder = folder or keys_dir()
    old = load_or_create_identity(folder)
    identity = Identity(name, old.signing_key, old.age_identity, old.created_at)
    _save(identity, folder)
    return identity


def export_identity(path: Path, passphrase: str, folder: Path | None = None) -> Identity:
    """Write this installation's identity to path, age-encrypted with passphrase."""
    if not passphrase:
        raise IdentityError("an identity is exported with a passphrase")
    identity = load_or_create_identity(folder)
    plain = io.BytesIO(json.dumps(identity.to_json(secret=True)).encode())
    out = io.BytesIO()
    age_format.encrypt(plain, out, passphrase=passphrase)
    write_private(Path(path), out.getvalue())
    return identity


def import_identity(path: Path, passphrase: str, folder: Path | None = None) -> Identity:
    """Make the identity exported to path this installation's own (the old one is kept aside)."""
    folder = folder or keys_dir()
    out = io.BytesIO()
    try:
        with open(path, "rb") as f:
            age_format.decrypt(f, out, passphrase=passphrase, max_size=_MAX_IDENTITY_FILE)
    except age_format.AgeError as exc:
        raise IdentityError(f"{path}: {exc}") from None
    except OSError as exc:
        raise IdentityError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    identity = _parse(out.getvalue(), str(path))
    old = load_identity(folder)
    if old is not None and old != identity:
        write_private(folder / PREVIOUS_FILE, (folder / IDENTITY_FILE).read_bytes())
    _save(identity, folder)
    return identity
