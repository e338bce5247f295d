"""The calendar's days in a range with their fill and trainers, and the Today page's sections."""

from __future__ import annotations

import datetime as dt

import pytest

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.models import (
    Enrolment,
    Factory,
    Person,
    Programme,
    SessionDay,
    Trainer,
    TrainingSession,
    session_trainer,
)
from factory_desk.services.calendar import (
    entries_between,
    factory_choices,
    factory_places,
    session_entries,
    short_name,
    today_overview,
    week_of,
)

TODAY = dt.date(2026, 11, 18)  # a Wednesday: its week runs from Monday the 16th to Sunday the 22nd


@pytest.fixture
def place(db):
    """Two factories, two programmes (one of two days), three trainers, forty people."""
    with db.write() as s:
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР", address="Кириши, ул. Ленина, 1")
        riga = Factory(name="Procesu fabrika Daugavpils", code="DAU", timezone="Europe/Riga")
        closed = Factory(name="Фабрика процессов Тихвин", code="ТИХ", is_active=False)
        lean = Programme(name="Основы бережливого производства")
        cycle = Programme(name="Тренер по бережливому производству", days=2)
        petrov = Trainer(surname="Петров", first_name="Иван", patronymic="Сергеевич")
        andreeva = Trainer(surname="Андреева", first_name="Анна")
        berzins = Trainer(surname="Bērziņš", first_name="Jānis")
        people = [Person(surname=f"Участник{n:02}", first_name="Пётр") for n in range(40)]
        s.add_all([kirishi, riga, closed, lean, cycle, petrov, andreeva, berzins, *people])
        s.flush()
        return {"kirishi": kirishi.id, "riga": riga.id, "closed": closed.id, "lean": lean.id, "cycle": cycle.id,
                "petrov": petrov.id, "andreeva": andreeva.id, "berzins": berzins.id,
                "people": [p.id for p in people]}


def add_session(db, place, *dates, factory="kirishi", programme="lean", status="open", starts=dt.time(9),
                trainers=(), enrolled=0, waiting=0, dropped=0, min_group=12, max_group=16):
    """A session on `dates` with `enrolled` people, `waiting` on its waitlist and `dropped` who cancelled;
    trainers by key, the lead first."""
    with db.write() as s:
        training = TrainingSession(programme_id=place[programme], factory_id=place[factory], status=status,
                                   min_group=min_group, max_group=max_group,
                                   cancel_reason="Мало заявок" if status == "cancelled" else None)
        for number, day in enumerate(dates, start=1):
            training.days.append(SessionDay(day_no=number, date=day, starts_at=starts,
                                            ends_at=dt.time(starts.hour + 8)))
        s.add(training)
        s.flush()
        people = iter(place["people"])
        s.add_all(Enrolment(session_id=training.id, person_id=next(people)) for _ in range(enrolled))
        s.add_all(Enrolment(session_id=training.id, person_id=next(people), status="waitlisted",
                            waitlist_position=n) for n in range(1, waiting + 1))
        s.add_all(Enrolment(session_id=training.id, person_id=next(people), status="cancelled")
                  for _ in range(dropped))
        for n, key in enumerate(trainers):
            s.execute(session_trainer.insert().values(session_id=training.id, trainer_id=place[key],
                                                      role="lead" if n == 0 else "assistant"))
        return training.id


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


# --- entries in a range -------------------------------------------------------------------------------------------

def test_every_day_in_the_range_is_listed_by_date_and_time_with_both_ends_included(db, place):
    # GIVEN sessions before, on the edges of, inside and after 10–20 November, and a two-day one across the end
    before = add_session(db, place, dt.date(2026, 11, 9))
    first = add_session(db, place, dt.date(2026, 11, 10), starts=dt.time(10))
    early = add_session(db, place, dt.date(2026, 11, 10), starts=dt.time(8), factory="riga")
    last = add_session(db, place, dt.date(2026, 11, 20))
    across = add_session(db, place, dt.date(2026, 11, 20), dt.date(2026, 11, 21), programme="cycle",
                         starts=dt.time(11))
    after = add_session(db, place, dt.date(2026, 11, 21))

    # WHEN the range is read
    entries = entries_between(db, dt.date(2026, 11, 10), dt.date(2026, 11, 20))

    # THEN the days inside it come in date and time order, the edges included
    assert [(e.session_id, e.date, e.starts_at) for e in entries] == [
        (early, dt.date(2026, 11, 10), dt.time(8)), (first, dt.date(2026, 11, 10), dt.time(10)),
        (last, dt.date(2026, 11, 20), dt.time(9)), (across, dt.date(2026, 11, 20), dt.time(11))]
    assert before not in {e.session_id for e in entries} and after not in {e.session_id for e in entries}
    # AND the two-day session's first day says it is day 1 of 2, with the session's programme and factory
    entry = entries[-1]
    assert (entry.day_no, entry.days, entry.ends_at) == (1, 2, dt.time(19))
    assert (entry.programme, entry.factory) == ("Тренер по бережливому производству", "Фабрика процессов Кириши")
    assert (entry.programme_id, entry.factory_id) == (place["cycle"], place["kirishi"])
    # AND its second day is an entry of its own on the next day
    second = entries_between(db, dt.date(2026, 11, 21), dt.date(2026, 11, 21))
    assert [(e.session_id, e.day_no, e.days) for e in second] == [(after, 1, 1), (across, 2, 2)]  # 9:00, 11:00


