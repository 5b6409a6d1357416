"""Fixtures for integration tests: the real meeting report the demo comes from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.services.demo import load_demo
from migdesk.services.exchange import export_file, import_file
from migdesk.store.database import Database
from tests.conftest import REPORT, database_on


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database exported as a whole exchange file (read it, never change it)."""
    folder = tmp_path_factory.mktemp("demo-file")
    db = Database.open(folder / "demo.sqlite")
    load_demo(db)
    export_file(db, folder / "demo.migdesk")
    db.close()
    return folder / "demo.migdesk"


@pytest.fixture
def report_bullets() -> list[str]:
    """The bullets of ../shared/data/ceam-2009-02-13-report.txt, as written."""
    if not REPORT.exists():
        pytest.skip("shared/data is not beside the checkout")
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    return [line.strip()[1:].strip() for line in lines if line.strip().startswith("·")]


@pytest.fixture
def pair(engine: str, tmp_path: Path,
         request: pytest.FixtureRequest) -> Iterator[tuple[Database, Database, Path]]:
    """A (the demo) and B (which imported A's file): their last exchange is the demo.

    Both files, or both server databases (engine "postgres").
    """
    with (database_on(engine, tmp_path, "a.sqlite", request) as a,
          database_on(engine, tmp_path, "b.sqlite", request) as b):
        load_demo(a)
        export_file(a, tmp_path / "a0.migdesk")
        import_file(b, tmp_path / "a0.migdesk")
        yield a, b, tmp_path
