# generated from forms/planner_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_PlannerDialog(object):
    def setupUi(self, PlannerDialog):
        if not PlannerDialog.objectName():
            PlannerDialog.setObjectName(u"PlannerDialog")
        PlannerDialog.setMinimumSize(QSize(760, 600))
        self.dialog_layout = QVBoxLayout(PlannerDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organisation_label = QLabel(PlannerDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(PlannerDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.programme_label = QLabel(PlannerDialog)
        self.programme_label.setObjectName(u"programme_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme_combo = QComboBox(PlannerDialog)
        self.programme_combo.setObjectName(u"programme_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.programme_combo)

        self.factory_label = QLabel(PlannerDialog)
        self.factory_label.setObjectName(u"factory_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.factory_label)

        self.factory_combo = QComboBox(PlannerDialog)
        self.factory_combo.setObjectName(u"factory_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.factory_combo)

        self.dates_label = QLabel(PlannerDialog)
        self.dates_label.setObjectName(u"dates_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dates_label)

        self.dates_row = QHBoxLayout()
        self.dates_row.setObjectName(u"dates_row")
        self.first_date_edit = QDateEdit(PlannerDialog)
        self.first_date_edit.setObjectName(u"first_date_edit")
        self.first_date_edit.setCalendarPopup(True)

        self.dates_row.addWidget(self.first_date_edit)

        self.and_label = QLabel(PlannerDialog)
        self.and_label.setObjectName(u"and_label")

        self.dates_row.addWidget(self.and_label)

        self.last_date_edit = QDateEdit(PlannerDialog)
        self.last_date_edit.setObjectName(u"last_date_edit")
        self.last_date_edit.setCalendarPopup(True)

        self.dates_row.addWidget(self.last_date_edit)

        self.dates_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_row.addItem(self.dates_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dates_row)

        self.weekdays_label = QLabel(PlannerDialog)
        self.weekdays_label.setObjectName(u"weekdays_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weekdays_label)

        self.weekdays_row = QHBoxLayout()
        self.weekdays_row.setObjectName(u"weekdays_row")
        self.weekday_0_check = QCheckBox(PlannerDialog)
        self.weekday_0_check.setObjectName(u"weekday_0_check")
        self.weekday_0_check.setChecked(True)

        self.weekdays_row.addWidget(self.weekday_0_check)

        self.weekday_1_check = QCheckBox(PlannerDialog)
        self.weekday_1_check.setObjectName(u"weekday_1_check")
        self.weekday_1_check.setChecked(True)

        self.weekdays_row.addWidget(self.weekday_1_check)

        self.weekday_2_check = QCheckBox(PlannerDialog)
        self.weekday_2_check.setObjectName(u"weekday_2_check")
        self.weekday_2_check.setChecked(True)

        self.weekdays_row.addWidget(self.weekday_2_check)

        self.weekday_3_check = QCheckBox(PlannerDialog)
        self.weekday_3_check.setObjectName(u"weekday_3_check")
        self.weekday_3_check.setChecked(True)

        self.weekdays_row.addWidget(self.weekday_3_check)

        self.weekday_4_check = QCheckBox(PlannerDialog)
        self.weekday_4_check.setObjectName(u"weekday_4_check")
        self.weekday_4_check.setChecked(True)

        self.weekdays_row.addWidget(self.weekday_4_check)

        self.weekday_5_check = QCheckBox(PlannerDialog)
        self.weekday_5_check.setObjectName(u"weekday_5_check")
        self.weekday_5_check.setChecked(False)

        self.weekdays_row.addWidget(self.weekday_5_check)

        self.weekday_6_check = QCheckBox(PlannerDialog)
        self.weekday_6_check.setObjectName(u"weekday_6_check")
        self.weekday_6_check.setChecked(False)

        self.weekdays_row.addWidget(self.weekday_6_check)

        self.weekdays_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdays_row.addItem(self.weekdays_spacer)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.weekdays_row)

        self.keep_departments_check = QCheckBox(PlannerDialog)
        self.keep_departments_check.setObjectName(u"keep_departments_check")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.keep_departments_check)

        self.free_days_check = QCheckBox(PlannerDialog)
        self.free_days_check.setObjectName(u"free_days_check")
        self.free_days_check.setChecked(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.free_days_check)


        self.dialog_layout.addLayout(self.form_layout)

        self.propose_row = QHBoxLayout()
        self.propose_row.setObjectName(u"propose_row")
        self.people_label = QLabel(PlannerDialog)
        self.people_label.setObjectName(u"people_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.people_label.sizePolicy().hasHeightForWidth())
        self.people_label.setSizePolicy(sizePolicy)
        self.people_label.setTextFormat(Qt.TextFormat.PlainText)
        self.people_label.setWordWrap(True)

        self.propose_row.addWidget(self.people_label)

        self.propose_button = QPushButton(PlannerDialog)
        self.propose_button.setObjectName(u"propose_button")

        self.propose_row.addWidget(self.propose_button)


        self.dialog_layout.addLayout(self.propose_row)

        self.plan_tree = QTreeWidget(PlannerDialog)
        self.plan_tree.setObjectName(u"plan_tree")
        self.plan_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.plan_tree.setDragEnabled(True)
        self.plan_tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.plan_tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.plan_tree.setAlternatingRowColors(True)
        self.plan_tree.setUniformRowHeights(True)
        self.plan_tree.setAllColumnsShowFocus(True)

        self.dialog_layout.addWidget(self.plan_tree)

        self.move_row = QHBoxLayout()
        self.move_row.setObjectName(u"move_row")
        self.move_label = QLabel(PlannerDialog)
        self.move_label.setObjectName(u"move_label")

        self.move_row.addWidget(self.move_label)

        self.move_combo = QComboBox(PlannerDialog)
        self.move_combo.setObjectName(u"move_combo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.move_combo.sizePolicy().hasHeightForWidth())
        self.move_combo.setSizePolicy(sizePolicy1)

        self.move_row.addWidget(self.move_combo)

        self.move_button = QPushButton(PlannerDialog)
        self.move_button.setObjectName(u"move_button")

        self.move_row.addWidget(self.move_button)


        self.dialog_layout.addLayout(self.move_row)

        self.status_label = QLabel(PlannerDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.message_label = QLabel(PlannerDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(PlannerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.programme_label.setBuddy(self.programme_combo)
        self.factory_label.setBuddy(self.factory_combo)
        self.dates_label.setBuddy(self.first_date_edit)
        self.and_label.setBuddy(self.last_date_edit)
        self.move_label.setBuddy(self.move_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.organisation_combo, self.programme_combo)
        QWidget.setTabOrder(self.programme_combo, self.factory_combo)
        QWidget.setTabOrder(self.factory_combo, self.first_date_edit)
        QWidget.setTabOrder(self.first_date_edit, self.last_date_edit)
        QWidget.setTabOrder(self.last_date_edit, self.weekday_0_check)
        QWidget.setTabOrder(self.weekday_0_check, self.weekday_1_check)
        QWidget.setTabOrder(self.weekday_1_check, self.weekday_2_check)
        QWidget.setTabOrder(self.weekday_2_check, self.weekday_3_check)
        QWidget.setTabOrder(self.weekday_3_check, self.weekday_4_check)
        QWidget.setTabOrder(self.weekday_4_check, self.weekday_5_check)
        QWidget.setTabOrder(self.weekday_5_check, self.weekday_6_check)
        QWidget.setTabOrder(self.weekday_6_check, self.keep_departments_check)
        QWidget.setTabOrder(self.keep_departments_check, self.free_days_check)
        QWidget.setTabOrder(self.free_days_check, self.propose_button)
        QWidget.setTabOrder(self.propose_button, self.plan_tree)
        QWidget.setTabOrder(self.plan_tree, self.move_combo)
        QWidget.setTabOrder(self.move_combo, self.move_button)

        self.retranslateUi(PlannerDialog)

        QMetaObject.connectSlotsByName(PlannerDialog)
    # setupUi

    def retranslateUi(self, PlannerDialog):
        PlannerDialog.setWindowTitle(QCoreApplication.translate("PlannerDialog", u"Plan groups", None))
        self.organisation_label.setText(QCoreApplication.translate("PlannerDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("PlannerDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.organisation_combo.setToolTip(QCoreApplication.translate("PlannerDialog", u"All its people who have not completed the programme are planned", None))
#endif // QT_CONFIG(tooltip)
        self.programme_label.setText(QCoreApplication.translate("PlannerDialog", u"&Programme:", None))
#if QT_CONFIG(accessibility)
        self.programme_combo.setAccessibleName(QCoreApplication.translate("PlannerDialog", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.factory_label.setText(QCoreApplication.translate("PlannerDialog", u"&Factory:", None))
#if QT_CONFIG(accessibility)
        self.factory_combo.setAccessibleName(QCoreApplication.translate("PlannerDialog", u"Factory", None))
#endif // QT_CONFIG(accessibility)
        self.dates_label.setText(QCoreApplication.translate("PlannerDialog", u"&Between:", None))
#if QT_CONFIG(accessibility)
        self.first_date_edit.setAccessibleName(QCoreApplication.translate("PlannerDialog", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.first_date_edit.setDisplayFormat(QCoreApplication.translate("PlannerDialog", u"dd.MM.yyyy", None))
        self.and_label.setText(QCoreApplication.translate("PlannerDialog", u"a&nd", None))
#if QT_CONFIG(accessibility)
        self.last_date_edit.setAccessibleName(QCoreApplication.translate("PlannerDialog", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.last_date_edit.setDisplayFormat(QCoreApplication.translate("PlannerDialog", u"dd.MM.yyyy", None))
        self.weekdays_label.setText(QCoreApplication.translate("PlannerDialog", u"On:", None))
        self.weekday_0_check.setText(QCoreApplication.translate("PlannerDialog", u"Mon", None))
        self.weekday_1_check.setText(QCoreApplication.translate("PlannerDialog", u"Tue", None))
        self.weekday_2_check.setText(QCoreApplication.translate("PlannerDialog", u"Wed", None))
        self.weekday_3_check.setText(QCoreApplication.translate("PlannerDialog", u"Thu", None))
        self.weekday_4_check.setText(QCoreApplication.translate("PlannerDialog", u"Fri", None))
        self.weekday_5_check.setText(QCoreApplication.translate("PlannerDialog", u"Sat", None))
        self.weekday_6_check.setText(QCoreApplication.translate("PlannerDialog", u"Sun", None))
        self.keep_departments_check.setText(QCoreApplication.translate("PlannerDialog", u"&Keep colleagues of one department together", None))
        self.free_days_check.setText(QCoreApplication.translate("PlannerDialog", u"Also propose new sessions on free &days", None))
        self.propose_button.setText(QCoreApplication.translate("PlannerDialog", u"P&ropose groups", None))
        ___qtreewidgetitem = self.plan_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PlannerDialog", u"Organisation", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PlannerDialog", u"Department", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PlannerDialog", u"Group, person", None))
#if QT_CONFIG(accessibility)
        self.plan_tree.setAccessibleName(QCoreApplication.translate("PlannerDialog", u"Proposed groups", None))
#endif // QT_CONFIG(accessibility)
        self.move_label.setText(QCoreApplication.translate("PlannerDialog", u"Move the selected people &to:", None))
#if QT_CONFIG(accessibility)
        self.move_combo.setAccessibleName(QCoreApplication.translate("PlannerDialog", u"Group to move to", None))
#endif // QT_CONFIG(accessibility)
        self.move_button.setText(QCoreApplication.translate("PlannerDialog", u"&Move", None))
    # retranslateUi

