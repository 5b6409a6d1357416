# Generated from ui/about_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(620, 520)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setSpacing(14)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(20, 20, 20, 14)
        self.head = QHBoxLayout()
        self.head.setSpacing(16)
        self.head.setObjectName(u"head")
        self.logo = QLabel(AboutDialog)
        self.logo.setObjectName(u"logo")
        self.logo.setAlignment(Qt.AlignTop)

        self.head.addWidget(self.logo)

        self.headText = QVBoxLayout()
        self.headText.setSpacing(6)
        self.headText.setObjectName(u"headText")
        self.aboutTitle = QLabel(AboutDialog)
        self.aboutTitle.setObjectName(u"aboutTitle")
        self.aboutTitle.setTextFormat(Qt.PlainText)

        self.headText.addWidget(self.aboutTitle)

        self.blurb = QLabel(AboutDialog)
        self.blurb.setObjectName(u"blurb")
        self.blurb.setWordWrap(True)

        self.headText.addWidget(self.blurb)

        self.versions = QLabel(AboutDialog)
        self.versions.setObjectName(u"versions")

        self.headText.addWidget(self.versions)


        self.head.addLayout(self.headText)

        self.head.setStretch(1, 1)

        self.layout.addLayout(self.head)

        self.licenceTabs = QTabWidget(AboutDialog)
        self.licenceTabs.setObjectName(u"licenceTabs")
        self.licenceMigDesk = QPlainTextEdit()
        self.licenceMigDesk.setObjectName(u"licenceMigDesk")
#if QT_CONFIG(accessibility)
        self.licenceMigDesk.setAccessibleName(u"licenceMigDesk")
#endif // QT_CONFIG(accessibility)
        self.licenceMigDesk.setReadOnly(True)
        self.licenceTabs.addTab(self.licenceMigDesk, "")
        self.licenceQt = QPlainTextEdit()
        self.licenceQt.setObjectName(u"licenceQt")
#if QT_CONFIG(accessibility)
        self.licenceQt.setAccessibleName(u"licenceQt")
#endif // QT_CONFIG(accessibility)
        self.licenceQt.setReadOnly(True)
        self.licenceTabs.addTab(self.licenceQt, "")
        self.licenceFonts = QPlainTextEdit()
        self.licenceFonts.setObjectName(u"licenceFonts")
#if QT_CONFIG(accessibility)
        self.licenceFonts.setAccessibleName(u"licenceFonts")
#endif // QT_CONFIG(accessibility)
        self.licenceFonts.setReadOnly(True)
        self.licenceTabs.addTab(self.licenceFonts, "")
        self.licenceIcons = QPlainTextEdit()
        self.licenceIcons.setObjectName(u"licenceIcons")
#if QT_CONFIG(accessibility)
        self.licenceIcons.setAccessibleName(u"licenceIcons")
#endif // QT_CONFIG(accessibility)
        self.licenceIcons.setReadOnly(True)
        self.licenceTabs.addTab(self.licenceIcons, "")

        self.layout.addWidget(self.licenceTabs)

        self.aboutButtons = QDialogButtonBox(AboutDialog)
        self.aboutButtons.setObjectName(u"aboutButtons")
        self.aboutButtons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.aboutButtons)

        self.layout.setStretch(1, 1)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About MigDesk", None))
#if QT_CONFIG(accessibility)
        AboutDialog.setAccessibleName(QCoreApplication.translate("AboutDialog", u"About MigDesk", None))
#endif // QT_CONFIG(accessibility)
        self.blurb.setText(QCoreApplication.translate("AboutDialog", u"Meetings, mandates and follow-up of the OAS Special Committee on Migration Issues (CEAM) and the regional processes it works with, kept offline on your computer and exchanged between delegates as files.", None))
#if QT_CONFIG(accessibility)
        self.licenceTabs.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licences", None))
#endif // QT_CONFIG(accessibility)
        self.licenceTabs.setTabText(self.licenceTabs.indexOf(self.licenceMigDesk), QCoreApplication.translate("AboutDialog", u"MigDesk", None))
        self.licenceTabs.setTabText(self.licenceTabs.indexOf(self.licenceQt), QCoreApplication.translate("AboutDialog", u"Qt and PySide6", None))
        self.licenceTabs.setTabText(self.licenceTabs.indexOf(self.licenceFonts), QCoreApplication.translate("AboutDialog", u"DejaVu fonts", None))
        self.licenceTabs.setTabText(self.licenceTabs.indexOf(self.licenceIcons), QCoreApplication.translate("AboutDialog", u"Icons", None))
    # retranslateUi

