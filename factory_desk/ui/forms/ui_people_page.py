# generated from forms/people_page.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        self.action_import_list = QAction(PeoplePage)
        self.action_import_list.setObjectName(u"action_import_list")
#if QT_CONFIG(shortcut)
        self.action_import_list.setShortcut(u"Ctrl+I")
#endif // QT_CONFIG(shortcut)
        self.action_import_list.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_new_person = QAction(PeoplePage)
        self.action_new_person.setObjectName(u"action_new_person")
#if QT_CONFIG(shortcut)
        self.action_new_person.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.action_new_person.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_export_people = QAction(PeoplePage)
        self.action_export_people.setObjectName(u"action_export_people")
        self.action_export_organisations = QAction(PeoplePage)
        self.action_export_organisations.setObjectName(u"action_export_organisations")
        self.page_layout = QVBoxLayout(PeoplePage)
        self.page_layout.setSpacing(12)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(PeoplePage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.area_tabs = QTabWidget(PeoplePage)
        self.area_tabs.setObjectName(u"area_tabs")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QVBoxLayout(self.people_tab)
        self.people_layout.setSpacing(12)
        self.people_layout.setObjectName(u"people_layout")
        self.people_layout.setContentsMargins(12, 12, 12, 12)
        self.description_label = QLabel(self.people_tab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.people_layout.addWidget(self.description_label)

        self.search_layout = QHBoxLayout()
        self.search_layout.setSpacing(12)
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(self.people_tab)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.people_tab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(240, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.count_label = QLabel(self.people_tab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_layout.addWidget(self.count_label)

        self.search_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_layout.addItem(self.search_spacer)

        self.organisations_label = QLabel(self.people_tab)
        self.organisations_label.setObjectName(u"organisations_label")
        self.organisations_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_layout.addWidget(self.organisations_label)

        self.import_button = QPushButton(self.people_tab)
        self.import_button.setObjectName(u"import_button")

        self.search_layout.addWidget(self.import_button)

        self.export_button = QToolButton(self.people_tab)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.search_layout.addWidget(self.export_button)


        self.people_layout.addLayout(self.search_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.organisation_filter_label = QLabel(self.people_tab)
        self.organisation_filter_label.setObjectName(u"organisation_filter_label")

        self.filter_layout.addWidget(self.organisation_filter_label)

        self.organisation_filter_combo = QComboBox(self.people_tab)
        self.organisation_filter_combo.setObjectName(u"organisation_filter_combo")
        self.organisation_filter_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.organisation_filter_combo)

        self.category_filter_label = QLabel(self.people_tab)
        self.category_filter_label.setObjectName(u"category_filter_label")

        self.filter_layout.addWidget(self.category_filter_label)

        self.category_filter_combo = QComboBox(self.people_tab)
        self.category_filter_combo.setObjectName(u"category_filter_combo")
        self.category_filter_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.category_filter_combo)

        self.trained_filter_label = QLabel(self.people_tab)
        self.trained_filter_label.setObjectName(u"trained_filter_label")

        self.filter_layout.addWidget(self.trained_filter_label)

        self.trained_filter_combo = QComboBox(self.people_tab)
        self.trained_filter_combo.setObjectName(u"trained_filter_combo")
        self.trained_filter_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.filter_layout.addWidget(self.trained_filter_combo)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.new_person_button = QPushButton(self.people_tab)
        self.new_person_button.setObjectName(u"new_person_button")

        self.filter_layout.addWidget(self.new_person_button)

        self.duplicates_button = QPushButton(self.people_tab)
        self.duplicates_button.setObjectName(u"duplicates_button")

        self.filter_layout.addWidget(self.duplicates_button)


        self.people_layout.addLayout(self.filter_layout)

        self.people_splitter = QSplitter(self.people_tab)
        self.people_splitter.setObjectName(u"people_splitter")
        self.people_splitter.setOrientation(Qt.Orientation.Vertical)
        self.people_splitter.setChildrenCollapsible(False)
        self.people_view = QTableView(self.people_splitter)
        self.people_view.setObjectName(u"people_view")
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.setTabKeyNavigation(False)
        self.people_view.setAlternatingRowColors(True)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setWordWrap(False)
        self.people_splitter.addWidget(self.people_view)
        self.people_view.horizontalHeader().setHighlightSections(False)
        self.people_view.verticalHeader().setVisible(False)
        self.card_container = QWidget(self.people_splitter)
        self.card_container.setObjectName(u"card_container")
        self.card_layout = QVBoxLayout(self.card_container)
        self.card_layout.setObjectName(u"card_layout")
        self.card_layout.setContentsMargins(0, 0, 0, 0)
        self.people_splitter.addWidget(self.card_container)

        self.people_layout.addWidget(self.people_splitter)

        self.empty_label = QLabel(self.people_tab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self.people_layout.addWidget(self.empty_label)

        self.area_tabs.addTab(self.people_tab, "")
        self.organisations_tab = QWidget()
        self.organisations_tab.setObjectName(u"organisations_tab")
        self.organisations_layout = QVBoxLayout(self.organisations_tab)
        self.organisations_layout.setObjectName(u"organisations_layout")
        self.organisations_layout.setContentsMargins(12, 12, 12, 12)
        self.area_tabs.addTab(self.organisations_tab, "")

        self.page_layout.addWidget(self.area_tabs)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.organisation_filter_label.setBuddy(self.organisation_filter_combo)
        self.category_filter_label.setBuddy(self.category_filter_combo)
        self.trained_filter_label.setBuddy(self.trained_filter_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeoplePage)

        self.area_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        self.action_import_list.setText(QCoreApplication.translate("PeoplePage", u"Import list\u2026", None))
        self.action_new_person.setText(QCoreApplication.translate("PeoplePage", u"New person\u2026", None))
        self.action_export_people.setText(QCoreApplication.translate("PeoplePage", u"People in the list\u2026", None))
#if QT_CONFIG(tooltip)
        self.action_export_people.setToolTip(QCoreApplication.translate("PeoplePage", u"Save the people the list shows (all of them, not only the rows in view) as .xlsx or .csv", None))
#endif // QT_CONFIG(tooltip)
        self.action_export_organisations.setText(QCoreApplication.translate("PeoplePage", u"All organisations\u2026", None))
        self.title_label.setText(QCoreApplication.translate("PeoplePage", u"People and organisations", None))
        self.description_label.setText(QCoreApplication.translate("PeoplePage", u"Everyone sent for training, with the organisation they came from. Type the first letters of a surname, first name or patronymic to find a person; case, \u0451 and Latvian accents do not matter.", None))
        self.search_label.setText(QCoreApplication.translate("PeoplePage", u"&Find:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Find people by name", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"Surname, first name or patronymic", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("PeoplePage", u"Import people from an Excel or CSV list (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("PeoplePage", u"&Import list\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("PeoplePage", u"Save the people in the list, or all organisations, as an Excel or CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("PeoplePage", u"E&xport", None))
        self.organisation_filter_label.setText(QCoreApplication.translate("PeoplePage", u"Or&ganisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_filter_combo.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Show the people of one organisation", None))
#endif // QT_CONFIG(accessibility)
        self.category_filter_label.setText(QCoreApplication.translate("PeoplePage", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.category_filter_combo.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Show one category of people", None))
#endif // QT_CONFIG(accessibility)
        self.trained_filter_label.setText(QCoreApplication.translate("PeoplePage", u"&Training:", None))
#if QT_CONFIG(accessibility)
        self.trained_filter_combo.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Show trained or not yet trained people", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_person_button.setToolTip(QCoreApplication.translate("PeoplePage", u"Enter a person by hand (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_person_button.setText(QCoreApplication.translate("PeoplePage", u"&New person\u2026", None))
#if QT_CONFIG(tooltip)
        self.duplicates_button.setToolTip(QCoreApplication.translate("PeoplePage", u"People registered twice in the same organisation, and merging them", None))
#endif // QT_CONFIG(tooltip)
        self.duplicates_button.setText(QCoreApplication.translate("PeoplePage", u"&Duplicates\u2026", None))
#if QT_CONFIG(accessibility)
        self.people_view.setAccessibleName(QCoreApplication.translate("PeoplePage", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.area_tabs.setTabText(self.area_tabs.indexOf(self.people_tab), QCoreApplication.translate("PeoplePage", u"Peop&le", None))
        self.area_tabs.setTabText(self.area_tabs.indexOf(self.organisations_tab), QCoreApplication.translate("PeoplePage", u"&Organisations", None))
        pass
    # retranslateUi

