# generated from forms/project_window.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_ProjectWindow(object):
    def setupUi(self, ProjectWindow):
        if not ProjectWindow.objectName():
            ProjectWindow.setObjectName(u"ProjectWindow")
        self.dialog_layout = QVBoxLayout(ProjectWindow)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(ProjectWindow)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.heading_label)

        self.state_label = QLabel(ProjectWindow)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.RichText)
        self.state_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.state_label)

        self.tabs = QTabWidget(ProjectWindow)
        self.tabs.setObjectName(u"tabs")
        self.card_tab = QWidget()
        self.card_tab.setObjectName(u"card_tab")
        self.card_tab_layout = QVBoxLayout(self.card_tab)
        self.card_tab_layout.setObjectName(u"card_tab_layout")
        self.card_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.card_scroll = QScrollArea(self.card_tab)
        self.card_scroll.setObjectName(u"card_scroll")
        self.card_scroll.setFrameShape(QFrame.NoFrame)
        self.card_scroll.setWidgetResizable(True)
        self.card_content = QWidget()
        self.card_content.setObjectName(u"card_content")
        self.card_columns = QHBoxLayout(self.card_content)
        self.card_columns.setObjectName(u"card_columns")
        self.card_main = QVBoxLayout()
        self.card_main.setObjectName(u"card_main")
        self.card_form = QFormLayout()
        self.card_form.setObjectName(u"card_form")
        self.card_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.status_label = QLabel(self.card_content)
        self.status_label.setObjectName(u"status_label")

        self.card_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.status_combo = QComboBox(self.card_content)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_combo.sizePolicy().hasHeightForWidth())
        self.status_combo.setSizePolicy(sizePolicy)

        self.status_row.addWidget(self.status_combo)

        self.status_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_row.addItem(self.status_spacer)


        self.card_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.status_row)

        self.review_label = QLabel(self.card_content)
        self.review_label.setObjectName(u"review_label")

        self.card_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.review_label)

        self.review_row = QHBoxLayout()
        self.review_row.setObjectName(u"review_row")
        self.review_combo = QComboBox(self.card_content)
        self.review_combo.setObjectName(u"review_combo")
        self.review_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        sizePolicy.setHeightForWidth(self.review_combo.sizePolicy().hasHeightForWidth())
        self.review_combo.setSizePolicy(sizePolicy)

        self.review_row.addWidget(self.review_combo)

        self.review_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_row.addItem(self.review_spacer)


        self.card_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.review_row)

        self.title_label = QLabel(self.card_content)
        self.title_label.setObjectName(u"title_label")

        self.card_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(self.card_content)
        self.title_edit.setObjectName(u"title_edit")

        self.card_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.organisation_label = QLabel(self.card_content)
        self.organisation_label.setObjectName(u"organisation_label")

        self.card_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(self.card_content)
        self.organisation_combo.setObjectName(u"organisation_combo")
        self.organisation_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.organisation_combo.setMinimumContentsLength(16)

        self.card_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.sub_programme_label = QLabel(self.card_content)
        self.sub_programme_label.setObjectName(u"sub_programme_label")

        self.card_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sub_programme_label)

        self.sub_programme_combo = QComboBox(self.card_content)
        self.sub_programme_combo.setObjectName(u"sub_programme_combo")
        self.sub_programme_combo.setEditable(True)
        self.sub_programme_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sub_programme_combo.setMinimumContentsLength(16)

        self.card_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sub_programme_combo)

        self.sponsor_label = QLabel(self.card_content)
        self.sponsor_label.setObjectName(u"sponsor_label")

        self.card_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sponsor_label)

        self.sponsor_row = QHBoxLayout()
        self.sponsor_row.setObjectName(u"sponsor_row")
        self.sponsor_text = QLineEdit(self.card_content)
        self.sponsor_text.setObjectName(u"sponsor_text")
        self.sponsor_text.setReadOnly(True)

        self.sponsor_row.addWidget(self.sponsor_text)

        self.sponsor_button = QPushButton(self.card_content)
        self.sponsor_button.setObjectName(u"sponsor_button")

        self.sponsor_row.addWidget(self.sponsor_button)

        self.sponsor_clear_button = QPushButton(self.card_content)
        self.sponsor_clear_button.setObjectName(u"sponsor_clear_button")

        self.sponsor_row.addWidget(self.sponsor_clear_button)


        self.card_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.sponsor_row)

        self.leader_label = QLabel(self.card_content)
        self.leader_label.setObjectName(u"leader_label")

        self.card_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.leader_label)

        self.leader_row = QHBoxLayout()
        self.leader_row.setObjectName(u"leader_row")
        self.leader_text = QLineEdit(self.card_content)
        self.leader_text.setObjectName(u"leader_text")
        self.leader_text.setReadOnly(True)

        self.leader_row.addWidget(self.leader_text)

        self.leader_button = QPushButton(self.card_content)
        self.leader_button.setObjectName(u"leader_button")

        self.leader_row.addWidget(self.leader_button)

        self.leader_clear_button = QPushButton(self.card_content)
        self.leader_clear_button.setObjectName(u"leader_clear_button")

        self.leader_row.addWidget(self.leader_clear_button)


        self.card_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.leader_row)

        self.description_label = QLabel(self.card_content)
        self.description_label.setObjectName(u"description_label")

        self.card_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(self.card_content)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumSize(QSize(0, 60))

        self.card_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.dates_label = QLabel(self.card_content)
        self.dates_label.setObjectName(u"dates_label")

        self.card_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.dates_label)

        self.dates_grid = QGridLayout()
        self.dates_grid.setObjectName(u"dates_grid")
        self.dates_grid.setHorizontalSpacing(12)
        self.planned_header_label = QLabel(self.card_content)
        self.planned_header_label.setObjectName(u"planned_header_label")

        self.dates_grid.addWidget(self.planned_header_label, 0, 1, 1, 1)

        self.actual_header_label = QLabel(self.card_content)
        self.actual_header_label.setObjectName(u"actual_header_label")

        self.dates_grid.addWidget(self.actual_header_label, 0, 2, 1, 1)

        self.start_label = QLabel(self.card_content)
        self.start_label.setObjectName(u"start_label")

        self.dates_grid.addWidget(self.start_label, 1, 0, 1, 1)

        self.planned_start_edit = QDateEdit(self.card_content)
        self.planned_start_edit.setObjectName(u"planned_start_edit")
        self.planned_start_edit.setCalendarPopup(True)

        self.dates_grid.addWidget(self.planned_start_edit, 1, 1, 1, 1)

        self.actual_start_edit = QDateEdit(self.card_content)
        self.actual_start_edit.setObjectName(u"actual_start_edit")
        self.actual_start_edit.setCalendarPopup(True)

        self.dates_grid.addWidget(self.actual_start_edit, 1, 2, 1, 1)

        self.kickoff_label = QLabel(self.card_content)
        self.kickoff_label.setObjectName(u"kickoff_label")

        self.dates_grid.addWidget(self.kickoff_label, 2, 0, 1, 1)

        self.planned_kickoff_edit = QDateEdit(self.card_content)
        self.planned_kickoff_edit.setObjectName(u"planned_kickoff_edit")
        self.planned_kickoff_edit.setCalendarPopup(True)

        self.dates_grid.addWidget(self.planned_kickoff_edit, 2, 1, 1, 1)

        self.actual_kickoff_edit = QDateEdit(self.card_content)
        self.actual_kickoff_edit.setObjectName(u"actual_kickoff_edit")
        self.actual_kickoff_edit.setCalendarPopup(True)

        self.dates_grid.addWidget(self.actual_kickoff_edit, 2, 2, 1, 1)

        self.finish_label = QLabel(self.card_content)
        self.finish_label.setObjectName(u"finish_label")

        self.dates_grid.addWidget(self.finish_label, 3, 0, 1, 1)

        self.planned_finish_edit = QDateEdit(self.card_content)
        self.planned_finish_edit.setObjectName(u"planned_finish_edit")
        self.planned_finish_edit.setCalendarPopup(True)

        self.dates_grid.addWidget(self.planned_finish_edit, 3, 1, 1, 1)

        self.actual_finish_edit = QDateEdit(self.card_content)
        self.actual_finish_edit.setObjectName(u"actual_finish_edit")
        self.actual_finish_edit.setCalendarPopup(True)

        self.dates_grid.addWidget(self.actual_finish_edit, 3, 2, 1, 1)

        self.dates_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_grid.addItem(self.dates_spacer, 0, 3, 1, 1)


        self.card_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.dates_grid)

        self.passport_label = QLabel(self.card_content)
        self.passport_label.setObjectName(u"passport_label")

        self.card_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.passport_label)

        self.passport_row = QHBoxLayout()
        self.passport_row.setObjectName(u"passport_row")
        self.passport_edit = QLineEdit(self.card_content)
        self.passport_edit.setObjectName(u"passport_edit")
        self.passport_edit.setClearButtonEnabled(True)

        self.passport_row.addWidget(self.passport_edit)

        self.passport_file_button = QPushButton(self.card_content)
        self.passport_file_button.setObjectName(u"passport_file_button")

        self.passport_row.addWidget(self.passport_file_button)

        self.passport_open_button = QPushButton(self.card_content)
        self.passport_open_button.setObjectName(u"passport_open_button")

        self.passport_row.addWidget(self.passport_open_button)


        self.card_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.passport_row)

        self.value_stream_map_label = QLabel(self.card_content)
        self.value_stream_map_label.setObjectName(u"value_stream_map_label")

        self.card_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.value_stream_map_label)

        self.value_stream_map_row = QHBoxLayout()
        self.value_stream_map_row.setObjectName(u"value_stream_map_row")
        self.value_stream_map_edit = QLineEdit(self.card_content)
        self.value_stream_map_edit.setObjectName(u"value_stream_map_edit")
        self.value_stream_map_edit.setClearButtonEnabled(True)

        self.value_stream_map_row.addWidget(self.value_stream_map_edit)

        self.value_stream_map_file_button = QPushButton(self.card_content)
        self.value_stream_map_file_button.setObjectName(u"value_stream_map_file_button")

        self.value_stream_map_row.addWidget(self.value_stream_map_file_button)

        self.value_stream_map_open_button = QPushButton(self.card_content)
        self.value_stream_map_open_button.setObjectName(u"value_stream_map_open_button")

        self.value_stream_map_row.addWidget(self.value_stream_map_open_button)


        self.card_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.value_stream_map_row)


        self.card_main.addLayout(self.card_form)


        self.card_columns.addLayout(self.card_main)

        self.columns_gap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.card_columns.addItem(self.columns_gap)

        self.card_side = QVBoxLayout()
        self.card_side.setObjectName(u"card_side")
        self.team_label = QLabel(self.card_content)
        self.team_label.setObjectName(u"team_label")

        self.card_side.addWidget(self.team_label)

        self.team_view = QTableView(self.card_content)
        self.team_view.setObjectName(u"team_view")
        self.team_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.team_view.setAlternatingRowColors(True)
        self.team_view.setMinimumSize(QSize(0, 120))

        self.card_side.addWidget(self.team_view)

        self.team_actions = QHBoxLayout()
        self.team_actions.setObjectName(u"team_actions")
        self.add_member_button = QPushButton(self.card_content)
        self.add_member_button.setObjectName(u"add_member_button")

        self.team_actions.addWidget(self.add_member_button)

        self.participants_button = QPushButton(self.card_content)
        self.participants_button.setObjectName(u"participants_button")

        self.team_actions.addWidget(self.participants_button)

        self.remove_member_button = QPushButton(self.card_content)
        self.remove_member_button.setObjectName(u"remove_member_button")

        self.team_actions.addWidget(self.remove_member_button)

        self.team_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.team_actions.addItem(self.team_spacer)


        self.card_side.addLayout(self.team_actions)

        self.sessions_label = QLabel(self.card_content)
        self.sessions_label.setObjectName(u"sessions_label")

        self.card_side.addWidget(self.sessions_label)

        self.sessions_view = QTableView(self.card_content)
        self.sessions_view.setObjectName(u"sessions_view")
        self.sessions_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessions_view.setAlternatingRowColors(True)
        self.sessions_view.setMinimumSize(QSize(0, 120))

        self.card_side.addWidget(self.sessions_view)

        self.sessions_actions = QHBoxLayout()
        self.sessions_actions.setObjectName(u"sessions_actions")
        self.add_session_button = QPushButton(self.card_content)
        self.add_session_button.setObjectName(u"add_session_button")

        self.sessions_actions.addWidget(self.add_session_button)

        self.open_session_button = QPushButton(self.card_content)
        self.open_session_button.setObjectName(u"open_session_button")

        self.sessions_actions.addWidget(self.open_session_button)

        self.remove_session_button = QPushButton(self.card_content)
        self.remove_session_button.setObjectName(u"remove_session_button")

        self.sessions_actions.addWidget(self.remove_session_button)

        self.sessions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessions_actions.addItem(self.sessions_spacer)


        self.card_side.addLayout(self.sessions_actions)


        self.card_columns.addLayout(self.card_side)

        self.card_columns.setStretch(0, 1)
        self.card_columns.setStretch(2, 1)
        self.card_scroll.setWidget(self.card_content)

        self.card_tab_layout.addWidget(self.card_scroll)

        self.tabs.addTab(self.card_tab, "")
        self.a3_tab = QWidget()
        self.a3_tab.setObjectName(u"a3_tab")
        self.a3_layout = QVBoxLayout(self.a3_tab)
        self.a3_layout.setObjectName(u"a3_layout")
        self.a3_top = QHBoxLayout()
        self.a3_top.setObjectName(u"a3_top")
        self.a3_hint_label = QLabel(self.a3_tab)
        self.a3_hint_label.setObjectName(u"a3_hint_label")
        self.a3_hint_label.setWordWrap(True)

        self.a3_top.addWidget(self.a3_hint_label)

        self.a3_button = QPushButton(self.a3_tab)
        self.a3_button.setObjectName(u"a3_button")

        self.a3_top.addWidget(self.a3_button)

        self.a3_top.setStretch(0, 1)

        self.a3_layout.addLayout(self.a3_top)

        self.a3_scroll = QScrollArea(self.a3_tab)
        self.a3_scroll.setObjectName(u"a3_scroll")
        self.a3_scroll.setFrameShape(QFrame.NoFrame)
        self.a3_scroll.setWidgetResizable(True)
        self.a3_content = QWidget()
        self.a3_content.setObjectName(u"a3_content")
        self.a3_grid = QGridLayout(self.a3_content)
        self.a3_grid.setObjectName(u"a3_grid")
        self.a3_grid.setHorizontalSpacing(18)
        self.a3_grid.setVerticalSpacing(4)
        self.a3_grid.setContentsMargins(0, 0, 0, 0)
        self.background_label = QLabel(self.a3_content)
        self.background_label.setObjectName(u"background_label")

        self.a3_grid.addWidget(self.background_label, 0, 0, 1, 1)

        self.background_edit = QPlainTextEdit(self.a3_content)
        self.background_edit.setObjectName(u"background_edit")
        self.background_edit.setTabChangesFocus(True)
        self.background_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.background_edit, 1, 0, 1, 1)

        self.current_condition_label = QLabel(self.a3_content)
        self.current_condition_label.setObjectName(u"current_condition_label")

        self.a3_grid.addWidget(self.current_condition_label, 2, 0, 1, 1)

        self.current_condition_edit = QPlainTextEdit(self.a3_content)
        self.current_condition_edit.setObjectName(u"current_condition_edit")
        self.current_condition_edit.setTabChangesFocus(True)
        self.current_condition_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.current_condition_edit, 3, 0, 1, 1)

        self.target_condition_label = QLabel(self.a3_content)
        self.target_condition_label.setObjectName(u"target_condition_label")

        self.a3_grid.addWidget(self.target_condition_label, 4, 0, 1, 1)

        self.target_condition_edit = QPlainTextEdit(self.a3_content)
        self.target_condition_edit.setObjectName(u"target_condition_edit")
        self.target_condition_edit.setTabChangesFocus(True)
        self.target_condition_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.target_condition_edit, 5, 0, 1, 1)

        self.root_causes_label = QLabel(self.a3_content)
        self.root_causes_label.setObjectName(u"root_causes_label")

        self.a3_grid.addWidget(self.root_causes_label, 6, 0, 1, 1)

        self.root_causes_edit = QPlainTextEdit(self.a3_content)
        self.root_causes_edit.setObjectName(u"root_causes_edit")
        self.root_causes_edit.setTabChangesFocus(True)
        self.root_causes_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.root_causes_edit, 7, 0, 1, 1)

        self.countermeasures_label = QLabel(self.a3_content)
        self.countermeasures_label.setObjectName(u"countermeasures_label")

        self.a3_grid.addWidget(self.countermeasures_label, 0, 1, 1, 1)

        self.countermeasures_edit = QPlainTextEdit(self.a3_content)
        self.countermeasures_edit.setObjectName(u"countermeasures_edit")
        self.countermeasures_edit.setTabChangesFocus(True)
        self.countermeasures_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.countermeasures_edit, 1, 1, 1, 1)

        self.plan_label = QLabel(self.a3_content)
        self.plan_label.setObjectName(u"plan_label")

        self.a3_grid.addWidget(self.plan_label, 2, 1, 1, 1)

        self.plan_edit = QPlainTextEdit(self.a3_content)
        self.plan_edit.setObjectName(u"plan_edit")
        self.plan_edit.setTabChangesFocus(True)
        self.plan_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.plan_edit, 3, 1, 1, 1)

        self.effect_confirmation_label = QLabel(self.a3_content)
        self.effect_confirmation_label.setObjectName(u"effect_confirmation_label")

        self.a3_grid.addWidget(self.effect_confirmation_label, 4, 1, 1, 1)

        self.effect_confirmation_edit = QPlainTextEdit(self.a3_content)
        self.effect_confirmation_edit.setObjectName(u"effect_confirmation_edit")
        self.effect_confirmation_edit.setTabChangesFocus(True)
        self.effect_confirmation_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.effect_confirmation_edit, 5, 1, 1, 1)

        self.follow_up_text_label = QLabel(self.a3_content)
        self.follow_up_text_label.setObjectName(u"follow_up_text_label")

        self.a3_grid.addWidget(self.follow_up_text_label, 6, 1, 1, 1)

        self.follow_up_text_edit = QPlainTextEdit(self.a3_content)
        self.follow_up_text_edit.setObjectName(u"follow_up_text_edit")
        self.follow_up_text_edit.setTabChangesFocus(True)
        self.follow_up_text_edit.setMinimumSize(QSize(0, 80))

        self.a3_grid.addWidget(self.follow_up_text_edit, 7, 1, 1, 1)

        self.a3_scroll.setWidget(self.a3_content)

        self.a3_layout.addWidget(self.a3_scroll)

        self.tabs.addTab(self.a3_tab, "")
        self.results_tab = QWidget()
        self.results_tab.setObjectName(u"results_tab")
        self.results_layout = QVBoxLayout(self.results_tab)
        self.results_layout.setObjectName(u"results_layout")
        self.results_hint_label = QLabel(self.results_tab)
        self.results_hint_label.setObjectName(u"results_hint_label")
        self.results_hint_label.setWordWrap(True)

        self.results_layout.addWidget(self.results_hint_label)

        self.tabs.addTab(self.results_tab, "")
        self.follow_ups_tab = QWidget()
        self.follow_ups_tab.setObjectName(u"follow_ups_tab")
        self.follow_ups_layout = QVBoxLayout(self.follow_ups_tab)
        self.follow_ups_layout.setObjectName(u"follow_ups_layout")
        self.follow_ups_hint_label = QLabel(self.follow_ups_tab)
        self.follow_ups_hint_label.setObjectName(u"follow_ups_hint_label")
        self.follow_ups_hint_label.setWordWrap(True)

        self.follow_ups_layout.addWidget(self.follow_ups_hint_label)

        self.tabs.addTab(self.follow_ups_tab, "")
        self.attachments_tab = QWidget()
        self.attachments_tab.setObjectName(u"attachments_tab")
        self.attachments_layout = QVBoxLayout(self.attachments_tab)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments_hint_label = QLabel(self.attachments_tab)
        self.attachments_hint_label.setObjectName(u"attachments_hint_label")
        self.attachments_hint_label.setWordWrap(True)

        self.attachments_layout.addWidget(self.attachments_hint_label)

        self.tabs.addTab(self.attachments_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.message_label = QLabel(ProjectWindow)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.delete_button = QPushButton(ProjectWindow)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_row.addWidget(self.delete_button)

        self.buttons_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(ProjectWindow)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.buttons_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_combo)
        self.review_label.setBuddy(self.review_combo)
        self.title_label.setBuddy(self.title_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.sub_programme_label.setBuddy(self.sub_programme_combo)
        self.sponsor_label.setBuddy(self.sponsor_button)
        self.leader_label.setBuddy(self.leader_button)
        self.description_label.setBuddy(self.description_edit)
        self.start_label.setBuddy(self.planned_start_edit)
        self.kickoff_label.setBuddy(self.planned_kickoff_edit)
        self.finish_label.setBuddy(self.planned_finish_edit)
        self.passport_label.setBuddy(self.passport_edit)
        self.value_stream_map_label.setBuddy(self.value_stream_map_edit)
        self.team_label.setBuddy(self.team_view)
        self.sessions_label.setBuddy(self.sessions_view)
        self.background_label.setBuddy(self.background_edit)
        self.current_condition_label.setBuddy(self.current_condition_edit)
        self.target_condition_label.setBuddy(self.target_condition_edit)
        self.root_causes_label.setBuddy(self.root_causes_edit)
        self.countermeasures_label.setBuddy(self.countermeasures_edit)
        self.plan_label.setBuddy(self.plan_edit)
        self.effect_confirmation_label.setBuddy(self.effect_confirmation_edit)
        self.follow_up_text_label.setBuddy(self.follow_up_text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.review_combo)
        QWidget.setTabOrder(self.review_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.organisation_combo)
        QWidget.setTabOrder(self.organisation_combo, self.sub_programme_combo)
        QWidget.setTabOrder(self.sub_programme_combo, self.sponsor_button)
        QWidget.setTabOrder(self.sponsor_button, self.sponsor_clear_button)
        QWidget.setTabOrder(self.sponsor_clear_button, self.leader_button)
        QWidget.setTabOrder(self.leader_button, self.leader_clear_button)
        QWidget.setTabOrder(self.leader_clear_button, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.planned_start_edit)
        QWidget.setTabOrder(self.planned_start_edit, self.actual_start_edit)
        QWidget.setTabOrder(self.actual_start_edit, self.planned_kickoff_edit)
        QWidget.setTabOrder(self.planned_kickoff_edit, self.actual_kickoff_edit)
        QWidget.setTabOrder(self.actual_kickoff_edit, self.planned_finish_edit)
        QWidget.setTabOrder(self.planned_finish_edit, self.actual_finish_edit)
        QWidget.setTabOrder(self.actual_finish_edit, self.passport_edit)
        QWidget.setTabOrder(self.passport_edit, self.passport_file_button)
        QWidget.setTabOrder(self.passport_file_button, self.passport_open_button)
        QWidget.setTabOrder(self.passport_open_button, self.value_stream_map_edit)
        QWidget.setTabOrder(self.value_stream_map_edit, self.value_stream_map_file_button)
        QWidget.setTabOrder(self.value_stream_map_file_button, self.value_stream_map_open_button)
        QWidget.setTabOrder(self.value_stream_map_open_button, self.team_view)
        QWidget.setTabOrder(self.team_view, self.add_member_button)
        QWidget.setTabOrder(self.add_member_button, self.participants_button)
        QWidget.setTabOrder(self.participants_button, self.remove_member_button)
        QWidget.setTabOrder(self.remove_member_button, self.sessions_view)
        QWidget.setTabOrder(self.sessions_view, self.add_session_button)
        QWidget.setTabOrder(self.add_session_button, self.open_session_button)
        QWidget.setTabOrder(self.open_session_button, self.remove_session_button)
        QWidget.setTabOrder(self.remove_session_button, self.a3_button)
        QWidget.setTabOrder(self.a3_button, self.background_edit)
        QWidget.setTabOrder(self.background_edit, self.current_condition_edit)
        QWidget.setTabOrder(self.current_condition_edit, self.target_condition_edit)
        QWidget.setTabOrder(self.target_condition_edit, self.root_causes_edit)
        QWidget.setTabOrder(self.root_causes_edit, self.countermeasures_edit)
        QWidget.setTabOrder(self.countermeasures_edit, self.plan_edit)
        QWidget.setTabOrder(self.plan_edit, self.effect_confirmation_edit)
        QWidget.setTabOrder(self.effect_confirmation_edit, self.follow_up_text_edit)
        QWidget.setTabOrder(self.follow_up_text_edit, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.button_box)

        self.retranslateUi(ProjectWindow)

        QMetaObject.connectSlotsByName(ProjectWindow)
    # setupUi

    def retranslateUi(self, ProjectWindow):
        ProjectWindow.setWindowTitle(QCoreApplication.translate("ProjectWindow", u"Improvement project", None))
        self.status_label.setText(QCoreApplication.translate("ProjectWindow", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("ProjectWindow", u"The project's status in the register; changed at once and kept in the audit log", None))
#endif // QT_CONFIG(tooltip)
        self.review_label.setText(QCoreApplication.translate("ProjectWindow", u"&Review:", None))
#if QT_CONFIG(tooltip)
        self.review_combo.setToolTip(QCoreApplication.translate("ProjectWindow", u"The coordinator's review of the project; changed at once and kept in the audit log", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText(QCoreApplication.translate("ProjectWindow", u"&Title:", None))
        self.organisation_label.setText(QCoreApplication.translate("ProjectWindow", u"&Organisation:", None))
        self.sub_programme_label.setText(QCoreApplication.translate("ProjectWindow", u"Sub-pro&gramme:", None))
        self.sponsor_label.setText(QCoreApplication.translate("ProjectWindow", u"Spo&nsor:", None))
#if QT_CONFIG(tooltip)
        self.sponsor_text.setToolTip(QCoreApplication.translate("ProjectWindow", u"The sponsor (\u0437\u0430\u043a\u0430\u0437\u0447\u0438\u043a): the manager who ordered the project", None))
#endif // QT_CONFIG(tooltip)
        self.sponsor_button.setText(QCoreApplication.translate("ProjectWindow", u"Choose\u2026", None))
#if QT_CONFIG(tooltip)
        self.sponsor_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Choose the sponsor from the register of people", None))
#endif // QT_CONFIG(tooltip)
        self.sponsor_clear_button.setText(QCoreApplication.translate("ProjectWindow", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.sponsor_clear_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"The project has no sponsor", None))
#endif // QT_CONFIG(tooltip)
        self.leader_label.setText(QCoreApplication.translate("ProjectWindow", u"&Leader:", None))
#if QT_CONFIG(tooltip)
        self.leader_text.setToolTip(QCoreApplication.translate("ProjectWindow", u"The leader who runs the project", None))
#endif // QT_CONFIG(tooltip)
        self.leader_button.setText(QCoreApplication.translate("ProjectWindow", u"Choose\u2026", None))
#if QT_CONFIG(tooltip)
        self.leader_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Choose the leader from the register of people", None))
#endif // QT_CONFIG(tooltip)
        self.leader_clear_button.setText(QCoreApplication.translate("ProjectWindow", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.leader_clear_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"The project has no leader", None))
#endif // QT_CONFIG(tooltip)
        self.description_label.setText(QCoreApplication.translate("ProjectWindow", u"&Description:", None))
        self.dates_label.setText(QCoreApplication.translate("ProjectWindow", u"Dates:", None))
        self.planned_header_label.setText(QCoreApplication.translate("ProjectWindow", u"Planned", None))
        self.actual_header_label.setText(QCoreApplication.translate("ProjectWindow", u"Actual", None))
        self.start_label.setText(QCoreApplication.translate("ProjectWindow", u"Start", None))
#if QT_CONFIG(tooltip)
        self.planned_start_edit.setToolTip(QCoreApplication.translate("ProjectWindow", u"Type the date or pick it from the calendar; Delete leaves it empty (\u2014)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.actual_start_edit.setToolTip(QCoreApplication.translate("ProjectWindow", u"Type the date or pick it from the calendar; Delete leaves it empty (\u2014)", None))
#endif // QT_CONFIG(tooltip)
        self.kickoff_label.setText(QCoreApplication.translate("ProjectWindow", u"Kick-off", None))
#if QT_CONFIG(tooltip)
        self.planned_kickoff_edit.setToolTip(QCoreApplication.translate("ProjectWindow", u"Type the date or pick it from the calendar; Delete leaves it empty (\u2014)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.actual_kickoff_edit.setToolTip(QCoreApplication.translate("ProjectWindow", u"Type the date or pick it from the calendar; Delete leaves it empty (\u2014)", None))
#endif // QT_CONFIG(tooltip)
        self.finish_label.setText(QCoreApplication.translate("ProjectWindow", u"Finish", None))
#if QT_CONFIG(tooltip)
        self.planned_finish_edit.setToolTip(QCoreApplication.translate("ProjectWindow", u"Type the date or pick it from the calendar; Delete leaves it empty (\u2014)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.actual_finish_edit.setToolTip(QCoreApplication.translate("ProjectWindow", u"Type the date or pick it from the calendar; Delete leaves it empty (\u2014)", None))
#endif // QT_CONFIG(tooltip)
        self.passport_label.setText(QCoreApplication.translate("ProjectWindow", u"Project &passport:", None))
        self.passport_edit.setPlaceholderText(QCoreApplication.translate("ProjectWindow", u"A web address or a file", None))
        self.passport_file_button.setText(QCoreApplication.translate("ProjectWindow", u"File\u2026", None))
#if QT_CONFIG(tooltip)
        self.passport_file_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Choose the passport's file", None))
#endif // QT_CONFIG(tooltip)
        self.passport_open_button.setText(QCoreApplication.translate("ProjectWindow", u"Open", None))
#if QT_CONFIG(tooltip)
        self.passport_open_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Open the project passport", None))
#endif // QT_CONFIG(tooltip)
        self.value_stream_map_label.setText(QCoreApplication.translate("ProjectWindow", u"&Value-stream map:", None))
        self.value_stream_map_edit.setPlaceholderText(QCoreApplication.translate("ProjectWindow", u"A web address or a file", None))
        self.value_stream_map_file_button.setText(QCoreApplication.translate("ProjectWindow", u"File\u2026", None))
#if QT_CONFIG(tooltip)
        self.value_stream_map_file_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Choose the value-stream map's file", None))
#endif // QT_CONFIG(tooltip)
        self.value_stream_map_open_button.setText(QCoreApplication.translate("ProjectWindow", u"Open", None))
#if QT_CONFIG(tooltip)
        self.value_stream_map_open_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Open the value-stream map", None))
#endif // QT_CONFIG(tooltip)
        self.team_label.setText(QCoreApplication.translate("ProjectWindow", u"T&eam:", None))
        self.add_member_button.setText(QCoreApplication.translate("ProjectWindow", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_member_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Add a person from the register to the team", None))
#endif // QT_CONFIG(tooltip)
        self.participants_button.setText(QCoreApplication.translate("ProjectWindow", u"Add the &session's participants", None))
#if QT_CONFIG(tooltip)
        self.participants_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Add the people of the project's organisation who attended the trainings it came from", None))
#endif // QT_CONFIG(tooltip)
        self.remove_member_button.setText(QCoreApplication.translate("ProjectWindow", u"Remo&ve", None))
#if QT_CONFIG(tooltip)
        self.remove_member_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Take the selected people out of the team", None))
#endif // QT_CONFIG(tooltip)
        self.sessions_label.setText(QCoreApplication.translate("ProjectWindow", u"Trainings it &came from:", None))
        self.add_session_button.setText(QCoreApplication.translate("ProjectWindow", u"Add &training\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_session_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Link a held session to the project", None))
#endif // QT_CONFIG(tooltip)
        self.open_session_button.setText(QCoreApplication.translate("ProjectWindow", u"Open", None))
#if QT_CONFIG(tooltip)
        self.open_session_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Open the selected session's window", None))
#endif // QT_CONFIG(tooltip)
        self.remove_session_button.setText(QCoreApplication.translate("ProjectWindow", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.remove_session_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Unlink the selected session from the project", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.card_tab), QCoreApplication.translate("ProjectWindow", u"Card", None))
        self.a3_hint_label.setText(QCoreApplication.translate("ProjectWindow", u"The texts of the A3 report, two halves as on the sheet; saved with the card (Ctrl+S).", None))
        self.a3_button.setText(QCoreApplication.translate("ProjectWindow", u"A3 &report", None))
#if QT_CONFIG(tooltip)
        self.a3_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Print the project's A3 report, save it as PDF or open it", None))
#endif // QT_CONFIG(tooltip)
        self.background_label.setText(QCoreApplication.translate("ProjectWindow", u"&Background:", None))
        self.current_condition_label.setText(QCoreApplication.translate("ProjectWindow", u"C&urrent condition:", None))
        self.target_condition_label.setText(QCoreApplication.translate("ProjectWindow", u"Tar&get condition:", None))
        self.root_causes_label.setText(QCoreApplication.translate("ProjectWindow", u"Root &causes:", None))
        self.countermeasures_label.setText(QCoreApplication.translate("ProjectWindow", u"Counter&measures:", None))
        self.plan_label.setText(QCoreApplication.translate("ProjectWindow", u"&Plan: what, who, when:", None))
        self.effect_confirmation_label.setText(QCoreApplication.translate("ProjectWindow", u"&Effect confirmation:", None))
        self.follow_up_text_label.setText(QCoreApplication.translate("ProjectWindow", u"&Follow-up:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.a3_tab), QCoreApplication.translate("ProjectWindow", u"A3", None))
        self.results_hint_label.setText(QCoreApplication.translate("ProjectWindow", u"Save the new project first (Ctrl+S): then its results, follow-ups and attachments can be added.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.results_tab), QCoreApplication.translate("ProjectWindow", u"Results", None))
        self.follow_ups_hint_label.setText(QCoreApplication.translate("ProjectWindow", u"Save the new project first (Ctrl+S): then its results, follow-ups and attachments can be added.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.follow_ups_tab), QCoreApplication.translate("ProjectWindow", u"Follow-ups", None))
        self.attachments_hint_label.setText(QCoreApplication.translate("ProjectWindow", u"Save the new project first (Ctrl+S): then its results, follow-ups and attachments can be added.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), QCoreApplication.translate("ProjectWindow", u"Attachments", None))
        self.delete_button.setText(QCoreApplication.translate("ProjectWindow", u"&Delete project\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("ProjectWindow", u"Delete the project with its results, follow-ups and attachments", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

