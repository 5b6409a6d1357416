"""Where MigDesk finds its bundled resources and the user's default database."""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from migdesk import APP_NAME


@cache  # looked up once: the window asks for dozens of icons at start-up
def resources_dir() -> Path:
    """The folder of icons, fonts and translations (checkout, wheel or frozen bundle).

    Installed from a wheel, resources/ is the package migdesk.resources, so it sits inside
    this package; the PyInstaller bundle copies it to the same place. In a checkout (plain
    or editable install) it is the top-level resources/ beside this package. The package's
    own folder is tried first so that an unrelated top-level "resources" folder next to an
    installed migdesk (site-packages) is never taken for ours.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError(f"MigDesk resources folder not found beside {here}")


def resource(*parts: str) -> Path:
    """One bundled resource file, e.g. resource("fonts", "DejaVuSerif.ttf")."""
    return resources_dir().joinpath(*parts)


SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_location(location: object) -> bool:
    """True when location names a server database (a libpq URI), not a file."""
    return isinstance(location, str) and location.startswith(SERVER_SCHEMES)


def shown_location(uri: str) -> str:
    """A server's URI as shown to users (titles, messages): without any password in it."""
    parts = urlsplit(uri)
    netloc = re.sub(r"^([^:@]*):[^@]*@", r"\1@", parts.netloc)
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"], safe="/")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def server_database_name(uri: str) -> str:
    """A short name for window titles: "DBNAME on HOST" (the socket folder for a socket)."""
    parts = urlsplit(uri)
    query = dict(parse_qsl(parts.query))
    name = parts.path.lstrip("/") or query.get("dbname", "") or "(default database)"
    host = parts.hostname or query.get("host", "") or "local socket"
    return f"{name} on {host}"


def database_location(text: str) -> Path | str:
    """What --db or $MIGDESK_DB names: a server's URI as given, else a file path."""
    return text if is_server_location(text) else Path(text).expanduser()


def default_database_path() -> Path | str:
    """The database used without --db: $MIGDESK_DB, else the platform's user data folder."""
    env = os.environ.get("MIGDESK_DB")
    if env:
        return database_location(env)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "migdesk.sqlite"
