# generated from forms/session_editor.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_SessionEditor(object):
    def setupUi(self, SessionEditor):
        if not SessionEditor.objectName():
            SessionEditor.setObjectName(u"SessionEditor")
        self.dialog_layout = QVBoxLayout(SessionEditor)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.programme_label = QLabel(SessionEditor)
        self.programme_label.setObjectName(u"programme_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.programme_label)

        self.programme_combo = QComboBox(SessionEditor)
        self.programme_combo.setObjectName(u"programme_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.programme_combo)

        self.factory_label = QLabel(SessionEditor)
        self.factory_label.setObjectName(u"factory_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.factory_label)

        self.factory_combo = QComboBox(SessionEditor)
        self.factory_combo.setObjectName(u"factory_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.factory_combo)

        self.date_label = QLabel(SessionEditor)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_row = QHBoxLayout()
        self.date_row.setObjectName(u"date_row")
        self.first_date_edit = QDateEdit(SessionEditor)
        self.first_date_edit.setObjectName(u"first_date_edit")
        self.first_date_edit.setCalendarPopup(True)

        self.date_row.addWidget(self.first_date_edit)

        self.days_label = QLabel(SessionEditor)
        self.days_label.setObjectName(u"days_label")
        self.days_label.setWordWrap(True)

        self.date_row.addWidget(self.days_label)

        self.days_button = QPushButton(SessionEditor)
        self.days_button.setObjectName(u"days_button")

        self.date_row.addWidget(self.days_button)

        self.date_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_row.addItem(self.date_spacer)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.date_row)

        self.time_label = QLabel(SessionEditor)
        self.time_label.setObjectName(u"time_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.time_label)

        self.time_row = QHBoxLayout()
        self.time_row.setObjectName(u"time_row")
        self.starts_time_edit = QTimeEdit(SessionEditor)
        self.starts_time_edit.setObjectName(u"starts_time_edit")

        self.time_row.addWidget(self.starts_time_edit)

        self.time_dash_label = QLabel(SessionEditor)
        self.time_dash_label.setObjectName(u"time_dash_label")

        self.time_row.addWidget(self.time_dash_label)

        self.ends_time_edit = QTimeEdit(SessionEditor)
        self.ends_time_edit.setObjectName(u"ends_time_edit")

        self.time_row.addWidget(self.ends_time_edit)

        self.time_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.time_row.addItem(self.time_spacer)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.time_row)

        self.lead_label = QLabel(SessionEditor)
        self.lead_label.setObjectName(u"lead_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lead_label)

        self.lead_combo = QComboBox(SessionEditor)
        self.lead_combo.setObjectName(u"lead_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lead_combo)

        self.assistants_label = QLabel(SessionEditor)
        self.assistants_label.setObjectName(u"assistants_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assistants_label)

        self.assistants_list = QListWidget(SessionEditor)
        self.assistants_list.setObjectName(u"assistants_list")
        self.assistants_list.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assistants_list)

        self.group_label = QLabel(SessionEditor)
        self.group_label.setObjectName(u"group_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.group_label)

        self.group_row = QHBoxLayout()
        self.group_row.setObjectName(u"group_row")
        self.min_label = QLabel(SessionEditor)
        self.min_label.setObjectName(u"min_label")

        self.group_row.addWidget(self.min_label)

        self.min_spin = QSpinBox(SessionEditor)
        self.min_spin.setObjectName(u"min_spin")
        self.min_spin.setMinimum(1)
        self.min_spin.setMaximum(100)

        self.group_row.addWidget(self.min_spin)

        self.max_label = QLabel(SessionEditor)
        self.max_label.setObjectName(u"max_label")

        self.group_row.addWidget(self.max_label)

        self.max_spin = QSpinBox(SessionEditor)
        self.max_spin.setObjectName(u"max_spin")
        self.max_spin.setMinimum(1)
        self.max_spin.setMaximum(100)

        self.group_row.addWidget(self.max_spin)

        self.people_label = QLabel(SessionEditor)
        self.people_label.setObjectName(u"people_label")

        self.group_row.addWidget(self.people_label)

        self.group_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.group_row.addItem(self.group_spacer)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.group_row)

        self.size_reason_label = QLabel(SessionEditor)
        self.size_reason_label.setObjectName(u"size_reason_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.size_reason_label)

        self.size_reason_edit = QLineEdit(SessionEditor)
        self.size_reason_edit.setObjectName(u"size_reason_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.size_reason_edit)

        self.notes_label = QLabel(SessionEditor)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(SessionEditor)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setMaximumSize(QSize(16777215, 70))
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.series_group = QGroupBox(SessionEditor)
        self.series_group.setObjectName(u"series_group")
        self.series_layout = QFormLayout(self.series_group)
        self.series_layout.setObjectName(u"series_layout")
        self.weekdays_label = QLabel(self.series_group)
        self.weekdays_label.setObjectName(u"weekdays_label")

        self.series_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weekdays_label)

        self.weekdays_row = QHBoxLayout()
        self.weekdays_row.setObjectName(u"weekdays_row")
        self.weekday_0_check = QCheckBox(self.series_group)
        self.weekday_0_check.setObjectName(u"weekday_0_check")

        self.weekdays_row.addWidget(self.weekday_0_check)

        self.weekday_1_check = QCheckBox(self.series_group)
        self.weekday_1_check.setObjectName(u"weekday_1_check")

        self.weekdays_row.addWidget(self.weekday_1_check)

        self.weekday_2_check = QCheckBox(self.series_group)
        self.weekday_2_check.setObjectName(u"weekday_2_check")

        self.weekdays_row.addWidget(self.weekday_2_check)

        self.weekday_3_check = QCheckBox(self.series_group)
        self.weekday_3_check.setObjectName(u"weekday_3_check")

        self.weekdays_row.addWidget(self.weekday_3_check)

        self.weekday_4_check = QCheckBox(self.series_group)
        self.weekday_4_check.setObjectName(u"weekday_4_check")

        self.weekdays_row.addWidget(self.weekday_4_check)

        self.weekday_5_check = QCheckBox(self.series_group)
        self.weekday_5_check.setObjectName(u"weekday_5_check")

        self.weekdays_row.addWidget(self.weekday_5_check)

        self.weekday_6_check = QCheckBox(self.series_group)
        self.weekday_6_check.setObjectName(u"weekday_6_check")

        self.weekdays_row.addWidget(self.weekday_6_check)

        self.weekdays_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdays_row.addItem(self.weekdays_spacer)


        self.series_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.weekdays_row)

        self.until_label = QLabel(self.series_group)
        self.until_label.setObjectName(u"until_label")

        self.series_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.until_label)

        self.until_date_edit = QDateEdit(self.series_group)
        self.until_date_edit.setObjectName(u"until_date_edit")
        self.until_date_edit.setCalendarPopup(True)

        self.series_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.until_date_edit)

        self.holidays_label = QLabel(self.series_group)
        self.holidays_label.setObjectName(u"holidays_label")

        self.series_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.holidays_label)

        self.holidays_combo = QComboBox(self.series_group)
        self.holidays_combo.setObjectName(u"holidays_combo")

        self.series_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.holidays_combo)

        self.series_label = QLabel(self.series_group)
        self.series_label.setObjectName(u"series_label")
        self.series_label.setWordWrap(True)

        self.series_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.series_label)


        self.dialog_layout.addWidget(self.series_group)

        self.conflicts_frame = QFrame(SessionEditor)
        self.conflicts_frame.setObjectName(u"conflicts_frame")
        self.conflicts_frame.setFrameShape(QFrame.StyledPanel)
        self.conflicts_layout = QVBoxLayout(self.conflicts_frame)
        self.conflicts_layout.setObjectName(u"conflicts_layout")
        self.conflicts_label = QLabel(self.conflicts_frame)
        self.conflicts_label.setObjectName(u"conflicts_label")
        self.conflicts_label.setWordWrap(True)
        self.conflicts_label.setTextFormat(Qt.RichText)
        self.conflicts_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.conflicts_layout.addWidget(self.conflicts_label)

        self.override_row = QHBoxLayout()
        self.override_row.setObjectName(u"override_row")
        self.override_label = QLabel(self.conflicts_frame)
        self.override_label.setObjectName(u"override_label")

        self.override_row.addWidget(self.override_label)

        self.override_edit = QLineEdit(self.conflicts_frame)
        self.override_edit.setObjectName(u"override_edit")

        self.override_row.addWidget(self.override_edit)


        self.conflicts_layout.addLayout(self.override_row)


        self.dialog_layout.addWidget(self.conflicts_frame)

        self.message_label = QLabel(SessionEditor)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.bottom_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SessionEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.programme_label.setBuddy(self.programme_combo)
        self.factory_label.setBuddy(self.factory_combo)
        self.date_label.setBuddy(self.first_date_edit)
        self.time_label.setBuddy(self.starts_time_edit)
        self.lead_label.setBuddy(self.lead_combo)
        self.assistants_label.setBuddy(self.assistants_list)
        self.group_label.setBuddy(self.min_spin)
        self.size_reason_label.setBuddy(self.size_reason_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.until_label.setBuddy(self.until_date_edit)
        self.holidays_label.setBuddy(self.holidays_combo)
        self.override_label.setBuddy(self.override_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.programme_combo, self.factory_combo)
        QWidget.setTabOrder(self.factory_combo, self.first_date_edit)
        QWidget.setTabOrder(self.first_date_edit, self.days_button)
        QWidget.setTabOrder(self.days_button, self.starts_time_edit)
        QWidget.setTabOrder(self.starts_time_edit, self.ends_time_edit)
        QWidget.setTabOrder(self.ends_time_edit, self.lead_combo)
        QWidget.setTabOrder(self.lead_combo, self.assistants_list)
        QWidget.setTabOrder(self.assistants_list, self.min_spin)
        QWidget.setTabOrder(self.min_spin, self.max_spin)
        QWidget.setTabOrder(self.max_spin, self.size_reason_edit)
        QWidget.setTabOrder(self.size_reason_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.weekday_0_check)
        QWidget.setTabOrder(self.weekday_0_check, self.weekday_1_check)
        QWidget.setTabOrder(self.weekday_1_check, self.weekday_2_check)
        QWidget.setTabOrder(self.weekday_2_check, self.weekday_3_check)
        QWidget.setTabOrder(self.weekday_3_check, self.weekday_4_check)
        QWidget.setTabOrder(self.weekday_4_check, self.weekday_5_check)
        QWidget.setTabOrder(self.weekday_5_check, self.weekday_6_check)
        QWidget.setTabOrder(self.weekday_6_check, self.until_date_edit)
        QWidget.setTabOrder(self.until_date_edit, self.holidays_combo)
        QWidget.setTabOrder(self.holidays_combo, self.override_edit)

        self.retranslateUi(SessionEditor)

        QMetaObject.connectSlotsByName(SessionEditor)
    # setupUi

    def retranslateUi(self, SessionEditor):
        SessionEditor.setWindowTitle(QCoreApplication.translate("SessionEditor", u"Session", None))
        self.programme_label.setText(QCoreApplication.translate("SessionEditor", u"&Programme:", None))
#if QT_CONFIG(tooltip)
        self.programme_combo.setToolTip(QCoreApplication.translate("SessionEditor", u"The training programme: it sets the number of days and the group size", None))
#endif // QT_CONFIG(tooltip)
        self.factory_label.setText(QCoreApplication.translate("SessionEditor", u"&Factory:", None))
        self.date_label.setText(QCoreApplication.translate("SessionEditor", u"&Date:", None))
        self.first_date_edit.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"dd.MM.yyyy", None))
        self.days_label.setText("")
