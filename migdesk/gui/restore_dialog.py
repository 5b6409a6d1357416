"""File > Restore from Backup…: pick one of the database's backup copies."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from migdesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from migdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from migdesk.gui.widgets.dialog_keys import accept_on_ctrl_enter

_STAMP = re.compile(r"-(\d{8}T\d{12})Z-(.+)$")
_REASONS = {
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
}


def describe_backup(backup: Path) -> str:
    """A backup file as people read it: local date and time, why it was made, size."""
    match = _STAMP.search(backup.stem)
    when = backup.stem
    reason = ""
    if match:
        stamp = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        local = QDateTime.fromSecsSinceEpoch(int(stamp.timestamp())).toLocalTime()
        when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
        raw = match.group(2)
        if raw in _REASONS:
            reason = translate("RestoreDialog", _REASONS[raw])
        else:  # before-0006: made before the upgrade to schema 0006
            upgrade = translate("RestoreDialog", "before upgrade to %1")
            reason = upgrade.replace("%1", raw.removeprefix("before-").replace("-", " "))
    try:
        size = QLocale().formattedDataSize(backup.stat().st_size)
    except OSError:
        size = ""
    return "  ·  ".join(p for p in (when, reason, size) if p)


class RestoreDialog(QDialog):
    """Lists the backups (newest first); `chosen()` is the selected one after Accepted."""

    def __init__(self, backups: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)  # the layout: ui/restore_dialog.ui
        self.setObjectName("restoreDialog")
        self.list = self.ui.backupList
        for backup in backups:
            item = QListWidgetItem(describe_backup(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            item.setToolTip(str(backup))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        self.buttons = self.ui.restoreButtons
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Restore"))
        ok.setObjectName("restoreButton")
        ok.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        accept_on_ctrl_enter(self)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)

    def chosen(self) -> Path | None:
        """The selected backup."""
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def choose_backup(backups: list[Path], parent: QWidget | None = None) -> Path | None:
    """Ask which backup to restore; None when cancelled."""
    dialog = RestoreDialog(backups, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
