# Generated from ui/interventions_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interventions_form.ui'
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

from migdesk.gui.widgets.multi_picker import MultiRecordPicker
from migdesk.gui.widgets.pickers import RecordPicker

class Ui_InterventionForm(object):
    def setupUi(self, InterventionForm):
        if not InterventionForm.objectName():
            InterventionForm.setObjectName(u"InterventionForm")
        self.formLayout = QFormLayout(InterventionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.meetingLabel = QLabel(InterventionForm)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingPicker = RecordPicker(InterventionForm)
        self.meetingPicker.setObjectName(u"meetingPicker")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingPicker)

        self.agendaItemLabel = QLabel(InterventionForm)
        self.agendaItemLabel.setObjectName(u"agendaItemLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agendaItemLabel)

        self.agendaItemPicker = RecordPicker(InterventionForm)
        self.agendaItemPicker.setObjectName(u"agendaItemPicker")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agendaItemPicker)

        self.speakerKindLabel = QLabel(InterventionForm)
        self.speakerKindLabel.setObjectName(u"speakerKindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.speakerKindLabel)

        self.speakerKindCombo = QComboBox(InterventionForm)
        self.speakerKindCombo.setObjectName(u"speakerKindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.speakerKindCombo.sizePolicy().hasHeightForWidth())
        self.speakerKindCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.speakerKindCombo)

        self.speakerLabel = QLabel(InterventionForm)
        self.speakerLabel.setObjectName(u"speakerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.speakerLabel)

        self.speakerEdit = QLineEdit(InterventionForm)
        self.speakerEdit.setObjectName(u"speakerEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.speakerEdit)

        self.speakersLabel = QLabel(InterventionForm)
        self.speakersLabel.setObjectName(u"speakersLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.speakersLabel)

        self.speakersPicker = MultiRecordPicker(InterventionForm)
        self.speakersPicker.setObjectName(u"speakersPicker")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.speakersPicker)

        self.textLabel = QLabel(InterventionForm)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(InterventionForm)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 96))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.textEdit.sizePolicy().hasHeightForWidth())
        self.textEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.languageLabel = QLabel(InterventionForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(InterventionForm)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingPicker)
        self.agendaItemLabel.setBuddy(self.agendaItemPicker)
        self.speakerKindLabel.setBuddy(self.speakerKindCombo)
        self.speakerLabel.setBuddy(self.speakerEdit)
        self.speakersLabel.setBuddy(self.speakersPicker)
        self.textLabel.setBuddy(self.textEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterventionForm)

        QMetaObject.connectSlotsByName(InterventionForm)
    # setupUi

    def retranslateUi(self, InterventionForm):
        InterventionForm.setWindowTitle(QCoreApplication.translate("InterventionForm", u"Intervention", None))
        self.meetingLabel.setText(QCoreApplication.translate("InterventionForm", u"&Meeting:", None))
#if QT_CONFIG(accessibility)
        self.meetingPicker.setAccessibleName(QCoreApplication.translate("InterventionForm", u"Meeting", None))
#endif // QT_CONFIG(accessibility)
        self.agendaItemLabel.setText(QCoreApplication.translate("InterventionForm", u"&Agenda item:", None))
#if QT_CONFIG(accessibility)
        self.agendaItemPicker.setAccessibleName(QCoreApplication.translate("InterventionForm", u"Agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.speakerKindLabel.setText(QCoreApplication.translate("InterventionForm", u"&Speaker is:", None))
#if QT_CONFIG(accessibility)
        self.speakerKindCombo.setAccessibleName(QCoreApplication.translate("InterventionForm", u"Speaker is", None))
#endif // QT_CONFIG(accessibility)
        self.speakerLabel.setText(QCoreApplication.translate("InterventionForm", u"S&peaker as printed:", None))
#if QT_CONFIG(accessibility)
        self.speakerEdit.setAccessibleName(QCoreApplication.translate("InterventionForm", u"Speaker as printed", None))
#endif // QT_CONFIG(accessibility)
        self.speakersLabel.setText(QCoreApplication.translate("InterventionForm", u"Spea&kers:", None))
#if QT_CONFIG(accessibility)
        self.speakersPicker.setAccessibleName(QCoreApplication.translate("InterventionForm", u"Speakers", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("InterventionForm", u"&Text:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("InterventionForm", u"Text", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("InterventionForm", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("InterventionForm", u"Language", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

