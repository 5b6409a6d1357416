"""Fixtures shared by the GUI tests (pytest-qt, offscreen, real SQLite files)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.store.database import Database


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    """An opened database file in tmp_path holding the CEAM demo."""
    from migdesk.services.demo import load_demo

    database = Database.open(tmp_path / "d.sqlite")
    load_demo(database)
    yield database
    database.close()
