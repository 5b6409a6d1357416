"""The age v1 implementation on its own: chunk boundaries, truncation, tampering, limits."""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import pytest

from migdesk.services import age_format, bech32
from migdesk.services.age_format import AgeError, PassphraseError, decrypt, encrypt


def _sealed(data: bytes, **how: object) -> bytes:
    out = io.BytesIO()
    encrypt(io.BytesIO(data), out, **how)  # type: ignore[arg-type]
    return out.getvalue()


def _open(sealed: bytes, max_size: int = 2**30, **how: object) -> bytes:
    out = io.BytesIO()
    decrypt(io.BytesIO(sealed), out, max_size=max_size, **how)  # type: ignore[arg-type]
    return out.getvalue()


IDENTITY = age_format.generate_identity()
RECIPIENT = age_format.recipient_of(IDENTITY)
CHUNK = age_format.CHUNK


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 7])
def test_round_trip_at_chunk_boundaries(size: int) -> None:
    data = os.urandom(size)
    sealed = _sealed(data, recipients=[RECIPIENT])
    assert _open(sealed, identities=[IDENTITY]) == data
    chunks = max(1, -(-size // CHUNK))
    header = sealed.index(b"\n--- ") + 49  # "\n--- " + 43 characters of MAC + "\n"
    assert len(sealed) == header + 16 + size + 16 * chunks  # nonce, then one tag per chunk


def test_a_file_cut_at_a_chunk_boundary_is_refused() -> None:
    sealed = _sealed(os.urandom(2 * CHUNK), recipients=[RECIPIENT])
    with pytest.raises(AgeError, match="damaged or was changed"):
        _open(sealed[: -(CHUNK + 16)], identities=[IDENTITY])  # the last chunk dropped
    with pytest.raises(AgeError, match="damaged or was changed|truncated"):
        _open(sealed + b"more", identities=[IDENTITY])


def test_a_changed_header_or_payload_is_refused() -> None:
    sealed = _sealed(b"records", recipients=[RECIPIENT, age_format.recipient_of(age_format.generate_identity())])
    second = sealed.index(b"-> X25519 ", 30)
    with pytest.raises(AgeError, match="MAC does not match"):  # the other reader's stanza swapped
        _open(sealed[:second + 10] + bytes([sealed[second + 10] ^ 1]) + sealed[second + 11:],
              identities=[IDENTITY])
    with pytest.raises(AgeError, match="damaged or was changed"):
        _open(sealed[:-1] + bytes([sealed[-1] ^ 1]), identities=[IDENTITY])


def test_keys_passphrases_and_limits() -> None:
    sealed = _sealed(b"x" * 1000, recipients=[RECIPIENT])
    with pytest.raises(AgeError, match="for other readers"):
        _open(sealed, identities=[age_format.generate_identity()])
    with pytest.raises(AgeError, match="more than the 999 bytes"):
        _open(sealed, max_size=999, identities=[IDENTITY])
    locked = _sealed(b"minutes", passphrase="correct horse")
    assert locked.split(b"\n")[1].split(b" ")[-1] == b"10"  # tests/conftest.py lowers the work factor
    assert _open(locked, passphrase="correct horse") == b"minutes"
    with pytest.raises(PassphraseError, match="none was given"):
        _open(locked)
    with pytest.raises(PassphraseError, match="wrong passphrase"):
        _open(locked, passphrase="correct horse ")
    too_hard = locked.replace(b" 10\n", b" 21\n", 1)
    with pytest.raises(AgeError, match="too high"):
        _open(too_hard, passphrase="correct horse")


def test_the_work_factor_is_ages_outside_the_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(age_format.WORK_FACTOR_ENV)
    assert age_format.work_factor() == 18
    monkeypatch.setenv(age_format.WORK_FACTOR_ENV, "nonsense")
    assert age_format.work_factor() == 18


@pytest.mark.parametrize("header", [
    b"age-encryption.org/v2\n",
    b"age-encryption.org/v1\n-> X25519 abc\nAAA=\n--- AAAA\n",  # padded base64 in a body
    b"age-encryption.org/v1\n-> X25519\n" + b"A" * 70 + b"\n",  # a body line over 64 columns
    b"age-encryption.org/v1\n-> X25519 abc",  # truncated
    b"age-encryption.org/v1\n" + b"-> x\n\n" * 1001 + b"--- \n",  # too many stanzas
])
def test_malformed_headers_are_refused(header: bytes) -> None:
    with pytest.raises(AgeError):
        _open(header + bytes(64), identities=[IDENTITY])


def test_recipients_are_checked() -> None:
    other_last = "p" if RECIPIENT.endswith("q") else "q"  # a checksum character changed
    for bad in ("age1", "AGE1" + RECIPIENT[4:].upper(), RECIPIENT[:-1] + other_last, IDENTITY, "age1 x"):
        with pytest.raises(AgeError, match="not an age recipient"):
            age_format.recipient_key(bad)
    assert bech32.decode(RECIPIENT) == ("age", age_format.recipient_key(RECIPIENT))


@pytest.mark.skipif(shutil.which("age-keygen") is None, reason="Debian's age tool is not installed")
def test_keys_match_age_keygen() -> None:
    made = subprocess.run(["age-keygen"], capture_output=True, text=True, check=True).stdout
    secret = next(line for line in made.splitlines() if line.startswith("AGE-SECRET-KEY-1"))
    public = next(line for line in made.splitlines() if line.startswith("# public key: "))
    assert age_format.recipient_of(secret) == public.removeprefix("# public key: ")


def test_decryption_reports_progress_and_can_be_stopped() -> None:
    sealed = _sealed(os.urandom(40 * CHUNK), recipients=[RECIPIENT])
    seen: list[int] = []
    _open(sealed, identities=[IDENTITY], progress=seen.append)
    assert seen == [16 * CHUNK, 32 * CHUNK]

    def cancel(done: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _open(sealed, identities=[IDENTITY], progress=cancel)
