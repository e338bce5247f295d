"""Integrity lives in the database too: the rules hold even for writes that bypass the app's checks,
and a broken rule comes back as a sentence with nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, insert, select, text

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.models import (
    AttendanceMark,
    Certificate,
    Enrolment,
    Factory,
    Feedback,
    Organisation,
    Person,
    Programme,
    SessionDay,
    Target,
    TrainingSession,
)


@pytest.fixture
def session_with_person(db):
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кировск", code="КИР")
        programme = Programme(name="Фабрика процессов")
        person = Person(surname="Иванов", first_name="Иван")
        s.add_all([factory, programme, person])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id,
                                   days=[SessionDay(date=dt.date(2026, 12, 1))])
        s.add(training)
        s.flush()
        enrolment = Enrolment(session_id=training.id, person_id=person.id)
        s.add(enrolment)
        s.flush()
        return {"session": training.id, "person": person.id, "enrolment": enrolment.id, "factory": factory.id,
                "programme": programme.id}


def _fails(db, *statements) -> str:
    with pytest.raises(DatabaseError) as error, db.write() as s:
        for statement in statements:
            s.execute(statement)
    return str(error.value)


def test_a_person_enrolled_twice_in_one_session_is_refused(db, session_with_person):
    ids = session_with_person
    message = _fails(db, insert(Enrolment).values(session_id=ids["session"], person_id=ids["person"],
                                                  status="enrolled", source="manual", created_at=func.now(),
                                                  updated_at=func.now()))
    assert "breaks a rule of the data" in message
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 1


def test_waitlist_position_must_match_the_status(db, session_with_person):
    ids = session_with_person
    _fails(db, text("UPDATE enrolment SET status = 'waitlisted' WHERE id = :id").bindparams(id=ids["enrolment"]))
    _fails(db, text("UPDATE enrolment SET waitlist_position = 1 WHERE id = :id").bindparams(id=ids["enrolment"]))


def test_group_size_day_order_and_score_ranges_are_checked(db, session_with_person):
    ids = session_with_person
    _fails(db, text("UPDATE training_session SET min_group = 17, max_group = 16"))
    _fails(db, text("UPDATE programme SET hours = 0"))
    _fails(db, text("UPDATE session_day SET ends_at = starts_at"))
    _fails(db, insert(Feedback).values(enrolment_id=ids["enrolment"], recommend=11, comment="",
                                       submitted_at=dt.datetime.now(dt.UTC)))
    _fails(db, text("UPDATE training_session SET status = 'cancelled'"))  # a cancellation needs a reason
    _fails(db, text("UPDATE training_session SET status = 'finished'"))


def test_attendance_needs_a_known_status_and_one_mark_per_day(db, session_with_person):
    ids = session_with_person
    with db.write() as s:
        s.add(AttendanceMark(enrolment_id=ids["enrolment"], day_no=1, status_code="present"))
    _fails(db, insert(AttendanceMark).values(enrolment_id=ids["enrolment"], day_no=1, status_code="late",
                                             note="", marked_at=dt.datetime.now(dt.UTC)))
    _fails(db, insert(AttendanceMark).values(enrolment_id=ids["enrolment"], day_no=2, status_code="sleeping",
                                             note="", marked_at=dt.datetime.now(dt.UTC)))


def test_a_person_with_enrolments_cannot_be_deleted(db, session_with_person):
    message = _fails(db, text("DELETE FROM person WHERE id = :id").bindparams(id=session_with_person["person"]))
    assert "breaks a rule" in message
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_inn_is_unique_and_of_the_right_length(db):
    with db.write() as s:
        s.add(Organisation(full_name="ПАО Сбербанк", inn="7707083893"))
    _fails(db, text("INSERT INTO organisation (full_name, short_name, inn, org_type, sector, region, email, phone,"
                    " notes, search_text, sort_key, created_at, updated_at) VALUES ('Другая', '', '7707083893',"
                    " 'enterprise', '', '', '', '', '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    _fails(db, text("UPDATE organisation SET inn = '123'"))


def test_one_valid_certificate_per_enrolment_but_a_voided_one_can_be_replaced(db, session_with_person):
    enrolment = session_with_person["enrolment"]
    with db.write() as s:
        s.add(Certificate(number="КИР-2026-00001", enrolment_id=enrolment, status="voided", void_reason="опечатка"))
        s.add(Certificate(number="КИР-2026-00002", enrolment_id=enrolment))
    _fails(db, insert(Certificate).values(number="КИР-2026-00003", enrolment_id=enrolment, status="issued",
                                          language="ru", snapshot={}, print_count=1,
                                          issued_at=dt.datetime.now(dt.UTC)))
    _fails(db, insert(Certificate).values(number="КИР-2026-00002", enrolment_id=enrolment, status="voided",
                                          void_reason="x", language="ru", snapshot={}, print_count=1,
                                          issued_at=dt.datetime.now(dt.UTC)))


def test_one_target_per_year_quarter_measure_and_factory(db, session_with_person):
    with db.write() as s:
        s.add(Target(year=2026, quarter=0, measure="people_trained", value=1330))
        s.add(Target(year=2026, quarter=0, measure="people_trained", value=400,
                     factory_id=session_with_person["factory"]))
    # the region-wide target (no factory) exists once only
    _fails(db, insert(Target).values(year=2026, quarter=0, measure="people_trained", value=1))
    _fails(db, insert(Target).values(year=2026, quarter=5, measure="sessions", value=1))


def test_a_failed_unit_of_work_writes_nothing(db):
    # GIVEN a unit of work that adds a person and then breaks a rule
    with pytest.raises(DatabaseError), db.write() as s:
        s.add(Person(surname="Петрова", first_name="Ольга"))
        s.flush()
        s.execute(text("UPDATE person SET category = 'alien'"))
    # THEN the person was not saved either
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_timestamps_come_back_in_utc(db):
    with db.write() as s:
        person = Person(surname="Ozoliņa", first_name="Anna")
        s.add(person)
    with db.read() as s:
        stored = s.get(Person, person.id)
        assert stored.created_at.tzinfo is not None
        assert abs(stored.created_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
