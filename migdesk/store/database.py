"""Opening a MigDesk database: refuse newer schemas, back up, migrate, hand out sessions.

A database is a SQLite file (the default, one person) or a PostgreSQL database on a
server (a delegation), named by a libpq URI (`postgresql://...`). A file is migrated
on open; a server only by `migdesk admin upgrade` (Database.upgrade), never by a client.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Connection, Engine, exc, select, text
from sqlalchemy.orm import Session, sessionmaker

from migdesk.paths import is_server_location, server_database_name
from migdesk.paths import shown_location as shown_uri
from migdesk.store import search, sqlite
from migdesk.store.errors import DatabaseError, DatabaseTooNew, ServerNotUpgraded
from migdesk.store.models import Setting, new_uuid

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration. Opening a database already at it needs no Alembic at all (a third
# of a second of start-up); a test checks that this matches migrations/versions.
HEAD_REVISION = "0011"


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> list[str]:
    """Schema revisions this version of MigDesk knows, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    """The newest schema revision this MigDesk writes."""
    return HEAD_REVISION


def _index_outdated(s: Session) -> bool:
    version = s.get(Setting, "search_index_version")
    return version is None or version.value != search.index_version(s.connection())


def _postgres() -> ModuleType:
    # Imported only for a server database: a laptop on SQLite never loads psycopg.
    from migdesk.store import postgres

    return postgres


def shown_location(location: Path | str) -> str:
    """The database as shown to users: a file's path, a server's URI without its password."""
    return shown_uri(str(location)) if is_server_location(location) else str(location)


def _upgrade(conn: Connection, target: str) -> None:
    from alembic import command

    cfg = _alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)


def _refuse_unknown(shown: str, current: str | None, known: list[str]) -> None:
    if current is not None and current not in known:
        raise DatabaseTooNew(
            f"{shown} was written by a newer MigDesk (schema {current}); update MigDesk to open it"
        )


