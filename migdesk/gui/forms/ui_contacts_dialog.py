# Generated from ui/contacts_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ContactsDialog(object):
    def setupUi(self, ContactsDialog):
        if not ContactsDialog.objectName():
            ContactsDialog.setObjectName(u"ContactsDialog")
        ContactsDialog.resize(780, 520)
        self.mainLayout = QVBoxLayout(ContactsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.identityGroup = QGroupBox(ContactsDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.fingerprintLabel = QLabel(self.identityGroup)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fingerprintLabel)

        self.fingerprintValue = QLabel(self.identityGroup)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)

        self.recipientLabel = QLabel(self.identityGroup)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(self.identityGroup)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setReadOnly(True)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.identityButtons = QHBoxLayout()
        self.identityButtons.setObjectName(u"identityButtons")
        self.exportIdentityButton = QPushButton(self.identityGroup)
        self.exportIdentityButton.setObjectName(u"exportIdentityButton")

        self.identityButtons.addWidget(self.exportIdentityButton)

        self.importIdentityButton = QPushButton(self.identityGroup)
        self.importIdentityButton.setObjectName(u"importIdentityButton")

        self.identityButtons.addWidget(self.importIdentityButton)

        self.identitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityButtons.addItem(self.identitySpacer)


        self.identityForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.identityButtons)


        self.mainLayout.addWidget(self.identityGroup)

        self.contactsLabel = QLabel(ContactsDialog)
        self.contactsLabel.setObjectName(u"contactsLabel")
        self.contactsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.contactsLabel)

        self.contactsTable = QTableWidget(ContactsDialog)
        if (self.contactsTable.columnCount() < 4):
            self.contactsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contactsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.removeContactButton = QPushButton(ContactsDialog)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)

        self.buttonBox = QDialogButtonBox(ContactsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.contactButtons.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.contactButtons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.recipientLabel.setBuddy(self.recipientEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactsDialog)

        QMetaObject.connectSlotsByName(ContactsDialog)
    # setupUi

    def retranslateUi(self, ContactsDialog):
        ContactsDialog.setWindowTitle(QCoreApplication.translate("ContactsDialog", u"Contacts and Keys", None))
        self.identityGroup.setTitle(QCoreApplication.translate("ContactsDialog", u"This installation", None))
        self.nameLabel.setText(QCoreApplication.translate("ContactsDialog", u"&Signs as:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ContactsDialog", u"The name your files are signed with", None))
#endif // QT_CONFIG(accessibility)
        self.fingerprintLabel.setText(QCoreApplication.translate("ContactsDialog", u"Key (words):", None))
#if QT_CONFIG(accessibility)
        self.fingerprintValue.setAccessibleName(QCoreApplication.translate("ContactsDialog", u"Your key as words, to read out by phone", None))
#endif // QT_CONFIG(accessibility)
        self.recipientLabel.setText(QCoreApplication.translate("ContactsDialog", u"&Encryption key:", None))
#if QT_CONFIG(accessibility)
        self.recipientEdit.setAccessibleName(QCoreApplication.translate("ContactsDialog", u"Your age key: colleagues encrypt files for you with it", None))
#endif // QT_CONFIG(accessibility)
        self.exportIdentityButton.setText(QCoreApplication.translate("ContactsDialog", u"E&xport My Identity\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportIdentityButton.setAccessibleName(QCoreApplication.translate("ContactsDialog", u"Export my identity, protected by a passphrase, for a new computer", None))
#endif // QT_CONFIG(accessibility)
        self.importIdentityButton.setText(QCoreApplication.translate("ContactsDialog", u"&Import My Identity\u2026", None))
#if QT_CONFIG(accessibility)
        self.importIdentityButton.setAccessibleName(QCoreApplication.translate("ContactsDialog", u"Import my identity exported on another computer", None))
#endif // QT_CONFIG(accessibility)
        self.contactsLabel.setText(QCoreApplication.translate("ContactsDialog", u"Contacts: the keys that signed the files you imported. A file from one of these installations signed by another key is refused until you accept it.", None))
        ___qtablewidgetitem = self.contactsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ContactsDialog", u"Name", None))
        ___qtablewidgetitem1 = self.contactsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ContactsDialog", u"Installation", None))
        ___qtablewidgetitem2 = self.contactsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ContactsDialog", u"Known since", None))
        ___qtablewidgetitem3 = self.contactsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ContactsDialog", u"Key (words)", None))
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleName(QCoreApplication.translate("ContactsDialog", u"Contacts and their keys", None))
#endif // QT_CONFIG(accessibility)
        self.removeContactButton.setText(QCoreApplication.translate("ContactsDialog", u"&Remove Contact", None))
#if QT_CONFIG(accessibility)
        self.removeContactButton.setAccessibleName(QCoreApplication.translate("ContactsDialog", u"Forget the selected contact's key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

