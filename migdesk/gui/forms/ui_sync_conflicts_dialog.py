# Generated from ui/sync_conflicts_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflicts_dialog.ui'
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
    QHeaderView, QLabel, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncConflictsDialog(object):
    def setupUi(self, SyncConflictsDialog):
        if not SyncConflictsDialog.objectName():
            SyncConflictsDialog.setObjectName(u"SyncConflictsDialog")
        SyncConflictsDialog.resize(720, 300)
        self.layout = QVBoxLayout(SyncConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(SyncConflictsDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setTextFormat(Qt.PlainText)
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.conflicts = QTableWidget(SyncConflictsDialog)
        self.conflicts.setObjectName(u"conflicts")

        self.layout.addWidget(self.conflicts)

        self.buttonBox = QDialogButtonBox(SyncConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(SyncConflictsDialog)
        self.buttonBox.accepted.connect(SyncConflictsDialog.accept)
        self.buttonBox.rejected.connect(SyncConflictsDialog.reject)

        QMetaObject.connectSlotsByName(SyncConflictsDialog)
    # setupUi

    def retranslateUi(self, SyncConflictsDialog):
        SyncConflictsDialog.setWindowTitle(QCoreApplication.translate("SyncConflictsDialog", u"Changed on Both Sides", None))
#if QT_CONFIG(accessibility)
        self.conflicts.setAccessibleName(QCoreApplication.translate("SyncConflictsDialog", u"Fields changed on both sides: your value and the other database's", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

