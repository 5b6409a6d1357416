"""The `migdesk` command: the stable headless interface (see README and shared/spec/cli.md).

Without a subcommand it opens the desktop window. Every failure is one line on standard
error starting `migdesk: error:` with exit code 1; usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from migdesk import EXCHANGE_SUFFIX, __version__
from migdesk.cli_keys import (
    KEY_COMMANDS,
    add_key_commands,
    add_lock_options,
    add_unlock_options,
    lock_from,
    read_passphrase,
    run_key_command,
)
from migdesk.cli_messages import error_message
from migdesk.cli_output import error_line, quiet_closed_pipe, terminal_safe, undecodable_argument
from migdesk.message_catalog import message_language
from migdesk.paths import default_database_path
from migdesk.services.errors import MigdeskError

COMMANDS = frozenset(
    {"init", "list", "show", "add", "set", "delete", "search", "pdf", "export", "import", "ics", "csv",
     "history", "import-report"}
) | KEY_COMMANDS
KIND_HELP = "organizations, resolutions, documents, meetings, interventions, actions, events, ..."


class CommandError(MigdeskError):
    """A command that cannot be carried out as asked."""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the whole command line."""
    p = argparse.ArgumentParser(
        prog="migdesk",
        description="MigDesk: meetings, mandates and follow-up of migration committees.",
    )
    p.add_argument("--version", action="version", version=f"migdesk {__version__}")
    p.add_argument(
        "--db", type=Path, help="database file (default: $MIGDESK_DB or the user data folder)"
    )
    p.add_argument(
        "--lang", dest="message_lang", choices=("en", "es", "fr", "pt"),
        help="language of error messages (default: $MIGDESK_LANG, else the locale)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create or upgrade the database")
    init.add_argument("--demo", action="store_true", help="load the CEAM meeting of 2009-02-13")

    lst = sub.add_parser("list", help="list records of a kind")
    lst.add_argument("kind", metavar="KIND", help=KIND_HELP)
    lst.add_argument("--json", action="store_true")

    show = sub.add_parser("show", help="show one record")
    show.add_argument("kind", metavar="KIND")
    show.add_argument("id", metavar="ID", help="UUID or a unique prefix of 8+ characters")
    show.add_argument("--json", action="store_true")

    for name, help_text in (
        ("add", "add a record; prints its id"),
        ("set", "change fields of a record"),
    ):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("kind", metavar="KIND")
        if name == "set":
            cmd.add_argument("id", metavar="ID")
        cmd.add_argument(
            "--set",
            dest="values",
            action="append",
            default=[],
            metavar="FIELD=VALUE",
            required=True,
        )
        if name == "set":
            cmd.add_argument(
                "--if-version",
                dest="if_version",
                type=int,
                metavar="N",
                help="refuse (exit 1, nothing written) unless the record is still at version N",
            )

    rm = sub.add_parser("delete", help="delete a record (and what it owns)")
    rm.add_argument("kind", metavar="KIND")
    rm.add_argument("id", metavar="ID")

    hist = sub.add_parser("history", help="values a record did not keep (conflicts, superseded)")
    hist.add_argument("kind", metavar="KIND")
    hist.add_argument("id", metavar="ID")
    hist.add_argument("--json", action="store_true")

    find = sub.add_parser("search", help="full-text search")
    find.add_argument("text", metavar="TEXT")
    find.add_argument("--json", action="store_true")

    pdf = sub.add_parser("pdf", help="print a meeting summary or a briefing packet")
    pdf_sub = pdf.add_subparsers(dest="pdf_command", metavar="WHAT", required=True)
    summary = pdf_sub.add_parser("summary", help="one meeting's summary")
    summary.add_argument("meeting", metavar="MEETING_ID")
    packet = pdf_sub.add_parser("packet", help="a briefing packet")
    packet.add_argument("meetings", metavar="MEETING_ID", nargs="*")
    packet.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE")
    packet.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE")
    for printed in (summary, packet):
        printed.add_argument("-o", "--output", type=Path, required=True)
        printed.add_argument("--paper", choices=("letter", "a4"), default="letter")
        printed.add_argument("--lang", choices=("en", "es", "fr", "pt"), default="en",
                             help="language of labels, dates and translated texts")

    export = sub.add_parser("export", help="write an exchange file (.migdesk)")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--meeting", dest="meetings", action="append", default=[], metavar="ID")
    export.add_argument(
        "--since-last-to",
        dest="peer",
        metavar="INSTALLATION_ID",
        help="only what changed since the last file sent to this colleague",
    )
    add_lock_options(export)

    imp = sub.add_parser("import", help="merge an exchange file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--on-conflict", choices=("keep-local", "take-incoming"), default="keep-local")
    add_unlock_options(imp)
    add_key_commands(sub)

    rep = sub.add_parser("import-report", help="read a meeting's report (.txt, .docx, .pdf)")
    rep.add_argument("file", type=Path, metavar="FILE")
    rep.add_argument("--body", metavar="ID", help="the meeting's body (organization id)")
    rep.add_argument("--language", choices=("en", "es", "fr", "pt"))
    rep.add_argument("--dry-run", action="store_true", help="print the draft; write nothing")
    rep.add_argument("--json", action="store_true")

    ics = sub.add_parser("ics", help="write an iCalendar file of meetings, events and due dates")
    ics.add_argument("-o", "--output", type=Path, required=True)

    csv_cmd = sub.add_parser("csv", help="write one kind as a CSV spreadsheet")
    csv_cmd.add_argument("kind", metavar="KIND")
    csv_cmd.add_argument("-o", "--output", type=Path, required=True)
    return p


