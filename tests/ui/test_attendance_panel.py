"""The attendance panel driven as a trainer would, with keys, the scan field and taps, over the real temporary
database: marks saved at once, undo, walk-ins and replacements, closing and reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox
from sqlalchemy import select

from factory_desk.domain import clock
from factory_desk.domain.badges import badge_code
from factory_desk.domain.models import (
    AttendanceMark,
    AuditEntry,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.attendance import day_sheet
from factory_desk.services.enrolment import enrol
from factory_desk.services.users import add_user
from factory_desk.store.database import Database
from factory_desk.ui.attendance.attendance_panel import AttendancePanel, SheetModel
from factory_desk.ui.attendance.walk_in_dialog import WalkInDialog

TODAY = clock.today()
SURNAMES = ("Агеев", "Борисов", "Волков", "Громов", "Дёмин", "Егоров", "Жуков", "Зайцев", "Ильин", "Ковалёв",
            "Лебедев", "Морозов", "Никитин", "Орлов", "Павлов", "Романов")


@pytest.fixture
def place(db):
    with db.write() as s:
        plant = Organisation(full_name="АО «Кировский завод»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства")
        s.add_all([plant, factory, programme])
        s.flush()
        people = [Person(surname=surname, first_name="Иван", organisation_id=plant.id, position="Мастер")
                  for surname in SURNAMES]
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed", min_group=1,
                                   max_group=16)
        training.days.append(SessionDay(day_no=1, date=TODAY))
        s.add_all([*people, training])
        s.flush()
        ids = {p.surname: p.id for p in people}
        session_id, plant_id = training.id, plant.id
    enrol(db, session_id, list(ids.values()))
    return {"session": session_id, "people": ids, "plant": plant_id}


@pytest.fixture
def panel(qtbot, db, place):
    widget = AttendancePanel(db, place["session"], user_name="trainer")
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _marks(db, session_id):
    with db.read() as s:
        return dict(s.execute(select(Person.surname, AttendanceMark.status_code)
                              .join(Enrolment, Enrolment.person_id == Person.id)
                              .join(AttendanceMark, AttendanceMark.enrolment_id == Enrolment.id)
                              .where(Enrolment.session_id == session_id)).all())


def _shown(panel):
    model = panel.model
    return [(model.index(r, SheetModel.NAME).data().split()[0], model.index(r, SheetModel.MARK).data())
            for r in range(model.rowCount())]


def test_the_panel_shows_everyone_large_with_the_scan_field_focused(panel, place):
    assert panel.ui.scan_edit.hasFocus()
    assert panel.model.rowCount() == 16
    assert panel.ui.sheet_view.verticalHeader().defaultSectionSize() >= 44
    assert [b.text() for b in panel.status_buttons] == ["1  Present", "2  Late", "3  Left early", "4  Absent",
                                                        "5  Excused"]
    assert all(b.minimumHeight() >= 44 for b in panel.status_buttons)
    assert panel.ui.counts_label.text() == "not marked 16"
    assert not panel.ui.day_combo.isVisible()  # one day
    assert not panel.ui.banner_label.isVisible()


def test_key_presses_mark_people_and_move_on_saved_at_once(qtbot, db, db_url, panel, place):
    view = panel.ui.sheet_view
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Down)
    assert view.hasFocus() and panel.current_row().full_name.startswith("Агеев")
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert panel.current_row().full_name.startswith("Громов")
    assert _shown(panel)[:4] == [("Агеев", "Present"), ("Борисов", "Late"), ("Волков", "Absent"), ("Громов", "—")]
    assert panel.ui.saved_label.text().startswith("Saved ")
    assert panel.ui.counts_label.text() == "present 1 · late 1 · absent 1 · not marked 13"
    # AND a new connection to the database (the app restarted) reads them
    again = Database(db_url)
    try:
        assert [r.status for r in day_sheet(again, place["session"]).rows[:4]] == ["present", "late", "absent", None]
    finally:
        again.dispose()


def test_undo_takes_back_marks_one_by_one_and_a_whole_mark_the_rest(qtbot, db, panel, place):
    view = panel.ui.sheet_view
    panel.focus_list()
    qtbot.keyClick(view, Qt.Key.Key_4)  # Агеев absent
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_2)  # Агеев changed to late
    qtbot.mouseClick(panel.ui.rest_button, Qt.MouseButton.LeftButton)
    assert "15 people without a mark were marked present" in panel.ui.message_label.text()
    assert set(_marks(db, place["session"]).values()) == {"late", "present"}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(db, place["session"]) == {"Агеев": "late"}
    qtbot.mouseClick(panel.ui.undo_button, Qt.MouseButton.LeftButton)
    assert _marks(db, place["session"]) == {"Агеев": "absent"}
    panel.undo()
    assert _marks(db, place["session"]) == {}
    assert not panel.ui.undo_button.isEnabled()


def test_the_scan_field_marks_the_right_person_and_says_why_it_marks_nobody(qtbot, db, panel, place, type_text):
    volkov = place["people"]["Волков"]
    type_text(panel.ui.scan_edit, badge_code(volkov))
    assert panel.model.rowCount() == 16  # a code being typed does not filter the list
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Return)
    assert _marks(db, place["session"]) == {"Волков": "present"}
    assert panel.current_row().person_id == volkov and panel.ui.scan_edit.hasFocus()
    assert panel.ui.scan_edit.text() == ""
    assert panel.ui.message_label.text() == "Волков Иван: Present."
    type_text(panel.ui.scan_edit, "00000000000")
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Return)
    assert panel.ui.message_label.text() == ("The code 00000000000 belongs to nobody in the register: nobody was "
                                             "marked.")
    with db.write() as s:
        stranger = Person(surname="Чужаков", first_name="Пётр")
        s.add(stranger)
        s.flush()
        stranger_id = stranger.id
    type_text(panel.ui.scan_edit, badge_code(stranger_id))
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Return)
    assert panel.ui.message_label.text().startswith("Чужаков Пётр is not in the session «Основы бережливого")
    assert _marks(db, place["session"]) == {"Волков": "present"}


def test_typing_a_name_filters_and_enter_goes_to_the_person(qtbot, db, panel, place, type_text):
    type_text(panel.ui.scan_edit, "жук")
    assert [name for name, _mark in _shown(panel)] == ["Жуков"]
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Return)
    assert panel.ui.sheet_view.hasFocus()
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_3)
    assert _marks(db, place["session"]) == {"Жуков": "left_early"}
    # letters typed in the list go back to the search
    type_text(panel.ui.sheet_view, "о")
    assert panel.ui.scan_edit.hasFocus() and panel.ui.scan_edit.text() == "жуко"
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Down)
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_Escape)
    assert panel.model.rowCount() == 16 and panel.ui.scan_edit.hasFocus()


def test_excused_asks_for_a_note(qtbot, db, panel, place, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Справка", True))
    panel.focus_list()
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_5)
    assert _shown(panel)[0] == ("Агеев", "Excused — Справка")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", False))
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_5)
    assert _marks(db, place["session"]) == {"Агеев": "excused"}


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the menu, offscreen
def test_a_tap_on_a_mark_opens_the_statuses(qtbot, db, panel, place):
    view = panel.ui.sheet_view
    rect = view.visualRect(panel.model.index(2, SheetModel.MARK))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    menu = panel._menu
    assert menu.isVisible()
    late = next(a for a in menu.actions() if "Late" in a.text())
    late.trigger()
    assert _marks(db, place["session"]) == {"Волков": "late"}
    # AND the big buttons mark the selected person
    view.selectRow(3)
    qtbot.mouseClick(panel.status_buttons[3], Qt.MouseButton.LeftButton)
    assert _marks(db, place["session"])["Громов"] == "absent"


def test_a_walk_in_is_added_over_the_maximum_and_marked(qtbot, db, panel, place, shown, type_text):
    qtbot.mouseClick(panel.ui.walk_in_button, Qt.MouseButton.LeftButton)
    [dialog] = shown(WalkInDialog)
    type_text(dialog.ui.surname_edit, "Новиков")
    type_text(dialog.ui.first_name_edit, "Пётр")
    dialog.ui.organisation_combo.setCurrentIndex(dialog.ui.organisation_combo.findData(place["plant"]))
    qtbot.keyClick(dialog.ui.position_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert panel.ui.message_label.text() == ("Новиков Пётр was added and marked present (the group is now over its "
                                             "maximum).")
    assert panel.model.rowCount() == 17 and panel.current_row().full_name == "Новиков Пётр"
    # AND the same name again is offered instead of a second record
    qtbot.mouseClick(panel.ui.walk_in_button, Qt.MouseButton.LeftButton)
    [dialog] = shown(WalkInDialog)
    type_text(dialog.ui.surname_edit, "новиков")
    type_text(dialog.ui.first_name_edit, "петр")
    dialog.ui.organisation_combo.setCurrentIndex(dialog.ui.organisation_combo.findData(place["plant"]))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "already in the register" in dialog.ui.message_label.text()
    assert dialog.ui.use_existing_button.isVisible()
    dialog.ui.use_existing_button.click()
    assert panel.model.rowCount() == 17


def test_an_absentee_is_replaced_by_a_new_colleague(qtbot, db, panel, place, shown, type_text):
    panel.ui.sheet_view.selectRow(1)  # Борисов
    panel._show_state()
    assert panel.ui.replace_button.isEnabled()
    panel.replace_new.trigger()
    [dialog] = shown(WalkInDialog)
    assert dialog.ui.organisation_combo.currentData() == place["plant"]  # a colleague: the same organisation
    type_text(dialog.ui.surname_edit, "Сменщиков")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert panel.ui.message_label.text() == "Сменщиков takes the place of Борисов Иван and is marked present."
    names = [name for name, _mark in _shown(panel)]
    assert "Борисов" not in names and "Сменщиков" in names
    assert _marks(db, place["session"]) == {"Сменщиков": "present"}


def test_close_refused_with_unmarked_people_then_closed_read_only_and_reopened_by_a_coordinator(
        qtbot, db, panel, place, shown, monkeypatch):
    panel.focus_list()
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_4)
    qtbot.mouseClick(panel.ui.close_button, Qt.MouseButton.LeftButton)
    assert panel.ui.message_label.text().startswith("The session cannot be closed yet: 15 people have no mark")
    qtbot.mouseClick(panel.ui.rest_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.ui.close_button, Qt.MouseButton.LeftButton)
    box = panel.close_box
    assert box.isVisible() and "Eligible for a certificate: 15 of 16." in box.text()
    assert "Агеев Иван — Marked “Absent”." in box.informativeText()
    panel.close_confirm.click()
    assert panel.ui.banner_label.isVisible() and "closed" in panel.ui.banner_label.text()
    assert not any(b.isEnabled() for b in panel.status_buttons)
    assert not panel.ui.rest_button.isEnabled() and panel.ui.reopen_button.isVisible()
    with db.read() as s:
        assert s.get(TrainingSession, place["session"]).status == "held"
    # keys no longer change anything
    panel.ui.sheet_view.selectRow(0)
    qtbot.keyClick(panel.ui.sheet_view, Qt.Key.Key_1)
    assert _marks(db, place["session"])["Агеев"] == "absent"
    # a trainer is refused with a sentence
    add_user(db, "trainer", "trainer")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Ошибка в отметке", True))
    qtbot.mouseClick(panel.ui.reopen_button, Qt.MouseButton.LeftButton)
    assert panel.ui.message_label.text().startswith("Only a coordinator can reopen a closed session")
    # a coordinator reopens; the audit log keeps the reason
    coordinator = AttendancePanel(db, place["session"], user_name="boss")
    qtbot.addWidget(coordinator)
    qtbot.mouseClick(coordinator.ui.reopen_button, Qt.MouseButton.LeftButton)
    assert not coordinator.ui.banner_label.isVisibleTo(coordinator)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "session_reopened")).one()
    assert (entry.user_name, entry.reason) == ("boss", "Ошибка в отметке")


def test_a_whole_day_of_sixteen_people_with_the_keyboard_alone(qtbot, db, panel, place):
    """Open, mark everyone with keys (a few late, absent, left early), and close — no mouse."""
    view = panel.ui.sheet_view
    qtbot.keyClick(panel.ui.scan_edit, Qt.Key.Key_Down)
    keys = [Qt.Key.Key_1] * 16
    keys[3], keys[7], keys[12] = Qt.Key.Key_2, Qt.Key.Key_4, Qt.Key.Key_3
    for key in keys:
        qtbot.keyClick(view, key)
    marks = _marks(db, place["session"])
    assert len(marks) == 16
    assert (marks["Громов"], marks["Зайцев"], marks["Никитин"]) == ("late", "absent", "left_early")
    assert panel.ui.counts_label.text() == "present 13 · late 1 · left early 1 · absent 1 · not marked 0"
    # Tab reaches the close button; Space presses it; Enter confirms
    panel.ui.close_button.setFocus()
    qtbot.keyClick(panel.ui.close_button, Qt.Key.Key_Space)
    box = panel.close_box
    assert isinstance(box, QMessageBox) and box.defaultButton() is panel.close_confirm
    qtbot.keyClick(box, Qt.Key.Key_Return)
    with db.read() as s:
        assert s.get(TrainingSession, place["session"]).closed_at is not None
    assert "14 of 16 people are eligible" in panel.ui.message_label.text()
