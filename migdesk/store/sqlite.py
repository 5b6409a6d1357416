"""What is SQLite-only: connection pragmas, schema inspection without writing, file backups.

A server database (PostgreSQL for a whole delegation) would replace this module and
migdesk.store.sqlite_search; services and the GUI never import either directly.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

from migdesk.store.errors import DatabaseError

BUSY_TIMEOUT_MS = 10_000
# Execution option of the engine that writing sessions use: their BEGIN is IMMEDIATE.
WRITE_OPTION = "migdesk_write"
KEEP_BACKUPS = 10


def make_engine(path: Path) -> Engine:
    """An engine whose every connection uses WAL, foreign keys and a busy timeout."""
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            cur.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:  # a read-only file keeps its mode and can be read
            pass
        set_foreign_keys(dbapi_conn, on=True)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # pysqlite's own transaction handling defers BEGIN; a real BEGIN makes every
        # session one atomic transaction, reads included. A writing transaction takes the
        # write lock at once (IMMEDIATE), waiting the busy timeout for it: a deferred one
        # that reads, then writes, fails at once if another writer got in between.
        if not conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN")
            return
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except Exception as exc:  # a read-only file: reading still works, writing says why
            if "readonly" not in str(exc):
                raise
            conn.exec_driver_sql("BEGIN")

    return engine


def is_about_database(error: BaseException) -> bool:
    """True for SQLite's errors about the file itself (constraint errors are not)."""
    return isinstance(error, sqlite3.OperationalError) or type(error) is sqlite3.DatabaseError


def describe_error(exc: BaseException, path: Path) -> str:
    """One line a user can act on for a driver error about the database at path.

    Only SQLite's own message is used (never SQLAlchemy's, which carries the statement,
    its parameters and a web link over several lines).
    """
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return (f"{path} is busy: another program has been writing to it for "
                f"{BUSY_TIMEOUT_MS // 1000} seconds; try again")
    if "disk is full" in lowered or ("disk i/o error" in lowered and disk_is_full(path)):
        return f"the disk holding {path} is full; free some space and try again"
    if "readonly" in lowered or "read-only" in lowered:
        return f"{path} is read-only: MigDesk cannot save changes to it"
    if "malformed" in lowered or "not a database" in lowered:
        return (f"{path} is damaged ({message}); restore a copy from "
                f"{backups_folder(path)}")
    if "unable to open" in lowered:
        return f"{path} cannot be opened: check that its folder exists and can be written"
    return f"{path}: {message}"


def disk_is_full(path: Path) -> bool:
    """True when the file system holding path has (almost) no space left."""
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def remove_files_beside(path: Path) -> None:
    """Remove a database file and SQLite's journal, WAL and shared-memory files beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def set_foreign_keys(dbapi_conn: Any, *, on: bool) -> bool:
    """Turn SQLite's foreign-key enforcement on or off; True if it took effect.

    It takes effect only outside a transaction (inside one, SQLite ignores the PRAGMA).
    """
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")
        return bool(cursor.execute("PRAGMA foreign_keys").fetchone()[0]) == on
    finally:
        cursor.close()


# Page cache of a bulk write (an import), in KiB; SQLite's default is 2 MiB. A
# whole-database import inserts into every table's indexes in an order of their own:
# with the default cache each insert reads its index pages back from the file and
# writes pages out (to the WAL) before the commit, so the time per record grew with
# the database (plain sqlite3 alike: 9-10 -> 14-15 us of CPU per record from 100,000
# to 1,000,000 records; with a 64 MiB cache, 11). 128 MiB did no better for our
# import at 1,000,000 records. SQLite takes the memory only as pages are used and
# frees it when the cache shrinks again after the write.
BULK_CACHE_KIB = 64 * 1024


@contextlib.contextmanager
def bulk_cache(dbapi_conn: Any) -> Iterator[None]:
    """The connection's page cache raised to BULK_CACHE_KIB for the block, then as before."""
    cursor = dbapi_conn.cursor()
    try:
        before = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
        try:
            yield
        finally:
            cursor.execute(f"PRAGMA cache_size = {before}")
    finally:
        cursor.close()


def check_foreign_keys(conn: Connection) -> None:
    """DatabaseError naming the first row whose reference points at nothing."""
    row = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
    if row is not None:
        table, rowid, parent = row[0], row[1], row[2]
        raise DatabaseError(f"a row of {table} (rowid {rowid}) refers to a missing {parent} row")


def read_schema_revision(path: Path) -> tuple[bool, str | None]:
    """(is_empty, alembic revision) of a database file, read without writing a byte."""
    if path.exists() and not path.is_file():
        raise DatabaseError(f"{path} is not a regular file; give the path of a database file")
    if not path.exists() or path.stat().st_size == 0:
        return True, None
    try:
        with open(path, "rb") as f:
            if f.read(16) != b"SQLite format 3\x00":
                raise DatabaseError(f"{path} is not a SQLite database")
        # Without a WAL file beside it, the file alone is the whole database: opened as
        # immutable, SQLite creates no -wal or -shm file (a refused database stays alone).
        wal = Path(f"{path}-wal").exists()
        uri = f"{path.as_uri()}?mode=ro" + ("" if wal else "&immutable=1")
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not tables:
                return True, None
            if "alembic_version" not in tables:
                raise DatabaseError(f"{path} is a SQLite database but not a MigDesk database")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return False, (row[0] if row else None)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(describe_error(exc, path)) from None
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror}") from None


def backups_folder(path: Path) -> Path:
    """The folder beside the database that holds its backup copies."""
    return path.with_name(path.name + "-backups")


def backup(path: Path, reason: str) -> Path:
    """Copy the database (consistently, with SQLite's backup API) beside it; keep the last few."""
    folder = backups_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}-{reason}.sqlite"
    with (
        contextlib.closing(sqlite3.connect(path)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    for old in list_backups(path)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backups_folder(path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{path.stem}-*.sqlite"), reverse=True)


def restore(backup_path: Path, path: Path) -> None:
    """Replace the database with a backup copy (the current state is backed up first)."""
    if path.exists():
        backup(path, "before-restore")
    with (
        contextlib.closing(sqlite3.connect(backup_path)) as src,
        contextlib.closing(sqlite3.connect(path)) as dst,
    ):
        src.backup(dst)


def integrity_ok(path: Path) -> bool:
    """True when PRAGMA integrity_check finds nothing wrong."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
