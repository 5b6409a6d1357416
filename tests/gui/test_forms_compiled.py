"""The committed ui_*.py files are exactly what packaging/compile_ui.py makes of ui/*.ui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UI_DIR = REPO / "ui"
FORMS_DIR = REPO / "migdesk" / "gui" / "forms"


def _code(text: str) -> str:
    """The generated code without uic's version line (PySide6 may differ by Python version)."""
    return "\n".join(line for line in text.splitlines() if "User Interface Compiler version" not in line)


def test_every_ui_file_is_compiled_and_up_to_date(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "compile_ui.py"), "--out-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sources = sorted(UI_DIR.glob("*.ui"))
    assert sources, "no .ui files found"
    stale = []
    for source in sources:
        name = f"ui_{source.stem}.py"
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        committed = FORMS_DIR / name
        if not committed.exists() or _code(committed.read_text(encoding="utf-8")) != _code(fresh):
            stale.append(name)
    assert not stale, (
        f"out of date with ui/: {', '.join(stale)}; run python packaging/compile_ui.py"
    )


def test_no_generated_file_without_its_source() -> None:
    orphans = [
        p.name for p in FORMS_DIR.glob("ui_*.py") if not (UI_DIR / f"{p.stem[3:]}.ui").exists()
    ]
    assert not orphans


def test_generated_files_say_where_they_come_from() -> None:
    for path in FORMS_DIR.glob("ui_*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == (
            f"# Generated from ui/{path.stem[3:]}.ui by packaging/compile_ui.py: do not edit."
        )


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    for path in FORMS_DIR.glob("ui_*.py"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    victim = next(tmp_path.glob("ui_*.py"))
    victim.write_text(victim.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "compile_ui.py"),
            "--check",
            "--out-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert victim.name in result.stderr
