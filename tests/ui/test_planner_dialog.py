"""The group planner dialog, driven as a coordinator would over the real temporary database: propose groups
for 45 people, move people between the groups with the keyboard and by drag and drop, see a group outside its
limits in red, accept, and find the sessions and enrolments in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog
from sqlalchemy import select

from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.enrolment import enrol
from factory_desk.ui.sessions.planner_dialog import NO_PERSON, PERSON_ROLE, PlannerDialog

# The dialog plans from the day after "today": 29 December 2026 to 29 January 2027, around the Russian New
# Year holidays (1–8 January).
TODAY = dt.date(2026, 12, 28)
DEPARTMENTS = (("Сборочный цех", 15), ("Отдел качества", 12), ("Склад", 10), ("Бухгалтерия", 8))


@pytest.fixture
def place(db):
    """An organisation of 45 people in four departments, a factory, the programme (12–16) and another one."""
    with db.write() as s:
        plant = Organisation(full_name="Акционерное общество «Кировский завод»", short_name="АО «Кировский завод»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        elsewhere = Factory(name="Фабрика процессов Тихвин", code="ТИХ")
        lean = Programme(name="Основы бережливого производства", min_group=12, max_group=16)
        office = Programme(name="Фабрика офисных процессов", kind="office")
        s.add_all([plant, factory, elsewhere, lean, office])
        s.flush()
        people = []
        for department, size in DEPARTMENTS:
            for _n in range(size):
                surname = f"Сотрудник{len(people):02d}"
                people.append(Person(surname=surname, first_name="Иван", department=department,
                                     organisation_id=plant.id, **Person.derived(surname, "Иван")))
        s.add_all(people)
        s.flush()
        return {"plant": plant.id, "factory": factory.id, "elsewhere": elsewhere.id, "programme": lean.id,
                "other_programme": office.id, "people": [p.id for p in people]}


def _dialog(qtbot, db, place, people=None, **options):
    dialog = PlannerDialog(db, people, None, programme_id=place["programme"], factory_id=place["factory"],
                           today=TODAY, user_name="coordinator", **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wait(qtbot, dialog):
    """Until the dialog's background work has come back."""
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        pass


def _propose(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.propose_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)


def _groups(dialog):
    tree = dialog.ui.plan_tree
    return [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]


def _people_in(row):
    """How many people a group's row holds (a line saying what is wrong with the group is not a person)."""
    return sum(1 for k in range(row.childCount()) if row.child(k).data(0, PERSON_ROLE) != NO_PERSON)


def _accept_button(dialog):
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


