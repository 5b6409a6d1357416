"""Where to save a file: the one Save dialog of the window, and the suffix a file must have."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def with_suffix(path: str | Path, suffix: str, *also: str) -> Path:
    """path with suffix added unless it already ends with it or one of also (case aside)."""
    target = Path(path).expanduser()
    if target.suffix.lower() in {s.lower() for s in (suffix, *also)}:
        return target
    return target.with_name(target.name + suffix)


def ask_save_path(
    parent: QWidget,
    title: str,
    start: str | Path,
    file_filter: str,
    suffix: str,
    *also: str,
    confirm_overwrite: bool = True,
) -> Path | None:
    """Ask where to save (start: a suggested file or folder); None when cancelled.

    The chosen path ends with suffix (added) or one of also. confirm_overwrite=False leaves the question
    of an existing file to the caller (a database is never overwritten, for example).
    """
    options = QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter, options=options)
    return with_suffix(chosen, suffix, *also) if chosen else None
