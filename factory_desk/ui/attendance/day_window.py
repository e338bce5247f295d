"""The training day of one session, as the trainer keeps it in the training room: attendance, the simulation
rounds, tests and feedback on three tabs, and the sign-in sheet to print. Everything is saved as it is typed;
closing the window loses nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.labels import SESSION_STATUS
from factory_desk.domain.text import day_text, time_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.documents.output_menu import OutputMenu
from factory_desk.ui.forms.ui_training_day_window import Ui_TrainingDayWindow
from factory_desk.ui.look import scaled

if TYPE_CHECKING:
    from factory_desk.services.sessions import SessionDetails
    from factory_desk.store.database import Database
    from factory_desk.ui.attendance.attendance_panel import AttendancePanel
    from factory_desk.ui.attendance.rounds_panel import RoundsPanel
    from factory_desk.ui.attendance.scores_panel import ScoresPanel
    from factory_desk.ui.tasks import BackgroundTask


class TrainingDayWindow(QDialog):
    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None, *,
                 user_name: str | None = None, day_no: int | None = None) -> None:
        from factory_desk.ui.attendance.attendance_panel import AttendancePanel
        from factory_desk.ui.attendance.rounds_panel import RoundsPanel
        from factory_desk.ui.attendance.scores_panel import ScoresPanel

        super().__init__(parent)
        self.ui = Ui_TrainingDayWindow()
        self.ui.setupUi(self)
        self._db = db
        self.session_id = session_id
        self.details: SessionDetails | None = None
        self.task: BackgroundTask[Any] | None = None  # the sign-in sheet being made
        self.ui.heading_label.setFont(scaled(self.ui.heading_label.font(), 1.35, bold=True))
        self.attendance: AttendancePanel = AttendancePanel(db, session_id, self, user_name=user_name, day_no=day_no)
        self.rounds: RoundsPanel = RoundsPanel(db, session_id, self, user_name=user_name)
        self.scores: ScoresPanel = ScoresPanel(db, session_id, self, user_name=user_name)
        self.attendance.ui.heading_label.hide()  # the window's heading names the session
        self.ui.attendance_layout.addWidget(self.attendance)
        self.ui.rounds_layout.addWidget(self.rounds)
        self.ui.scores_layout.addWidget(self.scores)
        # A walk-in, a replacement, closing or reopening changes who is listed and what can be typed elsewhere.
        self.attendance.changed.connect(self._attendance_changed)
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        for number, tab in enumerate((self.ui.attendance_tab, self.ui.rounds_tab, self.ui.scores_tab), start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda tab=tab: self.ui.tabs.setCurrentWidget(tab))
        self.sign_in_menu = OutputMenu(self)
        self.sign_in_menu.chosen.connect(self.sign_in_sheet)
        self.ui.sign_in_button.setMenu(self.sign_in_menu)
        self.ui.sign_in_button.clicked.connect(lambda: self.sign_in_sheet("print"))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.message_label.hide()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._retranslate()
        self.reload()
        self.resize(1240, 760)  # a 1280×800 tablet, less the window frame
        # The scan field has the keyboard: a USB scanner types there (in the list its digits would be marks).
        self.attendance.ui.scan_edit.setFocus()

    # Reading
    def reload(self) -> None:
        from factory_desk.services.sessions import get_session

        try:
            self.details = get_session(self._db, self.session_id)
        except FactoryDeskError as exc:
            self.ui.details_label.setText(error_text(exc))
            return
        self._show_details()

    def _show_details(self) -> None:
        d = self.details
        if d is None:
            return
        first = d.days[0][1]
        self.setWindowTitle(self.tr("Training day: «{programme}» of {date}").format(
            programme=d.programme, date=day_text(first)))
        self.ui.heading_label.setText(d.programme)
        if len(d.days) == 1:
            when = f"{day_text(first)}, {time_text(d.days[0][2])}–{time_text(d.days[0][3])}"
        else:
            when = self.tr("Days: {dates}").format(dates=", ".join(day_text(date) for _n, date, _s, _e in d.days))
        parts = [when, d.factory]
        if d.trainers:
            parts.append(self.tr("Trainers: {names}").format(names=", ".join(d.trainers)))
        parts.append(translate("Labels", SESSION_STATUS.get(d.status, d.status)))
        self.ui.details_label.setText(" · ".join(parts))

    # Tabs
    def _tab_shown(self, _index: int) -> None:
        current = self.ui.tabs.currentWidget()
        if current is self.ui.rounds_tab:
            self.rounds.reload()
            self.rounds.focus_entry()
        elif current is self.ui.scores_tab:
            self.scores.reload()  # walk-ins and replacements have joined since
            self.scores.focus_entry()
        else:
            self.attendance.ui.scan_edit.setFocus()

    def _attendance_changed(self) -> None:
        self.reload()  # closing the session moves it to "held"

    # The sign-in sheet
    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def sign_in_sheet(self, action: str) -> None:
        """The sign-in sheet of every day: "print", "save" (as PDF) or "open" in the PDF viewer."""
        from factory_desk.ui.documents.pdf_output import open_sign_in_sheet, print_sign_in_sheet, save_sign_in_sheet

        make = {"print": print_sign_in_sheet, "save": save_sign_in_sheet, "open": open_sign_in_sheet}[action]
        self.task = make(self, self._db, self.session_id, say=self._say)

    # Language
    def _retranslate(self) -> None:
        self._show_details()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
