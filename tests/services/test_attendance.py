"""Attendance: marks saved at once and surviving a crash, "mark the rest" never overwriting, undo, scanning,
walk-ins and replacements, the completion rule, closing and reopening."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import select

from factory_desk.domain import clock
from factory_desk.domain.badges import badge_code
from factory_desk.domain.errors import FactoryDeskError
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
from factory_desk.i18n import error_text
from factory_desk.services import attendance, attendance_statuses
from factory_desk.services.attendance import AttendanceError, DuplicatePerson
from factory_desk.services.conflicts import ConflictsFound
from factory_desk.services.enrolment import enrol
from factory_desk.services.session_status import StatusError
from factory_desk.services.users import RoleError, add_user
from factory_desk.store.database import Database

TODAY = clock.today()


def _add(db, *rows):
    with db.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def place(db):
    with db.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»", short_name="ООО «Ромашка»")
        school = Organisation(full_name="Школа №5")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        s.add_all([plant, school, factory, lean])
        s.flush()
        return {"plant": plant.id, "school": school.id, "factory": factory.id, "programme": lean.id}


def _session(db, place, *dates, max_group=16, status="confirmed"):
    training = TrainingSession(programme_id=place["programme"], factory_id=place["factory"], status=status,
                               min_group=1, max_group=max_group)
    for number, date in enumerate(dates or (TODAY,), start=1):
        training.days.append(SessionDay(day_no=number, date=date))
    return _add(db, training)[0]


def _people(db, organisation, *surnames):
    return _add(db, *(Person(surname=surname, first_name="Иван", patronymic="Петрович", organisation_id=organisation)
                      for surname in surnames))


@pytest.fixture
def group(db, place):
    """A one-day session today with four people enrolled (Андреев, Борисов, Васильев, Григорьев)."""
    session_id = _session(db, place)
    people = _people(db, place["plant"], "Андреев", "Борисов", "Васильев", "Григорьев")
    enrol(db, session_id, people)
    return session_id, people


def _marks(db, session_id, day_no=1):
    with db.read() as s:
        return dict(s.execute(select(Enrolment.person_id, AttendanceMark.status_code)
                              .join(AttendanceMark, AttendanceMark.enrolment_id == Enrolment.id)
                              .where(Enrolment.session_id == session_id, AttendanceMark.day_no == day_no)).all())


def _audit(db, action):
    with db.read() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


# --- statuses --------------------------------------------------------------------------------------------------

def test_the_built_in_statuses_come_in_order_with_their_keys(db):
    rows = attendance_statuses.statuses(db)
    assert [(r.code, r.shortcut, r.counts_as_present, r.needs_note) for r in rows] == [
        ("present", "1", True, False), ("late", "2", True, False), ("left_early", "3", False, False),
        ("absent", "4", False, False), ("excused", "5", False, True)]
    assert rows[0].shown_name(lambda _context, text: text.upper()) == "PRESENT"


def test_a_centre_adds_renames_reorders_and_removes_its_own_status(db, group):
    session_id, people = group
    # WHEN a status of the centre's own is added with key 6
    code = attendance_statuses.save_status(db, attendance_statuses.StatusDetails("Дистанционно", counts_as_present=True,
                                                               shortcut="6"), user_name="coordinator")
    # THEN it is offered last, and can be renamed and moved up
    assert attendance_statuses.statuses(db)[-1].name == "Дистанционно"
    attendance_statuses.save_status(db, attendance_statuses.StatusDetails("Онлайн", counts_as_present=True,
                                                                          shortcut="6", code=code))
    attendance_statuses.move_status(db, code, -1)
    assert [r.code for r in attendance_statuses.statuses(db)][-2:] == [code, "excused"]
    # AND a key already used is refused with a sentence
    with pytest.raises(FactoryDeskError, match="already marks"):
        attendance_statuses.save_status(db, attendance_statuses.StatusDetails("Ещё", shortcut="1"))
    # AND a built-in keeps its meaning and cannot be removed
    with pytest.raises(FactoryDeskError, match="built-in"):
        attendance_statuses.save_status(db, attendance_statuses.StatusDetails(
            "Present", counts_as_present=False, shortcut="1", code="present"))
    with pytest.raises(FactoryDeskError, match="built-in"):
        attendance_statuses.remove_status(db, "present")
    # WHEN the custom status was used, removing it deactivates it
    attendance.mark(db, session_id, people[0], code)
    assert attendance_statuses.remove_status(db, code) == "deactivated"
    assert code not in [r.code for r in attendance_statuses.statuses(db)]
    assert code in [r.code for r in attendance_statuses.statuses(db, active_only=False)]
    # AND an unused one is deleted; every change is audited
    other = attendance_statuses.save_status(db, attendance_statuses.StatusDetails("Болен"))
    assert attendance_statuses.remove_status(db, other) == "deleted"
    assert _audit(db, "attendance_status_added")[0].user_name == "coordinator"
    assert _audit(db, "attendance_status_deactivated") and _audit(db, "attendance_status_deleted")


# --- marking -----------------------------------------------------------------------------------------------------

def test_a_mark_is_saved_at_once_and_survives_a_crash(db, db_url, group):
    session_id, people = group
    # WHEN two people are marked by another process that then dies at once, without closing anything
    # (as when the laptop's battery runs out): no clean shutdown, no flush, no dispose
    script = (
        "import os, sys; from factory_desk.store.database import Database; "
        "from factory_desk.services import attendance; "
        "db = Database(sys.argv[1]); s, a, b = map(int, sys.argv[2:5]); "
        "assert attendance.mark(db, s, a, 'present', user_name='trainer1') is None; "
        "attendance.mark(db, s, b, 'late', user_name='trainer1'); os._exit(9)"
    )
    crashed = subprocess.run([sys.executable, "-c", script, db_url, str(session_id), str(people[0]), str(people[1])],
                             capture_output=True, text=True, check=False, timeout=120)
    assert crashed.returncode == 9, crashed.stderr
    db.dispose()
    # THEN a new Database on the same URL reads the marks back
    again = Database(db_url)
    try:
        sheet = attendance.day_sheet(again, session_id)
        assert [(r.full_name, r.status, r.marked_by) for r in sheet.rows] == [
            ("Андреев Иван Петрович", "present", "trainer1"), ("Борисов Иван Петрович", "late", "trainer1"),
            ("Васильев Иван Петрович", None, ""), ("Григорьев Иван Петрович", None, "")]
        assert sheet.rows[0].organisation == "ООО «Ромашка»"
        assert sheet.rows[0].badge_code == badge_code(people[0])
        assert sheet.rows[0].marked_at is not None and sheet.counts() == {"present": 1, "late": 1, None: 2}
    finally:
        again.dispose()


def test_a_changed_mark_returns_the_previous_one_and_is_audited_with_before_and_after(db, group):
    session_id, people = group
    attendance.mark(db, session_id, people[0], "present", user_name="t")
    previous = attendance.mark(db, session_id, people[0], "left_early", user_name="t")
    assert previous == attendance.MarkState(people[0], 1, "present", "")
    entries = _audit(db, "attendance_marked")
    assert entries[-1].details == {"day_no": 1, "people": [people[0]], "before": {"status": "present", "note": ""},
                                   "after": {"status": "left_early", "note": ""}}
    # AND undo puts the previous mark back; the undo of a first mark removes it
    attendance.mark(db, session_id, people[0], previous.status, note=previous.note)
    assert _marks(db, session_id)[people[0]] == "present"
    assert attendance.unmark(db, session_id, people[0]) == 1
    assert people[0] not in _marks(db, session_id)


def test_excused_needs_a_note_and_a_person_without_a_place_is_refused(db, place, group):
    session_id, people = group
    with pytest.raises(AttendanceError) as refused:
        attendance.mark(db, session_id, people[0], "excused")
    assert "needs a note" in error_text(refused.value)
    attendance.mark(db, session_id, people[0], "excused", note="  Справка   о болезни ")
    assert attendance.day_sheet(db, session_id).rows[0].note == "Справка о болезни"
    stranger = _people(db, place["school"], "Чужой")[0]
    with pytest.raises(AttendanceError) as refused:
        attendance.mark(db, session_id, stranger, "present")
    assert error_text(refused.value).startswith("Чужой Иван Петрович has no place in the session")
    with pytest.raises(AttendanceError, match="no day 2"):
        attendance.mark(db, session_id, people[0], "present", day_no=2)
    with pytest.raises(AttendanceError, match="no attendance status"):
        attendance.mark(db, session_id, people[0], "sleeping")


def test_mark_the_rest_never_overwrites_and_its_undo_removes_exactly_those(db, group):
    session_id, people = group
    attendance.mark(db, session_id, people[1], "absent")
    attendance.mark(db, session_id, people[2], "late")
    marked = attendance.mark_rest(db, session_id, user_name="t")
    assert marked == (people[0], people[3])
    assert _marks(db, session_id) == {people[0]: "present", people[1]: "absent", people[2]: "late",
                                      people[3]: "present"}
    assert attendance.mark_rest(db, session_id) == ()
    attendance.unmark(db, session_id, marked)
    assert _marks(db, session_id) == {people[1]: "absent", people[2]: "late"}


def test_days_of_a_multi_day_session_are_marked_apart(db, place):
    session_id = _session(db, place, TODAY, TODAY + dt.timedelta(days=1))
    person = _people(db, place["plant"], "Андреев")[0]
    enrol(db, session_id, [person])
    attendance.mark(db, session_id, person, "present", day_no=1)
    attendance.mark(db, session_id, person, "absent", day_no=2)
    assert attendance.day_sheet(db, session_id, 2).rows[0].status == "absent"
    assert [d.day_no for d in attendance.day_sheet(db, session_id, 2).days] == [1, 2]
    assert _marks(db, session_id, 1) == {person: "present"}


# --- scanning ----------------------------------------------------------------------------------------------------

def test_scanning_marks_the_right_person_and_keeps_a_present_or_late_mark(db, group):
    session_id, people = group
    result = attendance.scan(db, session_id, " " + badge_code(people[2]) + "\n", user_name="t")
    assert (result.person_id, result.full_name, result.status, result.changed) == (
        people[2], "Васильев Иван Петрович", "present", True)
    attendance.mark(db, session_id, people[1], "late")
    again = attendance.scan(db, session_id, badge_code(people[1]))
    assert (again.status, again.changed) == ("late", False)
    # AND someone marked absent who turns up is marked present
    attendance.mark(db, session_id, people[3], "absent")
    assert attendance.scan(db, session_id, badge_code(people[3])).previous.status == "absent"
    assert _marks(db, session_id) == {people[1]: "late", people[2]: "present", people[3]: "present"}


def test_a_person_s_own_badge_code_is_looked_up_as_typed(db, group):
    session_id, people = group
    with db.write() as s:
        s.get(Person, people[0]).badge_code = "PASS-0042"
    assert attendance.scan(db, session_id, "PASS-0042").person_id == people[0]


def test_an_unknown_code_and_a_person_of_another_session_mark_nobody(db, place, group):
    session_id, people = group
    with pytest.raises(AttendanceError) as refused:
        attendance.scan(db, session_id, "00000000000")
    assert "belongs to nobody" in error_text(refused.value)
    with pytest.raises(AttendanceError):
        attendance.scan(db, session_id, badge_code(people[0])[:-1] + "9" if not badge_code(people[0]).endswith("9")
                        else badge_code(people[0])[:-1] + "8")  # a wrong check digit
    other_session = _session(db, place)
    stranger = _people(db, place["school"], "Чужой")[0]
    enrol(db, other_session, [stranger])
    with pytest.raises(AttendanceError) as refused:
        attendance.scan(db, session_id, badge_code(stranger))
    sentence = error_text(refused.value)
    assert "Чужой Иван Петрович is not in the session «Основы бережливого производства»" in sentence
    assert _marks(db, session_id) == {} and _marks(db, other_session) == {}


# --- walk-ins and replacements -------------------------------------------------------------------------------------

def test_a_walk_in_is_registered_enrolled_over_the_maximum_and_marked_present(db, place):
    session_id = _session(db, place, max_group=2)
    enrol(db, session_id, _people(db, place["plant"], "Андреев", "Борисов"))
    result = attendance.walk_in(db, session_id, "  ДМИТРИЕВ ", "пётр", "", place["school"], "учитель",
                                user_name="t")
    assert result.created and result.over_maximum
    sheet = attendance.day_sheet(db, session_id)
    walked = next(r for r in sheet.rows if r.person_id == result.person_id)
    assert (walked.full_name, walked.organisation, walked.source, walked.status) == (
        "Дмитриев Пётр", "Школа №5", "walk_in", "present")
    with db.read() as s:
        person = s.get(Person, result.person_id)
        assert person.sort_key and person.search_text.strip() == "дмитриев петр"
    entry = _audit(db, "walk_in_enrolled")[-1]
    assert entry.details["over_maximum"] is True and "maximum" in entry.reason


def test_a_walk_in_already_registered_is_offered_instead_of_a_second_record(db, place, group):
    session_id, _people_ids = group
    known = _people(db, place["school"], "Егоров")[0]
    with pytest.raises(DuplicatePerson) as duplicate:
        attendance.walk_in(db, session_id, "егоров", "Иван", "Петрович", place["school"])
    assert [c.id for c in duplicate.value.candidates] == [known]
    assert "Егоров Иван Петрович is already in the register, Школа №5" in error_text(duplicate.value)
    result = attendance.walk_in_existing(db, session_id, known)
    assert (result.person_id, result.created) == (known, False)
    assert _marks(db, session_id)[known] == "present"
    # AND somebody else of the same name can still be added
    other = attendance.walk_in(db, session_id, "Егоров", "Иван", "Петрович", place["school"], same_name_ok=True)
    assert other.person_id != known


def test_a_replacement_takes_the_absentee_s_place_and_is_marked_present(db, place, group):
    session_id, people = group
    attendance.mark(db, session_id, people[0], "absent")
    colleague = _people(db, place["plant"], "Коллегов")[0]
    result = attendance.replace_on_the_day(db, session_id, people[0], colleague, user_name="t")
    marks = _marks(db, session_id)
    assert people[0] not in marks and marks[colleague] == "present"
    row = next(r for r in attendance.day_sheet(db, session_id).rows if r.person_id == colleague)
    assert row.source == "replacement" and result.replaced_person_id == people[0]
    assert people[0] not in [r.person_id for r in attendance.day_sheet(db, session_id).rows]
    # AND someone who came cannot be replaced
    attendance.mark(db, session_id, people[1], "present")
    with pytest.raises(AttendanceError, match="only someone who did not come"):
        attendance.replace_on_the_day(db, session_id, people[1], _people(db, place["plant"], "Другов")[0])


def test_a_replacement_with_a_conflict_needs_a_reason(db, place, group):
    session_id, people = group
    colleague = _people(db, place["plant"], "Занятов")[0]
    enrol(db, _session(db, place), [colleague])  # in another session the same day
    with pytest.raises(ConflictsFound):
        attendance.replace_on_the_day(db, session_id, people[0], colleague)
    assert people[0] in [r.person_id for r in attendance.day_sheet(db, session_id).rows]
    attendance.replace_on_the_day(db, session_id, people[0], colleague, override_reason="Перевели на сегодня")
    assert _marks(db, session_id)[colleague] == "present"


def test_a_refused_replacement_leaves_everything_as_it_was(db, place, group):
    # GIVEN an absentee marked absent, and a colleague already in this very session
    session_id, people = group
    attendance.mark(db, session_id, people[0], "absent")
    before = _marks(db, session_id)
    # WHEN the trainer tries to replace the absentee by someone who holds a place already
    with pytest.raises(FactoryDeskError):
        attendance.replace_on_the_day(db, session_id, people[0], people[1])
    # THEN nothing changed: the absentee keeps the place and the mark, nobody was marked
    assert _marks(db, session_id) == before
    assert people[0] in [r.person_id for r in attendance.day_sheet(db, session_id).rows]
    with db.read() as s:
        assert s.scalars(select(Enrolment.status).where(Enrolment.session_id == session_id,
                                                       Enrolment.person_id == people[0])).one() == "enrolled"


def test_a_replacement_after_the_session_was_closed_and_reopened_is_taken(db, place, group):
    # GIVEN a session closed (held) and reopened by a coordinator to correct the day
    session_id, people = group
    attendance.mark(db, session_id, people[0], "absent")
    attendance.mark_rest(db, session_id)
    attendance.close(db, session_id)
    attendance.reopen(db, session_id, reason="Пришёл коллега вместо Агеева", user_name="boss")
    # WHEN the absentee is replaced by the colleague who actually came
    colleague = _people(db, place["plant"], "Вместов")[0]
    attendance.replace_on_the_day(db, session_id, people[0], colleague, user_name="boss")
    # THEN the colleague holds the place and is marked present
    assert _marks(db, session_id)[colleague] == "present"


# --- the completion rule ---------------------------------------------------------------------------------------

def _set_rule(db, place, rule):
    with db.write() as s:
        s.get(Programme, place["programme"]).completion_rule = rule


def test_the_default_rule_is_present_or_late_and_left_early_fails(db, group):
    session_id, people = group
    for person, status in zip(people, ("present", "late", "left_early", "absent"), strict=True):
        attendance.mark(db, session_id, person, status)
    report = attendance.eligibility(db, session_id)
    assert [(p.full_name.split()[0], p.eligible) for p in report.people] == [
        ("Андреев", True), ("Борисов", True), ("Васильев", False), ("Григорьев", False)]
    assert error_text(report.people[2].why_not) == "Marked “Left early”."


def test_a_rule_of_at_least_n_days_and_of_other_statuses(db, place):
    days = [TODAY - dt.timedelta(days=2), TODAY - dt.timedelta(days=1), TODAY]
    session_id = _session(db, place, *days)
    first, second = _people(db, place["plant"], "Андреев", "Борисов")
    enrol(db, session_id, [first, second])
    for day, (a, b) in enumerate((("present", "present"), ("left_early", "absent"), ("present", "absent")), start=1):
        attendance.mark(db, session_id, first, a, day_no=day)
        attendance.mark(db, session_id, second, b, day_no=day)
    # all days, present or late: nobody
    report = attendance.eligibility(db, session_id)
    assert [p.eligible for p in report.people] == [False, False]
    assert error_text(report.people[0].why_not).startswith("Marked “Left early” on day 2")
    # at least two days: the first
    _set_rule(db, place, {"statuses": ["present", "late"], "all_days": False, "min_days": 2})
    report = attendance.eligibility(db, session_id)
    assert [(p.attended_days, p.eligible) for p in report.people] == [(2, True), (1, False)]
    assert error_text(report.people[1].why_not) == "Attended 1 of 3 days; 2 are needed."
    # every day, left early counting too: the first
    _set_rule(db, place, {"statuses": ["present", "late", "left_early"], "all_days": True})
    assert [p.eligible for p in attendance.eligibility(db, session_id).people] == [True, False]


def test_a_rule_is_checked_before_it_is_saved():
    known = ["present", "late", "absent"]
    rule = attendance.CompletionRule(("present", "present", "late"), all_days=False, min_days=2)
    assert attendance.check_rule(rule, known, 3).statuses == ("present", "late")
    with pytest.raises(FactoryDeskError):
        attendance.check_rule(attendance.CompletionRule(()), known, 1)
    with pytest.raises(FactoryDeskError):
        attendance.check_rule(attendance.CompletionRule(("present",), all_days=False, min_days=4), known, 3)
    assert attendance.CompletionRule.from_json({"statuses": ["present"], "min_days": 2}) == \
        attendance.CompletionRule(("present",), False, 2)
    assert attendance.CompletionRule.from_json(None) == attendance.CompletionRule()


# --- closing and reopening ------------------------------------------------------------------------------------

def test_closing_is_refused_while_somebody_has_no_mark(db, group):
    session_id, people = group
    attendance.mark(db, session_id, people[0], "present")
    with pytest.raises(AttendanceError) as refused:
        attendance.close(db, session_id)
    assert "Борисов Иван Петрович, Васильев Иван Петрович, Григорьев Иван Петрович" in error_text(refused.value)
    with db.read() as s:
        assert s.get(TrainingSession, session_id).closed_at is None


def test_closing_makes_the_session_held_and_then_every_writer_refuses(db, place, group):
    session_id, people = group
    attendance.mark(db, session_id, people[0], "absent")
    attendance.mark_rest(db, session_id)
    result = attendance.close(db, session_id, user_name="trainer1")
    assert result.status == "held" and len(result.report.eligible) == 3
    sheet = attendance.day_sheet(db, session_id)
    assert sheet.closed and sheet.closed_by == "trainer1" and sheet.session_status == "held"
    entry = _audit(db, "session_closed")[-1]
    assert entry.details["eligible"] == 3 and entry.details["not_eligible_people"] == [people[0]]
    newcomer = _people(db, place["plant"], "Новиков")[0]
    writers = [
        lambda: attendance.mark(db, session_id, people[0], "present"),
        lambda: attendance.unmark(db, session_id, people[0]),
        lambda: attendance.mark_rest(db, session_id),
        lambda: attendance.scan(db, session_id, badge_code(people[0])),
        lambda: attendance.walk_in(db, session_id, "Новый", "Пётр"),
        lambda: attendance.walk_in_existing(db, session_id, newcomer),
        lambda: attendance.replace_on_the_day(db, session_id, people[0], newcomer),
        lambda: attendance.close(db, session_id),
    ]
    for writer in writers:
        with pytest.raises(StatusError) as refused:
            writer()
        assert "is closed" in error_text(refused.value)
    assert _marks(db, session_id)[people[0]] == "absent"


def test_a_session_cannot_be_closed_before_its_first_day(db, place):
    session_id = _session(db, place, TODAY + dt.timedelta(days=3))
    with pytest.raises(AttendanceError, match="before its first day"):
        attendance.close(db, session_id)


def test_a_cancelled_session_records_nothing(db, place):
    session_id = _session(db, place)
    with db.write() as s:
        training = s.get(TrainingSession, session_id)
        training.status, training.cancel_reason = "cancelled", "Тренер заболел"
    with pytest.raises(StatusError, match="cancelled"):
        attendance.mark_rest(db, session_id)


def test_reopening_is_refused_to_a_trainer_and_allowed_to_a_coordinator_with_an_audit_record(db, group):
    session_id, people = group
    attendance.mark_rest(db, session_id)
    attendance.close(db, session_id)
    add_user(db, "anna", "trainer")
    with pytest.raises(RoleError) as refused:
        attendance.reopen(db, session_id, reason="Ошибка в отметке", user_name="anna")
    assert error_text(refused.value) == ("Only a coordinator can reopen a closed session; you are signed in as "
                                         "“anna” with the role “Trainer”.")
    with pytest.raises(FactoryDeskError, match="Say why"):
        attendance.reopen(db, session_id, reason="  ", user_name="boss")
    # a login without an account has the default role, coordinator
    attendance.reopen(db, session_id, reason="Ошибка в отметке", user_name="boss")
    entry = _audit(db, "session_reopened")[-1]
    assert (entry.user_name, entry.reason, entry.entity_id) == ("boss", "Ошибка в отметке", session_id)
    assert entry.at is not None
    # AND changes after the reopen are audited with before and after
    attendance.mark(db, session_id, people[0], "late", user_name="boss")
    last = _audit(db, "attendance_marked")[-1]
    assert last.details["before"] == {"status": "present", "note": ""} and last.user_name == "boss"
    assert not attendance.day_sheet(db, session_id).closed
    with pytest.raises(AttendanceError, match="not closed"):
        attendance.reopen(db, session_id, reason="Ещё раз", user_name="boss")


# --- the start page -------------------------------------------------------------------------------------------

def test_sessions_around_today_with_their_fill_and_marks(db, place, group):
    session_id, people = group
    attendance.mark(db, session_id, people[0], "present")
    later = _session(db, place, TODAY + dt.timedelta(days=3), TODAY + dt.timedelta(days=4))
    _session(db, place, TODAY + dt.timedelta(days=30))
    found = attendance.sessions_around(db, TODAY)
    assert [(d.session_id, d.day_no, d.days, d.enrolled, d.marked) for d in found] == [
        (session_id, 1, 1, 4, 1), (later, 1, 2, 0, 0), (later, 2, 2, 0, 0)]
