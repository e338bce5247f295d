# generated from forms/person_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.setMinimumSize(QSize(600, 0))
        self.dialog_layout = QVBoxLayout(PersonDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.surname_label = QLabel(PersonDialog)
        self.surname_label.setObjectName(u"surname_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.surname_edit = QLineEdit(PersonDialog)
        self.surname_edit.setObjectName(u"surname_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surname_edit)

        self.first_name_label = QLabel(PersonDialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name_edit = QLineEdit(PersonDialog)
        self.first_name_edit.setObjectName(u"first_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name_edit)

        self.patronymic_label = QLabel(PersonDialog)
        self.patronymic_label.setObjectName(u"patronymic_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymic_label)

        self.patronymic_edit = QLineEdit(PersonDialog)
        self.patronymic_edit.setObjectName(u"patronymic_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic_edit)

        self.duplicate_label = QLabel(PersonDialog)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.duplicate_label.sizePolicy().hasHeightForWidth())
        self.duplicate_label.setSizePolicy(sizePolicy)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.duplicate_label)

        self.different_check = QCheckBox(PersonDialog)
        self.different_check.setObjectName(u"different_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.different_check)

        self.organisation_label = QLabel(PersonDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(PersonDialog)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setEditable(True)
        self.organisation_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.position_label = QLabel(PersonDialog)
        self.position_label.setObjectName(u"position_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position_edit = QLineEdit(PersonDialog)
        self.position_edit.setObjectName(u"position_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.position_edit)

        self.department_label = QLabel(PersonDialog)
        self.department_label.setObjectName(u"department_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_edit = QLineEdit(PersonDialog)
        self.department_edit.setObjectName(u"department_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.department_edit)

        self.category_label = QLabel(PersonDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(PersonDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.email_label = QLabel(PersonDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(PersonDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(PersonDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.badge_label = QLabel(PersonDialog)
        self.badge_label.setObjectName(u"badge_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.badge_label)

        self.badge_edit = QLineEdit(PersonDialog)
        self.badge_edit.setObjectName(u"badge_edit")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.badge_edit)

        self.consent_label = QLabel(PersonDialog)
        self.consent_label.setObjectName(u"consent_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.consent_label)

        self.consent_layout = QHBoxLayout()
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_check = QCheckBox(PersonDialog)
        self.consent_check.setObjectName(u"consent_check")

        self.consent_layout.addWidget(self.consent_check)

        self.consent_date_edit = QDateEdit(PersonDialog)
        self.consent_date_edit.setObjectName(u"consent_date_edit")
        self.consent_date_edit.setCalendarPopup(True)
        self.consent_date_edit.setDisplayFormat(u"dd.MM.yyyy")

        self.consent_layout.addWidget(self.consent_date_edit)

        self.consent_form_combo = QComboBox(PersonDialog)
        self.consent_form_combo.setObjectName(u"consent_form_combo")

        self.consent_layout.addWidget(self.consent_form_combo)

        self.consent_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consent_layout.addItem(self.consent_spacer)


        self.form_layout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.consent_layout)

        self.minor_check = QCheckBox(PersonDialog)
        self.minor_check.setObjectName(u"minor_check")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.minor_check)

        self.notes_label = QLabel(PersonDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(PersonDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 80))

        self.form_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PersonDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.error_label.sizePolicy().hasHeightForWidth())
        self.error_label.setSizePolicy(sizePolicy)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.surname_label.setBuddy(self.surname_edit)
        self.first_name_label.setBuddy(self.first_name_edit)
        self.patronymic_label.setBuddy(self.patronymic_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.position_label.setBuddy(self.position_edit)
        self.department_label.setBuddy(self.department_edit)
        self.category_label.setBuddy(self.category_combo)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.badge_label.setBuddy(self.badge_edit)
        self.consent_label.setBuddy(self.consent_check)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.surname_label.setText(QCoreApplication.translate("PersonDialog", u"&Surname:", None))
#if QT_CONFIG(accessibility)
        self.surname_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.first_name_label.setText(QCoreApplication.translate("PersonDialog", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.first_name_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.patronymic_label.setText(QCoreApplication.translate("PersonDialog", u"Pa&tronymic:", None))
#if QT_CONFIG(accessibility)
        self.patronymic_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Patronymic", None))
#endif // QT_CONFIG(accessibility)
        self.patronymic_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"If the person has one", None))
#if QT_CONFIG(accessibility)
        self.different_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"A different person with the same name", None))
#endif // QT_CONFIG(accessibility)
        self.different_check.setText(QCoreApplication.translate("PersonDialog", u"This is a &different person with the same name", None))
        self.organisation_label.setText(QCoreApplication.translate("PersonDialog", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.position_label.setText(QCoreApplication.translate("PersonDialog", u"Pos&ition:", None))
#if QT_CONFIG(accessibility)
        self.position_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Position", None))
#endif // QT_CONFIG(accessibility)
        self.department_label.setText(QCoreApplication.translate("PersonDialog", u"&Department:", None))
#if QT_CONFIG(accessibility)
        self.department_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.category_label.setText(QCoreApplication.translate("PersonDialog", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.category_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("PersonDialog", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.badge_label.setText(QCoreApplication.translate("PersonDialog", u"&Badge code:", None))
#if QT_CONFIG(accessibility)
        self.badge_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Badge code", None))
#endif // QT_CONFIG(accessibility)
        self.badge_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Filled when a badge is printed", None))
        self.consent_label.setText(QCoreApplication.translate("PersonDialog", u"Co&nsent:", None))
#if QT_CONFIG(accessibility)
        self.consent_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Consent to the processing of personal data given", None))
#endif // QT_CONFIG(accessibility)
        self.consent_check.setText(QCoreApplication.translate("PersonDialog", u"given on", None))
#if QT_CONFIG(accessibility)
        self.consent_date_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Consent date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consent_form_combo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Consent form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minor_check.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Under 18", None))
#endif // QT_CONFIG(accessibility)
        self.minor_check.setText(QCoreApplication.translate("PersonDialog", u"&Under 18 (consent given by a parent)", None))
        self.notes_label.setText(QCoreApplication.translate("PersonDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

