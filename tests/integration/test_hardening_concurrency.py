"""Two command-line writers and a reader on one SQLite database: every write lands.

Each writer process runs 200 `migdesk set` commands in a loop (migdesk.cli.main called
in-process, so each command opens and closes the database as the real command does),
while a third process lists meetings over and over. Writing sessions take the write lock
at their start (BEGIN IMMEDIATE) and wait the busy timeout for it, so none may fail.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from migdesk.cli import main
from migdesk.services import records
from migdesk.store.database import Database

WRITES = 200

DRIVER = """
import contextlib, io, json, sys
from migdesk.cli import main
db, role, record_id, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
failures = []
for n in range(count):
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        if role == "reader":
            code = main(["--db", db, "list", "meetings"])
        else:
            code = main(["--db", db, "set", "meetings", record_id, "--set", f"title={role} {n}"])
    if code != 0:
        failures.append(err.getvalue())
print(json.dumps(failures))
"""


def _meeting(db_path: Path, title: str) -> str:
    db = Database.open(db_path)
    try:
        return records.create_record(db, "meetings", {"title": title}).items[0].id
    finally:
        db.close()


def test_two_writers_and_a_reader_all_succeed(tmp_path: Path) -> None:
    db_path = tmp_path / "shared.sqlite"
    assert main(["--db", str(db_path), "init"]) == 0
    ids = {"a": _meeting(db_path, "A"), "b": _meeting(db_path, "B")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(db_path), role, ids.get(role, "-"), str(count)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for role, count in (("a", WRITES), ("b", WRITES), ("reader", WRITES // 2))
    ]
    failures = {}
    for proc in procs:
        out, _ = proc.communicate(timeout=300)
        assert proc.returncode == 0
        failures[len(failures)] = json.loads(out)
    assert failures == {0: [], 1: [], 2: []}
    db = Database.open(db_path)
    try:
        assert records.get_record(db, "meetings", ids["a"]).values["title"] == f"a {WRITES - 1}"
        assert records.get_record(db, "meetings", ids["b"]).values["title"] == f"b {WRITES - 1}"
        # every command was its own version: 1 (created) + 200 edits
        assert records.get_record(db, "meetings", ids["a"]).values["version"] == WRITES + 1
    finally:
        db.close()