#if QT_CONFIG(tooltip)
        self.days_button.setToolTip(QCoreApplication.translate("SessionEditor", u"Choose the date of each day of a programme that runs several days", None))
#endif // QT_CONFIG(tooltip)
        self.days_button.setText(QCoreApplication.translate("SessionEditor", u"Da&ys\u2026", None))
        self.time_label.setText(QCoreApplication.translate("SessionEditor", u"&Time:", None))
        self.starts_time_edit.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.starts_time_edit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Starts at", None))
#endif // QT_CONFIG(accessibility)
        self.time_dash_label.setText(QCoreApplication.translate("SessionEditor", u"\u2013", None))
        self.ends_time_edit.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.ends_time_edit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Ends at", None))
#endif // QT_CONFIG(accessibility)
        self.lead_label.setText(QCoreApplication.translate("SessionEditor", u"&Lead trainer:", None))
        self.assistants_label.setText(QCoreApplication.translate("SessionEditor", u"&Assistants:", None))
#if QT_CONFIG(tooltip)
        self.assistants_list.setToolTip(QCoreApplication.translate("SessionEditor", u"Tick the trainers who assist; the list shows the trainers of the chosen factory", None))
#endif // QT_CONFIG(tooltip)
        self.group_label.setText(QCoreApplication.translate("SessionEditor", u"&Group size:", None))
        self.min_label.setText(QCoreApplication.translate("SessionEditor", u"from", None))
