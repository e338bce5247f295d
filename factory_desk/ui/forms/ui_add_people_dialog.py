# generated from forms/add_people_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

class Ui_AddPeopleDialog(object):
    def setupUi(self, AddPeopleDialog):
        if not AddPeopleDialog.objectName():
            AddPeopleDialog.setObjectName(u"AddPeopleDialog")
        self.dialog_layout = QVBoxLayout(AddPeopleDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.session_label = QLabel(AddPeopleDialog)
        self.session_label.setObjectName(u"session_label")
        self.session_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.session_label)

        self.source_tabs = QTabWidget(AddPeopleDialog)
        self.source_tabs.setObjectName(u"source_tabs")
        self.search_tab = QWidget()
        self.search_tab.setObjectName(u"search_tab")
        self.search_layout = QVBoxLayout(self.search_tab)
        self.search_layout.setObjectName(u"search_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(self.search_tab)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.search_tab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search_edit)

        self.new_person_button = QPushButton(self.search_tab)
        self.new_person_button.setObjectName(u"new_person_button")

        self.search_row.addWidget(self.new_person_button)


        self.search_layout.addLayout(self.search_row)

        self.search_list = QListWidget(self.search_tab)
        self.search_list.setObjectName(u"search_list")
        self.search_list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.search_list.setAlternatingRowColors(True)

        self.search_layout.addWidget(self.search_list)

        self.source_tabs.addTab(self.search_tab, "")
        self.organisation_tab = QWidget()
        self.organisation_tab.setObjectName(u"organisation_tab")
        self.organisation_layout = QVBoxLayout(self.organisation_tab)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_row = QHBoxLayout()
        self.organisation_row.setObjectName(u"organisation_row")
        self.organisation_label = QLabel(self.organisation_tab)
        self.organisation_label.setObjectName(u"organisation_label")

        self.organisation_row.addWidget(self.organisation_label)

        self.organisation_combo = QComboBox(self.organisation_tab)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.organisation_row.addWidget(self.organisation_combo)

        self.tick_all_button = QPushButton(self.organisation_tab)
        self.tick_all_button.setObjectName(u"tick_all_button")

        self.organisation_row.addWidget(self.tick_all_button)


        self.organisation_layout.addLayout(self.organisation_row)

        self.organisation_list = QListWidget(self.organisation_tab)
        self.organisation_list.setObjectName(u"organisation_list")
        self.organisation_list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.organisation_list.setAlternatingRowColors(True)

        self.organisation_layout.addWidget(self.organisation_list)

        self.source_tabs.addTab(self.organisation_tab, "")
        self.pool_tab = QWidget()
        self.pool_tab.setObjectName(u"pool_tab")
        self.pool_layout = QVBoxLayout(self.pool_tab)
        self.pool_layout.setObjectName(u"pool_layout")
        self.pool_hint_label = QLabel(self.pool_tab)
        self.pool_hint_label.setObjectName(u"pool_hint_label")
        self.pool_hint_label.setWordWrap(True)

        self.pool_layout.addWidget(self.pool_hint_label)

        self.pool_list = QListWidget(self.pool_tab)
        self.pool_list.setObjectName(u"pool_list")
        self.pool_list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.pool_list.setAlternatingRowColors(True)

        self.pool_layout.addWidget(self.pool_list)

        self.source_tabs.addTab(self.pool_tab, "")

        self.dialog_layout.addWidget(self.source_tabs)

        self.chosen_label = QLabel(AddPeopleDialog)
        self.chosen_label.setObjectName(u"chosen_label")
        self.chosen_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.chosen_label)

        self.message_label = QLabel(AddPeopleDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(AddPeopleDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddPeopleDialog)

        QMetaObject.connectSlotsByName(AddPeopleDialog)
    # setupUi

    def retranslateUi(self, AddPeopleDialog):
        AddPeopleDialog.setWindowTitle(QCoreApplication.translate("AddPeopleDialog", u"Add people to the session", None))
        self.session_label.setText("")
        self.search_label.setText(QCoreApplication.translate("AddPeopleDialog", u"&Find:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("AddPeopleDialog", u"Surname, first name or patronymic", None))
#if QT_CONFIG(tooltip)
        self.new_person_button.setToolTip(QCoreApplication.translate("AddPeopleDialog", u"The person is not in the register yet: add them with what you typed, then they are chosen here", None))
#endif // QT_CONFIG(tooltip)
        self.new_person_button.setText(QCoreApplication.translate("AddPeopleDialog", u"Ne&w person\u2026", None))
#if QT_CONFIG(tooltip)
        self.search_list.setToolTip(QCoreApplication.translate("AddPeopleDialog", u"Tick the people to enrol; Space ticks the current one", None))
#endif // QT_CONFIG(tooltip)
        self.source_tabs.setTabText(self.source_tabs.indexOf(self.search_tab), QCoreApplication.translate("AddPeopleDialog", u"By &name", None))
        self.organisation_label.setText(QCoreApplication.translate("AddPeopleDialog", u"Or&ganisation:", None))
        self.tick_all_button.setText(QCoreApplication.translate("AddPeopleDialog", u"Tick &all", None))
#if QT_CONFIG(tooltip)
        self.organisation_list.setToolTip(QCoreApplication.translate("AddPeopleDialog", u"Tick the people to enrol; Space ticks the current one", None))
#endif // QT_CONFIG(tooltip)
        self.source_tabs.setTabText(self.source_tabs.indexOf(self.organisation_tab), QCoreApplication.translate("AddPeopleDialog", u"By &organisation", None))
        self.pool_hint_label.setText(QCoreApplication.translate("AddPeopleDialog", u"People organisations sent for this programme (or for any) who are not yet in a group.", None))
#if QT_CONFIG(tooltip)
        self.pool_list.setToolTip(QCoreApplication.translate("AddPeopleDialog", u"Tick the people to enrol; Space ticks the current one", None))
#endif // QT_CONFIG(tooltip)
        self.source_tabs.setTabText(self.source_tabs.indexOf(self.pool_tab), QCoreApplication.translate("AddPeopleDialog", u"From the waiting &pool", None))
    # retranslateUi

