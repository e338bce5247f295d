# generated from forms/numbering_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_NumberingDialog(object):
    def setupUi(self, NumberingDialog):
        if not NumberingDialog.objectName():
            NumberingDialog.setObjectName(u"NumberingDialog")
        self.dialog_layout = QVBoxLayout(NumberingDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(NumberingDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.factory_label = QLabel(NumberingDialog)
        self.factory_label.setObjectName(u"factory_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.factory_label)

        self.factory_combo = QComboBox(NumberingDialog)
        self.factory_combo.setObjectName(u"factory_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.factory_combo)

        self.year_label = QLabel(NumberingDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(NumberingDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.pattern_label = QLabel(NumberingDialog)
        self.pattern_label.setObjectName(u"pattern_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pattern_label)

        self.pattern_edit = QLineEdit(NumberingDialog)
        self.pattern_edit.setObjectName(u"pattern_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pattern_edit)

        self.fields_label = QLabel(NumberingDialog)
        self.fields_label.setObjectName(u"fields_label")
        self.fields_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fields_label)

        self.next_caption = QLabel(NumberingDialog)
        self.next_caption.setObjectName(u"next_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.next_caption)

        self.next_label = QLabel(NumberingDialog)
        self.next_label.setObjectName(u"next_label")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.next_label)


        self.dialog_layout.addLayout(self.form_layout)

        self.message_label = QLabel(NumberingDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(NumberingDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.factory_label.setBuddy(self.factory_combo)
        self.year_label.setBuddy(self.year_spin)
        self.pattern_label.setBuddy(self.pattern_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NumberingDialog)

        QMetaObject.connectSlotsByName(NumberingDialog)
    # setupUi

    def retranslateUi(self, NumberingDialog):
        NumberingDialog.setWindowTitle(QCoreApplication.translate("NumberingDialog", u"Certificate numbers", None))
        self.intro_label.setText(QCoreApplication.translate("NumberingDialog", u"Each factory numbers its certificates by year. A number is never given twice, also when several computers issue at once; a change of the pattern applies to the next numbers.", None))
        self.factory_label.setText(QCoreApplication.translate("NumberingDialog", u"&Factory:", None))
        self.year_label.setText(QCoreApplication.translate("NumberingDialog", u"&Year:", None))
        self.pattern_label.setText(QCoreApplication.translate("NumberingDialog", u"&Pattern:", None))
#if QT_CONFIG(accessibility)
        self.pattern_edit.setAccessibleName(QCoreApplication.translate("NumberingDialog", u"Number pattern", None))
#endif // QT_CONFIG(accessibility)
        self.fields_label.setText(QCoreApplication.translate("NumberingDialog", u"{code} the factory's code, {year} the year, {yy} its last two digits, {seq} the running number ({seq:05d}: five digits with leading zeros).", None))
        self.next_caption.setText(QCoreApplication.translate("NumberingDialog", u"Next number:", None))
    # retranslateUi

