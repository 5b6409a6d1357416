"""A PDF shown one page at a time, with zoom and Print….

Pages are rendered with pypdfium2 in the GUI thread, one at a time, and printed by
rendering each page at the printer's resolution (capped, see PRINT_DPI_CAP) and
painting it onto a QPrinter: no QtPdf needed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPalette,
    QPixmap,
    QShowEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QWidget,
)

from migdesk.gui import prompts
from migdesk.gui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from migdesk.gui.print_settings import (
    name_widget,
)
from migdesk.gui.window_actions import make_action
from migdesk.services import printing as rd
from migdesk.services.printing import PrintNotes

PRINT_DPI_CAP = 300  # a 1200 dpi Letter page would be half a gigabyte of pixels
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


def render_page(page: Any, scale: float) -> QImage:
    """One pypdfium2 page as a QImage (white background) at scale pixels per point."""
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                         fill_color=(255, 255, 255, 255))
    try:
        image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBX8888)
        return image.copy()  # own the pixels before the bitmap goes
    finally:
        bitmap.close()


class PdfPreviewDialog(QDialog):
    """A PDF shown one page at a time (rendered on demand), with zoom and Print….

    Keys: PgUp/PgDn page, Ctrl++/Ctrl+- zoom, Ctrl+0 fit width, Ctrl+P print, Esc close.
    `error` says why a file could not be shown. ``notes``: what the print job could not
    do as asked (characters no font has, fields left untranslated), said above the page.
    """

    def __init__(self, path: Path | str, parent: QWidget | None = None,
                 notes: PrintNotes | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.notes = notes or PrintNotes()
        self.page = 0
        self.zoom = 1.0
        self.error: str | None = None
        self._fitted = False  # the first show fits the page to the width
        self._doc: Any = None
        self._cache: dict[tuple[int, float], QPixmap] = {}
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)  # the frame: ui/pdf_preview_dialog.ui; the tool bar's actions here
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(self.windowTitle().replace("%1", self.path.name))
        self._build()
        try:
            self._doc = pdfium.PdfDocument(str(self.path))
        except (pdfium.PdfiumError, OSError) as exc:
            self.error = str(exc) or type(exc).__name__
        self.show_page(0)

    @property
    def page_count(self) -> int:
        """How many pages the file has (0 when it could not be opened)."""
        return len(self._doc) if self._doc is not None else 0

    def _build(self) -> None:
        bar = self.ui.previewToolBar

        def action(name: str, text: str, keys: list[QKeySequence], slot: Callable[[], Any]) -> QAction:
            act = make_action(self, name, text, shortcuts=keys)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        k = QKeySequence
        self.print_action = action("previewPrintAction", self.tr("&Print…"),
                                   [k(k.StandardKey.Print)], self.print_document)
        self.previous_action = action("previewPreviousAction", self.tr("Previous Page"),
                                      [k(Qt.Key.Key_PageUp)], lambda: self.show_page(self.page - 1))
        self.next_action = action("previewNextAction", self.tr("Next Page"),
                                  [k(Qt.Key.Key_PageDown)], lambda: self.show_page(self.page + 1))
        self.zoom_out_action = action("previewZoomOutAction", self.tr("Zoom Out"),
                                      [k(k.StandardKey.ZoomOut)], lambda: self.step_zoom(-1))
        self.zoom_in_action = action("previewZoomInAction", self.tr("Zoom In"),
                                     [k(k.StandardKey.ZoomIn), k("Ctrl+=")], lambda: self.step_zoom(1))
        self.fit_action = action("previewFitWidthAction", self.tr("Fit Width"),
                                 [k("Ctrl+0")], self.fit_width)
        bar.addAction(self.previous_action)
        self.page_label = QLabel("", bar)
        self.page_label.setObjectName("previewPageLabel")
        self.page_label.setMinimumWidth(70)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.page_label)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        self.zoom_label = QLabel("", bar)
        self.zoom_label.setObjectName("previewZoomLabel")
        self.zoom_label.setMinimumWidth(50)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_action)
        for act in bar.actions():
            button = bar.widgetForAction(act)
            if button is not None and act.objectName():
                name_widget(button, act.objectName().removesuffix("Action") + "Button",
                      act.text().replace("&", "").removesuffix("…"))

        self.canvas = self.ui.previewPage
        self.scroll_area = self.ui.previewScroll
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)  # shows around the paper

        buttons = self.ui.previewButtons
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        QWidget.setTabOrder(self.print_button, close)
        name_widget(self.print_button, "previewPrint", self.tr("Print the PDF"))
        self.print_button.clicked.connect(self.print_document)
        name_widget(close, "closeButton", self.tr("Close the preview"))
        buttons.rejected.connect(self.reject)

        self.warning = self.ui.previewUnprintable  # user text, never markup: plain text
        self.warning.setContentsMargins(8, 4, 8, 4)
        self.warning.setText(self.tr(
            "These characters cannot be printed (no font has them) and show as empty "
            "boxes: %1").replace("%1", rd.describe_unprintable(self.notes.unprintable)))
        self.warning.setVisible(bool(self.notes.unprintable))
        self.untranslated = self.ui.previewUntranslated
        self.untranslated.setContentsMargins(8, 0, 8, 4)
        self.untranslated.setText(
            self.tr("Printed in the original language, with no translation: %1").replace(
                "%1", ", ".join(self.notes.untranslated_fields())))
        self.untranslated.setToolTip("\n".join(self.notes.untranslated))  # each record
        self.untranslated.setVisible(bool(self.notes.untranslated))

    # ------------------------------------------------------------ showing

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """The first time: the page as wide as the view."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_width()

    def show_page(self, index: int) -> None:
        """Show page index (0-based, clamped), rendered now if not seen at this zoom."""
        total = self.page_count
        if total == 0:
            self.canvas.setText(self.tr("This PDF cannot be shown: %1").replace(
                "%1", self.error or self.tr("it has no pages")))
            self.page_label.setText("0 / 0")
            for act in (self.print_action, self.previous_action, self.next_action,
                        self.zoom_in_action, self.zoom_out_action, self.fit_action):
                act.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.page = max(0, min(index, total - 1))
        self.canvas.setPixmap(self._pixmap(self.page))
        self.canvas.adjustSize()
        self.page_label.setText(f"{self.page + 1} / {total}")
        self.page_label.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                          .replace("%2", str(total)))
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.previous_action.setEnabled(self.page > 0)
        self.next_action.setEnabled(self.page < total - 1)
        self.zoom_out_action.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in_action.setEnabled(self.zoom < ZOOMS[-1])
        self.scroll_area.verticalScrollBar().setValue(0)

    def _pixmap(self, index: int) -> QPixmap:
        key = (index, self.zoom)
        if key not in self._cache:
            if len(self._cache) > 8:  # only a few pages kept: a packet may have hundreds
                self._cache.pop(next(iter(self._cache)))
            ratio = self.devicePixelRatioF()
            dpi = self.logicalDpiX() or 96
            image = render_page(self._doc[index], self.zoom * dpi / 72 * ratio)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._cache[key] = pixmap
        return self._cache[key]

    def set_zoom(self, zoom: float) -> None:
        """Show the page at zoom (1.0: actual size on screen)."""
        self.zoom = max(0.25, min(zoom, 4.0))
        self.show_page(self.page)

    def step_zoom(self, direction: int) -> None:
        """The next zoom level up (1) or down (-1)."""
        if direction > 0:
            self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def fit_width(self) -> None:
        """Zoom so that the page fills the width of the view."""
        if self.page_count == 0:
            return
        width_pt = self._doc[self.page].get_size()[0]
        bar = self.scroll_area.verticalScrollBar()
        # The view's width once the vertical scroll bar is there (a fitted page is taller).
        available = (self.scroll_area.viewport().width() - 2 * self.canvas.margin()
                     - (0 if bar.isVisible() else bar.sizeHint().width()))
        dpi = self.logicalDpiX() or 96
        self.set_zoom(available / (width_pt * dpi / 72))

    # ------------------------------------------------------------ printing

    def print_document(self) -> bool:
        """Ask for a printer (QPrintDialog), then paint every chosen page onto it."""
        total = self.page_count
        if total == 0:
            return False
        printer = self.printer
        width, height = self._doc[self.page].get_size()
        printer.setPageSize(QPageSize(QSize(round(width), round(height))))  # nearest paper
        printer.setFromTo(1, total)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setMinMax(1, total)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.printRange() == QPrinter.PrintRange.CurrentPage:
            pages = [self.page]
        elif printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = list(range(printer.fromPage() - 1, min(printer.toPage(), total)))
        else:
            pages = list(range(total))
        return self.print_pages(printer, pages)

    def print_pages(self, printer: QPrinter, pages: list[int]) -> bool:
        """Render pages at the printer's resolution (capped) and paint them, each filling the paper.

        Runs in the GUI thread (pypdfium2 documents are not shared between threads); a
        progress dialog with Cancel is shown for long jobs.
        """
        printer.setFullPage(True)  # the PDF page already has its margins
        printer.setDocName(self.path.stem)
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self)
        progress.setObjectName("printProgress")
        progress.setAccessibleName(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            prompts.warn(self, self.tr("Print"), self.tr("The printer could not be started."))
            return False
        try:
            for n, index in enumerate(pages):
                if progress.wasCanceled():
                    printer.abort()
                    return False
                if n:
                    printer.newPage()
                image = render_page(self._doc[index], dpi / 72)
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(self._fit(image, target), image)
                progress.setValue(n + 1)
        finally:
            painter.end()
            progress.close()
        return True

    @staticmethod
    def _fit(image: QImage, area: QRect) -> QRect:
        """The largest rectangle of image's shape centred in area."""
        if image.width() == 0 or image.height() == 0:
            return area
        scale = min(area.width() / image.width(), area.height() / image.height())
        w, h = round(image.width() * scale), round(image.height() * scale)
        return QRect(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2, w, h)

    # ------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        """Close the document with the dialog."""
        self._close_document()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Close the document with the window."""
        self._close_document()
        super().closeEvent(event)

    def _close_document(self) -> None:
        self._cache.clear()
        if self._doc is not None:
            self._doc.close()
            self._doc = None
