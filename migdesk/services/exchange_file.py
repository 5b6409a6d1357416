"""The .migdesk exchange file on disk: writing it atomically, reading and checking it whole.

Nothing here touches a database. `read_exchange_file` either returns the complete,
checked content of a file or raises ExchangeFileError with one line naming the file and
what is wrong: a hostile or damaged file never gets further (zip bombs, zip slip,
checksum mismatches, bad JSON, schema violations, oversized strings, duplicate ids).
Checks that need the database (references to local records) live in exchange.py.

A file is signed (format 2): the manifest names its signer and their Ed25519 public key,
and signature.json holds the signature of SIGNATURE_PREFIX + the exact manifest bytes;
since the manifest fixes every member's SHA-256, the signature covers the whole file.
A file may also be encrypted whole with age (age_format.py): it is then decrypted into a
temporary file, under the size limits below, and checked exactly like a plain one.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import jsonschema
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from migdesk import EXCHANGE_SUFFIX
from migdesk.atomic_write import atomic_file
from migdesk.services import age_format
from migdesk.services.errors import CodedError, MigdeskError
from migdesk.services.exchange_schema import load_schema
from migdesk.services.kinds import KINDS
from migdesk.services.record_checks import Check, ListCheck, compile_list_or_none, compile_or_none

if TYPE_CHECKING:
    from migdesk.services.identity import Identity

FORMAT = "migdesk-exchange"
FORMAT_VERSION = 3  # 3: signed, with change clocks (format 1 and 2 files still import)
# What each format version added to the records, with the value older files imply: a
# file of an older version is brought up to date as it is read (format 2: record
# versions, meetings' summary_date, persons' job_title, attachments' language; format 3
# added the signature, no record fields).
ADDED_FIELDS: dict[int, dict[str, dict[str, Any]]] = {
    2: {
        **{kind: {"version": 1} for kind in KINDS},
        "meetings": {"version": 1, "summary_date": None},
        "persons": {"version": 1, "job_title": None},
        "attachments": {"version": 1, "language": None},
    },
    3: {},  # sync/clocks.json (records without it merge with per-record bases)
}
# The first format whose files carry change clocks (sync/clocks.json).
CLOCKS_FORMAT = 3
SUFFIX = EXCHANGE_SUFFIX

MANIFEST = "manifest.json"
PARENTS = "sync/parents.json"
CLOCKS = "sync/clocks.json"
SIGNATURE = "signature.json"
SIGNATURE_PREFIX = b"migdesk-exchange-signature-v1\0"
MAX_SIGNATURE = 4096
_RECORD_MEMBER = re.compile(r"^records/([a-z_]+)\.json$")
_BLOB_MEMBER = re.compile(r"^attachments/([0-9a-f]{64})$")
_FOLDERS = {"records/", "attachments/", "sync/"}

# Limits against hostile files (zip bombs, memory exhaustion).
MAX_MEMBERS = 100_000
MAX_JSON_MEMBER = 512 * 2**20  # uncompressed bytes of one JSON member
MAX_BLOB = 512 * 2**20  # one attachment
MAX_TOTAL = 2 * 2**30  # the whole file, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for members over RATIO_FLOOR bytes
RATIO_FLOOR = 2**20
MAX_STRING = 1_000_000  # characters of any JSON string (keys included)
MAX_DEPTH = 32  # nesting of JSON arrays and objects
MAX_ENCRYPTED = MAX_TOTAL + 2**27  # a decrypted zip: its members plus headers
_CHUNK = 2**20

Snapshot = dict[str, Any]
ProgressFn = Callable[[int, int, str], None]


class ExchangeFileError(CodedError):
    """An exchange file that cannot be imported (damaged, hostile or from a newer MigDesk).

    Read by `read_exchange_file`, it carries a reason code (file_refused, file_unsafe,
    not_exchange_file, file_newer, bad_signature, no_such_file, file_unreadable,
    passphrase_needed, wrong_passphrase, cannot_decrypt) and params file (its name) and
    detail (the English particulars), so that front ends word it (services/reasons.py).
    """

    default_code = "file_refused"


class PassphraseError(ExchangeFileError):
    """The exchange file is encrypted with a passphrase and none, or a wrong one, was given."""


@dataclass(frozen=True)
class Signer:
    """Who signed an exchange file (the signature verified): as the manifest names them."""

    name: str
    installation_id: str
    public_key: bytes  # Ed25519, 32 bytes
    age_recipient: str | None


@dataclass(frozen=True)
class Lock:
    """How a file is encrypted when written: with a passphrase, or for age recipients."""

    passphrase: str | None = None
    recipients: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.passphrase and self.recipients:
            raise MigdeskError("encrypt with a passphrase or for recipients, not both")
        for recipient in self.recipients:
            age_format.recipient_key(recipient)  # refuses a malformed one by name

    def __bool__(self) -> bool:
        return bool(self.passphrase or self.recipients)


@dataclass(frozen=True)
class Unlock:
    """What may open an encrypted file: a passphrase, this installation's age identities."""

    passphrase: str | None = None
    identities: tuple[str, ...] = ()


