# Generated from ui/sync_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SyncDialog(object):
    def setupUi(self, SyncDialog):
        if not SyncDialog.objectName():
            SyncDialog.setObjectName(u"SyncDialog")
        SyncDialog.resize(560, 260)
        self.layout = QVBoxLayout(SyncDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(SyncDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setTextFormat(Qt.PlainText)
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.fileChoice = QRadioButton(SyncDialog)
        self.fileChoice.setObjectName(u"fileChoice")
        self.fileChoice.setChecked(True)

        self.layout.addWidget(self.fileChoice)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(SyncDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(SyncDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.layout.addLayout(self.fileRow)

        self.serverChoice = QRadioButton(SyncDialog)
        self.serverChoice.setObjectName(u"serverChoice")

        self.layout.addWidget(self.serverChoice)

        self.serverCombo = QComboBox(SyncDialog)
        self.serverCombo.setObjectName(u"serverCombo")

        self.layout.addWidget(self.serverCombo)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(SyncDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.fileChoice, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.serverChoice)
        QWidget.setTabOrder(self.serverChoice, self.serverCombo)

        self.retranslateUi(SyncDialog)
        self.buttonBox.rejected.connect(SyncDialog.reject)

        QMetaObject.connectSlotsByName(SyncDialog)
    # setupUi

    def retranslateUi(self, SyncDialog):
        SyncDialog.setWindowTitle(QCoreApplication.translate("SyncDialog", u"Sync With", None))
#if QT_CONFIG(accessibility)
        SyncDialog.setAccessibleName(QCoreApplication.translate("SyncDialog", u"Sync with another database", None))
#endif // QT_CONFIG(accessibility)
        self.fileChoice.setText(QCoreApplication.translate("SyncDialog", u"A database &file:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("SyncDialog", u"The other database file", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("SyncDialog", u"delegation.sqlite", None))
        self.browseButton.setText(QCoreApplication.translate("SyncDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("SyncDialog", u"Choose the other database file", None))
#endif // QT_CONFIG(accessibility)
        self.serverChoice.setText(QCoreApplication.translate("SyncDialog", u"A &server you connected to:", None))
#if QT_CONFIG(accessibility)
        self.serverCombo.setAccessibleName(QCoreApplication.translate("SyncDialog", u"Recent servers", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

