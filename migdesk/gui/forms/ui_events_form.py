# Generated from ui/events_form.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_form.ui'
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

class Ui_EventForm(object):
    def setupUi(self, EventForm):
        if not EventForm.objectName():
            EventForm.setObjectName(u"EventForm")
        self.formLayout = QFormLayout(EventForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(8)
        self.formLayout.setContentsMargins(16, 16, 16, 16)
        self.titleLabel = QLabel(EventForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(EventForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(EventForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(EventForm)
        self.kindCombo.setObjectName(u"kindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.kindCombo.sizePolicy().hasHeightForWidth())
        self.kindCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.startDateLabel = QLabel(EventForm)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateRowLayout = QHBoxLayout()
        self.startDateRowLayout.setSpacing(8)
        self.startDateRowLayout.setObjectName(u"startDateRowLayout")
        self.startDateEdit = DateEdit(EventForm)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setMaximumSize(QSize(170, 16777215))

        self.startDateRowLayout.addWidget(self.startDateEdit)

        self.endDateLabel = QLabel(EventForm)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.startDateRowLayout.addWidget(self.endDateLabel)

        self.endDateEdit = DateEdit(EventForm)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setMaximumSize(QSize(170, 16777215))

        self.startDateRowLayout.addWidget(self.endDateEdit)

        self.startDateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startDateRowLayout.addItem(self.startDateRowSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.startDateRowLayout)

        self.placeLabel = QLabel(EventForm)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(EventForm)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.organizerLabel = QLabel(EventForm)
        self.organizerLabel.setObjectName(u"organizerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organizerLabel)

        self.organizerPicker = RecordPicker(EventForm)
        self.organizerPicker.setObjectName(u"organizerPicker")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organizerPicker)

        self.descriptionLabel = QLabel(EventForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(EventForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 96))
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(3)
        sizePolicy1.setHeightForWidth(self.descriptionEdit.sizePolicy().hasHeightForWidth())
        self.descriptionEdit.setSizePolicy(sizePolicy1)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.organizerLabel.setBuddy(self.organizerPicker)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventForm)

        QMetaObject.connectSlotsByName(EventForm)
    # setupUi

    def retranslateUi(self, EventForm):
        EventForm.setWindowTitle(QCoreApplication.translate("EventForm", u"Event", None))
        self.titleLabel.setText(QCoreApplication.translate("EventForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("EventForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("EventForm", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("EventForm", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("EventForm", u"&Starts:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("EventForm", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("EventForm", u"E&nds:", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("EventForm", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("EventForm", u"&Place:", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("EventForm", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.organizerLabel.setText(QCoreApplication.translate("EventForm", u"&Organizer:", None))
#if QT_CONFIG(accessibility)
        self.organizerPicker.setAccessibleName(QCoreApplication.translate("EventForm", u"Organizer", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("EventForm", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("EventForm", u"Description", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

