# Generated from ui/translations_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'translations_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

class Ui_TranslationsDialog(object):
    def setupUi(self, TranslationsDialog):
        if not TranslationsDialog.objectName():
            TranslationsDialog.setObjectName(u"TranslationsDialog")
        TranslationsDialog.resize(620, 460)
        self.layout = QVBoxLayout(TranslationsDialog)
        self.layout.setObjectName(u"layout")
        self.fieldRow = QFormLayout()
        self.fieldRow.setObjectName(u"fieldRow")
        self.fieldLabel = QLabel(TranslationsDialog)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.fieldRow.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.translationFieldBox = QComboBox(TranslationsDialog)
        self.translationFieldBox.setObjectName(u"translationFieldBox")

        self.fieldRow.setWidget(0, QFormLayout.ItemRole.FieldRole, self.translationFieldBox)


        self.layout.addLayout(self.fieldRow)

        self.originalLabel = QLabel(TranslationsDialog)
        self.originalLabel.setObjectName(u"originalLabel")
        self.originalLabel.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.originalLabel)

        self.translationOriginal = QPlainTextEdit(TranslationsDialog)
        self.translationOriginal.setObjectName(u"translationOriginal")
        self.translationOriginal.setReadOnly(True)

        self.layout.addWidget(self.translationOriginal)

        self.translationTabs = QTabWidget(TranslationsDialog)
        self.translationTabs.setObjectName(u"translationTabs")

        self.layout.addWidget(self.translationTabs)

        self.translationButtons = QDialogButtonBox(TranslationsDialog)
        self.translationButtons.setObjectName(u"translationButtons")
        self.translationButtons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.translationButtons)

        self.layout.setStretch(2, 1)
        self.layout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.fieldLabel.setBuddy(self.translationFieldBox)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TranslationsDialog)

        QMetaObject.connectSlotsByName(TranslationsDialog)
    # setupUi

    def retranslateUi(self, TranslationsDialog):
        TranslationsDialog.setWindowTitle(QCoreApplication.translate("TranslationsDialog", u"Translations: %1", None))
        self.fieldLabel.setText(QCoreApplication.translate("TranslationsDialog", u"&Field:", None))
#if QT_CONFIG(accessibility)
        self.translationFieldBox.setAccessibleName(QCoreApplication.translate("TranslationsDialog", u"Field to translate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.translationOriginal.setAccessibleName(QCoreApplication.translate("TranslationsDialog", u"Original text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

