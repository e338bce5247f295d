# generated from forms/about_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 320)
        self.dialog_layout = QVBoxLayout(AboutDialog)
        self.dialog_layout.setSpacing(12)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.name_label = QLabel(AboutDialog)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setText(u"Factory Desk")

        self.dialog_layout.addWidget(self.name_label)

        self.summary_label = QLabel(AboutDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.details_layout = QFormLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.version_caption = QLabel(AboutDialog)
        self.version_caption.setObjectName(u"version_caption")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.version_caption)

        self.version_value = QLabel(AboutDialog)
        self.version_value.setObjectName(u"version_value")
        self.version_value.setTextFormat(Qt.TextFormat.PlainText)
        self.version_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.version_value)

        self.database_caption = QLabel(AboutDialog)
        self.database_caption.setObjectName(u"database_caption")

        self.details_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.database_caption)

        self.database_value = QLabel(AboutDialog)
        self.database_value.setObjectName(u"database_value")
        self.database_value.setTextFormat(Qt.TextFormat.PlainText)
        self.database_value.setWordWrap(True)
        self.database_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_value)

        self.qt_caption = QLabel(AboutDialog)
        self.qt_caption.setObjectName(u"qt_caption")
        self.qt_caption.setText(u"Qt:")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.qt_caption)

        self.qt_value = QLabel(AboutDialog)
        self.qt_value.setObjectName(u"qt_value")
        self.qt_value.setTextFormat(Qt.TextFormat.PlainText)
        self.qt_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.qt_value)

        self.python_caption = QLabel(AboutDialog)
        self.python_caption.setObjectName(u"python_caption")
        self.python_caption.setText(u"Python:")

        self.details_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.python_caption)

        self.python_value = QLabel(AboutDialog)
        self.python_value.setObjectName(u"python_value")
        self.python_value.setTextFormat(Qt.TextFormat.PlainText)
        self.python_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.python_value)

        self.log_file_caption = QLabel(AboutDialog)
        self.log_file_caption.setObjectName(u"log_file_caption")

        self.details_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.log_file_caption)

        self.log_file_value = QLabel(AboutDialog)
        self.log_file_value.setObjectName(u"log_file_value")
        self.log_file_value.setTextFormat(Qt.TextFormat.PlainText)
        self.log_file_value.setWordWrap(True)
        self.log_file_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.log_file_value)


        self.dialog_layout.addLayout(self.details_layout)

        self.dialog_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(AboutDialog)
        self.button_box.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Factory Desk", None))
        self.summary_label.setText(QCoreApplication.translate("AboutDialog", u"Plans, runs and documents Process Factory lean trainings: groups, attendance, certificates and improvement projects.", None))
        self.version_caption.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.database_caption.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
        self.log_file_caption.setText(QCoreApplication.translate("AboutDialog", u"Log file:", None))
    # retranslateUi

