"""The age v1 encrypted file format (https://age-encryption.org/v1), on `cryptography`.

Held to the specification and checked against Debian's `age` tool (tests/integration/
test_age_interop.py): X25519 recipients (`age1...`) and scrypt passphrases, the file key
wrapped by HKDF-SHA256 and ChaCha20-Poly1305, an HMAC-SHA256 over the header, and the
payload in ChaCha20-Poly1305 STREAM chunks of 64 KiB. Both directions stream: no file is
held in memory, and decryption stops at a size limit.

    with open(src, "rb") as f, open(dst, "wb") as out:
        encrypt(f, out, recipients=["age1..."])       # or passphrase="..."
    decrypt(f, out, identities=["AGE-SECRET-KEY-1..."], max_size=2**31)

Passphrases use scrypt with work factor 2**18 (age's own); MIGDESK_SCRYPT_WORK_FACTOR
lowers it for the test suite only (tests/conftest.py).
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from migdesk.services import bech32
from migdesk.services.errors import MigdeskError

MAGIC = b"age-encryption.org/v1"
CHUNK = 64 * 1024
_TAG = 16
_ZERO_NONCE = bytes(12)
RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
WORK_FACTOR = 18  # scrypt log2(N) for passphrases, as age chooses
WORK_FACTOR_ENV = "MIGDESK_SCRYPT_WORK_FACTOR"
MAX_WORK_FACTOR = 20  # refused above: 2**20 takes 1 GiB of memory to try
_MAX_HEADER = 64 * 1024
_MAX_STANZAS = 1000
_ARG = re.compile(rb"^[\x21-\x7e]+$")
_B64 = re.compile(r"^[A-Za-z0-9+/]*$")


class AgeError(MigdeskError):
    """An age file that cannot be decrypted (wrong key or passphrase, damaged, not age)."""


class PassphraseError(AgeError):
    """The file is encrypted with a passphrase and none (missing), or a wrong one, was given."""

    def __init__(self, message: str, *, missing: bool = False) -> None:
        super().__init__(message)
        self.missing = missing


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza of the header: `-> type args...` and its wrapped file key."""

    type: str
    args: tuple[str, ...]
    body: bytes


# ---------------------------------------------------------------- keys


def generate_identity() -> str:
    """A new X25519 identity in age's text form (AGE-SECRET-KEY-1...)."""
    raw = X25519PrivateKey.generate().private_bytes_raw()
    return bech32.encode(IDENTITY_HRP, raw).upper()


def _identity_key(identity: str) -> X25519PrivateKey:
    try:
        hrp, raw = bech32.decode(identity.strip())
    except ValueError:
        raise AgeError("not an age identity (AGE-SECRET-KEY-1...)") from None
    if hrp != IDENTITY_HRP or len(raw) != 32:
        raise AgeError("not an age identity (AGE-SECRET-KEY-1...)")
    return X25519PrivateKey.from_private_bytes(raw)


def recipient_of(identity: str) -> str:
    """The public `age1...` recipient that matches an identity."""
    public = _identity_key(identity).public_key().public_bytes_raw()
    return bech32.encode(RECIPIENT_HRP, public)


def recipient_key(recipient: str) -> bytes:
    """The 32 bytes of an `age1...` recipient; AgeError naming it if it is not one."""
    text = recipient.strip()
    try:
        hrp, raw = bech32.decode(text)
    except ValueError:
        hrp, raw = "", b""
    if hrp != RECIPIENT_HRP or len(raw) != 32 or text != text.lower():
        raise AgeError(f"{text[:70]!r} is not an age recipient (age1... of 62 characters)")
    return raw


# ---------------------------------------------------------------- primitives


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    """Canonical unpadded base64, as age requires (AgeError otherwise)."""
    if not _B64.match(text) or len(text) % 4 == 1:
        raise AgeError("malformed age header (bad base64)")
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise AgeError("malformed age header (bad base64)") from None
    if _b64(data) != text:
        raise AgeError("malformed age header (non-canonical base64)")
    return data


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info).derive(key)


