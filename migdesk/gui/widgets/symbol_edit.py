"""A document-symbol line edit that says, as the user types, how the symbol was understood."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from migdesk.domain.symbols import ParsedSymbol, parse_symbol
from migdesk.gui.widgets.messages import FieldMessage, Tone


class SymbolEdit(QWidget):
    """An OAS symbol such as ``AG/RES. 2356 (XXXVIII-O/08)`` with a live reading under it.

    A recognised symbol shows its description ("General Assembly resolution 2356, 38th
    regular session, 2008"); an unrecognised one shows why, in the warning colour. An
    unrecognised symbol is still accepted: real documents carry odd symbols.
    """

    editingFinished = Signal()
    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lineEdit = QLineEdit(self)
        self.lineEdit.setObjectName("lineEdit")
        self.lineEdit.setPlaceholderText(self.tr("e.g. AG/RES. 2356 (XXXVIII-O/08)"))
        self.hintLabel = FieldMessage(self)
        self.hintLabel.setObjectName("hintLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.lineEdit)
        layout.addWidget(self.hintLabel)
        self.setFocusProxy(self.lineEdit)
        self.lineEdit.textChanged.connect(self._update_hint)
        self.lineEdit.textEdited.connect(self.textEdited)
        self.lineEdit.editingFinished.connect(self.editingFinished)
        self._parsed: ParsedSymbol | None = None

    def text(self) -> str:
        """The symbol as typed."""
        return self.lineEdit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (mirrors QLineEdit)
        """Show a symbol (and its reading); emits no editing signal."""
        self.lineEdit.setText(text)

    def parsed(self) -> ParsedSymbol | None:
        """How the current text was read (None while blank)."""
        return self._parsed

    def hint(self) -> str:
        """The reading shown under the field ('' while blank)."""
        return self.hintLabel.text()

    def set_read_only(self, read_only: bool) -> None:
        """Show the symbol only (still selectable and copyable)."""
        self.lineEdit.setReadOnly(read_only)

    def set_accessible_label(self, name: str) -> None:
        """Name the composite and its line edit for screen readers."""
        self.setAccessibleName(name)
        self.lineEdit.setAccessibleName(name)

    def _update_hint(self, text: str) -> None:
        if not text.strip():
            self._parsed = None
            self.hintLabel.clear_message()
            self.lineEdit.setAccessibleDescription("")
            return
        parsed = self._parsed = parse_symbol(text)
        if parsed.valid:
            message = parsed.describe()
            if parsed.normalized != " ".join(text.split()):
                message += "  " + self.tr("(read as {0})").format(parsed.normalized)
            self.hintLabel.show_message(message, Tone.HINT)
        else:
            message = self.tr(
                "Not a symbol MigDesk recognises: {0}. It is kept as written."
            ).format(parsed.problem or "")
            self.hintLabel.show_message(message, Tone.WARNING)
        self.lineEdit.setAccessibleDescription(message)
