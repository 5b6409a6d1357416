# Generated from ui/import_dialog.ui by packaging/compile_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QTreeView, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(860, 560)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.importStatus = QLabel(ImportDialog)
        self.importStatus.setObjectName(u"importStatus")
        self.importStatus.setTextFormat(Qt.PlainText)
        self.importStatus.setWordWrap(True)

        self.layout.addWidget(self.importStatus)

        self.importCounts = QLabel(ImportDialog)
        self.importCounts.setObjectName(u"importCounts")
        self.importCounts.setTextFormat(Qt.PlainText)

        self.layout.addWidget(self.importCounts)

        self.importSigner = QLabel(ImportDialog)
        self.importSigner.setObjectName(u"importSigner")
        self.importSigner.setTextFormat(Qt.PlainText)
        self.importSigner.setWordWrap(True)
        self.importSigner.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.importSigner)

        self.acceptNewKey = QCheckBox(ImportDialog)
        self.acceptNewKey.setObjectName(u"acceptNewKey")

        self.layout.addWidget(self.acceptNewKey)

        self.importTabs = QTabWidget(ImportDialog)
        self.importTabs.setObjectName(u"importTabs")
        self.changesPage = QWidget()
        self.changesPage.setObjectName(u"changesPage")
        self.changesLayout = QVBoxLayout(self.changesPage)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesLayout.setContentsMargins(0, 0, 0, 0)
        self.importChanges = QTreeView(self.changesPage)
        self.importChanges.setObjectName(u"importChanges")
        self.importChanges.setRootIsDecorated(False)
        self.importChanges.setUniformRowHeights(True)

        self.changesLayout.addWidget(self.importChanges)

        self.importTabs.addTab(self.changesPage, "")
        self.conflictPage = QWidget()
        self.conflictPage.setObjectName(u"conflictPage")
        self.conflictLayout = QVBoxLayout(self.conflictPage)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.conflictExplanation = QLabel(self.conflictPage)
        self.conflictExplanation.setObjectName(u"conflictExplanation")
        self.conflictExplanation.setWordWrap(True)

        self.conflictLayout.addWidget(self.conflictExplanation)

        self.conflictButtons = QHBoxLayout()
        self.conflictButtons.setObjectName(u"conflictButtons")
        self.keepAllMine = QPushButton(self.conflictPage)
        self.keepAllMine.setObjectName(u"keepAllMine")

        self.conflictButtons.addWidget(self.keepAllMine)

        self.takeAllTheirs = QPushButton(self.conflictPage)
        self.takeAllTheirs.setObjectName(u"takeAllTheirs")

        self.conflictButtons.addWidget(self.takeAllTheirs)

        self.conflictButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflictButtons.addItem(self.conflictButtonsStretch)

        self.conflictButtons.setStretch(2, 1)

        self.conflictLayout.addLayout(self.conflictButtons)

        self.importConflicts = QTableWidget(self.conflictPage)
        self.importConflicts.setObjectName(u"importConflicts")

        self.conflictLayout.addWidget(self.importConflicts)

        self.importTabs.addTab(self.conflictPage, "")

        self.layout.addWidget(self.importTabs)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.layout.addWidget(self.buttonBox)

        self.layout.setStretch(4, 1)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
#if QT_CONFIG(accessibility)
        ImportDialog.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import exchange file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.importSigner.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Who signed the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.acceptNewKey.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Accept the signer's new key", None))
#endif // QT_CONFIG(accessibility)
        self.acceptNewKey.setText(QCoreApplication.translate("ImportDialog", u"I compared the words with the sender (by phone, in person): accept this key", None))
#if QT_CONFIG(accessibility)
        self.importTabs.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Changes and conflicts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.importChanges.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Records the file changes", None))
#endif // QT_CONFIG(accessibility)
        self.importTabs.setTabText(self.importTabs.indexOf(self.changesPage), QCoreApplication.translate("ImportDialog", u"Changes", None))
        self.conflictExplanation.setText(QCoreApplication.translate("ImportDialog", u"These fields were changed both here and by your colleague since you last exchanged files. Choose per field; the value not used is kept in the record's history.", None))
#if QT_CONFIG(accessibility)
        self.keepAllMine.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Keep all my values", None))
#endif // QT_CONFIG(accessibility)
        self.keepAllMine.setText(QCoreApplication.translate("ImportDialog", u"Keep All Mine", None))
#if QT_CONFIG(accessibility)
        self.takeAllTheirs.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Take all my colleague's values", None))
#endif // QT_CONFIG(accessibility)
        self.takeAllTheirs.setText(QCoreApplication.translate("ImportDialog", u"Take All Theirs", None))
#if QT_CONFIG(accessibility)
        self.importConflicts.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Conflicts: your value and your colleague's", None))
#endif // QT_CONFIG(accessibility)
        self.importTabs.setTabText(self.importTabs.indexOf(self.conflictPage), QCoreApplication.translate("ImportDialog", u"Conflicts", None))
    # retranslateUi

