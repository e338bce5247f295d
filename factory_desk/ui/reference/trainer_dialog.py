"""The editor of one trainer: name and contacts (tidied as people's are), the factories they work at (ticked
in a list), and the days they are away (a table of first day, last day and reason, dates from a calendar)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableWidgetItem, QWidget

from factory_desk.domain import clock
from factory_desk.services.reference import (
    AbsenceDetails,
    TrainerDetails,
    choices,
    get_trainer,
    save_trainer,
)
from factory_desk.ui.forms.ui_trainer_dialog import Ui_TrainerDialog
from factory_desk.ui.reference.editor import ReferenceEditor, add_check_item, checked_ids, commit_open_editor
from factory_desk.ui.user import desk_user
from factory_desk.ui.widgets.dates import to_date, to_qdate

if TYPE_CHECKING:
    from factory_desk.store.database import Database

FIRST, LAST, REASON = range(3)
ABSENCE_ID_ROLE = Qt.ItemDataRole.UserRole


class TrainerDialog(ReferenceEditor):
    def __init__(self, db: Database, trainer_id: int | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(Ui_TrainerDialog(), parent)
        self._db = db
        self._today = today or clock.today()
        self._details = TrainerDetails() if trainer_id is None else get_trainer(db, trainer_id)
        ui = self.ui
        table = ui.absences_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = table.horizontalHeader()
        header.setSectionResizeMode(FIRST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LAST, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(QDateEdit().sizeHint().height() + 2)
        ticked = set(self._details.factory_ids)
        for factory in choices(db, include_inactive=True).factories:
            # An inactive factory is listed only for a trainer who still works there, to be unticked.
            if factory.is_active or factory.id in ticked:
                add_check_item(ui.factory_list, factory.name if factory.is_active else self.tr(
                    "{name} (inactive)").format(name=factory.name), factory.id, factory.id in ticked)
        self._show(self._details)
        ui.surname_edit.textChanged.connect(self._check)
        ui.add_absence_button.clicked.connect(self.add_absence)
        ui.remove_absence_button.clicked.connect(self.remove_absence)
        for button in (ui.add_absence_button, ui.remove_absence_button):
            button.setAutoDefault(False)
        table.currentCellChanged.connect(lambda *_cells: self._absence_buttons())
        ui.factory_list.itemChanged.connect(lambda _item: self.show_problem(""))
        self.retranslate()
        self._check()

    def _show(self, d: TrainerDetails) -> None:
        ui = self.ui
        ui.surname_edit.setText(d.surname)
        ui.first_name_edit.setText(d.first_name)
        ui.patronymic_edit.setText(d.patronymic)
        ui.email_edit.setText(d.email)
        ui.phone_edit.setText(d.phone)
        ui.notes_edit.setPlainText(d.notes)
        ui.active_check.setChecked(d.is_active)
        ui.absences_table.setRowCount(0)
        for absence in d.absences:
            self._append_absence(absence)

    def details(self) -> TrainerDetails:
        """What the dialog shows now."""
        ui = self.ui
        return TrainerDetails(
            id=self._details.id, surname=ui.surname_edit.text(), first_name=ui.first_name_edit.text(),
            patronymic=ui.patronymic_edit.text(), email=ui.email_edit.text(), phone=ui.phone_edit.text(),
            notes=ui.notes_edit.toPlainText(), is_active=ui.active_check.isChecked(),
            factory_ids=checked_ids(ui.factory_list), absences=self.absences())

    def save(self) -> int:
        return save_trainer(self._db, self.details(), user_name=desk_user())

    def field_widget(self, field: str | None) -> QWidget | None:
        ui = self.ui
        return {"surname": ui.surname_edit, "first_name": ui.first_name_edit, "patronymic": ui.patronymic_edit,
                "email": ui.email_edit, "phone": ui.phone_edit, "factory_ids": ui.factory_list,
                "absences": ui.absences_table}.get(field or "")

    # --- absences -----------------------------------------------------------------------------------------
    def absences(self) -> tuple[AbsenceDetails, ...]:
        table = self.ui.absences_table
        commit_open_editor(table)
        found = []
        for row in range(table.rowCount()):
            reason = table.item(row, REASON)
            first, last = table.cellWidget(row, FIRST), table.cellWidget(row, LAST)
            assert isinstance(first, QDateEdit) and isinstance(last, QDateEdit)
            found.append(AbsenceDetails(reason.data(ABSENCE_ID_ROLE), to_date(first.date()), to_date(last.date()),
                                        reason.text()))
        return tuple(found)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.dateChanged.connect(lambda _day: self.show_problem(""))
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A date typed or picked makes its row the current one, so Remove removes the row being edited.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QDateEdit):
            table = self.ui.absences_table
            for row in range(table.rowCount()):
                for column in (FIRST, LAST):
                    if table.cellWidget(row, column) is watched and table.currentRow() != row:
                        table.setCurrentCell(row, column)
        return super().eventFilter(watched, event)

    def _append_absence(self, absence: AbsenceDetails) -> int:
        table = self.ui.absences_table
        row = table.rowCount()
        table.insertRow(row)
        first, last = self._date_edit(absence.first_day), self._date_edit(absence.last_day)
        first.setAccessibleName(self.tr("First day away"))
        last.setAccessibleName(self.tr("Last day away"))
        # The last day follows the first when the first is moved past it: one change for a one-day absence.
        first.dateChanged.connect(lambda day: last.setDate(day) if last.date() < day else None)
        table.setCellWidget(row, FIRST, first)
        table.setCellWidget(row, LAST, last)
        reason = QTableWidgetItem(absence.reason)
        reason.setData(ABSENCE_ID_ROLE, absence.id)
        table.setItem(row, REASON, reason)
        return row

    def add_absence(self) -> None:
        """A new absence of one day, from tomorrow, its first day ready to change."""
        table = self.ui.absences_table
        tomorrow = self._today + dt.timedelta(days=1)
        row = self._append_absence(AbsenceDetails(None, tomorrow, tomorrow))
        table.setCurrentCell(row, FIRST)
        first = table.cellWidget(row, FIRST)
        first.setFocus()
        self._absence_buttons()

    def remove_absence(self) -> None:
        table = self.ui.absences_table
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        if table.rowCount():
            table.setCurrentCell(min(row, table.rowCount() - 1), REASON)
        self.show_problem("")
        self._absence_buttons()

    def _absence_buttons(self) -> None:
        self.ui.remove_absence_button.setEnabled(self.ui.absences_table.currentRow() >= 0)

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.ui.surname_edit.text().strip()))
        self._absence_buttons()
        self.show_problem("")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New trainer") if self._details.id is None
                            else self.tr("Trainer: {name}").format(name=self._details.full_name))
