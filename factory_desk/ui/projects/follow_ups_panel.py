"""The Follow-ups tab of a project: the check-ins after the training (30 and 90 days on, or any date), each
done, due or overdue (in the calendar's warning orange), with what was found. Every change is saved at once
through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from factory_desk.ui.forms.ui_follow_ups_panel import Ui_FollowUpsPanel
from factory_desk.ui.projects.saving_dialog import SavingDialog
from factory_desk.ui.sessions.calendar_view import WARNING_COLOUR
from factory_desk.ui.widgets.dates import to_date, to_qdate
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.projects import FollowUp, ProjectCard
    from factory_desk.store.database import Database

DONE_COLOUR = "#2e7d32"


def day(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


class FollowUpsModel(RowsTableModel["FollowUp"]):
    """Due date, done on, state (done / due today / in N days / overdue by N days), note. `today` is the day the
    states are counted from (set with the rows)."""

    DUE, DONE, STATE, NOTE = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def headers(self) -> Sequence[str]:
        return self.tr("Due"), self.tr("Done on"), self.tr("State"), self.tr("Note")

    def days_late(self, row: FollowUp) -> int:
        return (self.today - row.due_date).days if row.done_on is None else 0

    def state(self, row: FollowUp) -> str:
        if row.done_on is not None:
            return self.tr("done")
        late = self.days_late(row)
        if late > 0:
            return self.tr("overdue by {days} d").format(days=late)
        if late == 0:
            return self.tr("due today")
        return self.tr("due in {days} d").format(days=-late)

    def cell(self, row: FollowUp, column: int, role: int) -> Any:
        from PySide6.QtGui import QColor

        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DUE:
                return day(row.due_date)
            if column == self.DONE:
                return day(row.done_on)
            if column == self.STATE:
                return self.state(row)
            return " ".join(row.note.split())  # one line in the table; the whole note in the tooltip
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and row.note:
            return row.note
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            if row.done_on is not None:
                return QColor(DONE_COLOUR)
            if self.days_late(row) > 0:
                return WARNING_COLOUR
        return None


class Mode(Enum):
    ADD = "add"  # a new follow-up: its date and a note
    RECORD = "record"  # done on a date, with what was found
    MOVE = "move"  # another date


class FollowUpDialog(SavingDialog):
    def __init__(self, mode: Mode, follow_up: FollowUp | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self.set_error_label(self.ui.error_label)
        self.mode = mode
        self.follow_up_id = follow_up.id if follow_up is not None else None
        ui = self.ui
        ui.date_edit.setMinimumDate(QDate(2000, 1, 1))
        today = QDate(clock.today())
        form = ui.form_layout
        form.setRowVisible(ui.due_value, mode is not Mode.ADD and follow_up is not None)
        form.setRowVisible(ui.reopen_check, mode is Mode.RECORD and follow_up is not None
                           and follow_up.done_on is not None)
        form.setRowVisible(ui.note_edit, mode is not Mode.MOVE)
        if follow_up is not None:
            ui.due_value.setText(day(follow_up.due_date))
            ui.note_edit.setPlainText(follow_up.note)
        if mode is Mode.ADD:
            self.setWindowTitle(self.tr("New follow-up"))
            ui.date_label.setText(self.tr("D&ue on:"))
            ui.date_edit.setDate(today.addDays(30))
        elif mode is Mode.RECORD:
            assert follow_up is not None
            self.setWindowTitle(self.tr("Record the follow-up"))
            ui.date_label.setText(self.tr("&Done on:"))
            ui.note_label.setText(self.tr("&What was found:"))
            ui.date_edit.setDate(to_qdate(follow_up.done_on) if follow_up.done_on is not None else today)
            ui.reopen_check.toggled.connect(lambda reopen: ui.date_edit.setEnabled(not reopen))
        else:
            assert follow_up is not None
            self.setWindowTitle(self.tr("Move the follow-up"))
            ui.date_label.setText(self.tr("&New date:"))
            ui.date_edit.setDate(to_qdate(follow_up.due_date))
        ui.date_edit.setAccessibleName(ui.date_label.text().replace("&", "").rstrip(":"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        (ui.note_edit if mode is Mode.RECORD else ui.date_edit).setFocus()

    def date(self) -> dt.date:
        return to_date(self.ui.date_edit.date())

    def note(self) -> str:
        return self.ui.note_edit.toPlainText()

    def reopen(self) -> bool:
        return not self.ui.reopen_check.isHidden() and self.ui.reopen_check.isChecked()


class FollowUpsPanel(QWidget):
    changed = Signal()  # a follow-up was planned, added, recorded, moved or deleted
    problem = Signal(str)  # a sentence for the user (the project window shows it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpsPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._card: ProjectCard | None = None
        self._user_name = ""
        self.dialog: FollowUpDialog | None = None  # the dialog open now
        self.model = FollowUpsModel(self)
        view = self.ui.follow_ups_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FollowUpsModel.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        view.activated.connect(lambda _index: self.record())
        self.ui.plan_button.clicked.connect(self.plan)
        self.ui.add_button.clicked.connect(self.add)
        self.ui.record_button.clicked.connect(self.record)
        self.ui.move_button.clicked.connect(self.move)
        self.ui.delete_button.clicked.connect(self.delete)
        self._enable()

    def set_project(self, db: Database, card: ProjectCard, *, user_name: str = "") -> None:
        from factory_desk.ui.user import desk_user

        if self._card is None or self._card.id != card.id:
            self.ui.message_label.clear()
        self._db, self._user_name = db, user_name or desk_user()
        self._show(card)

    def _show(self, card: ProjectCard, keep: int | None = None) -> None:
        keep = keep if keep is not None else self._current_id()
        self._card = card
        self.model.today = clock.today()
        self.model.set_rows(card.follow_ups)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None:  # the first not done yet: the one to record next
            row = next((i for i, f in enumerate(self.model.rows()) if f.done_on is None), None)
        if row is not None:
            self.ui.follow_ups_view.selectRow(row)
        self._enable()

    def _reload(self, keep: int | None = None) -> None:
        from factory_desk.services.projects import project_card

        if self._db is None or self._card is None:
            return
        try:
            card = project_card(self._db, self._card.id)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self._show(card, keep)

    def _current(self) -> FollowUp | None:
        row = self.ui.follow_ups_view.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _current_id(self) -> int | None:
        current = self._current()
        return current.id if current is not None else None

    def _enable(self) -> None:
        has_project, current = self._card is not None, self._current()
        for button in (self.ui.plan_button, self.ui.add_button):
            button.setEnabled(has_project)
        for button in (self.ui.record_button, self.ui.move_button, self.ui.delete_button):
            button.setEnabled(current is not None)

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)

    # --- actions -------------------------------------------------------------------------------------------
    def plan(self) -> None:
        """The follow-ups 30 and 90 days on; says which were added, or that they are there already."""
        from factory_desk.services.project_results import plan_follow_ups

        if self._db is None or self._card is None:
            return
        try:
            new = plan_follow_ups(self._db, self._card.id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        if not new:
            self._say(self.tr("The follow-ups 30 and 90 days on are already in the list; nothing was added."))
            return
        self._reload(keep=new[0])
        dates = [day(f.due_date) for f in self.model.rows() if f.id in new]
        self._say(self.tr("Planned: {dates}.").format(dates=", ".join(dates)))
        self.changed.emit()

    def add(self) -> None:
        if self._card is not None:
            self._open(FollowUpDialog(Mode.ADD, None, self))

    def record(self) -> None:
        if (current := self._current()) is not None:
            self._open(FollowUpDialog(Mode.RECORD, current, self))

    def move(self) -> None:
        if (current := self._current()) is not None:
            self._open(FollowUpDialog(Mode.MOVE, current, self))

    def _open(self, dialog: FollowUpDialog) -> None:
        dialog.on_save(lambda: self._save(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: FollowUpDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _save(self, dialog: FollowUpDialog) -> None:
        from factory_desk.services.project_results import add_follow_up, move_follow_up, record_follow_up

        assert self._db is not None and self._card is not None
        follow_up_id = dialog.follow_up_id
        if dialog.mode is Mode.ADD:
            follow_up_id = add_follow_up(self._db, self._card.id, dialog.date(), dialog.note(),
                                         user_name=self._user_name)
            said = self.tr("A follow-up is planned on {date}.").format(date=day(dialog.date()))
        elif dialog.mode is Mode.RECORD:
            assert follow_up_id is not None
            done_on = None if dialog.reopen() else dialog.date()
            record_follow_up(self._db, follow_up_id, done_on, dialog.note(), user_name=self._user_name)
            said = (self.tr("The follow-up is open again.") if done_on is None
                    else self.tr("The follow-up is recorded as done on {date}.").format(date=day(done_on)))
        else:
            assert follow_up_id is not None
            move_follow_up(self._db, follow_up_id, dialog.date(), user_name=self._user_name)
            said = self.tr("The follow-up is moved to {date}.").format(date=day(dialog.date()))
        self._reload(keep=follow_up_id)
        self._say(said)
        self.changed.emit()

    def delete(self) -> None:
        from factory_desk.services.project_results import delete_follow_up

        current = self._current()
        if current is None or self._db is None:
            return
        question = self.tr("Delete the follow-up due on {date}?").format(date=day(current.due_date))
        if current.note:
            question += "\n\n" + self.tr("Its note goes with it: “{note}”").format(note=current.note)
        if QMessageBox.question(self, self.tr("Delete the follow-up"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_follow_up(self._db, current.id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self._reload()
        self._say(self.tr("The follow-up due on {date} is deleted.").format(date=day(current.due_date)))
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
        super().changeEvent(event)
