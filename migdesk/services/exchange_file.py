"""The .migdesk exchange file's format: its members, limits against hostile files, errors,
and the content a checked file holds.

Writing is exchange_file_write.py; reading exchange_file_read.py, with exchange_json.py
and exchange_validation.py. Nothing here touches a database. `read_exchange_file` either
returns the complete, checked content of a file or raises ExchangeFileError with one line
naming the file and what is wrong: a hostile or damaged file never gets further (zip bombs, zip slip,
checksum mismatches, bad JSON, schema violations, oversized strings, duplicate ids).
Checks that need the database (references to local records) live in exchange/checks.py.

A file is signed (format 2): the manifest names its signer and their Ed25519 public key,
and signature.json holds the signature of SIGNATURE_PREFIX + the exact manifest bytes;
since the manifest fixes every member's SHA-256, the signature covers the whole file.
A file may also be encrypted whole with age (age_format.py): it is then decrypted into a
temporary file, under the size limits below, and checked exactly like a plain one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from migdesk import EXCHANGE_SUFFIX
from migdesk.services import age_format
from migdesk.services.errors import CodedError, MigdeskError
from migdesk.services.kinds import KINDS

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
RECORD_MEMBER = re.compile(r"^records/([a-z_]+)\.json$")
BLOB_MEMBER = re.compile(r"^attachments/([0-9a-f]{64})$")
FOLDERS = {"records/", "attachments/", "sync/"}

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
READ_CHUNK = 2**20

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



def file_error(path: Path, message: str, code: str = "file_refused", **params: Any) -> ExchangeFileError:
    """The refusal of the file at path: "PATH: message", coded for front ends to word."""
    return ExchangeFileError(f"{path}: {message}", code=code,
                             params={"file": path.name, "detail": message, **params})

