# Generated from ui/server_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ServerDialog(object):
    def setupUi(self, ServerDialog):
        if not ServerDialog.objectName():
            ServerDialog.setObjectName(u"ServerDialog")
        ServerDialog.resize(560, 380)
        self.layout = QVBoxLayout(ServerDialog)
        self.layout.setObjectName(u"layout")
        self.uriLabel = QLabel(ServerDialog)
        self.uriLabel.setObjectName(u"uriLabel")

        self.layout.addWidget(self.uriLabel)

        self.uriEdit = QLineEdit(ServerDialog)
        self.uriEdit.setObjectName(u"uriEdit")
        self.uriEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.uriEdit)

        self.uriProblem = QLabel(ServerDialog)
        self.uriProblem.setObjectName(u"uriProblem")
        self.uriProblem.setTextFormat(Qt.PlainText)
        self.uriProblem.setWordWrap(True)

        self.layout.addWidget(self.uriProblem)

        self.passwordNote = QLabel(ServerDialog)
        self.passwordNote.setObjectName(u"passwordNote")
        self.passwordNote.setTextFormat(Qt.PlainText)
        self.passwordNote.setWordWrap(True)

        self.layout.addWidget(self.passwordNote)

        self.recentLabel = QLabel(ServerDialog)
        self.recentLabel.setObjectName(u"recentLabel")

        self.layout.addWidget(self.recentLabel)

        self.recentList = QListWidget(ServerDialog)
        self.recentList.setObjectName(u"recentList")

        self.layout.addWidget(self.recentList)

        self.buttonBox = QDialogButtonBox(ServerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Open)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.uriLabel.setBuddy(self.uriEdit)
        self.recentLabel.setBuddy(self.recentList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.uriEdit, self.recentList)

        self.retranslateUi(ServerDialog)
        self.buttonBox.accepted.connect(ServerDialog.accept)
        self.buttonBox.rejected.connect(ServerDialog.reject)

        QMetaObject.connectSlotsByName(ServerDialog)
    # setupUi

    def retranslateUi(self, ServerDialog):
        ServerDialog.setWindowTitle(QCoreApplication.translate("ServerDialog", u"Connect to Server", None))
#if QT_CONFIG(accessibility)
        ServerDialog.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Connect to a database server", None))
#endif // QT_CONFIG(accessibility)
        self.uriLabel.setText(QCoreApplication.translate("ServerDialog", u"&Server address (a PostgreSQL connection URI):", None))
#if QT_CONFIG(accessibility)
        self.uriEdit.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Server address", None))
#endif // QT_CONFIG(accessibility)
        self.uriEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"postgresql://user@host/database", None))
#if QT_CONFIG(accessibility)
        self.uriProblem.setAccessibleName(QCoreApplication.translate("ServerDialog", u"What is wrong with the address", None))
#endif // QT_CONFIG(accessibility)
        self.passwordNote.setText(QCoreApplication.translate("ServerDialog", u"MigDesk never stores your password. The connection finds it in your password file (~/.pgpass), a service file (~/.pg_service.conf) or the PGPASSWORD variable, as every PostgreSQL program does. Other options, such as sslmode=verify-full, go after a question mark.", None))
        self.recentLabel.setText(QCoreApplication.translate("ServerDialog", u"&Recent servers:", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("ServerDialog", u"Recent servers", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

