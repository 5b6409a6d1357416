"""Reusable field widgets for record forms: pickers, optional dates, symbols, messages.

Every widget here can be built with only a parent (so Qt Designer can promote a
placeholder to it) and is configured afterwards by the form that owns it.
"""

from migdesk.gui.widgets.aliases_edit import AliasesEdit
from migdesk.gui.widgets.date_edit import DateEdit
from migdesk.gui.widgets.messages import FieldMessage
from migdesk.gui.widgets.multi_picker import MultiRecordPicker
from migdesk.gui.widgets.pickers import RecordPicker
from migdesk.gui.widgets.symbol_edit import SymbolEdit

__all__ = [
    "AliasesEdit",
    "DateEdit",
    "FieldMessage",
    "MultiRecordPicker",
    "RecordPicker",
    "SymbolEdit",
]
