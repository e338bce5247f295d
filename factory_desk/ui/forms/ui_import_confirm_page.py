# generated from forms/import_confirm_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_ImportConfirmPage(object):
    def setupUi(self, ImportConfirmPage):
        if not ImportConfirmPage.objectName():
            ImportConfirmPage.setObjectName(u"ImportConfirmPage")
        self.page_layout = QVBoxLayout(ImportConfirmPage)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.summary_label = QLabel(ImportConfirmPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)

        self.page_layout.addWidget(self.summary_label)

        self.pool_radio = QRadioButton(ImportConfirmPage)
        self.pool_radio.setObjectName(u"pool_radio")
        self.pool_radio.setChecked(True)

        self.page_layout.addWidget(self.pool_radio)

        self.session_layout = QHBoxLayout()
        self.session_layout.setObjectName(u"session_layout")
        self.session_radio = QRadioButton(ImportConfirmPage)
        self.session_radio.setObjectName(u"session_radio")

        self.session_layout.addWidget(self.session_radio)

        self.session_combo = QComboBox(ImportConfirmPage)
        self.session_combo.setObjectName(u"session_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.session_combo.sizePolicy().hasHeightForWidth())
        self.session_combo.setSizePolicy(sizePolicy)

        self.session_layout.addWidget(self.session_combo)


        self.page_layout.addLayout(self.session_layout)

        self.session_note_label = QLabel(ImportConfirmPage)
        self.session_note_label.setObjectName(u"session_note_label")
        self.session_note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.session_note_label.setWordWrap(True)

        self.page_layout.addWidget(self.session_note_label)

        self.register_radio = QRadioButton(ImportConfirmPage)
        self.register_radio.setObjectName(u"register_radio")

        self.page_layout.addWidget(self.register_radio)

        self.error_label = QLabel(ImportConfirmPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom_spacer)


        self.retranslateUi(ImportConfirmPage)

        QMetaObject.connectSlotsByName(ImportConfirmPage)
    # setupUi

    def retranslateUi(self, ImportConfirmPage):
        ImportConfirmPage.setTitle(QCoreApplication.translate("ImportConfirmPage", u"Where should the people go?", None))
        ImportConfirmPage.setSubTitle(QCoreApplication.translate("ImportConfirmPage", u"Everything is imported in one go: if anything goes wrong, nothing is written.", None))
        self.pool_radio.setText(QCoreApplication.translate("ImportConfirmPage", u"Into the organisation's &waiting pool, to be put into groups later", None))
        self.session_radio.setText(QCoreApplication.translate("ImportConfirmPage", u"&Enrolled in the session:", None))
#if QT_CONFIG(accessibility)
        self.session_combo.setAccessibleName(QCoreApplication.translate("ImportConfirmPage", u"Session to enrol the people in", None))
#endif // QT_CONFIG(accessibility)
        self.register_radio.setText(QCoreApplication.translate("ImportConfirmPage", u"&Only into the register of people", None))
    # retranslateUi

