# generated from forms/design_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_DesignPanel(object):
    def setupUi(self, DesignPanel):
        if not DesignPanel.objectName():
            DesignPanel.setObjectName(u"DesignPanel")
        self.main_layout = QVBoxLayout(DesignPanel)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.top_layout = QHBoxLayout()
        self.top_layout.setObjectName(u"top_layout")
        self.design_label = QLabel(DesignPanel)
        self.design_label.setObjectName(u"design_label")

        self.top_layout.addWidget(self.design_label)

        self.design_combo = QComboBox(DesignPanel)
        self.design_combo.setObjectName(u"design_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.design_combo.sizePolicy().hasHeightForWidth())
        self.design_combo.setSizePolicy(sizePolicy)
        self.design_combo.setMinimumSize(QSize(220, 0))

        self.top_layout.addWidget(self.design_combo)

        self.save_button = QPushButton(DesignPanel)
        self.save_button.setObjectName(u"save_button")

        self.top_layout.addWidget(self.save_button)

        self.save_copy_button = QPushButton(DesignPanel)
        self.save_copy_button.setObjectName(u"save_copy_button")

        self.top_layout.addWidget(self.save_copy_button)

        self.default_button = QPushButton(DesignPanel)
        self.default_button.setObjectName(u"default_button")

        self.top_layout.addWidget(self.default_button)

        self.delete_button = QPushButton(DesignPanel)
        self.delete_button.setObjectName(u"delete_button")

        self.top_layout.addWidget(self.delete_button)


        self.main_layout.addLayout(self.top_layout)

        self.message_label = QLabel(DesignPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.splitter = QSplitter(DesignPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.form_scroll = QScrollArea(self.splitter)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_widget = QWidget()
        self.form_widget.setObjectName(u"form_widget")
        self.form_layout = QFormLayout(self.form_widget)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.form_layout.setHorizontalSpacing(10)
        self.form_layout.setVerticalSpacing(8)
        self.name_label = QLabel(self.form_widget)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.form_widget)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.language_label = QLabel(self.form_widget)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.form_widget)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.organiser_label = QLabel(self.form_widget)
        self.organiser_label.setObjectName(u"organiser_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organiser_label)

        self.organiser_edit = QLineEdit(self.form_widget)
        self.organiser_edit.setObjectName(u"organiser_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organiser_edit)

        self.title_label = QLabel(self.form_widget)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.form_widget)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.body_label = QLabel(self.form_widget)
        self.body_label.setObjectName(u"body_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.body_label)

        self.body_box = QVBoxLayout()
        self.body_box.setSpacing(4)
        self.body_box.setObjectName(u"body_box")
        self.body_edit = QPlainTextEdit(self.form_widget)
        self.body_edit.setObjectName(u"body_edit")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumSize(QSize(0, 120))
        self.body_edit.setMaximumSize(QSize(16777215, 160))

        self.body_box.addWidget(self.body_edit)

        self.body_box_buttons = QHBoxLayout()
        self.body_box_buttons.setObjectName(u"body_box_buttons")
        self.insert_field_button = QToolButton(self.form_widget)
        self.insert_field_button.setObjectName(u"insert_field_button")
        self.insert_field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_field_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.body_box_buttons.addWidget(self.insert_field_button)

        self.body_box_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.body_box_buttons.addItem(self.body_box_spacer)


        self.body_box.addLayout(self.body_box_buttons)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.body_box)

        self.second_title_label = QLabel(self.form_widget)
        self.second_title_label.setObjectName(u"second_title_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.second_title_label)

        self.second_title_edit = QLineEdit(self.form_widget)
        self.second_title_edit.setObjectName(u"second_title_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.second_title_edit)

        self.second_body_label = QLabel(self.form_widget)
        self.second_body_label.setObjectName(u"second_body_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.second_body_label)

        self.second_body_box = QVBoxLayout()
        self.second_body_box.setSpacing(4)
        self.second_body_box.setObjectName(u"second_body_box")
        self.second_body_edit = QPlainTextEdit(self.form_widget)
        self.second_body_edit.setObjectName(u"second_body_edit")
        self.second_body_edit.setTabChangesFocus(True)
        self.second_body_edit.setMinimumSize(QSize(0, 120))
        self.second_body_edit.setMaximumSize(QSize(16777215, 160))

        self.second_body_box.addWidget(self.second_body_edit)

        self.second_body_box_buttons = QHBoxLayout()
        self.second_body_box_buttons.setObjectName(u"second_body_box_buttons")
        self.second_insert_field_button = QToolButton(self.form_widget)
        self.second_insert_field_button.setObjectName(u"second_insert_field_button")
        self.second_insert_field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.second_insert_field_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.second_body_box_buttons.addWidget(self.second_insert_field_button)

        self.second_body_box_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.second_body_box_buttons.addItem(self.second_body_box_spacer)


        self.second_body_box.addLayout(self.second_body_box_buttons)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.second_body_box)

        self.signatories_label = QLabel(self.form_widget)
        self.signatories_label.setObjectName(u"signatories_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signatories_label)

        self.signatories_box = QVBoxLayout()
        self.signatories_box.setSpacing(4)
        self.signatories_box.setObjectName(u"signatories_box")
        self.signatories_table = QTableWidget(self.form_widget)
        self.signatories_table.setObjectName(u"signatories_table")
        self.signatories_table.setMinimumSize(QSize(0, 110))
        self.signatories_table.setMaximumSize(QSize(16777215, 150))
        self.signatories_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatories_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signatories_table.setColumnCount(3)

        self.signatories_box.addWidget(self.signatories_table)

        self.signatory_buttons = QHBoxLayout()
        self.signatory_buttons.setObjectName(u"signatory_buttons")
        self.add_signatory_button = QPushButton(self.form_widget)
        self.add_signatory_button.setObjectName(u"add_signatory_button")

        self.signatory_buttons.addWidget(self.add_signatory_button)

        self.remove_signatory_button = QPushButton(self.form_widget)
        self.remove_signatory_button.setObjectName(u"remove_signatory_button")

        self.signatory_buttons.addWidget(self.remove_signatory_button)

        self.signature_button = QPushButton(self.form_widget)
        self.signature_button.setObjectName(u"signature_button")

        self.signatory_buttons.addWidget(self.signature_button)

        self.remove_signature_button = QPushButton(self.form_widget)
        self.remove_signature_button.setObjectName(u"remove_signature_button")

        self.signatory_buttons.addWidget(self.remove_signature_button)

        self.signatory_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatory_buttons.addItem(self.signatory_spacer)


        self.signatories_box.addLayout(self.signatory_buttons)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.signatories_box)

        self.logo_label = QLabel(self.form_widget)
        self.logo_label.setObjectName(u"logo_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_box = QHBoxLayout()
        self.logo_box.setObjectName(u"logo_box")
        self.logo_file_label = QLabel(self.form_widget)
        self.logo_file_label.setObjectName(u"logo_file_label")
        self.logo_file_label.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.logo_file_label.sizePolicy().hasHeightForWidth())
        self.logo_file_label.setSizePolicy(sizePolicy1)

        self.logo_box.addWidget(self.logo_file_label)

        self.logo_button = QPushButton(self.form_widget)
        self.logo_button.setObjectName(u"logo_button")

        self.logo_box.addWidget(self.logo_button)

        self.logo_remove_button = QPushButton(self.form_widget)
        self.logo_remove_button.setObjectName(u"logo_remove_button")

        self.logo_box.addWidget(self.logo_remove_button)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.logo_box)

        self.artwork_label = QLabel(self.form_widget)
        self.artwork_label.setObjectName(u"artwork_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.artwork_label)

        self.artwork_box = QHBoxLayout()
        self.artwork_box.setObjectName(u"artwork_box")
        self.artwork_file_label = QLabel(self.form_widget)
        self.artwork_file_label.setObjectName(u"artwork_file_label")
        self.artwork_file_label.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy1.setHeightForWidth(self.artwork_file_label.sizePolicy().hasHeightForWidth())
        self.artwork_file_label.setSizePolicy(sizePolicy1)

        self.artwork_box.addWidget(self.artwork_file_label)

        self.artwork_button = QPushButton(self.form_widget)
        self.artwork_button.setObjectName(u"artwork_button")

        self.artwork_box.addWidget(self.artwork_button)

        self.artwork_remove_button = QPushButton(self.form_widget)
        self.artwork_remove_button.setObjectName(u"artwork_remove_button")

        self.artwork_box.addWidget(self.artwork_remove_button)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.artwork_box)

        self.page_label = QLabel(self.form_widget)
        self.page_label.setObjectName(u"page_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.page_label)

        self.page_box = QHBoxLayout()
        self.page_box.setObjectName(u"page_box")
        self.orientation_combo = QComboBox(self.form_widget)
        self.orientation_combo.setObjectName(u"orientation_combo")

        self.page_box.addWidget(self.orientation_combo)

        self.frame_check = QCheckBox(self.form_widget)
        self.frame_check.setObjectName(u"frame_check")

        self.page_box.addWidget(self.frame_check)

        self.page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.page_box.addItem(self.page_spacer)


        self.form_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.page_box)

        self.colours_label = QLabel(self.form_widget)
        self.colours_label.setObjectName(u"colours_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.colours_label)

        self.colours_box = QHBoxLayout()
        self.colours_box.setObjectName(u"colours_box")
        self.accent_button = QPushButton(self.form_widget)
        self.accent_button.setObjectName(u"accent_button")

        self.colours_box.addWidget(self.accent_button)

        self.ornament_button = QPushButton(self.form_widget)
        self.ornament_button.setObjectName(u"ornament_button")

        self.colours_box.addWidget(self.ornament_button)

        self.ink_button = QPushButton(self.form_widget)
        self.ink_button.setObjectName(u"ink_button")

        self.colours_box.addWidget(self.ink_button)

        self.muted_button = QPushButton(self.form_widget)
        self.muted_button.setObjectName(u"muted_button")

        self.colours_box.addWidget(self.muted_button)

        self.colours_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.colours_box.addItem(self.colours_spacer)


        self.form_layout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.colours_box)

        self.form_scroll.setWidget(self.form_widget)
        self.splitter.addWidget(self.form_scroll)
        self.preview_widget = QWidget(self.splitter)
        self.preview_widget.setObjectName(u"preview_widget")
        self.preview_layout = QVBoxLayout(self.preview_widget)
        self.preview_layout.setSpacing(4)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_title_label = QLabel(self.preview_widget)
        self.preview_title_label.setObjectName(u"preview_title_label")

        self.preview_layout.addWidget(self.preview_title_label)

        self.glyphs_label = QLabel(self.preview_widget)
        self.glyphs_label.setObjectName(u"glyphs_label")
        self.glyphs_label.setTextFormat(Qt.TextFormat.PlainText)
        self.glyphs_label.setWordWrap(True)

        self.preview_layout.addWidget(self.glyphs_label)

        self.splitter.addWidget(self.preview_widget)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.design_label.setBuddy(self.design_combo)
        self.name_label.setBuddy(self.name_edit)
        self.language_label.setBuddy(self.language_combo)
        self.organiser_label.setBuddy(self.organiser_edit)
        self.title_label.setBuddy(self.title_edit)
        self.body_label.setBuddy(self.body_edit)
        self.second_title_label.setBuddy(self.second_title_edit)
        self.second_body_label.setBuddy(self.second_body_edit)
        self.signatories_label.setBuddy(self.signatories_table)
        self.page_label.setBuddy(self.orientation_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DesignPanel)

        QMetaObject.connectSlotsByName(DesignPanel)
    # setupUi

    def retranslateUi(self, DesignPanel):
        DesignPanel.setWindowTitle(QCoreApplication.translate("DesignPanel", u"Certificate design", None))
        self.design_label.setText(QCoreApplication.translate("DesignPanel", u"&Design:", None))
        self.save_button.setText(QCoreApplication.translate("DesignPanel", u"&Save", None))
        self.save_copy_button.setText(QCoreApplication.translate("DesignPanel", u"Save as a &copy\u2026", None))
        self.default_button.setText(QCoreApplication.translate("DesignPanel", u"&Make default", None))
        self.delete_button.setText(QCoreApplication.translate("DesignPanel", u"&Delete\u2026", None))
        self.name_label.setText(QCoreApplication.translate("DesignPanel", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("DesignPanel", u"Name of the design", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("DesignPanel", u"&Language:", None))
        self.organiser_label.setText(QCoreApplication.translate("DesignPanel", u"&Organiser:", None))
#if QT_CONFIG(accessibility)
        self.organiser_edit.setAccessibleName(QCoreApplication.translate("DesignPanel", u"Organiser", None))
#endif // QT_CONFIG(accessibility)
        self.title_label.setText(QCoreApplication.translate("DesignPanel", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("DesignPanel", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.body_label.setText(QCoreApplication.translate("DesignPanel", u"&Body:", None))
#if QT_CONFIG(accessibility)
        self.body_edit.setAccessibleName(QCoreApplication.translate("DesignPanel", u"Body", None))
#endif // QT_CONFIG(accessibility)
        self.insert_field_button.setText(QCoreApplication.translate("DesignPanel", u"Insert a &field", None))
        self.second_title_label.setText(QCoreApplication.translate("DesignPanel", u"Title in the s&econd language:", None))
#if QT_CONFIG(accessibility)
        self.second_title_edit.setAccessibleName(QCoreApplication.translate("DesignPanel", u"Title in the second language", None))
#endif // QT_CONFIG(accessibility)
        self.second_body_label.setText(QCoreApplication.translate("DesignPanel", u"Body in the second lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.second_body_edit.setAccessibleName(QCoreApplication.translate("DesignPanel", u"Body in the second language", None))
#endif // QT_CONFIG(accessibility)
        self.second_insert_field_button.setText(QCoreApplication.translate("DesignPanel", u"Insert a &field", None))
        self.signatories_label.setText(QCoreApplication.translate("DesignPanel", u"Si&gnatories:", None))
        self.add_signatory_button.setText(QCoreApplication.translate("DesignPanel", u"&Add", None))
        self.remove_signatory_button.setText(QCoreApplication.translate("DesignPanel", u"Remo&ve", None))
        self.signature_button.setText(QCoreApplication.translate("DesignPanel", u"Signature &image\u2026", None))
        self.remove_signature_button.setText(QCoreApplication.translate("DesignPanel", u"No image", None))
        self.logo_label.setText(QCoreApplication.translate("DesignPanel", u"Logo:", None))
        self.logo_button.setText(QCoreApplication.translate("DesignPanel", u"Choose\u2026", None))
        self.logo_remove_button.setText(QCoreApplication.translate("DesignPanel", u"Remove", None))
        self.artwork_label.setText(QCoreApplication.translate("DesignPanel", u"Artwork:", None))
        self.artwork_button.setText(QCoreApplication.translate("DesignPanel", u"Choose\u2026", None))
        self.artwork_remove_button.setText(QCoreApplication.translate("DesignPanel", u"Remove", None))
        self.page_label.setText(QCoreApplication.translate("DesignPanel", u"&Page:", None))
        self.frame_check.setText(QCoreApplication.translate("DesignPanel", u"&Frame", None))
        self.colours_label.setText(QCoreApplication.translate("DesignPanel", u"Colours:", None))
        self.accent_button.setText(QCoreApplication.translate("DesignPanel", u"Title", None))
        self.ornament_button.setText(QCoreApplication.translate("DesignPanel", u"Ornament", None))
        self.ink_button.setText(QCoreApplication.translate("DesignPanel", u"Text", None))
        self.muted_button.setText(QCoreApplication.translate("DesignPanel", u"Small text", None))
        self.preview_title_label.setText(QCoreApplication.translate("DesignPanel", u"Preview with a sample holder", None))
    # retranslateUi

