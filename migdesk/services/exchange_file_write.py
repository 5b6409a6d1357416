"""Writing an exchange file: records, merge parents, clocks and attachments zipped with a
manifest of their checksums, signed, optionally encrypted, and renamed into place whole.
"""

from __future__ import annotations

import base64
import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from migdesk.atomic_write import atomic_file
from migdesk.services import age_format
from migdesk.services.kinds import KINDS

if TYPE_CHECKING:
    from migdesk.services.identity import Identity
from migdesk.services.exchange_file import (
    CLOCKS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    PARENTS,
    SIGNATURE,
    SIGNATURE_PREFIX,
    Lock,
    Snapshot,
)


def _json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def write_exchange_file(
    path: Path,
    manifest: dict[str, Any],
    records: dict[str, list[Snapshot]],
    parents: dict[str, dict[str, Any] | None],
    blobs: Iterable[tuple[str, bytes]],
    clocks: dict[str, dict[str, Any]] | None = None,
    *,
    signer: Identity | None = None,
    lock: Lock | None = None,
) -> int:
    """Write an exchange file atomically (temp file, fsync, rename); returns its size.

    manifest gets format, format_version, counts and sha256 filled in here, and the
    signer when there is one (then signature.json signs the manifest). With a lock the
    zip is written to a temporary file and encrypted into path (signed, then encrypted).
    """
    members: list[tuple[str, bytes, int]] = []
    for kind in KINDS:
        if records.get(kind):
            members.append(
                (f"records/{kind}.json", _json_bytes(records[kind]), zipfile.ZIP_DEFLATED)
            )
    if parents:
        members.append((PARENTS, _json_bytes(parents), zipfile.ZIP_DEFLATED))
    if clocks:
        members.append((CLOCKS, _json_bytes(clocks), zipfile.ZIP_DEFLATED))
    for sha, data in blobs:
        members.append((f"attachments/{sha}", data, zipfile.ZIP_STORED))
    full = {
        **manifest,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "counts": {k: len(records.get(k, [])) for k in KINDS},
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data, _ in members},
    }
    if signer is not None:
        full["signer"] = {"name": signer.name, "public_key": _b64(signer.public_key),
                          "age_recipient": signer.age_recipient}
    manifest_bytes = _json_bytes(full)
    if signer is not None:
        signature = signer.sign(SIGNATURE_PREFIX + manifest_bytes)
        members.insert(0, (SIGNATURE, _json_bytes({"algorithm": "ed25519",
                                                   "signature": _b64(signature)}),
                           zipfile.ZIP_DEFLATED))
    path = Path(path)
    with atomic_file(path) as raw:
        if lock:
            with tempfile.TemporaryFile(dir=path.parent) as plain:
                _write_zip(plain, manifest_bytes, members)
                plain.seek(0)
                age_format.encrypt(plain, raw, recipients=lock.recipients,
                                   passphrase=lock.passphrase)
        else:
            _write_zip(raw, manifest_bytes, members)
    return path.stat().st_size


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _write_zip(raw: BinaryIO, manifest: bytes, members: list[tuple[str, bytes, int]]) -> None:
    with zipfile.ZipFile(raw, "w") as zf:
        zf.writestr(_info(MANIFEST, zipfile.ZIP_DEFLATED), manifest)
        for name, data, method in members:
            zf.writestr(_info(name, method), data)


def _info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible bytes
    info.compress_type = method
    info.external_attr = 0o644 << 16
    return info

