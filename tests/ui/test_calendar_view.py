"""The calendar view: a month with sessions on their days, the week and the list, turning the period, opening
a session by mouse or keyboard, planning on an empty day, dragging a session to another day, the factory
filter."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from factory_desk.domain import clock
from factory_desk.domain.models import (
    Enrolment,
    Factory,
    Person,
    Programme,
    SessionDay,
    Trainer,
    TrainingSession,
    session_trainer,
)
from factory_desk.ui.sessions.calendar_view import LIST, MONTH, WEEK, CalendarListModel, CalendarView, DayGrid

WEDNESDAY = dt.date(2026, 11, 18)


def add_session(db, place, *dates, factory="kirishi", status="open", enrolled=0, waiting=0, starts=dt.time(9),
                trainers=("petrov",)):
    with db.write() as s:
        training = TrainingSession(programme_id=place["lean"], factory_id=place[factory], status=status,
                                   cancel_reason="Тренер заболел" if status == "cancelled" else None)
        for number, day in enumerate(dates, start=1):
            training.days.append(SessionDay(day_no=number, date=day, starts_at=starts,
                                            ends_at=dt.time(starts.hour + 8)))
        s.add(training)
        s.flush()
        people = iter(place["people"])
        s.add_all(Enrolment(session_id=training.id, person_id=next(people)) for _ in range(enrolled))
        s.add_all(Enrolment(session_id=training.id, person_id=next(people), status="waitlisted",
                            waitlist_position=n) for n in range(1, waiting + 1))
        for n, key in enumerate(trainers):
            s.execute(session_trainer.insert().values(session_id=training.id, trainer_id=place[key],
                                                      role="lead" if n == 0 else "assistant"))
        return training.id


@pytest.fixture
def place(db):
    with db.write() as s:
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР")
        tikhvin = Factory(name="Фабрика процессов Тихвин", code="ТИХ")
        lean = Programme(name="Основы бережливого производства")
        petrov = Trainer(surname="Петров", first_name="Иван", patronymic="Сергеевич")
        people = [Person(surname=f"Участник{n:02}", first_name="Пётр") for n in range(20)]
        s.add_all([kirishi, tikhvin, lean, petrov, *people])
        s.flush()
        return {"kirishi": kirishi.id, "tikhvin": tikhvin.id, "lean": lean.id, "petrov": petrov.id,
                "people": [p.id for p in people]}


@pytest.fixture
def sessions(db, place):
    """An open group on Wednesday 18 November 2026, a full one at Тихвин the same day, a cancelled one on the 20th,
    a two-day one on 24–25 November, one in October and one in December."""
    return {
        "open": add_session(db, place, WEDNESDAY, enrolled=11, waiting=2),
        "tikhvin": add_session(db, place, WEDNESDAY, factory="tikhvin", starts=dt.time(10), enrolled=16,
                               status="confirmed"),
        "cancelled": add_session(db, place, dt.date(2026, 11, 20), status="cancelled"),
        "two_days": add_session(db, place, dt.date(2026, 11, 24), dt.date(2026, 11, 25)),
        "october": add_session(db, place, dt.date(2026, 10, 14)),
        "december": add_session(db, place, dt.date(2026, 12, 9)),
    }


@pytest.fixture
def view(qtbot, db, sessions):  # type: ignore[no-untyped-def]
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(1240, 720)
    with qtbot.waitActive(view):  # keyboard focus needs an active window
        view.show()
        view.activateWindow()
    view.set_database(db)
    view.show_date(QDate(2026, 11, 18))
    return view


def day_centre(view: CalendarView, day: dt.date) -> QPoint:
    rect = view.grid.day_rect(day)
    return QPoint(rect.center().x(), rect.bottom() - 4)  # below the sessions: the day's empty space


def item_centre(view: CalendarView, session_id: int, day: dt.date) -> QPoint:
    rect = view.grid.item_rect(session_id, day)
    assert rect is not None, "the session is not drawn on that day"
    return rect.center()


def test_the_month_shows_each_session_on_its_day(view, sessions):
    # GIVEN the calendar turned to November 2026
    assert view.mode() == MONTH
    assert view.ui.period_label.text() == "November 2026"
    # THEN each session is drawn inside its day, the cancelled one too (dimmed), the two-day one on both days
    for key, day in (("open", WEDNESDAY), ("tikhvin", WEDNESDAY), ("cancelled", dt.date(2026, 11, 20)),
                     ("two_days", dt.date(2026, 11, 24)), ("two_days", dt.date(2026, 11, 25))):
        assert view.grid.day_rect(day).contains(item_centre(view, sessions[key], day)), key
    # AND the 6-week grid shows the neighbouring months' days: October's session is out of it, December's 9th too
    assert [e.session_id for e in view.grid.entries_on(WEDNESDAY)] == [sessions["open"], sessions["tikhvin"]]
    assert view.grid.entries_on(dt.date(2026, 10, 14)) == []
    # AND a session's tooltip gives its details
    from factory_desk.ui.sessions.calendar_view import session_tooltip

    text = session_tooltip(view.grid.entries_on(WEDNESDAY)[0])
    assert "Основы бережливого производства" in text and "Петров И. С." in text and "11 of 16, 2 waiting" in text


def test_previous_and_next_turn_the_month_and_today_comes_back(view, qtbot, sessions):
    qtbot.mouseClick(view.ui.previous_button, Qt.MouseButton.LeftButton)
    assert view.ui.period_label.text() == "October 2026"
    assert [e.session_id for e in view.entries()] == [sessions["october"]]
    qtbot.mouseClick(view.ui.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.ui.next_button, Qt.MouseButton.LeftButton)
    assert view.ui.period_label.text() == "December 2026"
    assert sessions["december"] in [e.session_id for e in view.entries()]
    qtbot.mouseClick(view.ui.today_button, Qt.MouseButton.LeftButton)
    today = clock.today()
    assert view.selected_date() == QDate(today.year, today.month, today.day)


def test_switching_to_the_week_and_the_list(view, qtbot, sessions):
    # WHEN the week is chosen THEN the week of the selected day shows, with its sessions in detail
    qtbot.mouseClick(view.ui.week_button, Qt.MouseButton.LeftButton)
    assert view.mode() == WEEK and view.ui.period_label.text() == "16 November – 22 November 2026"
    assert view.period() == (dt.date(2026, 11, 16), dt.date(2026, 11, 22))
    assert view.grid.day_rect(WEDNESDAY).contains(item_centre(view, sessions["tikhvin"], WEDNESDAY))
    # AND ▶ turns a week
    qtbot.mouseClick(view.ui.next_button, Qt.MouseButton.LeftButton)
    assert view.ui.period_label.text() == "23 November – 29 November 2026"
    assert {e.session_id for e in view.entries()} == {sessions["two_days"]}
    # WHEN the list is chosen THEN the month's sessions are rows
    qtbot.mouseClick(view.ui.list_button, Qt.MouseButton.LeftButton)
    assert view.mode() == LIST and view.ui.views_stack.currentWidget() is view.ui.list_page
    assert view.ui.period_label.text() == "November 2026"
    assert view.model.rowCount() == 5  # two on the 18th, the cancelled one, two days of one session
    # AND back to the month
    qtbot.mouseClick(view.ui.month_button, Qt.MouseButton.LeftButton)
    assert view.mode() == MONTH and view.ui.views_stack.currentWidget() is view.ui.grid_page


def test_the_list_rows_say_everything_about_each_day(view, qtbot, sessions, qtmodeltester):
    view.set_mode(LIST)
    model = view.model
    qtmodeltester.check(model)

    def row(n: int) -> list[str]:
        return [model.index(n, column).data() or "" for column in range(model.columnCount())]

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Date", "Time", "Programme", "Factory", "Trainers", "Enrolled", "Waiting", "Status"]
    assert row(0) == ["18.11.2026, Wed", "09:00–17:00", "Основы бережливого производства", "Фабрика процессов Кириши",
                      "Петров И. С.", "11 / 16", "2", "Open for enrolment"]
    assert row(1)[3:] == ["Фабрика процессов Тихвин", "Петров И. С.", "16 / 16", "", "Confirmed"]
    assert row(2)[-1] == "Cancelled" and model.index(2, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert [row(3)[2], row(4)[2]] == ["Основы бережливого производства (day 1 of 2)",
                                      "Основы бережливого производства (day 2 of 2)"]
    # AND Enter on a row opens its session
    view.ui.list_view.setFocus()
    view.ui.list_view.setCurrentIndex(model.index(1, 0))
    with qtbot.waitSignal(view.session_activated) as opened:
        qtbot.keyClick(view.ui.list_view, Qt.Key.Key_Return)
    assert opened.args == [sessions["tikhvin"]]
    assert view.selected_session() == sessions["tikhvin"]
    assert view.selected_date() == QDate(2026, 11, 18)


def test_double_click_opens_a_session_and_an_empty_day_plans_one(view, qtbot, sessions):
    with qtbot.waitSignal(view.session_activated) as opened:
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=item_centre(view, sessions["tikhvin"], WEDNESDAY))
    assert opened.args == [sessions["tikhvin"]]
    assert view.selected_session() == sessions["tikhvin"]
    with qtbot.waitSignal(view.day_activated) as planned:
        qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=day_centre(view, dt.date(2026, 11, 19)))
    assert planned.args == [QDate(2026, 11, 19)]
    assert view.selected_session() is None


def test_the_keyboard_moves_the_day_and_enter_opens_the_session(view, qtbot, sessions):
    # GIVEN the calendar focused on Wednesday the 18th, its first session selected
    view.focus_first()
    grid = view.grid
    assert grid.hasFocus() and view.selected_session() == sessions["open"]
    # WHEN Down is pressed THEN the day's next session is selected; Enter opens it
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert view.selected_session() == sessions["tikhvin"]
    with qtbot.waitSignal(view.session_activated) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [sessions["tikhvin"]]
    # WHEN Down goes past the day's last session THEN it is the same day a week later (its two-day session)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert view.selected_date() == QDate(2026, 11, 25) and view.selected_session() == sessions["two_days"]
    # AND Left and Right move a day; an empty day has no session, and Enter on it plans one
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.selected_date() == QDate(2026, 11, 26) and view.selected_session() is None
    with qtbot.waitSignal(view.day_activated) as planned:
        qtbot.keyClick(grid, Qt.Key.Key_Enter)
    assert planned.args == [QDate(2026, 11, 26)]
    # AND going past the month turns to the next one
    for _ in range(5):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert view.selected_date() == QDate(2026, 12, 1) and view.ui.period_label.text() == "December 2026"
    # AND Page Up turns back a month
    qtbot.keyClick(grid, Qt.Key.Key_PageUp)
    assert view.ui.period_label.text() == "November 2026"


def test_tab_goes_from_the_days_to_the_toolbar(view, qtbot):
    view.focus_first()
    qtbot.keyClick(view.grid, Qt.Key.Key_Tab)
    toolbar = {view.ui.previous_button, view.ui.today_button, view.ui.next_button, view.ui.month_button,
               view.ui.week_button, view.ui.list_button, view.ui.factory_combo}
    assert QApplication.focusWidget() in toolbar
    # AND from the factory filter Tab comes back to the days
    view.ui.factory_combo.setFocus()
    qtbot.keyClick(view.ui.factory_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.grid


def drag_to(view: CalendarView, session_id: int, taken_from: dt.date, target: dt.date) -> None:
    """Drop a session's item on a day through the calendar's own drop handling (a real drag needs a window
    system's mouse)."""
    entry = next(e for e in view.grid.entries_on(taken_from) if e.session_id == session_id)
    data = view.grid.drag_data(entry)
    drop = QDropEvent(QPointF(day_centre(view, target)), Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    view.grid.dropEvent(drop)  # (sent through QApplication, a drop goes only where a drag entered first)
    assert drop.isAccepted()


def test_dragging_a_session_to_another_day_offers_its_new_first_day(view, qtbot, sessions):
    # WHEN the open session is dragged from the 18th to the 19th THEN the page is asked to move it there
    with qtbot.waitSignal(view.session_dropped) as dropped:
        drag_to(view, sessions["open"], WEDNESDAY, dt.date(2026, 11, 19))
    assert dropped.args == [sessions["open"], QDate(2026, 11, 19)]
    # WHEN the second day of the two-day session is dragged a day on THEN the whole session starts a day later
    with qtbot.waitSignal(view.session_dropped) as dropped:
        drag_to(view, sessions["two_days"], dt.date(2026, 11, 25), dt.date(2026, 11, 26))
    assert dropped.args == [sessions["two_days"], QDate(2026, 11, 25)]
    # WHEN a session is dropped back on its own day THEN nothing is asked
    with qtbot.assertNotEmitted(view.session_dropped):
        drag_to(view, sessions["open"], WEDNESDAY, WEDNESDAY)


def test_the_factory_filter_shows_one_factorys_sessions(view, db, place, sessions):
    combo = view.ui.factory_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All factories", "Фабрика процессов Кириши", "Фабрика процессов Тихвин"]
    combo.setCurrentIndex(combo.findData(place["tikhvin"]))
    combo.activated.emit(combo.currentIndex())
    assert view.factory_id() == place["tikhvin"]
    assert [e.session_id for e in view.entries()] == [sessions["tikhvin"]]
    # AND a session added elsewhere shows after a refresh, the filter kept
    later = add_session(db, place, dt.date(2026, 11, 27), factory="tikhvin")
    view.refresh()
    assert [e.session_id for e in view.entries()] == [sessions["tikhvin"], later]
    assert view.grid.item_rect(later, dt.date(2026, 11, 27)) is not None


def test_without_a_database_the_calendar_is_empty_and_says_nothing(qtbot):
    view = CalendarView()
    qtbot.addWidget(view)
    view.refresh()
    assert view.entries() == [] and view.selected_session() is None
    assert view.ui.factory_combo.count() == 1


def test_a_list_model_without_rows_is_a_sound_qt_model(qtmodeltester):
    qtmodeltester.check(CalendarListModel())


def test_the_days_after_today_keep_their_colour_when_another_day_is_selected(qtbot):
    # GIVEN this month's grid, today marked, and a later day selected (as a click on it does)
    today = clock.today()
    first = today.replace(day=1)
    start = first - dt.timedelta(days=first.weekday())
    grid = DayGrid()
    qtbot.addWidget(grid)
    grid.resize(700, 600)
    grid.show_period(MONTH, start, today.month, [], show_factory=True)
    grid.select(start + dt.timedelta(days=41))
    # THEN the day after today is drawn as a day, not filled with the colour of today's mark
    image = grid.grab().toImage()
    after = grid.day_rect(today + dt.timedelta(days=1))
    assert image.pixelColor(after.center()) != grid.palette().color(QPalette.ColorRole.Highlight)
