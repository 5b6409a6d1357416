"""Trouble from the system, the terminal and the disk: one line, nothing left behind.

Full and read-only disks are real file systems (a tmpfs mounted for the test; skipped
where mounting is not allowed); a damaged database is a real file with a page
overwritten; a closed pipe is a real pipe to a reader that stops early.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from migdesk.atomic_write import remove_stale_parts
from migdesk.cli_output import terminal_safe
from migdesk.services import records as r
from migdesk.services.demo import load_demo
from migdesk.services.spreadsheet import guard
from migdesk.store import sqlite as store_sqlite
from migdesk.store.database import Database
from migdesk.store.models import utc_now
from tests.integration.hardening_helpers import assert_refused, rich_database, run

MIGDESK = [sys.executable, "-m", "migdesk"]


@contextlib.contextmanager
def mounted(folder: Path, options: str) -> Iterator[Path]:
    """A small tmpfs at folder (skips the test where mounting is not allowed)."""
    folder.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(path)
    load_demo(db)
    db.close()
    return path


def _copy(demo_db: Path, target: Path) -> str:
    with contextlib.closing(sqlite3.connect(demo_db)) as src, contextlib.closing(
        sqlite3.connect(target)
    ) as dst:
        src.backup(dst)
    return str(target)


def test_a_full_disk_says_so_in_one_line_without_sql_or_contents(demo_db: Path, tmp_path: Path) -> None:
    size = demo_db.stat().st_size
    with mounted(tmp_path / "small", f"size={size + 256 * 1024}") as folder:
        db = _copy(demo_db, folder / "db.sqlite")
        secret = "SECRET-CONTENT " * 40_000
        result = run("--db", db, "add", "meetings", "--set", "title=x", "--set", f"notes={secret}")
        assert_refused(result, "full")
        assert "SECRET" not in result[2] and "INSERT" not in result[2]
        assert store_sqlite.integrity_ok(Path(db))


def test_a_failed_init_on_a_full_disk_leaves_no_database(tmp_path: Path) -> None:
    with mounted(tmp_path / "tiny", "size=48k") as folder:
        assert_refused(run("--db", str(folder / "new.sqlite"), "init", "--demo"))
        assert sorted(p.name for p in folder.iterdir()) == []


def test_a_read_only_database_says_so_and_still_lists(demo_db: Path, tmp_path: Path) -> None:
    with mounted(tmp_path / "ro", "size=8m") as folder:
        db = _copy(demo_db, folder / "db.sqlite")
        with contextlib.closing(sqlite3.connect(db)) as conn:  # leave no WAL behind
            conn.execute("PRAGMA journal_mode = DELETE")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        code, out, _ = run("--db", db, "list", "meetings")
        assert code == 0 and "Linking OAS" in out
        assert_refused(run("--db", db, "add", "meetings", "--set", "title=x"), "read-only")


def test_a_damaged_database_points_at_its_backups(demo_db: Path, tmp_path: Path) -> None:
    db = Path(_copy(demo_db, tmp_path / "db.sqlite"))
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[page : 4 * page] = b"\xa5" * (3 * page)  # the pages after the header's
    db.write_bytes(bytes(data))
    result = run("--db", str(db), "list", "interventions")
    assert_refused(result, "damaged", str(store_sqlite.backups_folder(db)))


def test_a_busy_database_says_so_in_one_line(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _copy(demo_db, tmp_path / "db.sqlite")
    assert run("--db", db, "list", "meetings")[0] == 0  # WAL mode from here on
    monkeypatch.setattr(store_sqlite, "BUSY_TIMEOUT_MS", 200)
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as holder:
        holder.execute("BEGIN IMMEDIATE")
        assert_refused(run("--db", db, "add", "meetings", "--set", "title=x"), "busy")
        code, out, _ = run("--db", db, "list", "meetings")  # readers do not wait for writers
        assert code == 0 and out
        holder.execute("ROLLBACK")


def test_a_device_is_not_taken_for_a_database(tmp_path: Path) -> None:
    journal = Path("/dev/null-journal")
    existed = journal.exists()
    assert_refused(run("--db", "/dev/null", "list", "meetings"), "not a regular file")
    assert journal.exists() == existed


def test_a_newer_schema_leaves_no_wal_or_shm_files(demo_db: Path, tmp_path: Path) -> None:
    db = Path(_copy(demo_db, tmp_path / "db.sqlite"))
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite"]
    before = db.read_bytes()
    assert_refused(run("--db", str(db), "list", "meetings"), "newer MigDesk")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite"]
    assert db.read_bytes() == before


def test_invalid_utf8_in_an_argument_is_one_line(demo_db: Path, tmp_path: Path) -> None:
    db = _copy(demo_db, tmp_path / "db.sqlite")
    done = subprocess.run([*MIGDESK, "--db", db, "add", "meetings", "--set", b"title=\xff\xfe"],
                          capture_output=True)
    assert done.returncode == 1
    assert done.stderr.decode().startswith("migdesk: error: ") and done.stderr.count(b"\n") == 1
    assert b"UTF-8" in done.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "many.sqlite")
    now = utc_now()
    with db.session() as s:
        r.write_snapshots(s, [("organizations", f"00000000-0000-4000-8000-{n:012d}", {
            "name": f"Organization {n} " + "x" * 60, "kind": "committee", "aliases": [],
            "language": "en", "created_at": now, "updated_at": now, "deleted_at": None,
        }) for n in range(5000)])
    db.close()
    proc = subprocess.Popen([*MIGDESK, "--db", str(tmp_path / "many.sqlite"), "list",
                             "organizations"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 141, -13), err
    assert err == b""


def test_terminal_escapes_in_data_are_shown_not_obeyed(tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite")
    ids = rich_database(Path(db))
    evil = "Title \x1b]0;pwned\x07\x1b[2J\r\x9b31m\u202eend"
    assert run("--db", db, "set", "meetings", ids["meetings"], "--set", f"title={evil}")[0] == 0
    for args in (("list", "meetings"), ("show", "meetings", ids["meetings"]), ("search", "Title")):
        code, out, _ = run("--db", db, *args)
        assert code == 0
        assert not any(c in out for c in "\x1b\x07\r\x9b\u202e"), (args, out)
        assert "\\x1b]0;pwned" in out
    code, out, _ = run("--db", db, "show", "meetings", ids["meetings"], "--json")
    assert "\\u001b" in out  # JSON escapes control characters itself
    assert terminal_safe("a\nb\tc", multiline=True) == "a\nb\tc"
    assert terminal_safe("a\nb") == "a\\x0ab"


def test_part_files_of_dead_writers_are_removed(demo_db: Path, tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    target = tmp_path / "out.migdesk"
    stale = tmp_path / f".out.migdesk.{dead.stdout.strip()}-0123456789ab.part"
    alive = tmp_path / f".out.migdesk.{os.getppid()}-0123456789ab.part"  # a running writer
    stale.write_bytes(b"half a file")
    alive.write_bytes(b"being written")
    db = _copy(demo_db, tmp_path / "db.sqlite")
    assert run("--db", db, "export", str(target))[0] == 0
    assert not stale.exists() and alive.exists() and target.exists()
    assert remove_stale_parts(target) == []


def test_a_killed_export_leaves_nothing_behind_the_next_one(demo_db: Path, tmp_path: Path) -> None:
    db = _copy(demo_db, tmp_path / "db.sqlite")
    target = tmp_path / "out.migdesk"
    code = ("import os, signal, sys\n"
            "from migdesk import atomic_write\n"
            "from pathlib import Path\n"
            "with atomic_write.atomic_file(Path(sys.argv[1])) as f:\n"
            "    f.write(b'x' * 1000); f.flush(); os.kill(os.getpid(), signal.SIGKILL)\n")
    done = subprocess.run([sys.executable, "-c", code, str(target)])
    assert done.returncode == -9
    assert [p.name for p in tmp_path.glob(".out.migdesk.*.part")]
    assert run("--db", db, "export", str(target))[0] == 0
    assert not list(tmp_path.glob(".out.migdesk.*.part"))


def test_pdfs_follow_the_umask(demo_db: Path, tmp_path: Path) -> None:
    db = _copy(demo_db, tmp_path / "db.sqlite")
    meeting = r.list_ids(Database.open(db), "meetings")[0]
    old = os.umask(0o022)
    try:
        assert run("--db", db, "pdf", "summary", meeting, "-o", str(tmp_path / "s.pdf"))[0] == 0
    finally:
        os.umask(old)
    assert (tmp_path / "s.pdf").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", " ", "\n", "\u00a0", "\ufeff",
                                   "\uff1d", "\u3000"])
def test_csv_cells_that_a_spreadsheet_could_run_are_neutralised(start: str) -> None:
    assert guard(f"{start}SUM(A1)") == f"'{start}SUM(A1)"
    assert guard("Plain text") == "Plain text" and guard(-5) == -5
