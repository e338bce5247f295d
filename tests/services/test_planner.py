"""The group planner: 45 people split into valid groups over the sessions with room and free days, colleagues
of one department kept together, holidays and busy days skipped, people who cannot go left out with the
reason, and the plan accepted in one unit of work."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

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
from factory_desk.domain.text import sort_key
from factory_desk.services.conflicts import ConflictsFound
from factory_desk.services.enrolment import enrol
from factory_desk.services.planner import (
    PlanError,
    accept_plan,
    people_to_plan,
    propose_groups,
)
from factory_desk.services.session_status import change_status

TODAY = dt.date(2026, 12, 28)
# January 2027 in Russia: 1–8 January are public holidays, 9–10 a weekend; Monday 11 is the first working day.
FIRST, LAST = dt.date(2027, 1, 1), dt.date(2027, 1, 31)
DEPARTMENTS = ("Сборочный цех", "Отдел качества", "Склад", "Бухгалтерия", "Отдел кадров")


def _add(db, *rows):
    with db.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def place(db):
    """An organisation, a factory in Russia and one in Latvia, the programme (12–16) and another one."""
    with db.write() as s:
        plant = Organisation(full_name="Акционерное общество «Кировский завод»", short_name="АО «Кировский завод»")
        factory = Factory(name="Фабрика процессов Кириши", code="КИР", timezone="Europe/Moscow")
        riga = Factory(name="Procesu fabrika Rēzekne", code="REZ", timezone="Europe/Riga")
        lean = Programme(name="Основы бережливого производства", min_group=12, max_group=16)
        office = Programme(name="Фабрика офисных процессов", kind="office")
        s.add_all([plant, factory, riga, lean, office])
        s.flush()
        return {"plant": plant.id, "factory": factory.id, "riga": riga.id, "programme": lean.id,
                "other_programme": office.id}


def _people(db, place, sizes, *, surname="Сотрудник"):
    """People of the organisation in departments of the given sizes, in order; the ids."""
    people = []
    for department, size in zip(DEPARTMENTS, sizes, strict=False):
        for _n in range(size):
            people.append(Person(surname=f"{surname}{len(people):03d}", first_name="Иван", department=department,
                                 organisation_id=place["plant"], **Person.derived(f"{surname}{len(people):03d}")))
    return _add(db, *people)


def _session(db, place, date, *, status="open", max_group=16, programme=None, factory=None):
    training = TrainingSession(programme_id=programme or place["programme"], factory_id=factory or place["factory"],
                               status=status, min_group=12, max_group=max_group,
                               cancel_reason="Тренер заболел" if status == "cancelled" else None)
    training.days.append(SessionDay(day_no=1, date=date))
    return _add(db, training)[0]


def _propose(db, place, people, **options):
    options.setdefault("factory_id", place["factory"])
    options.setdefault("first", FIRST)
    options.setdefault("last", LAST)
    return propose_groups(db, people, programme_id=place["programme"], today=TODAY, **options)


def _sizes(plan):
    return [len(group.person_ids) for group in plan.groups]


def _department_of(db, people):
    with db.read() as s:
        return dict(s.execute(select(Person.id, Person.department).where(Person.id.in_(people))).all())


# --- sizes ------------------------------------------------------------------------------------------------------

def test_45_people_and_no_session_become_three_even_groups_on_the_first_working_days(db, place):
    # GIVEN 45 people and no session of the programme
    people = _people(db, place, [45])

    # WHEN groups are proposed for January
    plan = _propose(db, place, people)

    # THEN three new groups of 15, on the first three working days after the New Year holidays
    assert _sizes(plan) == [15, 15, 15]
    assert [g.date for g in plan.groups] == [dt.date(2027, 1, 11), dt.date(2027, 1, 12), dt.date(2027, 1, 13)]
    assert all(g.is_new and g.problem() is None and g.places == 16 for g in plan.groups)
    assert plan.unplaced == []
    # AND everyone is in exactly one group, alphabetically within the plan
    assert sorted(pid for g in plan.groups for pid in g.person_ids) == sorted(people)
    assert plan.groups[0].person_ids == people[:15]


@pytest.mark.parametrize("existing", [0, 1, 2])
def test_45_people_over_open_sessions_fill_them_first_and_every_group_stays_within_its_limits(db, place, existing):
    # GIVEN 0, 1 or 2 open sessions in January, the first already holding two people of another organisation
    people = _people(db, place, [45])
    sessions = [_session(db, place, dt.date(2027, 1, 14 + 7 * n)) for n in range(existing)]
    if sessions:
        enrol(db, sessions[0], _people(db, place, [2], surname="Чужой"))

    # WHEN groups are proposed
    plan = _propose(db, place, people)

    # THEN everyone is placed; the open sessions come first and are filled as far as they can be
    assert plan.unplaced == []
    assert sorted(pid for g in plan.groups for pid in g.person_ids) == sorted(people)
    old = [g for g in plan.groups if not g.is_new]
    assert [g.session_id for g in old] == sessions
    assert [g.places for g in old] == [14, 16][:existing]
    assert [len(g.person_ids) for g in old] == [14, 16][:existing]
    # AND each new group is within 12..16, the sizes as even as they can be, none on a day the factory is busy
    new = [g for g in plan.groups if g.is_new]
    assert all(12 <= len(g.person_ids) <= 16 for g in new)
    assert max(map(len, (g.person_ids for g in new))) - min(map(len, (g.person_ids for g in new))) <= 1
    assert len(new) == {0: 3, 1: 2, 2: 1}[existing]
    assert {g.date for g in new}.isdisjoint({g.date for g in old})
    assert plan.problems() == []


def test_an_open_session_takes_fewer_than_its_free_places_when_a_new_group_needs_its_minimum(db, place):
    # GIVEN 38 people and two empty open sessions for 16
    people = _people(db, place, [38])
    first, second = _session(db, place, dt.date(2027, 1, 12)), _session(db, place, dt.date(2027, 1, 13))

    # WHEN groups are proposed
    plan = _propose(db, place, people)

    # THEN one session is filled, the other takes only what leaves the new group its minimum of 12
    assert [(g.session_id, len(g.person_ids)) for g in plan.groups] == [(None, 12), (first, 16), (second, 10)]
    assert plan.groups[0].date == dt.date(2027, 1, 11)


def test_people_that_cannot_make_a_valid_group_are_left_out_with_the_reason(db, place):
    # GIVEN 20 people and a fortnight with a single free working day
    people = _people(db, place, [20])
    for day in (12, 13, 14, 15):
        _session(db, place, dt.date(2027, 1, day), programme=place["other_programme"])

    # WHEN groups are proposed from 11 to 17 January
    plan = _propose(db, place, people, last=dt.date(2027, 1, 17))

    # THEN one group of 16 on the only free day; four people wait with the reason
    assert _sizes(plan) == [16]
    assert [pid for pid, _ in plan.unplaced] == people[16:]
    assert str(plan.unplaced[0][1]) == (
        "Сотрудник016 Иван was not placed: there is no free day left at Фабрика процессов Кириши between "
        "01.01.2027 and 17.01.2027 for another group.")

    # AND 13 people over two free days make one group of 13, never two groups under the minimum
    assert _sizes(_propose(db, place, people[:13])) == [13]
    # AND 5 people are too few for a new group
    few = _propose(db, place, people[:5])
    assert few.groups == []
    assert str(few.unplaced[0][1]) == ("Сотрудник000 Иван was not placed: the 5 people left over are too few for a "
                                       "new group of at least 12.")


def test_without_free_days_only_the_open_sessions_are_offered(db, place):
    people = _people(db, place, [20])
    session_id = _session(db, place, dt.date(2027, 1, 12))

    plan = _propose(db, place, people, use_free_days=False)

    assert [(g.session_id, len(g.person_ids)) for g in plan.groups] == [(session_id, 16)]
    assert len(plan.unplaced) == 4
    assert "new sessions on free days were not asked for" in str(plan.unplaced[0][1])


# --- departments ----------------------------------------------------------------------------------------------

def test_colleagues_of_one_department_stay_in_one_group(db, place):
    # GIVEN 45 people in departments of 14, 12, 10, 5 and 4
    people = _people(db, place, [14, 12, 10, 5, 4])
    department = _department_of(db, people)

    # WHEN groups are proposed keeping departments together
    plan = _propose(db, place, people, keep_departments=True)

    # THEN every department is in one group, and every group is within 12..16
    assert plan.unplaced == []
    groups_of = {name: {n for n, g in enumerate(plan.groups) for pid in g.person_ids if department[pid] == name}
                 for name in DEPARTMENTS}
    assert all(len(found) == 1 for found in groups_of.values()), groups_of
    assert all(12 <= size <= 16 for size in _sizes(plan))
    assert sum(_sizes(plan)) == 45

    # AND without the option the people simply go in order, by department then name
    plain = _propose(db, place, people)
    assert _sizes(plain) == [15, 15, 15]
    in_order = sorted(people, key=lambda pid: (sort_key(department[pid]), pid))
    assert [pid for g in plain.groups for pid in g.person_ids] == in_order
    assert department[in_order[0]] == "Бухгалтерия"


def test_a_department_larger_than_a_group_is_split_over_as_few_groups_as_possible(db, place):
    # GIVEN a department of 20 and four of 5 (40 people)
    people = _people(db, place, [20, 5, 5, 5, 5])
    department = _department_of(db, people)

    # WHEN groups are proposed keeping departments together
    plan = _propose(db, place, people, keep_departments=True)

    # THEN the 20 are in two groups, every small department in one, every group valid
    groups_of = {name: {n for n, g in enumerate(plan.groups) for pid in g.person_ids if department[pid] == name}
                 for name in DEPARTMENTS}
    assert len(groups_of[DEPARTMENTS[0]]) == 2
    assert all(len(groups_of[name]) == 1 for name in DEPARTMENTS[1:])
    assert len(plan.groups) == 3 and all(12 <= size <= 16 for size in _sizes(plan))


def test_a_new_group_under_its_minimum_takes_people_from_a_session_that_can_spare_them(db, place):
    # GIVEN two open sessions for 16 and 38 people in departments of 16, 16 and 6
    people = _people(db, place, [16, 16, 6])
    _session(db, place, dt.date(2027, 1, 12))
    _session(db, place, dt.date(2027, 1, 13))

    # WHEN departments are kept together
    plan = _propose(db, place, people, keep_departments=True)

    # THEN the new group has at least its minimum and nobody is left out
    assert plan.problems() == [] and plan.unplaced == []
    assert sum(_sizes(plan)) == 38
    assert all(len(g.person_ids) >= 12 for g in plan.groups if g.is_new)


# --- days -------------------------------------------------------------------------------------------------------

def test_public_holidays_busy_days_and_weekdays_not_chosen_are_skipped(db, place):
    # GIVEN the factory busy on Monday 11 January with another programme, and a cancelled session on the 12th
    people = _people(db, place, [45])
    _session(db, place, dt.date(2027, 1, 11), programme=place["other_programme"])
    _session(db, place, dt.date(2027, 1, 12), programme=place["other_programme"], status="cancelled")

    # WHEN groups are proposed on Tuesdays and Thursdays only
    plan = _propose(db, place, people, weekdays={1, 3})

    # THEN the holidays, the busy Monday and the other weekdays are skipped; a cancelled session frees its day
    assert [g.date for g in plan.groups] == [dt.date(2027, 1, 12), dt.date(2027, 1, 14), dt.date(2027, 1, 19)]


def test_a_factory_in_latvia_keeps_the_latvian_holidays(db, place):
    # GIVEN 12 people; 4 May is a public holiday in Latvia (not in Russia)
    people = _people(db, place, [12])

    # WHEN groups are proposed on Tuesdays and Thursdays of the first week of May at the Latvian factory
    plan = _propose(db, place, people, factory_id=place["riga"], first=dt.date(2027, 5, 3), last=dt.date(2027, 5, 7),
                     weekdays={1, 3})

    # THEN the group goes to Thursday 6 May
    assert [(g.date, g.factory) for g in plan.groups] == [(dt.date(2027, 5, 6), "Procesu fabrika Rēzekne")]


# --- people left out ------------------------------------------------------------------------------------------

def test_people_enrolled_waiting_or_done_are_left_out_with_the_reason(db, place):
    # GIVEN a full session of 12 with one more waiting, and a held session one person attended all day
    enrolled = _people(db, place, [12], surname="Записан")
    waiting = _people(db, place, [1], surname="Ждёт")
    done = _people(db, place, [1], surname="Прошёл")
    fresh = _people(db, place, [12], surname="Новый")
    full = _session(db, place, dt.date(2027, 1, 20), max_group=12)
    enrol(db, full, enrolled + waiting)
    held = _session(db, place, dt.date(2026, 11, 10), status="held")
    enrol_id = _add(db, Enrolment(session_id=held, person_id=done[0]))[0]
    _add(db, AttendanceMark(enrolment_id=enrol_id, day_no=1, status_code="present"))

    # WHEN groups are proposed for all of them
    plan = _propose(db, place, enrolled[:1] + waiting + done + fresh)

    # THEN only the fresh people are placed; the others are listed with the reason
    assert [pid for g in plan.groups for pid in g.person_ids] == fresh
    reasons = {pid: str(error) for pid, error in plan.unplaced}
    assert reasons == {
        enrolled[0]: "Записан000 Иван is already enrolled in «Основы бережливого производства» of 20.01.2027.",
        waiting[0]: "Ждёт000 Иван is already on the waiting list of «Основы бережливого производства» of 20.01.2027.",
        done[0]: "Прошёл000 Иван already completed «Основы бережливого производства»: present on every day of the "
                 "session at Фабрика процессов Кириши on 10.11.2026.",
    }
    # AND the organisation's people still to train leave out only the one who completed the programme
    assert set(people_to_plan(db, place["plant"], place["programme"])) == set(enrolled + waiting + fresh)


# --- accepting -----------------------------------------------------------------------------------------------------

def _count(db, model, *where):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_accepting_creates_the_sessions_and_enrols_everyone_in_one_go(db, place):
    # GIVEN 45 people and one open session with 16 free places
    people = _people(db, place, [45])
    open_id = _session(db, place, dt.date(2027, 1, 14))
    plan = _propose(db, place, people)
    # AND the coordinator moves two people from the first new group into the second
    first_new, second_new = [n for n, g in enumerate(plan.groups) if g.is_new]
    moved = plan.groups[first_new].person_ids[:2]
    plan.move(moved, second_new)
    assert plan.problems() == []

    # WHEN the plan is accepted
    result = accept_plan(db, plan, programme_id=place["programme"], user_name="coordinator")

    # THEN two planned sessions are created on the proposed days and everyone is enrolled by the planner
    assert result.enrolled == 45 and result.waitlisted == 0
    assert len(result.created) == 2 and open_id in result.session_ids
    with db.read() as s:
        created = {sid: (status, low, high) for sid, status, low, high in s.execute(
            select(TrainingSession.id, TrainingSession.status, TrainingSession.min_group, TrainingSession.max_group)
            .where(TrainingSession.id.in_(result.created)))}
        days = dict(s.execute(select(SessionDay.session_id, SessionDay.date)
                              .where(SessionDay.session_id.in_(result.created))).all())
        where = dict(s.execute(select(Enrolment.person_id, Enrolment.session_id)
                               .where(Enrolment.source == "planner", Enrolment.status == "enrolled")).all())
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        accepted = s.scalars(select(AuditEntry).where(AuditEntry.action == "group_plan_accepted")).one()
    assert set(created.values()) == {("planned", 12, 16)}
    assert sorted(days.values()) == sorted(g.date for g in plan.groups if g.is_new)
    assert sorted(where) == sorted(people)
    assert where[moved[0]] == where[moved[1]] == where[plan.groups[second_new].person_ids[0]]
    assert where[moved[0]] != where[plan.groups[first_new].person_ids[0]]
    assert actions.count("session_created") == 2 and actions.count("people_enrolled") == 3
    assert accepted.user_name == "coordinator" and accepted.details["enrolled"] == 45
    assert sorted(accepted.details["created"]) == sorted(result.created)


def test_a_refused_plan_writes_nothing(db, place):
    # GIVEN a proposal over two open sessions and a new day
    people = _people(db, place, [45])
    first = _session(db, place, dt.date(2027, 1, 12))
    second = _session(db, place, dt.date(2027, 1, 13))
    plan = _propose(db, place, people)
    assert [g.session_id for g in plan.groups] == [None, first, second]
    # AND the second session is cancelled before the plan is accepted
    change_status(db, second, "cancelled", reason="Тренер заболел")
    sessions_before = _count(db, TrainingSession)

    # WHEN the plan is accepted (the first session's people are enrolled before the second is reached)
    with pytest.raises(FactoryDeskError) as refused:
        accept_plan(db, plan, programme_id=place["programme"])

    # THEN it is refused with the reason, and neither an enrolment nor a session was written
    assert str(refused.value) == ("The session «Основы бережливого производства» of 13.01.2027 was cancelled: "
                                  "nobody can be enrolled in it.")
    assert _count(db, Enrolment) == 0
    assert _count(db, TrainingSession) == sessions_before
    assert _count(db, AuditEntry, AuditEntry.action.in_(("group_plan_accepted", "people_enrolled",
                                                         "session_created"))) == 0


def test_a_day_booked_since_the_proposal_is_a_conflict(db, place):
    # GIVEN a proposal with a new group on 11 January
    people = _people(db, place, [15])
    plan = _propose(db, place, people)
    assert [(g.session_id, g.date) for g in plan.groups] == [(None, dt.date(2027, 1, 11))]
    # AND another coordinator books the factory that day before this one accepts
    _session(db, place, dt.date(2027, 1, 11), programme=place["other_programme"])

    # WHEN the plan is accepted without a reason
    with pytest.raises(ConflictsFound) as found:
        accept_plan(db, plan, programme_id=place["programme"])

    # THEN the factory's booking is named and nothing is written
    assert [c.kind for c in found.value.conflicts] == ["site_busy"]
    assert _count(db, TrainingSession, TrainingSession.programme_id == place["programme"]) == 0
    assert _count(db, Enrolment) == 0


def test_a_group_outside_its_limits_is_shown_and_cannot_be_accepted(db, place):
    people = _people(db, place, [30])
    plan = _propose(db, place, people)
    assert _sizes(plan) == [15, 15]

    # WHEN four people are moved from the first group to the second
    plan.move(plan.groups[0].person_ids[:4], 1)

    # THEN both groups say what is wrong, and accepting is refused
    assert [str(problem) for _n, problem in plan.problems()] == [
        "A new group needs at least 12 people; this one has 11.",
        "A group takes at most 16 people; this one has 19."]
    with pytest.raises(PlanError):
        accept_plan(db, plan, programme_id=place["programme"])
    assert _count(db, TrainingSession) == 0


def test_conflicts_of_the_enrolment_are_raised_together_and_accepted_with_a_reason(db, place):
    # GIVEN 12 people, one of them already in another programme's session at another factory on the proposed day
    people = _people(db, place, [12])
    plan = _propose(db, place, people)
    elsewhere = _session(db, place, plan.groups[0].date, programme=place["other_programme"], factory=place["riga"])
    enrol(db, elsewhere, people[:1])

    # WHEN the plan is accepted without a reason
    with pytest.raises(ConflictsFound) as found:
        accept_plan(db, plan, programme_id=place["programme"])

    # THEN the conflict is named and nothing is written
    assert [c.kind for c in found.value.conflicts] == ["person_same_day"]
    assert _count(db, TrainingSession, TrainingSession.programme_id == place["programme"]) == 0

    # AND with a reason the plan goes through and the reason is kept
    result = accept_plan(db, plan, programme_id=place["programme"], override_reason="Переведут на утро")
    assert result.enrolled == 12
    with db.read() as s:
        reasons = set(s.scalars(select(AuditEntry.reason).where(AuditEntry.reason.is_not(None))))
    assert reasons == {"Переведут на утро"}


def test_people_taken_out_by_hand_are_listed_and_can_be_put_back(db, place):
    people = _people(db, place, [30])
    plan = _propose(db, place, people)

    # WHEN the coordinator takes two people out of the first group
    plan.leave_out(plan.groups[0].person_ids[:2])

    # THEN they are listed as not placed, saying so
    assert [str(reason) for _pid, reason in plan.unplaced] == [
        "Сотрудник000 Иван was taken out of the groups by hand.",
        "Сотрудник001 Иван was taken out of the groups by hand."]
    assert _sizes(plan) == [13, 15]
    # AND one of them can be put back into a group
    plan.move([people[0]], 1)
    assert [pid for pid, _ in plan.unplaced] == [people[1]] and _sizes(plan) == [13, 16]


def test_a_programme_of_two_days_gets_new_sessions_of_two_free_days(db, place):
    # GIVEN a programme of two days and 14 people
    with db.write() as s:
        two_days = Programme(name="Картирование потока создания ценности", days=2, min_group=10, max_group=16)
        s.add(two_days)
        s.flush()
        programme_id = two_days.id
    people = _people(db, place, [14])

    # WHEN groups are proposed and accepted
    plan = propose_groups(db, people, programme_id=programme_id, factory_id=place["factory"], first=FIRST,
                          last=LAST, today=TODAY)
    assert [g.dates for g in plan.groups] == [[dt.date(2027, 1, 11), dt.date(2027, 1, 12)]]
    result = accept_plan(db, plan, programme_id=programme_id)

    # THEN the session has both days
    with db.read() as s:
        days = list(s.scalars(select(SessionDay.date).where(SessionDay.session_id == result.created[0])
                              .order_by(SessionDay.day_no)))
    assert days == [dt.date(2027, 1, 11), dt.date(2027, 1, 12)]
    assert result.enrolled == 14
