"""Preparing and upgrading a server database: only `admin upgrade` migrates, under a lock."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from migdesk.paths import default_database_path, server_database_name, shown_location
from migdesk.store.database import HEAD_REVISION, Database
from migdesk.store.errors import DatabaseTooNew, ServerNotUpgraded
from tests.pg_cluster import PgCluster


def test_two_administrators_upgrading_at_once_both_succeed(pg_cluster: PgCluster) -> None:
    uri = pg_cluster.new_database(template="template0")
    results: list[object] = []

    def upgrade() -> None:
        try:
            results.append(Database.upgrade(uri))
        except Exception as error:  # noqa: BLE001 - the test reports whatever happened
            results.append(error)

    threads = [threading.Thread(target=upgrade) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(map(repr, results)) == sorted(
        [repr((None, HEAD_REVISION)), repr((HEAD_REVISION, HEAD_REVISION))])
    db = Database.open(uri)
    try:
        assert db.schema_revision() == HEAD_REVISION and db.installation_id
    finally:
        db.close()
    pg_cluster.drop_database(uri)


def test_a_client_refuses_an_older_or_newer_server_and_changes_nothing(pg_cluster: PgCluster,
                                                                        pg_uri: str) -> None:
    name = pg_uri.split("/")[3].split("?")[0]
    pg_cluster.execute("UPDATE alembic_version SET version_num = '0006'", name)
    with pytest.raises(ServerNotUpgraded, match="admin upgrade"):
        Database.open(pg_uri)
    pg_cluster.execute("UPDATE alembic_version SET version_num = 'ffff'", name)
    with pytest.raises(DatabaseTooNew):
        Database.open(pg_uri)
    with pytest.raises(DatabaseTooNew):
        Database.upgrade(pg_uri)


def test_the_location_shown_never_holds_a_password() -> None:
    uri = "postgresql://ana:s3cret@db.example:5433/migdesk?sslmode=verify-full&password=other"
    shown = shown_location(uri)
    assert "s3cret" not in shown and "other" not in shown
    assert shown.startswith("postgresql://ana@db.example:5433/migdesk?") and "sslmode=verify-full" in shown
    assert server_database_name(uri) == "migdesk on db.example"
    socket = "postgresql://ana@/migdesk?host=/run/postgresql&port=5432"
    assert server_database_name(socket) == "migdesk on /run/postgresql"


def test_migdesk_db_may_name_a_server(pg_uri: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIGDESK_DB", pg_uri)
    assert default_database_path() == pg_uri
    done = subprocess.run([sys.executable, "-m", "migdesk", "init"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "MIGDESK_DB": pg_uri}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("postgresql://postgres@/") and f"schema {HEAD_REVISION}" in done.stdout
