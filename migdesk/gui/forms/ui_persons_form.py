# Generated from ui/persons_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'persons_form.ui'
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

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        self.formLayout = QFormLayout(PersonForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.nameLabel = QLabel(PersonForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.honorificLabel = QLabel(PersonForm)
        self.honorificLabel.setObjectName(u"honorificLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.honorificLabel)

        self.honorificEdit = QLineEdit(PersonForm)
        self.honorificEdit.setObjectName(u"honorificEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.honorificEdit)

        self.jobTitleLabel = QLabel(PersonForm)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleEdit = QLineEdit(PersonForm)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.organizationLabel = QLabel(PersonForm)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organizationPicker = RecordPicker(PersonForm)
        self.organizationPicker.setObjectName(u"organizationPicker")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organizationPicker)

        self.notesLabel = QLabel(PersonForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 56))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.honorificLabel.setBuddy(self.honorificEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleEdit)
        self.organizationLabel.setBuddy(self.organizationPicker)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        PersonForm.setWindowTitle(QCoreApplication.translate("PersonForm", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonForm", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.honorificLabel.setText(QCoreApplication.translate("PersonForm", u"H&onorific:", None))
#if QT_CONFIG(accessibility)
        self.honorificEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Honorific", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitleLabel.setText(QCoreApplication.translate("PersonForm", u"&Position or title:", None))
#if QT_CONFIG(accessibility)
        self.jobTitleEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Position or title", None))
#endif // QT_CONFIG(accessibility)
        self.organizationLabel.setText(QCoreApplication.translate("PersonForm", u"O&rganization:", None))
#if QT_CONFIG(accessibility)
        self.organizationPicker.setAccessibleName(QCoreApplication.translate("PersonForm", u"Organization", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("PersonForm", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("PersonForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

