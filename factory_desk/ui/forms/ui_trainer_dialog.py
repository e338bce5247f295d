# generated from forms/trainer_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TrainerDialog(object):
    def setupUi(self, TrainerDialog):
        if not TrainerDialog.objectName():
            TrainerDialog.setObjectName(u"TrainerDialog")
        TrainerDialog.setMinimumSize(QSize(900, 0))
        self.dialog_layout = QVBoxLayout(TrainerDialog)
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
        self.surname_label = QLabel(TrainerDialog)
        self.surname_label.setObjectName(u"surname_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.surname_edit = QLineEdit(TrainerDialog)
        self.surname_edit.setObjectName(u"surname_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surname_edit)

        self.first_name_label = QLabel(TrainerDialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_edit = QLineEdit(TrainerDialog)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.patronymic_label = QLabel(TrainerDialog)
        self.patronymic_label.setObjectName(u"patronymic_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymic_label)

        self.patronymic_edit = QLineEdit(TrainerDialog)
        self.patronymic_edit.setObjectName(u"patronymic_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic_edit)

        self.email_label = QLabel(TrainerDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(TrainerDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_label = QLabel(TrainerDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(TrainerDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.notes_label = QLabel(TrainerDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(TrainerDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.active_check = QCheckBox(TrainerDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.left_layout.addLayout(self.form_layout)

        self.form_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.form_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.factories_group = QGroupBox(TrainerDialog)
        self.factories_group.setObjectName(u"factories_group")
        self.factories_layout = QVBoxLayout(self.factories_group)
        self.factories_layout.setObjectName(u"factories_layout")
        self.factory_list = QListWidget(self.factories_group)
        self.factory_list.setObjectName(u"factory_list")
        self.factory_list.setMinimumSize(QSize(0, 110))
        self.factory_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.factory_list.setWordWrap(True)

        self.factories_layout.addWidget(self.factory_list)


        self.right_layout.addWidget(self.factories_group)

        self.absences_group = QGroupBox(TrainerDialog)
        self.absences_group.setObjectName(u"absences_group")
        self.absences_layout = QHBoxLayout(self.absences_group)
        self.absences_layout.setObjectName(u"absences_layout")
        self.absences_table = QTableWidget(self.absences_group)
        if (self.absences_table.columnCount() < 3):
            self.absences_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.absences_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.absences_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.absences_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.absences_table.setObjectName(u"absences_table")
        self.absences_table.setMinimumSize(QSize(0, 150))
        self.absences_table.setTabKeyNavigation(False)
        self.absences_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.absences_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absences_table.horizontalHeader().setStretchLastSection(True)
        self.absences_table.verticalHeader().setVisible(False)

        self.absences_layout.addWidget(self.absences_table)

        self.absence_buttons_layout = QVBoxLayout()
        self.absence_buttons_layout.setObjectName(u"absence_buttons_layout")
        self.add_absence_button = QPushButton(self.absences_group)
        self.add_absence_button.setObjectName(u"add_absence_button")

        self.absence_buttons_layout.addWidget(self.add_absence_button)

        self.remove_absence_button = QPushButton(self.absences_group)
        self.remove_absence_button.setObjectName(u"remove_absence_button")

        self.absence_buttons_layout.addWidget(self.remove_absence_button)

        self.absence_buttons_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.absence_buttons_layout.addItem(self.absence_buttons_spacer)


        self.absences_layout.addLayout(self.absence_buttons_layout)


        self.right_layout.addWidget(self.absences_group)


        self.columns_layout.addLayout(self.right_layout)

        self.columns_layout.setStretch(0, 2)
        self.columns_layout.setStretch(1, 3)

        self.dialog_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(TrainerDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(TrainerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.surname_label.setBuddy(self.surname_edit)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.patronymic_label.setBuddy(self.patronymic_edit)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainerDialog)

        QMetaObject.connectSlotsByName(TrainerDialog)
    # setupUi

    def retranslateUi(self, TrainerDialog):
        TrainerDialog.setWindowTitle(QCoreApplication.translate("TrainerDialog", u"Trainer", None))
        self.surname_label.setText(QCoreApplication.translate("TrainerDialog", u"&Surname:", None))
#if QT_CONFIG(accessibility)
        self.surname_edit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.first_name_label.setText(QCoreApplication.translate("TrainerDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.patronymic_label.setText(QCoreApplication.translate("TrainerDialog", u"&Patronymic:", None))
#if QT_CONFIG(accessibility)
        self.patronymic_edit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Patronymic", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("TrainerDialog", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("TrainerDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("TrainerDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.active_check.setToolTip(QCoreApplication.translate("TrainerDialog", u"An inactive trainer stays in past sessions and reports", None))
#endif // QT_CONFIG(tooltip)
        self.active_check.setText(QCoreApplication.translate("TrainerDialog", u"&Offered for new sessions", None))
        self.factories_group.setTitle(QCoreApplication.translate("TrainerDialog", u"Fa&ctories they work at", None))
#if QT_CONFIG(accessibility)
        self.factory_list.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Factories they work at", None))
#endif // QT_CONFIG(accessibility)
        self.absences_group.setTitle(QCoreApplication.translate("TrainerDialog", u"Days a&way: sessions are not planned for them on these days", None))
        ___qtablewidgetitem = self.absences_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("TrainerDialog", u"First day", None))
        ___qtablewidgetitem1 = self.absences_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("TrainerDialog", u"Last day", None))
        ___qtablewidgetitem2 = self.absences_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("TrainerDialog", u"Reason", None))
#if QT_CONFIG(accessibility)
        self.absences_table.setAccessibleName(QCoreApplication.translate("TrainerDialog", u"Days away", None))
#endif // QT_CONFIG(accessibility)
        self.add_absence_button.setText(QCoreApplication.translate("TrainerDialog", u"A&dd", None))
        self.remove_absence_button.setText(QCoreApplication.translate("TrainerDialog", u"Remo&ve", None))
    # retranslateUi

