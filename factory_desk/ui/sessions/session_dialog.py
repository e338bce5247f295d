"""The session window: what the session is, its status, and its participants with their waiting list.

From here the coordinator enrols people (by name, by organisation, from the waiting pool or from an imported
list), withdraws one (the first person waiting gets the place), moves one to another session, replaces one
by a colleague, fills free places from the waiting list, and moves the session through its statuses.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QWidget,
)

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.labels import SESSION_STATUS
from factory_desk.domain.text import day_text, time_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.documents.output_menu import OutputMenu
from factory_desk.ui.forms.ui_session_dialog import Ui_SessionDialog
from factory_desk.ui.look import scaled
from factory_desk.ui.sessions.conflicts import with_override
from factory_desk.ui.widgets.dates import to_qdate
from factory_desk.ui.widgets.rows_model import AnyIndex, RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.enrolment import RosterRow
    from factory_desk.services.sessions import SessionDetails
    from factory_desk.store.database import Database
    from factory_desk.ui.tasks import BackgroundTask


class RosterModel(RowsTableModel["RosterRow"]):
    NUMBER, NAME, ORGANISATION, POSITION, PLACE = range(5)
    COLUMN_COUNT = 5

    def headers(self) -> Sequence[str]:
        return ["№", self.tr("Name"), self.tr("Organisation"), self.tr("Position"), self.tr("Place")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.NUMBER and index.isValid():
            return str(index.row() + 1)  # the number is the row's place in the list, not part of the row
        return super().data(index, role)

    def cell(self, row: RosterRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.full_name
            if column == self.ORGANISATION:
                return row.organisation
            if column == self.POSITION:
                return row.position
            if column == self.PLACE:
                if row.waitlist_position is not None:
                    return self.tr("waiting, No. {position}").format(position=row.waitlist_position)
                return self.tr("enrolled")
        if role == Qt.ItemDataRole.ForegroundRole and row.waitlist_position is not None:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.ORGANISATION, self.POSITION):
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        return None


class SessionDialog(QDialog):
    changed = Signal()  # the session or its participants changed: calendars and lists behind are stale

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None, *, user_name: str = "",
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self._db = db
        self.session_id = session_id
        self._user_name = user_name
        self._today = today
        self.details: SessionDetails | None = None
        self.model = RosterModel(self)
        view = self.ui.roster_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RosterModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RosterModel.PLACE, QHeaderView.ResizeMode.ResizeToContents)
        em = view.fontMetrics().horizontalAdvance("M")
        header.resizeSection(RosterModel.NAME, 26 * em)  # «Тихомирова Анастасия Алексеевна» on one line
        header.resizeSection(RosterModel.POSITION, 18 * em)
        view.verticalHeader().hide()
        view.selectionModel().selectionChanged.connect(self._enable)
        self.ui.heading_label.setFont(scaled(self.ui.heading_label.font(), 1.35, bold=True))
        self.status_menu = QMenu(self)
        self.ui.status_button.setMenu(self.status_menu)
        self.ui.edit_button.clicked.connect(self.edit)
        self.ui.copy_button.clicked.connect(self.copy)
        self.ui.calendar_button.clicked.connect(self.save_calendar_file)
        self.ui.day_button.clicked.connect(self.open_training_day)
        self.ui.sign_in_button.clicked.connect(self.print_sign_in_sheet)
        self.ui.certificates_button.clicked.connect(self.open_certificates)
        self.certificates: QDialog | None = None  # the certificate batch, while it is open
        self.report_menu = OutputMenu(self)
        self.report_menu.chosen.connect(self.session_report)
        self.ui.report_button.setMenu(self.report_menu)
        self.ui.project_button.clicked.connect(self.start_project)
        self.project_window: QDialog | None = None  # the improvement project being started, while it is open
        self.day_window: QDialog | None = None  # the training day, while it is open
        self.task: BackgroundTask[Any] | None = None  # the sign-in sheet being made
        self.ui.add_button.clicked.connect(self.add_people)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.add_people)
        self.ui.import_button.clicked.connect(self.import_list)
        self.ui.withdraw_button.clicked.connect(self.withdraw)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view, self.withdraw)
        self.ui.move_button.clicked.connect(self.move_person)
        self.ui.replace_button.clicked.connect(self.replace_person)
        self.ui.promote_button.clicked.connect(self.promote)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.message_label.hide()
        self.resize(1000, 640)
        self.reload()

    # Reading
    def reload(self) -> None:
        from factory_desk.services.enrolment import session_roster
        from factory_desk.services.sessions import get_session

        try:
            self.details = get_session(self._db, self.session_id)
            rows = session_roster(self._db, self.session_id)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.model.set_rows(rows)
        self._show_details()
        self._enable()

    def _show_details(self) -> None:
        d = self.details
        if d is None:
            return
        locale = QLocale()
        first = d.days[0][1]
        self.setWindowTitle(self.tr("Session «{programme}» of {date}").format(
            programme=d.programme, date=day_text(first)))
        self.ui.heading_label.setText(d.programme)
        days = ", ".join(locale.toString(to_qdate(date), "ddd dd.MM.yyyy") for _n, date, _s, _e in d.days)
        times = f"{time_text(d.days[0][2])}–{time_text(d.days[0][3])}"
        trainers = ", ".join(d.trainers) or self.tr("not chosen yet")
        status = translate("Labels", SESSION_STATUS.get(d.status, d.status))
        fill = self.tr("{enrolled} of {max} enrolled (at least {min} needed)").format(
            enrolled=d.enrolled, max=d.max_group, min=d.min_group)
        if d.waitlisted:
            fill += " · " + self.tr("waiting: {n}").format(n=d.waitlisted)
        rows = [
            (self.tr("When"), f"{days}, {times}"),
            (self.tr("Factory"), d.factory),
            (self.tr("Trainers"), trainers),
            (self.tr("Status"), status + (f" — {d.cancel_reason}" if d.cancel_reason else "")),
            (self.tr("Group"), fill),
        ]
        if d.notes:
            rows.append((self.tr("Notes"), d.notes))
        self.ui.details_label.setText("<table cellspacing='2'>" + "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in rows) + "</table>")
        enrolled = sum(1 for row in self.model.rows() if row.waitlist_position is None)
        self.ui.count_label.setText(self.tr("{enrolled} of {max} places taken").format(
            enrolled=enrolled, max=d.max_group))
        self._fill_status_menu()

    def _fill_status_menu(self) -> None:
        from factory_desk.services.session_status import allowed_next

        assert self.details is not None
        self.status_menu.clear()
        for status in allowed_next(self.details.status):
            action = self.status_menu.addAction(_status_action_text(self.details.status, status))
            action.triggered.connect(partial(self.change_status, status))
        self.ui.status_button.setEnabled(not self.status_menu.isEmpty())

    def _selected(self) -> list[RosterRow]:
        rows = sorted({index.row() for index in self.ui.roster_view.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def _enable(self) -> None:
        d = self.details
        accepting = d is not None and d.editable  # the session and its group can still be changed
        selected = len(self._selected())
        for button in (self.ui.edit_button, self.ui.add_button, self.ui.import_button):
            button.setEnabled(accepting)
        self.ui.withdraw_button.setEnabled(accepting and selected > 0)
        self.ui.move_button.setEnabled(accepting and selected == 1)
        self.ui.replace_button.setEnabled(accepting and selected == 1)
        waiting = any(row.waitlist_position is not None for row in self.model.rows())
        self.ui.promote_button.setEnabled(accepting and waiting and d is not None and d.enrolled < d.max_group)
        held = d is not None and d.status in ("held", "reported")
        self.ui.project_button.setEnabled(held)
        self.ui.project_button.setToolTip(
            self.tr("Start an improvement project that participants of this training take on at their workplace")
            if held else self.tr("An improvement project is started from a session once it has been held."))

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def _done(self, sentence: str) -> None:
        self.reload()
        self._say(sentence)
        self.changed.emit()

    # The session
    def edit(self) -> None:
        from factory_desk.ui.sessions.session_editor import SessionEditor

        self.editor = SessionEditor(self._db, self, session_id=self.session_id, user_name=self._user_name)
        self.editor.accepted.connect(lambda: self._done(self.tr("The session was saved.")))
        self.editor.open()

    def copy(self) -> None:
        from factory_desk.ui.sessions.session_editor import SessionEditor

        self.editor = SessionEditor(self._db, self, copy_of=self.session_id, user_name=self._user_name)
        self.editor.accepted.connect(self._copied)
        self.editor.open()

    def _copied(self) -> None:
        self.changed.emit()
        self._say(self.tr("A copy was planned. It is in the calendar; this window still shows the original."))

    def change_status(self, status: str) -> None:
        from factory_desk.services.session_status import change_status, needs_reason

        assert self.details is not None
        reason = ""
        if needs_reason(self.details.status, status):
            reason, ok = QInputDialog.getText(
                self, _status_action_text(self.details.status, status).rstrip("…"),
                self.tr("Why? The reason is kept with the session and in the audit log:"), QLineEdit.EchoMode.Normal)
            if not ok:
                return
            if not reason.strip():
                self._say(self.tr("Nothing was changed: a reason is needed for this step."))
                return
        try:
            change_status(self._db, self.session_id, status, reason=reason, user_name=self._user_name,
                          today=self._today)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._done(self.tr("The session is now: {status}.").format(
            status=translate("Labels", SESSION_STATUS[status]).lower()))

    def open_training_day(self) -> None:
        """Attendance, rounds, tests and feedback: the trainer's window for the day."""
        from factory_desk.ui.attendance.day_window import TrainingDayWindow

        if self.day_window is not None:
            self.day_window.raise_()
            self.day_window.activateWindow()
            return
        window = TrainingDayWindow(self._db, self.session_id, self, user_name=self._user_name or None)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(self._training_day_closed)
        self.day_window = window
        window.open()

    def _training_day_closed(self) -> None:
        self.day_window = None
        self.reload()  # walk-ins, replacements and closing the day show in the roster and the status

    def start_project(self) -> None:
        """A new improvement project from this session: the session linked, its attendees' organisation chosen."""
        from factory_desk.ui.projects.project_window import ProjectWindow

        if self.project_window is not None:
            self.project_window.raise_()
            self.project_window.activateWindow()
            return
        window = ProjectWindow(self._db, None, self, user_name=self._user_name, session_id=self.session_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(self._project_window_closed)
        self.project_window = window
        window.open()  # over this window, as the training day is: the session window waits for it

    def _project_window_closed(self) -> None:
        self.project_window = None

    def print_sign_in_sheet(self) -> None:
        from factory_desk.ui.documents.pdf_output import print_sign_in_sheet

        self.task = print_sign_in_sheet(self, self._db, self.session_id, say=self._say)

    def open_certificates(self) -> None:
        """The session's certificates: who gets one, the font check, issuing with progress, then print or save."""
        from factory_desk.ui.certificates.batch_dialog import CertificateBatchDialog

        if self.certificates is not None:
            self.certificates.raise_()
            self.certificates.activateWindow()
            return
        dialog = CertificateBatchDialog(self._db, self.session_id, self, user_name=self._user_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "certificates", None))
        self.certificates = dialog
        dialog.open()

    def session_report(self, action: str) -> None:
        """The session report in the centre's document language: "print", "save" (as PDF) or "open"."""
        from factory_desk.ui.documents.pdf_output import session_report

        self.task = session_report(self, self._db, self.session_id, action, say=self._say)

    def save_calendar_file(self) -> None:
        from factory_desk.ui.sessions.calendar_files import save_session_calendar

        save_session_calendar(self, self._db, self.session_id, self._say)

    # Participants
    def add_people(self) -> None:
        from factory_desk.ui.sessions.add_people_dialog import AddPeopleDialog

        if not self.ui.add_button.isEnabled():
            return
        self.adder = AddPeopleDialog(self._db, self.session_id, self, user_name=self._user_name)
        self.adder.accepted.connect(lambda: self._done(self.adder.summary))
        self.adder.open()

    def import_list(self) -> None:
        from factory_desk.ui.people.import_wizard import ImportWizard

        wizard = ImportWizard(self._db, self, session_id=self.session_id)
        wizard.imported.connect(self.reload)
        wizard.imported.connect(self.changed)
        self.wizard = wizard
        wizard.open()

    def withdraw(self) -> None:
        from factory_desk.services.enrolment import cancel_enrolment

        chosen = self._selected()
        if not chosen or not self.ui.withdraw_button.isEnabled():
            return
        names = ", ".join(row.full_name for row in chosen)
        reason, ok = QInputDialog.getText(
            self, self.tr("Withdraw from the session"),
            self.tr("Withdraw {names}? Say why (for example: ill, left the company):").format(names=names),
            QLineEdit.EchoMode.Normal)
        if not ok:
            return
        if not reason.strip():
            self._say(self.tr("Nobody was withdrawn: a reason is needed."))
            return
        promoted: list[str] = []
        try:
            for row in chosen:
                promotion = cancel_enrolment(self._db, row.enrolment_id, reason=reason, user_name=self._user_name)
                if promotion is not None:
                    promoted.append(promotion.full_name)
        except FactoryDeskError as exc:
            self.reload()
            self._say(error_text(exc))
            return
        sentence = self.tr("Withdrawn: {names}.").format(names=names)
        if promoted:
            sentence += " " + self.tr("From the waiting list, {names} got a place.").format(names=", ".join(promoted))
        self._done(sentence)

    def move_person(self) -> None:
        from factory_desk.services.enrolment import move_enrolment, upcoming_sessions

        chosen = self._selected()
        if len(chosen) != 1 or self.details is None:
            return
        row = chosen[0]
        try:
            others = [s for s in upcoming_sessions(self._db, today=self._today) if s.id != self.session_id]
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        # Sessions of the same programme are offered; when there is none, any other session.
        sessions = [s for s in others if s.programme == self.details.programme] or others
        if not sessions:
            self._say(self.tr("There is no other session open for enrolment to move to."))
            return
        labels = [self.tr("{date} {time} · {programme} · {factory} · {enrolled} of {max}").format(
            date=day_text(s.first_date), time=time_text(s.starts_at), programme=s.programme,
            factory=s.factory, enrolled=s.enrolled, max=s.max_group) for s in sessions]
        label, ok = QInputDialog.getItem(self, self.tr("Move to another session"),
                                         self.tr("Move {name} to:").format(name=row.full_name), labels, 0, False)
        if not ok:
            return
        target = sessions[labels.index(label)]
        reason, ok = QInputDialog.getText(self, self.tr("Move to another session"),
                                          self.tr("Why is {name} moved?").format(name=row.full_name))
        if not ok:
            return
        if not reason.strip():
            self._say(self.tr("Nobody was moved: a reason is needed."))
            return
        try:
            done, result = with_override(self, lambda override: move_enrolment(
                self._db, row.enrolment_id, target.id, reason=reason, override_reason=override,
                user_name=self._user_name))
        except FactoryDeskError as exc:
            self.reload()
            self._say(error_text(exc))
            return
        if not done or result is None:
            return
        sentence = self.tr("{name} was moved to the session of {date}.").format(
            name=row.full_name, date=day_text(target.first_date))
        if result.waitlist_position is not None:
            sentence += " " + self.tr("There, they are No. {position} on the waiting list.").format(
                position=result.waitlist_position)
        if result.promotion is not None:
            sentence += " " + self.tr("From the waiting list, {names} got a place.").format(
                names=result.promotion.full_name)
        self._done(sentence)

    def replace_person(self) -> None:
        from factory_desk.services.enrolment import replace_enrolment
        from factory_desk.ui.sessions.add_people_dialog import choose_person

        chosen = self._selected()
        if len(chosen) != 1:
            return
        row = chosen[0]
        person = choose_person(self._db, self, self.tr("Replace {name} by:").format(name=row.full_name),
                               organisation=row.organisation, taken=[r.person_id for r in self.model.rows()])
        if person is None:
            return
        person_id, person_name = person
        reason, ok = QInputDialog.getText(
            self, self.tr("Replace by a colleague"),
            self.tr("Why does {new} come instead of {old}?").format(new=person_name, old=row.full_name))
        if not ok:
            return
        if not reason.strip():
            self._say(self.tr("Nobody was replaced: a reason is needed."))
            return
        try:
            done, _new = with_override(self, lambda override: replace_enrolment(
                self._db, row.enrolment_id, person_id, reason=reason, override_reason=override,
                user_name=self._user_name))
        except FactoryDeskError as exc:
            self.reload()
            self._say(error_text(exc))
            return
        if done:
            self._done(self.tr("{new} takes the place of {old}.").format(new=person_name, old=row.full_name))

    def promote(self) -> None:
        from factory_desk.services.enrolment import promote_waitlist

        try:
            promoted = promote_waitlist(self._db, self.session_id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        if promoted:
            self._done(self.tr("From the waiting list, {names} got a place.").format(
                names=", ".join(p.full_name for p in promoted)))
        else:
            self._done(self.tr("There is no free place, or nobody is waiting."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_details()
            self._enable()
        super().changeEvent(event)


def _status_action_text(old: str, status: str) -> str:
    if old == "cancelled":
        return translate("SessionDialog", "Restore the session…")
    texts = {
        "planned": translate("SessionDialog", "Back to planned (closed for enrolment)…"),
        "open": translate("SessionDialog", "Open for enrolment"),
        "confirmed": translate("SessionDialog", "Confirm the group"),
        "held": translate("SessionDialog", "Mark as held"),
        "reported": translate("SessionDialog", "Mark as reported"),
        "cancelled": translate("SessionDialog", "Cancel the session…"),
    }
    return texts.get(status, status)