def _scrypt_key(passphrase: str, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(b"age-encryption.org/v1/scrypt" + salt, 32, 2**work_factor, 8, 1)
    return kdf.derive(passphrase.encode("utf-8"))


def work_factor() -> int:
    """The scrypt work factor for new passphrase files (18; lowered by the env var in tests)."""
    value = os.environ.get(WORK_FACTOR_ENV, "")
    return int(value) if value.isdigit() and 1 <= int(value) <= MAX_WORK_FACTOR else WORK_FACTOR


def _stream_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# ---------------------------------------------------------------- encrypting


def _x25519_stanza(file_key: bytes, recipient: str) -> Stanza:
    their = recipient_key(recipient)
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(their))
    wrap = _hkdf(shared, share + their, b"age-encryption.org/v1/X25519")
    return Stanza("X25519", (_b64(share),), ChaCha20Poly1305(wrap).encrypt(_ZERO_NONCE, file_key, None))


def _scrypt_stanza(file_key: bytes, passphrase: str, factor: int) -> Stanza:
    salt = os.urandom(16)
    wrap = _scrypt_key(passphrase, salt, factor)
    return Stanza("scrypt", (_b64(salt), str(factor)),
                  ChaCha20Poly1305(wrap).encrypt(_ZERO_NONCE, file_key, None))


def _stanza_bytes(stanza: Stanza) -> bytes:
    text = _b64(stanza.body)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append("")  # the body always ends with a line shorter than 64 columns
    head = " ".join(("->", stanza.type, *stanza.args))
    return "\n".join([head, *lines]).encode("ascii") + b"\n"


