"""Everything but the window works with PySide6 made unimportable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BLOCK_QT = """
import sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked for this test")
        return None
sys.meta_path.insert(0, _NoQt())
import runpy
sys.argv = ["migdesk", *sys.argv[1:]]
runpy.run_module("migdesk", run_name="__main__")
"""


def migdesk_without_qt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *args], capture_output=True, text=True, timeout=300
    )


def test_cli_works_without_pyside6(tmp_path: Path) -> None:
    db = str(tmp_path / "noqt.sqlite")
    assert migdesk_without_qt("--db", db, "init", "--demo").returncode == 0
    done = migdesk_without_qt("--db", db, "list", "interventions", "--json")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 14
    assert migdesk_without_qt("--db", db, "search", "Puebla").returncode == 0
    added = migdesk_without_qt(
        "--db", db, "add", "events", "--set", "title=Seminar", "--set", "start_date=2009-05-01"
    )
    assert added.returncode == 0, added.stderr
    meeting = json.loads(migdesk_without_qt("--db", db, "list", "meetings", "--json").stdout)[0][
        "id"
    ]
    pdf = tmp_path / "summary.pdf"
    printed = migdesk_without_qt("--db", db, "pdf", "summary", meeting, "-o", str(pdf))
    if "no printing support yet" not in printed.stderr:
        assert printed.returncode == 0, printed.stderr
        assert pdf.read_bytes().startswith(b"%PDF")


def test_non_gui_modules_import_without_pyside6() -> None:
    code = (
        BLOCK_QT.split("import runpy")[0]
        + """
import importlib, pkgutil, migdesk
failed = []
for mod in pkgutil.walk_packages(migdesk.__path__, "migdesk."):
    if mod.name.startswith(("migdesk.gui", "migdesk.store.migrations")) or mod.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(mod.name)
    except ImportError as exc:
        failed.append(f"{mod.name}: {exc}")
try:
    import migdesk.gui.main_window
    failed.append("the GUI imported although PySide6 is blocked")
except ImportError:
    pass
print("\\n".join(failed))
"""
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
