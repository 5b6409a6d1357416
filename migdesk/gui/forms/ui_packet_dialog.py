# Generated from ui/packet_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'packet_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from migdesk.gui.widgets.date_edit import DateEdit

class Ui_PacketDialog(object):
    def setupUi(self, PacketDialog):
        if not PacketDialog.objectName():
            PacketDialog.setObjectName(u"PacketDialog")
        PacketDialog.resize(640, 620)
        self.layout = QVBoxLayout(PacketDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PacketDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.packetByMeeting = QRadioButton(PacketDialog)
        self.packetByMeeting.setObjectName(u"packetByMeeting")
        self.packetByMeeting.setChecked(True)

        self.layout.addWidget(self.packetByMeeting)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.packetMeetingFilter = QLineEdit(PacketDialog)
        self.packetMeetingFilter.setObjectName(u"packetMeetingFilter")
        self.packetMeetingFilter.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.packetMeetingFilter)

        self.packetCheckShown = QPushButton(PacketDialog)
        self.packetCheckShown.setObjectName(u"packetCheckShown")

        self.filterRow.addWidget(self.packetCheckShown)

        self.packetUncheckAll = QPushButton(PacketDialog)
        self.packetUncheckAll.setObjectName(u"packetUncheckAll")

        self.filterRow.addWidget(self.packetUncheckAll)

        self.filterRow.setStretch(0, 1)

        self.layout.addLayout(self.filterRow)

        self.packetMeetingList = QListWidget(PacketDialog)
        self.packetMeetingList.setObjectName(u"packetMeetingList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.packetMeetingList.sizePolicy().hasHeightForWidth())
        self.packetMeetingList.setSizePolicy(sizePolicy)
        self.packetMeetingList.setUniformItemSizes(True)

        self.layout.addWidget(self.packetMeetingList)

        self.packetByPeriod = QRadioButton(PacketDialog)
        self.packetByPeriod.setObjectName(u"packetByPeriod")

        self.layout.addWidget(self.packetByPeriod)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodIndent = QSpacerItem(24, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodIndent)

        self.fromLabel = QLabel(PacketDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.packetDateFrom = DateEdit(PacketDialog)
        self.packetDateFrom.setObjectName(u"packetDateFrom")

        self.periodRow.addWidget(self.packetDateFrom)

        self.toLabel = QLabel(PacketDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.packetDateTo = DateEdit(PacketDialog)
        self.packetDateTo.setObjectName(u"packetDateTo")

        self.periodRow.addWidget(self.packetDateTo)

        self.periodStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodStretch)

        self.periodRow.setStretch(5, 1)

        self.layout.addLayout(self.periodRow)

        self.sectionsBox = QGroupBox(PacketDialog)
        self.sectionsBox.setObjectName(u"sectionsBox")
        self.sectionsGrid = QGridLayout(self.sectionsBox)
        self.sectionsGrid.setObjectName(u"sectionsGrid")

        self.layout.addWidget(self.sectionsBox)

        self.choicesForm = QFormLayout()
        self.choicesForm.setObjectName(u"choicesForm")
        self.paperLabel = QLabel(PacketDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.choicesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.packetPaper = QComboBox(PacketDialog)
        self.packetPaper.setObjectName(u"packetPaper")

        self.choicesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.packetPaper)

        self.languageLabel = QLabel(PacketDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.choicesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.packetLanguage = QComboBox(PacketDialog)
        self.packetLanguage.setObjectName(u"packetLanguage")

        self.choicesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.packetLanguage)

        self.fileLabel = QLabel(PacketDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.choicesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.packetPath = QLineEdit(PacketDialog)
        self.packetPath.setObjectName(u"packetPath")

        self.fileRow.addWidget(self.packetPath)

        self.packetBrowse = QPushButton(PacketDialog)
        self.packetBrowse.setObjectName(u"packetBrowse")

        self.fileRow.addWidget(self.packetBrowse)

        self.fileRow.setStretch(0, 1)

        self.choicesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.layout.addLayout(self.choicesForm)

        self.packetStatus = QLabel(PacketDialog)
        self.packetStatus.setObjectName(u"packetStatus")
        self.packetStatus.setTextFormat(Qt.PlainText)
        self.packetStatus.setWordWrap(True)

        self.layout.addWidget(self.packetStatus)

        self.buttonBox = QDialogButtonBox(PacketDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.paperLabel.setBuddy(self.packetPaper)
        self.languageLabel.setBuddy(self.packetLanguage)
        self.fileLabel.setBuddy(self.packetPath)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.packetByMeeting, self.packetMeetingFilter)
        QWidget.setTabOrder(self.packetMeetingFilter, self.packetCheckShown)
        QWidget.setTabOrder(self.packetCheckShown, self.packetUncheckAll)
        QWidget.setTabOrder(self.packetUncheckAll, self.packetMeetingList)
        QWidget.setTabOrder(self.packetMeetingList, self.packetByPeriod)
        QWidget.setTabOrder(self.packetByPeriod, self.packetDateFrom)
        QWidget.setTabOrder(self.packetDateFrom, self.packetDateTo)
        QWidget.setTabOrder(self.packetDateTo, self.packetPaper)
        QWidget.setTabOrder(self.packetPaper, self.packetLanguage)
        QWidget.setTabOrder(self.packetLanguage, self.packetPath)
        QWidget.setTabOrder(self.packetPath, self.packetBrowse)

        self.retranslateUi(PacketDialog)

        QMetaObject.connectSlotsByName(PacketDialog)
    # setupUi

    def retranslateUi(self, PacketDialog):
        PacketDialog.setWindowTitle(QCoreApplication.translate("PacketDialog", u"Briefing Packet", None))
#if QT_CONFIG(accessibility)
        PacketDialog.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Briefing packet", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("PacketDialog", u"A packet gathers the summaries of the chosen meetings with their mandates, open follow-up actions, upcoming events and documents, as one PDF.", None))
#if QT_CONFIG(accessibility)
        self.packetByMeeting.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Packet of chosen meetings", None))
#endif // QT_CONFIG(accessibility)
        self.packetByMeeting.setText(QCoreApplication.translate("PacketDialog", u"Chosen &meetings", None))
#if QT_CONFIG(accessibility)
        self.packetMeetingFilter.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Filter the meetings", None))
#endif // QT_CONFIG(accessibility)
        self.packetMeetingFilter.setPlaceholderText(QCoreApplication.translate("PacketDialog", u"Filter by date or title", None))
#if QT_CONFIG(accessibility)
        self.packetCheckShown.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Check every meeting shown", None))
#endif // QT_CONFIG(accessibility)
        self.packetCheckShown.setText(QCoreApplication.translate("PacketDialog", u"Check Shown", None))
#if QT_CONFIG(accessibility)
        self.packetUncheckAll.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Uncheck every meeting", None))
#endif // QT_CONFIG(accessibility)
        self.packetUncheckAll.setText(QCoreApplication.translate("PacketDialog", u"Uncheck All", None))
#if QT_CONFIG(accessibility)
        self.packetMeetingList.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Meetings in the packet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.packetByPeriod.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Packet of the meetings in a period", None))
#endif // QT_CONFIG(accessibility)
        self.packetByPeriod.setText(QCoreApplication.translate("PacketDialog", u"Meetings in a &period", None))
        self.fromLabel.setText(QCoreApplication.translate("PacketDialog", u"From:", None))
        self.toLabel.setText(QCoreApplication.translate("PacketDialog", u"To:", None))
        self.sectionsBox.setTitle(QCoreApplication.translate("PacketDialog", u"Sections", None))
        self.paperLabel.setText(QCoreApplication.translate("PacketDialog", u"&Paper:", None))
#if QT_CONFIG(accessibility)
        self.packetPaper.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("PacketDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.packetLanguage.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Language of the packet", None))
#endif // QT_CONFIG(accessibility)
        self.fileLabel.setText(QCoreApplication.translate("PacketDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.packetPath.setAccessibleName(QCoreApplication.translate("PacketDialog", u"PDF file to write", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.packetBrowse.setAccessibleName(QCoreApplication.translate("PacketDialog", u"Choose the PDF file to write", None))
#endif // QT_CONFIG(accessibility)
        self.packetBrowse.setText(QCoreApplication.translate("PacketDialog", u"C&hoose\u2026", None))
    # retranslateUi

