# generated from forms/session_dialog.ui by scripts/build_ui.py — do not edit

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        self.dialog_layout = QVBoxLayout(SessionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.heading_label = QLabel(SessionDialog)
        self.heading_label.setObjectName(u"heading_label")
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.heading_label)

        self.details_label = QLabel(SessionDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.details_label)

        self.session_actions = QHBoxLayout()
        self.session_actions.setObjectName(u"session_actions")
        self.edit_button = QPushButton(SessionDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.session_actions.addWidget(self.edit_button)

        self.copy_button = QPushButton(SessionDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.session_actions.addWidget(self.copy_button)

        self.status_button = QPushButton(SessionDialog)
        self.status_button.setObjectName(u"status_button")

        self.session_actions.addWidget(self.status_button)

        self.calendar_button = QPushButton(SessionDialog)
        self.calendar_button.setObjectName(u"calendar_button")

        self.session_actions.addWidget(self.calendar_button)

        self.day_button = QPushButton(SessionDialog)
        self.day_button.setObjectName(u"day_button")

        self.session_actions.addWidget(self.day_button)

        self.sign_in_button = QPushButton(SessionDialog)
        self.sign_in_button.setObjectName(u"sign_in_button")

        self.session_actions.addWidget(self.sign_in_button)

        self.certificates_button = QPushButton(SessionDialog)
        self.certificates_button.setObjectName(u"certificates_button")

        self.session_actions.addWidget(self.certificates_button)

        self.report_button = QPushButton(SessionDialog)
        self.report_button.setObjectName(u"report_button")

        self.session_actions.addWidget(self.report_button)

        self.actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.session_actions.addItem(self.actions_spacer)


        self.dialog_layout.addLayout(self.session_actions)

        self.roster_heading = QHBoxLayout()
        self.roster_heading.setObjectName(u"roster_heading")
        self.roster_label = QLabel(SessionDialog)
        self.roster_label.setObjectName(u"roster_label")

        self.roster_heading.addWidget(self.roster_label)

        self.roster_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roster_heading.addItem(self.roster_spacer)

        self.count_label = QLabel(SessionDialog)
        self.count_label.setObjectName(u"count_label")

        self.roster_heading.addWidget(self.count_label)


        self.dialog_layout.addLayout(self.roster_heading)

        self.roster_view = QTableView(SessionDialog)
        self.roster_view.setObjectName(u"roster_view")
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.roster_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.roster_view.setAlternatingRowColors(True)
        self.roster_view.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.dialog_layout.addWidget(self.roster_view)

        self.roster_actions = QHBoxLayout()
        self.roster_actions.setObjectName(u"roster_actions")
        self.add_button = QPushButton(SessionDialog)
        self.add_button.setObjectName(u"add_button")

        self.roster_actions.addWidget(self.add_button)

        self.import_button = QPushButton(SessionDialog)
        self.import_button.setObjectName(u"import_button")

        self.roster_actions.addWidget(self.import_button)

        self.withdraw_button = QPushButton(SessionDialog)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.roster_actions.addWidget(self.withdraw_button)

        self.move_button = QPushButton(SessionDialog)
        self.move_button.setObjectName(u"move_button")

        self.roster_actions.addWidget(self.move_button)

        self.replace_button = QPushButton(SessionDialog)
        self.replace_button.setObjectName(u"replace_button")

        self.roster_actions.addWidget(self.replace_button)

        self.promote_button = QPushButton(SessionDialog)
        self.promote_button.setObjectName(u"promote_button")

        self.roster_actions.addWidget(self.promote_button)

        self.roster_actions_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roster_actions.addItem(self.roster_actions_spacer)


        self.dialog_layout.addLayout(self.roster_actions)

        self.message_label = QLabel(SessionDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.message_label)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.project_button = QPushButton(SessionDialog)
        self.project_button.setObjectName(u"project_button")

        self.bottom_row.addWidget(self.project_button)

        self.button_box = QDialogButtonBox(SessionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.bottom_row.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.roster_label.setBuddy(self.roster_view)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionDialog)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Session", None))
        self.edit_button.setText(QCoreApplication.translate("SessionDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Change the date, time, trainers, group size or notes", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("SessionDialog", u"C&opy\u2026", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Plan another session like this one on another day", None))
#endif // QT_CONFIG(tooltip)
        self.status_button.setText(QCoreApplication.translate("SessionDialog", u"St&atus", None))
#if QT_CONFIG(tooltip)
        self.status_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Open for enrolment, confirm, mark as held or reported, or cancel with a reason", None))
#endif // QT_CONFIG(tooltip)
        self.calendar_button.setText(QCoreApplication.translate("SessionDialog", u"Calendar &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.calendar_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Save this session as a calendar file (.ics)", None))
#endif // QT_CONFIG(tooltip)
        self.day_button.setText(QCoreApplication.translate("SessionDialog", u"&Training day\u2026", None))
#if QT_CONFIG(tooltip)
        self.day_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Attendance, simulation rounds, tests and feedback of this session, as the trainer keeps them on the day", None))
#endif // QT_CONFIG(tooltip)
        self.sign_in_button.setText(QCoreApplication.translate("SessionDialog", u"Si&gn-in sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.sign_in_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Print the sign-in sheet of every day of the session, with a barcode for each person", None))
#endif // QT_CONFIG(tooltip)
        self.certificates_button.setText(QCoreApplication.translate("SessionDialog", u"&Certificates\u2026", None))
#if QT_CONFIG(tooltip)
        self.certificates_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Issue the certificates of a closed session: numbered, signed, to print, save or send as a ZIP", None))
#endif // QT_CONFIG(tooltip)
        self.report_button.setText(QCoreApplication.translate("SessionDialog", u"Sessio&n report", None))
#if QT_CONFIG(tooltip)
        self.report_button.setToolTip(QCoreApplication.translate("SessionDialog", u"The report of the session: attendance, rounds, knowledge gain, NPS, certificates \u2014 to print or save as PDF", None))
#endif // QT_CONFIG(tooltip)
        self.roster_label.setText(QCoreApplication.translate("SessionDialog", u"&Participants:", None))
        self.add_button.setText(QCoreApplication.translate("SessionDialog", u"A&dd people\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Enrol people found by name, an organisation's people, or people from the waiting pool (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("SessionDialog", u"&Import list\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Import an Excel or CSV list straight into this session", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw_button.setText(QCoreApplication.translate("SessionDialog", u"&Withdraw\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdraw_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Take the selected person out of the session; the first person waiting gets the place", None))
#endif // QT_CONFIG(tooltip)
        self.move_button.setText(QCoreApplication.translate("SessionDialog", u"&Move to another session\u2026", None))
#if QT_CONFIG(tooltip)
        self.move_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Move the selected person to another session", None))
#endif // QT_CONFIG(tooltip)
        self.replace_button.setText(QCoreApplication.translate("SessionDialog", u"&Replace by a colleague\u2026", None))
#if QT_CONFIG(tooltip)
        self.replace_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Someone else takes the selected person's place", None))
#endif // QT_CONFIG(tooltip)
        self.promote_button.setText(QCoreApplication.translate("SessionDialog", u"Fill free places from the &waiting list", None))
#if QT_CONFIG(tooltip)
        self.promote_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Give the free places to the people waiting, in their order", None))
#endif // QT_CONFIG(tooltip)
        self.project_button.setText(QCoreApplication.translate("SessionDialog", u"Improvement pro&ject\u2026", None))
#if QT_CONFIG(tooltip)
        self.project_button.setToolTip(QCoreApplication.translate("SessionDialog", u"Start an improvement project that participants of this training take on at their workplace", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

