# generated from forms/statuses_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_StatusesPanel(object):
    def setupUi(self, StatusesPanel):
        if not StatusesPanel.objectName():
            StatusesPanel.setObjectName(u"StatusesPanel")
        self.panel_layout = QHBoxLayout(StatusesPanel)
        self.panel_layout.setSpacing(18)
        self.panel_layout.setObjectName(u"panel_layout")
        self.list_layout = QVBoxLayout()
        self.list_layout.setObjectName(u"list_layout")
        self.intro_label = QLabel(StatusesPanel)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.list_layout.addWidget(self.intro_label)

        self.statuses_view = QTableView(StatusesPanel)
        self.statuses_view.setObjectName(u"statuses_view")
        self.statuses_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statuses_view.setTabKeyNavigation(False)
        self.statuses_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statuses_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statuses_view.setShowGrid(False)
        self.statuses_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.statuses_view)

        self.list_buttons_layout = QHBoxLayout()
        self.list_buttons_layout.setObjectName(u"list_buttons_layout")
        self.add_button = QPushButton(StatusesPanel)
        self.add_button.setObjectName(u"add_button")

        self.list_buttons_layout.addWidget(self.add_button)

        self.up_button = QPushButton(StatusesPanel)
        self.up_button.setObjectName(u"up_button")

        self.list_buttons_layout.addWidget(self.up_button)

        self.down_button = QPushButton(StatusesPanel)
        self.down_button.setObjectName(u"down_button")

        self.list_buttons_layout.addWidget(self.down_button)

        self.remove_button = QPushButton(StatusesPanel)
        self.remove_button.setObjectName(u"remove_button")

        self.list_buttons_layout.addWidget(self.remove_button)

        self.list_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_buttons_layout.addItem(self.list_spacer)


        self.list_layout.addLayout(self.list_buttons_layout)


        self.panel_layout.addLayout(self.list_layout)

        self.editor_layout = QVBoxLayout()
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_title_label = QLabel(StatusesPanel)
        self.editor_title_label.setObjectName(u"editor_title_label")
        self.editor_title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.editor_layout.addWidget(self.editor_title_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(StatusesPanel)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(StatusesPanel)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.key_label = QLabel(StatusesPanel)
        self.key_label.setObjectName(u"key_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.key_edit = QLineEdit(StatusesPanel)
        self.key_edit.setObjectName(u"key_edit")
        self.key_edit.setMaxLength(1)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.key_edit)

        self.counts_check = QCheckBox(StatusesPanel)
        self.counts_check.setObjectName(u"counts_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.counts_check)

        self.note_check = QCheckBox(StatusesPanel)
        self.note_check.setObjectName(u"note_check")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_check)

        self.active_check = QCheckBox(StatusesPanel)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.editor_layout.addLayout(self.form_layout)

        self.message_label = QLabel(StatusesPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.editor_layout.addWidget(self.message_label)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.save_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_layout.addItem(self.save_spacer)

        self.save_button = QPushButton(StatusesPanel)
        self.save_button.setObjectName(u"save_button")

        self.save_layout.addWidget(self.save_button)


        self.editor_layout.addLayout(self.save_layout)

        self.editor_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editor_layout.addItem(self.editor_spacer)


        self.panel_layout.addLayout(self.editor_layout)

        self.panel_layout.setStretch(0, 3)
        self.panel_layout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.key_label.setBuddy(self.key_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusesPanel)

        QMetaObject.connectSlotsByName(StatusesPanel)
    # setupUi

    def retranslateUi(self, StatusesPanel):
        self.intro_label.setText(QCoreApplication.translate("StatusesPanel", u"The statuses the attendance screen offers, in this order, with the key that marks a person. The built-in ones cannot be removed; the centre can add its own.", None))
#if QT_CONFIG(accessibility)
        self.statuses_view.setAccessibleName(QCoreApplication.translate("StatusesPanel", u"Attendance statuses", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("StatusesPanel", u"&New status", None))
        self.up_button.setText(QCoreApplication.translate("StatusesPanel", u"Move &up", None))
        self.down_button.setText(QCoreApplication.translate("StatusesPanel", u"Move do&wn", None))
        self.remove_button.setText(QCoreApplication.translate("StatusesPanel", u"Remo&ve", None))
        self.name_label.setText(QCoreApplication.translate("StatusesPanel", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("StatusesPanel", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.key_label.setText(QCoreApplication.translate("StatusesPanel", u"&Key:", None))
#if QT_CONFIG(accessibility)
        self.key_edit.setAccessibleName(QCoreApplication.translate("StatusesPanel", u"Key", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.key_edit.setToolTip(QCoreApplication.translate("StatusesPanel", u"One digit, 0 to 9: pressing it on the attendance screen marks the selected person", None))
#endif // QT_CONFIG(tooltip)
        self.counts_check.setText(QCoreApplication.translate("StatusesPanel", u"Counts as &present", None))
#if QT_CONFIG(tooltip)
        self.counts_check.setToolTip(QCoreApplication.translate("StatusesPanel", u"The person attended: it counts for the certificate when the programme's completion rule names it", None))
#endif // QT_CONFIG(tooltip)
        self.note_check.setText(QCoreApplication.translate("StatusesPanel", u"Needs a no&te", None))
#if QT_CONFIG(tooltip)
        self.note_check.setToolTip(QCoreApplication.translate("StatusesPanel", u"The trainer is asked for a note, for example which document was shown", None))
#endif // QT_CONFIG(tooltip)
        self.active_check.setText(QCoreApplication.translate("StatusesPanel", u"&Offered on the attendance screen", None))
#if QT_CONFIG(tooltip)
        self.active_check.setToolTip(QCoreApplication.translate("StatusesPanel", u"A status no longer offered stays on the marks that used it", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("StatusesPanel", u"&Save", None))
        pass
    # retranslateUi

