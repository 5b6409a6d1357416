"""Where MigDesk finds its bundled resources and the user's default database."""

from __future__ import annotations

import os
from pathlib import Path

from migdesk import APP_NAME


def resources_dir() -> Path:
    """The folder of icons, fonts and translations (checkout, wheel or frozen bundle)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("MigDesk resources folder not found")


def resource(*parts: str) -> Path:
    """One bundled resource file, e.g. resource("fonts", "DejaVuSerif.ttf")."""
    return resources_dir().joinpath(*parts)


def default_database_path() -> Path:
    """The database used without --db: $MIGDESK_DB, else the platform's user data folder."""
    env = os.environ.get("MIGDESK_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "migdesk.sqlite"