@dataclass
class ExchangeContent:
    """The checked content of an exchange file."""

    manifest: dict[str, Any]
    records: dict[str, list[Snapshot]]  # by kind, in KINDS order, tombstones included
    parents: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    clocks: dict[str, dict[str, Any]] = field(default_factory=dict)  # record id -> clock JSON
    blobs: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes
    signer: Signer | None = None  # None: an unsigned file
    encrypted: bool = False

    @property
    def record_count(self) -> int:
        """How many records the file carries."""
        return sum(len(v) for v in self.records.values())


# ---------------------------------------------------------------- writing


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


# ---------------------------------------------------------------- reading


def _fail(path: Path, message: str, code: str = "file_refused", **params: Any) -> ExchangeFileError:
    """The refusal of the file at path: "PATH: message", coded for front ends to word."""
    return ExchangeFileError(f"{path}: {message}", code=code,
                             params={"file": path.name, "detail": message, **params})


def _check_member_names(path: Path, infos: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """The file members (folders dropped); refuses unsafe, unexpected and duplicate names."""
    if len(infos) > MAX_MEMBERS:
        raise _fail(path, f"too many members ({len(infos)}; at most {MAX_MEMBERS})", "file_unsafe")
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
            raise _fail(path, f"unsafe member path {shown!r} (absolute or leaving the archive)", "file_unsafe")
        if name in seen:
            raise _fail(path, f"member {shown!r} appears twice", "file_unsafe")
        seen.add(name)
        if name in _FOLDERS and info.file_size == 0:
            continue
        kind_match = _RECORD_MEMBER.match(name)
        if not (
            name in (MANIFEST, PARENTS, CLOCKS, SIGNATURE)
            or _BLOB_MEMBER.match(name)
            or (kind_match and kind_match.group(1) in KINDS)
        ):
            raise _fail(path, f"unexpected member {shown!r}", "file_unsafe")
        if info.flag_bits & 0x1:
            raise _fail(path, f"member {shown!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _fail(path, f"member {shown!r} uses an unsupported compression method")
        out.append(info)
    if MANIFEST not in seen:
        raise _fail(path, "no manifest.json: not a MigDesk exchange file", "not_exchange_file")
    return out


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Zip-bomb guard on the declared sizes (reading enforces them: see _read_member)."""
    total = 0
    for info in infos:
        limit = MAX_BLOB if info.filename.startswith("attachments/") else MAX_JSON_MEMBER
        if info.file_size > limit:
            raise _fail(path, f"member {info.filename} is too large ({info.file_size} bytes)", "file_unsafe")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _fail(
                path,
                f"member {info.filename} expands {info.file_size // max(info.compress_size, 1)}"
                " times when unpacked (a zip bomb?)", "file_unsafe",
            )
        total += info.file_size
    if total > MAX_TOTAL:
        raise _fail(path, f"unpacks to {total} bytes, more than the {MAX_TOTAL} allowed", "file_unsafe")


def _read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than its declared size (zipfile enforces it, and the CRC)."""
    parts: list[bytes] = []
    got = 0
    with zf.open(info) as member:
        while chunk := member.read(_CHUNK):
            got += len(chunk)
            if got > info.file_size:
                raise _fail(path, f"member {info.filename} is larger than it declares")
            parts.append(chunk)
    return b"".join(parts)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # a key came twice: name it
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise ValueError(f"the key {key[:40]!r} appears twice in one object")
            seen.add(key)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_SCALARS = (int, float, bool, type(None))


def _check_strings(value: Any, depth: int = 0) -> None:
    """No text longer than MAX_STRING, no nesting deeper than MAX_DEPTH.

    Scalars are judged in the loop rather than by a call each: a file holds about a
    million of them.
    """
    if depth > MAX_DEPTH:
        raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, str):
        _check_length(value)
        return
    if isinstance(value, dict):
        for key in value:
            if len(key) > MAX_STRING:
                _check_length(key)
        items: Any = value.values()
    elif isinstance(value, list):
        items = value
    else:
        return
    for item in items:
        if type(item) is str:
            if len(item) > MAX_STRING:
                _check_length(item)
        elif not isinstance(item, _SCALARS):
            _check_strings(item, depth + 1)


def _check_length(text: str) -> None:
    if len(text) > MAX_STRING:
        raise ValueError(f"a text of {len(text)} characters (at most {MAX_STRING})")


def _parse_json(path: Path, name: str, data: bytes, *, bound: bool = True) -> Any:
    """The member's JSON value; with bound, also no overlong text and no deep nesting."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(path, f"{name} is not valid UTF-8 (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        raise _fail(path, f"{name} starts with a byte order mark")
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _fail(
            path, f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except ValueError as exc:
        raise _fail(path, f"{name}: {exc}") from None
    except RecursionError:
        raise _fail(path, f"{name}: nested too deeply") from None
    if bound:
        _check_bounds(path, name, value)
    return value


def _check_bounds(path: Path, name: str, value: Any) -> None:
    try:
        _check_strings(value)
    except ValueError as exc:
        raise _fail(path, f"{name}: {exc}") from None


@cache
def _validator(definition: str) -> jsonschema.protocols.Validator:
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls({"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]})  # type: ignore[no-any-return]


def _describe(error: jsonschema.ValidationError) -> str:
    """A short account of a schema error that never repeats a (possibly huge) value."""
    where = (
        "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        or " (top)"
    )
    kind = error.validator
    explain = {
        "type": f"must be {error.validator_value}",
        "enum": "is not one of the allowed values",
        "const": f"must be {error.validator_value!r}",
        "required": "lacks a required field",
        "additionalProperties": "has a field this format does not define",
        "pattern": "is not in the expected form",
        "maxLength": f"is longer than {error.validator_value} characters",
        "uniqueItems": "lists the same value twice",
        "maxItems": f"has more than {error.validator_value} items",
        "minimum": f"is below {error.validator_value}",
        "maximum": f"is above {error.validator_value}",
    }.get(str(kind), f"fails the schema rule {kind!r}")
    if kind == "required" and isinstance(error.instance, dict):
        missing = [k for k in error.validator_value if k not in error.instance]
        explain = f"lacks the field {missing[0]!r}" if missing else explain
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        extra = [k for k in error.instance if k not in allowed]
        explain = f"has an unknown field {extra[0][:40]!r}" if extra else explain
    if kind == "anyOf":
        explain = "has a value of the wrong type or form"
    return f"{where.lstrip('.')} {explain}"


def validate(path: Path, name: str, definition: str, value: Any) -> None:
    """Validate one parsed member against the exchange schema; ExchangeFileError if invalid."""
    error = jsonschema.exceptions.best_match(_validator(definition).iter_errors(value))
    if error is not None:
        raise _fail(path, f"{name}: {_describe(error)}")


def _record_schema(kind: str) -> Any:
    """The schema of one record of a kind, if the kind's is a plain list of them."""
    definition = load_schema()["$defs"][kind]
    if set(definition) != {"type", "items"} or definition["type"] != "array":
        return None
    return definition["items"]


@cache
def _record_check(kind: str) -> Check | None:
    """The fast check of one record of a kind, compiled from the schema (None: use jsonschema)."""
    schema = _record_schema(kind)
    return None if schema is None else compile_or_none(schema)


@cache
def _records_check(kind: str) -> ListCheck | None:
    """The fast check of a whole list of records of a kind (None: use jsonschema)."""
    schema = _record_schema(kind)
    return None if schema is None else compile_list_or_none(schema)


def validate_records(path: Path, name: str, kind: str, value: Any) -> None:
    """validate() for a records/<kind>.json list, fast: jsonschema sees only what it must.

    Each record goes through the compiled check; a record it refuses is put to jsonschema,
    and if jsonschema refuses it too, the whole list is validated by validate() so that the
    message is exactly the one jsonschema's best match gives.
    """
    check = _record_check(kind)
    if check is None or not isinstance(value, list):
        validate(path, name, kind, value)
        return
    validator = _validator(kind)
    for record in value:
        if not check(record) and not validator.is_valid([record]):
            validate(path, name, kind, value)
            raise _fail(path, f"{name}: fails the schema")  # not reached: validate() raised


def _check_dates(path: Path, kind: str, records: list[Snapshot]) -> None:
    """Dates that match YYYY-MM-DD must also exist (no 2009-02-30)."""
    date_fields = [f.name for f in KINDS[kind].fields if f.type == "date"]
    for n, snap in enumerate(records):
        for name in date_fields:
            if snap.get(name) is not None:
                try:
                    date.fromisoformat(snap[name])
                except ValueError:
                    raise _fail(
                        path, f"records/{kind}.json[{n}].{name} is not a real date"
                    ) from None


def check_manifest(path: Path, manifest: Any, known_revisions: list[str]) -> None:
    """Format, version (newer files are refused by name) and the manifest's schema."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _fail(path, "manifest.json does not describe a MigDesk exchange file",
                    "not_exchange_file")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail(path, "manifest.json has no valid format_version")
    if version > FORMAT_VERSION:
        raise _fail(
            path,
            f"made by a newer MigDesk (exchange format {version}; "
            f"this MigDesk reads up to {FORMAT_VERSION}): update MigDesk to import it",
            "file_newer",
        )
    revision = manifest.get("schema_revision")
    if isinstance(revision, str) and revision not in known_revisions:
        raise _fail(
            path,
            f"made by a newer MigDesk (database schema {revision[:40]!r}): "
            "update MigDesk to import it",
            "file_newer",
        )
    validate(path, "manifest.json", "manifest", manifest)


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
            manifest = _parse_json(path, MANIFEST, manifest_bytes)
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
                raise _fail(path, f"member {which!r} {state}")
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
                    raise _fail(path, f"checksum mismatch for {info.filename}{after}")
                _take_member(path, content, info.filename, data)
    except ExchangeFileError:
        raise
    except zipfile.BadZipFile as exc:
        raise _fail(path, f"not a MigDesk exchange file (not a readable zip: {exc})",
                    "not_exchange_file") from None
    except (zlib.error, EOFError) as exc:
        raise _fail(path, f"damaged zip data ({exc})") from None
    except (NotImplementedError, RuntimeError) as exc:
        raise _fail(path, f"unsupported zip feature ({exc})") from None
    except IsADirectoryError:
        raise _fail(path, "is a folder, not an exchange file", "not_exchange_file") from None
    except FileNotFoundError:
        raise _fail(path, "no such file", "no_such_file") from None
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror or exc})", "file_unreadable") from None
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
            raise _fail(path, f"cannot be decrypted: {exc}", "cannot_decrypt") from None
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
        raise _fail(path, "signature.json and the manifest's signer come together; one is missing",
                    "bad_signature")
    if len(signature) > MAX_SIGNATURE:
        raise _fail(path, "signature.json is too large")
    value = _parse_json(path, SIGNATURE, signature)
    validate(path, SIGNATURE, "signature", value)
    try:
        key = base64.b64decode(named["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(
            base64.b64decode(value["signature"], validate=True), SIGNATURE_PREFIX + manifest_bytes)
    except (binascii.Error, ValueError, InvalidSignature):
        raise _fail(path, "the signature does not verify: the file was changed after it was "
                          "signed, or signed by another key than the one it names",
                    "bad_signature") from None
    return Signer(named["name"], manifest["installation_id"], key, named.get("age_recipient"))


def _take_member(path: Path, content: ExchangeContent, name: str, data: bytes) -> None:
    blob = _BLOB_MEMBER.match(name)
    if blob:
        if hashlib.sha256(data).hexdigest() != blob.group(1):
            raise _fail(path, f"{name}: content does not match its SHA-256 name")
        content.blobs[blob.group(1)] = data
        return
    if name == PARENTS:
        value = _parse_json(path, name, data)
        validate(path, name, "parents", value)
        content.parents = value
        return
    if name == CLOCKS:
        value = _parse_json(path, name, data)
        validate(path, name, "clocks", value)
        content.clocks = value
        return
    kind = name.removeprefix("records/").removesuffix(".json")
    value = _parse_json(path, name, data, bound=False)
    _upgrade_records(content.manifest["format_version"], kind, value)
    # Records the compiled check passes are bounded by the schema itself (every text has
    # a maxLength or an anchored pattern; tests/unit/test_record_bounds.py holds the
    # schema to it), so the separate walk for long texts and deep nesting is only needed
    # when a record fails it.
    check = _records_check(kind)
    if check is None or not isinstance(value, list) or not check(value):
        _check_bounds(path, name, value)
        validate_records(path, name, kind, value)
    _check_dates(path, kind, value)
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
            raise _fail(
                path,
                f"manifest.json counts {counts.get(kind, 0)} {kind}, the file holds {len(snaps)}",
            )
    seen: dict[str, str] = {}
    for kind, snaps in content.records.items():
        for snap in snaps:
            if snap["id"] in seen:
                raise _fail(
                    path, f"the id {snap['id']} appears twice ({seen[snap['id']]} and {kind})"
                )
            seen[snap["id"]] = kind
