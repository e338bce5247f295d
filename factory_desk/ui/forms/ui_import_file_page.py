# generated from forms/import_file_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        self.page_layout = QVBoxLayout(ImportFilePage)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.file_layout = QHBoxLayout()
        self.file_layout.setSpacing(8)
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(ImportFilePage)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(ImportFilePage)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(ImportFilePage)
        self.choose_button.setObjectName(u"choose_button")
        self.choose_button.setAutoDefault(False)

        self.file_layout.addWidget(self.choose_button)


        self.page_layout.addLayout(self.file_layout)

        self.sheet_layout = QHBoxLayout()
        self.sheet_layout.setSpacing(8)
        self.sheet_layout.setObjectName(u"sheet_layout")
        self.sheet_label = QLabel(ImportFilePage)
        self.sheet_label.setObjectName(u"sheet_label")

        self.sheet_layout.addWidget(self.sheet_label)

        self.sheet_combo = QComboBox(ImportFilePage)
        self.sheet_combo.setObjectName(u"sheet_combo")
        self.sheet_combo.setMinimumSize(QSize(240, 0))

        self.sheet_layout.addWidget(self.sheet_combo)

        self.sheet_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sheet_layout.addItem(self.sheet_spacer)


        self.page_layout.addLayout(self.sheet_layout)

        self.status_label = QLabel(ImportFilePage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.status_label)

        self.drop_label = QLabel(ImportFilePage)
        self.drop_label.setObjectName(u"drop_label")
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_label.setFrameShadow(QFrame.Shadow.Sunken)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.drop_label.sizePolicy().hasHeightForWidth())
        self.drop_label.setSizePolicy(sizePolicy)

        self.page_layout.addWidget(self.drop_label)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.sheet_label.setBuddy(self.sheet_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportFilePage)

        QMetaObject.connectSlotsByName(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose the list to import", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"An Excel workbook (.xlsx) or a CSV file with one person per row, as organisations send them. You can also drag the file onto this window.", None))
        self.file_label.setText(QCoreApplication.translate("ImportFilePage", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"The file being imported", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"No file chosen yet", None))
        self.choose_button.setText(QCoreApplication.translate("ImportFilePage", u"&Choose file\u2026", None))
        self.sheet_label.setText(QCoreApplication.translate("ImportFilePage", u"&Sheet:", None))
#if QT_CONFIG(accessibility)
        self.sheet_combo.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"Sheet of the workbook", None))
#endif // QT_CONFIG(accessibility)
        self.drop_label.setText(QCoreApplication.translate("ImportFilePage", u"Drop an .xlsx or .csv file here", None))
    # retranslateUi

