"""What is PostgreSQL-only: connecting by libpq URI, errors, schema checks, locks, COPY, NOTIFY.

A delegation's shared database lives on a server; MigDesk reaches it through psycopg 3
(libpq underneath), so every libpq URI parameter works as the server's admins expect:
Unix sockets, TLS (sslmode, sslrootcert, sslcert, ...), service files, and passwords
from ~/.pgpass or PGPASSWORD. MigDesk never stores a password. The search index is in
migdesk.store.postgres_search; services and the window never import either module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from sqlalchemy import Connection, Engine, create_engine, event, text

from migdesk.paths import shown_location
from migdesk.store.errors import DatabaseError

LOCK_TIMEOUT_MS = 10_000  # as long as SQLite's busy timeout
# pg_advisory_lock keys (any bigint unique to MigDesk): one upgrade at a time, and
# whole-database writes (imports) one at a time.
UPGRADE_LOCK = 0x6D69_6764_6573_6B01
BULK_LOCK = 0x6D69_6764_6573_6B02
CHANNEL = "migdesk_changes"  # LISTEN/NOTIFY channel of the change log


def make_engine(uri: str) -> Engine:
    """An engine whose connections libpq opens from the URI exactly as given."""

    def connect() -> psycopg.Connection[Any]:
        return psycopg.connect(uri, application_name="MigDesk")

    engine = create_engine("postgresql+psycopg://", creator=connect, future=True,
                           pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # A write waits at most this long for a row another writer holds, then says so.
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        dbapi_conn.commit()

    return engine


def is_about_database(error: BaseException) -> bool:
    """True for driver errors about the server or our rights (constraint errors are not)."""
    return isinstance(error, psycopg.OperationalError | pg_errors.InsufficientPrivilege
                      | pg_errors.ReadOnlySqlTransaction | pg_errors.UndefinedTable
                      | pg_errors.InvalidCatalogName)


def describe_error(exc: BaseException, location: str) -> str:
    """One line a user can act on for a driver error about the server database."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    message = lines[0] if lines else type(orig).__name__
    where = shown_location(location)
    if isinstance(orig, pg_errors.InsufficientPrivilege | pg_errors.ReadOnlySqlTransaction):
        return (f"{where} is read-only for you: the server refuses changes from your role "
                "(ask its administrator for write access)")
    if isinstance(orig, pg_errors.LockNotAvailable | pg_errors.DeadlockDetected):
        return (f"{where} is busy: another person has been changing the same records for "
                f"{LOCK_TIMEOUT_MS // 1000} seconds; try again")
    if isinstance(orig, pg_errors.DiskFull):
        return f"the server of {where} is out of disk space; tell its administrator"
    if isinstance(orig, pg_errors.UndefinedTable):
        return f"{where} is not a MigDesk database (run `migdesk --db URI admin upgrade` to prepare it)"
    if isinstance(orig, psycopg.OperationalError):
        return f"cannot use the server database {where}: {message}"
    return f"{where}: {message}"


def read_schema_revision(conn: Connection) -> tuple[bool, str | None]:
    """(has no tables at all, alembic revision) of the connected database."""
    has_alembic = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
    if not has_alembic:
        tables = conn.execute(text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).scalar()
        return not tables, None
    return False, conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def lock_for_upgrade(conn: Connection) -> None:
    """Hold the upgrade lock until conn's transaction ends: concurrent upgrades wait."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})


def begin_bulk_write(conn: Connection) -> None:
    """Start a whole-database write: one at a time, references checked at the end."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": BULK_LOCK})
    conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))


def check_foreign_keys(conn: Connection) -> None:
    """DatabaseError naming the first dangling reference of this transaction (deferred checks)."""
    try:
        with conn.begin_nested():
            conn.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
    except Exception as error:
        orig = getattr(error, "orig", error)
        if not isinstance(orig, pg_errors.ForeignKeyViolation):
            raise
        detail = getattr(getattr(orig, "diag", None), "message_detail", None) or str(orig)
        table = getattr(getattr(orig, "diag", None), "table_name", None) or "a table"
        raise DatabaseError(f"a row of {table} refers to a missing row ({detail})") from None


def copy_rows(conn: Connection, table: str, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows with COPY (text values are parsed by the server, as for an INSERT)."""
    raw: Any = conn.connection.driver_connection
    columns = ", ".join(_quoted(n) for n in names)
    with raw.cursor() as cur, cur.copy(f"COPY {_quoted(table)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def who_and_when(conn: Connection) -> tuple[str, str]:
    """The connected role and the server's clock (ISO 8601 UTC), for the change log."""
    row = conn.execute(text(
        "SELECT current_user, to_char(clock_timestamp() AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")).one()
    return str(row[0]), str(row[1])


def notify_change(conn: Connection, writer: str) -> None:
    """Tell every listening window, when this transaction commits, that writer wrote."""
    conn.execute(text("SELECT pg_notify(:channel, :writer)"), {"channel": CHANNEL, "writer": writer})


def can_write(conn: Connection) -> bool:
    """True when the connected role may change records (a read-only role may not)."""
    return bool(conn.execute(text(
        "SELECT has_table_privilege('meetings', 'UPDATE') "
        "AND has_table_privilege('change_log', 'INSERT') "
        "AND NOT current_setting('transaction_read_only')::boolean")).scalar())


class ChangeListener:
    """A connection of its own that LISTENs for other writers: checking it never blocks."""

    def __init__(self, uri: str) -> None:
        self._conn = psycopg.connect(uri, autocommit=True, application_name="MigDesk listener")
        self._conn.execute(f"LISTEN {CHANNEL}")

    def pending(self, me: str) -> bool:
        """True when another writer than me committed since the last call (drains the queue)."""
        news = False
        try:
            for note in self._conn.notifies(timeout=0):
                news = news or note.payload != me
        except psycopg.OperationalError:  # the server went away: let the caller read the log
            return True
        return news

    def close(self) -> None:
        """Stop listening."""
        self._conn.close()


def backup_advice(location: str) -> str:
    """Why MigDesk makes no copy of a server database itself, and what to do instead."""
    return (f"{shown_location(location)} is a server database: it is backed up with the "
            "server's own tools (pg_dump, see docs/server.md) or `migdesk export`")
