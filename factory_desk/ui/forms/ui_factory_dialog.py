# generated from forms/factory_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FactoryDialog(object):
    def setupUi(self, FactoryDialog):
        if not FactoryDialog.objectName():
            FactoryDialog.setObjectName(u"FactoryDialog")
        FactoryDialog.setMinimumSize(QSize(960, 0))
        self.dialog_layout = QVBoxLayout(FactoryDialog)
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
        self.name_label = QLabel(FactoryDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(FactoryDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.code_label = QLabel(FactoryDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(FactoryDialog)
        self.code_edit.setObjectName(u"code_edit")
        self.code_edit.setMaxLength(12)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.code_hint_label = QLabel(FactoryDialog)
        self.code_hint_label.setObjectName(u"code_hint_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.code_hint_label.sizePolicy().hasHeightForWidth())
        self.code_hint_label.setSizePolicy(sizePolicy)
        self.code_hint_label.setWordWrap(True)
        self.code_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_hint_label.setEnabled(False)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.code_hint_label)

        self.address_label = QLabel(FactoryDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(FactoryDialog)
        self.address_edit.setObjectName(u"address_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.region_label = QLabel(FactoryDialog)
        self.region_label.setObjectName(u"region_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_edit = QLineEdit(FactoryDialog)
        self.region_edit.setObjectName(u"region_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.region_edit)

        self.specialisation_label = QLabel(FactoryDialog)
        self.specialisation_label.setObjectName(u"specialisation_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.specialisation_label)

        self.specialisation_edit = QPlainTextEdit(FactoryDialog)
        self.specialisation_edit.setObjectName(u"specialisation_edit")
        self.specialisation_edit.setTabChangesFocus(True)
        self.specialisation_edit.setMaximumSize(QSize(16777215, 70))

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.specialisation_edit)

        self.timezone_label = QLabel(FactoryDialog)
        self.timezone_label.setObjectName(u"timezone_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timezone_label)

        self.timezone_combo = QComboBox(FactoryDialog)
        self.timezone_combo.setObjectName(u"timezone_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.timezone_combo)

        self.active_check = QCheckBox(FactoryDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.left_layout.addLayout(self.form_layout)

        self.form_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.form_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.municipalities_group = QGroupBox(FactoryDialog)
        self.municipalities_group.setObjectName(u"municipalities_group")
        self.municipalities_layout = QVBoxLayout(self.municipalities_group)
        self.municipalities_layout.setObjectName(u"municipalities_layout")
        self.municipality_filter_edit = QLineEdit(self.municipalities_group)
        self.municipality_filter_edit.setObjectName(u"municipality_filter_edit")
        self.municipality_filter_edit.setClearButtonEnabled(True)

        self.municipalities_layout.addWidget(self.municipality_filter_edit)

        self.municipality_list = QListWidget(self.municipalities_group)
        self.municipality_list.setObjectName(u"municipality_list")
        self.municipality_list.setMinimumSize(QSize(0, 220))
        self.municipality_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.municipality_list.setWordWrap(True)

        self.municipalities_layout.addWidget(self.municipality_list)

        self.new_municipality_layout = QHBoxLayout()
        self.new_municipality_layout.setObjectName(u"new_municipality_layout")
        self.new_municipality_edit = QLineEdit(self.municipalities_group)
        self.new_municipality_edit.setObjectName(u"new_municipality_edit")

        self.new_municipality_layout.addWidget(self.new_municipality_edit)

        self.add_municipality_button = QPushButton(self.municipalities_group)
        self.add_municipality_button.setObjectName(u"add_municipality_button")

        self.new_municipality_layout.addWidget(self.add_municipality_button)


        self.municipalities_layout.addLayout(self.new_municipality_layout)


        self.right_layout.addWidget(self.municipalities_group)


        self.columns_layout.addLayout(self.right_layout)

        self.columns_layout.setStretch(0, 3)
        self.columns_layout.setStretch(1, 2)

        self.dialog_layout.addLayout(self.columns_layout)

        self.error_label = QLabel(FactoryDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FactoryDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
        self.address_label.setBuddy(self.address_edit)
        self.region_label.setBuddy(self.region_edit)
        self.specialisation_label.setBuddy(self.specialisation_edit)
        self.timezone_label.setBuddy(self.timezone_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FactoryDialog)

        QMetaObject.connectSlotsByName(FactoryDialog)
    # setupUi

    def retranslateUi(self, FactoryDialog):
        FactoryDialog.setWindowTitle(QCoreApplication.translate("FactoryDialog", u"Factory", None))
        self.name_label.setText(QCoreApplication.translate("FactoryDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("FactoryDialog", u"For example, \u0424\u0430\u0431\u0440\u0438\u043a\u0430 \u043f\u0440\u043e\u0446\u0435\u0441\u0441\u043e\u0432 \u041a\u0438\u0440\u043e\u0432\u0441\u043a\u043e\u0433\u043e \u0442\u0435\u0445\u043d\u0438\u043a\u0443\u043c\u0430", None))
        self.code_label.setText(QCoreApplication.translate("FactoryDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Code", None))
#endif // QT_CONFIG(accessibility)
        self.code_edit.setPlaceholderText(QCoreApplication.translate("FactoryDialog", u"For example, \u041a\u0418\u0420", None))
        self.code_hint_label.setText(QCoreApplication.translate("FactoryDialog", u"Up to 12 letters or digits; it begins each certificate number: \u041a\u0418\u0420-2026-00042.", None))
        self.address_label.setText(QCoreApplication.translate("FactoryDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.region_label.setText(QCoreApplication.translate("FactoryDialog", u"&Region:", None))
#if QT_CONFIG(accessibility)
        self.region_edit.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Region", None))
#endif // QT_CONFIG(accessibility)
        self.specialisation_label.setText(QCoreApplication.translate("FactoryDialog", u"&Specialisation:", None))
#if QT_CONFIG(accessibility)
        self.specialisation_edit.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Specialisation", None))
#endif // QT_CONFIG(accessibility)
        self.specialisation_edit.setPlaceholderText(QCoreApplication.translate("FactoryDialog", u"The sectors its groups come from", None))
        self.timezone_label.setText(QCoreApplication.translate("FactoryDialog", u"&Time zone:", None))
#if QT_CONFIG(accessibility)
        self.timezone_combo.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.active_check.setToolTip(QCoreApplication.translate("FactoryDialog", u"An inactive factory stays in past sessions and reports", None))
#endif // QT_CONFIG(tooltip)
        self.active_check.setText(QCoreApplication.translate("FactoryDialog", u"&Offered for new sessions", None))
        self.municipalities_group.setTitle(QCoreApplication.translate("FactoryDialog", u"&Municipalities served", None))
#if QT_CONFIG(accessibility)
        self.municipality_filter_edit.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Find a municipality", None))
#endif // QT_CONFIG(accessibility)
        self.municipality_filter_edit.setPlaceholderText(QCoreApplication.translate("FactoryDialog", u"Find in the list", None))
#if QT_CONFIG(accessibility)
        self.municipality_list.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"Municipalities served", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_municipality_edit.setAccessibleName(QCoreApplication.translate("FactoryDialog", u"New municipality", None))
#endif // QT_CONFIG(accessibility)
        self.new_municipality_edit.setPlaceholderText(QCoreApplication.translate("FactoryDialog", u"A municipality not in the list", None))
#if QT_CONFIG(tooltip)
        self.add_municipality_button.setToolTip(QCoreApplication.translate("FactoryDialog", u"Add it to the list, in the factory's region, and tick it", None))
#endif // QT_CONFIG(tooltip)
        self.add_municipality_button.setText(QCoreApplication.translate("FactoryDialog", u"A&dd", None))
    # retranslateUi

