# Generated from ui/actions_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'actions_form.ui'
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

class Ui_ActionForm(object):
    def setupUi(self, ActionForm):
        if not ActionForm.objectName():
            ActionForm.setObjectName(u"ActionForm")
        self.formLayout = QFormLayout(ActionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.meetingLabel = QLabel(ActionForm)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingPicker = RecordPicker(ActionForm)
        self.meetingPicker.setObjectName(u"meetingPicker")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingPicker)

        self.numberLabel = QLabel(ActionForm)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(ActionForm)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaximumSize(QSize(120, 16777215))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.descriptionLabel = QLabel(ActionForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActionForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 96))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.descriptionEdit.sizePolicy().hasHeightForWidth())
        self.descriptionEdit.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.responsibleLabel = QLabel(ActionForm)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsiblePicker = RecordPicker(ActionForm)
        self.responsiblePicker.setObjectName(u"responsiblePicker")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.responsiblePicker)

        self.counterpartLabel = QLabel(ActionForm)
        self.counterpartLabel.setObjectName(u"counterpartLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.counterpartLabel)

        self.counterpartPicker = RecordPicker(ActionForm)
        self.counterpartPicker.setObjectName(u"counterpartPicker")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.counterpartPicker)

        self.eventLabel = QLabel(ActionForm)
        self.eventLabel.setObjectName(u"eventLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.eventLabel)

        self.eventPicker = RecordPicker(ActionForm)
        self.eventPicker.setObjectName(u"eventPicker")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.eventPicker)

        self.dueDateLabel = QLabel(ActionForm)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dueDateLabel)

        self.dueDateRowLayout = QHBoxLayout()
        self.dueDateRowLayout.setSpacing(8)
        self.dueDateRowLayout.setObjectName(u"dueDateRowLayout")
        self.dueDateEdit = DateEdit(ActionForm)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setMaximumSize(QSize(170, 16777215))

        self.dueDateRowLayout.addWidget(self.dueDateEdit)

        self.statusLabel = QLabel(ActionForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.dueDateRowLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ActionForm)
        self.statusCombo.setObjectName(u"statusCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.statusCombo.sizePolicy().hasHeightForWidth())
        self.statusCombo.setSizePolicy(sizePolicy1)

        self.dueDateRowLayout.addWidget(self.statusCombo)

        self.dueDateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueDateRowLayout.addItem(self.dueDateRowSpacer)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.dueDateRowLayout)

        self.outcomeLabel = QLabel(ActionForm)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(ActionForm)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)
        self.outcomeEdit.setMinimumSize(QSize(0, 56))
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.outcomeEdit.sizePolicy().hasHeightForWidth())
        self.outcomeEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingPicker)
        self.numberLabel.setBuddy(self.numberEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.responsibleLabel.setBuddy(self.responsiblePicker)
        self.counterpartLabel.setBuddy(self.counterpartPicker)
        self.eventLabel.setBuddy(self.eventPicker)
        self.dueDateLabel.setBuddy(self.dueDateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionForm)

        QMetaObject.connectSlotsByName(ActionForm)
    # setupUi

    def retranslateUi(self, ActionForm):
        ActionForm.setWindowTitle(QCoreApplication.translate("ActionForm", u"Action", None))
        self.meetingLabel.setText(QCoreApplication.translate("ActionForm", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingPicker.setAccessibleName(QCoreApplication.translate("ActionForm", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("ActionForm", u"&Number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("ActionForm", u"Number", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("ActionForm", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ActionForm", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.responsibleLabel.setText(QCoreApplication.translate("ActionForm", u"&Responsible:", None))
#if QT_CONFIG(accessibility)
        self.responsiblePicker.setAccessibleName(QCoreApplication.translate("ActionForm", u"Responsible", None))
#endif // QT_CONFIG(accessibility)
        self.counterpartLabel.setText(QCoreApplication.translate("ActionForm", u"&Counterpart:", None))
#if QT_CONFIG(accessibility)
        self.counterpartPicker.setAccessibleName(QCoreApplication.translate("ActionForm", u"Counterpart", None))
#endif // QT_CONFIG(accessibility)
        self.eventLabel.setText(QCoreApplication.translate("ActionForm", u"Even&t:", None))
#if QT_CONFIG(accessibility)
        self.eventPicker.setAccessibleName(QCoreApplication.translate("ActionForm", u"Event", None))
#endif // QT_CONFIG(accessibility)
        self.dueDateLabel.setText(QCoreApplication.translate("ActionForm", u"D&ue date:", None))
#if QT_CONFIG(accessibility)
        self.dueDateEdit.setAccessibleName(QCoreApplication.translate("ActionForm", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ActionForm", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ActionForm", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("ActionForm", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("ActionForm", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

