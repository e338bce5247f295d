"""Calendar files: one event per day of a session, read back by the icalendar library as a calendar program
would, with Cyrillic, local times in the factory's time zone, stable UIDs and cancelled sessions marked."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.models import Factory, Programme, SessionDay, Trainer, TrainingSession, session_trainer
from factory_desk.services.calendar_files import factory_calendar, session_calendar, trainer_calendar


@pytest.fixture
def place(db):
    with db.write() as s:
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР", address="г. Кириши, ул. Ленина, д. 1",
                          timezone="Europe/Moscow")
        daugavpils = Factory(name="Procesu fabrika Daugavpils", code="DAU", address="Daugavpils, Rīgas iela 22",
                             timezone="Europe/Riga")
        lean = Programme(name="Основы бережливого производства")
        cycle = Programme(name="Тренер по бережливому производству", days=2)
        petrov = Trainer(surname="Петров", first_name="Иван", patronymic="Сергеевич")
        ozola = Trainer(surname="Ozola", first_name="Līga")
        s.add_all([kirishi, daugavpils, lean, cycle, petrov, ozola])
        s.flush()
        return {"kirishi": kirishi.id, "daugavpils": daugavpils.id, "lean": lean.id, "cycle": cycle.id,
                "petrov": petrov.id, "ozola": ozola.id}


def add_session(db, place, *dates, factory="kirishi", programme="lean", status="open", trainers=("petrov",)):
    with db.write() as s:
        training = TrainingSession(programme_id=place[programme], factory_id=place[factory], status=status,
                                   cancel_reason="Тренер заболел" if status == "cancelled" else None)
        for number, day in enumerate(dates, start=1):
            training.days.append(SessionDay(day_no=number, date=day, starts_at=dt.time(9), ends_at=dt.time(17)))
        s.add(training)
        s.flush()
        for n, key in enumerate(trainers):
            s.execute(session_trainer.insert().values(session_id=training.id, trainer_id=place[key],
                                                      role="lead" if n == 0 else "assistant"))
        return training.id


def events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def test_a_session_of_two_days_is_two_events_in_the_factorys_time_zone(db, place):
    # GIVEN a two-day session at the Kirishi factory
    session_id = add_session(db, place, dt.date(2026, 12, 1), dt.date(2026, 12, 2), programme="cycle",
                             trainers=("petrov", "ozola"))

    # WHEN its calendar file is made and read back
    data = session_calendar(db, session_id)
    calendar = Calendar.from_ical(data)
    found = events(data)

    # THEN there is one event per day, named by the programme in Cyrillic, with stable UIDs
    assert [str(e["uid"]) for e in found] == [f"session-{session_id}-day-1@factory-desk",
                                              f"session-{session_id}-day-2@factory-desk"]
    assert str(found[0]["summary"]) == "Тренер по бережливому производству (day 1 of 2)"
    assert str(found[1]["summary"]) == "Тренер по бережливому производству (day 2 of 2)"
    # AND the place is the factory with its address
    assert str(found[0]["location"]) == "Фабрика процессов Кириши, г. Кириши, ул. Ленина, д. 1"
    # AND the times are Moscow times: 09:00 there is 06:00 UTC
    start, end = found[0].decoded("dtstart"), found[0].decoded("dtend")
    assert start == dt.datetime(2026, 12, 1, 9, tzinfo=ZoneInfo("Europe/Moscow"))
    assert start.astimezone(dt.UTC).hour == 6 and end - start == dt.timedelta(hours=8)
    assert found[0]["dtstart"].params["TZID"] == "Europe/Moscow"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Moscow"]
    # AND the description names the trainers, the lead first, and the fill
    text = str(found[0]["description"])
    assert "Trainers: Петров И. С., Ozola L." in text and "Enrolled: 0 of 16 (at least 12)" in text
    assert str(found[0]["status"]) == "TENTATIVE"
    assert str(calendar["x-wr-calname"]) == "Тренер по бережливому производству"
    # AND made again, the events keep their UIDs (a calendar program updates them instead of doubling them)
    assert [str(e["uid"]) for e in events(session_calendar(db, session_id))] == [str(e["uid"]) for e in found]


def test_a_latvian_factory_has_riga_time_and_latvian_letters(db, place):
    session_id = add_session(db, place, dt.date(2026, 7, 14), factory="daugavpils", trainers=("ozola",))
    (event,) = events(session_calendar(db, session_id))
    start = event.decoded("dtstart")
    assert start.tzinfo == ZoneInfo("Europe/Riga") and start.astimezone(dt.UTC).hour == 6  # summer time, +3
    assert str(event["location"]) == "Procesu fabrika Daugavpils, Daugavpils, Rīgas iela 22"
    assert "Ozola L." in str(event["description"])


def test_a_cancelled_session_is_marked_cancelled(db, place):
    session_id = add_session(db, place, dt.date(2026, 12, 3), status="cancelled")
    (event,) = events(session_calendar(db, session_id))
    assert str(event["status"]) == "CANCELLED"
    assert "Status: Cancelled" in str(event["description"])


def test_a_trainers_schedule_and_a_factorys_plan(db, place):
    # GIVEN sessions of two trainers at two factories, in and out of December
    mine = add_session(db, place, dt.date(2026, 12, 1), trainers=("petrov",))
    assisted = add_session(db, place, dt.date(2026, 12, 8), factory="daugavpils", trainers=("ozola", "petrov"))
    cancelled = add_session(db, place, dt.date(2026, 12, 9), status="cancelled", trainers=("petrov",))
    add_session(db, place, dt.date(2027, 1, 12), trainers=("petrov",))
    theirs = add_session(db, place, dt.date(2026, 12, 2), factory="daugavpils", trainers=("ozola",))
    december = (dt.date(2026, 12, 1), dt.date(2026, 12, 31))

    # WHEN the trainer's schedule for December is made
    data = trainer_calendar(db, place["petrov"], *december)

    # THEN it has every session the trainer leads or assists in December, cancelled ones marked, in both zones
    uids = [str(e["uid"]) for e in events(data)]
    assert uids == [f"session-{s}-day-1@factory-desk" for s in (mine, assisted, cancelled)]
    assert str(Calendar.from_ical(data)["x-wr-calname"]) == "Петров Иван Сергеевич"
    assert sorted(str(tz["tzid"]) for tz in Calendar.from_ical(data).walk("VTIMEZONE")) == [
        "Europe/Moscow", "Europe/Riga"]

    # AND the Daugavpils plan has that factory's sessions only
    plan = factory_calendar(db, place["daugavpils"], *december)
    assert [str(e["uid"]) for e in events(plan)] == [f"session-{s}-day-1@factory-desk" for s in (theirs, assisted)]
    assert str(Calendar.from_ical(plan)["x-wr-calname"]) == "Procesu fabrika Daugavpils"


def test_an_empty_period_is_a_valid_calendar_and_unknown_numbers_are_refused(db, place):
    empty = Calendar.from_ical(factory_calendar(db, place["kirishi"], dt.date(2030, 1, 1), dt.date(2030, 1, 31)))
    assert empty.walk("VEVENT") == [] and str(empty["version"]) == "2.0"
    with pytest.raises(FactoryDeskError, match="no session with the number 404"):
        session_calendar(db, 404)
    with pytest.raises(FactoryDeskError, match="no trainer with the number 404"):
        trainer_calendar(db, 404, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    with pytest.raises(FactoryDeskError, match="no factory with the number 404"):
        factory_calendar(db, 404, dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_the_words_of_the_description_go_through_the_given_translation(db, place):
    russian = {"Trainers: {names}": "Тренеры: {names}", "Status: {status}": "Статус: {status}",
               "Open for enrolment": "Открыта запись",
               "Enrolled: {enrolled} of {max_group} (at least {min_group})": "Записано: {enrolled} из {max_group}"}
    session_id = add_session(db, place, dt.date(2026, 12, 1))
    (event,) = events(session_calendar(db, session_id, translate=lambda _context, text: russian.get(text, text)))
    assert str(event["description"]).splitlines()[:3] == ["Тренеры: Петров И. С.", "Записано: 0 из 16",
                                                          "Статус: Открыта запись"]
