# Generated from ui/report_review_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_review_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReportReviewDialog(object):
    def setupUi(self, ReportReviewDialog):
        if not ReportReviewDialog.objectName():
            ReportReviewDialog.setObjectName(u"ReportReviewDialog")
        ReportReviewDialog.resize(1180, 720)
        self.mainLayout = QVBoxLayout(ReportReviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ReportReviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.summaryLabel)

        self.splitter = QSplitter(ReportReviewDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sourcePane = QWidget(self.splitter)
        self.sourcePane.setObjectName(u"sourcePane")
        self.sourceLayout = QVBoxLayout(self.sourcePane)
        self.sourceLayout.setObjectName(u"sourceLayout")
        self.sourceLayout.setContentsMargins(0, 0, 0, 0)
        self.sourceLabel = QLabel(self.sourcePane)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.sourceLayout.addWidget(self.sourceLabel)

        self.sourceView = QPlainTextEdit(self.sourcePane)
        self.sourceView.setObjectName(u"sourceView")
        self.sourceView.setReadOnly(True)

        self.sourceLayout.addWidget(self.sourceView)

        self.splitter.addWidget(self.sourcePane)
        self.recordsPane = QWidget(self.splitter)
        self.recordsPane.setObjectName(u"recordsPane")
        self.recordsLayout = QVBoxLayout(self.recordsPane)
        self.recordsLayout.setObjectName(u"recordsLayout")
        self.recordsLayout.setContentsMargins(0, 0, 0, 0)
        self.recordsLabel = QLabel(self.recordsPane)
        self.recordsLabel.setObjectName(u"recordsLabel")

        self.recordsLayout.addWidget(self.recordsLabel)

        self.recordTree = QTreeWidget(self.recordsPane)
        self.recordTree.setObjectName(u"recordTree")
        self.recordTree.setAlternatingRowColors(True)
        self.recordTree.setUniformRowHeights(True)

        self.recordsLayout.addWidget(self.recordTree)

        self.correctionBox = QGroupBox(self.recordsPane)
        self.correctionBox.setObjectName(u"correctionBox")
        self.correctionLayout = QFormLayout(self.correctionBox)
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.speakerLabel = QLabel(self.correctionBox)
        self.speakerLabel.setObjectName(u"speakerLabel")

        self.correctionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.speakerLabel)

        self.speakerLayout = QHBoxLayout()
        self.speakerLayout.setObjectName(u"speakerLayout")
        self.speakerEdit = QLineEdit(self.correctionBox)
        self.speakerEdit.setObjectName(u"speakerEdit")

        self.speakerLayout.addWidget(self.speakerEdit)

        self.speakerKindCombo = QComboBox(self.correctionBox)
        self.speakerKindCombo.setObjectName(u"speakerKindCombo")

        self.speakerLayout.addWidget(self.speakerKindCombo)

        self.speakerButton = QPushButton(self.correctionBox)
        self.speakerButton.setObjectName(u"speakerButton")

        self.speakerLayout.addWidget(self.speakerButton)


        self.correctionLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.speakerLayout)

        self.editLayout = QHBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.mergeButton = QPushButton(self.correctionBox)
        self.mergeButton.setObjectName(u"mergeButton")

        self.editLayout.addWidget(self.mergeButton)

        self.splitButton = QPushButton(self.correctionBox)
        self.splitButton.setObjectName(u"splitButton")

        self.editLayout.addWidget(self.splitButton)


        self.correctionLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.editLayout)


        self.recordsLayout.addWidget(self.correctionBox)

        self.problemsLabel = QLabel(self.recordsPane)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.recordsLayout.addWidget(self.problemsLabel)

        self.problemsList = QListWidget(self.recordsPane)
        self.problemsList.setObjectName(u"problemsList")
        self.problemsList.setMaximumSize(QSize(16777215, 90))
        self.problemsList.setWordWrap(True)

        self.recordsLayout.addWidget(self.problemsList)

        self.recordsLayout.setStretch(1, 1)
        self.splitter.addWidget(self.recordsPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(ReportReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.sourceView)
        self.recordsLabel.setBuddy(self.recordTree)
        self.speakerLabel.setBuddy(self.speakerEdit)
        self.problemsLabel.setBuddy(self.problemsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportReviewDialog)

        QMetaObject.connectSlotsByName(ReportReviewDialog)
    # setupUi

    def retranslateUi(self, ReportReviewDialog):
        ReportReviewDialog.setWindowTitle(QCoreApplication.translate("ReportReviewDialog", u"Import Report", None))
        self.summaryLabel.setText("")
        self.sourceLabel.setText(QCoreApplication.translate("ReportReviewDialog", u"&Source text", None))
#if QT_CONFIG(accessibility)
        self.sourceView.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Source text of the report, line by line", None))
#endif // QT_CONFIG(accessibility)
        self.recordsLabel.setText(QCoreApplication.translate("ReportReviewDialog", u"&Proposed records", None))
        ___qtreewidgetitem = self.recordTree.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReportReviewDialog", u"Database", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReportReviewDialog", u"Confidence", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReportReviewDialog", u"Lines", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReportReviewDialog", u"Record", None))
#if QT_CONFIG(accessibility)
        self.recordTree.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Proposed records", None))
#endif // QT_CONFIG(accessibility)
        self.correctionBox.setTitle(QCoreApplication.translate("ReportReviewDialog", u"Correct the selected record", None))
        self.speakerLabel.setText(QCoreApplication.translate("ReportReviewDialog", u"Spea&ker:", None))
#if QT_CONFIG(accessibility)
        self.speakerEdit.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Speaker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.speakerKindCombo.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Kind of speaker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.speakerButton.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Set speaker", None))
#endif // QT_CONFIG(accessibility)
        self.speakerButton.setText(QCoreApplication.translate("ReportReviewDialog", u"Set &Speaker", None))
#if QT_CONFIG(accessibility)
        self.mergeButton.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Merge with next", None))
#endif // QT_CONFIG(accessibility)
        self.mergeButton.setText(QCoreApplication.translate("ReportReviewDialog", u"&Merge with Next", None))
#if QT_CONFIG(accessibility)
        self.splitButton.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Split after first sentence", None))
#endif // QT_CONFIG(accessibility)
        self.splitButton.setText(QCoreApplication.translate("ReportReviewDialog", u"Sp&lit after First Sentence", None))
        self.problemsLabel.setText(QCoreApplication.translate("ReportReviewDialog", u"&Warnings and text not placed", None))
#if QT_CONFIG(accessibility)
        self.problemsList.setAccessibleName(QCoreApplication.translate("ReportReviewDialog", u"Warnings and text not placed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

