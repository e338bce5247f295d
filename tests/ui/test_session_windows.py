"""The session editor, the session window and the add-people dialog, driven as a coordinator would, over the
real temporary database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from sqlalchemy import select

from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    Trainer,
    TrainingSession,
)
from factory_desk.services.enrolment import enrol, session_roster
from factory_desk.services.sessions import SessionDraft, create_session, get_session
from factory_desk.ui.sessions.add_people_dialog import AddPeopleDialog
from factory_desk.ui.sessions.session_dialog import SessionDialog
from factory_desk.ui.sessions.session_editor import SessionEditor

# A Monday well in the future, so that nothing is "close to its date" and no holiday interferes.
MONDAY = dt.date(2031, 3, 3)


@pytest.fixture
def place(db):
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        other_factory = Factory(name="Фабрика процессов Тихвин", code="ТИХ")
        programme = Programme(name="Основы бережливого производства", min_group=2, max_group=3)
        lead = Trainer(surname="Смирнова", first_name="Ольга", patronymic="Игоревна", factories=[factory])
        other = Trainer(surname="Кузнецов", first_name="Павел", factories=[factory])
        plant = Organisation(full_name="АО «Кировский завод»")
        s.add_all([factory, other_factory, programme, lead, other, plant])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id, position="Мастер")
                  for surname in ("Агеев", "Борисов", "Волков", "Громов", "Дёмин")]
        s.add_all(people)
        s.flush()
        return {"factory": factory.id, "other_factory": other_factory.id, "programme": programme.id,
                "lead": lead.id, "other": other.id, "plant": plant.id, "people": [p.id for p in people]}


def _session(db, place, day=MONDAY, trainers=None):
    return create_session(db, SessionDraft(programme_id=place["programme"], factory_id=place["factory"],
                                           dates=[day], trainer_ids=trainers or [place["lead"]]), status="open")


def _pick(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def _answer(monkeypatch, *answers):
    """QInputDialog.getText / getItem answer with these texts, in order."""
    queue = list(answers)

    def text(*_args, **_kwargs):
        return queue.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(text))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(text))
    return queue


def test_a_new_session_takes_the_programme_defaults_and_is_saved_with_its_trainer(qtbot, db, place):
    # GIVEN the editor for a new session on a Monday
    editor = SessionEditor(db, day=MONDAY, factory_id=place["factory"])
    qtbot.addWidget(editor)
    editor.show()
    # THEN it proposes the programme's group size and the factory's holidays (Russia)
    assert (editor.ui.min_spin.value(), editor.ui.max_spin.value()) == (2, 3)
    assert editor.ui.holidays_combo.currentData() == "RU"
    assert not editor.ui.size_reason_edit.isEnabled()

    # WHEN the coordinator picks the lead trainer and the afternoon, and saves
    _pick(editor.ui.lead_combo, place["lead"])
    editor.ui.starts_time_edit.setTime(QTime(13, 0))
    editor.ui.ends_time_edit.setTime(QTime(17, 30))
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    # THEN the session is in the database as typed
    assert editor.result() == editor.DialogCode.Accepted
    details = get_session(db, editor.saved_ids[0])
    assert details.days[0][1:] == (MONDAY, dt.time(13, 0), dt.time(17, 30))
    assert details.trainers == ("Смирнова Ольга Игоревна",)
    assert (details.min_group, details.max_group, details.status) == (2, 3, "planned")


def test_the_days_of_a_programme_of_several_days_can_each_be_chosen(qtbot, db, place):
    # GIVEN a three-day cycle, and the editor of a new session of it on a Monday
    from factory_desk.ui.sessions.session_days_dialog import SessionDaysDialog

    with db.write() as s:
        cycle = Programme(name="Цикл «Бережливое управление»", days=3, min_group=2, max_group=3)
        s.add(cycle)
        s.flush()
        cycle_id = cycle.id
    editor = SessionEditor(db, day=MONDAY, factory_id=place["factory"])
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.ui.days_button.isVisible()  # the one-day programme is chosen first
    _pick(editor.ui.programme_combo, cycle_id)
    # THEN the days proposed are the working days from the Monday, and «Days…» is offered
    assert editor.ui.days_label.text() == "Days: 03.03, 04.03, 05.03"
    assert editor.ui.days_button.isVisible()

    # WHEN the coordinator opens «Days…» and puts day 2 before day 1
    editor.ui.days_button.click()
    days = editor.days_dialog
    assert isinstance(days, SessionDaysDialog) and len(days.edits) == 3
    days.edits[1].setDate(QDate(2031, 3, 1))
    days.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    # THEN the dialog says what is wrong and stays open
    assert days.isVisible() and days.ui.error_label.text() == "Day 2 must come after day 1."

    # WHEN the cycle is spread over three Mondays instead, and the session saved
    days.edits[1].setDate(QDate(2031, 3, 10))
    days.edits[2].setDate(QDate(2031, 3, 17))
    days.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not days.isVisible()
    assert editor.ui.days_label.text() == "Days: 03.03, 10.03, 17.03"
    _pick(editor.ui.lead_combo, place["lead"])
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    # THEN the session has those three days
    details = get_session(db, editor.saved_ids[0])
    assert [day for _number, day, _starts, _ends in details.days] == [
        MONDAY, dt.date(2031, 3, 10), dt.date(2031, 3, 17)]


def test_a_different_group_size_asks_for_a_reason_before_it_is_saved(qtbot, db, place):
    editor = SessionEditor(db, day=MONDAY, factory_id=place["factory"])
    qtbot.addWidget(editor)
    editor.show()
    # WHEN the coordinator allows five people and saves without a reason
    editor.ui.max_spin.setValue(5)
    assert editor.ui.size_reason_edit.isEnabled()
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    # THEN the editor stays open with a sentence, and nothing is written
    assert editor.isVisible()
    assert editor.ui.message_label.isVisible() and editor.ui.message_label.text()
    with db.read() as s:
        assert s.scalar(select(TrainingSession.id)) is None
    # WHEN the reason is given
    editor.ui.size_reason_edit.setText("Большой цех, две смены")
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    # THEN it is saved with it
    details = get_session(db, editor.saved_ids[0])
    assert (details.max_group, details.group_size_reason) == (5, "Большой цех, две смены")


def test_a_double_booked_trainer_is_shown_before_saving_and_needs_a_reason(qtbot, db, place):
    # GIVEN the lead trainer already has a session that Monday
    _session(db, place)
    editor = SessionEditor(db, day=MONDAY, factory_id=place["other_factory"])
    qtbot.addWidget(editor)
    editor.show()

    # WHEN the same trainer is chosen for another factory at the same time
    _pick(editor.ui.lead_combo, place["lead"])
    editor.check()

    # THEN the conflict is shown in a plain sentence and the button says "Save anyway"
    assert editor.ui.conflicts_frame.isVisible()
    assert "Смирнова" in editor.ui.conflicts_label.text()
    save = editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Save anyway"
    # WHEN saved without a reason: refused, nothing new written
    save.click()
    assert editor.isVisible()
    with db.read() as s:
        assert len(s.scalars(select(TrainingSession.id)).all()) == 1
    # WHEN a reason is given: saved, and the override is in the audit log with it
    editor.ui.override_edit.setText("Ольга Игоревна ведёт обе группы по очереди")
    save.click()
    assert not editor.isVisible()
    with db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "conflict_overridden")).one()
    assert audit.reason == "Ольга Игоревна ведёт обе группы по очереди"


def test_a_series_of_mondays_and_wednesdays_skips_a_public_holiday(qtbot, db, place):
    # GIVEN the series editor from Monday 2 November 2026 (4 November is National Unity Day)
    editor = SessionEditor(db, day=dt.date(2026, 11, 2), series=True, factory_id=place["factory"])
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ui.series_group.isVisible()
    editor.ui.weekday_2_check.setChecked(True)  # Wednesday, besides the Monday already ticked
    editor.ui.until_date_edit.setDate(QDate(2026, 11, 11))
    editor.check()
    # THEN the plan lists the dates and names the skipped holiday
    text = editor.ui.series_label.text()
    assert "02.11, 09.11, 11.11" in text
    assert "04.11.2026" in text
    # WHEN saved
    editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    # THEN three sessions exist, none on the holiday
    with db.read() as s:
        dates = sorted(s.scalars(select(SessionDay.date)).all())
    assert dates == [dt.date(2026, 11, 2), dt.date(2026, 11, 9), dt.date(2026, 11, 11)]


def test_the_session_window_enrols_people_by_organisation_with_a_waiting_list(qtbot, db, place, qtmodeltester):
    session_id = _session(db, place)
    window = SessionDialog(db, session_id)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 0
    assert "0 of 3 places taken" in window.ui.count_label.text()

    # WHEN the coordinator adds the organisation's five people
    window.ui.add_button.click()
    adder = window.adder
    assert isinstance(adder, AddPeopleDialog)
    adder.ui.source_tabs.setCurrentWidget(adder.ui.organisation_tab)
    _pick(adder.ui.organisation_combo, place["plant"])
    adder.show_organisation()
    assert adder.ui.organisation_list.count() == 5
    adder.ui.tick_all_button.click()
    # THEN the dialog says who gets a place and who waits
    assert "Ticked: 5" in adder.ui.chosen_label.text()
    assert "Places: 3; on the waiting list: 2." in adder.ui.chosen_label.text()
    adder.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    # THEN the roster shows three enrolled and two waiting, in order
    assert window.model.rowCount() == 5
    places = [window.model.index(r, window.model.PLACE).data() for r in range(5)]
    assert places == ["enrolled"] * 3 + ["waiting, No. 1", "waiting, No. 2"]
    assert [window.model.index(r, window.model.NUMBER).data() for r in range(5)] == ["1", "2", "3", "4", "5"]
    assert window.ui.message_label.text() == "Enrolled: 3; on the waiting list: 2."
    assert "3 of 3 places taken" in window.ui.count_label.text()
    qtmodeltester.check(window.model, force_py=True)


def test_withdrawing_a_person_gives_the_place_to_the_first_waiting(qtbot, db, place, monkeypatch):
    session_id = _session(db, place)
    enrol(db, session_id, place["people"][:4])  # Агеев, Борисов, Волков enrolled; Громов waiting
    window = SessionDialog(db, session_id)
    qtbot.addWidget(window)
    window.show()
    # WHEN Борисов is selected and withdrawn with a reason
    window.ui.roster_view.selectRow(1)
    assert window.model.index(1, window.model.NAME).data() == "Борисов Иван"
    _answer(monkeypatch, "Заболел")
    window.ui.withdraw_button.click()
    # THEN Громов got the place, and the window says so
    assert "Громов Иван got a place" in window.ui.message_label.text()
    names = [window.model.index(r, window.model.NAME).data() for r in range(window.model.rowCount())]
    assert names == ["Агеев Иван", "Волков Иван", "Громов Иван"]
    assert all(window.model.index(r, window.model.PLACE).data() == "enrolled" for r in range(3))


def test_replacing_a_person_by_a_colleague_keeps_the_place(qtbot, db, place, monkeypatch, shown):
    session_id = _session(db, place)
    enrol(db, session_id, place["people"][:2])
    window = SessionDialog(db, session_id)
    qtbot.addWidget(window)
    window.show()
    window.ui.roster_view.selectRow(0)  # Агеев

    def choose_colleague():
        picker = next(w for w in shown(AddPeopleDialog))
        _pick(picker.ui.organisation_combo, place["plant"])
        picker.show_organisation()
        # the two already in the session are listed as such and cannot be chosen
        taken = [picker.ui.organisation_list.item(r) for r in range(picker.ui.organisation_list.count())
                 if picker.ui.organisation_list.item(r).text().endswith("already in this session")]
        assert sorted(item.text().split(" — ")[0] for item in taken) == ["Агеев Иван", "Борисов Иван"]
        assert not any(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in taken)
        items = picker.ui.organisation_list.findItems("Дёмин Иван", Qt.MatchFlag.MatchStartsWith)
        picker.ui.organisation_list.setCurrentItem(items[0])
        picker.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    _answer(monkeypatch, "Агеев в командировке")
    QTimer.singleShot(0, choose_colleague)
    window.ui.replace_button.click()

    assert "Дёмин Иван takes the place of Агеев Иван" in window.ui.message_label.text()
    roster = session_roster(db, session_id)
    assert [(r.full_name, r.status) for r in roster] == [("Борисов Иван", "enrolled"), ("Дёмин Иван", "enrolled")]
    with db.read() as s:
        old = s.scalars(select(Enrolment).where(Enrolment.person_id == place["people"][0])).one()
    assert (old.status, old.status_reason) == ("replaced", "Агеев в командировке")


def test_a_colleague_not_yet_in_the_register_is_added_on_the_spot_and_takes_the_place(
        qtbot, db, place, monkeypatch, shown):
    session_id = _session(db, place)
    enrol(db, session_id, place["people"][:2])
    window = SessionDialog(db, session_id)
    qtbot.addWidget(window)
    window.show()
    window.ui.roster_view.selectRow(0)  # Агеев

    def add_colleague():
        # WHEN the coordinator types the colleague's name, finds nobody and presses «New person…»
        picker = next(w for w in shown(AddPeopleDialog))
        picker.ui.source_tabs.setCurrentWidget(picker.ui.search_tab)
        picker.ui.search_edit.setText("Новиков Павел Андреевич")
        picker.search()
        assert picker.ui.search_list.count() == 0
        picker.ui.new_person_button.click()
        editor = picker.person_editor
        # THEN the new person's card is filled with the typed name and the colleague's organisation
        assert (editor.ui.surname_edit.text(), editor.ui.first_name_edit.text(),
                editor.ui.patronymic_edit.text()) == ("Новиков", "Павел", "Андреевич")
        assert "Кировский" in editor.ui.organisation_combo.currentText()
        editor.accept()
        # AND once saved he is the one chosen
        assert picker.chosen and next(iter(picker.chosen.values())) == "Новиков Павел Андреевич"
        picker.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    _answer(monkeypatch, "Агеев в командировке")
    QTimer.singleShot(0, add_colleague)
    window.ui.replace_button.click()

    assert "Новиков Павел Андреевич takes the place of Агеев Иван" in window.ui.message_label.text()
    roster = session_roster(db, session_id)
    assert [r.full_name for r in roster] == ["Борисов Иван", "Новиков Павел Андреевич"]


def test_moving_a_person_to_another_session_promotes_the_first_waiting(qtbot, db, place, monkeypatch):
    first = _session(db, place)
    second = _session(db, place, day=MONDAY + dt.timedelta(days=7))
    enrol(db, first, place["people"][:4])
    window = SessionDialog(db, first, today=dt.date(2031, 1, 1))
    qtbot.addWidget(window)
    window.show()
    window.ui.roster_view.selectRow(0)  # Агеев
    labels = _answer(monkeypatch,
                     "10.03.2031 09:00 · Основы бережливого производства · Фабрика процессов Кириши · 0 of 3",
                     "Попросил перенести")
    window.ui.move_button.click()
    assert not labels
    assert "moved to the session of 10.03.2031" in window.ui.message_label.text()
    assert [r.full_name for r in session_roster(db, second)] == ["Агеев Иван"]
    assert [r.full_name for r in session_roster(db, first)] == ["Борисов Иван", "Волков Иван", "Громов Иван"]


def test_the_status_menu_opens_enrolment_and_a_cancellation_needs_a_reason(qtbot, db, place, monkeypatch):
    session_id = create_session(db, SessionDraft(programme_id=place["programme"], factory_id=place["factory"],
                                                 dates=[MONDAY]))
    window = SessionDialog(db, session_id)
    qtbot.addWidget(window)
    window.show()
    actions = {a.text(): a for a in window.status_menu.actions()}
    assert set(actions) == {"Open for enrolment", "Cancel the session…"}
    actions["Open for enrolment"].trigger()
    assert get_session(db, session_id).status == "open"
    assert "Open for enrolment" in window.ui.details_label.text()

    _answer(monkeypatch, "   ")
    next(a for a in window.status_menu.actions() if a.text() == "Cancel the session…").trigger()
    assert get_session(db, session_id).status == "open"
    assert "reason is needed" in window.ui.message_label.text()

    _answer(monkeypatch, "Тренер заболел")
    next(a for a in window.status_menu.actions() if a.text() == "Cancel the session…").trigger()
    details = get_session(db, session_id)
    assert (details.status, details.cancel_reason) == ("cancelled", "Тренер заболел")
    assert not window.ui.add_button.isEnabled()
    assert [a.text() for a in window.status_menu.actions()] == ["Restore the session…"]


def test_enrolling_a_person_booked_elsewhere_that_day_offers_to_leave_them_out(qtbot, db, place, monkeypatch):
    first = _session(db, place)
    with db.write() as s:
        s.add(Trainer(surname="Орлова", first_name="Вера"))
    second = create_session(db, SessionDraft(programme_id=place["programme"], factory_id=place["other_factory"],
                                             dates=[MONDAY]), status="open")
    enrol(db, first, [place["people"][0]])
    adder = AddPeopleDialog(db, second)
    qtbot.addWidget(adder)
    adder.show()
    _pick(adder.ui.organisation_combo, place["plant"])
    adder.show_organisation()
    adder.ui.organisation_list.item(0).setCheckState(Qt.CheckState.Checked)  # Агеев, already booked that day
    adder.ui.organisation_list.item(1).setCheckState(Qt.CheckState.Checked)  # Борисов

    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.buttons()[0].click() or 0)
    adder.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [r.full_name for r in session_roster(db, second)] == ["Борисов Иван"]
    assert adder.summary.startswith("Enrolled: 1; not enrolled: 1.")
    assert "Агеев" in adder.summary


def test_a_held_session_starts_an_improvement_project_of_its_participants_organisation(qtbot, db, place):
    from factory_desk.domain.models import AttendanceMark
    from factory_desk.services.projects import project_card
    from factory_desk.ui.projects.project_window import ProjectWindow

    # GIVEN a session still open for enrolment: no project can be started from it yet, and the tooltip says why
    session_id = _session(db, place)
    enrol(db, session_id, place["people"][:2])
    window = SessionDialog(db, session_id, user_name="coordinator")
    qtbot.addWidget(window)
    window.show()
    assert not window.ui.project_button.isEnabled()
    assert window.ui.project_button.toolTip() == (
        "An improvement project is started from a session once it has been held.")
    # WHEN the session has been held with both people present
    with db.write() as s:
        s.get(TrainingSession, session_id).status = "held"
        for enrolment in s.scalars(select(Enrolment).where(Enrolment.session_id == session_id)):
            s.add(AttendanceMark(enrolment_id=enrolment.id, day_no=1, status_code="present"))
    window.reload()
    # AND «Improvement project…» is clicked
    assert window.ui.project_button.isEnabled()
    window.ui.project_button.click()
    # THEN a new project's window opens with the session linked and the participants' organisation chosen
    project = window.project_window
    assert isinstance(project, ProjectWindow) and project.isVisible() and project.project_id is None
    assert [s.id for s in project.sessions.rows()] == [session_id]
    assert project.ui.organisation_combo.currentData() == place["plant"]
    # WHEN a title is typed and the project saved and closed
    project.ui.title_edit.setText("Сокращение переналадки пресса")
    project.save()
    project_id = project.project_id
    project.close()
    # THEN the project comes from the session, and the session window can start another one
    card = project_card(db, project_id)
    assert (card.title, [s.id for s in card.sessions]) == ("Сокращение переналадки пресса", [session_id])
    assert window.project_window is None
