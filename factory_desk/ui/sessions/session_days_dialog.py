"""The dates of each day of a programme that runs several days (a 5-day cycle over five Tuesdays…)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QWidget

from factory_desk.ui.forms.ui_session_days_dialog import Ui_SessionDaysDialog
from factory_desk.ui.widgets.dates import to_date, to_qdate


class SessionDaysDialog(QDialog):
    def __init__(self, dates: Sequence[dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionDaysDialog()
        self.ui.setupUi(self)
        self.ui.error_label.setStyleSheet("color: #b3261e;")  # what stops the choice reads as a warning
        self.ui.error_label.hide()
        self.edits: list[QDateEdit] = []
        self._labels: list[QLabel] = []
        for day in dates:
            edit = QDateEdit(to_qdate(day), self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.dateChanged.connect(self._check)
            label = QLabel(self)
            label.setBuddy(edit)
            self.ui.days_form.addRow(label, edit)
            self.edits.append(edit)
            self._labels.append(label)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._retranslate()
        if self.edits:
            self.edits[0].setFocus()

    def dates(self) -> list[dt.date]:
        return [to_date(edit.date()) for edit in self.edits]

    def problem(self) -> str:
        """Why the dates cannot be the session's days, or ""."""
        dates = self.dates()
        for number, (before, day) in enumerate(zip(dates, dates[1:], strict=False), start=2):
            if day <= before:
                return self.tr("Day {n} must come after day {m}.").format(n=number, m=number - 1)
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.ui.error_label.setText(problem)
        self.ui.error_label.setVisible(bool(problem))

    def accept(self) -> None:
        self._check()
        if not self.problem():
            super().accept()

    def _retranslate(self) -> None:
        for number, (label, edit) in enumerate(zip(self._labels, self.edits, strict=True), start=1):
            label.setText(self.tr("Day &{n}:").format(n=number) if number < 10 else self.tr("Day {n}:").format(
                n=number))
            edit.setAccessibleName(self.tr("Date of day {n}").format(n=number))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
