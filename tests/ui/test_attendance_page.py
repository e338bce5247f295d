"""The Attendance area: the sessions around today with their fill and attendance, opening a training day with
Enter, and the centre's list of attendance statuses."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from factory_desk.domain import clock
from factory_desk.domain.models import Factory, Organisation, Person, Programme, SessionDay, TrainingSession
from factory_desk.services.attendance import mark
from factory_desk.services.attendance_statuses import statuses
from factory_desk.services.enrolment import enrol
from factory_desk.ui.attendance.day_window import TrainingDayWindow
from factory_desk.ui.attendance.page import AttendancePage, DaySessionsModel

TODAY = clock.today()


@pytest.fixture
def sessions(db):
    with db.write() as s:
        plant = Organisation(full_name="АО «Кировский завод»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        office = Programme(name="Фабрика офисных процессов", kind="office")
        s.add_all([plant, factory, lean, office])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id)
                  for surname in ("Агеев", "Борисов", "Волков")]
        found = {}
        for key, programme, day, status in (("past", office, -3, "held"), ("today", lean, 0, "confirmed"),
                                            ("soon", office, 5, "open"), ("far", lean, 20, "open")):
            training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status=status, min_group=1)
            training.days.append(SessionDay(day_no=1, date=TODAY + dt.timedelta(days=day)))
            s.add(training)
            found[key] = training
        s.add_all(people)
        s.flush()
        ids = {key: t.id for key, t in found.items()}
        people_ids = [p.id for p in people]
    enrol(db, ids["today"], people_ids)
    mark(db, ids["today"], people_ids[0], "present")
    return ids


@pytest.fixture
def page(qtbot, db):
    widget = AttendancePage()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_database(db)
    return widget


def _cells(page, column):
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_the_page_lists_the_days_around_today_with_fill_and_attendance(sessions, page):
    assert _cells(page, DaySessionsModel.PROGRAMME) == ["Фабрика офисных процессов", "Основы бережливого производства",
                                                        "Фабрика офисных процессов"]
    assert _cells(page, DaySessionsModel.FILL) == ["0 of 16", "3 of 16", "0 of 16"]
    assert _cells(page, DaySessionsModel.ATTENDANCE) == ["not marked", "1 of 3 marked", "not started"]
    assert page.current_session() == sessions["today"]  # today's session is selected
    assert page.model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_enter_opens_the_training_day_and_the_page_follows_its_marks(qtbot, sessions, page, shown):
    page.focus_first()
    qtbot.keyClick(page.ui.sessions_view, Qt.Key.Key_Return)
    [window] = shown(TrainingDayWindow)
    panel = window.attendance
    assert panel.session_id == sessions["today"] and panel.model.rowCount() == 3
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Down)
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_1)  # Агеев again
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_1)  # Борисов
    assert _cells(page, DaySessionsModel.ATTENDANCE)[1] == "2 of 3 marked"  # the page follows the panel
    window.close()


def test_the_centre_adds_a_status_with_its_key(qtbot, db, page, type_text):
    panel = page.statuses_panel
    page.ui.tabs.setCurrentWidget(page.ui.statuses_tab)
    assert panel.model.rowCount() == 5
    assert not panel.ui.name_edit.isEnabled()  # the first, built in: only its key can change
    qtbot.mouseClick(panel.ui.add_button, Qt.MouseButton.LeftButton)
    type_text(panel.ui.name_edit, "Дистанционно")
    type_text(panel.ui.key_edit, "6")
    panel.ui.counts_check.setChecked(True)
    qtbot.keyClick(panel.ui.name_edit, Qt.Key.Key_Return)
    assert panel.ui.message_label.text() == "Saved."
    assert [(s.name, s.shortcut, s.counts_as_present) for s in statuses(db)][-1] == ("Дистанционно", "6", True)
    # a key in use is refused with a sentence
    qtbot.mouseClick(panel.ui.add_button, Qt.MouseButton.LeftButton)
    type_text(panel.ui.name_edit, "Болен")
    type_text(panel.ui.key_edit, "1")
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
    assert panel.ui.message_label.text() == "The key 1 already marks “Present”: choose another one."
    # the new status moves up and is removed again
    panel.ui.statuses_view.selectRow(5)
    qtbot.mouseClick(panel.ui.up_button, Qt.MouseButton.LeftButton)
    assert [s.code for s in statuses(db)][4] == "custom_1"
    qtbot.mouseClick(panel.ui.remove_button, Qt.MouseButton.LeftButton)
    assert len(statuses(db)) == 5 and panel.ui.message_label.text() == "“Дистанционно” was removed."
