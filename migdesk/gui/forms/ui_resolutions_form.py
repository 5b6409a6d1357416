# Generated from ui/resolutions_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resolutions_form.ui'
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

class Ui_ResolutionForm(object):
    def setupUi(self, ResolutionForm):
        if not ResolutionForm.objectName():
            ResolutionForm.setObjectName(u"ResolutionForm")
        self.formLayout = QFormLayout(ResolutionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.symbolLabel = QLabel(ResolutionForm)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = SymbolEdit(ResolutionForm)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.titleLabel = QLabel(ResolutionForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ResolutionForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sessionLabel = QLabel(ResolutionForm)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionRowLayout = QHBoxLayout()
        self.sessionRowLayout.setSpacing(8)
        self.sessionRowLayout.setObjectName(u"sessionRowLayout")
        self.sessionEdit = QLineEdit(ResolutionForm)
        self.sessionEdit.setObjectName(u"sessionEdit")

        self.sessionRowLayout.addWidget(self.sessionEdit)

        self.yearLabel = QLabel(ResolutionForm)
        self.yearLabel.setObjectName(u"yearLabel")

        self.sessionRowLayout.addWidget(self.yearLabel)

        self.yearEdit = QLineEdit(ResolutionForm)
        self.yearEdit.setObjectName(u"yearEdit")
        self.yearEdit.setMaximumSize(QSize(120, 16777215))

        self.sessionRowLayout.addWidget(self.yearEdit)

        self.sessionRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionRowLayout.addItem(self.sessionRowSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sessionRowLayout)

        self.adoptedOnLabel = QLabel(ResolutionForm)
        self.adoptedOnLabel.setObjectName(u"adoptedOnLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adoptedOnLabel)

        self.adoptedOnEdit = DateEdit(ResolutionForm)
        self.adoptedOnEdit.setObjectName(u"adoptedOnEdit")
        self.adoptedOnEdit.setMaximumSize(QSize(170, 16777215))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adoptedOnEdit)

        self.bodyLabel = QLabel(ResolutionForm)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyPicker = RecordPicker(ResolutionForm)
        self.bodyPicker.setObjectName(u"bodyPicker")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyPicker)

        self.languageLabel = QLabel(ResolutionForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ResolutionForm)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.notesLabel = QLabel(ResolutionForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ResolutionForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 56))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)

#if QT_CONFIG(shortcut)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.sessionLabel.setBuddy(self.sessionEdit)
        self.yearLabel.setBuddy(self.yearEdit)
        self.adoptedOnLabel.setBuddy(self.adoptedOnEdit)
        self.bodyLabel.setBuddy(self.bodyPicker)
        self.languageLabel.setBuddy(self.languageCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ResolutionForm)

        QMetaObject.connectSlotsByName(ResolutionForm)
    # setupUi

    def retranslateUi(self, ResolutionForm):
        ResolutionForm.setWindowTitle(QCoreApplication.translate("ResolutionForm", u"Resolution", None))
        self.symbolLabel.setText(QCoreApplication.translate("ResolutionForm", u"&Symbol:", None))
#if QT_CONFIG(accessibility)
        self.symbolEdit.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Symbol", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ResolutionForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("ResolutionForm", u"Sess&ion:", None))
#if QT_CONFIG(accessibility)
        self.sessionEdit.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Session", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("ResolutionForm", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.yearEdit.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Year", None))
#endif // QT_CONFIG(accessibility)
        self.adoptedOnLabel.setText(QCoreApplication.translate("ResolutionForm", u"&Adopted on:", None))
#if QT_CONFIG(accessibility)
        self.adoptedOnEdit.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Adopted on", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("ResolutionForm", u"Adopted &by:", None))
#if QT_CONFIG(accessibility)
        self.bodyPicker.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Adopted by", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("ResolutionForm", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ResolutionForm", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ResolutionForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

