"""The files of a document or resolution in its form: a list, "Attach File…", Open and Remove.

The box only reads (the list, a file's content to open it); attaching and removing are
changes, so it asks for them with signals and the main window runs them on its undo
stack. Opening writes the content to a temporary file and hands it to the desktop.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from migdesk.services.attachments import attachment_bytes, attachments_of
from migdesk.services.desk import Database

_ID = Qt.ItemDataRole.UserRole
_SHA = Qt.ItemDataRole.UserRole + 1
_NAME = Qt.ItemDataRole.UserRole + 2


def _size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(1, size // 1024)} KB"


class AttachmentsBox(QWidget):
    """Lists a record's attached files; asks to attach or remove through signals."""

    attachRequested = Signal(str, str, str)  # kind, record id, file path
    removeRequested = Signal(str)  # attachment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsBox")
        self._db: Database | None = None
        self._kind = ""
        self._record_id: str | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentsList")
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setMaximumHeight(96)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the size visible
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.attachButton = QPushButton(self.tr("Attach File…"), self)
        self.attachButton.setObjectName("attachButton")
        self.openButton = QPushButton(self.tr("Open"), self)
        self.openButton.setObjectName("openAttachmentButton")
        self.removeButton = QPushButton(self.tr("Remove"), self)
        self.removeButton.setObjectName("removeAttachmentButton")
        self.attachButton.setAccessibleName(self.tr("Attach a file"))
        self.openButton.setAccessibleName(self.tr("Open the selected file"))
        self.removeButton.setAccessibleName(self.tr("Remove the selected file"))
        self.attachButton.clicked.connect(self.choose_file)
        self.openButton.clicked.connect(self.open_selected)
        self.removeButton.clicked.connect(self._remove_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.attachButton, self.openButton, self.removeButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_record(self, db: Database, kind: str, record_id: str | None) -> None:
        """Show the files of a record (None: a record not created yet, nothing to attach to)."""
        self._db, self._kind, self._record_id = db, kind, record_id
        self.refresh()

    def refresh(self) -> None:
        """Read the list again (after an attach, a remove, an undo)."""
        self.list.clear()
        if self._db is not None and self._record_id is not None:
            for attachment in attachments_of(self._db, self._kind, self._record_id):
                values = attachment.values
                item = QListWidgetItem(f"{values['filename']}  ({_size_text(int(values['size']))})")
                item.setData(_ID, attachment.id)
                item.setData(_SHA, values["sha256"])
                item.setData(_NAME, values["filename"])
                self.list.addItem(item)
        self._update_buttons()

    def choose_file(self) -> None:
        """Attach File…: pick a file (PDF first) and ask for it to be attached."""
        if self._record_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach File"), "", self.tr("PDF files (*.pdf);;All files (*)")
        )
        if path:
            self.attachRequested.emit(self._kind, self._record_id, path)

    def open_selected(self) -> Path | None:
        """Write the selected file to a temporary folder and open it with the desktop's viewer."""
        item = self.list.currentItem()
        if item is None or self._db is None:
            return None
        name = Path(str(item.data(_NAME))).name or self.tr("attachment")
        folder = Path(tempfile.mkdtemp(prefix="migdesk-"))
        target = folder / name
        target.write_bytes(attachment_bytes(self._db, str(item.data(_SHA))))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.removeRequested.emit(str(item.data(_ID)))

    def set_read_only(self, read_only: bool) -> None:
        """Files may be opened, not attached or removed."""
        self.attachButton.setVisible(not read_only)
        self.removeButton.setVisible(not read_only)

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.openButton.setEnabled(chosen)
        self.removeButton.setEnabled(chosen)
