"""Compiled Qt Designer forms: ui_<kind>_form.py are generated from ui/<kind>_form.ui.

Do not edit the ui_*.py files: change the .ui file and run packaging/compile_ui.py
(tests/gui/test_forms_compiled.py fails when they are out of date).
"""

from __future__ import annotations

import importlib
from typing import Any


def ui_class(kind: str) -> type[Any] | None:
    """The generated Ui_* class of a kind's designed form, or None when it has none."""
    module_name = f"{__name__}.ui_{kind}_form"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    for name, obj in vars(module).items():
        if name.startswith("Ui_") and isinstance(obj, type):
            return obj
    return None