class Database:
    """An open MigDesk database: an engine plus a session factory.

    location: the file's path, or the server's URI without any password (for titles and
    messages); path: the file (None for a server); title: a short name for a window.
    """

    def __init__(self, location: Path | str, engine: Engine) -> None:
        self.is_server = is_server_location(location)
        self._uri = str(location) if self.is_server else ""  # may hold a password: never shown
        self.path: Path | None = None if self.is_server else Path(location)
        self.location = shown_location(location)
        self.title = server_database_name(self._uri) if self.is_server else Path(location).name
        self.engine = engine
        self._kind: ModuleType = _postgres() if self.is_server else sqlite
        # This object's own token in the change log: its writes are not news to it.
        self.writer_id = new_uuid()
        info = {"writer": self.writer_id}
        self._listener: Any = None
        self._writer: Engine
        reader: Engine
        if self.is_server:  # writers lock the rows they change; readers see one snapshot
            self._writer = engine
            reader = engine.execution_options(isolation_level="REPEATABLE READ",
                                              postgresql_readonly=True)
            self._listener = _postgres().ChangeListener(self._uri)
        else:
            self._writer = engine.execution_options(**{sqlite.WRITE_OPTION: True})
            reader = engine
        self._sessions = sessionmaker(self._writer, expire_on_commit=False, info=info)
        self._read_sessions = sessionmaker(reader, expire_on_commit=False, info=info)

    @classmethod
    def open(cls, path: Path | str, *, upgrade_to: str | None = None) -> Database:
        """Open (creating or upgrading as needed) the database at path, or a server's.

        A schema newer than this app is refused before anything is written. An existing
        database is copied to its backups folder before any migration runs. A server
        database (a postgresql:// URI) is never migrated here: one at an older schema is
        refused (ServerNotUpgraded) until `migdesk admin upgrade` has run on it.
        """
        if is_server_location(path):
            return cls._open_server(str(path))
        path = Path(path).expanduser().resolve()
        empty, current = sqlite.read_schema_revision(path)
        target = upgrade_to or HEAD_REVISION
        known = [HEAD_REVISION] if current == target else known_revisions()
        _refuse_unknown(str(path), current, known)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"cannot create the folder of {path}: {error.strerror}") from None
        if not empty and current != target:
            sqlite.backup(path, f"before-{target}")
        created = not path.exists()
        try:
            return cls._open_engine(path, current, target)
        except DatabaseError:
            if created:  # a failed first start (a full disk) leaves no empty database behind
                sqlite.remove_files_beside(path)
            raise

    @classmethod
    def _open_engine(cls, path: Path, current: str | None, target: str) -> Database:
        """Migrate the database at path to target and hand it out (DatabaseError if not)."""
        engine = sqlite.make_engine(path)
        try:
            if current != target:
                with engine.begin() as conn:
                    _upgrade(conn, target)
            db = cls(path, engine)
            db._after_open(index=target == HEAD_REVISION)
        except DatabaseError:
            engine.dispose()
            raise
        except Exception as error:  # a broken file surfaces here as a driver error
            engine.dispose()
            raise DatabaseError(sqlite.describe_error(error, path)) from None
        return db

    @classmethod
    def _open_server(cls, uri: str) -> Database:
        """Open a server database that `admin upgrade` brought to this MigDesk's schema."""
        pg = _postgres()
        shown = shown_uri(uri)
        engine = pg.make_engine(uri)
        try:
            with engine.connect() as conn:
                _, current = pg.read_schema_revision(conn)
            _refuse_unknown(shown, current, [HEAD_REVISION] if current == HEAD_REVISION
                            else known_revisions())
            if current != HEAD_REVISION:
                raise ServerNotUpgraded(
                    f"{shown} is at schema {current or 'none'}, this MigDesk needs "
                    f"{HEAD_REVISION}: its administrator runs `migdesk --db URI admin upgrade` first"
                )
            db = cls(uri, engine)
        except DatabaseError:
            engine.dispose()
            raise
        except Exception as error:  # no server, no such database, refused login
            engine.dispose()
            raise DatabaseError(pg.describe_error(error, uri)) from None
        with db._driver_errors():
            db._after_open(index=True)
        return db

    @classmethod
    def upgrade(cls, location: Path | str) -> tuple[str | None, str]:
        """Bring a database to this MigDesk's schema; returns (revision before, after).

        On a server this holds an advisory lock, so that two administrators upgrading
        at once run the migrations once; a schema newer than this MigDesk is refused.
        A SQLite file is upgraded as on any open.
        """
        if not is_server_location(location):
            db = cls.open(location)
            db.close()
            return None, HEAD_REVISION
        uri = str(location)
        pg = _postgres()
        engine = pg.make_engine(uri)
        try:
            with engine.begin() as conn:
                pg.lock_for_upgrade(conn)
                _, before = pg.read_schema_revision(conn)
                _refuse_unknown(shown_uri(uri), before, known_revisions())
                if before != HEAD_REVISION:
                    _upgrade(conn, HEAD_REVISION)
        except DatabaseError:
            engine.dispose()
            raise
        except Exception as error:
            engine.dispose()
            raise DatabaseError(pg.describe_error(error, uri)) from None
        db = cls(uri, engine)
        try:
            with db._driver_errors():
                db._after_open(index=True)
        finally:
            db.close()
        return before, HEAD_REVISION

    def _after_open(self, *, index: bool) -> None:
        """Give the installation its id; rebuild the search index if its definition changed."""
        with self.session(write=False) as s:
            settled = s.get(Setting, "installation_id") is not None and not (
                index and _index_outdated(s)
            )
        if settled:  # nothing to write: a read-only database still opens for reading
            return
        with self.session() as s:
            if self.is_server:  # one client (or administrator) at a time settles a server
                _postgres().lock_for_upgrade(s.connection())
            if s.get(Setting, "installation_id") is None:
                s.add(Setting(key="installation_id", value=new_uuid()))
            if index and _index_outdated(s):
                search.rebuild(s.connection())
                s.merge(Setting(key="search_index_version",
                                value=search.index_version(s.connection())))

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error.

        A writing session (the default) holds the database's write lock from its start,
        waiting up to the busy timeout for it; write=False reads a consistent state
        without waiting for writers (and without holding them up). A driver error that
        is about the file (busy, full, read-only, damaged) becomes a one-line DatabaseError.
        """
        sessions = self._sessions if write else self._read_sessions
        with self._driver_errors(), sessions() as s, s.begin():
            yield s

    @contextmanager
    def _driver_errors(self) -> Iterator[None]:
        """Turn driver errors about the file or server into DatabaseError (constraint errors pass)."""
        try:
            yield
        except Exception as error:
            orig = error.orig if isinstance(error, exc.DBAPIError) else error
            if orig is not None and self._kind.is_about_database(orig):
                where: Any = self._uri if self.is_server else self.path
                raise DatabaseError(self._kind.describe_error(orig, where)) from None
            raise

    @contextmanager
    def bulk_session(self) -> Iterator[Session]:
        """A session for writing many records: references checked once, before the commit.

        SQLite then skips its row-by-row foreign-key checks (a tenth of a whole-database
        import); one pass over the tables at the end refuses any dangling reference, and
        the whole transaction is rolled back (DatabaseError). A server defers its checks
        to the end of the transaction the same way, one bulk write at a time.
        """
        if self.is_server:
            with self._driver_errors(), self._sessions() as s, s.begin():
                _postgres().begin_bulk_write(s.connection())
                yield s
                s.flush()
                _postgres().check_foreign_keys(s.connection())
            return
        with self._driver_errors(), self._writer.connect() as conn:  # BEGIN IMMEDIATE
            raw = conn.connection.driver_connection  # outside any transaction, as PRAGMA needs
            if not sqlite.set_foreign_keys(raw, on=False):
                raise DatabaseError("cannot defer the reference checks for a bulk write")
            try:
                with (
                    sqlite.bulk_cache(raw),
                    Session(bind=conn, expire_on_commit=False, info={"writer": self.writer_id}) as s,
                    s.begin(),
                ):
                    yield s
                    s.flush()
                    sqlite.check_foreign_keys(s.connection())
            finally:
                if not sqlite.set_foreign_keys(raw, on=True):
                    conn.invalidate()  # never back to the pool without enforcement

    @property
    def installation_id(self) -> str:
        """This installation's identity in exchange files."""
        with self.session(write=False) as s:
            return s.scalars(select(Setting.value).where(Setting.key == "installation_id")).one()

    def schema_revision(self) -> str | None:
        """The schema revision stamped in the database."""
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def can_write(self) -> bool:
        """False when changes would be refused: a read-only file, a read-only server role."""
        if self.path is not None:
            return os.access(self.path, os.W_OK)
        with self._driver_errors(), self.engine.connect() as conn:
            return bool(_postgres().can_write(conn))

    def others_wrote(self) -> bool:
        """A cheap check, never waiting, whether another writer may have changed something.

        A server says so by NOTIFY; a file cannot, so its change log is always worth reading.
        """
        return self._listener.pending(self.writer_id) if self.is_server else True

    def close(self) -> None:
        """Refresh the query planner's statistics, then release every connection."""
        if self.is_server:
            self._listener.close()
            self.engine.dispose()
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - statistics are an optimisation, never a reason to fail
            pass
        self.engine.dispose()


# Backups of a database, whatever its engine (SQLite files keep theirs beside them).


def back_up(db: Database, reason: str) -> Path | None:
    """Copy the open database beside it before a risky write (an import); returns the copy.

    None for a server database: its administrators back it up with the server's tools.
    """
    return None if db.path is None else sqlite.backup(db.path, reason)


def list_backups(location: Path | str) -> list[Path]:
    """Backups of the database at location, newest first (none kept for a server)."""
    return [] if is_server_location(location) else sqlite.list_backups(Path(location))


def restore_backup(backup_path: Path, location: Path | str) -> None:
    """Replace the (closed) database with a backup; its current state is backed up first."""
    if is_server_location(location):
        raise DatabaseError(_postgres().backup_advice(str(location)))
    sqlite.restore(Path(backup_path), Path(location))