def _field_values(pairs: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        if not sep or not field.strip():
            raise CommandError(f"--set {pair!r}: expected FIELD=VALUE")
        values[field.strip()] = value
    return values


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _print_record(values: dict[str, Any]) -> None:
    width = max(len(k) for k in values)
    for key, value in values.items():
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        print(f"{key:<{width}}  {'' if shown is None else terminal_safe(shown, multiline=True)}")


def _run(args: argparse.Namespace, desk: Any) -> int:
    from migdesk.services import records

    db = desk.db
    cmd = args.command
    if cmd == "init":
        if args.demo:
            change = desk.load_demo()
            print(f"{db.path}: demo loaded ({len(change.items)} records added)")
        else:
            print(f"{db.path}: ready (schema {db.schema_revision()})")
    elif cmd == "list":
        rows = records.list_records(db, args.kind)
        if args.json:
            _print_json([r.to_json() for r in rows])
        else:
            for r in rows:
                print(f"{r.id}  {terminal_safe(r.label)}")
    elif cmd == "show":
        rec = records.get_record(db, args.kind, args.id)
        _print_json(rec.to_json()) if args.json else _print_record(rec.to_json())
    elif cmd == "add":
        change = desk.create(args.kind, _field_values(args.values))
        print(change.items[0].id)
    elif cmd == "set":
        desk.update(args.kind, args.id, _field_values(args.values), based_on=args.if_version)
    elif cmd == "delete":
        change = desk.delete(args.kind, args.id)
        print(change.description)
    elif cmd == "history":
        from migdesk.services.history import record_history

        _, items = record_history(db, args.kind, args.id)
        if args.json:
            _print_json([i.to_json() for i in items])
        for i in [] if args.json else items:
            source = " ".join(filter(None, (i.source_installation, i.source_file))) or "this database"
            print(f"{i.recorded_at}  {i.field}: {json.dumps(i.value, ensure_ascii=False)}  ({source}; {i.reason})")
    elif cmd == "search":
        from migdesk.services.search import search

        hits = search(db, args.text)
        if args.json:
            _print_json(
                [{"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet,
                  "language": h.language} for h in hits]
            )
        else:
            for h in hits:  # a record found through a translation: "[es]" after its title
                found_in = f"  [{h.language}]" if h.language else ""
                print(f"{h.kind:<14} {h.id[:8]}  {terminal_safe(h.title)}{found_in}")
    else:
        return _run_files(args, desk)
    return 0


def _optional(module: str) -> Any:
    """Import a services module that a later part of MigDesk provides."""
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            raise CommandError(
                f"this MigDesk has no {module.rsplit('.', 1)[-1]} support yet"
            ) from None
        raise


def _run_files(args: argparse.Namespace, desk: Any) -> int:
    db = desk.db
    cmd = args.command
    if cmd == "pdf":
        printing = _optional("migdesk.services.printing")
        if args.pdf_command == "summary":
            printing.write_summary(
                db, args.meeting, args.output, paper=args.paper, lang=args.lang
            )
        else:
            pages = printing.write_packet(
                db, args.meetings, args.date_from, args.date_to, args.output,
                paper=args.paper, lang=args.lang,
            )
            print(f"{args.output}: {pages} pages")
    elif cmd == "export":
        exchange = _optional("migdesk.services.exchange")
        summary = exchange.export_file(
            db, args.file, meeting_ids=args.meetings, since_peer=args.peer, lock=lock_from(args)
        )
        print(summary)
    elif cmd == "import":
        report = desk.import_file(
            args.file, dry_run=args.dry_run, on_conflict=args.on_conflict,
            passphrase=read_passphrase(args.passphrase_file), accept_new_key=args.accept_new_key,
        )
        if args.json:
            _print_json(report.to_json())
        else:
            print(f"{report.trust.line()}\n{report.summary()}" if report.trust else report.summary())
    elif cmd == "import-report":
        _import_report(args, desk)
    elif cmd == "ics":
        _optional("migdesk.services.calendar").write_ics(db, args.output)
    elif cmd == "csv":
        _optional("migdesk.services.spreadsheet").write_csv(db, args.kind, args.output)
    return 0


def _import_report(args: argparse.Namespace, desk: Any) -> None:
    """import-report: the draft (--dry-run), or write it and print the meeting's id."""
    from migdesk.services import report_import

    draft = report_import.read_report(desk.db, args.file, body=args.body, language=args.language)
    if not args.dry_run:
        desk.run(lambda db: report_import.write_draft(db, draft))
    if args.json:
        _print_json(draft.to_json())
    elif args.dry_run:
        print(draft.summary())
    else:
        print(report_import.meeting_id(draft))


def main(
    argv: Sequence[str] | None = None, *, open_window: Callable[..., int] | None = None
) -> int:
    """Entry point of the `migdesk` command; returns the exit code."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = undecodable_argument(argv)
    if bad is not None:
        print(error_line(f"the argument {bad} is not valid UTF-8 text"), file=sys.stderr)
        return 1
    # `migdesk [--db PATH] FILE.migdesk`: a file to preview in the window's import dialog.
    exchange_file = None
    args = None
    if argv and argv[-1].endswith(EXCHANGE_SUFFIX) and argv[-2:-1] != ["--db"]:
        if not COMMANDS.intersection(argv[:-1]):  # no subcommand: the window opens the file
            exchange_file = argv[-1]
            args = parser.parse_args(argv[:-1])
    if args is None:
        args = parser.parse_args(argv)
    db_path = args.db or default_database_path()
    if args.command is None:
        from migdesk.gui.app import run as run_window

        return (open_window or run_window)(db_path, exchange_file)
    from migdesk.services.desk import Desk

    desk = None
    try:
        if args.command in KEY_COMMANDS:
            return run_key_command(args)
        desk = Desk.open(db_path)
        code = _run(args, desk)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:  # `migdesk list meetings | head -1`: the reader has had enough
        quiet_closed_pipe()
        return 0
    except MigdeskError as exc:
        language = message_language(args.message_lang)
        print(error_line(error_message(exc, language)), file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(error_line(f"{exc.strerror or exc}{where}"), file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line for users; MIGDESK_DEBUG=1 shows the traceback
        if os.environ.get("MIGDESK_DEBUG"):
            raise
        print(error_line(f"unexpected {type(exc).__name__}: {exc}", " (please report this)"),
              file=sys.stderr)
        return 1
    finally:
        if desk is not None:
            desk.close()


if __name__ == "__main__":
    sys.exit(main())
