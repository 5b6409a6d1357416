"""Shared fixtures: real database files in a temporary folder; Qt always offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Passphrase files in tests use scrypt 2**10, not 2**18 (age_format.WORK_FACTOR_ENV).
os.environ["MIGDESK_SCRYPT_WORK_FACTOR"] = "10"

from migdesk.store.database import Database  # noqa: E402
from tests.pg_cluster import TEMPLATE, PgCluster, start_cluster  # noqa: E402

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


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A throwaway PostgreSQL cluster for the session (skips when PostgreSQL is missing).

    Its template database is prepared by `admin upgrade` (Database.upgrade) once.
    """
    started = start_cluster()
    if isinstance(started, str):
        pytest.skip(started)
    try:
        started.execute(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0')
        Database.upgrade(started.uri(TEMPLATE))
        # Each copy is an installation of its own: it draws its id when first opened.
        started.execute("DELETE FROM settings WHERE key = 'installation_id'", TEMPLATE)
        yield started
    finally:
        started.stop()


@pytest.fixture
def pg_uri(pg_cluster: PgCluster) -> Iterator[str]:
    """The URI of a fresh server database at this MigDesk's schema, dropped afterwards."""
    uri = pg_cluster.new_database()
    yield uri
    pg_cluster.drop_database(uri)


# The store, services and exchange tests that take `db` or `demo` run on both engines;
# the window's tests stay on SQLite (the window only talks to the services).
ENGINES = ("sqlite", "postgres")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run tests taking db, demo or pair (outside tests/gui) once per engine."""
    # "engine" is in the closure only when these fixtures (not a module's own) are used.
    if "engine" in metafunc.fixturenames and "gui" not in Path(str(metafunc.definition.fspath)).parts:
        # A module about one engine's own ways names it: ENGINES = ("sqlite",).
        metafunc.parametrize("engine", getattr(metafunc.module, "ENGINES", ENGINES), indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """Which engine the test's database runs on ("sqlite" unless parametrized)."""
    return str(getattr(request, "param", "sqlite"))


@contextmanager
def database_on(engine: str, tmp_path: Path, name: str,
                 request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new database of its own: a file in tmp_path, or a server database."""
    if engine != "postgres":
        database = Database.open(tmp_path / name)
        yield database
        database.close()
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    uri = cluster.new_database()
    database = Database.open(uri)
    yield database
    database.close()
    cluster.drop_database(uri)


@pytest.fixture
def db(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A new, empty database: a file, or a server database (engine "postgres")."""
    with database_on(engine, tmp_path, "test.sqlite", request) as database:
        yield database


@pytest.fixture
def demo(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A database holding the CEAM demo (a file, or a server database)."""
    from migdesk.services.demo import load_demo

    with database_on(engine, tmp_path, "demo.sqlite", request) as database:
        load_demo(database)
        yield database