#if QT_CONFIG(accessibility)
        self.min_spin.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Smallest group", None))
#endif // QT_CONFIG(accessibility)
        self.max_label.setText(QCoreApplication.translate("SessionEditor", u"to", None))
#if QT_CONFIG(accessibility)
        self.max_spin.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Largest group", None))
#endif // QT_CONFIG(accessibility)
        self.people_label.setText(QCoreApplication.translate("SessionEditor", u"people", None))
        self.size_reason_label.setText(QCoreApplication.translate("SessionEditor", u"&Why a different size:", None))
        self.size_reason_edit.setPlaceholderText(QCoreApplication.translate("SessionEditor", u"Needed when the group size differs from the programme's", None))
        self.notes_label.setText(QCoreApplication.translate("SessionEditor", u"N&otes:", None))
        self.series_group.setTitle(QCoreApplication.translate("SessionEditor", u"Repeat", None))
        self.weekdays_label.setText(QCoreApplication.translate("SessionEditor", u"On:", None))
        self.weekday_0_check.setText(QCoreApplication.translate("SessionEditor", u"Mon", None))
        self.weekday_1_check.setText(QCoreApplication.translate("SessionEditor", u"Tue", None))
        self.weekday_2_check.setText(QCoreApplication.translate("SessionEditor", u"Wed", None))
        self.weekday_3_check.setText(QCoreApplication.translate("SessionEditor", u"Thu", None))
        self.weekday_4_check.setText(QCoreApplication.translate("SessionEditor", u"Fri", None))
        self.weekday_5_check.setText(QCoreApplication.translate("SessionEditor", u"Sat", None))
        self.weekday_6_check.setText(QCoreApplication.translate("SessionEditor", u"Sun", None))
        self.until_label.setText(QCoreApplication.translate("SessionEditor", u"&Until:", None))
        self.until_date_edit.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"dd.MM.yyyy", None))
        self.holidays_label.setText(QCoreApplication.translate("SessionEditor", u"Skip &holidays of:", None))
        self.series_label.setText("")
        self.override_label.setText(QCoreApplication.translate("SessionEditor", u"&Reason to go ahead anyway:", None))
    # retranslateUi

