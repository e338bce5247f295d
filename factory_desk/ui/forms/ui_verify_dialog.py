# generated from forms/verify_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        self.dialog_layout = QVBoxLayout(VerifyDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(VerifyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.text_layout = QHBoxLayout()
        self.text_layout.setSpacing(8)
        self.text_layout.setObjectName(u"text_layout")
        self.text_label = QLabel(VerifyDialog)
        self.text_label.setObjectName(u"text_label")

        self.text_layout.addWidget(self.text_label)

        self.text_edit = QLineEdit(VerifyDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setClearButtonEnabled(True)

        self.text_layout.addWidget(self.text_edit)

        self.verify_button = QPushButton(VerifyDialog)
        self.verify_button.setObjectName(u"verify_button")
        self.verify_button.setAutoDefault(False)

        self.text_layout.addWidget(self.verify_button)


        self.dialog_layout.addLayout(self.text_layout)

        self.source_box = QGroupBox(VerifyDialog)
        self.source_box.setObjectName(u"source_box")
        self.source_layout = QGridLayout(self.source_box)
        self.source_layout.setObjectName(u"source_layout")
        self.register_radio = QRadioButton(self.source_box)
        self.register_radio.setObjectName(u"register_radio")
        self.register_radio.setChecked(True)

        self.source_layout.addWidget(self.register_radio, 0, 0, 1, 3)

        self.key_radio = QRadioButton(self.source_box)
        self.key_radio.setObjectName(u"key_radio")

        self.source_layout.addWidget(self.key_radio, 1, 0, 1, 1)

        self.key_file_label = QLabel(self.source_box)
        self.key_file_label.setObjectName(u"key_file_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.key_file_label.sizePolicy().hasHeightForWidth())
        self.key_file_label.setSizePolicy(sizePolicy)
        self.key_file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_file_label.setWordWrap(True)

        self.source_layout.addWidget(self.key_file_label, 1, 1, 1, 1)

        self.load_key_button = QPushButton(self.source_box)
        self.load_key_button.setObjectName(u"load_key_button")
        self.load_key_button.setAutoDefault(False)

        self.source_layout.addWidget(self.load_key_button, 1, 2, 1, 1)


        self.dialog_layout.addWidget(self.source_box)

        self.verdict_label = QLabel(VerifyDialog)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.verdict_label)

        self.explanation_label = QLabel(VerifyDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.explanation_label)

        self.details_label = QLabel(VerifyDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.details_label)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(VerifyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.text_edit, self.verify_button)
        QWidget.setTabOrder(self.verify_button, self.register_radio)
        QWidget.setTabOrder(self.register_radio, self.key_radio)
        QWidget.setTabOrder(self.key_radio, self.load_key_button)

        self.retranslateUi(VerifyDialog)

        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Verify a certificate", None))
        self.intro_label.setText(QCoreApplication.translate("VerifyDialog", u"Scan the QR code of a certificate with a scanner, or paste the text a phone read from it, and press Enter.", None))
        self.text_label.setText(QCoreApplication.translate("VerifyDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"The text of the certificate's QR code", None))
#endif // QT_CONFIG(accessibility)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"FD1|\u2026", None))
        self.verify_button.setText(QCoreApplication.translate("VerifyDialog", u"C&heck", None))
        self.source_box.setTitle(QCoreApplication.translate("VerifyDialog", u"Check against", None))
        self.register_radio.setText(QCoreApplication.translate("VerifyDialog", u"This centre's &register: keys, numbers and voided certificates", None))
        self.key_radio.setText(QCoreApplication.translate("VerifyDialog", u"A public key &file:", None))
        self.load_key_button.setText(QCoreApplication.translate("VerifyDialog", u"&Load a key file\u2026", None))
#if QT_CONFIG(accessibility)
        self.verdict_label.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"The answer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details_label.setAccessibleName(QCoreApplication.translate("VerifyDialog", u"What the certificate states", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

