# Generated from ui/restore_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(520, 360)
        self.layout = QVBoxLayout(RestoreDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(RestoreDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.backupList = QListWidget(RestoreDialog)
        self.backupList.setObjectName(u"backupList")

        self.layout.addWidget(self.backupList)

        self.restoreButtons = QDialogButtonBox(RestoreDialog)
        self.restoreButtons.setObjectName(u"restoreButtons")
        self.restoreButtons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.restoreButtons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from Backup", None))
#if QT_CONFIG(accessibility)
        RestoreDialog.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Restore from backup", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("RestoreDialog", u"Choose the copy to go back to. The database as it is now is backed up first, so a restore can itself be undone by restoring that copy.", None))
#if QT_CONFIG(accessibility)
        self.backupList.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

