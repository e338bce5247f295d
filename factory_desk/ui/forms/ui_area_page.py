# generated from forms/area_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AreaPage(object):
    def setupUi(self, AreaPage):
        if not AreaPage.objectName():
            AreaPage.setObjectName(u"AreaPage")
        self.page_layout = QVBoxLayout(AreaPage)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(AreaPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.page_layout.addWidget(self.title_label)

        self.description_label = QLabel(AreaPage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setWordWrap(True)

        self.page_layout.addWidget(self.description_label)

        self.figures_heading = QLabel(AreaPage)
        self.figures_heading.setObjectName(u"figures_heading")

        self.page_layout.addWidget(self.figures_heading)

        self.figures_layout = QGridLayout()
        self.figures_layout.setObjectName(u"figures_layout")
        self.figures_layout.setHorizontalSpacing(12)
        self.figures_layout.setVerticalSpacing(12)

        self.page_layout.addLayout(self.figures_layout)

        self.page_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)


        self.retranslateUi(AreaPage)

        QMetaObject.connectSlotsByName(AreaPage)
    # setupUi

    def retranslateUi(self, AreaPage):
        self.figures_heading.setText(QCoreApplication.translate("AreaPage", u"In the open database", None))
        pass
    # retranslateUi

