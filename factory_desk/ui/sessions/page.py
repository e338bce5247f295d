"""The Sessions page: the start page (Today), the calendar, and the reference lists sessions are made of —
factories, programmes and trainers. New sessions, series, the group planner and calendar files start here;
a session opens in its own window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QMenu, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import day_text
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_sessions_page import Ui_SessionsPage
from factory_desk.ui.look import make_title
from factory_desk.ui.sessions.calendar_view import CalendarView
from factory_desk.ui.sessions.today_panel import TodayPanel
from factory_desk.ui.user import desk_user
from factory_desk.ui.widgets.dates import to_date

if TYPE_CHECKING:
    from factory_desk.store.database import Database
    from factory_desk.ui.reference.panel import ReferencePanel


def next_working_day(day: dt.date) -> dt.date:
    """`day`, or the Monday after it when it falls on a weekend (where a new session is proposed)."""
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


class SessionsPage(QWidget):
    problem = Signal(str)  # a sentence for the user when the database cannot be read
    message = Signal(str)  # a sentence for the status bar (a session moved, a file saved)
    project_activated = Signal(int)  # a project's follow-up chosen on the Today tab (the Projects area opens it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionsPage()
        self.ui.setupUi(self)
        make_title(self.ui.title_label)
        self._db: Database | None = None
        self._loaded: set[QWidget] = set()  # tabs read since the database was opened or changed
        self.today = TodayPanel(self)
        self.ui.today_layout.addWidget(self.today)
        self.calendar = CalendarView(self)
        self.ui.calendar_layout.addWidget(self.calendar)
        from factory_desk.ui.reference.factories_panel import FactoriesPanel
        from factory_desk.ui.reference.programmes_panel import ProgrammesPanel
        from factory_desk.ui.reference.trainers_panel import TrainersPanel

        self.factories = FactoriesPanel(self)
        self.programmes = ProgrammesPanel(self)
        self.trainers = TrainersPanel(self)
        self.ui.factories_layout.addWidget(self.factories)
        self.ui.programmes_layout.addWidget(self.programmes)
        self.ui.trainers_layout.addWidget(self.trainers)
        self._panels: dict[QWidget, TodayPanel | CalendarView | ReferencePanel] = {
            self.ui.today_tab: self.today, self.ui.calendar_tab: self.calendar,
            self.ui.factories_tab: self.factories, self.ui.programmes_tab: self.programmes,
            self.ui.trainers_tab: self.trainers}
        for panel in self._panels.values():
            panel.problem.connect(self.problem)
        for panel in (self.factories, self.programmes, self.trainers):
            panel.changed.connect(self._reference_changed)
        self.today.session_activated.connect(self.open_session)
        self.today.project_activated.connect(self.project_activated)
        self.calendar.session_activated.connect(self.open_session)
        self.calendar.day_activated.connect(self._new_session_on)
        self.calendar.session_dropped.connect(self.move_session)
        self.addAction(self.ui.action_new_session)  # Ctrl+N anywhere on the page, except where a tab has its own
        self.ui.action_new_session.triggered.connect(self.new_session)
        self.ui.new_session_button.clicked.connect(self.new_session)
        self.ui.new_series_button.clicked.connect(self.new_series)
        self.ui.planner_button.clicked.connect(self.plan_groups)
        self.calendar_menu = QMenu(self)
        self.ui.calendar_file_button.setMenu(self.calendar_menu)
        self._factory_plan = self.calendar_menu.addAction("")
        self._factory_plan.triggered.connect(self._save_factory_calendar)
        self._trainer_plan = self.calendar_menu.addAction("")
        self._trainer_plan.triggered.connect(self._save_trainer_calendar)
        self.ui.area_tabs.currentChanged.connect(self._tab_changed)
        self._retranslate()

    # The page protocol of the main window
    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._loaded.clear()
        for panel in self._panels.values():
            panel.set_database(db)
        for button in (self.ui.new_session_button, self.ui.new_series_button, self.ui.planner_button,
                       self.ui.calendar_file_button):
            button.setEnabled(db is not None)

    def page_shown(self) -> None:
        self._show_current(force=False)

    def refresh(self) -> None:
        """F5: read the current tab again."""
        self._loaded.clear()
        self._show_current(force=True)

    def focus_first(self) -> None:
        self.ui.area_tabs.currentWidget().setFocus()
        self._panels[self.ui.area_tabs.currentWidget()].focus_first()

    def _tab_changed(self, _index: int) -> None:
        self._show_current(force=False)

    def _show_current(self, *, force: bool) -> None:
        tab = self.ui.area_tabs.currentWidget()
        if self._db is None or (tab in self._loaded and not force):
            return
        self._loaded.add(tab)
        self._panels[tab].refresh()

    def _stale(self) -> None:
        """Sessions changed: every tab that shows them reads them again when next shown."""
        self._loaded.discard(self.ui.today_tab)
        self._loaded.discard(self.ui.calendar_tab)
        self._show_current(force=False)

    def _reference_changed(self) -> None:
        """A factory, programme or trainer changed (on the tab shown): the other tabs read again when shown."""
        self._loaded.clear()
        self.calendar.reload_factories()
        self._loaded.add(self.ui.area_tabs.currentWidget())

    # Sessions
    def open_session(self, session_id: int) -> None:
        from PySide6.QtCore import Qt

        from factory_desk.ui.sessions.session_dialog import SessionDialog

        if self._db is None:
            return
        dialog = SessionDialog(self._db, session_id, self, user_name=desk_user())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._stale)
        self.session_window = dialog
        dialog.open()

    def _chosen_day(self) -> dt.date | None:
        if self.ui.area_tabs.currentWidget() is not self.ui.calendar_tab:
            return None
        day = self.calendar.selected_date()
        return to_date(day) if day.isValid() else None

    def new_session(self, day: dt.date | None = None) -> None:
        self._edit_new(day or self._chosen_day(), series=False)

    def _new_session_on(self, day: QDate) -> None:
        self._edit_new(to_date(day), series=False)

    def new_series(self) -> None:
        self._edit_new(self._chosen_day(), series=True)

    def _edit_new(self, day: dt.date | None, *, series: bool) -> None:
        from factory_desk.ui.sessions.session_editor import SessionEditor

        if self._db is None:
            return
        try:
            editor = SessionEditor(self._db, self, day=day or next_working_day(clock.today()), series=series,
                                   factory_id=self.calendar.factory_id(), user_name=desk_user())
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self.editor = editor
        editor.accepted.connect(lambda: self._planned(editor.saved_ids, series))
        editor.open()

    def _planned(self, ids: list[int], series: bool) -> None:
        if not ids:
            return
        self.message.emit(self.tr("Sessions planned: {n}.").format(n=len(ids)))
        self._stale()
        if len(ids) == 1 and not series:
            self.open_session(ids[0])

    def move_session(self, session_id: int, day: QDate) -> None:
        """A session dragged to another day: the same checks as an edit; conflicts need a reason."""
        from factory_desk.services.sessions import move_session
        from factory_desk.ui.sessions.conflicts import with_override
        from factory_desk.ui.sessions.session_editor import interface_language

        if self._db is None:
            return
        db = self._db
        first = to_date(day)
        try:
            done, _ = with_override(self, lambda reason: move_session(
                db, session_id, first, override_reason=reason, user_name=desk_user(), language=interface_language()),
                self.tr("Moving the session to {date}:").format(date=day_text(first)))
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            done = False
        if done:
            self.message.emit(self.tr("The session was moved to {date}.").format(date=day_text(first)))
        self._stale()
        self.calendar.refresh()

    def plan_groups(self) -> None:
        from factory_desk.ui.sessions.planner_dialog import PlannerDialog

        if self._db is None:
            return
        dialog = PlannerDialog(self._db, None, self, user_name=desk_user())
        dialog.accepted.connect(lambda: self.message.emit(dialog.summary))
        dialog.finished.connect(lambda _result: self._stale())
        self.planner = dialog
        dialog.open()

    def _save_factory_calendar(self) -> None:
        from factory_desk.ui.sessions.calendar_files import save_factory_calendar

        if self._db is not None:
            save_factory_calendar(self, self._db, self.message.emit)

    def _save_trainer_calendar(self) -> None:
        from factory_desk.ui.sessions.calendar_files import save_trainer_calendar

        if self._db is not None:
            save_trainer_calendar(self, self._db, self.message.emit)

    def _retranslate(self) -> None:
        self._factory_plan.setText(self.tr("A factory's plan…"))
        self._trainer_plan.setText(self.tr("A trainer's schedule…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
