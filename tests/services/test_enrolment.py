"""Enrolment: places filled up to the maximum, the waiting list behind them, cancellations that promote the
first person waiting, the session picker and the roster, and two writers at once never overfilling a group."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    EnrolmentStatus,
    Factory,
    Municipality,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.enrolment import cancel_enrolment, enrol, session_roster, upcoming_sessions
from factory_desk.services.person_records import erase_person
from factory_desk.store.database import Database

TODAY = dt.date(2026, 3, 2)


def _add(db, *rows):
    with db.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def place(db):
    """Two organisations, a factory, two programmes."""
    with db.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»", short_name="ООО «Ромашка»")
        school = Organisation(full_name="Школа №5")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР")
        lean = Programme(name="Основы бережливого производства")
        office = Programme(name="Фабрика офисных процессов", kind="office")
        s.add_all([plant, school, factory, lean, office])
        s.flush()
        return {"plant": plant.id, "school": school.id, "factory": factory.id, "programme": lean.id,
                "other_programme": office.id}


def _session(db, place, *dates, max_group=3, status="open", starts_at=dt.time(9, 0), programme=None,
             factory=None):
    training = TrainingSession(programme_id=programme or place["programme"], factory_id=factory or place["factory"],
                               status=status, min_group=1, max_group=max_group,
                               cancel_reason="Тренер заболел" if status == "cancelled" else None)
    for number, date in enumerate(dates or (dt.date(2026, 3, 10),), start=1):
        training.days.append(SessionDay(day_no=number, date=date, starts_at=starts_at,
                                        ends_at=dt.time(starts_at.hour + 8, 0)))
    return _add(db, training)[0]


def _people(db, organisation, *surnames):
    return _add(db, *(Person(surname=surname, first_name="Иван", patronymic="Петрович", organisation_id=organisation)
                      for surname in surnames))


def _state(db, session_id):
    """person id → (status, waitlist position) of every enrolment in the session."""
    with db.read() as s:
        return {pid: (status, position) for pid, status, position in s.execute(
            select(Enrolment.person_id, Enrolment.status, Enrolment.waitlist_position)
            .where(Enrolment.session_id == session_id))}


def _enrolment_id(db, session_id, person_id):
    with db.read() as s:
        return s.scalar(select(Enrolment.id).where(Enrolment.session_id == session_id,
                                                   Enrolment.person_id == person_id))


# --- enrolling ---------------------------------------------------------------------------------------------

def test_places_are_filled_up_to_the_maximum_and_the_rest_wait_in_order(db, place):
    # GIVEN a session for three and five people
    session_id = _session(db, place, max_group=3)
    people = _people(db, place["plant"], "Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев")

    # WHEN all five are enrolled
    result = enrol(db, session_id, people, user_name="coordinator")

    # THEN the first three have places and the other two wait as 1 and 2
    assert result.enrolled == tuple(people[:3])
    assert result.waitlisted == ((people[3], 1), (people[4], 2))
    assert result.already == ()
    assert _state(db, session_id) == {**{p: ("enrolled", None) for p in people[:3]},
                                      people[3]: ("waitlisted", 1), people[4]: ("waitlisted", 2)}
    # AND the next person joins the end of the queue
    late = _people(db, place["school"], "Егоров")[0]
    assert enrol(db, session_id, [late]).waitlisted == ((late, 3),)
    # AND the enrolment is in the audit log
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "people_enrolled")
                          .order_by(AuditEntry.id)).first()
    assert entry is not None and entry.entity_id == session_id and entry.user_name == "coordinator"
    assert entry.details["enrolled"] == people[:3]


def test_people_already_in_the_session_are_reported_and_left_as_they_were(db, place):
    # GIVEN one person enrolled and one waiting in a session for one
    session_id = _session(db, place, max_group=1)
    first, second, third = _people(db, place["plant"], "Андреев", "Борисов", "Васильев")
    enrol(db, session_id, [first, second])

    # WHEN they are enrolled again together with a newcomer (and one of them twice in the list)
    result = enrol(db, session_id, [second, first, third, first])

    # THEN both are reported as already there and only the newcomer is added, behind the queue
    assert result.already == (second, first)
    assert result.enrolled == ()
    assert result.waitlisted == ((third, 2),)
    assert _state(db, session_id) == {first: ("enrolled", None), second: ("waitlisted", 1), third: ("waitlisted", 2)}


@pytest.mark.parametrize(("status", "words"), [
    ("held", "has already been held: nobody can be enrolled in it any more"),
    ("reported", "has already been reported: nobody can be enrolled in it any more"),
    ("cancelled", "was cancelled: nobody can be enrolled in it"),
])
def test_a_session_that_no_longer_takes_people_refuses_with_a_sentence(db, place, status, words):
    # GIVEN a session in the past
    session_id = _session(db, place, status=status)
    person = _people(db, place["plant"], "Андреев")[0]

    # WHEN someone is enrolled in it  THEN the sentence names the session and says why
    with pytest.raises(FactoryDeskError) as refused:
        enrol(db, session_id, [person])
    assert str(refused.value) == f"The session «Основы бережливого производства» of 10.03.2026 {words}."
    assert _state(db, session_id) == {}


def test_an_unknown_session_is_refused_and_an_unknown_person_alone_is_refused(db, place):
    session_id = _session(db, place)
    person = _people(db, place["plant"], "Андреев")[0]
    with pytest.raises(FactoryDeskError, match="There is no session with the number 9999."):
        enrol(db, 9999, [person])

    # WHEN a list names someone who is not in the register
    result = enrol(db, session_id, [9999, person])

    # THEN that number is refused with a sentence, and the others are enrolled
    assert result.enrolled == (person,)
    assert [(r.person_id, str(r.error)) for r in result.refused] == [
        (9999, "There is no person with the number 9999 in the register.")]
    assert _state(db, session_id) == {person: ("enrolled", None)}


def test_an_erased_person_is_refused_and_the_others_are_enrolled(db, place):
    # GIVEN two people in the pool and one whose data were erased
    session_id = _session(db, place)
    first, gone, second = _people(db, place["plant"], "Андреев", "Борисов", "Васильев")
    _add(db, PoolEntry(person_id=first), PoolEntry(person_id=second))
    erase_person(db, gone, reason="Заявление")

    # WHEN the three are enrolled together
    result = enrol(db, session_id, [first, gone, second])

    # THEN the sentence names the erased person's number, and the two others have places and left the pool
    assert [(r.person_id, str(r.error)) for r in result.refused] == [
        (gone, f"The data of person {gone} were erased: they cannot be enrolled.")]
    assert result.enrolled == (first, second)
    assert _state(db, session_id) == {first: ("enrolled", None), second: ("enrolled", None)}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PoolEntry)) == 0
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "people_enrolled")).one()
    assert entry.details["refused"] == [gone]


def test_a_list_of_only_refused_people_writes_nothing(db, place):
    session_id = _session(db, place)
    result = enrol(db, session_id, [9998, 9999])
    assert (result.enrolled, result.waitlisted, [r.person_id for r in result.refused]) == ((), (), [9998, 9999])
    assert _state(db, session_id) == {}
    with db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "people_enrolled")) == 0


def test_enrolled_and_waiting_people_leave_the_general_pool_and_the_programmes_pool(db, place):
    # GIVEN a session for one; two people in the general pool, the programme's pool and another programme's
    session_id = _session(db, place, max_group=1)
    first, second, kept = _people(db, place["plant"], "Андреев", "Борисов", "Васильев")
    _add(db, *(PoolEntry(person_id=p, programme_id=programme) for p in (first, second, kept)
               for programme in (None, place["programme"], place["other_programme"])))

    # WHEN two of them are enrolled (one gets the place, one waits)
    result = enrol(db, session_id, [first, second])

    # THEN both leave the general pool and this programme's pool, and stay in the other programme's
    assert result.pool_entries_removed == 4
    with db.read() as s:
        left = {tuple(row) for row in s.execute(select(PoolEntry.person_id, PoolEntry.programme_id))}
    assert left == {(first, place["other_programme"]), (second, place["other_programme"]),
                    (kept, None), (kept, place["programme"]), (kept, place["other_programme"])}


def test_the_pool_can_be_kept(db, place):
    session_id = _session(db, place)
    person = _people(db, place["plant"], "Андреев")[0]
    _add(db, PoolEntry(person_id=person))
    assert enrol(db, session_id, [person], remove_from_pool=False, source="pool").pool_entries_removed == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PoolEntry)) == 1
        assert s.scalar(select(Enrolment.source)) == "pool"


def test_a_person_enrolled_again_after_a_cancellation_gets_the_same_enrolment_back(db, place):
    # GIVEN a person whose enrolment was cancelled
    session_id = _session(db, place)
    person = _people(db, place["plant"], "Андреев")[0]
    enrol(db, session_id, [person])
    enrolment_id = _enrolment_id(db, session_id, person)
    cancel_enrolment(db, enrolment_id, reason="Командировка")

    # WHEN the person is enrolled again
    result = enrol(db, session_id, [person], source="import")

    # THEN the same enrolment is active again, without the old reason
    assert result.enrolled == (person,)
    with db.read() as s:
        enrolment = s.get(Enrolment, enrolment_id)
        assert enrolment is not None
        assert (enrolment.status, enrolment.status_reason, enrolment.source) == ("enrolled", None, "import")
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 1


# --- cancelling --------------------------------------------------------------------------------------------

def test_cancelling_a_place_promotes_the_first_person_waiting_and_closes_up_the_queue(db, place):
    # GIVEN a session for two with three people waiting
    session_id = _session(db, place, max_group=2)
    people = _people(db, place["plant"], "Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев")
    enrol(db, session_id, people)

    # WHEN the first enrolled person cancels
    promotion = cancel_enrolment(db, _enrolment_id(db, session_id, people[0]), reason="Болезнь",
                                 user_name="coordinator")

    # THEN the first in the queue takes the place and the others move up one
    assert promotion is not None
    assert (promotion.person_id, promotion.full_name) == (people[2], "Васильев Иван Петрович")
    assert promotion.enrolment_id == _enrolment_id(db, session_id, people[2])
    assert _state(db, session_id) == {people[0]: ("cancelled", None), people[1]: ("enrolled", None),
                                      people[2]: ("enrolled", None), people[3]: ("waitlisted", 1),
                                      people[4]: ("waitlisted", 2)}
    # AND the audit log says who cancelled, why, and who was promoted
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "enrolment_cancelled")).one()
        reason = s.scalar(select(Enrolment.status_reason).where(Enrolment.person_id == people[0]))
    assert (entry.user_name, entry.reason, reason) == ("coordinator", "Болезнь", "Болезнь")
    assert entry.details["promoted_person_id"] == people[2]
    assert entry.details["person_id"] == people[0]


def test_cancelling_a_place_with_nobody_waiting_promotes_nobody(db, place):
    session_id = _session(db, place, max_group=2)
    first, second = _people(db, place["plant"], "Андреев", "Борисов")
    enrol(db, session_id, [first, second])
    assert cancel_enrolment(db, _enrolment_id(db, session_id, first), reason="Болезнь") is None
    assert _state(db, session_id) == {first: ("cancelled", None), second: ("enrolled", None)}


def test_cancelling_someone_waiting_closes_the_gap_behind_them(db, place):
    # GIVEN a session for one with four people waiting
    session_id = _session(db, place, max_group=1)
    people = _people(db, place["plant"], "Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев")
    enrol(db, session_id, people)

    # WHEN the second in the queue cancels
    promotion = cancel_enrolment(db, _enrolment_id(db, session_id, people[2]), reason="Отпуск")

    # THEN nobody is promoted and the queue reads 1, 2, 3 in the same order
    assert promotion is None
    assert _state(db, session_id) == {people[0]: ("enrolled", None), people[1]: ("waitlisted", 1),
                                      people[2]: ("cancelled", None), people[3]: ("waitlisted", 2),
                                      people[4]: ("waitlisted", 3)}


def test_a_cancellation_needs_a_reason_an_active_enrolment_and_an_open_session(db, place):
    session_id = _session(db, place)
    person = _people(db, place["plant"], "Андреев")[0]
    enrol(db, session_id, [person])
    enrolment_id = _enrolment_id(db, session_id, person)
    with pytest.raises(FactoryDeskError, match="Say why the enrolment is cancelled."):
        cancel_enrolment(db, enrolment_id, reason="  ")
    with pytest.raises(FactoryDeskError, match="There is no enrolment with the number 9999."):
        cancel_enrolment(db, 9999, reason="Болезнь")
    cancel_enrolment(db, enrolment_id, reason="Болезнь")
    with pytest.raises(FactoryDeskError, match="no longer active"):
        cancel_enrolment(db, enrolment_id, reason="Болезнь")
    # A session already held keeps its list: the absence is marked on the attendance sheet.
    held = _session(db, place, status="held")
    with db.write() as s:
        s.add(Enrolment(session_id=held, person_id=person))
    with pytest.raises(FactoryDeskError, match="has already been held: its enrolments can no longer be cancelled"):
        cancel_enrolment(db, _enrolment_id(db, held, person), reason="Болезнь")


# --- the picker and the roster -----------------------------------------------------------------------------

def test_upcoming_sessions_are_those_not_started_that_take_people_soonest_first(db, place):
    # GIVEN sessions before, on and after today, one already under way, and some that take nobody
    later = _session(db, place, dt.date(2026, 3, 20), dt.date(2026, 3, 21), max_group=2)
    today_late = _session(db, place, TODAY, starts_at=dt.time(10, 0), status="confirmed",
                          programme=place["other_programme"])
    today_early = _session(db, place, TODAY, starts_at=dt.time(8, 0), status="planned")
    _session(db, place, TODAY - dt.timedelta(days=1), TODAY)  # started yesterday
    _session(db, place, TODAY - dt.timedelta(days=7))
    for status in ("held", "reported", "cancelled"):
        _session(db, place, dt.date(2026, 3, 25), status=status)
    people = _people(db, place["plant"], "Андреев", "Борисов", "Васильев", "Григорьев")
    enrol(db, later, people)

    # WHEN the picker lists them
    choices = upcoming_sessions(db, today=TODAY)

    # THEN they come by first day and start time, with their counts and limits
    assert [c.id for c in choices] == [today_early, today_late, later]
    last = choices[-1]
    assert (last.programme, last.factory, last.first_date, last.starts_at) == (
        "Основы бережливого производства", "Фабрика процессов Кириши", dt.date(2026, 3, 20), dt.time(9, 0))
    assert (last.enrolled, last.waitlisted, last.min_group, last.max_group, last.status, last.free_places) == (
        2, 2, 1, 2, "open", 0)
    assert (choices[1].programme, choices[1].status, choices[1].enrolled, choices[1].free_places) == (
        "Фабрика офисных процессов", "confirmed", 0, 3)
    assert [c.id for c in upcoming_sessions(db, today=TODAY, limit=2)] == [today_early, today_late]


def test_upcoming_sessions_for_an_organisation_are_at_factories_serving_its_municipality(db, place):
    # GIVEN a factory serving Кириши, one serving Волхов, one serving anyone; an organisation in Кириши
    kirishi, volkhov = _add(db, Municipality(name="Кириши"), Municipality(name="Волхов"))
    with db.write() as s:
        ours = s.get(Factory, place["factory"])
        assert ours is not None
        ours.municipalities.append(s.get(Municipality, kirishi))
        theirs = Factory(name="Фабрика процессов Волхов", code="ВОЛ")
        theirs.municipalities.append(s.get(Municipality, volkhov))
        anyone = Factory(name="Фабрика процессов колледжа", code="КОЛ")
        s.add_all([theirs, anyone])
        s.flush()
        plant = s.get(Organisation, place["plant"])
        assert plant is not None
        plant.municipality_id = kirishi
        factories = theirs.id, anyone.id
    at_ours = _session(db, place, dt.date(2026, 3, 10))
    _session(db, place, dt.date(2026, 3, 11), factory=factories[0])
    at_anyone = _session(db, place, dt.date(2026, 3, 12), factory=factories[1])

    # THEN the plant sees its own factory and the one serving anyone; the school, with no municipality, all
    assert [c.id for c in upcoming_sessions(db, today=TODAY, organisation_id=place["plant"])] == [at_ours, at_anyone]
    assert len(upcoming_sessions(db, today=TODAY, organisation_id=place["school"])) == 3


def test_the_roster_lists_the_enrolled_alphabetically_then_the_queue_in_order(db, place):
    # GIVEN a session for three: Ёлкин sorts with Е (between Дмитриев and Жуков), not before А
    session_id = _session(db, place, max_group=3)
    zhukov, elkin, dmitriev, yakovlev, abramov = _people(db, place["plant"], "Жуков", "Ёлкин", "Дмитриев",
                                                         "Яковлев", "Абрамов")
    no_org = _add(db, Person(surname="Борисов", first_name="Олег", position="Мастер"))[0]
    enrol(db, session_id, [zhukov, elkin, dmitriev, yakovlev, no_org, abramov])
    cancel_enrolment(db, _enrolment_id(db, session_id, yakovlev), reason="Отпуск")

    # WHEN the roster is read
    roster = session_roster(db, session_id)

    # THEN the enrolled come alphabetically, then the queue by position; the cancelled are not listed
    assert [(r.person_id, r.status, r.waitlist_position) for r in roster] == [
        (dmitriev, "enrolled", None), (elkin, "enrolled", None), (zhukov, "enrolled", None),
        (no_org, "waitlisted", 1), (abramov, "waitlisted", 2)]
    assert (roster[0].full_name, roster[0].organisation) == ("Дмитриев Иван Петрович", "ООО «Ромашка»")
    assert (roster[3].full_name, roster[3].organisation, roster[3].position) == ("Борисов Олег", "", "Мастер")
    assert roster[0].enrolment_id == _enrolment_id(db, session_id, dmitriev)


# --- two writers at once -----------------------------------------------------------------------------------

def _in_parallel(*jobs):
    """Run the jobs on their own threads, released together; return their results or raise the first error."""
    barrier = threading.Barrier(len(jobs))
    results: list[object] = [None] * len(jobs)
    errors: list[BaseException] = []

    def run(index, job):
        try:
            barrier.wait(timeout=10)
            results[index] = job()
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]
    return results


def test_two_writers_at_once_never_overfill_a_group_nor_share_a_waitlist_place(db, db_url, place):
    # GIVEN three sessions with three free places, and two app instances with their own connections
    sessions = [_session(db, place, dt.date(2026, 3, 10 + n), max_group=4) for n in range(3)]
    holder = _people(db, place["school"], "Староверов")[0]
    for session_id in sessions:
        enrol(db, session_id, [holder])
    ours = _people(db, place["plant"], "Андреев", "Борисов", "Васильев")
    theirs = _people(db, place["school"], "Григорьев", "Дмитриев", "Егоров")
    first, second = Database(db_url), Database(db_url)
    try:
        for session_id in sessions:
            # WHEN both enrol three different people in the same session at the same moment
            results = _in_parallel(lambda s=session_id: enrol(first, s, ours),
                                   lambda s=session_id: enrol(second, s, theirs))

            # THEN exactly three more got places and the other three wait as 1, 2, 3
            state = _state(db, session_id)
            assert sum(status == "enrolled" for status, _position in state.values()) == 4
            assert sorted(position for status, position in state.values() if status == "waitlisted") == [1, 2, 3]
            assert sum(len(r.enrolled) for r in results) == 3
            assert sorted(p for r in results for _person, p in r.waitlisted) == [1, 2, 3]
    finally:
        first.dispose()
        second.dispose()


def test_a_writer_waits_for_another_instance_to_finish_instead_of_failing(db, db_url, place):
    # GIVEN another app instance in the middle of a write to the same session
    session_id = _session(db, place, max_group=1)
    person, other = _people(db, place["plant"], "Андреев", "Борисов")
    busy, started = Database(db_url), threading.Event()

    def hold_the_session():
        with busy.write() as s:
            s.execute(select(TrainingSession).where(TrainingSession.id == session_id).with_for_update())
            s.add(Enrolment(session_id=session_id, person_id=other))
            s.flush()
            started.set()
            time.sleep(1.0)

    holder = threading.Thread(target=hold_the_session)
    try:
        holder.start()
        assert started.wait(timeout=10)
        # WHEN this instance enrols someone meanwhile
        begun = time.monotonic()
        result = enrol(db, session_id, [person])
        waited = time.monotonic() - begun
    finally:
        holder.join(timeout=30)
        busy.dispose()

    # THEN it waited for the other write to commit, then saw its place taken and joined the queue
    assert waited >= 0.5
    assert result.waitlisted == ((person, 1),)
    assert _state(db, session_id) == {other: (EnrolmentStatus.ENROLLED.value, None), person: ("waitlisted", 1)}


def test_four_writers_enrolling_many_people_at_once_never_overfill_nor_leave_a_gap_in_the_queue(db, db_url, place):
    # GIVEN a session for ten with two places taken, and four app instances with five people each
    session_id = _session(db, place, max_group=10)
    enrol(db, session_id, _people(db, place["school"], "Староверов", "Старостин"))
    groups = [_people(db, place["plant"], *(f"Сотрудник{n}-{i}" for i in range(5))) for n in range(4)]
    instances = [Database(db_url) for _group in groups]
    try:
        # WHEN all four enrol their people in the same session at the same moment, some one by one
        def batch(instance, people):
            return [enrol(instance, session_id, people[:2]), enrol(instance, session_id, people[2:3]),
                    enrol(instance, session_id, people[3:])]

        results = _in_parallel(*(lambda i=i, g=g: batch(i, g) for i, g in zip(instances, groups, strict=True)))
    finally:
        for instance in instances:
            instance.dispose()

    # THEN exactly the eight free places were given, and the other twelve wait as 1..12 without gaps or twins
    state = _state(db, session_id)
    assert sum(status == "enrolled" for status, _position in state.values()) == 10
    assert sorted(position for status, position in state.values() if status == "waitlisted") == list(range(1, 13))
    given = [r for runs in results for r in runs]
    assert sum(len(r.enrolled) for r in given) == 8
    assert sorted(position for r in given for _person, position in r.waitlisted) == list(range(1, 13))
    # AND each writer's people wait in the order that writer enrolled them
    for group in groups:
        waiting = [state[p][1] for p in group if state[p][0] == "waitlisted"]
        assert waiting == sorted(waiting)
