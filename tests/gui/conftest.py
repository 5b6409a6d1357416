"""Fixtures shared by the GUI tests (pytest-qt, offscreen, real SQLite files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migdesk.store.database import Database


@pytest.fixture
def demo_db(demo: Database) -> Database:
    """An opened database file in tmp_path holding the CEAM demo (see tests/conftest.py)."""
    return demo


@pytest.fixture
def screenshot_dir(tmp_path: Path) -> Path:
    """docs/images with MIGDESK_SCREENSHOTS=1 (to refresh the docs), else a temp folder.

    Tests never change tracked files unless asked to."""
    import os

    if os.environ.get("MIGDESK_SCREENSHOTS") == "1":
        return Path(__file__).resolve().parents[2] / "docs" / "images"
    return tmp_path
