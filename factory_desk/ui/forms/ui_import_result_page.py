# generated from forms/import_result_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_ImportResultPage(object):
    def setupUi(self, ImportResultPage):
        if not ImportResultPage.objectName():
            ImportResultPage.setObjectName(u"ImportResultPage")
        self.page_layout = QVBoxLayout(ImportResultPage)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.result_label = QLabel(ImportResultPage)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.result_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.show_button = QPushButton(ImportResultPage)
        self.show_button.setObjectName(u"show_button")

        self.buttons_layout.addWidget(self.show_button)

        self.report_button = QPushButton(ImportResultPage)
        self.report_button.setObjectName(u"report_button")
        self.report_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.report_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.page_layout.addLayout(self.buttons_layout)

        self.report_label = QLabel(ImportResultPage)
        self.report_label.setObjectName(u"report_label")
        self.report_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.report_label)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(ImportResultPage)

        QMetaObject.connectSlotsByName(ImportResultPage)
    # setupUi

    def retranslateUi(self, ImportResultPage):
        ImportResultPage.setTitle(QCoreApplication.translate("ImportResultPage", u"The list is imported", None))
        ImportResultPage.setSubTitle(QCoreApplication.translate("ImportResultPage", u"This is what was written to the database.", None))
        self.show_button.setText(QCoreApplication.translate("ImportResultPage", u"&Show them in the list", None))
        self.report_button.setText(QCoreApplication.translate("ImportResultPage", u"Save import &report\u2026", None))
    # retranslateUi

