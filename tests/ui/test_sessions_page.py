"""The Sessions page in the main window: the start page, a session planned from the page, opened from the
calendar, and a session dragged to another day with the same checks as an edit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog

from factory_desk.domain import clock
from factory_desk.domain.models import Factory, Programme, Trainer
from factory_desk.services.sessions import SessionDraft, create_session, get_session
from factory_desk.ui.sessions.session_dialog import SessionDialog
from factory_desk.ui.sessions.session_editor import SessionEditor

MONDAY = dt.date(2031, 3, 3)


@pytest.fixture
def place(window):
    with window.database.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства", min_group=2, max_group=3)
        lead = Trainer(surname="Смирнова", first_name="Ольга", factories=[factory])
        s.add_all([factory, programme, lead])
        s.flush()
        return {"factory": factory.id, "programme": programme.id, "lead": lead.id}


def test_the_app_opens_on_the_sessions_start_page(window):
    page = window.sessions_page
    assert window.ui.page_stack.currentWidget() is page
    assert page.ui.area_tabs.currentWidget() is page.ui.today_tab
    assert [page.ui.area_tabs.tabText(i).replace("&", "") for i in range(page.ui.area_tabs.count())] == [
        "Today", "Calendar", "Factories", "Programmes", "Trainers"]


def test_ctrl_n_plans_a_session_that_then_opens_in_its_window(window, place, qtbot, shown):
    page = window.sessions_page
    page.ui.area_tabs.setCurrentWidget(page.ui.calendar_tab)
    page.calendar.show_date(QDate(2031, 3, 3))
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert isinstance(editor, SessionEditor) and editor.isVisible()
    assert editor.ui.first_date_edit.date() == QDate(2031, 3, 3)
    editor.ui.lead_combo.setCurrentIndex(editor.ui.lead_combo.findData(place["lead"]))
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    # THEN the new session's window is open, and the calendar shows it on its day
    window_ = page.session_window
    assert isinstance(window_, SessionDialog) and window_.isVisible()
    assert window_.ui.heading_label.text() == "Основы бережливого производства"
    assert window.ui.status_bar.currentMessage() == "Sessions planned: 1."
    window_.reject()
    page.ui.area_tabs.setCurrentWidget(page.ui.calendar_tab)
    assert [e.programme for e in page.calendar.entries()] == ["Основы бережливого производства"]


def test_a_session_dragged_onto_a_holiday_asks_for_a_reason_and_moves(window, place, monkeypatch):
    db = window.database
    session_id = create_session(db, SessionDraft(programme_id=place["programme"], factory_id=place["factory"],
                                                 dates=[MONDAY], trainer_ids=[place["lead"]]))
    page = window.sessions_page
    asked = []

    def reason(_parent, _title, prompt, *_args, **_kwargs):
        asked.append(prompt)
        return "Группа из вахтовиков, праздник у них рабочий", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(reason))
    # WHEN the session is dropped on 9 May 2031 (Victory Day, a public holiday in Russia)
    page.move_session(session_id, QDate(2031, 5, 9))
    # THEN the holiday was named, the reason asked, and the session moved
    assert asked and "09.05.2031" in asked[0]
    assert get_session(db, session_id).days[0][1] == dt.date(2031, 5, 9)
    assert window.ui.status_bar.currentMessage() == "The session was moved to 09.05.2031."


def test_a_factory_added_on_its_tab_is_offered_by_the_calendar_filter(window, place, qtbot, shown):
    from factory_desk.ui.reference.factory_dialog import FactoryDialog

    # GIVEN the calendar filtered on the factory of `place` (added after the window opened the database)
    page = window.sessions_page
    page.set_database(window.database)
    page.ui.area_tabs.setCurrentWidget(page.ui.calendar_tab)
    combo = page.calendar.ui.factory_combo
    combo.setCurrentIndex(combo.findData(place["factory"]))
    assert page.calendar.factory_id() == place["factory"]
    # WHEN a factory is added on the Factories tab
    page.ui.area_tabs.setCurrentWidget(page.ui.factories_tab)
    page.factories.add()
    qtbot.waitUntil(lambda: len(shown(FactoryDialog)) == 1)
    dialog = shown(FactoryDialog)[0]
    dialog.ui.name_edit.setText("Фабрика процессов Тосно")
    dialog.ui.code_edit.setText("ТСН")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    # THEN the calendar's filter lists it, and the factory chosen there stays chosen
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All factories", "Фабрика процессов Кириши", "Фабрика процессов Тосно"]
    assert page.calendar.factory_id() == place["factory"]


@pytest.mark.parametrize(("plan", "chosen", "suggested"), [
    ("_factory_plan", "Фабрика процессов Кириши", "plan Фабрика процессов Кириши.ics"),
    ("_trainer_plan", "Смирнова Ольга", "schedule Смирнова Ольга.ics"),
])
def test_a_factorys_plan_and_a_trainers_schedule_are_saved_as_calendar_files(window, place, qtbot, monkeypatch,
                                                                           tmp_path, plan, chosen, suggested):
    # GIVEN a session this month
    today = clock.today()
    create_session(window.database, SessionDraft(programme_id=place["programme"], factory_id=place["factory"],
                                                 dates=[today.replace(day=1)], trainer_ids=[place["lead"]]))
    page = window.sessions_page
    asked = []

    def which(_parent, _title, question, names, *_args):
        asked.append((question, names))
        return chosen, True

    def where(_parent, _title, proposed, *_args):
        asked.append(proposed)
        return str(tmp_path / "plan"), ""

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(which))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(where))
    # WHEN the factory's plan (or the trainer's schedule) is chosen from the calendar-file menu
    getattr(page, plan).trigger()
    # THEN the coordinator chose from the list, the file got a name and its ending, and holds the session
    qtbot.waitUntil(lambda: window.ui.status_bar.currentMessage().startswith("Saved the calendar file"))
    question, names = asked[0]
    assert names == [chosen]
    assert "from " + today.replace(day=1).strftime("%d.%m.%Y") in question
    assert asked[1].endswith(suggested)
    assert "Основы бережливого производства" in (tmp_path / "plan.ics").read_text(encoding="utf-8")
