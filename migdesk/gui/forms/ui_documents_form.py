# Generated from ui/documents_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QWidget)

from migdesk.gui.widgets.date_edit import DateEdit
from migdesk.gui.widgets.pickers import RecordPicker
from migdesk.gui.widgets.symbol_edit import SymbolEdit

class Ui_DocumentForm(object):
    def setupUi(self, DocumentForm):
        if not DocumentForm.objectName():
            DocumentForm.setObjectName(u"DocumentForm")
        self.formLayout = QFormLayout(DocumentForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.symbolLabel = QLabel(DocumentForm)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = SymbolEdit(DocumentForm)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.titleLabel = QLabel(DocumentForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DocumentForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(DocumentForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRowLayout = QHBoxLayout()
        self.dateRowLayout.setSpacing(8)
        self.dateRowLayout.setObjectName(u"dateRowLayout")
        self.dateEdit = DateEdit(DocumentForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaximumSize(QSize(170, 16777215))

        self.dateRowLayout.addWidget(self.dateEdit)

        self.languageLabel = QLabel(DocumentForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.dateRowLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(DocumentForm)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.dateRowLayout.addWidget(self.languageCombo)

        self.dateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRowLayout.addItem(self.dateRowSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateRowLayout)

        self.distributionLabel = QLabel(DocumentForm)
        self.distributionLabel.setObjectName(u"distributionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.distributionLabel)

        self.distributionRowLayout = QHBoxLayout()
        self.distributionRowLayout.setSpacing(8)
        self.distributionRowLayout.setObjectName(u"distributionRowLayout")
        self.distributionCombo = QComboBox(DocumentForm)
        self.distributionCombo.setObjectName(u"distributionCombo")
        sizePolicy.setHeightForWidth(self.distributionCombo.sizePolicy().hasHeightForWidth())
        self.distributionCombo.setSizePolicy(sizePolicy)

        self.distributionRowLayout.addWidget(self.distributionCombo)

        self.classificationLabel = QLabel(DocumentForm)
        self.classificationLabel.setObjectName(u"classificationLabel")

        self.distributionRowLayout.addWidget(self.classificationLabel)

        self.classificationEdit = QLineEdit(DocumentForm)
        self.classificationEdit.setObjectName(u"classificationEdit")

        self.distributionRowLayout.addWidget(self.classificationEdit)

        self.distributionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.distributionRowLayout.addItem(self.distributionRowSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.distributionRowLayout)

        self.bodyLabel = QLabel(DocumentForm)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyPicker = RecordPicker(DocumentForm)
        self.bodyPicker.setObjectName(u"bodyPicker")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyPicker)

        self.notesLabel = QLabel(DocumentForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(DocumentForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 56))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)

#if QT_CONFIG(shortcut)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.distributionLabel.setBuddy(self.distributionCombo)
        self.classificationLabel.setBuddy(self.classificationEdit)
        self.bodyLabel.setBuddy(self.bodyPicker)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentForm)

        QMetaObject.connectSlotsByName(DocumentForm)
    # setupUi

    def retranslateUi(self, DocumentForm):
        DocumentForm.setWindowTitle(QCoreApplication.translate("DocumentForm", u"Document", None))
        self.symbolLabel.setText(QCoreApplication.translate("DocumentForm", u"&Symbol:", None))
#if QT_CONFIG(accessibility)
        self.symbolEdit.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Symbol", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("DocumentForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("DocumentForm", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("DocumentForm", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.distributionLabel.setText(QCoreApplication.translate("DocumentForm", u"D&istribution:", None))
#if QT_CONFIG(accessibility)
        self.distributionCombo.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Distribution", None))
#endif // QT_CONFIG(accessibility)
        self.classificationLabel.setText(QCoreApplication.translate("DocumentForm", u"&Classification:", None))
#if QT_CONFIG(accessibility)
        self.classificationEdit.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Classification", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("DocumentForm", u"&Body:", None))
#if QT_CONFIG(accessibility)
        self.bodyPicker.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Body", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("DocumentForm", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("DocumentForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

