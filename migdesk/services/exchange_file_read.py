"""Reading an exchange file whole: safe member names and sizes (zip bombs, zip slip),
decryption, the signature, every checksum, every member parsed and checked, counts and
ids; the checked content or one ExchangeFileError line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from migdesk.services import age_format
from migdesk.services.exchange_file import (
    ADDED_FIELDS,
    BLOB_MEMBER,
    CLOCKS,
    FOLDERS,
    MANIFEST,
    MAX_BLOB,
    MAX_ENCRYPTED,
    MAX_JSON_MEMBER,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_SIGNATURE,
    MAX_TOTAL,
    PARENTS,
    RATIO_FLOOR,
    READ_CHUNK,
    RECORD_MEMBER,
    SIGNATURE,
    SIGNATURE_PREFIX,
    ExchangeContent,
    ExchangeFileError,
    PassphraseError,
    ProgressFn,
    Signer,
    Unlock,
    file_error,
)
from migdesk.services.exchange_json import check_bounds, parse_json
from migdesk.services.exchange_validation import (
    check_dates,
    check_manifest,
    records_check,
    validate,
    validate_records,
)
from migdesk.services.kinds import KINDS


def _check_member_names(path: Path, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """The file members (folders dropped); refuses unsafe, unexpected and duplicate names."""
    if len(infos) > MAX_MEMBERS:
        raise file_error(path, f"too many members ({len(infos)}; at most {MAX_MEMBERS})", "file_unsafe")
    seen: set[str] = set()
    out = []
    for info in infos:
        name = info.filename
        shown = name[:80].encode("unicode_escape").decode("ascii")
        if (
            name.startswith(("/", "\\"))
            or "\\" in name
            or re.match(r"^[A-Za-z]:", name)
            or ".." in name.split("/")
            or "\x00" in name
        ):
            raise file_error(path, f"unsafe member path {shown!r} (absolute or leaving the archive)", "file_unsafe")
        if name in seen:
            raise file_error(path, f"member {shown!r} appears twice", "file_unsafe")
        seen.add(name)
        if name in FOLDERS and info.file_size == 0:
            continue
        kind_match = RECORD_MEMBER.match(name)
        if not (
            name in (MANIFEST, PARENTS, CLOCKS, SIGNATURE)
            or BLOB_MEMBER.match(name)
            or (kind_match and kind_match.group(1) in KINDS)
        ):
            raise file_error(path, f"unexpected member {shown!r}", "file_unsafe")
        if info.flag_bits & 0x1:
            raise file_error(path, f"member {shown!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise file_error(path, f"member {shown!r} uses an unsupported compression method")
        out.append(info)
    if MANIFEST not in seen:
        raise file_error(path, "no manifest.json: not a MigDesk exchange file", "not_exchange_file")
    return out


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Zip-bomb guard on the declared sizes (reading enforces them: see _read_member)."""
    total = 0
    for info in infos:
        limit = MAX_BLOB if info.filename.startswith("attachments/") else MAX_JSON_MEMBER
        if info.file_size > limit:
            raise file_error(path, f"member {info.filename} is too large ({info.file_size} bytes)", "file_unsafe")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise file_error(
                path,
                f"member {info.filename} expands {info.file_size // max(info.compress_size, 1)}"
                " times when unpacked (a zip bomb?)", "file_unsafe",
            )
        total += info.file_size
    if total > MAX_TOTAL:
        raise file_error(path, f"unpacks to {total} bytes, more than the {MAX_TOTAL} allowed", "file_unsafe")


