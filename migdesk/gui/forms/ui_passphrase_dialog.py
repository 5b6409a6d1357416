# Generated from ui/passphrase_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        self.layout = QVBoxLayout(PassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.passphraseText = QLabel(PassphraseDialog)
        self.passphraseText.setObjectName(u"passphraseText")
        self.passphraseText.setTextFormat(Qt.PlainText)
        self.passphraseText.setWordWrap(True)

        self.layout.addWidget(self.passphraseText)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(PassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(PassphraseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.passphraseRepeat = QLineEdit(PassphraseDialog)
        self.passphraseRepeat.setObjectName(u"passphraseRepeat")
        self.passphraseRepeat.setEchoMode(QLineEdit.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseRepeat)

        self.passphraseShow = QCheckBox(PassphraseDialog)
        self.passphraseShow.setObjectName(u"passphraseShow")

        self.passphraseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseShow)


        self.layout.addLayout(self.passphraseForm)

        self.passphraseButtons = QDialogButtonBox(PassphraseDialog)
        self.passphraseButtons.setObjectName(u"passphraseButtons")
        self.passphraseButtons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.passphraseButtons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.passphraseRepeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.passphraseRepeat.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passphraseShow.setAccessibleName(QCoreApplication.translate("PassphraseDialog", u"Show the passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseShow.setText(QCoreApplication.translate("PassphraseDialog", u"&Show", None))
        pass
    # retranslateUi

