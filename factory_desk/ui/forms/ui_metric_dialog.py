# generated from forms/metric_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MetricDialog(object):
    def setupUi(self, MetricDialog):
        if not MetricDialog.objectName():
            MetricDialog.setObjectName(u"MetricDialog")
        MetricDialog.resize(460, 240)
        MetricDialog.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(MetricDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(MetricDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(MetricDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.unit_label = QLabel(MetricDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(MetricDialog)
        self.unit_edit.setObjectName(u"unit_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.baseline_label = QLabel(MetricDialog)
        self.baseline_label.setObjectName(u"baseline_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.baseline_label)

        self.baseline_edit = QLineEdit(MetricDialog)
        self.baseline_edit.setObjectName(u"baseline_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.baseline_edit)

        self.target_label = QLabel(MetricDialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_edit = QLineEdit(MetricDialog)
        self.target_edit.setObjectName(u"target_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.target_edit)

        self.better_label = QLabel(MetricDialog)
        self.better_label.setObjectName(u"better_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.better_label)

        self.better_layout = QHBoxLayout()
        self.better_layout.setObjectName(u"better_layout")
        self.lower_radio = QRadioButton(MetricDialog)
        self.lower_radio.setObjectName(u"lower_radio")
        self.lower_radio.setChecked(True)

        self.better_layout.addWidget(self.lower_radio)

        self.higher_radio = QRadioButton(MetricDialog)
        self.higher_radio.setObjectName(u"higher_radio")

        self.better_layout.addWidget(self.higher_radio)

        self.better_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.better_layout.addItem(self.better_spacer)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.better_layout)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(MetricDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(MetricDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.baseline_label.setBuddy(self.baseline_edit)
        self.target_label.setBuddy(self.target_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.baseline_edit)
        QWidget.setTabOrder(self.baseline_edit, self.target_edit)
        QWidget.setTabOrder(self.target_edit, self.lower_radio)
        QWidget.setTabOrder(self.lower_radio, self.higher_radio)

        self.retranslateUi(MetricDialog)

        QMetaObject.connectSlotsByName(MetricDialog)
    # setupUi

    def retranslateUi(self, MetricDialog):
        MetricDialog.setWindowTitle(QCoreApplication.translate("MetricDialog", u"Metric", None))
        self.name_label.setText(QCoreApplication.translate("MetricDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Name of the metric", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"For example, waiting time in the queue", None))
        self.unit_label.setText(QCoreApplication.translate("MetricDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unit_edit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"min, pcs, %, working days", None))
        self.baseline_label.setText(QCoreApplication.translate("MetricDialog", u"&Baseline:", None))
#if QT_CONFIG(accessibility)
        self.baseline_edit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Baseline", None))
#endif // QT_CONFIG(accessibility)
        self.baseline_edit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"The value before the project", None))
        self.target_label.setText(QCoreApplication.translate("MetricDialog", u"&Target:", None))
#if QT_CONFIG(accessibility)
        self.target_edit.setAccessibleName(QCoreApplication.translate("MetricDialog", u"Target", None))
#endif // QT_CONFIG(accessibility)
        self.target_edit.setPlaceholderText(QCoreApplication.translate("MetricDialog", u"The value the project aims at", None))
        self.better_label.setText(QCoreApplication.translate("MetricDialog", u"Better:", None))
        self.lower_radio.setText(QCoreApplication.translate("MetricDialog", u"&lower", None))
        self.higher_radio.setText(QCoreApplication.translate("MetricDialog", u"&higher", None))
    # retranslateUi

