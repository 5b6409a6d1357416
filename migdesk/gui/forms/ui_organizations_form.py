# Generated from ui/organizations_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organizations_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QWidget)

from migdesk.gui.widgets.aliases_edit import AliasesEdit
from migdesk.gui.widgets.pickers import RecordPicker

class Ui_OrganizationForm(object):
    def setupUi(self, OrganizationForm):
        if not OrganizationForm.objectName():
            OrganizationForm.setObjectName(u"OrganizationForm")
        self.formLayout = QFormLayout(OrganizationForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.nameLabel = QLabel(OrganizationForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OrganizationForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.acronymLabel = QLabel(OrganizationForm)
        self.acronymLabel.setObjectName(u"acronymLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acronymLabel)

        self.acronymEdit = QLineEdit(OrganizationForm)
        self.acronymEdit.setObjectName(u"acronymEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acronymEdit)

        self.kindLabel = QLabel(OrganizationForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(OrganizationForm)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.parentLabel = QLabel(OrganizationForm)
        self.parentLabel.setObjectName(u"parentLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentPicker = RecordPicker(OrganizationForm)
        self.parentPicker.setObjectName(u"parentPicker")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentPicker)

        self.countryLabel = QLabel(OrganizationForm)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QLineEdit(OrganizationForm)
        self.countryEdit.setObjectName(u"countryEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.aliasesLabel = QLabel(OrganizationForm)
        self.aliasesLabel.setObjectName(u"aliasesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aliasesLabel)

        self.aliasesEdit = AliasesEdit(OrganizationForm)
        self.aliasesEdit.setObjectName(u"aliasesEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aliasesEdit)

        self.languageLabel = QLabel(OrganizationForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(OrganizationForm)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.notesLabel = QLabel(OrganizationForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(OrganizationForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 56))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.acronymLabel.setBuddy(self.acronymEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.parentLabel.setBuddy(self.parentPicker)
        self.countryLabel.setBuddy(self.countryEdit)
        self.aliasesLabel.setBuddy(self.aliasesEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganizationForm)

        QMetaObject.connectSlotsByName(OrganizationForm)
    # setupUi

    def retranslateUi(self, OrganizationForm):
        OrganizationForm.setWindowTitle(QCoreApplication.translate("OrganizationForm", u"Organization", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganizationForm", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.acronymLabel.setText(QCoreApplication.translate("OrganizationForm", u"&Acronym:", None))
#if QT_CONFIG(accessibility)
        self.acronymEdit.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Acronym", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("OrganizationForm", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.parentLabel.setText(QCoreApplication.translate("OrganizationForm", u"&Part of:", None))
#if QT_CONFIG(accessibility)
        self.parentPicker.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Part of", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("OrganizationForm", u"&Country:", None))
#if QT_CONFIG(accessibility)
        self.countryEdit.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.aliasesLabel.setText(QCoreApplication.translate("OrganizationForm", u"&Other names:", None))
#if QT_CONFIG(accessibility)
        self.aliasesEdit.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Other names", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("OrganizationForm", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("OrganizationForm", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("OrganizationForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

