"""The trainings a project comes from: held sessions newest first with their attendance by organisation, and the
people who took part in them, over a real database."""

from __future__ import annotations

import datetime as dt

import pytest

from factory_desk.domain.models import (
    AttendanceMark,
    Enrolment,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.project_sessions import held_sessions, session_participants


@pytest.fixture
def trainings(db):
    """Three sessions: an older held one (the clinic's two people present), a newer held one (one of the MFC's
    people present, one absent; a clinic person waiting), and a planned one."""
    with db.write() as s:
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name="Основы бережливого производства")
        clinic = Organisation(full_name="ГБУЗ «Киришская больница»", short_name="Киришская больница")
        mfc = Organisation(full_name="МФЦ Тосненского района", short_name="МФЦ Тосно")
        s.add_all([factory, programme, clinic, mfc])
        s.flush()
        people = {name: Person(surname=name, first_name="Анна", position="Специалист", organisation_id=org.id,
                               **Person.derived(name, "Анна"))
                  for name, org in (("Ёлкина", clinic), ("Борисова", clinic), ("Петрова", mfc), ("Сидорова", mfc),
                                    ("Волкова", clinic))}
        s.add_all(people.values())
        sessions = []
        for day, status in ((dt.date(2026, 3, 10), "held"), (dt.date(2026, 4, 14), "reported"),
                            (dt.date(2026, 6, 1), "planned")):
            training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status=status)
            training.days.append(SessionDay(day_no=1, date=day))
            s.add(training)
            sessions.append(training)
        s.flush()

        def enrol(training, person, mark=None, status="enrolled", position=None):
            enrolment = Enrolment(session_id=training.id, person_id=person.id, status=status,
                                  waitlist_position=position)
            s.add(enrolment)
            s.flush()
            if mark:
                s.add(AttendanceMark(enrolment_id=enrolment.id, day_no=1, status_code=mark))

        enrol(sessions[0], people["Ёлкина"], "present")
        enrol(sessions[0], people["Борисова"], "late")
        enrol(sessions[1], people["Петрова"], "present")
        enrol(sessions[1], people["Сидорова"], "absent")
        enrol(sessions[1], people["Волкова"], status="waitlisted", position=1)
        return {"sessions": [t.id for t in sessions], "clinic": clinic.id, "mfc": mfc.id,
                "people": {name: p.id for name, p in people.items()}}


def test_held_sessions_come_newest_first_with_who_attended(db, trainings):
    older, newer, _planned = trainings["sessions"]
    # WHEN the held sessions are listed for the clinic
    found = held_sessions(db, organisation_id=trainings["clinic"])
    # THEN the planned one is left out, the newest comes first, and each counts the people present (late counts)
    assert [(s.id, s.first_day, s.attended, s.from_organisation) for s in found] == [
        (newer, dt.date(2026, 4, 14), 1, 0), (older, dt.date(2026, 3, 10), 2, 2)]
    assert found[0].programme == "Основы бережливого производства" and found[0].factory == "Фабрика процессов Кириши"


def test_held_sessions_can_be_only_those_the_organisation_attended(db, trainings):
    older, newer, _planned = trainings["sessions"]
    assert [s.id for s in held_sessions(db, organisation_id=trainings["clinic"], attended_by_organisation=True)] == [
        older]
    assert [s.id for s in held_sessions(db, organisation_id=trainings["mfc"], attended_by_organisation=True)] == [
        newer]
    # Without an organisation, nobody is «of the organisation»
    assert [s.from_organisation for s in held_sessions(db)] == [0, 0]


def test_the_participants_of_sessions_say_who_attended(db, trainings):
    older, newer, _planned = trainings["sessions"]
    people = trainings["people"]
    found = session_participants(db, [older, newer])
    # THEN those holding a place, alphabetically (Ё with Е), each with their organisation; the waiting one is not
    assert [(p.name, p.organisation, p.attended) for p in found] == [
        ("Борисова Анна", "Киришская больница", True), ("Ёлкина Анна", "Киришская больница", True),
        ("Петрова Анна", "МФЦ Тосно", True), ("Сидорова Анна", "МФЦ Тосно", False)]
    assert found[1].person_id == people["Ёлкина"] and found[1].organisation_id == trainings["clinic"]
    assert session_participants(db, []) == []
