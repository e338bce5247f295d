# generated from forms/crash_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(720, 480)
        self.dialog_layout = QVBoxLayout(CrashDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(CrashDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.report_text = QPlainTextEdit(CrashDialog)
        self.report_text.setObjectName(u"report_text")
        self.report_text.setTabChangesFocus(True)
        self.report_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_text.setReadOnly(True)
        self.report_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.report_text)

        self.log_label = QLabel(CrashDialog)
        self.log_label.setObjectName(u"log_label")
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.log_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_button = QPushButton(CrashDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.buttons_layout.addWidget(self.copy_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(CrashDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(CrashDialog)
        self.close_button.clicked.connect(CrashDialog.accept)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"Factory Desk: an unexpected problem", None))
        self.intro_label.setText(QCoreApplication.translate("CrashDialog", u"Factory Desk ran into a problem it did not expect. What you saved before is safe: every change is saved whole or not at all. Please copy the report below and send it to whoever looks after Factory Desk at your centre, with a line on what you were doing.", None))
#if QT_CONFIG(accessibility)
        self.report_text.setAccessibleName(QCoreApplication.translate("CrashDialog", u"Problem report", None))
#endif // QT_CONFIG(accessibility)
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", u"&Copy report", None))
        self.close_button.setText(QCoreApplication.translate("CrashDialog", u"Close", None))
    # retranslateUi

