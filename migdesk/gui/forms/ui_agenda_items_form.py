# Generated from ui/agenda_items_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agenda_items_form.ui'
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
    QSizePolicy, QWidget)

from migdesk.gui.widgets.pickers import RecordPicker

class Ui_AgendaItemForm(object):
    def setupUi(self, AgendaItemForm):
        if not AgendaItemForm.objectName():
            AgendaItemForm.setObjectName(u"AgendaItemForm")
        self.formLayout = QFormLayout(AgendaItemForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.meetingLabel = QLabel(AgendaItemForm)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingPicker = RecordPicker(AgendaItemForm)
        self.meetingPicker.setObjectName(u"meetingPicker")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingPicker)

        self.numberLabel = QLabel(AgendaItemForm)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(AgendaItemForm)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.titleLabel = QLabel(AgendaItemForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(AgendaItemForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleEdit)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingPicker)
        self.numberLabel.setBuddy(self.numberEdit)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgendaItemForm)

        QMetaObject.connectSlotsByName(AgendaItemForm)
    # setupUi

    def retranslateUi(self, AgendaItemForm):
        AgendaItemForm.setWindowTitle(QCoreApplication.translate("AgendaItemForm", u"Agenda item", None))
        self.meetingLabel.setText(QCoreApplication.translate("AgendaItemForm", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingPicker.setAccessibleName(QCoreApplication.translate("AgendaItemForm", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("AgendaItemForm", u"&Number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("AgendaItemForm", u"Number", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("AgendaItemForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("AgendaItemForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

