# generated from forms/settings_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.page_layout = QVBoxLayout(SettingsPage)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.description_label = QLabel(SettingsPage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.page_layout.addWidget(self.description_label)

        self.language_group = QGroupBox(SettingsPage)
        self.language_group.setObjectName(u"language_group")
        self.language_layout = QVBoxLayout(self.language_group)
        self.language_layout.setObjectName(u"language_layout")
        self.language_choice_layout = QHBoxLayout()
        self.language_choice_layout.setObjectName(u"language_choice_layout")
        self.language_label = QLabel(self.language_group)
        self.language_label.setObjectName(u"language_label")

        self.language_choice_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(self.language_group)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.language_choice_layout.addWidget(self.language_combo)

        self.language_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.language_choice_layout.addItem(self.language_spacer)


        self.language_layout.addLayout(self.language_choice_layout)

        self.language_note = QLabel(self.language_group)
        self.language_note.setObjectName(u"language_note")
        self.language_note.setWordWrap(True)

        self.language_layout.addWidget(self.language_note)


        self.page_layout.addWidget(self.language_group)

        self.centre_group = QGroupBox(SettingsPage)
        self.centre_group.setObjectName(u"centre_group")
        self.centre_layout = QFormLayout(self.centre_group)
        self.centre_layout.setObjectName(u"centre_layout")
        self.document_language_label = QLabel(self.centre_group)
        self.document_language_label.setObjectName(u"document_language_label")

        self.centre_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.document_language_label)

        self.document_language_combo = QComboBox(self.centre_group)
        self.document_language_combo.setObjectName(u"document_language_combo")
        self.document_language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.centre_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.document_language_combo)

        self.default_role_label = QLabel(self.centre_group)
        self.default_role_label.setObjectName(u"default_role_label")

        self.centre_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.default_role_label)

        self.default_role_combo = QComboBox(self.centre_group)
        self.default_role_combo.setObjectName(u"default_role_combo")
        self.default_role_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.centre_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.default_role_combo)

        self.attachment_limit_label = QLabel(self.centre_group)
        self.attachment_limit_label.setObjectName(u"attachment_limit_label")

        self.centre_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachment_limit_label)

        self.attachment_limit_spin = QSpinBox(self.centre_group)
        self.attachment_limit_spin.setObjectName(u"attachment_limit_spin")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.attachment_limit_spin.sizePolicy().hasHeightForWidth())
        self.attachment_limit_spin.setSizePolicy(sizePolicy)
        self.attachment_limit_spin.setKeyboardTracking(False)
        self.attachment_limit_spin.setMinimum(1)
        self.attachment_limit_spin.setMaximum(100)
        self.attachment_limit_spin.setValue(10)

        self.centre_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attachment_limit_spin)

        self.centre_note = QLabel(self.centre_group)
        self.centre_note.setObjectName(u"centre_note")
        self.centre_note.setTextFormat(Qt.TextFormat.PlainText)
        self.centre_note.setWordWrap(True)

        self.centre_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.centre_note)


        self.page_layout.addWidget(self.centre_group)

        self.database_group = QGroupBox(SettingsPage)
        self.database_group.setObjectName(u"database_group")
        self.database_layout = QFormLayout(self.database_group)
        self.database_layout.setObjectName(u"database_layout")
        self.database_caption = QLabel(self.database_group)
        self.database_caption.setObjectName(u"database_caption")

        self.database_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_caption)

        self.database_value = QLabel(self.database_group)
        self.database_value.setObjectName(u"database_value")
        self.database_value.setTextFormat(Qt.TextFormat.PlainText)
        self.database_value.setWordWrap(True)
        self.database_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_value)

        self.database_kind_caption = QLabel(self.database_group)
        self.database_kind_caption.setObjectName(u"database_kind_caption")

        self.database_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.database_kind_caption)

        self.database_kind_value = QLabel(self.database_group)
        self.database_kind_value.setObjectName(u"database_kind_value")
        self.database_kind_value.setTextFormat(Qt.TextFormat.PlainText)

        self.database_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_kind_value)

        self.database_buttons = QHBoxLayout()
        self.database_buttons.setObjectName(u"database_buttons")
        self.open_database_button = QPushButton(self.database_group)
        self.open_database_button.setObjectName(u"open_database_button")

        self.database_buttons.addWidget(self.open_database_button)

        self.new_database_button = QPushButton(self.database_group)
        self.new_database_button.setObjectName(u"new_database_button")

        self.database_buttons.addWidget(self.new_database_button)

        self.database_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.database_buttons.addItem(self.database_buttons_spacer)


        self.database_layout.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.database_buttons)


        self.page_layout.addWidget(self.database_group)

        self.folders_group = QGroupBox(SettingsPage)
        self.folders_group.setObjectName(u"folders_group")
        self.folders_layout = QFormLayout(self.folders_group)
        self.folders_layout.setObjectName(u"folders_layout")
        self.data_folder_caption = QLabel(self.folders_group)
        self.data_folder_caption.setObjectName(u"data_folder_caption")

        self.folders_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.data_folder_caption)

        self.data_folder_value = QLabel(self.folders_group)
        self.data_folder_value.setObjectName(u"data_folder_value")
        self.data_folder_value.setTextFormat(Qt.TextFormat.PlainText)
        self.data_folder_value.setWordWrap(True)
        self.data_folder_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folders_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.data_folder_value)

        self.log_folder_caption = QLabel(self.folders_group)
        self.log_folder_caption.setObjectName(u"log_folder_caption")

        self.folders_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.log_folder_caption)

        self.log_folder_value = QLabel(self.folders_group)
        self.log_folder_value.setObjectName(u"log_folder_value")
        self.log_folder_value.setTextFormat(Qt.TextFormat.PlainText)
        self.log_folder_value.setWordWrap(True)
        self.log_folder_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folders_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.log_folder_value)

        self.preferences_file_caption = QLabel(self.folders_group)
        self.preferences_file_caption.setObjectName(u"preferences_file_caption")

        self.folders_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preferences_file_caption)

        self.preferences_file_value = QLabel(self.folders_group)
        self.preferences_file_value.setObjectName(u"preferences_file_value")
        self.preferences_file_value.setTextFormat(Qt.TextFormat.PlainText)
        self.preferences_file_value.setWordWrap(True)
        self.preferences_file_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folders_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preferences_file_value)


        self.page_layout.addWidget(self.folders_group)

        self.page_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.document_language_label.setBuddy(self.document_language_combo)
        self.default_role_label.setBuddy(self.default_role_combo)
        self.attachment_limit_label.setBuddy(self.attachment_limit_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.description_label.setText(QCoreApplication.translate("SettingsPage", u"How Factory Desk works on this computer: the interface language, the database it opens and where it keeps its files.", None))
        self.language_group.setTitle(QCoreApplication.translate("SettingsPage", u"Interface language", None))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", u"&Language:", None))
        self.language_note.setText(QCoreApplication.translate("SettingsPage", u"The whole window changes language at once. Certificates and other documents keep the language chosen for them.", None))
        self.centre_group.setTitle(QCoreApplication.translate("SettingsPage", u"The centre (the same on every computer using this database)", None))
        self.document_language_label.setText(QCoreApplication.translate("SettingsPage", u"&Documents in:", None))
#if QT_CONFIG(tooltip)
        self.document_language_combo.setToolTip(QCoreApplication.translate("SettingsPage", u"The language of sign-in sheets, certificates and reports, whatever the interface language", None))
#endif // QT_CONFIG(tooltip)
        self.default_role_label.setText(QCoreApplication.translate("SettingsPage", u"People without an &account work as:", None))
#if QT_CONFIG(tooltip)
        self.default_role_combo.setToolTip(QCoreApplication.translate("SettingsPage", u"Accounts give a login its own role (factory-desk users add LOGIN --role trainer); everyone else works with this role", None))
#endif // QT_CONFIG(tooltip)
        self.attachment_limit_label.setText(QCoreApplication.translate("SettingsPage", u"&Attachment size limit, MB:", None))
#if QT_CONFIG(tooltip)
        self.attachment_limit_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"The largest photo or document an improvement project can keep in the database; a larger file is refused with a message", None))
#endif // QT_CONFIG(tooltip)
        self.database_group.setTitle(QCoreApplication.translate("SettingsPage", u"Database", None))
        self.database_caption.setText(QCoreApplication.translate("SettingsPage", u"Open now:", None))
        self.database_kind_caption.setText(QCoreApplication.translate("SettingsPage", u"Kind:", None))
        self.open_database_button.setText(QCoreApplication.translate("SettingsPage", u"Open another database\u2026", None))
        self.new_database_button.setText(QCoreApplication.translate("SettingsPage", u"Create a new database\u2026", None))
        self.folders_group.setTitle(QCoreApplication.translate("SettingsPage", u"Folders on this computer", None))
        self.data_folder_caption.setText(QCoreApplication.translate("SettingsPage", u"Data:", None))
        self.log_folder_caption.setText(QCoreApplication.translate("SettingsPage", u"Log files:", None))
        self.preferences_file_caption.setText(QCoreApplication.translate("SettingsPage", u"Your preferences:", None))
        pass
    # retranslateUi

