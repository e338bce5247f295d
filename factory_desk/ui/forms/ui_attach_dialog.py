# generated from forms/attach_dialog.ui by scripts/build_ui.py — do not edit

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

class Ui_AttachDialog(object):
    def setupUi(self, AttachDialog):
        if not AttachDialog.objectName():
            AttachDialog.setObjectName(u"AttachDialog")
        AttachDialog.resize(520, 160)
        AttachDialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(AttachDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(AttachDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.files_form = QFormLayout()
        self.files_form.setObjectName(u"files_form")
        self.files_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.dialog_layout.addLayout(self.files_form)

        self.dialog_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(AttachDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(AttachDialog)

        QMetaObject.connectSlotsByName(AttachDialog)
    # setupUi

    def retranslateUi(self, AttachDialog):
        AttachDialog.setWindowTitle(QCoreApplication.translate("AttachDialog", u"Add files to the project", None))
        self.intro_label.setText(QCoreApplication.translate("AttachDialog", u"What is each file? The kind is guessed from its name; change it where the guess is wrong.", None))
    # retranslateUi

