"""What a cell of the record table shows and how it sorts: text, sort key, overdue colour.

Plain functions of a record and a column (columns.Column), so the table model keeps to
rows and changes. `labels` maps (kind, id) to the label of a referenced record.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from migdesk.domain.vocab import ActionStatus
from migdesk.gui.columns import Column
from migdesk.gui.widgets.choices import bucket_name, choice_label
from migdesk.services.overview import due_bucket
from migdesk.services.records import Record

_OPEN = {s.value for s in ActionStatus if s.is_open}
Labels = dict[tuple[str, str], str]


def fold(text: str) -> str:
    """Text compared without case or accents (filtering "peru" finds "Perú")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def display_text(
    record: Record,
    column: Column,
    labels: Labels,
    today: date,
    rank: Callable[[str], int],
    *,
    full: bool = False,
) -> str:
    """A cell's text: one line unless full; rank(id) is the record's place in the table."""
    value = record.values.get(column.field)
    if column.type == "when":
        return bucket_name(due_bucket(value, today))
    if column.type == "position":  # the rank among the listed (gaps after deletes)
        return "" if value is None else str(rank(record.id) + 1)
    if value is None or value == "":
        return ""
    if column.type == "ref":
        return labels.get((column.ref_kind or "", value), "")
    if column.type == "choice":
        return choice_label(str(value), column.field)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    return text if full else " ".join(text.split())


def sort_key(record: Record, column: Column, labels: Labels, today: date) -> Any:
    """A value that sorts a column correctly (numbers as numbers, text folded)."""
    value = record.values.get(column.field)
    if column.type == "when":
        return (int(due_bucket(value, today)), str(value or ""))
    if column.type in ("int", "position"):
        return -1 if value is None else int(value)
    if column.type == "ref":
        return labels.get((column.ref_kind or "", value), "").casefold() if value else ""
    return fold(str(value)) if value is not None else ""


def is_overdue(record: Record, today: date) -> bool:
    """True for an open action whose due date has passed."""
    due = record.values.get("due_date")
    if not due or record.values.get("status") not in _OPEN:
        return False
    return str(due) < today.isoformat()


def warning_colour() -> QColor:
    """The colour of overdue dates, readable on the palette's window colour."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return QColor("#f2b8b5") if window.lightness() < 128 else QColor("#b3261e")
