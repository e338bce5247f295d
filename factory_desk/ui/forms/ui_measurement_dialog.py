# generated from forms/measurement_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MeasurementDialog(object):
    def setupUi(self, MeasurementDialog):
        if not MeasurementDialog.objectName():
            MeasurementDialog.setObjectName(u"MeasurementDialog")
        MeasurementDialog.resize(420, 190)
        MeasurementDialog.setMinimumSize(QSize(420, 0))
        self.dialog_layout = QVBoxLayout(MeasurementDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.metric_caption = QLabel(MeasurementDialog)
        self.metric_caption.setObjectName(u"metric_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.metric_caption)

        self.metric_value = QLabel(MeasurementDialog)
        self.metric_value.setObjectName(u"metric_value")
        self.metric_value.setTextFormat(Qt.TextFormat.PlainText)
        self.metric_value.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.metric_value)

        self.date_label = QLabel(MeasurementDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(MeasurementDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.value_label = QLabel(MeasurementDialog)
        self.value_label.setObjectName(u"value_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.value_label)

        self.value_layout = QHBoxLayout()
        self.value_layout.setObjectName(u"value_layout")
        self.value_edit = QLineEdit(MeasurementDialog)
        self.value_edit.setObjectName(u"value_edit")

        self.value_layout.addWidget(self.value_edit)

        self.unit_value = QLabel(MeasurementDialog)
        self.unit_value.setObjectName(u"unit_value")
        self.unit_value.setTextFormat(Qt.TextFormat.PlainText)

        self.value_layout.addWidget(self.unit_value)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.value_layout)

        self.note_label = QLabel(MeasurementDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(MeasurementDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(MeasurementDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(MeasurementDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.date_edit)
        self.value_label.setBuddy(self.value_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeasurementDialog)

        QMetaObject.connectSlotsByName(MeasurementDialog)
    # setupUi

    def retranslateUi(self, MeasurementDialog):
        MeasurementDialog.setWindowTitle(QCoreApplication.translate("MeasurementDialog", u"Measurement", None))
        self.metric_caption.setText(QCoreApplication.translate("MeasurementDialog", u"Metric:", None))
        self.date_label.setText(QCoreApplication.translate("MeasurementDialog", u"&Measured on:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("MeasurementDialog", u"Date of the measurement", None))
#endif // QT_CONFIG(accessibility)
        self.date_edit.setDisplayFormat(QCoreApplication.translate("MeasurementDialog", u"dd.MM.yyyy", None))
        self.value_label.setText(QCoreApplication.translate("MeasurementDialog", u"&Value:", None))
#if QT_CONFIG(accessibility)
        self.value_edit.setAccessibleName(QCoreApplication.translate("MeasurementDialog", u"Value", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("MeasurementDialog", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("MeasurementDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("MeasurementDialog", u"How it was measured, what changed", None))
    # retranslateUi

