"""What the desktop client remembers between sessions (QSettings behind one small class)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """Typed access to the client's QSettings: recent databases, window layout, flags.

    Tests pass a QSettings on an INI file in a temporary folder; the app uses the
    platform's native store under the organization and application names.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    # ---------------------------------------------------------------- recent databases

    def recent_databases(self) -> list[Path]:
        """Databases opened lately, most recent first (ones that no longer exist dropped)."""
        raw = self._store.value("recent/databases", [])
        if isinstance(raw, str):  # QSettings gives a lone string for one-element lists
            raw = [raw]
        paths = [Path(str(p)) for p in (raw if isinstance(raw, list) else []) if p]
        return [p for p in paths if p.exists()]

    def add_recent_database(self, path: Path) -> None:
        """Put path first in the recent list."""
        path = Path(path).resolve()
        paths = [path, *(p for p in self.recent_databases() if p != path)][:MAX_RECENT]
        self._store.setValue("recent/databases", [str(p) for p in paths])

    def clear_recent_databases(self) -> None:
        """Empty the recent list."""
        self._store.remove("recent/databases")

    # ---------------------------------------------------------------- layout

    def layout(self, name: str) -> QByteArray | None:
        """A saved geometry or state blob (window geometry, splitter, header), if any."""
        value = self._store.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_layout(self, name: str, value: QByteArray) -> None:
        """Remember a geometry or state blob."""
        self._store.setValue(f"layout/{name}", value)

    # ---------------------------------------------------------------- flags

    def demo_offered_for(self, path: Path) -> bool:
        """True once the user was asked whether to load the CEAM demo into this database file."""
        return str(path) in self._offered()

    def mark_demo_offered(self, path: Path) -> None:
        """Remember that the demo was offered for this database file (asked once per file)."""
        offered = self._offered()
        if str(path) not in offered:
            self._store.setValue("first_start/demo_offered_paths", [*offered, str(path)][-50:])

    def _offered(self) -> list[str]:
        value = self._store.value("first_start/demo_offered_paths", [])
        if isinstance(value, str):  # QSettings returns one item as a plain string
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    @property
    def language(self) -> str:
        """The interface language chosen in View > Language ("": the system's)."""
        return str(self._store.value("interface/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("interface/language", code)

    # ---------------------------------------------------------------- printing

    @property
    def paper(self) -> str:
        """The paper size chosen last time for a printed report ("": never chosen)."""
        return str(self._store.value("printing/paper", "") or "")

    @paper.setter
    def paper(self, key: str) -> None:
        self._store.setValue("printing/paper", key)

    @property
    def print_folder(self) -> str:
        """The folder a printed report was last saved in ("": never saved)."""
        return str(self._store.value("printing/folder", "") or "")

    @print_folder.setter
    def print_folder(self, folder: str) -> None:
        self._store.setValue("printing/folder", folder)

    def sync(self) -> None:
        """Write pending changes to the store."""
        self._store.sync()


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)
