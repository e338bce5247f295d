# generated from forms/metrics_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from factory_desk.ui.projects.metric_chart import MetricChart

class Ui_MetricsPanel(object):
    def setupUi(self, MetricsPanel):
        if not MetricsPanel.objectName():
            MetricsPanel.setObjectName(u"MetricsPanel")
        MetricsPanel.resize(1060, 540)
        self.panel_layout = QVBoxLayout(MetricsPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.results_splitter = QSplitter(MetricsPanel)
        self.results_splitter.setObjectName(u"results_splitter")
        self.results_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.results_splitter.setChildrenCollapsible(False)
        self.metrics_side = QWidget(self.results_splitter)
        self.metrics_side.setObjectName(u"metrics_side")
        self.metrics_side_layout = QVBoxLayout(self.metrics_side)
        self.metrics_side_layout.setObjectName(u"metrics_side_layout")
        self.metrics_side_layout.setContentsMargins(0, 0, 6, 0)
        self.metrics_header = QHBoxLayout()
        self.metrics_header.setObjectName(u"metrics_header")
        self.metrics_label = QLabel(self.metrics_side)
        self.metrics_label.setObjectName(u"metrics_label")

        self.metrics_header.addWidget(self.metrics_label)

        self.metrics_header_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.metrics_header.addItem(self.metrics_header_spacer)

        self.add_metric_button = QPushButton(self.metrics_side)
        self.add_metric_button.setObjectName(u"add_metric_button")

        self.metrics_header.addWidget(self.add_metric_button)

        self.edit_metric_button = QPushButton(self.metrics_side)
        self.edit_metric_button.setObjectName(u"edit_metric_button")

        self.metrics_header.addWidget(self.edit_metric_button)

        self.delete_metric_button = QPushButton(self.metrics_side)
        self.delete_metric_button.setObjectName(u"delete_metric_button")

        self.metrics_header.addWidget(self.delete_metric_button)


        self.metrics_side_layout.addLayout(self.metrics_header)

        self.metrics_view = QTableView(self.metrics_side)
        self.metrics_view.setObjectName(u"metrics_view")
        self.metrics_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics_view.setAlternatingRowColors(True)
        self.metrics_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.metrics_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.metrics_view.setWordWrap(False)
        self.metrics_view.verticalHeader().setVisible(False)

        self.metrics_side_layout.addWidget(self.metrics_view)

        self.measurements_header = QHBoxLayout()
        self.measurements_header.setObjectName(u"measurements_header")
        self.measurements_label = QLabel(self.metrics_side)
        self.measurements_label.setObjectName(u"measurements_label")

        self.measurements_header.addWidget(self.measurements_label)

        self.measurements_header_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measurements_header.addItem(self.measurements_header_spacer)

        self.add_measurement_button = QPushButton(self.metrics_side)
        self.add_measurement_button.setObjectName(u"add_measurement_button")

        self.measurements_header.addWidget(self.add_measurement_button)

        self.edit_measurement_button = QPushButton(self.metrics_side)
        self.edit_measurement_button.setObjectName(u"edit_measurement_button")

        self.measurements_header.addWidget(self.edit_measurement_button)

        self.delete_measurement_button = QPushButton(self.metrics_side)
        self.delete_measurement_button.setObjectName(u"delete_measurement_button")

        self.measurements_header.addWidget(self.delete_measurement_button)


        self.metrics_side_layout.addLayout(self.measurements_header)

        self.measurements_splitter = QSplitter(self.metrics_side)
        self.measurements_splitter.setObjectName(u"measurements_splitter")
        self.measurements_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.measurements_splitter.setChildrenCollapsible(False)
        self.measurements_view = QTableView(self.measurements_splitter)
        self.measurements_view.setObjectName(u"measurements_view")
        self.measurements_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measurements_view.setAlternatingRowColors(True)
        self.measurements_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.measurements_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurements_view.setWordWrap(False)
        self.measurements_splitter.addWidget(self.measurements_view)
        self.measurements_view.verticalHeader().setVisible(False)
        self.chart = MetricChart(self.measurements_splitter)
        self.chart.setObjectName(u"chart")
        self.measurements_splitter.addWidget(self.chart)

        self.metrics_side_layout.addWidget(self.measurements_splitter)

        self.metrics_side_layout.setStretch(1, 2)
        self.metrics_side_layout.setStretch(3, 3)
        self.results_splitter.addWidget(self.metrics_side)
        self.effects_group = QGroupBox(self.results_splitter)
        self.effects_group.setObjectName(u"effects_group")
        self.effects_layout = QVBoxLayout(self.effects_group)
        self.effects_layout.setObjectName(u"effects_layout")
        self.effects_form = QFormLayout()
        self.effects_form.setObjectName(u"effects_form")
        self.effects_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.effects_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.freed_hours_label = QLabel(self.effects_group)
        self.freed_hours_label.setObjectName(u"freed_hours_label")

        self.effects_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.freed_hours_label)

        self.freed_hours_edit = QLineEdit(self.effects_group)
        self.freed_hours_edit.setObjectName(u"freed_hours_edit")

        self.effects_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.freed_hours_edit)

        self.economic_label = QLabel(self.effects_group)
        self.economic_label.setObjectName(u"economic_label")

        self.effects_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.economic_label)

        self.economic_edit = QLineEdit(self.effects_group)
        self.economic_edit.setObjectName(u"economic_edit")

        self.effects_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.economic_edit)

        self.costs_label = QLabel(self.effects_group)
        self.costs_label.setObjectName(u"costs_label")

        self.effects_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.costs_label)

        self.costs_edit = QLineEdit(self.effects_group)
        self.costs_edit.setObjectName(u"costs_edit")

        self.effects_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.costs_edit)

        self.social_label = QLabel(self.effects_group)
        self.social_label.setObjectName(u"social_label")

        self.effects_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.social_label)

        self.social_edit = QPlainTextEdit(self.effects_group)
        self.social_edit.setObjectName(u"social_edit")
        self.social_edit.setTabChangesFocus(True)

        self.effects_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.social_edit)

        self.ecological_label = QLabel(self.effects_group)
        self.ecological_label.setObjectName(u"ecological_label")

        self.effects_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ecological_label)

        self.ecological_edit = QPlainTextEdit(self.effects_group)
        self.ecological_edit.setObjectName(u"ecological_edit")
        self.ecological_edit.setTabChangesFocus(True)

        self.effects_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ecological_edit)

        self.cultural_label = QLabel(self.effects_group)
        self.cultural_label.setObjectName(u"cultural_label")

        self.effects_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cultural_label)

        self.cultural_edit = QPlainTextEdit(self.effects_group)
        self.cultural_edit.setObjectName(u"cultural_edit")
        self.cultural_edit.setTabChangesFocus(True)

        self.effects_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cultural_edit)


        self.effects_layout.addLayout(self.effects_form)

        self.effects_buttons = QHBoxLayout()
        self.effects_buttons.setObjectName(u"effects_buttons")
        self.effects_note = QLabel(self.effects_group)
        self.effects_note.setObjectName(u"effects_note")
        self.effects_note.setTextFormat(Qt.TextFormat.PlainText)
        self.effects_note.setWordWrap(True)

        self.effects_buttons.addWidget(self.effects_note)

        self.save_effects_button = QPushButton(self.effects_group)
        self.save_effects_button.setObjectName(u"save_effects_button")

        self.effects_buttons.addWidget(self.save_effects_button)


        self.effects_layout.addLayout(self.effects_buttons)

        self.results_splitter.addWidget(self.effects_group)

        self.panel_layout.addWidget(self.results_splitter)

