#!/usr/bin/env python3
"""Bring the translations up to date: lupdate into resources/translations/*.ts, then lrelease.

    python packaging/update_translations.py          # update the .ts files, compile the .qm
    python packaging/update_translations.py --check  # exit 1 if a .ts or .qm is stale or unfinished

lupdate reads every user-visible string of the window (migdesk/gui, its generated forms
left out for their ui/*.ui sources, and the refusals' sentences of services/reasons.py,
which the command line words from these files too) and keeps the translations already written; the
translators then fill the new messages (pyside6-linguist, or any XML editor). The .ts
files carry no source locations, so that moving code does not churn them. The .qm files
are committed beside them (the wheel and the bundle ship resources/ as it is).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr", "pt")


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease): beside Python first."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: install PySide6 in this environment")


def sources() -> list[str]:
    """The files lupdate reads, relative to the checkout (stable across machines)."""
    gui = ROOT / "migdesk" / "gui"
    files = [p for p in sorted(gui.rglob("*.py")) if not p.name.startswith("ui_")]
    files += sorted((ROOT / "ui").glob("*.ui"))
    files.append(ROOT / "migdesk" / "services" / "reasons.py")  # the refusals' sentences
    return [str(p.relative_to(ROOT)) for p in files]


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    """resources/translations/migdesk_es.ts and its siblings."""
    return folder / f"migdesk_{language}.ts"


def run_lupdate(targets: list[Path]) -> None:
    """Update (or create) the .ts files from the sources, dropping vanished messages."""
    command = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-ts"]
    result = subprocess.run(
        [*command, *map(str, targets)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{result.stderr}")


def run_lrelease(ts: Path, qm: Path) -> None:
    """Compile one .ts file into a .qm file."""
    result = subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lrelease failed on {ts.name}:\n{result.stderr}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> element, for every message of a .ts file."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def unfinished(ts: Path) -> list[str]:
    """The messages of a .ts file without a finished translation."""
    problems = []
    for (context, source), message in messages(ts).items():
        translation = message.find("translation")
        empty = translation is None or not (translation.text or "").strip()
        if translation is None or translation.get("type") == "unfinished" or empty:
            problems.append(f"{ts.name}: unfinished: {context}: {source!r}")
    return problems


def stale() -> list[str]:
    """Every problem with the committed translations (an empty list when all is well)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = [ts_path(lang, Path(tmp)) for lang in LANGUAGES]
        for lang, copy in zip(LANGUAGES, fresh, strict=True):
            if ts_path(lang).exists():
                shutil.copy(ts_path(lang), copy)
        run_lupdate(fresh)
        for lang, copy in zip(LANGUAGES, fresh, strict=True):
            committed = ts_path(lang)
            if not committed.exists():
                problems.append(f"{committed.name}: missing")
                continue
            new, old = set(messages(copy)), set(messages(committed))
            problems += [f"{committed.name}: not in the file: {c}: {s!r}" for c, s in sorted(new - old)]
            problems += [f"{committed.name}: no longer in the code: {c}: {s!r}" for c, s in sorted(old - new)]
            problems += unfinished(committed)
            qm = committed.with_suffix(".qm")
            run_lrelease(committed, Path(tmp) / qm.name)
            if not qm.exists() or qm.read_bytes() != (Path(tmp) / qm.name).read_bytes():
                problems.append(f"{qm.name}: out of date with {committed.name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report problems, write nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    targets = [ts_path(lang) for lang in LANGUAGES]
    run_lupdate(targets)
    for ts in targets:
        run_lrelease(ts, ts.with_suffix(".qm"))
        left = len(unfinished(ts))
        print(f"{ts.relative_to(ROOT)}: {len(messages(ts))} messages, {left} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
