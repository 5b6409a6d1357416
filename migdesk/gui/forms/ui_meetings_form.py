# Generated from ui/meetings_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_form.ui'
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
from migdesk.gui.widgets.multi_picker import MultiRecordPicker
from migdesk.gui.widgets.pickers import RecordPicker
from migdesk.gui.widgets.symbol_edit import SymbolEdit

class Ui_MeetingForm(object):
    def setupUi(self, MeetingForm):
        if not MeetingForm.objectName():
            MeetingForm.setObjectName(u"MeetingForm")
        self.formLayout = QFormLayout(MeetingForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(MeetingForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(MeetingForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.bodyLabel = QLabel(MeetingForm)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyPicker = RecordPicker(MeetingForm)
        self.bodyPicker.setObjectName(u"bodyPicker")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyPicker)

        self.dateLabel = QLabel(MeetingForm)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRowLayout = QHBoxLayout()
        self.dateRowLayout.setSpacing(8)
        self.dateRowLayout.setObjectName(u"dateRowLayout")
        self.dateEdit = DateEdit(MeetingForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMaximumSize(QSize(170, 16777215))

        self.dateRowLayout.addWidget(self.dateEdit)

        self.dateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRowLayout.addItem(self.dateRowSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dateRowLayout)

        self.startTimeLabel = QLabel(MeetingForm)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startTimeLabel)

        self.timeRowLayout = QHBoxLayout()
        self.timeRowLayout.setSpacing(8)
        self.timeRowLayout.setObjectName(u"timeRowLayout")
        self.startTimeEdit = QLineEdit(MeetingForm)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setMinimumSize(QSize(58, 0))
        self.startTimeEdit.setMaximumSize(QSize(90, 16777215))
        self.startTimeEdit.setMaxLength(5)

        self.timeRowLayout.addWidget(self.startTimeEdit)

        self.endTimeLabel = QLabel(MeetingForm)
        self.endTimeLabel.setObjectName(u"endTimeLabel")

        self.timeRowLayout.addWidget(self.endTimeLabel)

        self.endTimeEdit = QLineEdit(MeetingForm)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setMinimumSize(QSize(58, 0))
        self.endTimeEdit.setMaximumSize(QSize(90, 16777215))
        self.endTimeEdit.setMaxLength(5)

        self.timeRowLayout.addWidget(self.endTimeEdit)

        self.timeRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRowLayout.addItem(self.timeRowSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeRowLayout)

        self.placeLabel = QLabel(MeetingForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MeetingForm)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.chairLabel = QLabel(MeetingForm)
        self.chairLabel.setObjectName(u"chairLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairPicker = RecordPicker(MeetingForm)
        self.chairPicker.setObjectName(u"chairPicker")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chairPicker)

        self.agendaDocumentLabel = QLabel(MeetingForm)
        self.agendaDocumentLabel.setObjectName(u"agendaDocumentLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.agendaDocumentLabel)

        self.agendaDocumentPicker = RecordPicker(MeetingForm)
        self.agendaDocumentPicker.setObjectName(u"agendaDocumentPicker")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agendaDocumentPicker)

        self.orderOfBusinessDocumentLabel = QLabel(MeetingForm)
        self.orderOfBusinessDocumentLabel.setObjectName(u"orderOfBusinessDocumentLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.orderOfBusinessDocumentLabel)

        self.orderOfBusinessDocumentPicker = RecordPicker(MeetingForm)
        self.orderOfBusinessDocumentPicker.setObjectName(u"orderOfBusinessDocumentPicker")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.orderOfBusinessDocumentPicker)

        self.mandatesLabel = QLabel(MeetingForm)
        self.mandatesLabel.setObjectName(u"mandatesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mandatesLabel)

        self.mandatesPicker = MultiRecordPicker(MeetingForm)
        self.mandatesPicker.setObjectName(u"mandatesPicker")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mandatesPicker)

        self.symbolLabel = QLabel(MeetingForm)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = SymbolEdit(MeetingForm)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.summaryDateLabel = QLabel(MeetingForm)
        self.summaryDateLabel.setObjectName(u"summaryDateLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.summaryDateLabel)

        self.summaryDateEdit = DateEdit(MeetingForm)
        self.summaryDateEdit.setObjectName(u"summaryDateEdit")
        self.summaryDateEdit.setMaximumSize(QSize(170, 16777215))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.summaryDateEdit)

        self.statusLabel = QLabel(MeetingForm)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRowLayout = QHBoxLayout()
        self.statusRowLayout.setSpacing(8)
        self.statusRowLayout.setObjectName(u"statusRowLayout")
        self.statusCombo = QComboBox(MeetingForm)
        self.statusCombo.setObjectName(u"statusCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusCombo.sizePolicy().hasHeightForWidth())
        self.statusCombo.setSizePolicy(sizePolicy)

        self.statusRowLayout.addWidget(self.statusCombo)

        self.languageLabel = QLabel(MeetingForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.statusRowLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(MeetingForm)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.statusRowLayout.addWidget(self.languageCombo)

        self.statusRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRowLayout.addItem(self.statusRowSpacer)


        self.formLayout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.statusRowLayout)

        self.introductionLabel = QLabel(MeetingForm)
        self.introductionLabel.setObjectName(u"introductionLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.introductionLabel)

        self.introductionEdit = QPlainTextEdit(MeetingForm)
        self.introductionEdit.setObjectName(u"introductionEdit")
        self.introductionEdit.setTabChangesFocus(True)
        self.introductionEdit.setMinimumSize(QSize(0, 96))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.introductionEdit.sizePolicy().hasHeightForWidth())
        self.introductionEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.introductionEdit)

        self.notesLabel = QLabel(MeetingForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MeetingForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 56))
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.notesEdit.sizePolicy().hasHeightForWidth())
        self.notesEdit.setSizePolicy(sizePolicy2)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notesEdit)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.bodyLabel.setBuddy(self.bodyPicker)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startTimeLabel.setBuddy(self.startTimeEdit)
        self.endTimeLabel.setBuddy(self.endTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.chairLabel.setBuddy(self.chairPicker)
        self.agendaDocumentLabel.setBuddy(self.agendaDocumentPicker)
        self.orderOfBusinessDocumentLabel.setBuddy(self.orderOfBusinessDocumentPicker)
        self.mandatesLabel.setBuddy(self.mandatesPicker)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.summaryDateLabel.setBuddy(self.summaryDateEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.introductionLabel.setBuddy(self.introductionEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingForm)

        QMetaObject.connectSlotsByName(MeetingForm)
    # setupUi

    def retranslateUi(self, MeetingForm):
        MeetingForm.setWindowTitle(QCoreApplication.translate("MeetingForm", u"Meeting", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.bodyLabel.setText(QCoreApplication.translate("MeetingForm", u"&Body:", None))
#if QT_CONFIG(accessibility)
        self.bodyPicker.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Body", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("MeetingForm", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.startTimeLabel.setText(QCoreApplication.translate("MeetingForm", u"Sta&rt:", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startTimeEdit.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"HH:MM", None))
        self.endTimeLabel.setText(QCoreApplication.translate("MeetingForm", u"E&nd:", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endTimeEdit.setPlaceholderText(QCoreApplication.translate("MeetingForm", u"HH:MM", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingForm", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.chairLabel.setText(QCoreApplication.translate("MeetingForm", u"&Chair:", None))
#if QT_CONFIG(accessibility)
        self.chairPicker.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Chair", None))
#endif // QT_CONFIG(accessibility)
        self.agendaDocumentLabel.setText(QCoreApplication.translate("MeetingForm", u"&Agenda document:", None))
#if QT_CONFIG(accessibility)
        self.agendaDocumentPicker.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Agenda document", None))
#endif // QT_CONFIG(accessibility)
        self.orderOfBusinessDocumentLabel.setText(QCoreApplication.translate("MeetingForm", u"&Order of business:", None))
#if QT_CONFIG(accessibility)
        self.orderOfBusinessDocumentPicker.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Order of business", None))
#endif // QT_CONFIG(accessibility)
        self.mandatesLabel.setText(QCoreApplication.translate("MeetingForm", u"&Mandates:", None))
#if QT_CONFIG(accessibility)
        self.mandatesPicker.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Mandates", None))
#endif // QT_CONFIG(accessibility)
        self.symbolLabel.setText(QCoreApplication.translate("MeetingForm", u"Summary s&ymbol:", None))
#if QT_CONFIG(accessibility)
        self.symbolEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Summary symbol", None))
#endif // QT_CONFIG(accessibility)
        self.summaryDateLabel.setText(QCoreApplication.translate("MeetingForm", u"Date o&f issue:", None))
#if QT_CONFIG(accessibility)
        self.summaryDateEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Date of issue", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("MeetingForm", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("MeetingForm", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.introductionLabel.setText(QCoreApplication.translate("MeetingForm", u"&Introduction:", None))
#if QT_CONFIG(accessibility)
        self.introductionEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Introduction", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("MeetingForm", u"Note&s:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("MeetingForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

