"""The command line against a throwaway PostgreSQL cluster, as real processes.

`--db postgresql://...` prepares, fills, searches, prints, exports and imports a server
database as it does a file; two processes writing the same field: the stale one exits
1; two processes writing 200 records each at the same time: every write lands.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest
from pypdf import PdfReader

from migdesk.services import records as r
from migdesk.store.database import HEAD_REVISION, Database
from tests.integration.test_exchange_roundtrip import dump
from tests.integration.test_pg_two_people import GRANT_READ, _as, _role
from tests.pg_cluster import PgCluster

# Writes per process in the concurrent-writers test. Every write is a process start (about
# 2 s on a busy 2-core machine): the suite runs 2 x 40; MIGDESK_PG_WRITES_EACH=200 runs
# the 2 x 200 (about 13 minutes there).
WRITES_EACH = int(os.environ.get("MIGDESK_PG_WRITES_EACH", "40"))


def migdesk(db: str | Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `migdesk --db DB ARGS...` in a process of its own."""
    return subprocess.run([sys.executable, "-m", "migdesk", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=180, check=False)


def ok(db: str | Path, *args: str) -> str:
    done = migdesk(db, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1
    assert done.stderr.startswith("migdesk: error: ") and done.stderr.count("\n") == 1, done.stderr
    return done.stderr


@pytest.fixture
def server_demo(pg_uri: str) -> str:
    """A server database holding the demo, loaded by `init --demo`."""
    ok(pg_uri, "init", "--demo")
    return pg_uri


def test_admin_upgrade_then_init_demo_prepare_an_empty_server(pg_cluster: PgCluster) -> None:
    uri = pg_cluster.new_database(template="template0")
    refused = one_error_line(migdesk(uri, "list", "meetings"))
    assert "admin upgrade" in refused
    assert f"upgraded from schema none to {HEAD_REVISION}" in ok(uri, "admin", "upgrade")
    assert f"already at schema {HEAD_REVISION}" in ok(uri, "admin", "upgrade")
    assert "demo loaded" in ok(uri, "init", "--demo")
    assert "Linking OAS efforts" in ok(uri, "list", "meetings")
    hits = json.loads(ok(uri, "search", "CE/AM-75", "--json"))
    assert hits and {"kind", "id", "title", "snippet"} <= set(hits[0])
    pg_cluster.drop_database(uri)


def test_search_migracion_finds_both_languages(server_demo: str) -> None:
    assert "Migration" in ok(server_demo, "search", "migracion")
    hits = json.loads(ok(server_demo, "search", "migracion", "--json"))
    found = " ".join(h["title"] + " " + h["snippet"] for h in hits)
    assert "Migración" in found and "Migration" in found


def test_pdf_summary_of_a_server_meeting(server_demo: str, tmp_path: Path) -> None:
    meeting = json.loads(ok(server_demo, "list", "meetings", "--json"))[0]
    ok(server_demo, "pdf", "summary", meeting["id"], "-o", str(tmp_path / "summary.pdf"))
    pages = PdfReader(tmp_path / "summary.pdf").pages
    assert "Linking OAS efforts" in " ".join((p.extract_text() or "") for p in pages).replace("\n", " ")


def test_export_from_the_server_import_into_sqlite_and_back(server_demo: str, pg_uri: str,
                                                            pg_cluster: PgCluster, tmp_path: Path) -> None:
    ok(server_demo, "export", str(tmp_path / "server.migdesk"))
    laptop = tmp_path / "laptop.sqlite"
    ok(laptop, "import", str(tmp_path / "server.migdesk"))
    server_db, laptop_db = Database.open(server_demo), Database.open(laptop)
    try:
        assert dump(laptop_db) == dump(server_db)
    finally:
        server_db.close()
        laptop_db.close()

    # The reverse: a file's demo into an empty server database.
    other = tmp_path / "other.sqlite"
    ok(other, "init", "--demo")
    r_id = json.loads(ok(other, "list", "organizations", "--json"))[0]["id"]
    ok(other, "set", "organizations", r_id, "--set", "notes=written on a laptop")
    ok(other, "export", str(tmp_path / "laptop.migdesk"))
    fresh = pg_cluster.new_database()
    ok(fresh, "import", str(tmp_path / "laptop.migdesk"))
    server_db, laptop_db = Database.open(fresh), Database.open(other)
    try:
        assert dump(server_db) == dump(laptop_db)
        assert r.get_record(server_db, "organizations", r_id).values["notes"] == "written on a laptop"
    finally:
        server_db.close()
        laptop_db.close()
        pg_cluster.drop_database(fresh)


def test_a_server_at_another_schema_is_refused(pg_uri: str, pg_cluster: PgCluster) -> None:
    name = pg_uri.split("/")[3].split("?")[0]
    pg_cluster.execute("UPDATE alembic_version SET version_num = '9999'", name)
    assert "newer MigDesk" in one_error_line(migdesk(pg_uri, "list", "meetings"))
    assert "newer MigDesk" in one_error_line(migdesk(pg_uri, "admin", "upgrade"))
    pg_cluster.execute("UPDATE alembic_version SET version_num = '0007'", name)
    refused = one_error_line(migdesk(pg_uri, "list", "meetings"))
    assert "schema 0007" in refused and "migdesk --db URI admin upgrade" in refused
    with psycopg.connect(pg_uri) as conn:  # the refused client migrated nothing
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)


def test_the_stale_of_two_processes_exits_1(server_demo: str) -> None:
    org = json.loads(ok(server_demo, "list", "organizations", "--json"))[0]
    version = str(org["version"])
    command = [sys.executable, "-m", "migdesk", "--db", server_demo, "set", "organizations",
               org["id"], "--if-version", version]
    procs = [subprocess.Popen([*command, "--set", f"notes=from {who}"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for who in ("A", "B")]
    results = [(p.wait(timeout=180), p.stderr.read() if p.stderr else "") for p in procs]
    assert sorted(code for code, _ in results) == [0, 1]
    stale = next(err for code, err in results if code == 1)
    assert stale.startswith("migdesk: error: ") and stale.count("\n") == 1
    shown = json.loads(ok(server_demo, "show", "organizations", org["id"], "--json"))
    assert shown["version"] == org["version"] + 1


def test_two_processes_writing_200_records_each_all_land(pg_uri: str) -> None:
    each = WRITES_EACH
    db = Database.open(pg_uri)
    try:
        ids = [r.create_record(db, "organizations", {"name": f"Delegation {n}"}).items[0].id
               for n in range(2 * each)]
    finally:
        db.close()
    failures: list[str] = []

    def writer(chunk: list[str], who: str) -> None:
        for record_id in chunk:
            done = migdesk(pg_uri, "set", "organizations", record_id, "--set", f"notes={who}")
            if done.returncode != 0:
                failures.append(done.stderr)

    threads = [threading.Thread(target=writer, args=(ids[:each], "A")),
               threading.Thread(target=writer, args=(ids[each:], "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    db = Database.open(pg_uri)
    try:
        notes = {x.id: x.values["notes"] for x in r.list_records(db, "organizations")}
    finally:
        db.close()
    assert [notes[i] for i in ids] == ["A"] * each + ["B"] * each


def test_a_read_only_role_lists_and_is_refused_a_write(server_demo: str, pg_cluster: PgCluster) -> None:
    reader = _role(pg_cluster, "cli_reader")
    pg_cluster.execute(GRANT_READ.format(role=reader), server_demo.split("/")[3].split("?")[0])
    uri = _as(server_demo, reader)
    org = json.loads(ok(uri, "list", "organizations", "--json"))[0]
    refused = one_error_line(migdesk(uri, "set", "organizations", org["id"], "--set", "notes=x"))
    assert "read-only for you" in refused


def test_a_server_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    refused = one_error_line(migdesk(f"postgresql://nobody:secret@/x?host={tmp_path}&port=1",
                                     "list", "meetings"))
    assert "secret" not in refused and "cannot use the server database" in refused
