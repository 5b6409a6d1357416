# Generated from ui/pdf_preview_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QToolBar, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(760, 900)
        self.layout = QVBoxLayout(PdfPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 8)
        self.previewToolBar = QToolBar(PdfPreviewDialog)
        self.previewToolBar.setObjectName(u"previewToolBar")

        self.layout.addWidget(self.previewToolBar)

        self.previewUnprintable = QLabel(PdfPreviewDialog)
        self.previewUnprintable.setObjectName(u"previewUnprintable")
        self.previewUnprintable.setTextFormat(Qt.PlainText)
        self.previewUnprintable.setWordWrap(True)

        self.layout.addWidget(self.previewUnprintable)

        self.previewUntranslated = QLabel(PdfPreviewDialog)
        self.previewUntranslated.setObjectName(u"previewUntranslated")
        self.previewUntranslated.setTextFormat(Qt.PlainText)
        self.previewUntranslated.setWordWrap(True)

        self.layout.addWidget(self.previewUntranslated)

        self.previewScroll = QScrollArea(PdfPreviewDialog)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setAlignment(Qt.AlignHCenter|Qt.AlignTop)
        self.previewPage = QLabel()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPage.setAlignment(Qt.AlignCenter)
        self.previewPage.setMargin(12)
        self.previewScroll.setWidget(self.previewPage)

        self.layout.addWidget(self.previewScroll)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(8, 0, 8, 0)
        self.previewButtons = QDialogButtonBox(PdfPreviewDialog)
        self.previewButtons.setObjectName(u"previewButtons")
        self.previewButtons.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.previewButtons)


        self.layout.addLayout(self.buttonRow)

        self.layout.setStretch(3, 1)

        self.retranslateUi(PdfPreviewDialog)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Preview: %1", None))
#if QT_CONFIG(accessibility)
        PdfPreviewDialog.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"PDF preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewToolBar.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Preview tool bar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewScroll.setAccessibleName(QCoreApplication.translate("PdfPreviewDialog", u"Page", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

