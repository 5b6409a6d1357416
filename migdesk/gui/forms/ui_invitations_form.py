# Generated from ui/invitations_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'invitations_form.ui'
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
    QPlainTextEdit, QSizePolicy, QWidget)

from migdesk.gui.widgets.pickers import RecordPicker

class Ui_InvitationForm(object):
    def setupUi(self, InvitationForm):
        if not InvitationForm.objectName():
            InvitationForm.setObjectName(u"InvitationForm")
        self.formLayout = QFormLayout(InvitationForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.eventLabel = QLabel(InvitationForm)
        self.eventLabel.setObjectName(u"eventLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventPicker = RecordPicker(InvitationForm)
        self.eventPicker.setObjectName(u"eventPicker")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.eventPicker)

        self.organizationLabel = QLabel(InvitationForm)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organizationPicker = RecordPicker(InvitationForm)
        self.organizationPicker.setObjectName(u"organizationPicker")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organizationPicker)

        self.invitedByLabel = QLabel(InvitationForm)
        self.invitedByLabel.setObjectName(u"invitedByLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.invitedByLabel)

        self.invitedByPicker = RecordPicker(InvitationForm)
        self.invitedByPicker.setObjectName(u"invitedByPicker")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.invitedByPicker)

        self.responseLabel = QLabel(InvitationForm)
        self.responseLabel.setObjectName(u"responseLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responseLabel)

        self.responseCombo = QComboBox(InvitationForm)
        self.responseCombo.setObjectName(u"responseCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.responseCombo.sizePolicy().hasHeightForWidth())
        self.responseCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responseCombo)

        self.noteLabel = QLabel(InvitationForm)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(InvitationForm)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 56))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.noteEdit.sizePolicy().hasHeightForWidth())
        self.noteEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)

#if QT_CONFIG(shortcut)
        self.eventLabel.setBuddy(self.eventPicker)
        self.organizationLabel.setBuddy(self.organizationPicker)
        self.invitedByLabel.setBuddy(self.invitedByPicker)
        self.responseLabel.setBuddy(self.responseCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InvitationForm)

        QMetaObject.connectSlotsByName(InvitationForm)
    # setupUi

    def retranslateUi(self, InvitationForm):
        InvitationForm.setWindowTitle(QCoreApplication.translate("InvitationForm", u"Invitation", None))
        self.eventLabel.setText(QCoreApplication.translate("InvitationForm", u"Eve&nt:", None))
#if QT_CONFIG(accessibility)
        self.eventPicker.setAccessibleName(QCoreApplication.translate("InvitationForm", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.organizationLabel.setText(QCoreApplication.translate("InvitationForm", u"&Invited:", None))
#if QT_CONFIG(accessibility)
        self.organizationPicker.setAccessibleName(QCoreApplication.translate("InvitationForm", u"Invited", None))
#endif // QT_CONFIG(accessibility)
        self.invitedByLabel.setText(QCoreApplication.translate("InvitationForm", u"Invited &by:", None))
#if QT_CONFIG(accessibility)
        self.invitedByPicker.setAccessibleName(QCoreApplication.translate("InvitationForm", u"Invited by", None))
#endif // QT_CONFIG(accessibility)
        self.responseLabel.setText(QCoreApplication.translate("InvitationForm", u"&Response:", None))
#if QT_CONFIG(accessibility)
        self.responseCombo.setAccessibleName(QCoreApplication.translate("InvitationForm", u"Response", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("InvitationForm", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("InvitationForm", u"Note", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

