"""A date box that may be left empty: a QDateEdit whose lowest date stands for «no date» and reads «—».

Typing a digit or pressing Up/Down in an empty box starts from today; the calendar opens on today's month;
Delete empties the box. The edit comes from the form; `OptionalDate` only adds the behaviour.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit

from factory_desk.domain import clock
from factory_desk.ui.widgets.dates import to_date, to_qdate

EMPTY = QDate(1900, 1, 1)  # the date that means «none»: far before any project
EMPTY_TEXT = "—"


class OptionalDate(QObject):
    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.setMinimumDate(EMPTY)
        edit.setSpecialValueText(EMPTY_TEXT)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        edit.setDate(EMPTY)
        self.calendar = edit.calendarWidget()  # made now: asking for it inside eventFilter would recurse
        self.calendar.installEventFilter(self)
        edit.installEventFilter(self)

    def value(self) -> dt.date | None:
        day = self.edit.date()
        return None if day == EMPTY else to_date(day)

    def set_value(self, day: dt.date | None) -> None:
        self.edit.setDate(EMPTY if day is None else to_qdate(day))

    def is_empty(self) -> bool:
        return self.edit.date() == EMPTY

    def clear(self) -> None:
        self.edit.setDate(EMPTY)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.clear()
                return True
            starts = key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            if self.is_empty() and (starts or event.text().isdigit()):
                self.edit.setDate(QDate(clock.today()))
                self.edit.setSelectedSection(QDateEdit.Section.DaySection)
                if starts:
                    return True  # today is the first step
        elif watched is self.calendar and event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate(clock.today())
            self.calendar.setCurrentPage(today.year(), today.month())
        return False