def test_counts_and_fill_of_each_session(db, place):
    # GIVEN groups of 12–16: empty, under the minimum, enough, full with a waiting list; people who dropped out
    empty = add_session(db, place, day(1), dropped=2)
    under = add_session(db, place, day(1), enrolled=11, dropped=1)
    enough = add_session(db, place, day(1), enrolled=12)
    full = add_session(db, place, day(1), enrolled=16, waiting=3)

    # WHEN the day is read
    entries = {e.session_id: e for e in entries_between(db, day(1), day(1))}

    # THEN each counts its enrolled and waiting people only, and says how full it is
    assert [(entries[s].enrolled, entries[s].waitlisted, entries[s].fill, entries[s].free_places)
            for s in (empty, under, enough, full)] == [
        (0, 0, "empty", 16), (11, 0, "under", 5), (12, 0, "ok", 4), (16, 3, "full", 0)]
    assert (entries[full].min_group, entries[full].max_group) == (12, 16)


def test_trainers_are_named_short_with_the_lead_first(db, place):
    # GIVEN a session led by Петров with two assistants, and one without trainers
    led = add_session(db, place, day(2), trainers=("petrov", "berzins", "andreeva"))
    alone = add_session(db, place, day(2), trainers=("andreeva",))
    nobody = add_session(db, place, day(2))

    # WHEN the day is read
    entries = {e.session_id: e.trainers for e in entries_between(db, day(2), day(2))}

    # THEN the lead comes first, the assistants alphabetically, each as a surname with initials
    assert entries == {led: "Петров И. С., Bērziņš J., Андреева А.",
                       alone: "Андреева А.", nobody: ""}
    assert short_name("Семёнов-Тян-Шанский", "Пётр", "Петрович") == "Семёнов-Тян-Шанский П. П."
    assert short_name("Ozola") == "Ozola"


def test_filters_by_factory_trainer_and_cancellation(db, place):
    # GIVEN sessions at two factories, one cancelled, with different trainers
    kirishi = add_session(db, place, day(3), trainers=("petrov",))
    riga = add_session(db, place, day(3), factory="riga", trainers=("berzins", "petrov"))
    cancelled = add_session(db, place, day(3), status="cancelled", trainers=("andreeva",))

    def ids(**filters):
        return [e.session_id for e in entries_between(db, day(3), day(3), **filters)]

    # THEN each filter keeps its own sessions; cancelled ones are shown unless left out
    assert sorted(ids()) == sorted([kirishi, riga, cancelled])
    assert sorted(ids(factory_id=place["kirishi"])) == sorted([kirishi, cancelled])
    assert ids(factory_id=place["riga"]) == [riga]
    assert sorted(ids(trainer_id=place["petrov"])) == sorted([kirishi, riga])  # as the lead and as an assistant
    assert ids(trainer_id=place["berzins"], factory_id=place["kirishi"]) == []
    assert sorted(ids(include_cancelled=False)) == sorted([kirishi, riga])
    assert [e.is_cancelled for e in entries_between(db, day(3), day(3), trainer_id=place["andreeva"])] == [True]


def test_the_days_of_one_session_and_a_session_that_does_not_exist(db, place):
    two = add_session(db, place, day(5), day(6), programme="cycle", enrolled=3, trainers=("petrov",))
    assert [(e.day_no, e.date, e.enrolled, e.trainers) for e in session_entries(db, two)] == [
        (1, day(5), 3, "Петров И. С."), (2, day(6), 3, "Петров И. С.")]
    with pytest.raises(FactoryDeskError, match="no session with the number 999"):
        session_entries(db, 999)


def test_factory_choices_and_places(db, place):
    # Active factories only, alphabetically (Latin before Cyrillic, as a sort key orders them)
    assert [f.name for f in factory_choices(db)] == ["Procesu fabrika Daugavpils", "Фабрика процессов Кириши"]
    assert len(factory_choices(db, active_only=False)) == 3
    places = factory_places(db, [place["kirishi"], place["riga"]])
    assert (places[place["kirishi"]].address, places[place["kirishi"]].timezone) == (
        "Кириши, ул. Ленина, 1", "Europe/Moscow")
    assert places[place["riga"]].timezone == "Europe/Riga"


