#!/usr/bin/env python3
"""Compile the Qt Designer files ui/*.ui into migdesk/gui/forms/ui_*.py with pyside6-uic.

    python packaging/compile_ui.py              # (re)write every ui_*.py
    python packaging/compile_ui.py --check      # exit 1 if any ui_*.py is stale or missing
    python packaging/compile_ui.py --out-dir D  # write into D instead (tests compare)

uic runs from inside ui/ with the bare file name, so its output does not depend on
where the checkout lives. The generated files are committed (no build step at install)
and carry a header saying where they come from.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "migdesk" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by packaging/compile_ui.py: do not edit.\n"


def find_uic() -> list[str]:
    """The command that runs pyside6-uic: beside this Python first, then on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install PySide6 in this environment")


def target_name(source: Path) -> str:
    """ui/meetings_form.ui -> ui_meetings_form.py."""
    return f"ui_{source.stem}.py"


def compile_one(source: Path, uic: list[str]) -> str:
    """The Python module for one .ui file, header included."""
    result = subprocess.run(
        [*uic, "--generator", "python", source.name],
        cwd=source.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"pyside6-uic failed on {source.name}:\n{result.stderr}")
    return HEADER.format(name=source.name) + result.stdout


def compile_all(out_dir: Path, ui_dir: Path = UI_DIR) -> list[Path]:
    """Compile every ui_dir/*.ui into out_dir; returns the files written."""
    uic = find_uic()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(ui_dir.glob("*.ui")):
        target = out_dir / target_name(source)
        target.write_text(compile_one(source, uic), encoding="utf-8", newline="\n")
        written.append(target)
    return written


def stale(forms_dir: Path = FORMS_DIR, ui_dir: Path = UI_DIR) -> list[str]:
    """Names of generated files that differ from a fresh compile, are missing or orphaned."""
    uic = find_uic()
    problems = []
    expected = {target_name(s): s for s in sorted(ui_dir.glob("*.ui"))}
    for name, source in expected.items():
        target = forms_dir / name
        if not target.exists():
            problems.append(f"{name}: missing")
        elif target.read_text(encoding="utf-8") != compile_one(source, uic):
            problems.append(f"{name}: out of date with ui/{source.name}")
    for orphan in sorted(forms_dir.glob("ui_*.py")):
        if orphan.name not in expected:
            problems.append(f"{orphan.name}: no ui/{orphan.stem[3:]}.ui")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale files, write nothing")
    parser.add_argument("--out-dir", type=Path, default=FORMS_DIR, help="where to write")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale(args.out_dir)
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    for path in compile_all(args.out_dir):
        print(
            path.relative_to(args.out_dir.parent)
            if path.is_relative_to(args.out_dir.parent)
            else path
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
