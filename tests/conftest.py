"""Shared fixtures: real database files in a temporary folder; Qt always offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from migdesk.store.database import Database  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO.parent / "shared" / "data" / "ceam-2009-02-13-report.txt"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, empty database file."""
    database = Database.open(tmp_path / "test.sqlite")
    yield database
    database.close()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    """A database file holding the CEAM demo."""
    from migdesk.services.demo import load_demo

    database = Database.open(tmp_path / "demo.sqlite")
    load_demo(database)
    yield database
    database.close()