# --- the Today page ----------------------------------------------------------------------------------------------

def test_today_and_this_week_run_from_monday_to_sunday(db, place):
    # GIVEN sessions last Sunday, this Monday, today, this Sunday and next Monday
    last_sunday = add_session(db, place, day(-3))
    monday = add_session(db, place, day(-2))
    today = add_session(db, place, day(0), enrolled=11, waiting=0)
    sunday = add_session(db, place, day(4), factory="riga")
    next_monday = add_session(db, place, day(5))

    # WHEN the Today page is read on Wednesday
    overview = today_overview(db, TODAY)

    # THEN today has today's session and the week Monday to Sunday
    assert week_of(TODAY) == (day(-2), day(4))
    assert overview.day == TODAY
    assert [e.session_id for e in overview.today] == [today]
    assert [e.session_id for e in overview.this_week] == [monday, today, sunday]
    assert last_sunday not in [e.session_id for e in overview.this_week]
    assert next_monday not in [e.session_id for e in overview.this_week]
    # AND one factory's page has only its own
    assert [e.session_id for e in today_overview(db, TODAY, factory_id=place["riga"]).this_week] == [sunday]


def test_groups_under_their_minimum_in_the_next_two_weeks(db, place):
    # GIVEN groups under the minimum yesterday, today, in 14 and in 15 days; one at the minimum; a cancelled one,
    # a held one; and a two-day group that began yesterday
    add_session(db, place, day(-1), enrolled=5)
    today = add_session(db, place, day(0), enrolled=5, status="confirmed")
    fortnight = add_session(db, place, day(14), enrolled=0, status="planned")
    add_session(db, place, day(15), enrolled=3)
    add_session(db, place, day(3), enrolled=12)
    add_session(db, place, day(4), enrolled=2, status="cancelled")
    add_session(db, place, day(0), enrolled=2, status="held")
    add_session(db, place, day(-1), day(0), programme="cycle", enrolled=2)
    smaller = add_session(db, place, day(7), enrolled=5, min_group=6, max_group=8)

    # WHEN the Today page is read
    under = today_overview(db, TODAY).under_minimum

    # THEN only groups that still take people and start from today to 14 days ahead are listed, by date
    assert [e.session_id for e in under] == [today, smaller, fortnight]
    assert [e.fill for e in under] == ["under", "under", "empty"]


def test_sessions_held_without_a_report(db, place):
    # GIVEN held sessions (one of two days), a reported one and an old held one at the other factory
    held = add_session(db, place, day(-2), status="held", enrolled=14)
    two_days = add_session(db, place, day(-6), day(-5), programme="cycle", status="held", enrolled=12)
    add_session(db, place, day(-3), status="reported", enrolled=14)
    old = add_session(db, place, dt.date(2025, 2, 3), status="held", factory="riga")

    # WHEN the Today page is read
    overview = today_overview(db, TODAY)

    # THEN each held session is listed once, by its first day, oldest first
    assert [(e.session_id, e.day_no) for e in overview.held_without_report] == [(old, 1), (two_days, 1), (held, 1)]
    assert [e.session_id for e in today_overview(db, TODAY, factory_id=place["kirishi"]).held_without_report] == [
        two_days, held]


def test_waiting_lists_that_can_be_promoted(db, place):
    # GIVEN sessions with free places and people waiting (today and later), and sessions that do not qualify:
    # full with a waiting list, free places but nobody waiting, already begun or over, cancelled
    promotable = add_session(db, place, day(6), enrolled=14, waiting=2)
    today = add_session(db, place, day(0), enrolled=15, waiting=1, status="confirmed")
    add_session(db, place, day(6), enrolled=16, waiting=3)
    add_session(db, place, day(6), enrolled=10)
    add_session(db, place, day(-1), enrolled=14, waiting=1, status="confirmed")
    add_session(db, place, day(-7), enrolled=14, waiting=1, status="held")
    add_session(db, place, day(8), enrolled=14, waiting=1, status="cancelled")

    # WHEN the Today page is read
    overview = today_overview(db, TODAY)

    # THEN the sessions that can promote someone are listed with their free places and queue
    assert [(e.session_id, e.free_places, e.waitlisted) for e in overview.promotable] == [
        (today, 1, 1), (promotable, 2, 2)]


def test_an_empty_database_has_empty_sections(db):
    overview = today_overview(db, TODAY)
    assert (overview.today, overview.this_week, overview.under_minimum, overview.held_without_report,
            overview.promotable) == ([], [], [], [], [])
    assert entries_between(db, day(-30), day(30)) == []
