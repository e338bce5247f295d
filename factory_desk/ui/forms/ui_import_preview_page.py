# generated from forms/import_preview_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        self.page_layout = QVBoxLayout(ImportPreviewPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.counts_layout = QHBoxLayout()
        self.counts_layout.setSpacing(12)
        self.counts_layout.setObjectName(u"counts_layout")
        self.counts_label = QLabel(ImportPreviewPage)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.counts_label.sizePolicy().hasHeightForWidth())
        self.counts_label.setSizePolicy(sizePolicy)

        self.counts_layout.addWidget(self.counts_label)

        self.problems_check = QCheckBox(ImportPreviewPage)
        self.problems_check.setObjectName(u"problems_check")

        self.counts_layout.addWidget(self.problems_check)


        self.page_layout.addLayout(self.counts_layout)

        self.preview_view = QTableView(ImportPreviewPage)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setTabKeyNavigation(False)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.setWordWrap(True)
        self.preview_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.preview_view)

        self.status_label = QLabel(ImportPreviewPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.page_layout.addWidget(self.status_label)


        self.retranslateUi(ImportPreviewPage)

        QMetaObject.connectSlotsByName(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Check the rows before they are imported", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Each row of the file as it will be imported. Rows with errors are left out; rows with warnings are imported, but look at them. Nothing has been written yet.", None))
        self.problems_check.setText(QCoreApplication.translate("ImportPreviewPage", u"Show only rows with &problems", None))
#if QT_CONFIG(accessibility)
        self.preview_view.setAccessibleName(QCoreApplication.translate("ImportPreviewPage", u"The rows as they will be imported", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