def _read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than its declared size (zipfile enforces it, and the CRC)."""
    parts: list[bytes] = []
    got = 0
    with zf.open(info) as member:
        while chunk := member.read(READ_CHUNK):
            got += len(chunk)
            if got > info.file_size:
                raise file_error(path, f"member {info.filename} is larger than it declares")
            parts.append(chunk)
    return b"".join(parts)


def read_exchange_file(
    path: Path | str,
    known_revisions: list[str],
    progress: ProgressFn | None = None,
    *,
    unlock: Unlock | None = None,
) -> ExchangeContent:
    """Read and check a whole exchange file; ExchangeFileError on the first problem.

    An encrypted file is opened with unlock (a passphrase or this installation's age
    identities); a signed file's signature must verify.
    """
    path = Path(path)
    report = progress or (lambda done, total, text: None)
    try:
        with _opened(path, unlock or Unlock(), report) as (source, encrypted), \
                zipfile.ZipFile(source) as zf:
            infos = _check_member_names(path, zf.infolist())
            _check_sizes(path, infos)
            by_name = {i.filename: i for i in infos}
            manifest_bytes = _read_member(path, zf, by_name[MANIFEST])
            manifest = parse_json(path, MANIFEST, manifest_bytes)
            check_manifest(path, manifest, known_revisions)
            signature = by_name.get(SIGNATURE)
            signer = _check_signature(
                path, manifest, manifest_bytes,
                None if signature is None else _read_member(path, zf, signature))
            sums: dict[str, str] = manifest["sha256"]
            listed, present = set(sums), set(by_name) - {MANIFEST, SIGNATURE}
            if listed != present:
                which = sorted(listed ^ present)[0][:80]
                state = "is missing" if which in listed else "is not listed in the manifest"
                raise file_error(path, f"member {which!r} {state}")
            content = ExchangeContent(manifest, {}, signer=signer, encrypted=encrypted)
            total = sum(i.file_size for i in infos) or 1
            done = 0
            for info in infos:
                if info.filename in (MANIFEST, SIGNATURE):
                    continue
                data = _read_member(path, zf, info)
                done += info.file_size
                report(done, total, info.filename)
                if hashlib.sha256(data).hexdigest() != sums[info.filename]:
                    after = ": changed after it was signed" if signer else " (damaged file?)"
                    raise file_error(path, f"checksum mismatch for {info.filename}{after}")
                _take_member(path, content, info.filename, data)
    except ExchangeFileError:
        raise
    except zipfile.BadZipFile as exc:
        raise file_error(path, f"not a MigDesk exchange file (not a readable zip: {exc})",
                    "not_exchange_file") from None
    except (zlib.error, EOFError) as exc:
        raise file_error(path, f"damaged zip data ({exc})") from None
    except (NotImplementedError, RuntimeError) as exc:
        raise file_error(path, f"unsupported zip feature ({exc})") from None
    except IsADirectoryError:
        raise file_error(path, "is a folder, not an exchange file", "not_exchange_file") from None
    except FileNotFoundError:
        raise file_error(path, "no such file", "no_such_file") from None
    except OSError as exc:
        raise file_error(path, f"cannot be read ({exc.strerror or exc})", "file_unreadable") from None
    _check_content(path, content)
    return content


@contextmanager
def _opened(path: Path, unlock: Unlock, report: ProgressFn) -> Iterator[tuple[Path | BinaryIO, bool]]:
    """The zip to read: path itself, or (encrypted) its plaintext in a temporary file."""
    if not age_format.is_age_file(path):
        yield path, False
        return
    size = path.stat().st_size
    with open(path, "rb") as encrypted, tempfile.TemporaryFile() as plain:
        try:
            age_format.decrypt(encrypted, plain, identities=unlock.identities,
                               passphrase=unlock.passphrase, max_size=MAX_ENCRYPTED,
                               progress=lambda done: report(done, size, "the encrypted file"))
        except age_format.PassphraseError as exc:
            raise PassphraseError(
                f"{path}: {exc}", code="passphrase_needed" if exc.missing else "wrong_passphrase",
                params={"file": path.name, "detail": str(exc)}) from None
        except age_format.AgeError as exc:
            raise file_error(path, f"cannot be decrypted: {exc}", "cannot_decrypt") from None
        plain.seek(0)
        yield plain, True


def _check_signature(
    path: Path, manifest: dict[str, Any], manifest_bytes: bytes, signature: bytes | None
) -> Signer | None:
    """The file's verified signer, None for an unsigned file; refuses a bad signature."""
    named = manifest.get("signer")
    if named is None and signature is None:
        return None
    if named is None or signature is None:
        raise file_error(path, "signature.json and the manifest's signer come together; one is missing",
                    "bad_signature")
    if len(signature) > MAX_SIGNATURE:
        raise file_error(path, "signature.json is too large")
    value = parse_json(path, SIGNATURE, signature)
    validate(path, SIGNATURE, "signature", value)
    try:
        key = base64.b64decode(named["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(
            base64.b64decode(value["signature"], validate=True), SIGNATURE_PREFIX + manifest_bytes)
    except (binascii.Error, ValueError, InvalidSignature):
        raise file_error(path, "the signature does not verify: the file was changed after it was "
                          "signed, or signed by another key than the one it names",
                    "bad_signature") from None
    return Signer(named["name"], manifest["installation_id"], key, named.get("age_recipient"))


def _take_member(path: Path, content: ExchangeContent, name: str, data: bytes) -> None:
    blob = BLOB_MEMBER.match(name)
    if blob:
        if hashlib.sha256(data).hexdigest() != blob.group(1):
            raise file_error(path, f"{name}: content does not match its SHA-256 name")
        content.blobs[blob.group(1)] = data
        return
    if name == PARENTS:
        value = parse_json(path, name, data)
        validate(path, name, "parents", value)
        content.parents = value
        return
    if name == CLOCKS:
        value = parse_json(path, name, data)
        validate(path, name, "clocks", value)
        content.clocks = value
        return
    kind = name.removeprefix("records/").removesuffix(".json")
    value = parse_json(path, name, data, bound=False)
    _upgrade_records(content.manifest["format_version"], kind, value)
    # Records the compiled check passes are bounded by the schema itself (every text has
    # a maxLength or an anchored pattern; tests/unit/test_record_bounds.py holds the
    # schema to it), so the separate walk for long texts and deep nesting is only needed
    # when a record fails it.
    check = records_check(kind)
    if check is None or not isinstance(value, list) or not check(value):
        check_bounds(path, name, value)
        validate_records(path, name, kind, value)
    check_dates(path, kind, value)
    content.records[kind] = value


def _upgrade_records(format_version: int, kind: str, records: Any) -> None:
    """Fill in the fields that formats after format_version added (older files lack them)."""
    if not isinstance(records, list):
        return  # the schema check refuses it
    for version, added in ADDED_FIELDS.items():
        if format_version < version and kind in added:
            for record in records:
                if isinstance(record, dict):
                    for name, value in added[kind].items():
                        record.setdefault(name, value)


def _check_content(path: Path, content: ExchangeContent) -> None:
    """Counts as the manifest says, every id once in the whole file."""
    content.records = {k: content.records.get(k, []) for k in KINDS}
    counts = content.manifest["counts"]
    for kind, snaps in content.records.items():
        if counts.get(kind, 0) != len(snaps):
            raise file_error(
                path,
                f"manifest.json counts {counts.get(kind, 0)} {kind}, the file holds {len(snaps)}",
            )
    seen: dict[str, str] = {}
    for kind, snaps in content.records.items():
        for snap in snaps:
            if snap["id"] in seen:
                raise file_error(
                    path, f"the id {snap['id']} appears twice ({seen[snap['id']]} and {kind})"
                )
            seen[snap["id"]] = kind
