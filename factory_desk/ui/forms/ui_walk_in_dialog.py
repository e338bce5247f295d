# generated from forms/walk_in_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_WalkInDialog(object):
    def setupUi(self, WalkInDialog):
        if not WalkInDialog.objectName():
            WalkInDialog.setObjectName(u"WalkInDialog")
        WalkInDialog.setMinimumSize(QSize(560, 0))
        self.dialog_layout = QVBoxLayout(WalkInDialog)
        self.dialog_layout.setSpacing(10)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(WalkInDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.surname_label = QLabel(WalkInDialog)
        self.surname_label.setObjectName(u"surname_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.surname_edit = QLineEdit(WalkInDialog)
        self.surname_edit.setObjectName(u"surname_edit")
        self.surname_edit.setMinimumSize(QSize(0, 40))

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surname_edit)

        self.first_name_label = QLabel(WalkInDialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_edit = QLineEdit(WalkInDialog)
        self.first_name_edit.setObjectName(u"first_name_edit")
        self.first_name_edit.setMinimumSize(QSize(0, 40))

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.patronymic_label = QLabel(WalkInDialog)
        self.patronymic_label.setObjectName(u"patronymic_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymic_label)

        self.patronymic_edit = QLineEdit(WalkInDialog)
        self.patronymic_edit.setObjectName(u"patronymic_edit")
        self.patronymic_edit.setMinimumSize(QSize(0, 40))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic_edit)

        self.organisation_label = QLabel(WalkInDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(WalkInDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setMinimumSize(QSize(0, 40))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.position_label = QLabel(WalkInDialog)
        self.position_label.setObjectName(u"position_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_edit = QLineEdit(WalkInDialog)
        self.position_edit.setObjectName(u"position_edit")
        self.position_edit.setMinimumSize(QSize(0, 40))

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(WalkInDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setEnabled(False)

        self.dialog_layout.addWidget(self.hint_label)

        self.message_label = QLabel(WalkInDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.duplicate_layout = QHBoxLayout()
        self.duplicate_layout.setObjectName(u"duplicate_layout")
        self.use_existing_button = QPushButton(WalkInDialog)
        self.use_existing_button.setObjectName(u"use_existing_button")

        self.duplicate_layout.addWidget(self.use_existing_button)

        self.add_anyway_button = QPushButton(WalkInDialog)
        self.add_anyway_button.setObjectName(u"add_anyway_button")

        self.duplicate_layout.addWidget(self.add_anyway_button)

        self.duplicate_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicate_layout.addItem(self.duplicate_spacer)


        self.dialog_layout.addLayout(self.duplicate_layout)

        self.button_box = QDialogButtonBox(WalkInDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.surname_label.setBuddy(self.surname_edit)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.patronymic_label.setBuddy(self.patronymic_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.position_label.setBuddy(self.position_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.surname_edit, self.first_name_edit)
        QWidget.setTabOrder(self.first_name_edit, self.patronymic_edit)
        QWidget.setTabOrder(self.patronymic_edit, self.organisation_combo)
        QWidget.setTabOrder(self.organisation_combo, self.position_edit)

        self.retranslateUi(WalkInDialog)

        QMetaObject.connectSlotsByName(WalkInDialog)
    # setupUi

    def retranslateUi(self, WalkInDialog):
        WalkInDialog.setWindowTitle(QCoreApplication.translate("WalkInDialog", u"Walk-in", None))
        self.surname_label.setText(QCoreApplication.translate("WalkInDialog", u"&Surname:", None))
#if QT_CONFIG(accessibility)
        self.surname_edit.setAccessibleName(QCoreApplication.translate("WalkInDialog", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.first_name_label.setText(QCoreApplication.translate("WalkInDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("WalkInDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.patronymic_label.setText(QCoreApplication.translate("WalkInDialog", u"Pa&tronymic:", None))
#if QT_CONFIG(accessibility)
        self.patronymic_edit.setAccessibleName(QCoreApplication.translate("WalkInDialog", u"Patronymic", None))
#endif // QT_CONFIG(accessibility)
        self.organisation_label.setText(QCoreApplication.translate("WalkInDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("WalkInDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.position_label.setText(QCoreApplication.translate("WalkInDialog", u"P&osition:", None))
#if QT_CONFIG(accessibility)
        self.position_edit.setAccessibleName(QCoreApplication.translate("WalkInDialog", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("WalkInDialog", u"The rest of the person's details can be completed later in the People register.", None))
        self.use_existing_button.setText(QCoreApplication.translate("WalkInDialog", u"&Use the registered person", None))
        self.add_anyway_button.setText(QCoreApplication.translate("WalkInDialog", u"&Add a new person anyway", None))
    # retranslateUi

