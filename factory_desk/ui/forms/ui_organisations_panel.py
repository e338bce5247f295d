# generated from forms/organisations_panel.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_OrganisationsPanel(object):
    def setupUi(self, OrganisationsPanel):
        if not OrganisationsPanel.objectName():
            OrganisationsPanel.setObjectName(u"OrganisationsPanel")
        self.panel_layout = QVBoxLayout(OrganisationsPanel)
        self.panel_layout.setSpacing(10)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.description_label = QLabel(OrganisationsPanel)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.panel_layout.addWidget(self.description_label)

        self.search_layout = QHBoxLayout()
        self.search_layout.setSpacing(12)
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(OrganisationsPanel)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(OrganisationsPanel)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(220, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.count_label = QLabel(OrganisationsPanel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.search_layout.addWidget(self.count_label)

        self.search_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.search_layout.addItem(self.search_spacer)

        self.edit_button = QPushButton(OrganisationsPanel)
        self.edit_button.setObjectName(u"edit_button")

        self.search_layout.addWidget(self.edit_button)

        self.add_button = QPushButton(OrganisationsPanel)
        self.add_button.setObjectName(u"add_button")

        self.search_layout.addWidget(self.add_button)


        self.panel_layout.addLayout(self.search_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(8)
        self.filter_layout.setObjectName(u"filter_layout")
        self.type_label = QLabel(OrganisationsPanel)
        self.type_label.setObjectName(u"type_label")

        self.filter_layout.addWidget(self.type_label)

        self.type_combo = QComboBox(OrganisationsPanel)
        self.type_combo.setObjectName(u"type_combo")
        self.type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_combo.setMinimumContentsLength(12)

        self.filter_layout.addWidget(self.type_combo)

        self.sector_label = QLabel(OrganisationsPanel)
        self.sector_label.setObjectName(u"sector_label")

        self.filter_layout.addWidget(self.sector_label)

        self.sector_combo = QComboBox(OrganisationsPanel)
        self.sector_combo.setObjectName(u"sector_combo")
        self.sector_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sector_combo.setMinimumContentsLength(12)

        self.filter_layout.addWidget(self.sector_combo)

        self.region_label = QLabel(OrganisationsPanel)
        self.region_label.setObjectName(u"region_label")

        self.filter_layout.addWidget(self.region_label)

        self.region_combo = QComboBox(OrganisationsPanel)
        self.region_combo.setObjectName(u"region_combo")
        self.region_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.region_combo.setMinimumContentsLength(12)

        self.filter_layout.addWidget(self.region_combo)

        self.national_label = QLabel(OrganisationsPanel)
        self.national_label.setObjectName(u"national_label")

        self.filter_layout.addWidget(self.national_label)

        self.national_combo = QComboBox(OrganisationsPanel)
        self.national_combo.setObjectName(u"national_combo")
        self.national_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.national_combo.setMinimumContentsLength(12)

        self.filter_layout.addWidget(self.national_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.panel_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(OrganisationsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.organisations_view = QTableView(self.splitter)
        self.organisations_view.setObjectName(u"organisations_view")
        self.organisations_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organisations_view.setTabKeyNavigation(False)
        self.organisations_view.setAlternatingRowColors(True)
        self.organisations_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.organisations_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.organisations_view.setWordWrap(False)
        self.splitter.addWidget(self.organisations_view)
        self.organisations_view.horizontalHeader().setHighlightSections(False)
        self.organisations_view.verticalHeader().setVisible(False)
        self.card_group = QGroupBox(self.splitter)
        self.card_group.setObjectName(u"card_group")
        self.card_layout = QHBoxLayout(self.card_group)
        self.card_layout.setSpacing(16)
        self.card_layout.setObjectName(u"card_layout")
        self.card_figures_layout = QVBoxLayout()
        self.card_figures_layout.setObjectName(u"card_figures_layout")
        self.card_name_label = QLabel(self.card_group)
        self.card_name_label.setObjectName(u"card_name_label")
        self.card_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.card_name_label.setWordWrap(True)
        self.card_name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.card_figures_layout.addWidget(self.card_name_label)

        self.card_figures_label = QLabel(self.card_group)
        self.card_figures_label.setObjectName(u"card_figures_label")
        self.card_figures_label.setTextFormat(Qt.TextFormat.PlainText)
        self.card_figures_label.setWordWrap(True)

        self.card_figures_layout.addWidget(self.card_figures_label)

        self.card_projects_label = QLabel(self.card_group)
        self.card_projects_label.setObjectName(u"card_projects_label")
        self.card_projects_label.setTextFormat(Qt.TextFormat.PlainText)
        self.card_projects_label.setWordWrap(True)

        self.card_figures_layout.addWidget(self.card_projects_label)

        self.card_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.card_figures_layout.addItem(self.card_spacer)

        self.card_figures_layout.setStretch(3, 1)

        self.card_layout.addLayout(self.card_figures_layout)

        self.card_people_layout = QVBoxLayout()
        self.card_people_layout.setObjectName(u"card_people_layout")
        self.card_people_label = QLabel(self.card_group)
        self.card_people_label.setObjectName(u"card_people_label")

        self.card_people_layout.addWidget(self.card_people_label)

        self.card_people_view = QListView(self.card_group)
        self.card_people_view.setObjectName(u"card_people_view")
        self.card_people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.card_people_layout.addWidget(self.card_people_view)

        self.show_people_button = QPushButton(self.card_group)
        self.show_people_button.setObjectName(u"show_people_button")

        self.card_people_layout.addWidget(self.show_people_button)

        self.plan_groups_button = QPushButton(self.card_group)
        self.plan_groups_button.setObjectName(u"plan_groups_button")

        self.card_people_layout.addWidget(self.plan_groups_button)

        self.card_people_layout.setStretch(1, 1)

        self.card_layout.addLayout(self.card_people_layout)

        self.card_layout.setStretch(0, 2)
        self.card_layout.setStretch(1, 3)
        self.splitter.addWidget(self.card_group)

        self.panel_layout.addWidget(self.splitter)

        self.empty_label = QLabel(OrganisationsPanel)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)

        self.panel_layout.addWidget(self.empty_label)

        self.panel_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.type_label.setBuddy(self.type_combo)
        self.sector_label.setBuddy(self.sector_combo)
        self.region_label.setBuddy(self.region_combo)
        self.national_label.setBuddy(self.national_combo)
        self.card_people_label.setBuddy(self.card_people_view)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationsPanel)

        QMetaObject.connectSlotsByName(OrganisationsPanel)
    # setupUi

    def retranslateUi(self, OrganisationsPanel):
        self.description_label.setText(QCoreApplication.translate("OrganisationsPanel", u"The organisations that send people to trainings. Type part of a name or the INN to find one; case, \u0451 and Latvian accents do not matter. Double-click or press Enter to edit.", None))
        self.search_label.setText(QCoreApplication.translate("OrganisationsPanel", u"F&ind:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("OrganisationsPanel", u"Find organisations by name or INN", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("OrganisationsPanel", u"Name or INN", None))
        self.edit_button.setText(QCoreApplication.translate("OrganisationsPanel", u"&Edit\u2026", None))
        self.add_button.setText(QCoreApplication.translate("OrganisationsPanel", u"&Add\u2026", None))
        self.type_label.setText(QCoreApplication.translate("OrganisationsPanel", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.type_combo.setAccessibleName(QCoreApplication.translate("OrganisationsPanel", u"Organisation type", None))
#endif // QT_CONFIG(accessibility)
        self.sector_label.setText(QCoreApplication.translate("OrganisationsPanel", u"&Sector:", None))
#if QT_CONFIG(accessibility)
        self.sector_combo.setAccessibleName(QCoreApplication.translate("OrganisationsPanel", u"Sector", None))
#endif // QT_CONFIG(accessibility)
        self.region_label.setText(QCoreApplication.translate("OrganisationsPanel", u"&Region:", None))
#if QT_CONFIG(accessibility)
        self.region_combo.setAccessibleName(QCoreApplication.translate("OrganisationsPanel", u"Region", None))
#endif // QT_CONFIG(accessibility)
        self.national_label.setText(QCoreApplication.translate("OrganisationsPanel", u"&National project:", None))
#if QT_CONFIG(accessibility)
        self.national_combo.setAccessibleName(QCoreApplication.translate("OrganisationsPanel", u"National project", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.organisations_view.setAccessibleName(QCoreApplication.translate("OrganisationsPanel", u"Organisations", None))
#endif // QT_CONFIG(accessibility)
        self.card_group.setTitle(QCoreApplication.translate("OrganisationsPanel", u"Organisation", None))
        self.card_people_label.setText(QCoreApplication.translate("OrganisationsPanel", u"&People:", None))
#if QT_CONFIG(accessibility)
        self.card_people_view.setAccessibleName(QCoreApplication.translate("OrganisationsPanel", u"People of the organisation", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.show_people_button.setToolTip(QCoreApplication.translate("OrganisationsPanel", u"The People tab, narrowed to this organisation: every person, with their cards", None))
#endif // QT_CONFIG(tooltip)
        self.show_people_button.setText(QCoreApplication.translate("OrganisationsPanel", u"&Show all its people in the list", None))
#if QT_CONFIG(tooltip)
        self.plan_groups_button.setToolTip(QCoreApplication.translate("OrganisationsPanel", u"Split its people who have not been trained yet into groups over the coming sessions or free days", None))
#endif // QT_CONFIG(tooltip)
        self.plan_groups_button.setText(QCoreApplication.translate("OrganisationsPanel", u"Plan gro&ups for its people\u2026", None))
        pass
    # retranslateUi

