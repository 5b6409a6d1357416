# Generated from ui/conflict_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(720, 300)
        self.layout = QVBoxLayout(ConflictDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(ConflictDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setTextFormat(Qt.PlainText)
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.conflicts = QTableWidget(ConflictDialog)
        self.conflicts.setObjectName(u"conflicts")

        self.layout.addWidget(self.conflicts)

        self.buttonBox = QDialogButtonBox(ConflictDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(ConflictDialog)
        self.buttonBox.accepted.connect(ConflictDialog.accept)
        self.buttonBox.rejected.connect(ConflictDialog.reject)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Changed by Someone Else", None))
#if QT_CONFIG(accessibility)
        self.conflicts.setAccessibleName(QCoreApplication.translate("ConflictDialog", u"Fields in dispute: your value and the other writer's", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

