"""The Attendance area: the trainer's start. The days of sessions from a week ago to a week ahead with their
fill and how far their attendance is; Enter or a double-click opens the session's training day. A second tab
holds the centre's list of attendance statuses.

A session opens in its training day window (attendance, rounds, tests and feedback), the same as from the
session window; the page follows the marks made there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import time_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.attendance.statuses_panel import StatusesPanel
from factory_desk.ui.forms.ui_attendance_page import Ui_AttendancePage
from factory_desk.ui.look import make_title
from factory_desk.ui.widgets.dates import to_qdate
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.attendance import DaySession
    from factory_desk.store.database import Database


class DaySessionsModel(RowsTableModel["DaySession"]):
    DATE, TIME, PROGRAMME, FACTORY, FILL, ATTENDANCE = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = clock.today()

    def headers(self) -> Sequence[str]:
        return [self.tr("Date"), self.tr("Time"), self.tr("Programme"), self.tr("Factory"), self.tr("Group"),
                self.tr("Attendance")]

    def attendance_text(self, row: DaySession) -> str:
        if row.closed:
            return self.tr("closed")
        if row.marked == 0:
            return self.tr("not started") if row.date >= self.today else self.tr("not marked")
        if row.marked >= row.enrolled:
            return self.tr("everyone marked")
        return self.tr("{marked} of {enrolled} marked").format(marked=row.marked, enrolled=row.enrolled)

    def cell(self, row: DaySession, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                text = QLocale().toString(to_qdate(row.date), "ddd dd.MM.yyyy")
                return text if row.days == 1 else self.tr("{date} (day {n} of {days})").format(
                    date=text, n=row.day_no, days=row.days)
            if column == self.TIME:
                return f"{time_text(row.starts_at)}–{time_text(row.ends_at)}"
            if column == self.PROGRAMME:
                return row.programme
            if column == self.FACTORY:
                return row.factory
            if column == self.FILL:
                return self.tr("{enrolled} of {max}").format(enrolled=row.enrolled, max=row.max_group)
            if column == self.ATTENDANCE:
                return self.attendance_text(row)
        if role == Qt.ItemDataRole.FontRole and row.date == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Labels", row.status_word)
        return None


class AttendancePage(QWidget):
    problem = Signal(str)  # a sentence for the user when the database cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttendancePage()
        self.ui.setupUi(self)
        make_title(self.ui.title_label)
        self._db: Database | None = None
        self.today: dt.date | None = None  # None: the computer's date
        self.model = DaySessionsModel(self)
        view = self.ui.sessions_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DaySessionsModel.PROGRAMME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DaySessionsModel.FACTORY, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(max(44, view.fontMetrics().height() + 16))
        view.activated.connect(self._activated)
        view.selectionModel().selectionChanged.connect(lambda *_args: self._enable())
        self.ui.open_button.clicked.connect(self.open_current)
        self.ui.open_button.setMinimumHeight(44)
        self.statuses_panel = StatusesPanel(self)
        self.ui.statuses_layout.addWidget(self.statuses_panel)
        self.day_windows: list[QDialog] = []
        self._show([])

    # --- what the main window asks -----------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.statuses_panel.set_database(db)
        self.refresh()

    def refresh(self) -> None:
        from factory_desk.services.attendance import sessions_around

        if self._db is None:
            self._show([])
            return
        today = self.today or clock.today()
        try:
            rows = sessions_around(self._db, today)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self.model.today = today
        self._show(rows)

    def page_shown(self) -> None:
        self.refresh()

    def focus_first(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.sessions_tab)
        self.ui.sessions_view.setFocus()

    # --- the list ---------------------------------------------------------------------------------------------
    def _show(self, rows: Sequence[DaySession]) -> None:
        keep = self.current_session()
        self.model.set_rows(rows)
        view = self.ui.sessions_view
        view.setVisible(bool(rows))
        self.ui.empty_label.setVisible(not rows)
        if not rows:
            self._enable()
            return
        today = self.model.today
        # The session asked for again, else today's first (or the next one to come), else the last one held.
        chosen = next((i for i, r in enumerate(rows) if r.session_id == keep), None)
        if chosen is None:
            chosen = next((i for i, r in enumerate(rows) if r.date >= today), len(rows) - 1)
        view.selectRow(chosen)
        self._enable()

    def current_session(self) -> int | None:
        index = self.ui.sessions_view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).session_id

    def _enable(self) -> None:
        self.ui.open_button.setEnabled(self.current_session() is not None)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_day(self.model.row_at(index.row()).session_id, self.model.row_at(index.row()).day_no)

    def open_current(self) -> None:
        index = self.ui.sessions_view.currentIndex()
        if index.isValid():
            self._activated(index)

    def open_day(self, session_id: int, day_no: int = 1) -> None:
        """The session's training day window, on day `day_no` of its attendance."""
        if self._db is None:
            return
        from factory_desk.ui.attendance.day_window import TrainingDayWindow

        window = TrainingDayWindow(self._db, session_id, self, day_no=day_no)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.attendance.changed.connect(self.refresh)
        window.finished.connect(lambda _result, w=window: self.day_windows.remove(w)
                                if w in self.day_windows else None)
        self.day_windows.append(window)
        window.open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
        super().changeEvent(event)
