"""The Today panel: its five sections with their sessions and fill, one sentence for an empty section, Enter
and double-click to open a session, Tab from list to list."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from factory_desk.domain.models import Enrolment, Factory, Person, Programme, SessionDay, TrainingSession
from factory_desk.ui.sessions.today_panel import SECTIONS, SessionListModel, TodayPanel

TODAY = dt.date(2026, 11, 18)  # a Wednesday


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def place(db):
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        people = [Person(surname=f"Участник{n:02}", first_name="Пётр") for n in range(20)]
        s.add_all([factory, lean, *people])
        s.flush()
        return {"factory": factory.id, "lean": lean.id, "people": [p.id for p in people]}


def add_session(db, place, first: dt.date, *, status="open", enrolled=0, waiting=0) -> int:
    with db.write() as s:
        training = TrainingSession(programme_id=place["lean"], factory_id=place["factory"], status=status)
        training.days.append(SessionDay(day_no=1, date=first, starts_at=dt.time(9), ends_at=dt.time(17)))
        s.add(training)
        s.flush()
        people = iter(place["people"])
        s.add_all(Enrolment(session_id=training.id, person_id=next(people)) for _ in range(enrolled))
        s.add_all(Enrolment(session_id=training.id, person_id=next(people), status="waitlisted",
                            waitlist_position=n) for n in range(1, waiting + 1))
        return training.id


@pytest.fixture
def make_panel(qtbot, db):  # type: ignore[no-untyped-def]
    def make() -> TodayPanel:
        panel = TodayPanel()
        qtbot.addWidget(panel)
        panel.resize(1240, 700)
        panel.set_database(db)
        panel.refresh(TODAY)
        with qtbot.waitActive(panel):  # keyboard focus needs an active window
            panel.show()
            panel.activateWindow()
        return panel

    return make


def ids(panel: TodayPanel, key: str) -> list[int]:
    return [entry.session_id for entry in panel.sessions(key)]


def test_each_section_lists_its_sessions_with_their_fill(db, place, make_panel):
    # GIVEN a group today under its minimum, one on Friday with people waiting for free places, one held on
    # Monday without its report, and one next month
    today = add_session(db, place, TODAY, enrolled=11, status="confirmed")
    friday = add_session(db, place, day(2), enrolled=14, waiting=2)
    monday = add_session(db, place, day(-2), enrolled=15, status="held")
    add_session(db, place, day(30), enrolled=3)

    # WHEN the panel is shown
    panel = make_panel()

    # THEN each section lists its sessions and says how many in its heading
    assert ids(panel, "today") == [today]
    assert ids(panel, "week") == [monday, today, friday]
    assert ids(panel, "under") == [today]
    assert ids(panel, "held") == [monday]
    assert ids(panel, "promotable") == [friday]
    assert [panel.heading(key).text() for key in SECTIONS] == [
        "Today (1)", "This week (3)", "Under the minimum in the next two weeks (1)", "Held, report not done (1)",
        "Waiting lists that can be promoted (1)"]
    assert panel.ui.date_label.text().startswith("Wednesday") and "2026" in panel.ui.date_label.text()
    # AND each row gives the time, programme, factory (by its code, named in full in the tooltip) and fill
    model = panel.models["promotable"]
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Fri, 20.11", "09:00–17:00", "Основы бережливого производства", "КИР",
        "14 of 16, 2 waiting"]
    assert "Фабрика процессов Кириши" in model.index(0, SessionListModel.FACTORY).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.models["under"].index(0, SessionListModel.FILL).data() == "11 of 16"
    assert panel.view("today").isColumnHidden(SessionListModel.DATE)  # it is today
    # AND no section says it is empty
    assert not any(panel.empty_label(key).isVisible() for key in SECTIONS)


def test_an_empty_section_says_so_in_one_sentence(db, place, make_panel):
    # GIVEN only a session next month
    add_session(db, place, day(30), enrolled=14)

    panel = make_panel()

    # THEN every section says it has nothing, and shows no list
    assert [panel.empty_label(key).text() for key in SECTIONS] == [
        "No sessions today.", "No sessions this week.", "Every group in the next two weeks has at least its minimum.",
        "Every session held has its report.", "Nobody is waiting for a place that is free."]
    assert all(panel.empty_label(key).isVisible() and not panel.view(key).isVisible() for key in SECTIONS)
    assert panel.heading("today").text() == "Today"


def test_enter_and_double_click_open_a_session_and_tab_goes_from_list_to_list(db, place, make_panel, qtbot):
    today = add_session(db, place, TODAY, enrolled=13)
    held = add_session(db, place, day(-1), enrolled=15, status="held")
    panel = make_panel()

    # WHEN the panel takes the focus THEN the first list has it, its first session current
    panel.focus_first()
    assert QApplication.focusWidget() is panel.view("today")
    with qtbot.waitSignal(panel.session_activated) as opened:
        qtbot.keyClick(panel.view("today"), Qt.Key.Key_Return)
    assert opened.args == [today]

    # WHEN Tab is pressed THEN the week's list has the focus, then the held sessions' (the empty ones are skipped)
    qtbot.keyClick(panel.view("today"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.view("week")
    qtbot.keyClick(panel.view("week"), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.view("held")

    # AND a double-click on a session opens it
    view = panel.view("held")
    point = view.visualRect(panel.models["held"].index(0, SessionListModel.PROGRAMME)).center()
    with qtbot.waitSignal(panel.session_activated) as opened:  # a double-click begins with a click
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [held]


def test_without_a_database_nothing_is_listed(qtbot):
    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.refresh()
    assert all(panel.sessions(key) == [] for key in SECTIONS)


def test_the_section_model_is_a_sound_qt_model(db, place, make_panel, qtmodeltester):
    add_session(db, place, TODAY, enrolled=13)
    panel = make_panel()
    qtmodeltester.check(panel.models["week"])


def test_project_follow_ups_due_this_week_or_overdue_are_listed(db, place, make_panel):
    # GIVEN a project with a follow-up overdue by 5 days, one due in 3 days, one next month and one done
    from factory_desk.domain.models import ImprovementProject, Organisation, ProjectFollowUp

    with db.write() as s:
        clinic = Organisation(full_name="ГБУЗ «Кировская поликлиника»")
        project = ImprovementProject(title="Сокращение очереди в регистратуре", organisation=clinic)
        project.follow_ups = [ProjectFollowUp(due_date=day(-5)), ProjectFollowUp(due_date=day(3)),
                              ProjectFollowUp(due_date=day(30)), ProjectFollowUp(due_date=day(-2), done_on=day(-1))]
        s.add_all([clinic, project])
    # WHEN the Today page is shown
    panel = make_panel()
    # THEN the two open ones of this week are listed, the overdue one first and said to be late
    model = panel.follow_ups
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [["Fri, 13.11", "Сокращение очереди в регистратуре — ГБУЗ «Кировская поликлиника»",
                     "overdue by 5 d"],
                    ["Sat, 21.11", "Сокращение очереди в регистратуре — ГБУЗ «Кировская поликлиника»", "in 3 d"]]
    assert panel.ui.followups_label.text() == "Project follow-ups (2)"
    assert not panel.ui.followups_empty_label.isVisibleTo(panel)


def test_without_follow_ups_the_section_says_so(db, place, make_panel):
    panel = make_panel()
    assert panel.follow_ups.rowCount() == 0
    assert panel.ui.followups_empty_label.text() == "No project follow-up is due this week."


def test_enter_or_a_double_click_on_a_follow_up_asks_for_its_project(db, place, make_panel, qtbot):
    # GIVEN two projects with a follow-up due this week each
    from factory_desk.domain.models import ImprovementProject, ProjectFollowUp

    with db.write() as s:
        queue = ImprovementProject(title="Сокращение очереди в регистратуре",
                                   follow_ups=[ProjectFollowUp(due_date=day(-1))])
        store = ImprovementProject(title="Бережливый склад", follow_ups=[ProjectFollowUp(due_date=day(2))])
        s.add_all([queue, store])
        s.flush()
        ids = [queue.id, store.id]
    panel = make_panel()
    view, model = panel.ui.followups_view, panel.follow_ups
    assert [model.index(r, model.PROJECT).data() for r in range(model.rowCount())] == [
        "Сокращение очереди в регистратуре", "Бережливый склад"]
    # WHEN the user presses Enter on the first THEN its project is asked for
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.PROJECT))
    with qtbot.waitSignal(panel.project_activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [ids[0]]
    # AND a double-click on the second asks for that one
    point = view.visualRect(model.index(1, model.PROJECT)).center()
    with qtbot.waitSignal(panel.project_activated) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [ids[1]]
    assert model.index(1, model.DATE).data(model.PROJECT_ID_ROLE) == ids[1]
