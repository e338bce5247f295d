# generated from forms/organisation_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.setMinimumSize(QSize(560, 0))
        self.dialog_layout = QVBoxLayout(OrganisationDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.full_name_label = QLabel(OrganisationDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(OrganisationDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.short_name_label = QLabel(OrganisationDialog)
        self.short_name_label.setObjectName(u"short_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name_edit = QLineEdit(OrganisationDialog)
        self.short_name_edit.setObjectName(u"short_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name_edit)

        self.inn_label = QLabel(OrganisationDialog)
        self.inn_label.setObjectName(u"inn_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inn_label)

        self.inn_edit = QLineEdit(OrganisationDialog)
        self.inn_edit.setObjectName(u"inn_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inn_edit)

        self.inn_problem_label = QLabel(OrganisationDialog)
        self.inn_problem_label.setObjectName(u"inn_problem_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.inn_problem_label.sizePolicy().hasHeightForWidth())
        self.inn_problem_label.setSizePolicy(sizePolicy)
        self.inn_problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.inn_problem_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.inn_problem_label)

        self.type_label = QLabel(OrganisationDialog)
        self.type_label.setObjectName(u"type_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(OrganisationDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.sector_label = QLabel(OrganisationDialog)
        self.sector_label.setObjectName(u"sector_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sector_label)

        self.sector_edit = QLineEdit(OrganisationDialog)
        self.sector_edit.setObjectName(u"sector_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sector_edit)

        self.region_label = QLabel(OrganisationDialog)
        self.region_label.setObjectName(u"region_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_edit = QLineEdit(OrganisationDialog)
        self.region_edit.setObjectName(u"region_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.region_edit)

        self.national_label = QLabel(OrganisationDialog)
        self.national_label.setObjectName(u"national_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.national_label)

        self.national_spin = QSpinBox(OrganisationDialog)
        self.national_spin.setObjectName(u"national_spin")
        self.national_spin.setMinimum(1999)
        self.national_spin.setMaximum(2100)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.national_spin)

        self.email_label = QLabel(OrganisationDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(OrganisationDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.phone_label = QLabel(OrganisationDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(OrganisationDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.notes_label = QLabel(OrganisationDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(OrganisationDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(OrganisationDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(OrganisationDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.short_name_label.setBuddy(self.short_name_edit)
        self.inn_label.setBuddy(self.inn_edit)
        self.type_label.setBuddy(self.type_combo)
        self.sector_label.setBuddy(self.sector_edit)
        self.region_label.setBuddy(self.region_edit)
        self.national_label.setBuddy(self.national_spin)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.full_name_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Full name:", None))
#if QT_CONFIG(accessibility)
        self.full_name_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.short_name_label.setText(QCoreApplication.translate("OrganisationDialog", u"S&hort name:", None))
#if QT_CONFIG(accessibility)
        self.short_name_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Short name", None))
#endif // QT_CONFIG(accessibility)
        self.short_name_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"As people usually call it", None))
        self.inn_label.setText(QCoreApplication.translate("OrganisationDialog", u"&INN:", None))
#if QT_CONFIG(accessibility)
        self.inn_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"INN", None))
#endif // QT_CONFIG(accessibility)
        self.inn_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"10 or 12 digits", None))
        self.type_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Organisation type", None))
#endif // QT_CONFIG(accessibility)
        self.sector_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Sector:", None))
#if QT_CONFIG(accessibility)
        self.sector_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.sector_edit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"For example, machine building", None))
        self.region_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Region:", None))
#if QT_CONFIG(accessibility)
        self.region_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Region", None))
#endif // QT_CONFIG(accessibility)
        self.national_label.setText(QCoreApplication.translate("OrganisationDialog", u"&National project since:", None))
#if QT_CONFIG(accessibility)
        self.national_spin.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"National project since", None))
#endif // QT_CONFIG(accessibility)
        self.national_spin.setSpecialValueText(QCoreApplication.translate("OrganisationDialog", u"not in the project", None))
        self.email_label.setText(QCoreApplication.translate("OrganisationDialog", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("OrganisationDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

