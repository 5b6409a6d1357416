# Generated from ui/error_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(ErrorDialog)
        self.layout.setSpacing(12)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(18, 18, 18, 14)
        self.top = QHBoxLayout()
        self.top.setSpacing(14)
        self.top.setObjectName(u"top")
        self.badge = QLabel(ErrorDialog)
        self.badge.setObjectName(u"badge")
        self.badge.setAlignment(Qt.AlignTop)

        self.top.addWidget(self.badge)

        self.text = QVBoxLayout()
        self.text.setSpacing(8)
        self.text.setObjectName(u"text")
        self.errorHeading = QLabel(ErrorDialog)
        self.errorHeading.setObjectName(u"errorHeading")
        font = QFont()
        font.setBold(True)
        self.errorHeading.setFont(font)

        self.text.addWidget(self.errorHeading)

        self.explanation = QLabel(ErrorDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.text.addWidget(self.explanation)

        self.errorSummary = QLabel(ErrorDialog)
        self.errorSummary.setObjectName(u"errorSummary")
        self.errorSummary.setTextFormat(Qt.PlainText)
        self.errorSummary.setWordWrap(True)
        self.errorSummary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.text.addWidget(self.errorSummary)


        self.top.addLayout(self.text)

        self.top.setStretch(1, 1)

        self.layout.addLayout(self.top)

        self.errorDetails = QPlainTextEdit(ErrorDialog)
        self.errorDetails.setObjectName(u"errorDetails")
        self.errorDetails.setMinimumSize(QSize(0, 180))
        self.errorDetails.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.errorDetails.setReadOnly(True)

        self.layout.addWidget(self.errorDetails)

        self.errorButtons = QDialogButtonBox(ErrorDialog)
        self.errorButtons.setObjectName(u"errorButtons")
        self.errorButtons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.errorButtons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ErrorDialog)

        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Unexpected Error", None))
#if QT_CONFIG(accessibility)
        ErrorDialog.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Unexpected error", None))
#endif // QT_CONFIG(accessibility)
        self.errorHeading.setText(QCoreApplication.translate("ErrorDialog", u"MigDesk ran into a problem it did not expect.", None))
        self.explanation.setText(QCoreApplication.translate("ErrorDialog", u"Nothing you entered is lost: every change is saved as soon as it is made. You can close this message and keep working. If it happens again, please copy the details below into a report to the MigDesk developers.", None))
#if QT_CONFIG(accessibility)
        self.errorDetails.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Error details", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

