"""The installed PySide6 keeps Python's reference count of None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a Qt method
that returns nothing; a few thousand calls later (filling a list, a long session) the
process aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps that
version out; this test fails if a PySide6 with the bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_qt_calls_returning_nothing_keep_nones_reference_count(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for n in range(2000):
        widget.setObjectName(f"w{n % 7}")
        widget.setToolTip("")
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in 4,000 Qt calls"
