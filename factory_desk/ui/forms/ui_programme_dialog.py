# generated from forms/programme_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ProgrammeDialog(object):
    def setupUi(self, ProgrammeDialog):
        if not ProgrammeDialog.objectName():
            ProgrammeDialog.setObjectName(u"ProgrammeDialog")
        ProgrammeDialog.setMinimumSize(QSize(900, 0))
        self.dialog_layout = QVBoxLayout(ProgrammeDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(18)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.name_label = QLabel(ProgrammeDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ProgrammeDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(ProgrammeDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ProgrammeDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.hours_label = QLabel(ProgrammeDialog)
        self.hours_label.setObjectName(u"hours_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hours_label)

        self.hours_spin = QDoubleSpinBox(ProgrammeDialog)
        self.hours_spin.setObjectName(u"hours_spin")
        self.hours_spin.setMinimum(0.500000000000000)
        self.hours_spin.setMaximum(1000.000000000000000)
        self.hours_spin.setDecimals(1)
        self.hours_spin.setSingleStep(0.500000000000000)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hours_spin)

        self.days_label = QLabel(ProgrammeDialog)
        self.days_label.setObjectName(u"days_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days_spin = QSpinBox(ProgrammeDialog)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMinimum(1)
        self.days_spin.setMaximum(60)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.days_spin)

        self.group_label = QLabel(ProgrammeDialog)
        self.group_label.setObjectName(u"group_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.group_label)

        self.group_layout = QHBoxLayout()
        self.group_layout.setSpacing(8)
        self.group_layout.setObjectName(u"group_layout")
        self.min_spin = QSpinBox(ProgrammeDialog)
        self.min_spin.setObjectName(u"min_spin")
        self.min_spin.setMinimum(1)
        self.min_spin.setMaximum(100)

        self.group_layout.addWidget(self.min_spin)

        self.group_to_label = QLabel(ProgrammeDialog)
        self.group_to_label.setObjectName(u"group_to_label")

        self.group_layout.addWidget(self.group_to_label)

        self.max_spin = QSpinBox(ProgrammeDialog)
        self.max_spin.setObjectName(u"max_spin")
        self.max_spin.setMinimum(1)
        self.max_spin.setMaximum(100)

        self.group_layout.addWidget(self.max_spin)

        self.group_unit_label = QLabel(ProgrammeDialog)
        self.group_unit_label.setObjectName(u"group_unit_label")

        self.group_layout.addWidget(self.group_unit_label)

        self.group_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.group_layout.addItem(self.group_spacer)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.group_layout)

        self.rounds_label = QLabel(ProgrammeDialog)
        self.rounds_label.setObjectName(u"rounds_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rounds_label)

        self.rounds_spin = QSpinBox(ProgrammeDialog)
        self.rounds_spin.setObjectName(u"rounds_spin")
        self.rounds_spin.setMinimum(0)
        self.rounds_spin.setMaximum(10)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rounds_spin)

        self.active_check = QCheckBox(ProgrammeDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.left_layout.addLayout(self.form_layout)

        self.completion_group = QGroupBox(ProgrammeDialog)
        self.completion_group.setObjectName(u"completion_group")
        self.completion_layout = QVBoxLayout(self.completion_group)
        self.completion_layout.setSpacing(6)
        self.completion_layout.setObjectName(u"completion_layout")
        self.rule_statuses_label = QLabel(self.completion_group)
        self.rule_statuses_label.setObjectName(u"rule_statuses_label")

        self.completion_layout.addWidget(self.rule_statuses_label)

        self.rule_statuses_list = QListWidget(self.completion_group)
        self.rule_statuses_list.setObjectName(u"rule_statuses_list")
        self.rule_statuses_list.setMaximumSize(QSize(16777215, 110))

        self.completion_layout.addWidget(self.rule_statuses_list)

        self.all_days_radio = QRadioButton(self.completion_group)
        self.all_days_radio.setObjectName(u"all_days_radio")
        self.all_days_radio.setChecked(True)

        self.completion_layout.addWidget(self.all_days_radio)

        self.min_days_layout = QHBoxLayout()
        self.min_days_layout.setSpacing(8)
        self.min_days_layout.setObjectName(u"min_days_layout")
        self.min_days_radio = QRadioButton(self.completion_group)
        self.min_days_radio.setObjectName(u"min_days_radio")

        self.min_days_layout.addWidget(self.min_days_radio)

        self.min_days_spin = QSpinBox(self.completion_group)
        self.min_days_spin.setObjectName(u"min_days_spin")
        self.min_days_spin.setMinimum(1)
        self.min_days_spin.setMaximum(60)

        self.min_days_layout.addWidget(self.min_days_spin)

        self.min_days_unit_label = QLabel(self.completion_group)
        self.min_days_unit_label.setObjectName(u"min_days_unit_label")

        self.min_days_layout.addWidget(self.min_days_unit_label)

        self.min_days_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.min_days_layout.addItem(self.min_days_spacer)


        self.completion_layout.addLayout(self.min_days_layout)


        self.left_layout.addWidget(self.completion_group)

        self.form_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.form_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.texts_layout = QFormLayout()
        self.texts_layout.setObjectName(u"texts_layout")
        self.texts_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.texts_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.texts_layout.setVerticalSpacing(6)
        self.description_label = QLabel(ProgrammeDialog)
        self.description_label.setObjectName(u"description_label")

        self.texts_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(ProgrammeDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumSize(QSize(16777215, 110))

        self.texts_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.wording_label = QLabel(ProgrammeDialog)
        self.wording_label.setObjectName(u"wording_label")

        self.texts_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.wording_label)

        self.wording_edit = QPlainTextEdit(ProgrammeDialog)
        self.wording_edit.setObjectName(u"wording_edit")
        self.wording_edit.setTabChangesFocus(True)
        self.wording_edit.setMaximumSize(QSize(16777215, 80))

        self.texts_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.wording_edit)

        self.wording_hint_label = QLabel(ProgrammeDialog)
        self.wording_hint_label.setObjectName(u"wording_hint_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.wording_hint_label.sizePolicy().hasHeightForWidth())
        self.wording_hint_label.setSizePolicy(sizePolicy)
        self.wording_hint_label.setWordWrap(True)
        self.wording_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.wording_hint_label.setEnabled(False)

        self.texts_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.wording_hint_label)


        self.columns_layout.addLayout(self.texts_layout)

        self.columns_layout.setStretch(0, 2)
        self.columns_layout.setStretch(1, 3)

        self.dialog_layout.addLayout(self.columns_layout)

        self.metrics_group = QGroupBox(ProgrammeDialog)
        self.metrics_group.setObjectName(u"metrics_group")
        self.metrics_layout = QHBoxLayout(self.metrics_group)
        self.metrics_layout.setObjectName(u"metrics_layout")
        self.metrics_table = QTableWidget(self.metrics_group)
        if (self.metrics_table.columnCount() < 4):
            self.metrics_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.metrics_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.metrics_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.metrics_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.metrics_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.metrics_table.setObjectName(u"metrics_table")
        self.metrics_table.setMinimumSize(QSize(0, 200))
        self.metrics_table.setTabKeyNavigation(False)
        self.metrics_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.metrics_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.metrics_table.horizontalHeader().setStretchLastSection(True)
        self.metrics_table.verticalHeader().setVisible(False)

        self.metrics_layout.addWidget(self.metrics_table)

        self.metric_buttons_layout = QVBoxLayout()
        self.metric_buttons_layout.setObjectName(u"metric_buttons_layout")
        self.add_metric_button = QPushButton(self.metrics_group)
        self.add_metric_button.setObjectName(u"add_metric_button")

        self.metric_buttons_layout.addWidget(self.add_metric_button)

        self.remove_metric_button = QPushButton(self.metrics_group)
        self.remove_metric_button.setObjectName(u"remove_metric_button")

        self.metric_buttons_layout.addWidget(self.remove_metric_button)

        self.up_button = QPushButton(self.metrics_group)
        self.up_button.setObjectName(u"up_button")

        self.metric_buttons_layout.addWidget(self.up_button)

        self.down_button = QPushButton(self.metrics_group)
        self.down_button.setObjectName(u"down_button")

        self.metric_buttons_layout.addWidget(self.down_button)

        self.metric_buttons_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.metric_buttons_layout.addItem(self.metric_buttons_spacer)


        self.metrics_layout.addLayout(self.metric_buttons_layout)


        self.dialog_layout.addWidget(self.metrics_group)

        self.error_label = QLabel(ProgrammeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ProgrammeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.hours_label.setBuddy(self.hours_spin)
        self.days_label.setBuddy(self.days_spin)
        self.group_label.setBuddy(self.min_spin)
        self.rounds_label.setBuddy(self.rounds_spin)
        self.rule_statuses_label.setBuddy(self.rule_statuses_list)
        self.description_label.setBuddy(self.description_edit)
        self.wording_label.setBuddy(self.wording_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammeDialog)

        QMetaObject.connectSlotsByName(ProgrammeDialog)
    # setupUi

    def retranslateUi(self, ProgrammeDialog):
        ProgrammeDialog.setWindowTitle(QCoreApplication.translate("ProgrammeDialog", u"Programme", None))
        self.name_label.setText(QCoreApplication.translate("ProgrammeDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ProgrammeDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.hours_label.setText(QCoreApplication.translate("ProgrammeDialog", u"&Hours:", None))
#if QT_CONFIG(accessibility)
        self.hours_spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Academic hours", None))
#endif // QT_CONFIG(accessibility)
        self.days_label.setText(QCoreApplication.translate("ProgrammeDialog", u"&Days:", None))
#if QT_CONFIG(accessibility)
        self.days_spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Days", None))
#endif // QT_CONFIG(accessibility)
        self.group_label.setText(QCoreApplication.translate("ProgrammeDialog", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.min_spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Minimum group", None))
#endif // QT_CONFIG(accessibility)
        self.group_to_label.setText(QCoreApplication.translate("ProgrammeDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.max_spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Maximum group", None))
#endif // QT_CONFIG(accessibility)
        self.group_unit_label.setText(QCoreApplication.translate("ProgrammeDialog", u"people", None))
        self.rounds_label.setText(QCoreApplication.translate("ProgrammeDialog", u"&Rounds:", None))
#if QT_CONFIG(accessibility)
        self.rounds_spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Simulation rounds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.active_check.setToolTip(QCoreApplication.translate("ProgrammeDialog", u"An inactive programme stays in past sessions and reports", None))
#endif // QT_CONFIG(tooltip)
        self.active_check.setText(QCoreApplication.translate("ProgrammeDialog", u"&Offered for new sessions", None))
        self.completion_group.setTitle(QCoreApplication.translate("ProgrammeDialog", u"Completion: who gets a certificate", None))
        self.rule_statuses_label.setText(QCoreApplication.translate("ProgrammeDialog", u"&Marked with one of these statuses:", None))
#if QT_CONFIG(accessibility)
        self.rule_statuses_list.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Statuses that count as attended", None))
#endif // QT_CONFIG(accessibility)
        self.all_days_radio.setText(QCoreApplication.translate("ProgrammeDialog", u"on e&very day of the session", None))
        self.min_days_radio.setText(QCoreApplication.translate("ProgrammeDialog", u"on at l&east", None))
#if QT_CONFIG(accessibility)
        self.min_days_spin.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Days needed", None))
#endif // QT_CONFIG(accessibility)
        self.min_days_unit_label.setText(QCoreApplication.translate("ProgrammeDialog", u"days", None))
        self.description_label.setText(QCoreApplication.translate("ProgrammeDialog", u"Descri&ption:", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.wording_label.setText(QCoreApplication.translate("ProgrammeDialog", u"Cer&tificate wording:", None))
#if QT_CONFIG(accessibility)
        self.wording_edit.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Certificate wording", None))
#endif // QT_CONFIG(accessibility)
        self.wording_hint_label.setText(QCoreApplication.translate("ProgrammeDialog", u"Printed after the person's name, for example: \u043f\u0440\u043e\u0448\u0451\u043b(\u0430) \u043e\u0431\u0443\u0447\u0435\u043d\u0438\u0435 \u043d\u0430 \u00ab\u0424\u0430\u0431\u0440\u0438\u043a\u0435 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u043e\u0432\u00bb \u0432 \u043e\u0431\u044a\u0451\u043c\u0435 8 \u0430\u043a\u0430\u0434\u0435\u043c\u0438\u0447\u0435\u0441\u043a\u0438\u0445 \u0447\u0430\u0441\u043e\u0432.", None))
        self.metrics_group.setTitle(QCoreApplication.translate("ProgrammeDialog", u"Round &metrics: what is recorded after each simulation round", None))
        ___qtablewidgetitem = self.metrics_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProgrammeDialog", u"Code", None))
        ___qtablewidgetitem1 = self.metrics_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProgrammeDialog", u"Name", None))
        ___qtablewidgetitem2 = self.metrics_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProgrammeDialog", u"Unit", None))
        ___qtablewidgetitem3 = self.metrics_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProgrammeDialog", u"Lower is better", None))
#if QT_CONFIG(accessibility)
        self.metrics_table.setAccessibleName(QCoreApplication.translate("ProgrammeDialog", u"Round metrics", None))
#endif // QT_CONFIG(accessibility)
        self.add_metric_button.setText(QCoreApplication.translate("ProgrammeDialog", u"&Add", None))
        self.remove_metric_button.setText(QCoreApplication.translate("ProgrammeDialog", u"Remo&ve", None))
        self.up_button.setText(QCoreApplication.translate("ProgrammeDialog", u"Move &up", None))
        self.down_button.setText(QCoreApplication.translate("ProgrammeDialog", u"Move do&wn", None))
    # retranslateUi

