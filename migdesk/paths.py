"""Where MigDesk finds its bundled resources and the user's default database."""

from __future__ import annotations

import os
from pathlib import Path

from migdesk import APP_NAME


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


def default_database_path() -> Path:
    """The database used without --db: $MIGDESK_DB, else the platform's user data folder."""
    env = os.environ.get("MIGDESK_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "migdesk.sqlite"
