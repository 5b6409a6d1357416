# Generated from ui/paragraphs_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'paragraphs_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QWidget)

from migdesk.gui.widgets.pickers import RecordPicker

class Ui_ParagraphForm(object):
    def setupUi(self, ParagraphForm):
        if not ParagraphForm.objectName():
            ParagraphForm.setObjectName(u"ParagraphForm")
        self.formLayout = QFormLayout(ParagraphForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.resolutionLabel = QLabel(ParagraphForm)
        self.resolutionLabel.setObjectName(u"resolutionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resolutionLabel)

        self.resolutionPicker = RecordPicker(ParagraphForm)
        self.resolutionPicker.setObjectName(u"resolutionPicker")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resolutionPicker)

        self.numberLabel = QLabel(ParagraphForm)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(ParagraphForm)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaximumSize(QSize(120, 16777215))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.textLabel = QLabel(ParagraphForm)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ParagraphForm)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 96))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.textEdit.sizePolicy().hasHeightForWidth())
        self.textEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

#if QT_CONFIG(shortcut)
        self.resolutionLabel.setBuddy(self.resolutionPicker)
        self.numberLabel.setBuddy(self.numberEdit)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ParagraphForm)

        QMetaObject.connectSlotsByName(ParagraphForm)
    # setupUi

    def retranslateUi(self, ParagraphForm):
        ParagraphForm.setWindowTitle(QCoreApplication.translate("ParagraphForm", u"Paragraph", None))
        self.resolutionLabel.setText(QCoreApplication.translate("ParagraphForm", u"&Resolution:", None))
#if QT_CONFIG(accessibility)
        self.resolutionPicker.setAccessibleName(QCoreApplication.translate("ParagraphForm", u"Resolution", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("ParagraphForm", u"&Number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("ParagraphForm", u"Number", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("ParagraphForm", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("ParagraphForm", u"Text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

