"""One of each in the window, checked on the source: one settings store, one QAction
factory, one door for writes.

- QSettings is opened only by gui/settings.py (the Settings class);
- the Save dialog is asked only by gui/save_path.py (ask_save_path adds the suffix);
- QAction is constructed only by gui/window_actions.py (make_action, the undo stack's
  undo and redo actions);
- the desk's writes (create, update, delete, move, run, load_demo, apply, announce) and
  the undo stack's run / record / macros are called only by gui/undo.py and
  gui/workers.py (DeskWrites);
- Python's cyclic garbage collector is switched off and on only by
  services/collector.py (jobs in several threads share one pause).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "migdesk"
GUI = PACKAGE / "gui"
DESK_WRITES = {"create", "update", "delete", "move", "run", "load_demo", "apply", "announce"}
STACK_CALLS = {"run", "record", "push", "beginMacro", "endMacro"}


def _sources(root: Path = GUI) -> dict[str, ast.AST]:
    files = [p for p in root.rglob("*.py") if not p.name.startswith("ui_")]
    return {str(p.relative_to(root)): ast.parse(p.read_text(encoding="utf-8")) for p in files}


def _receiver(node: ast.expr) -> str:
    """The last name of what a method is called on: desk for self.window.undo_stack.desk."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):  # window.undo_stack.desk() style accessors
        return _receiver(node.func)
    return ""


def _names(tree: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
        n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
    }


def settings_stores(sources: dict[str, ast.AST]) -> list[str]:
    """Modules other than settings.py that name QSettings."""
    return sorted(m for m, tree in sources.items() if m != "settings.py" and "QSettings" in _names(tree))


def action_factories(sources: dict[str, ast.AST]) -> list[str]:
    """Modules other than window_actions.py that construct a QAction."""
    found = set()
    for module, tree in sources.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _receiver(node.func) == "QAction":
                found.add(module)
    return sorted(found - {"window_actions.py"})


def save_dialogs(sources: dict[str, ast.AST]) -> list[str]:
    """Modules other than save_path.py that ask QFileDialog for a file to save."""
    return sorted(m for m, tree in sources.items()
                  if m != "save_path.py" and "getSaveFileName" in _names(tree))


def side_doors(sources: dict[str, ast.AST]) -> list[str]:
    """Desk writes and undo-stack calls outside undo.py and workers.py, as module: call."""
    found = []
    for module, tree in sources.items():
        if module in ("undo.py", "workers.py"):
            continue
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            if not isinstance(func, ast.Attribute):
                continue
            receiver = _receiver(func.value)
            on_desk = receiver.endswith("desk") and func.attr in DESK_WRITES
            on_stack = receiver.endswith(("undo_stack", "stack")) and func.attr in STACK_CALLS
            if on_desk or on_stack:
                found.append(f"{module}:{node.lineno}: {receiver}.{func.attr}")
    # functools.partial(desk.create, ...) passes a write without calling it
    for module, tree in sources.items():
        if module in ("undo.py", "workers.py"):
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr in DESK_WRITES
                    and _receiver(node.value).endswith("desk")
                    and f"{module}:{node.lineno}: {_receiver(node.value)}.{node.attr}" not in found):
                found.append(f"{module}:{node.lineno}: {_receiver(node.value)}.{node.attr}")
    return sorted(found)


def collector_switches(sources: dict[str, ast.AST]) -> list[str]:
    """Calls of gc.disable / gc.enable outside services/collector.py, as module: call."""
    return sorted(
        f"{module}:{node.lineno}: gc.{node.func.attr}"
        for module, tree in sources.items() if module != "services/collector.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("disable", "enable") and _receiver(node.func.value) == "gc"
    )


SOURCES = _sources()


def test_one_settings_store() -> None:
    assert settings_stores(SOURCES) == []


def test_one_action_factory() -> None:
    assert action_factories(SOURCES) == []


def test_one_save_dialog() -> None:
    assert save_dialogs(SOURCES) == []


def test_writes_go_through_the_one_door() -> None:
    assert side_doors(SOURCES) == []


def test_one_collector_switch() -> None:
    assert collector_switches(_sources(PACKAGE)) == []


@pytest.mark.parametrize(
    ("check", "code"),
    [
        (settings_stores, "from PySide6.QtCore import QSettings\nQSettings().setValue('a', 1)\n"),
        (action_factories, "from PySide6.QtGui import QAction\nQAction('Go', None)\n"),
        (save_dialogs, "from PySide6.QtWidgets import QFileDialog\nQFileDialog.getSaveFileName()\n"),
        (side_doors, "def save(window):\n    window.undo_stack.desk.update('meetings', 'x', {})\n"),
        (side_doors, "def save(window):\n    window.undo_stack.run(lambda: None)\n"),
        (side_doors, "from functools import partial\ndef f(desk):\n    return partial(desk.delete, 'k', 'i')\n"),
        (collector_switches, "import gc\ngc.disable()\n"),
    ],
)
def test_the_checks_see_a_second_one(check: object, code: str) -> None:
    """Each check finds a made-up offender in a module of its own."""
    assert callable(check)
    assert check({"made_up.py": ast.parse(code)}) != []


def test_the_suffix_is_added_once(tmp_path: Path) -> None:
    from migdesk.gui.save_path import with_suffix

    assert with_suffix(tmp_path / "notes", ".pdf") == tmp_path / "notes.pdf"
    assert with_suffix(tmp_path / "notes.PDF", ".pdf") == tmp_path / "notes.PDF"
    assert with_suffix(tmp_path / "v1.2", ".pdf") == tmp_path / "v1.2.pdf"
    assert with_suffix(tmp_path / "team.db", ".sqlite", ".db") == tmp_path / "team.db"
