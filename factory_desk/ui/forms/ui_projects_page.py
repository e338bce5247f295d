# generated from forms/projects_page.ui by scripts/build_ui.py — do not edit

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
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ProjectsPage(object):
    def setupUi(self, ProjectsPage):
        if not ProjectsPage.objectName():
            ProjectsPage.setObjectName(u"ProjectsPage")
        self.action_new_project = QAction(ProjectsPage)
        self.action_new_project.setObjectName(u"action_new_project")
#if QT_CONFIG(shortcut)
        self.action_new_project.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.action_new_project.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_delete_project = QAction(ProjectsPage)
        self.action_delete_project.setObjectName(u"action_delete_project")
#if QT_CONFIG(shortcut)
        self.action_delete_project.setShortcut(u"Del")
#endif // QT_CONFIG(shortcut)
        self.action_delete_project.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.page_layout = QVBoxLayout(ProjectsPage)
        self.page_layout.setSpacing(10)
        self.page_layout.setObjectName(u"page_layout")
        self.title_label = QLabel(ProjectsPage)
        self.title_label.setObjectName(u"title_label")

        self.page_layout.addWidget(self.title_label)

        self.tabs = QTabWidget(ProjectsPage)
        self.tabs.setObjectName(u"tabs")
        self.list_tab = QWidget()
        self.list_tab.setObjectName(u"list_tab")
        self.list_layout = QVBoxLayout(self.list_tab)
        self.list_layout.setSpacing(8)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(12, 12, 12, 12)
        self.filters_layout = QHBoxLayout()
        self.filters_layout.setSpacing(8)
        self.filters_layout.setObjectName(u"filters_layout")
        self.organisation_label = QLabel(self.list_tab)
        self.organisation_label.setObjectName(u"organisation_label")

        self.filters_layout.addWidget(self.organisation_label)

        self.organisation_combo = QComboBox(self.list_tab)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.organisation_combo)

        self.factory_label = QLabel(self.list_tab)
        self.factory_label.setObjectName(u"factory_label")

        self.filters_layout.addWidget(self.factory_label)

        self.factory_combo = QComboBox(self.list_tab)
        self.factory_combo.setObjectName(u"factory_combo")
        self.factory_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.factory_combo)

        self.sub_programme_label = QLabel(self.list_tab)
        self.sub_programme_label.setObjectName(u"sub_programme_label")

        self.filters_layout.addWidget(self.sub_programme_label)

        self.sub_programme_combo = QComboBox(self.list_tab)
        self.sub_programme_combo.setObjectName(u"sub_programme_combo")
        self.sub_programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.sub_programme_combo)


        self.list_layout.addLayout(self.filters_layout)

        self.filters_more_layout = QHBoxLayout()
        self.filters_more_layout.setSpacing(8)
        self.filters_more_layout.setObjectName(u"filters_more_layout")
        self.status_label = QLabel(self.list_tab)
        self.status_label.setObjectName(u"status_label")

        self.filters_more_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(self.list_tab)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_more_layout.addWidget(self.status_combo)

        self.year_label = QLabel(self.list_tab)
        self.year_label.setObjectName(u"year_label")

        self.filters_more_layout.addWidget(self.year_label)

        self.year_combo = QComboBox(self.list_tab)
        self.year_combo.setObjectName(u"year_combo")
        self.year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_more_layout.addWidget(self.year_combo)

        self.search_label = QLabel(self.list_tab)
        self.search_label.setObjectName(u"search_label")

        self.filters_more_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(self.list_tab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(260, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.filters_more_layout.addWidget(self.search_edit)

        self.filters_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_more_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(self.list_tab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.filters_more_layout.addWidget(self.count_label)


        self.list_layout.addLayout(self.filters_more_layout)

        self.projects_view = QTableView(self.list_tab)
        self.projects_view.setObjectName(u"projects_view")
        self.projects_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projects_view.setTabKeyNavigation(False)
        self.projects_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projects_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projects_view.setWordWrap(False)
        self.projects_view.setShowGrid(False)
        self.projects_view.verticalHeader().setVisible(False)

        self.list_layout.addWidget(self.projects_view)

        self.empty_label = QLabel(self.list_tab)
        self.empty_label.setObjectName(u"empty_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.empty_label.sizePolicy().hasHeightForWidth())
        self.empty_label.setSizePolicy(sizePolicy)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setMargin(12)

        self.list_layout.addWidget(self.empty_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setSpacing(8)
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.new_button = QPushButton(self.list_tab)
        self.new_button.setObjectName(u"new_button")

        self.buttons_layout.addWidget(self.new_button)

        self.open_button = QPushButton(self.list_tab)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)

        self.delete_button = QPushButton(self.list_tab)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_layout.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.export_button = QPushButton(self.list_tab)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)


        self.list_layout.addLayout(self.buttons_layout)

        self.tabs.addTab(self.list_tab, "")
        self.portfolio_tab = QWidget()
        self.portfolio_tab.setObjectName(u"portfolio_tab")
        self.portfolio_layout = QVBoxLayout(self.portfolio_tab)
        self.portfolio_layout.setSpacing(8)
        self.portfolio_layout.setObjectName(u"portfolio_layout")
        self.portfolio_layout.setContentsMargins(12, 12, 12, 12)
        self.portfolio_filters_layout = QHBoxLayout()
        self.portfolio_filters_layout.setSpacing(8)
        self.portfolio_filters_layout.setObjectName(u"portfolio_filters_layout")
        self.portfolio_year_label = QLabel(self.portfolio_tab)
        self.portfolio_year_label.setObjectName(u"portfolio_year_label")

        self.portfolio_filters_layout.addWidget(self.portfolio_year_label)

        self.portfolio_year_combo = QComboBox(self.portfolio_tab)
        self.portfolio_year_combo.setObjectName(u"portfolio_year_combo")
        self.portfolio_year_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.portfolio_filters_layout.addWidget(self.portfolio_year_combo)

        self.portfolio_factory_label = QLabel(self.portfolio_tab)
        self.portfolio_factory_label.setObjectName(u"portfolio_factory_label")

        self.portfolio_filters_layout.addWidget(self.portfolio_factory_label)

        self.portfolio_factory_combo = QComboBox(self.portfolio_tab)
        self.portfolio_factory_combo.setObjectName(u"portfolio_factory_combo")
        self.portfolio_factory_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.portfolio_filters_layout.addWidget(self.portfolio_factory_combo)

        self.portfolio_filters_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.portfolio_filters_layout.addItem(self.portfolio_filters_spacer)

        self.portfolio_export_button = QPushButton(self.portfolio_tab)
        self.portfolio_export_button.setObjectName(u"portfolio_export_button")

        self.portfolio_filters_layout.addWidget(self.portfolio_export_button)


        self.portfolio_layout.addLayout(self.portfolio_filters_layout)

        self.portfolio_view = QTableView(self.portfolio_tab)
        self.portfolio_view.setObjectName(u"portfolio_view")
        self.portfolio_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.portfolio_view.setTabKeyNavigation(False)
        self.portfolio_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.portfolio_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.portfolio_view.setWordWrap(False)
        self.portfolio_view.setShowGrid(False)
        self.portfolio_view.verticalHeader().setVisible(False)

        self.portfolio_layout.addWidget(self.portfolio_view)

        self.definitions_label = QLabel(self.portfolio_tab)
        self.definitions_label.setObjectName(u"definitions_label")
        self.definitions_label.setWordWrap(True)
        self.definitions_label.setTextFormat(Qt.TextFormat.PlainText)

        self.portfolio_layout.addWidget(self.definitions_label)

        self.portfolio_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.portfolio_layout.addItem(self.portfolio_spacer)

        self.tabs.addTab(self.portfolio_tab, "")

        self.page_layout.addWidget(self.tabs)

        self.message_label = QLabel(ProjectsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.factory_label.setBuddy(self.factory_combo)
        self.sub_programme_label.setBuddy(self.sub_programme_combo)
        self.status_label.setBuddy(self.status_combo)
        self.year_label.setBuddy(self.year_combo)
        self.search_label.setBuddy(self.search_edit)
        self.portfolio_year_label.setBuddy(self.portfolio_year_combo)
        self.portfolio_factory_label.setBuddy(self.portfolio_factory_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProjectsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ProjectsPage)
    # setupUi

    def retranslateUi(self, ProjectsPage):
        self.action_new_project.setText(QCoreApplication.translate("ProjectsPage", u"New project\u2026", None))
        self.action_delete_project.setText(QCoreApplication.translate("ProjectsPage", u"Delete the project\u2026", None))
        self.title_label.setText(QCoreApplication.translate("ProjectsPage", u"Projects", None))
        self.organisation_label.setText(QCoreApplication.translate("ProjectsPage", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisation_combo.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Show the projects of one organisation", None))
#endif // QT_CONFIG(accessibility)
        self.factory_label.setText(QCoreApplication.translate("ProjectsPage", u"&Factory:", None))
#if QT_CONFIG(accessibility)
        self.factory_combo.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Show the projects that came from one factory's sessions", None))
#endif // QT_CONFIG(accessibility)
        self.sub_programme_label.setText(QCoreApplication.translate("ProjectsPage", u"S&ub-programme:", None))
#if QT_CONFIG(accessibility)
        self.sub_programme_combo.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Show the projects of one sub-programme", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("ProjectsPage", u"S&tatus:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Show the projects of one status, or those overdue", None))
#endif // QT_CONFIG(accessibility)
        self.year_label.setText(QCoreApplication.translate("ProjectsPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.year_combo.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Show the projects planned, started or finished in one year", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("ProjectsPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Find projects by title, organisation or leader", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ProjectsPage", u"Title, organisation or leader", None))
#if QT_CONFIG(accessibility)
        self.projects_view.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"The register of improvement projects", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("ProjectsPage", u"There are no projects yet. Create the first one with \u00abNew project\u2026\u00bb.", None))
#if QT_CONFIG(tooltip)
        self.new_button.setToolTip(QCoreApplication.translate("ProjectsPage", u"Start the card of a new improvement project (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_button.setText(QCoreApplication.translate("ProjectsPage", u"&New project\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("ProjectsPage", u"Open the selected project's card (Enter or a double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("ProjectsPage", u"Op&en", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("ProjectsPage", u"Delete the selected project with its results, follow-ups and attachments (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("ProjectsPage", u"&Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ProjectsPage", u"Save every project, and the quarters of the portfolio's year, as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("ProjectsPage", u"E&xport the portfolio to Excel\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.list_tab), QCoreApplication.translate("ProjectsPage", u"Project &register", None))
        self.portfolio_year_label.setText(QCoreApplication.translate("ProjectsPage", u"&Year:", None))
#if QT_CONFIG(accessibility)
        self.portfolio_year_combo.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"The year of the portfolio", None))
#endif // QT_CONFIG(accessibility)
        self.portfolio_factory_label.setText(QCoreApplication.translate("ProjectsPage", u"&Factory:", None))
#if QT_CONFIG(accessibility)
        self.portfolio_factory_combo.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"The portfolio of one factory's projects, or of all", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.portfolio_export_button.setToolTip(QCoreApplication.translate("ProjectsPage", u"Save every project, and these quarters, as an Excel workbook", None))
#endif // QT_CONFIG(tooltip)
        self.portfolio_export_button.setText(QCoreApplication.translate("ProjectsPage", u"E&xport the portfolio to Excel\u2026", None))
#if QT_CONFIG(accessibility)
        self.portfolio_view.setAccessibleName(QCoreApplication.translate("ProjectsPage", u"Projects planned, opened and closed per quarter, and their effects", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.portfolio_tab), QCoreApplication.translate("ProjectsPage", u"&Portfolio", None))
        pass
    # retranslateUi

