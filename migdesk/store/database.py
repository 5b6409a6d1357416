"""Opening a MigDesk database: refuse newer schemas, back up, migrate, hand out sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, exc, select, text
from sqlalchemy.orm import Session, sessionmaker

from migdesk.store import search, sqlite
from migdesk.store.errors import DatabaseError, DatabaseTooNew
from migdesk.store.models import Setting, new_uuid

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest migration. Opening a database already at it needs no Alembic at all (a third
# of a second of start-up); a test checks that this matches migrations/versions.
HEAD_REVISION = "0010"


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
    return version is None or version.value != search.INDEX_VERSION


class Database:
    """An open MigDesk database: an engine plus a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        # This object's own token in the change log: its writes are not news to it.
        self.writer_id = new_uuid()
        info = {"writer": self.writer_id}
        self._writer = engine.execution_options(**{sqlite.WRITE_OPTION: True})
        self._sessions = sessionmaker(self._writer, expire_on_commit=False, info=info)
        self._read_sessions = sessionmaker(engine, expire_on_commit=False, info=info)

    @classmethod
    def open(cls, path: Path | str, *, upgrade_to: str | None = None) -> Database:
        """Open (creating or upgrading as needed) the database at path.

        A schema newer than this app is refused before anything is written. An existing
        database is copied to its backups folder before any migration runs.
        """
        path = Path(path).expanduser().resolve()
        empty, current = sqlite.read_schema_revision(path)
        target = upgrade_to or HEAD_REVISION
        known = [HEAD_REVISION] if current == target else known_revisions()
        if current is not None and current not in known:
            raise DatabaseTooNew(
                f"{path} was written by a newer MigDesk (schema {current}); "
                "update MigDesk to open it"
            )
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
                from alembic import command

                cfg = _alembic_config()
                with engine.begin() as conn:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, target)
            db = cls(path, engine)
            db._after_open(index=target == HEAD_REVISION)
        except DatabaseError:
            engine.dispose()
            raise
        except Exception as error:  # a broken file surfaces here as a driver error
            engine.dispose()
            raise DatabaseError(sqlite.describe_error(error, path)) from None
        return db

    def _after_open(self, *, index: bool) -> None:
        """Give the installation its id; rebuild the search index if its definition changed."""
        with self.session(write=False) as s:
            settled = s.get(Setting, "installation_id") is not None and not (
                index and _index_outdated(s)
            )
        if settled:  # nothing to write: a read-only database still opens for reading
            return
        with self.session() as s:
            if s.get(Setting, "installation_id") is None:
                s.add(Setting(key="installation_id", value=new_uuid()))
            if index and _index_outdated(s):
                search.rebuild(s.connection())
                s.merge(Setting(key="search_index_version", value=search.INDEX_VERSION))

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
        """Turn SQLite's errors about the file into DatabaseError (constraint errors pass)."""
        try:
            yield
        except exc.DBAPIError as error:
            orig = error.orig
            if isinstance(orig, sqlite3.OperationalError) or type(orig) is sqlite3.DatabaseError:
                raise DatabaseError(sqlite.describe_error(orig, self.path)) from None
            raise
        except sqlite3.OperationalError as error:
            raise DatabaseError(sqlite.describe_error(error, self.path)) from None

    @contextmanager
    def bulk_session(self) -> Iterator[Session]:
        """A session for writing many records: references checked once, before the commit.

        SQLite then skips its row-by-row foreign-key checks (a tenth of a whole-database
        import); one pass over the tables at the end refuses any dangling reference, and
        the whole transaction is rolled back (DatabaseError).
        """
        with self._driver_errors(), self._writer.connect() as conn:  # BEGIN IMMEDIATE
            raw = conn.connection.driver_connection  # outside any transaction, as PRAGMA needs
            if not sqlite.set_foreign_keys(raw, on=False):
                raise DatabaseError("cannot defer the reference checks for a bulk write")
            try:
                with (
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

    def close(self) -> None:
        """Refresh the query planner's statistics, then release every connection."""
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - statistics are an optimisation, never a reason to fail
            pass
        self.engine.dispose()


# Backups of a database, whatever its engine (SQLite files keep theirs beside them).


def back_up(db: Database, reason: str) -> Path:
    """Copy the open database beside it before a risky write (an import); returns the copy."""
    return sqlite.backup(db.path, reason)


def list_backups(path: Path) -> list[Path]:
    """Backups of the database at path, newest first."""
    return sqlite.list_backups(Path(path))


def restore_backup(backup_path: Path, path: Path) -> None:
    """Replace the (closed) database with a backup; its current state is backed up first."""
    sqlite.restore(Path(backup_path), Path(path))
