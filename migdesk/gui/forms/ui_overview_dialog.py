# Generated from ui/overview_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from migdesk.gui.widgets.bar_chart import BarChart

class Ui_OverviewDialog(object):
    def setupUi(self, OverviewDialog):
        if not OverviewDialog.objectName():
            OverviewDialog.setObjectName(u"OverviewDialog")
        OverviewDialog.resize(820, 640)
        self.layout = QVBoxLayout(OverviewDialog)
        self.layout.setObjectName(u"layout")
        self.overviewHeading = QLabel(OverviewDialog)
        self.overviewHeading.setObjectName(u"overviewHeading")
        self.overviewHeading.setTextFormat(Qt.PlainText)
        self.overviewHeading.setWordWrap(True)

        self.layout.addWidget(self.overviewHeading)

        self.charts = QGridLayout()
        self.charts.setObjectName(u"charts")
        self.meetingsCaption = QLabel(OverviewDialog)
        self.meetingsCaption.setObjectName(u"meetingsCaption")

        self.charts.addWidget(self.meetingsCaption, 0, 0, 1, 1)

        self.actionsCaption = QLabel(OverviewDialog)
        self.actionsCaption.setObjectName(u"actionsCaption")

        self.charts.addWidget(self.actionsCaption, 0, 1, 1, 1)

        self.meetingsPerYearChart = BarChart(OverviewDialog)
        self.meetingsPerYearChart.setObjectName(u"meetingsPerYearChart")

        self.charts.addWidget(self.meetingsPerYearChart, 1, 0, 1, 1)

        self.openActionsChart = BarChart(OverviewDialog)
        self.openActionsChart.setObjectName(u"openActionsChart")

        self.charts.addWidget(self.openActionsChart, 1, 1, 1, 1)


        self.layout.addLayout(self.charts)

        self.openActionsSummary = QLabel(OverviewDialog)
        self.openActionsSummary.setObjectName(u"openActionsSummary")
        self.openActionsSummary.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.openActionsSummary)

        self.openActionsTree = QTreeWidget(OverviewDialog)
        self.openActionsTree.setObjectName(u"openActionsTree")
        self.openActionsTree.setRootIsDecorated(True)
        self.openActionsTree.setUniformRowHeights(True)

        self.layout.addWidget(self.openActionsTree)

        self.overviewButtons = QDialogButtonBox(OverviewDialog)
        self.overviewButtons.setObjectName(u"overviewButtons")
        self.overviewButtons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.overviewButtons)

        self.layout.setStretch(3, 1)

        self.retranslateUi(OverviewDialog)

        QMetaObject.connectSlotsByName(OverviewDialog)
    # setupUi

    def retranslateUi(self, OverviewDialog):
        OverviewDialog.setWindowTitle(QCoreApplication.translate("OverviewDialog", u"Overview of %1", None))
        self.meetingsCaption.setText(QCoreApplication.translate("OverviewDialog", u"Meetings per year", None))
        self.actionsCaption.setText(QCoreApplication.translate("OverviewDialog", u"Open actions by month due", None))
#if QT_CONFIG(accessibility)
        self.meetingsPerYearChart.setAccessibleName(QCoreApplication.translate("OverviewDialog", u"Meetings per year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openActionsChart.setAccessibleName(QCoreApplication.translate("OverviewDialog", u"Open actions by month due", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem = self.openActionsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("OverviewDialog", u"Responsible", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("OverviewDialog", u"Action", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("OverviewDialog", u"Due", None))
#if QT_CONFIG(accessibility)
        self.openActionsTree.setAccessibleName(QCoreApplication.translate("OverviewDialog", u"Open actions by when they are due", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