#if QT_CONFIG(shortcut)
        self.metrics_label.setBuddy(self.metrics_view)
        self.measurements_label.setBuddy(self.measurements_view)
        self.freed_hours_label.setBuddy(self.freed_hours_edit)
        self.economic_label.setBuddy(self.economic_edit)
        self.costs_label.setBuddy(self.costs_edit)
        self.social_label.setBuddy(self.social_edit)
        self.ecological_label.setBuddy(self.ecological_edit)
        self.cultural_label.setBuddy(self.cultural_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MetricsPanel)

        QMetaObject.connectSlotsByName(MetricsPanel)
    # setupUi

    def retranslateUi(self, MetricsPanel):
        self.metrics_label.setText(QCoreApplication.translate("MetricsPanel", u"Metrics", None))
        self.add_metric_button.setText(QCoreApplication.translate("MetricsPanel", u"&Add a metric\u2026", None))
        self.edit_metric_button.setText(QCoreApplication.translate("MetricsPanel", u"C&hange\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_metric_button.setToolTip(QCoreApplication.translate("MetricsPanel", u"Change the chosen metric: its name, unit, baseline and target", None))
#endif // QT_CONFIG(tooltip)
        self.delete_metric_button.setText(QCoreApplication.translate("MetricsPanel", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_metric_button.setToolTip(QCoreApplication.translate("MetricsPanel", u"Delete the chosen metric with its measurements", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.metrics_view.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Metrics", None))
#endif // QT_CONFIG(accessibility)
        self.measurements_label.setText(QCoreApplication.translate("MetricsPanel", u"Measurements", None))
        self.add_measurement_button.setText(QCoreApplication.translate("MetricsPanel", u"Add a &measurement\u2026", None))
        self.edit_measurement_button.setText(QCoreApplication.translate("MetricsPanel", u"Change\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_measurement_button.setToolTip(QCoreApplication.translate("MetricsPanel", u"Change the chosen measurement", None))
#endif // QT_CONFIG(tooltip)
        self.delete_measurement_button.setText(QCoreApplication.translate("MetricsPanel", u"Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_measurement_button.setToolTip(QCoreApplication.translate("MetricsPanel", u"Delete the chosen measurement", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.measurements_view.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Measurements of the chosen metric", None))
#endif // QT_CONFIG(accessibility)
        self.effects_group.setTitle(QCoreApplication.translate("MetricsPanel", u"Effects", None))
        self.freed_hours_label.setText(QCoreApplication.translate("MetricsPanel", u"&Freed working hours a year:", None))
#if QT_CONFIG(accessibility)
        self.freed_hours_edit.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Freed working hours a year", None))
#endif // QT_CONFIG(accessibility)
        self.economic_label.setText(QCoreApplication.translate("MetricsPanel", u"&Economic effect, \u20bd a year:", None))
#if QT_CONFIG(accessibility)
        self.economic_edit.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Economic effect in roubles", None))
#endif // QT_CONFIG(accessibility)
        self.costs_label.setText(QCoreApplication.translate("MetricsPanel", u"C&osts, \u20bd:", None))
#if QT_CONFIG(accessibility)
        self.costs_edit.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Costs in roubles", None))
#endif // QT_CONFIG(accessibility)
        self.social_label.setText(QCoreApplication.translate("MetricsPanel", u"&Social effect:", None))
#if QT_CONFIG(accessibility)
        self.social_edit.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Social effect", None))
#endif // QT_CONFIG(accessibility)
        self.ecological_label.setText(QCoreApplication.translate("MetricsPanel", u"Ecolo&gical effect:", None))
#if QT_CONFIG(accessibility)
        self.ecological_edit.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Ecological effect", None))
#endif // QT_CONFIG(accessibility)
        self.cultural_label.setText(QCoreApplication.translate("MetricsPanel", u"C&ultural effect:", None))
#if QT_CONFIG(accessibility)
        self.cultural_edit.setAccessibleName(QCoreApplication.translate("MetricsPanel", u"Cultural effect", None))
#endif // QT_CONFIG(accessibility)
        self.save_effects_button.setText(QCoreApplication.translate("MetricsPanel", u"Sa&ve the effects", None))
        pass
    # retranslateUi

