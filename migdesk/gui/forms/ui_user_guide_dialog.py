# Generated from ui/user_guide_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_guide_dialog.ui'
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
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_UserGuideDialog(object):
    def setupUi(self, UserGuideDialog):
        if not UserGuideDialog.objectName():
            UserGuideDialog.setObjectName(u"UserGuideDialog")
        UserGuideDialog.resize(820, 760)
        self.layout = QVBoxLayout(UserGuideDialog)
        self.layout.setObjectName(u"layout")
        self.userGuideText = QTextBrowser(UserGuideDialog)
        self.userGuideText.setObjectName(u"userGuideText")
        self.userGuideText.setOpenExternalLinks(True)

        self.layout.addWidget(self.userGuideText)

        self.guideButtons = QDialogButtonBox(UserGuideDialog)
        self.guideButtons.setObjectName(u"guideButtons")
        self.guideButtons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.guideButtons)

        self.layout.setStretch(0, 1)

        self.retranslateUi(UserGuideDialog)

        QMetaObject.connectSlotsByName(UserGuideDialog)
    # setupUi

    def retranslateUi(self, UserGuideDialog):
        UserGuideDialog.setWindowTitle(QCoreApplication.translate("UserGuideDialog", u"MigDesk User Guide", None))
#if QT_CONFIG(accessibility)
        self.userGuideText.setAccessibleName(QCoreApplication.translate("UserGuideDialog", u"User guide", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