def test_45_people_are_proposed_moved_between_groups_and_accepted(qtbot, db, place):
    # GIVEN the planner for the organisation's 45 people
    dialog = _dialog(qtbot, db, place, place["people"])
    assert dialog.ui.people_label.text() == "45 people chosen."
    assert not _accept_button(dialog).isEnabled()

    # WHEN groups are proposed
    _propose(qtbot, dialog)

    # THEN three new sessions of 15 on the first working days (31 December and 1–8 January are days off)
    rows = _groups(dialog)
    assert [row.text(0) for row in rows] == [
        f"{day} · 15 person(s) (new session) · Фабрика процессов Кириши"
        for day in ("Tue 29.12.2026", "Wed 30.12.2026", "Mon 11.01.2027")]
    assert [_people_in(row) for row in rows] == [row.childCount() for row in rows] == [15, 15, 15]
    assert rows[0].child(0).text(1) == "Бухгалтерия" and rows[0].child(0).text(2) == "АО «Кировский завод»"
    assert dialog.ui.status_label.text() == "Placed: 45 in 3 groups; not placed: 0."
    assert _accept_button(dialog).isEnabled()

    # WHEN two people of the first group are selected, and moved to the second group, all with the keyboard
    tree = dialog.ui.plan_tree
    tree.setFocus()
    tree.setCurrentItem(rows[0].child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = dialog.selected_people()
    assert len(moved) == 2
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # "Move the selected people to:"
    assert dialog.ui.move_combo.hasFocus()
    qtbot.keyClick(dialog.ui.move_combo, Qt.Key.Key_Down)
    assert dialog.ui.move_combo.currentIndex() == 1
    qtbot.keyClick(dialog.ui.move_combo, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "Move"
    qtbot.waitUntil(lambda: _people_in(_groups(dialog)[1]) == 17)  # a mnemonic clicks the button a moment later

    # THEN the second group is over its maximum, shown in red with the sentence, and the plan cannot be accepted
    rows = _groups(dialog)
    assert rows[0].text(0).startswith("Tue 29.12.2026 · 13 person(s) (new session)")
    assert rows[0].childCount() == _people_in(rows[0]) == 13  # within 12..16: no sentence under it
    assert rows[1].text(0) == "Wed 30.12.2026 · 17 person(s) (new session) · Фабрика процессов Кириши"
    assert rows[1].child(0).text(0) == "A group takes at most 16 people; this one has 17."
    assert rows[1].foreground(0).color().name() == rows[1].child(0).foreground(0).color().name() == "#b3261e"
    assert _people_in(rows[1]) == 17
    assert "A group shown in red is outside its limits" in dialog.ui.status_label.text()
    assert not _accept_button(dialog).isEnabled()

    # WHEN someone of the second group is dragged on to the third group
    tree.clearSelection()
    rows[1].child(rows[1].childCount() - 1).setSelected(True)
    dragged = dialog.selected_people()
    tree.scrollToItem(rows[2])
    target = tree.visualItemRect(rows[2]).center()
    dragged_data = QMimeData()
    drop = QDropEvent(QPointF(target), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, dragged_data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # (Offscreen, no drag can start, so Qt delivers no drop: the drop goes to the dialog's filter of the tree's
    # viewport, where a real one arrives.)
    assert dialog.eventFilter(tree.viewport(), drop)
    action = drop.dropAction()
    assert action == Qt.DropAction.CopyAction  # so the tree itself removes no row
    qtbot.waitUntil(lambda: _people_in(_groups(dialog)[2]) == 16)

    # THEN every group is within its limits again and the plan can be accepted
    assert [row.childCount() for row in _groups(dialog)] == [13, 16, 16]
    assert _accept_button(dialog).isEnabled()

    # WHEN the plan is accepted
    with qtbot.waitSignal(dialog.planned, timeout=30_000) as planned:
        qtbot.mouseClick(_accept_button(dialog), Qt.MouseButton.LeftButton)

    # THEN the dialog closes with a summary, and the sessions and enrolments are in the database
    result = planned.args[0]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.summary == ("Groups planned: 3 sessions, 3 of them new; enrolled: 45; on the waiting list: 0.")
    with db.read() as s:
        sessions = dict(s.execute(select(SessionDay.date, TrainingSession.id)
                                  .join(TrainingSession, SessionDay.session_id == TrainingSession.id)
                                  .where(TrainingSession.programme_id == place["programme"])).all())
        where = dict(s.execute(select(Enrolment.person_id, Enrolment.session_id)
                               .where(Enrolment.status == "enrolled", Enrolment.source == "planner")).all())
        statuses = set(s.scalars(select(TrainingSession.status)))
    assert sorted(sessions) == [dt.date(2026, 12, 29), dt.date(2026, 12, 30), dt.date(2027, 1, 11)]
    assert sorted(result.created) == sorted(sessions.values()) and statuses == {"planned"}
    assert sorted(where) == sorted(place["people"])
    assert [where[pid] for pid in moved] == [sessions[dt.date(2026, 12, 30)]] * 2
    assert where[dragged[0]] == sessions[dt.date(2027, 1, 11)]


def test_an_organisations_people_still_to_train_are_planned_and_the_others_listed_with_the_reason(qtbot, db, place):
    # GIVEN one of the organisation's people already enrolled in a session of the programme in January
    session_id = _session(db, place, dt.date(2027, 1, 20), max_group=16)
    enrol(db, session_id, place["people"][:1])

    # WHEN the planner is opened for the organisation, without a list of people
    dialog = _dialog(qtbot, db, place, organisation_id=place["plant"])
    _wait(qtbot, dialog)

    # THEN the organisation is chosen and its 45 people counted
    assert dialog.ui.organisation_combo.isVisible()
    assert dialog.ui.people_label.text() == "45 people of the organisation have not completed the programme."

    # WHEN groups are proposed keeping departments together, on Tuesdays and Wednesdays only
    dialog.ui.keep_departments_check.setChecked(True)
    for number in (0, 3, 4):
        dialog.ui.__getattribute__(f"weekday_{number}_check").setChecked(False)
    _propose(qtbot, dialog)

    # THEN the enrolled person is listed as not placed with the reason; the open session is offered too
    rows = _groups(dialog)
    assert rows[-1].text(0) == "Not placed: 1"
    assert rows[-1].child(0).text(0) == ("Сотрудник00 Иван is already enrolled in «Основы бережливого "
                                         "производства» of 20.01.2027.")
    texts = [row.text(0) for row in rows[:-1]]
    assert texts[-1] == "Wed 20.01.2027 · 15 person(s) (existing session, 15 free) · Фабрика процессов Кириши"
    days = [dialog._plan.groups[n].date.weekday() for n in range(len(texts))]
    assert set(days) <= {1, 2}
    # AND of the departments of 14, 12, 10 and 8 over groups of 16, 16 and 15, one must be split, in two
    departments = [{row.child(k).text(1) for k in range(row.childCount())} for row in rows[:-1]]
    spread = sorted(sum(1 for found in departments if name in found) for name, _size in DEPARTMENTS)
    assert spread == [1, 1, 1, 2]

    # WHEN a changed option makes the proposal stale
    dialog.ui.free_days_check.setChecked(False)
    # THEN the dialog says so
    assert "press Propose groups to apply them" in dialog.ui.status_label.text()


def _session(db, place, date, *, max_group=16, programme=None, factory=None):
    with db.write() as s:
        training = TrainingSession(programme_id=programme or place["programme"], factory_id=factory or place["factory"],
                                   status="open", min_group=12, max_group=max_group)
        training.days.append(SessionDay(day_no=1, date=date))
        s.add(training)
        s.flush()
        return training.id


def test_conflicts_found_on_accepting_are_shown_and_accepted_with_a_reason(qtbot, db, place, monkeypatch):
    # GIVEN 12 people proposed into one new group on 29 December
    people = place["people"][:12]
    dialog = _dialog(qtbot, db, place, people)
    _propose(qtbot, dialog)
    assert [_people_in(row) for row in _groups(dialog)] == [12]
    # AND one of them is enrolled that day in another programme at another factory
    other = _session(db, place, dt.date(2026, 12, 29), programme=place["other_programme"], factory=place["elsewhere"])
    enrol(db, other, people[:1])
    # AND the coordinator will give a reason when asked
    asked = []

    def answer(_parent, _title, prompt, *_args, **_kwargs):
        asked.append(prompt)
        return "Перенесут занятие на другой день", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))

    # WHEN the plan is accepted
    with qtbot.waitSignal(dialog.planned, timeout=30_000):
        qtbot.mouseClick(_accept_button(dialog), Qt.MouseButton.LeftButton)

    # THEN the conflict was shown in its sentence, and the plan went through with the reason in the audit log
    assert len(asked) == 1
    assert "Сотрудник00 Иван is already enrolled in «Фабрика офисных процессов» at Фабрика процессов Тихвин on " \
           "29.12.2026" in asked[0]
    with db.read() as s:
        count = s.scalar(select(Enrolment.id).where(Enrolment.source == "planner").limit(1))
        reasons = set(s.scalars(select(AuditEntry.reason).where(AuditEntry.action == "group_plan_accepted")))
    assert count is not None
    assert reasons == {"Перенесут занятие на другой день"}


def test_a_refused_plan_keeps_the_dialog_open_with_the_sentence(qtbot, db, place):
    # GIVEN a proposal over an open session that is cancelled before the plan is accepted
    session_id = _session(db, place, dt.date(2026, 12, 29))
    dialog = _dialog(qtbot, db, place, place["people"][:14])
    _propose(qtbot, dialog)
    assert dialog._plan.groups[0].session_id == session_id
    with db.write() as s:
        training = s.get(TrainingSession, session_id)
        training.status, training.cancel_reason = "cancelled", "Тренер заболел"

    # WHEN the plan is accepted
    qtbot.mouseClick(_accept_button(dialog), Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)

    # THEN the dialog stays open and says why; nothing was enrolled
    assert dialog.isVisible()
    assert dialog.ui.message_label.text() == ("The session «Основы бережливого производства» of 29.12.2026 was "
                                              "cancelled: nobody can be enrolled in it.")
    with db.read() as s:
        assert s.scalar(select(Enrolment.id)) is None
