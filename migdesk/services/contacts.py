"""Contacts: the signing keys of colleagues' installations, trusted on first use.

The first signed file from an installation records its key (keys/contacts.json in the
user data folder, beside this installation's identity; never in the database). Later
files from that installation must be signed by the same key: a different key, or no
signature at all, is shown in red and refused unless the user accepts it, like SSH's
known_hosts. A contact's age recipient, carried in its signed files, lets us encrypt
files for it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from migdesk.services.errors import MigdeskError
from migdesk.services.exchange_file import Signer
from migdesk.services.identity import b64, keys_dir, now, write_private
from migdesk.services.words import fingerprint

CONTACTS_FILE = "contacts.json"
TrustStatus = Literal["unsigned", "new", "known", "changed", "unsigned-known"]


class ContactsError(MigdeskError):
    """The contacts file cannot be read, or a contact asked for does not exist."""


@dataclass(frozen=True)
class Contact:
    """A colleague's installation and the key its files are signed with."""

    installation_id: str
    name: str
    public_key: str  # Ed25519, base64
    age_recipient: str | None
    first_seen: str
    last_seen: str

    @property
    def fingerprint(self) -> str:
        """The key as words, to compare by phone."""
        return fingerprint(base64.b64decode(self.public_key))

    def to_json(self) -> dict[str, Any]:
        """The `contacts list --json` object."""
        return {**asdict(self), "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class Trust:
    """What an import knows of a file's signer: who, and whether the key is the known one."""

    status: TrustStatus
    installation_id: str
    signer: Signer | None
    previous: Contact | None  # the contact on record for this installation

    @property
    def needs_acceptance(self) -> bool:
        """A key that differs from the one on record (or a missing signature) must be accepted."""
        return self.status in ("changed", "unsigned-known")

    @property
    def fingerprint(self) -> str | None:
        """The signer's key as words."""
        return fingerprint(self.signer.public_key) if self.signer else None

    def line(self) -> str:
        """One human line: who signed, and what is known of the key."""
        if self.signer is None:
            if self.status == "unsigned-known":
                return (f"NOT SIGNED, although files from {self.previous.name if self.previous else '?'}"
                        f" ({self.installation_id[:8]}) have been signed before")
            return "Not signed (made by an older MigDesk): who made it cannot be checked"
        who = f"Signed by {self.signer.name} ({self.installation_id[:8]}), key {self.fingerprint}"
        return who + {
            "new": ": a new contact (compare the words with the sender by phone)",
            "known": ": the key known for this installation",
            "changed": f": A DIFFERENT KEY from the one known since "
                       f"{self.previous.first_seen[:10] if self.previous else '?'}"
                       f" ({self.previous.fingerprint if self.previous else '?'})",
        }.get(self.status, "")

    def to_json(self) -> dict[str, Any]:
        """The `signature` object of `import --json`."""
        return {"status": self.status, "installation_id": self.installation_id,
                "signer": self.signer.name if self.signer else None,
                "public_key": b64(self.signer.public_key) if self.signer else None,
                "fingerprint": self.fingerprint,
                "previous_fingerprint": self.previous.fingerprint if self.previous else None}


def _path(folder: Path | None) -> Path:
    return (folder or keys_dir()) / CONTACTS_FILE


def _load(folder: Path | None) -> dict[str, Contact]:
    path = _path(folder)
    try:
        data = json.loads(path.read_text("utf-8"))
        return {k: Contact(**v) for k, v in data["contacts"].items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ContactsError(f"{path}: cannot be read ({exc})") from None


def _save(contacts: dict[str, Contact], folder: Path | None) -> None:
    data = {"contacts": {k: asdict(c) for k, c in sorted(contacts.items())}}
    write_private(_path(folder), json.dumps(data, indent=1, ensure_ascii=False).encode())


def list_contacts(folder: Path | None = None) -> list[Contact]:
    """The known installations, by name."""
    return sorted(_load(folder).values(), key=lambda c: (c.name.lower(), c.installation_id))


def remove_contact(key: str, folder: Path | None = None) -> Contact:
    """Forget a contact (its next file is a new contact again); key: installation id or prefix."""
    contacts = _load(folder)
    key = key.strip().lower()
    found = [c for i, c in contacts.items() if key and i.startswith(key)]
    if len(found) != 1:
        raise ContactsError(f"no contact {key!r}" if not found else f"{key!r} names several contacts")
    del contacts[found[0].installation_id]
    _save(contacts, folder)
    return found[0]


def judge(signer: Signer | None, installation_id: str, folder: Path | None = None) -> Trust:
    """Whether a file's signer is known, new, or signs with a key other than the one on record."""
    previous = _load(folder).get(installation_id)
    if signer is None:
        return Trust("unsigned-known" if previous else "unsigned", installation_id, None, previous)
    if previous is None:
        return Trust("new", installation_id, signer, None)
    same = previous.public_key == b64(signer.public_key)
    return Trust("known" if same else "changed", installation_id, signer, previous)


def remember(trust: Trust, folder: Path | None = None) -> None:
    """Record the signer of an imported file as the contact for its installation."""
    if trust.signer is None:
        return
    contacts = _load(folder)
    old, signer, when = contacts.get(trust.installation_id), trust.signer, now()
    key = b64(signer.public_key)
    first = old.first_seen if old is not None and old.public_key == key else when
    contacts[trust.installation_id] = Contact(trust.installation_id, signer.name, key,
                                              signer.age_recipient, first, when)
    _save(contacts, folder)
