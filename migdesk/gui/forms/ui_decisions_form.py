# Generated from ui/decisions_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decisions_form.ui'
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

class Ui_DecisionForm(object):
    def setupUi(self, DecisionForm):
        if not DecisionForm.objectName():
            DecisionForm.setObjectName(u"DecisionForm")
        self.formLayout = QFormLayout(DecisionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.meetingLabel = QLabel(DecisionForm)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingPicker = RecordPicker(DecisionForm)
        self.meetingPicker.setObjectName(u"meetingPicker")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingPicker)

        self.agendaItemLabel = QLabel(DecisionForm)
        self.agendaItemLabel.setObjectName(u"agendaItemLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agendaItemLabel)

        self.agendaItemPicker = RecordPicker(DecisionForm)
        self.agendaItemPicker.setObjectName(u"agendaItemPicker")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agendaItemPicker)

        self.kindLabel = QLabel(DecisionForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DecisionForm)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.textLabel = QLabel(DecisionForm)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(DecisionForm)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 96))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.textEdit.sizePolicy().hasHeightForWidth())
        self.textEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.textEdit)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingPicker)
        self.agendaItemLabel.setBuddy(self.agendaItemPicker)
        self.kindLabel.setBuddy(self.kindCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionForm)

        QMetaObject.connectSlotsByName(DecisionForm)
    # setupUi

    def retranslateUi(self, DecisionForm):
        DecisionForm.setWindowTitle(QCoreApplication.translate("DecisionForm", u"Decision", None))
        self.meetingLabel.setText(QCoreApplication.translate("DecisionForm", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingPicker.setAccessibleName(QCoreApplication.translate("DecisionForm", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
        self.agendaItemLabel.setText(QCoreApplication.translate("DecisionForm", u"&Agenda item:", None))
#if QT_CONFIG(accessibility)
        self.agendaItemPicker.setAccessibleName(QCoreApplication.translate("DecisionForm", u"Agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("DecisionForm", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DecisionForm", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("DecisionForm", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("DecisionForm", u"Text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

