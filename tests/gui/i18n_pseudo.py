"""A pseudo-translation that marks every string, and a walk over the texts a window shows.

Used by tests/gui/test_i18n_pseudo.py: every message lupdate finds is "translated" as
⟦source⟧, so that a visible text without the marks came from somewhere lupdate cannot
see (a string never passed through tr()), unless it is data from the database or Qt's own.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

OPEN, CLOSE = "⟦", "⟧"
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
# Qt's own: key sequences in tooltips ("(Ctrl+Shift+H)"), named by Qt in its own words.
_SHORTCUT = re.compile(r"\((?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:[A-Z0-9+=-]|F\d+|Del|Up|Down|Left|Right|PgUp|PgDown|Home|End|Esc|Return)\)")
# Separators the window puts between data items (breadcrumbs, window titles, labels).
_SEPARATORS = re.compile(r"\s+[›—·]\s+|\s{2,}|: ")
# What is left between marked parts and data: spaces, punctuation, numbers, dates, times.
_FILLER = re.compile(r"^[\s\d:;,.·•/\\()\[\]#+\-–—…%&|«»“”\"'*?!<>=]*$")


def build_pseudo_qm(folder: Path) -> Path:
    """lupdate the sources into folder/pseudo.ts, mark every message, lrelease it."""
    ts = folder / "migdesk_pseudo.ts"
    update_translations.run_lupdate([ts])
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = f"{OPEN}{message.findtext('source')}{CLOSE}"
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    update_translations.run_lrelease(ts, qm)
    return qm


def _plain(text: str) -> str:
    if re.search(r"</?[a-zA-Z][^>]*>", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _qt_own(widget: QWidget) -> bool:
    """Widgets Qt makes and labels itself (standard buttons, calendars, qt_ internals)."""
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QCalendarWidget) or parent.objectName().startswith("qt_"):
            return True
        parent = parent.parentWidget()
    box = widget.parentWidget()
    if isinstance(widget, QAbstractButton) and isinstance(box, QDialogButtonBox):
        return box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    return False


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QAbstractItemModel, where: str, rows: int = 30) -> Iterator[tuple[str, str]]:
    for section in range(_columns(model, QModelIndex())):
        yield f"{where} header {section}", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    pending = [model.index(r, 0) for r in range(min(model.rowCount(QModelIndex()), rows))]
    seen = 0
    while pending and seen < 300:
        index = pending.pop(0)
        seen += 1
        for column in range(_columns(model, index.parent())):
            cell = index.siblingAtColumn(column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = cell.data(role)
                if isinstance(value, str):
                    yield f"{where} cell {index.row()},{column}", _plain(value)
        pending += [model.index(r, 0, index) for r in range(min(model.rowCount(index), rows))]


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the user can see in root and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and (_qt_own(widget) or not (widget.isVisibleTo(root) or isinstance(widget, QMenu))):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or '?'}"
        if widget.isWindow():
            yield f"{where} title", widget.windowTitle()
        yield f"{where} tooltip", _plain(widget.toolTip())
        if isinstance(widget, QLabel):
            yield where, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for n in range(widget.count()):
                yield f"{where} tab {n}", widget.tabText(n)
                yield f"{where} tab tooltip {n}", widget.tabToolTip(n)
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for n in range(widget.count()):
                yield f"{where} item {n}", widget.itemText(n)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget.model(), where)
        for action in widget.actions():
            yield f"{where} action", action.text()
            yield f"{where} action tooltip", _plain(action.toolTip())
            yield f"{where} action status", action.statusTip()


def normal(text: str) -> str:
    """text without accelerator marks, with single spaces (as labels and cells show it)."""
    return " ".join(text.replace("&", "").split())


def _is_data(part: str, data: set[str]) -> bool:
    return part in data or any(part in d for d in data if len(d) > len(part))


def unmarked(texts: Iterable[tuple[str, str]], data: set[str]) -> list[str]:
    """The texts with a part that is neither marked, nor data, nor filler.

    data: normal() texts. Marked parts may nest ("⟦New ⟦meeting⟧⟧"): innermost first.
    """
    problems = []
    for where, text in texts:
        rest = _SHORTCUT.sub(" ", text.replace("&", ""))
        while _INNERMOST.search(rest):
            rest = _INNERMOST.sub("\x00", rest)
        for part in rest.split("\x00"):
            part = part.strip()
            if _FILLER.match(part) or _is_data(normal(part), data):
                continue
            pieces = [normal(p) for p in _SEPARATORS.split(part)]
            if all(_FILLER.match(p) or _is_data(p, data) for p in pieces):
                continue
            problems.append(f"{where}: {text!r} (unmarked: {part!r})")
    return sorted(set(problems))

