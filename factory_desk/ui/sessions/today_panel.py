"""The start page of the Sessions area: what needs the coordinator today.

Five short lists side by side: today's and this week's sessions on the left; on the right, groups under
their minimum in the next two weeks, sessions held whose report is not done, and waiting lists that can be
promoted. Each is read by one call of `services.calendar.today_overview`. Enter or a double-click opens
a session; Tab goes from list to list. Under them, improvement projects' follow-ups due this week or overdue:
Enter or a double-click there opens the project (on its follow-ups).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_today_panel import Ui_TodayPanel
from factory_desk.ui.look import scaled
from factory_desk.ui.sessions.calendar_view import (
    WARNING_COLOUR,
    fill_text,
    hours,
    programme_text,
    session_tooltip,
    status_colour,
)
from factory_desk.ui.widgets.dates import to_qdate
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.calendar import CalendarEntry, TodayOverview
    from factory_desk.services.project_results import DueFollowUp
    from factory_desk.store.database import Database

SECTIONS = ("today", "week", "under", "held", "promotable")


class SessionListModel(RowsTableModel["CalendarEntry"]):
    """One section's sessions: date, time, programme (with its status colour), factory, fill. The factory is
    shown by its code (КИР), as in the calendar, so the programme keeps the room; the tooltip names it in full."""

    DATE, TIME, PROGRAMME, FACTORY, FILL = range(5)
    COLUMN_COUNT = 5
    SESSION_ID_ROLE = Qt.ItemDataRole.UserRole

    def headers(self) -> tuple[str, ...]:
        return self.tr("Date"), self.tr("Time"), self.tr("Programme"), self.tr("Factory"), self.tr("Fill")

    def session_id(self, row: int) -> int:
        return self._rows[row].session_id

    def cell(self, row: CalendarEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return QLocale().toString(to_qdate(row.date), "ddd, dd.MM")
            return (None, hours(row), programme_text(row), row.factory_code or row.factory, fill_text(row))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return session_tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROGRAMME:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FILL and row.is_short:
            return WARNING_COLOUR
        if role == Qt.ItemDataRole.FontRole and row.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == self.SESSION_ID_ROLE:
            return row.session_id
        return None


class FollowUpsModel(RowsTableModel["DueFollowUp"]):
    """Follow-ups of improvement projects due within a week or overdue: date, the project (and its organisation),
    and when: overdue by N days in orange, today, or in N days. The project's title has the room; the tooltip
    names everything in full."""

    DATE, PROJECT, WHEN = range(3)
    COLUMN_COUNT = 3
    PROJECT_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = clock.today()  # the day the list is read for (the Today page's day)

    def project_id(self, row: int) -> int:
        return self._rows[row].project_id

    def headers(self) -> tuple[str, ...]:
        return self.tr("Date"), self.tr("Project"), self.tr("Due")

    def when(self, row: DueFollowUp) -> str:
        if row.overdue:
            return self.tr("overdue by {days} d").format(days=row.days_late)
        days = (row.due_date - self.today).days
        return self.tr("today") if days <= 0 else self.tr("in {days} d").format(days=days)

    def cell(self, row: DueFollowUp, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return QLocale().toString(to_qdate(row.due_date), "ddd, dd.MM")
            if column == self.WHEN:
                return self.when(row)
            return " — ".join(filter(None, (row.title, row.organisation)))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(filter(None, (row.title, row.organisation, self.tr("Leader: {name}").format(
                name=row.leader) if row.leader else "")))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WHEN and row.overdue:
            return WARNING_COLOUR
        if role == self.PROJECT_ID_ROLE:
            return row.project_id
        return None


class TodayPanel(QWidget):
    session_activated = Signal(int)  # Enter or a double-click on a session
    project_activated = Signal(int)  # Enter or a double-click on a project's follow-up
    problem = Signal(str)  # a sentence for the user when the database cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._overview: TodayOverview | None = None
        self.ui.date_label.setFont(scaled(self.ui.date_label.font(), 1.25, bold=True))
        self.models: dict[str, SessionListModel] = {}
        for key in SECTIONS:
            model = SessionListModel(self)
            view = self.view(key)
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(SessionListModel.PROGRAMME, QHeaderView.ResizeMode.Stretch)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
            view.activated.connect(self._activated)  # Enter, and double-click
            heading = self.heading(key)
            heading.setFont(scaled(heading.font(), 1.1, bold=True))
            self.models[key] = model
        self.view("today").setColumnHidden(SessionListModel.DATE, True)  # it is today
        self.follow_ups = FollowUpsModel(self)
        self._due: list[DueFollowUp] = []
        view = self.ui.followups_view
        view.setModel(self.follow_ups)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FollowUpsModel.PROJECT, QHeaderView.ResizeMode.Stretch)  # «late» stays whole
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.activated.connect(self._activated)  # Enter, and double-click: the project, on its follow-ups
        self.ui.followups_label.setFont(scaled(self.ui.followups_label.font(), 1.1, bold=True))
        self._show()

    # --- what the page asks -----------------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._overview = None
        self._show()

    def refresh(self, today: dt.date | None = None) -> None:
        """Read the sections again (for `today`, by default the computer's date)."""
        self._overview = None
        if self._db is not None:
            from factory_desk.services.calendar import today_overview
            from factory_desk.services.project_results import due_follow_ups

            try:
                self._overview = today_overview(self._db, today)
                self._due = due_follow_ups(self._db, self._overview.day)
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        self._show()

    def focus_first(self) -> None:
        for key in SECTIONS:
            if self.view(key).isVisibleTo(self):
                self.view(key).setFocus()
                if not self.view(key).currentIndex().isValid():
                    self.view(key).setCurrentIndex(self.models[key].index(0, 0))
                return
        self.setFocus()

    def view(self, key: str) -> QTableView:
        return getattr(self.ui, f"{key}_view")  # type: ignore[no-any-return]

    def heading(self, key: str) -> QLabel:
        return getattr(self.ui, f"{key}_label")  # type: ignore[no-any-return]

    def empty_label(self, key: str) -> QLabel:
        return getattr(self.ui, f"{key}_empty_label")  # type: ignore[no-any-return]

    def sessions(self, key: str) -> list[CalendarEntry]:
        """The sessions a section lists."""
        return list(self.models[key].rows())

    # --- showing ----------------------------------------------------------------------------------------------
    def _titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "week": self.tr("This week"),
            "under": self.tr("Under the minimum in the next two weeks"),
            "held": self.tr("Held, report not done"),
            "promotable": self.tr("Waiting lists that can be promoted"),
        }

    def _empty_sentences(self) -> dict[str, str]:
        return {
            "today": self.tr("No sessions today."),
            "week": self.tr("No sessions this week."),
            "under": self.tr("Every group in the next two weeks has at least its minimum."),
            "held": self.tr("Every session held has its report."),
            "promotable": self.tr("Nobody is waiting for a place that is free."),
        }

    def _show(self) -> None:
        overview = self._overview
        lists: dict[str, Sequence[CalendarEntry]] = {key: [] for key in SECTIONS}
        day = QDate(clock.today())
        if overview is not None:
            lists = {"today": overview.today, "week": overview.this_week, "under": overview.under_minimum,
                     "held": overview.held_without_report, "promotable": overview.promotable}
            day = to_qdate(overview.day)
        text = QLocale().toString(day, QLocale.FormatType.LongFormat)
        self.ui.date_label.setText(text[:1].upper() + text[1:])  # «Воскресенье, 22 ноября 2026 г.»
        titles, empty = self._titles(), self._empty_sentences()
        for key in SECTIONS:
            entries = lists[key]
            self.models[key].set_rows(entries)
            self.heading(key).setText(f"{titles[key]} ({len(entries)})" if entries
                                      else titles[key])
            view, sentence = self.view(key), self.empty_label(key)
            view.setVisible(bool(entries))
            sentence.setVisible(not entries)
            sentence.setText(empty[key] if overview is not None else "")
            self._fit(view, len(entries))
        due = self._due if overview is not None else []
        if overview is not None:
            self.follow_ups.today = overview.day
        self.follow_ups.set_rows(due)
        self.ui.followups_label.setText(self.tr("Project follow-ups") + (f" ({len(due)})" if due else ""))
        self.ui.followups_view.setVisible(bool(due))
        self.ui.followups_empty_label.setVisible(not due)
        self.ui.followups_empty_label.setText(
            self.tr("No project follow-up is due this week.") if overview is not None else "")
        self._fit(self.ui.followups_view, len(due))

    def _fit(self, view: QTableView, rows: int) -> None:
        """A section is as tall as its rows; when the page is too short for them all, the long lists share what
        is left and scroll inside (each keeps at least three rows in view)."""
        row_height = view.verticalHeader().defaultSectionSize()
        frame = 2 * view.frameWidth()
        view.setMinimumHeight(frame + row_height * min(rows, 3))
        view.setMaximumHeight(frame + row_height * max(1, rows))

    def _activated(self, index: QModelIndex) -> None:
        model = index.model()
        if index.isValid() and isinstance(model, SessionListModel):
            self.session_activated.emit(model.session_id(index.row()))
        elif index.isValid() and isinstance(model, FollowUpsModel):
            self.project_activated.emit(model.project_id(index.row()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for model in self.models.values():
                model.retranslate()
            self._show()
        super().changeEvent(event)
