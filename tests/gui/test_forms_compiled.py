"""The committed ui_*.py files are exactly what packaging/compile_ui.py makes of ui/*.ui."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
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


#: Dialogs that are not ours to lay out: Qt's file dialog with one row added to its grid.
_NOT_FROM_UI = {"SummaryFileDialog"}


def _dialog_classes() -> list[tuple[str, ast.ClassDef]]:
    """Every class in migdesk/gui whose base is a Qt dialog class, with its module path."""
    found = []
    for path in sorted((REPO / "migdesk" / "gui").rglob("*.py")):
        if path.parent == FORMS_DIR:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id.startswith("Q") and b.id.endswith("Dialog")
                for b in node.bases
            ):
                found.append((str(path.relative_to(REPO)), node))
    return found


def test_every_dialog_is_laid_out_by_its_ui_file() -> None:
    """Each dialog builds its frame with Ui_<its own name>, so tr() keeps its context."""
    dialogs = _dialog_classes()
    assert len(dialogs) > 10
    wrong = []
    for where, cls in dialogs:
        if cls.name in _NOT_FROM_UI:
            continue
        forms = {
            n.func.id
            for n in ast.walk(cls)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id.startswith("Ui_")
        }
        if forms != {f"Ui_{cls.name}"}:
            wrong.append(f"{where}: {cls.name} uses {sorted(forms) or 'no .ui form'}")
    assert not wrong, wrong


def test_each_ui_class_name_is_its_dialog_or_form_context() -> None:
    """The <class> of a .ui file is the tr() context its strings are translated under."""
    names = {cls.name for _, cls in _dialog_classes()}
    for source in UI_DIR.glob("*.ui"):
        ui_class = ET.parse(source).getroot().findtext("class")
        assert ui_class, source.name
        if ui_class.endswith("Dialog"):
            assert ui_class in names, f"{source.name}: no dialog class {ui_class} in migdesk/gui"
