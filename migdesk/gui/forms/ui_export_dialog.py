# Generated from ui/export_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

from migdesk.gui.passphrase_dialog import NewPassphraseRow

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(640, 640)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ExportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.exportEverything = QRadioButton(ExportDialog)
        self.exportEverything.setObjectName(u"exportEverything")
        self.exportEverything.setChecked(True)

        self.layout.addWidget(self.exportEverything)

        self.exportMeetings = QRadioButton(ExportDialog)
        self.exportMeetings.setObjectName(u"exportMeetings")

        self.layout.addWidget(self.exportMeetings)

        self.exportMeetingList = QListWidget(ExportDialog)
        self.exportMeetingList.setObjectName(u"exportMeetingList")

        self.layout.addWidget(self.exportMeetingList)

        self.exportSincePeer = QRadioButton(ExportDialog)
        self.exportSincePeer.setObjectName(u"exportSincePeer")

        self.layout.addWidget(self.exportSincePeer)

        self.choicesForm = QFormLayout()
        self.choicesForm.setObjectName(u"choicesForm")
        self.peerLabel = QLabel(ExportDialog)
        self.peerLabel.setObjectName(u"peerLabel")

        self.choicesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.peerLabel)

        self.exportPeer = QComboBox(ExportDialog)
        self.exportPeer.setObjectName(u"exportPeer")

        self.choicesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exportPeer)

        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.choicesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.exportPath = QLineEdit(ExportDialog)
        self.exportPath.setObjectName(u"exportPath")

        self.fileRow.addWidget(self.exportPath)

        self.exportBrowse = QPushButton(ExportDialog)
        self.exportBrowse.setObjectName(u"exportBrowse")

        self.fileRow.addWidget(self.exportBrowse)

        self.fileRow.setStretch(0, 1)

        self.choicesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.choicesForm)

        self.exportProtection = QGroupBox(ExportDialog)
        self.exportProtection.setObjectName(u"exportProtection")
        self.protectionColumn = QVBoxLayout(self.exportProtection)
        self.protectionColumn.setObjectName(u"protectionColumn")
        self.exportSignedOnly = QRadioButton(self.exportProtection)
        self.exportSignedOnly.setObjectName(u"exportSignedOnly")
        self.exportSignedOnly.setChecked(True)

        self.protectionColumn.addWidget(self.exportSignedOnly)

        self.exportWithPassphrase = QRadioButton(self.exportProtection)
        self.exportWithPassphrase.setObjectName(u"exportWithPassphrase")

        self.protectionColumn.addWidget(self.exportWithPassphrase)

        self.passphraseRow = NewPassphraseRow(self.exportProtection)
        self.passphraseRow.setObjectName(u"passphraseRow")

        self.protectionColumn.addWidget(self.passphraseRow)

        self.exportPassphraseNote = QLabel(self.exportProtection)
        self.exportPassphraseNote.setObjectName(u"exportPassphraseNote")
        self.exportPassphraseNote.setWordWrap(True)

        self.protectionColumn.addWidget(self.exportPassphraseNote)

        self.exportForContacts = QRadioButton(self.exportProtection)
        self.exportForContacts.setObjectName(u"exportForContacts")

        self.protectionColumn.addWidget(self.exportForContacts)

        self.exportRecipients = QListWidget(self.exportProtection)
        self.exportRecipients.setObjectName(u"exportRecipients")
        self.exportRecipients.setMaximumSize(QSize(16777215, 90))

        self.protectionColumn.addWidget(self.exportRecipients)

        self.exportMoreRecipients = QLineEdit(self.exportProtection)
        self.exportMoreRecipients.setObjectName(u"exportMoreRecipients")

        self.protectionColumn.addWidget(self.exportMoreRecipients)


        self.layout.addWidget(self.exportProtection)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.peerLabel.setBuddy(self.exportPeer)
        self.fileLabel.setBuddy(self.exportPath)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export for a Colleague", None))
#if QT_CONFIG(accessibility)
        ExportDialog.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export exchange file", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("ExportDialog", u"Write a file to hand to a colleague (by USB key or e-mail). They import it into their MigDesk; nothing they changed is overwritten.", None))
#if QT_CONFIG(accessibility)
        self.exportEverything.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export everything", None))
#endif // QT_CONFIG(accessibility)
        self.exportEverything.setText(QCoreApplication.translate("ExportDialog", u"&Everything", None))
#if QT_CONFIG(accessibility)
        self.exportMeetings.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export chosen meetings", None))
#endif // QT_CONFIG(accessibility)
        self.exportMeetings.setText(QCoreApplication.translate("ExportDialog", u"Chosen &meetings, with what they refer to", None))
#if QT_CONFIG(accessibility)
        self.exportMeetingList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Meetings to export", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportSincePeer.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Export changes since the last file sent to a colleague", None))
#endif // QT_CONFIG(accessibility)
        self.exportSincePeer.setText(QCoreApplication.translate("ExportDialog", u"&Changes since the last file to a colleague", None))
        self.peerLabel.setText(QCoreApplication.translate("ExportDialog", u"Colleague:", None))
#if QT_CONFIG(accessibility)
        self.exportPeer.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Colleague's installation", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"File:", None))
#if QT_CONFIG(accessibility)
        self.exportPath.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File to write", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportBrowse.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Choose the file to write", None))
#endif // QT_CONFIG(accessibility)
        self.exportBrowse.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
        self.exportProtection.setTitle(QCoreApplication.translate("ExportDialog", u"Protection", None))
#if QT_CONFIG(accessibility)
        self.exportSignedOnly.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Signed only, not encrypted", None))
#endif // QT_CONFIG(accessibility)
        self.exportSignedOnly.setText(QCoreApplication.translate("ExportDialog", u"Signed only (anyone holding the file can read it)", None))
#if QT_CONFIG(accessibility)
        self.exportWithPassphrase.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Encrypt with a passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.exportWithPassphrase.setText(QCoreApplication.translate("ExportDialog", u"Encrypted with a &passphrase:", None))
        self.exportPassphraseNote.setText(QCoreApplication.translate("ExportDialog", u"Send the passphrase another way than the file: read it out by phone or send it by text message, never in the same e-mail.", None))
#if QT_CONFIG(accessibility)
        self.exportForContacts.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Encrypt for contacts", None))
#endif // QT_CONFIG(accessibility)
        self.exportForContacts.setText(QCoreApplication.translate("ExportDialog", u"Encrypted for &contacts (only they can open it):", None))
#if QT_CONFIG(accessibility)
        self.exportRecipients.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Contacts who can open the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportMoreRecipients.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Other age keys, separated by spaces", None))
#endif // QT_CONFIG(accessibility)
        self.exportMoreRecipients.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"Other keys: age1\u2026 (separated by spaces)", None))
    # retranslateUi

