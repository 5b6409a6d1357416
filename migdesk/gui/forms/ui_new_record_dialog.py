# Generated from ui/new_record_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_record_dialog.ui'
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
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewRecordDialog(object):
    def setupUi(self, NewRecordDialog):
        if not NewRecordDialog.objectName():
            NewRecordDialog.setObjectName(u"NewRecordDialog")
        self.layout = QVBoxLayout(NewRecordDialog)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 12)
        self.bottom = QVBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.bottom.setContentsMargins(16, 0, 16, 0)
        self.requiredHint = QLabel(NewRecordDialog)
        self.requiredHint.setObjectName(u"requiredHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.requiredHint.sizePolicy().hasHeightForWidth())
        self.requiredHint.setSizePolicy(sizePolicy)
        self.requiredHint.setTextFormat(Qt.PlainText)
        self.requiredHint.setAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.requiredHint.setWordWrap(True)

        self.bottom.addWidget(self.requiredHint)

        self.buttonBox = QDialogButtonBox(NewRecordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.bottom.addWidget(self.buttonBox)


        self.layout.addLayout(self.bottom)


        self.retranslateUi(NewRecordDialog)

        QMetaObject.connectSlotsByName(NewRecordDialog)
    # setupUi

    def retranslateUi(self, NewRecordDialog):
        pass
    # retranslateUi