def encrypt(
    source: BinaryIO,
    target: BinaryIO,
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
) -> None:
    """Encrypt source into target as an age file, for recipients or for a passphrase (not both)."""
    if bool(recipients) == bool(passphrase):
        raise AgeError("encrypt for recipients or with a passphrase (one of them)")
    file_key = os.urandom(16)
    if passphrase:
        stanzas = [_scrypt_stanza(file_key, passphrase, work_factor())]
    else:
        stanzas = [_x25519_stanza(file_key, r) for r in recipients]
    header = MAGIC + b"\n" + b"".join(_stanza_bytes(s) for s in stanzas) + b"---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, sha256).digest()
    target.write(header + b" " + _b64(mac).encode("ascii") + b"\n")
    nonce = os.urandom(16)
    target.write(nonce)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    chunk = source.read(CHUNK)
    while True:
        following = source.read(CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        target.write(aead.encrypt(_stream_nonce(counter, last), chunk, None))
        if last:
            return
        chunk, counter = following, counter + 1


# ---------------------------------------------------------------- decrypting


def is_age_file(path: Path) -> bool:
    """Whether the file starts like an age file (unreadable files: False)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC) + 1) == MAGIC + b"\n"
    except OSError:
        return False


def _line(source: BinaryIO, raw: bytearray) -> bytes:
    line = source.readline(_MAX_HEADER - len(raw) + 1)
    raw += line
    if not line.endswith(b"\n") or len(raw) > _MAX_HEADER:
        raise AgeError("malformed age header (truncated or too long)")
    return line[:-1]


def read_header(source: BinaryIO) -> tuple[list[Stanza], bytes, bytes]:
    """The stanzas, the bytes the MAC covers and the MAC of an age header (AgeError if malformed)."""
    raw = bytearray()
    if _line(source, raw) != MAGIC:
        raise AgeError("not an age file")
    stanzas: list[Stanza] = []
    while True:
        line = _line(source, raw)
        if line.startswith(b"--- "):
            mac = _unb64(line[4:].decode("ascii", "replace"))
            if len(mac) != 32:
                raise AgeError("malformed age header (bad MAC)")
            return stanzas, bytes(raw[: len(raw) - len(line) - 1 + 3]), mac
        parts = line.split(b" ")
        if parts[0] != b"->" or len(parts) < 2 or not all(_ARG.match(p) for p in parts[1:]):
            raise AgeError("malformed age header")
        body = bytearray()
        while True:
            text = _line(source, raw).decode("ascii", "replace")
            if len(text) > 64:
                raise AgeError("malformed age header (stanza line over 64 columns)")
            body += _unb64(text)
            if len(text) < 64:
                break
        args = tuple(p.decode("ascii") for p in parts[2:])
        stanzas.append(Stanza(parts[1].decode("ascii"), args, bytes(body)))
        if len(stanzas) > _MAX_STANZAS:
            raise AgeError("malformed age header (too many stanzas)")


def uses_passphrase(path: Path) -> bool:
    """Whether an age file is encrypted with a passphrase (False if unreadable or not age)."""
    try:
        with open(path, "rb") as f:
            stanzas, _, _ = read_header(f)
    except (OSError, AgeError):
        return False
    return any(s.type == "scrypt" for s in stanzas)


def _unwrap(key: bytes, body: bytes) -> bytes | None:
    if len(body) != 32:
        raise AgeError("malformed age header (wrapped key of the wrong size)")
    try:
        return ChaCha20Poly1305(key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def _unwrap_x25519(stanza: Stanza, identity: X25519PrivateKey) -> bytes | None:
    if len(stanza.args) != 1:
        raise AgeError("malformed age header (X25519 stanza)")
    share = _unb64(stanza.args[0])
    if len(share) != 32:
        raise AgeError("malformed age header (X25519 share)")
    try:
        shared = identity.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:  # a low-order point: an all-zero secret
        raise AgeError("malformed age header (X25519 share)") from None
    mine = identity.public_key().public_bytes_raw()
    return _unwrap(_hkdf(shared, share + mine, b"age-encryption.org/v1/X25519"), stanza.body)


def _unwrap_scrypt(stanza: Stanza, passphrase: str) -> bytes | None:
    if len(stanza.args) != 2 or not re.fullmatch(r"[1-9][0-9]?", stanza.args[1]):
        raise AgeError("malformed age header (scrypt stanza)")
    salt, factor = _unb64(stanza.args[0]), int(stanza.args[1])
    if len(salt) != 16:
        raise AgeError("malformed age header (scrypt salt)")
    if factor > MAX_WORK_FACTOR:
        raise AgeError(f"the passphrase work factor 2^{factor} is too high (at most 2^{MAX_WORK_FACTOR})")
    return _unwrap(_scrypt_key(passphrase, salt, factor), stanza.body)


def _file_key(stanzas: list[Stanza], identities: Sequence[str], passphrase: str | None) -> bytes:
    if any(s.type == "scrypt" for s in stanzas):
        if len(stanzas) != 1:
            raise AgeError("malformed age header (a passphrase stanza must be alone)")
        if not passphrase:
            raise PassphraseError("it is encrypted with a passphrase, and none was given", missing=True)
        key = _unwrap_scrypt(stanzas[0], passphrase)
        if key is None:
            raise PassphraseError("wrong passphrase (or the file was changed)")
        return key
    keys = [_identity_key(i) for i in identities]
    for stanza in stanzas:
        if stanza.type != "X25519":
            continue  # other recipient types (and age's random "grease" stanzas) are skipped
        for identity in keys:
            key = _unwrap_x25519(stanza, identity)
            if key is not None:
                return key
    raise AgeError("it is encrypted for other readers, not for this installation's key")


def decrypt(
    source: BinaryIO,
    target: BinaryIO,
    *,
    identities: Sequence[str] = (),
    passphrase: str | None = None,
    max_size: int,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Decrypt an age file from source into target; returns the plaintext size.

    AgeError on a wrong key or passphrase, a malformed header, damage anywhere (the
    header MAC and every chunk's tag are checked), or plaintext over max_size bytes.
    Bytes already written to target before an error must be thrown away by the caller.
    progress(bytes decrypted) is called every 16 chunks (it may raise to stop).
    """
    stanzas, covered, mac = read_header(source)
    file_key = _file_key(stanzas, identities, passphrase)
    expected = hmac.new(_hkdf(file_key, b"", b"header"), covered, sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise AgeError("the age header was changed (its MAC does not match)")
    nonce = source.read(16)
    if len(nonce) != 16:
        raise AgeError("the encrypted file is truncated")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    size = counter = 0
    chunk = source.read(CHUNK + _TAG)
    while True:
        following = source.read(CHUNK + _TAG) if len(chunk) == CHUNK + _TAG else b""
        last = not following
        if len(chunk) < _TAG or (last and counter > 0 and len(chunk) == _TAG):
            raise AgeError("the encrypted file is truncated")
        try:
            plain = aead.decrypt(_stream_nonce(counter, last), chunk, None)
        except InvalidTag:
            raise AgeError("the encrypted file is damaged or was changed") from None
        size += len(plain)
        if size > max_size:
            raise AgeError(f"it decrypts to more than the {max_size} bytes allowed")
        target.write(plain)
        if progress is not None and counter % 16 == 15:
            progress(size)
        if last:
            return size
        chunk, counter = following, counter + 1
