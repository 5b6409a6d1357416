"""Where a database is: a file path or a server's connection URI, and how to show it.

A location is passed to `Database.open` as given; this module only tells the two kinds
apart, shows a URI without its password, and checks a URI as the user types it
(`server_uri_problem`). Passwords never belong in a URI MigDesk keeps: libpq finds them
in ~/.pgpass, a service file or PGPASSWORD.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from migdesk.paths import is_server_location, shown_location

__all__ = ["describe_location", "is_server_location", "server_uri_problem"]

# libpq's connection parameters that may appear in a URI's query (PostgreSQL 15), less
# "password": MigDesk never keeps one.
URI_PARAMETERS = frozenset({
    "host", "hostaddr", "port", "dbname", "user", "passfile", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name",
    "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval",
    "keepalives_count", "tcp_user_timeout", "replication", "gssencmode", "sslmode",
    "requiressl", "sslcompression", "sslcert", "sslkey", "sslpassword", "sslrootcert",
    "sslcrl", "sslcrldir", "sslsni", "requirepeer", "ssl_min_protocol_version",
    "ssl_max_protocol_version", "krbsrvname", "gsslib", "service", "target_session_attrs",
})


def describe_location(location: str) -> str:
    """The location as shown to people: a URI without its password, or the file's path."""
    if not is_server_location(location.strip()):
        return str(Path(location).expanduser())
    return shown_location(location.strip())


def server_uri_problem(text: str) -> str | None:
    """What is wrong with a libpq connection URI (None: it can be tried).

    postgresql://[USER@][HOST][:PORT]/DBNAME[?PARAM=VALUE&...], the Unix-socket form
    (host=/socket/dir in the query) included; no password in it.
    """
    text = text.strip()
    if not text:
        return "type the server's address: postgresql://USER@HOST/DATABASE"
    if not is_server_location(text.lower()):
        return "a server address starts with postgresql://"
    if any(c.isspace() for c in text):
        return "a server address has no spaces"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        port = 0  # not a number, or out of range
    if port == 0:
        return "the port must be a number from 1 to 65535"
    params = parse_qsl(parts.query, keep_blank_values=True)
    names = [name for name, _value in params]
    if parts.password is not None or "password" in names:
        return "leave the password out: MigDesk never keeps one (use ~/.pgpass, a service file or PGPASSWORD)"
    unknown = sorted(set(names) - URI_PARAMETERS)
    if unknown:
        return f"unknown connection parameter {unknown[0][:40]!r}"
    if not parts.path.strip("/") and "dbname" not in names and "service" not in names:
        return "name the database: postgresql://USER@HOST/DATABASE"
    return None
