"""The command line's keys: `identity` and `contacts`, and export/import's encryption options.

    migdesk identity show [--json]                        # name, fingerprint words, age1... key
    migdesk identity rename NAME
    migdesk identity export FILE --passphrase-file F      # to carry the keys to a new laptop
    migdesk identity import FILE --passphrase-file F
    migdesk contacts list [--json]
    migdesk contacts remove INSTALLATION_ID
    migdesk export FILE [--passphrase-file F | --recipient age1... ...]
    migdesk import FILE [--passphrase-file F] [--accept-new-key]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from migdesk.services.errors import MigdeskError

if TYPE_CHECKING:
    from migdesk.services.exchange_file import Lock

KEY_COMMANDS = frozenset({"identity", "contacts"})


def add_key_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `identity` and `contacts` subcommands."""
    ident = sub.add_parser("identity", help="this installation's signing and encryption keys")
    ident_sub = ident.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    show = ident_sub.add_parser("show", help="name, key fingerprint and age recipient")
    show.add_argument("--json", action="store_true")
    rename = ident_sub.add_parser("rename", help="the name files are signed with")
    rename.add_argument("name", metavar="NAME")
    for action, text in (("export", "write the keys, encrypted with a passphrase"),
                         ("import", "make exported keys this installation's own")):
        move = ident_sub.add_parser(action, help=text)
        move.add_argument("file", type=Path, metavar="FILE")
        move.add_argument("--passphrase-file", type=Path, metavar="F", required=True)
    cont = sub.add_parser("contacts", help="colleagues' installations and their keys")
    cont_sub = cont.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    cont_sub.add_parser("list", help="known installations").add_argument("--json", action="store_true")
    cont_sub.add_parser("remove", help="forget a contact's key").add_argument(
        "installation", metavar="INSTALLATION_ID")


def add_lock_options(export: argparse.ArgumentParser) -> None:
    """export's encryption: a passphrase, or recipients' age keys."""
    export.add_argument("--passphrase-file", type=Path, metavar="F",
                        help="encrypt with the passphrase on the first line of F")
    export.add_argument("--recipient", dest="recipients", action="append", default=[],
                        metavar="AGE_KEY", help="encrypt for this age1... key (repeatable)")


def add_unlock_options(imp: argparse.ArgumentParser) -> None:
    """import's passphrase and acceptance of a changed key."""
    imp.add_argument("--passphrase-file", type=Path, metavar="F",
                     help="the passphrase of an encrypted file, on the first line of F")
    imp.add_argument("--accept-new-key", action="store_true",
                     help="import although the file is signed by a key other than the known one")


def read_passphrase(path: Path | None) -> str | None:
    """The passphrase on the first line of a file (None without a file)."""
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise MigdeskError(f"{path}: cannot read the passphrase ({exc})") from None
    if not lines or not lines[0]:
        raise MigdeskError(f"{path}: the first line (the passphrase) is empty")
    return lines[0]


def lock_from(args: argparse.Namespace) -> Lock:
    """export's Lock from --passphrase-file and --recipient."""
    from migdesk.services.exchange_file import Lock

    return Lock(read_passphrase(args.passphrase_file), tuple(args.recipients))


def run_key_command(args: argparse.Namespace) -> int:
    """Carry out `identity ...` or `contacts ...`; returns the exit code."""
    from migdesk.services import contacts, identity

    if args.command == "contacts":
        if args.contacts_command == "remove":
            gone = contacts.remove_contact(args.installation)
            print(f"removed {gone.name} ({gone.installation_id})")
        elif args.json:
            print(json.dumps([c.to_json() for c in contacts.list_contacts()], indent=2, ensure_ascii=False))
        else:
            for c in contacts.list_contacts():
                print(f"{c.installation_id}  {c.name}  [{c.fingerprint}]  since {c.first_seen[:10]}")
        return 0
    action = args.identity_command
    if action in ("export", "import"):
        passphrase = read_passphrase(args.passphrase_file) or ""
        move = identity.export_identity if action == "export" else identity.import_identity
        me = move(args.file, passphrase)
        print(f"{args.file}: {action}ed the identity of {me.name} [{me.fingerprint}]")
        return 0
    me = identity.rename_identity(args.name) if action == "rename" else identity.load_or_create_identity()
    if action == "show" and args.json:
        print(json.dumps(me.to_json(), indent=2, ensure_ascii=False))
    else:
        print(f"{me.name}\nfingerprint: {me.fingerprint}\nage recipient: {me.age_recipient}")
    return 0
