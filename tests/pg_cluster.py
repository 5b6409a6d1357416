"""A throwaway PostgreSQL cluster for tests: a temporary folder, a Unix socket, no TCP.

Debian's postgresql package (packaging/setup-dev.sh) puts initdb and pg_ctl under
/usr/lib/postgresql/VERSION/bin. initdb refuses to run as root, so a root test run hands
the folder to the `postgres` system user and runs the server as that user (runuser).
Every test gets its own database, copied from a template that `admin upgrade` prepared
(CREATE DATABASE ... TEMPLATE is a file copy: a few tens of milliseconds).
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
PORT = 5432  # only names the socket file: nothing listens on TCP
TEMPLATE = "migdesk_template"


def server_binaries() -> Path | None:
    """The bin folder of the newest installed PostgreSQL (None when there is none)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return found[-1].parent if found else None


class PgCluster:
    """A running throwaway cluster; uri() names databases in it."""

    def __init__(self, folder: Path, bin_dir: Path) -> None:
        self.folder = folder
        self.bin_dir = bin_dir
        self.data = folder / "data"
        self._names = itertools.count(1)

    # Running the server's own programs, as the unprivileged owner when we are root.

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> None:
        """initdb, then start the server listening only on a socket in the folder."""
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        self.folder.chmod(0o755)  # the socket must be reachable by the test user
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-c listen_addresses='' -k {self.folder} -p {PORT} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "start")

    def stop(self) -> None:
        """Stop the server at once (open test connections are cut) and remove the folder."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    # Databases and roles.

    def uri(self, dbname: str, user: str = SUPERUSER) -> str:
        """The libpq URI of a database in this cluster (Unix-socket form)."""
        return f"postgresql://{user}@/{dbname}?host={quote(str(self.folder), safe='/')}&port={PORT}"

    def execute(self, sql: str, dbname: str = "postgres") -> None:
        """Run statements as the superuser, outside any transaction."""
        import psycopg

        with psycopg.connect(self.uri(dbname), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self, template: str = TEMPLATE) -> str:
        """A fresh database copied from template ('template0': empty); returns its URI."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.uri(name)

    def drop_database(self, uri: str) -> None:
        """Drop a test's database (its connections are cut)."""
        name = uri.split("/")[3].split("?")[0]
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> PgCluster | str:
    """A started cluster, or the reason there is none (PostgreSQL not installed)."""
    bin_dir = server_binaries()
    if bin_dir is None:
        return "PostgreSQL is not installed (packaging/setup-dev.sh installs it)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: cannot start PostgreSQL as an unprivileged user"
    cluster = PgCluster(Path(tempfile.mkdtemp(prefix="migdesk-pg-")), bin_dir)
    try:
        cluster.start()
    except (RuntimeError, OSError, KeyError, LookupError) as error:
        shutil.rmtree(cluster.folder, ignore_errors=True)
        return f"cannot start a throwaway PostgreSQL cluster: {error}"
    return cluster
