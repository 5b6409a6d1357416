"""Shared fixtures: real database files in a temporary folder; Qt always offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Passphrase files in tests use scrypt 2**10, not 2**18 (age_format.WORK_FACTOR_ENV).
os.environ["MIGDESK_SCRYPT_WORK_FACTOR"] = "10"

from migdesk.store.database import Database  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO.parent / "shared" / "data" / "ceam-2009-02-13-report.txt"


@pytest.fixture(scope="session", autouse=True)
def _session_keys(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keys and contacts of session fixtures go to a temporary folder, never the user's."""
    mp = pytest.MonkeyPatch()
    mp.setenv("MIGDESK_KEYS_DIR", str(tmp_path_factory.mktemp("session-keys")))
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def installation_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's installation keys and contacts folder ($MIGDESK_KEYS_DIR)."""
    folder = tmp_path / "keys"
    monkeypatch.setenv("MIGDESK_KEYS_DIR", str(folder))
    return folder


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
