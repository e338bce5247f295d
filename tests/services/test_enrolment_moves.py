"""A person's conflicts (another session the same day, the programme already completed) raised, refused or
overridden; the waiting list as a fair queue; moving a person to another session, replacing one by a
colleague, promoting the waiting list; the organisations' waiting pool."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.models import (
    AttendanceMark,
    AuditEntry,
    Certificate,
    Enrolment,
    Factory,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.conflicts import ConflictsFound
from factory_desk.services.enrolment import (
    cancel_enrolment,
    enrol,
    enrolment_conflicts,
    move_enrolment,
    pool_people,
    promote_waitlist,
    replace_enrolment,
    withdraw,
)
from factory_desk.services.person_records import erase_person
from factory_desk.store.database import Database

DAY = dt.date(2026, 3, 10)


def _add(db, *rows):
    with db.write() as s:
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


@pytest.fixture
def place(db):
    """An organisation with an ИНН, two factories, two programmes."""
    with db.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»",
                             short_name="ООО «Ромашка»", inn="7707083893")
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР")
        volkhov = Factory(name="Фабрика процессов Волхов", code="ВОЛ")
        lean = Programme(name="Основы бережливого производства")
        office = Programme(name="Фабрика офисных процессов", kind="office")
        s.add_all([plant, kirishi, volkhov, lean, office])
        s.flush()
        return {"plant": plant.id, "factory": kirishi.id, "other_factory": volkhov.id, "programme": lean.id,
                "other_programme": office.id}


def _session(db, place, *dates, max_group=3, status="open", programme=None, factory=None,
             starts_at=dt.time(9, 0)):
    training = TrainingSession(programme_id=programme or place["programme"], factory_id=factory or place["factory"],
                               status=status, min_group=1, max_group=max_group,
                               cancel_reason="Тренер заболел" if status == "cancelled" else None)
    for number, date in enumerate(dates or (DAY,), start=1):
        training.days.append(SessionDay(day_no=number, date=date, starts_at=starts_at,
                                        ends_at=dt.time(starts_at.hour + 8, 0)))
    return _add(db, training)[0]


def _people(db, place, *surnames):
    return _add(db, *(Person(surname=surname, first_name="Иван", patronymic="Петрович", organisation_id=place["plant"])
                      for surname in surnames))


def _state(db, session_id):
    """person id → (status, waitlist position) of every enrolment in the session."""
    with db.read() as s:
        return {pid: (status, position) for pid, status, position in s.execute(
            select(Enrolment.person_id, Enrolment.status, Enrolment.waitlist_position)
            .where(Enrolment.session_id == session_id))}


def _enrolment(db, session_id, person_id):
    with db.read() as s:
        return s.scalars(select(Enrolment).where(Enrolment.session_id == session_id,
                                                 Enrolment.person_id == person_id)).one()


def _audit(db, action):
    with db.read() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


def _set_max(db, session_id, max_group):
    """What the session editor does when the maximum is raised: the places it frees stay free."""
    with db.write() as s:
        training = s.get(TrainingSession, session_id)
        assert training is not None
        training.max_group = max_group


def _held_with_marks(db, place, person, *statuses, programme=None, status="held"):
    """A past session of the programme the person attended with these marks, one per day."""
    dates = [dt.date(2025, 11, 3) + dt.timedelta(days=n) for n in range(len(statuses))]
    session_id = _session(db, place, *dates, status=status, programme=programme, factory=place["other_factory"])
    with db.write() as s:
        enrolment = Enrolment(session_id=session_id, person_id=person)
        enrolment.marks.extend(AttendanceMark(day_no=n, status_code=code) for n, code in enumerate(statuses, 1))
        s.add(enrolment)
        s.flush()
        return enrolment.id


# --- a person's conflicts -----------------------------------------------------------------------------------

def test_a_person_in_another_session_the_same_day_is_a_conflict_and_nothing_is_written(db, place):
    # GIVEN a person enrolled in an office session at another factory on the day, and one waiting in another
    office = _session(db, place, DAY, programme=place["other_programme"], factory=place["other_factory"],
                      max_group=1, starts_at=dt.time(10, 0))
    busy, waiting, free = _people(db, place, "Андреев", "Борисов", "Васильев")
    enrol(db, office, [busy, waiting])
    session_id = _session(db, place, DAY)

    # WHEN the three are enrolled in a session that day
    with pytest.raises(ConflictsFound) as found:
        enrol(db, session_id, [free, busy, waiting])

    # THEN each conflict is a sentence naming the person, the other programme, factory, date and time
    assert [(c.kind, str(c)) for c in found.value.conflicts] == [
        ("person_same_day", "Андреев Иван Петрович is already enrolled in «Фабрика офисных процессов» at "
                            "Фабрика процессов Волхов on 10.03.2026, 10:00–18:00."),
        ("person_same_day", "Борисов Иван Петрович is already on the waiting list of «Фабрика офисных процессов» "
                            "at Фабрика процессов Волхов on 10.03.2026, 10:00–18:00."),
    ]
    assert str(found.value) == ("This change has conflicts. It can be saved only with a reason for going ahead "
                                "anyway.")
    # AND nobody was enrolled
    assert _state(db, session_id) == {}
    # AND the GUI sees the same conflicts before it enrols
    assert [str(c) for c in enrolment_conflicts(db, session_id, [free, busy, waiting])] == [
        str(c) for c in found.value.conflicts]


def test_only_a_shared_day_of_a_live_session_counts(db, place):
    # GIVEN a person in a cancelled session on the day, a cancelled enrolment on the day, and a session next day
    person, other = _people(db, place, "Андреев", "Борисов")
    cancelled = _session(db, place, DAY, programme=place["other_programme"])
    with db.write() as s:
        s.add(Enrolment(session_id=cancelled, person_id=person))
    _set_status(db, cancelled, "cancelled")
    withdrawn = _session(db, place, DAY, programme=place["other_programme"])
    enrol(db, withdrawn, [other])
    cancel_enrolment(db, _enrolment(db, withdrawn, other).id, reason="Болезнь")
    next_day = _session(db, place, DAY + dt.timedelta(days=1), programme=place["other_programme"])
    enrol(db, next_day, [person, other])

    # WHEN both are enrolled THEN there is no conflict
    session_id = _session(db, place, DAY)
    assert enrolment_conflicts(db, session_id, [person, other]) == []
    assert enrol(db, session_id, [person, other]).enrolled == (person, other)


def _set_status(db, session_id, status):
    with db.write() as s:
        training = s.get(TrainingSession, session_id)
        assert training is not None
        training.status, training.cancel_reason = status, "Тренер заболел" if status == "cancelled" else None


def test_any_day_of_a_session_of_several_days_can_clash(db, place):
    # GIVEN a person in a one-day session on the second day of a two-day cycle
    person = _people(db, place, "Андреев")[0]
    one_day = _session(db, place, DAY + dt.timedelta(days=1), programme=place["other_programme"])
    enrol(db, one_day, [person])
    cycle = _session(db, place, DAY, DAY + dt.timedelta(days=1))

    # THEN the clash is named by its date
    conflicts = enrolment_conflicts(db, cycle, [person])
    assert [(c.kind, c.details["date"]) for c in conflicts] == [("person_same_day", "11.03.2026")]


def test_conflicting_people_can_be_refused_one_by_one(db, place):
    # GIVEN one person busy elsewhere on the day
    busy, free = _people(db, place, "Андреев", "Борисов")
    enrol(db, _session(db, place, DAY, programme=place["other_programme"]), [busy])
    session_id = _session(db, place, DAY)

    # WHEN both are enrolled, refusing conflicts
    result = enrol(db, session_id, [busy, free], on_conflict="refuse")

    # THEN the busy one is refused with the sentence, the other enrolled; no override in the audit log
    assert result.enrolled == (free,)
    assert [(r.person_id, str(r.error)) for r in result.refused] == [
        (busy, "Андреев Иван Петрович is already enrolled in «Фабрика офисных процессов» at Фабрика процессов "
               "Кириши on 10.03.2026, 09:00–17:00.")]
    assert _state(db, session_id) == {free: ("enrolled", None)}
    assert _audit(db, "conflict_overridden") == []


def test_with_a_reason_everyone_is_enrolled_and_the_override_is_audited(db, place):
    busy, free = _people(db, place, "Андреев", "Борисов")
    enrol(db, _session(db, place, DAY, programme=place["other_programme"]), [busy])
    session_id = _session(db, place, DAY)

    # WHEN they are enrolled with a reason
    result = enrol(db, session_id, [busy, free], override_reason="  Утром одно, днём другое ",
                   user_name="coordinator")

    # THEN both have places, and the audit log keeps the conflict and the reason
    assert result.enrolled == (busy, free) and result.refused == ()
    [entry] = _audit(db, "conflict_overridden")
    assert (entry.entity, entry.entity_id, entry.reason, entry.user_name) == (
        "training_session", session_id, "Утром одно, днём другое", "coordinator")
    assert [c["kind"] for c in entry.details["conflicts"]] == ["person_same_day"]
    assert entry.details["conflicts"][0]["text"].startswith("Андреев Иван Петрович is already enrolled")


def test_a_person_present_on_every_day_already_completed_the_programme(db, place):
    # GIVEN one person present (or late) on both days of a held cycle, one absent on a day, one in another
    # programme, one whose marks are all present but the session is not held yet
    done, missed, elsewhere, unheld = _people(db, place, "Андреев", "Борисов", "Васильев", "Григорьев")
    _held_with_marks(db, place, done, "present", "late", status="reported")
    _held_with_marks(db, place, missed, "present", "absent")
    _held_with_marks(db, place, elsewhere, "present", programme=place["other_programme"])
    _held_with_marks(db, place, unheld, "present", status="confirmed")
    session_id = _session(db, place)

    # WHEN they are checked for a new session of the programme
    conflicts = enrolment_conflicts(db, session_id, [done, missed, elsewhere, unheld])

    # THEN only the first already completed it, with where and when
    assert [(c.kind, str(c)) for c in conflicts] == [
        ("already_completed", "Андреев Иван Петрович already completed «Основы бережливого производства»: "
                              "present on every day of the session at Фабрика процессов Волхов on 03.11.2025.")]


def test_a_valid_certificate_means_the_programme_was_completed_and_a_voided_one_does_not(db, place):
    holder, voided = _people(db, place, "Андреев", "Борисов")
    for person, number, status in ((holder, "ВОЛ-2025-00007", "issued"), (voided, "ВОЛ-2025-00008", "voided")):
        enrolment_id = _held_with_marks(db, place, person, "absent")
        _add(db, Certificate(number=number, enrolment_id=enrolment_id, status=status,
                             void_reason="Ошибка в фамилии" if status == "voided" else None))
    session_id = _session(db, place)
    with pytest.raises(ConflictsFound) as found:
        enrol(db, session_id, [holder, voided])
    assert [str(c) for c in found.value.conflicts] == [
        "Андреев Иван Петрович already holds the certificate ВОЛ-2025-00007 for «Основы бережливого производства»."]


def test_people_already_in_the_session_bring_no_conflict(db, place):
    # GIVEN a person enrolled (with a reason) in two sessions the same day
    person = _people(db, place, "Андреев")[0]
    enrol(db, _session(db, place, DAY, programme=place["other_programme"]), [person])
    session_id = _session(db, place, DAY)
    enrol(db, session_id, [person], override_reason="Два занятия подряд")

    # WHEN they are enrolled again THEN they are left as they were, without a conflict
    assert enrolment_conflicts(db, session_id, [person]) == []
    assert enrol(db, session_id, [person]).already == (person,)


def test_an_import_into_a_session_puts_the_people_it_refuses_into_the_pool(db, place, tmp_path):
    from factory_desk.exchange.people_columns import detect_layout
    from factory_desk.exchange.people_file import preview
    from factory_desk.exchange.tables import read_table
    from factory_desk.services.people_import import check_rows, import_people

    # GIVEN a person of the plant busy elsewhere on the day, and a list naming them and a newcomer
    busy = _people(db, place, "Андреев")[0]
    enrol(db, _session(db, place, DAY, programme=place["other_programme"]), [busy])
    session_id = _session(db, place, DAY)
    path = tmp_path / "список.csv"
    path.write_text("ФИО;Должность\nАндреев Иван Петрович;Мастер\nБорисова Анна Сергеевна;Технолог\n",
                    encoding="utf-8")
    table = read_table(path)
    layout = detect_layout(table)
    checked = check_rows(db, preview(table, layout.mapping, heading_row=layout.heading_row),
                         organisation_id=place["plant"])

    # WHEN the list is imported into the session
    result = import_people(db, checked, organisation_id=place["plant"], session_id=session_id)

    # THEN the newcomer is enrolled; the busy person is not, and waits in the pool instead
    assert (result.enrolled, result.not_enrolled, result.pooled) == (1, 1, 1)
    assert [row.person_id for row in pool_people(db)] == [busy]
    assert [status for status, _position in _state(db, session_id).values()] == ["enrolled"]


# --- the waiting list is a fair queue ----------------------------------------------------------------------

def test_nobody_waits_while_places_remain_when_people_come_one_by_one(db, place):
    session_id = _session(db, place, max_group=3)
    people = _people(db, place, "Андреев", "Борисов", "Васильев", "Григорьев")
    results = [enrol(db, session_id, [person]) for person in people]
    assert [r.enrolled for r in results[:3]] == [(people[0],), (people[1],), (people[2],)]
    assert results[3].waitlisted == ((people[3], 1),)


def test_places_freed_by_a_higher_maximum_go_to_the_people_waiting_before_newcomers(db, place):
    # GIVEN a full session for two with three waiting, whose maximum is then raised to four
    session_id = _session(db, place, max_group=2)
    people = _people(db, place, "Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев")
    enrol(db, session_id, people)
    _set_max(db, session_id, 4)
    newcomer = _people(db, place, "Егоров")[0]

    # WHEN a newcomer is enrolled
    result = enrol(db, session_id, [newcomer], user_name="coordinator")

    # THEN the first two waiting took the free places, and the newcomer queues behind the last one waiting
    assert [p.person_id for p in result.promoted] == people[2:4]
    assert result.waitlisted == ((newcomer, 2),)
    assert _state(db, session_id) == {**{p: ("enrolled", None) for p in people[:4]},
                                      people[4]: ("waitlisted", 1), newcomer: ("waitlisted", 2)}
    assert _audit(db, "waitlist_promoted")[0].details["promoted"] == people[2:4]


def test_promoting_the_waiting_list_fills_exactly_the_free_places_in_order(db, place):
    # GIVEN a session for two with four waiting, raised to a maximum of four
    session_id = _session(db, place, max_group=2)
    people = _people(db, place, "Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев", "Егоров")
    enrol(db, session_id, people)
    _set_max(db, session_id, 4)

    # WHEN the waiting list is promoted
    promoted = promote_waitlist(db, session_id, user_name="coordinator")

    # THEN two people — not everyone — took the two places, and the list reads 1, 2 behind them
    assert [(p.person_id, p.full_name) for p in promoted] == [(people[2], "Васильев Иван Петрович"),
                                                              (people[3], "Григорьев Иван Петрович")]
    assert _state(db, session_id) == {**{p: ("enrolled", None) for p in people[:4]},
                                      people[4]: ("waitlisted", 1), people[5]: ("waitlisted", 2)}
    [entry] = _audit(db, "waitlist_promoted")
    assert (entry.entity_id, entry.user_name, entry.details["promoted"]) == (session_id, "coordinator", people[2:4])
    # AND promoting again has nothing to do
    assert promote_waitlist(db, session_id) == []
    assert len(_audit(db, "waitlist_promoted")) == 1


def test_a_withdrawal_promotes_exactly_one_person(db, place):
    session_id = _session(db, place, max_group=2)
    people = _people(db, place, "Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев")
    enrol(db, session_id, people)
    promotion = cancel_enrolment(db, _enrolment(db, session_id, people[1]).id, reason="Болезнь")
    assert promotion is not None and promotion.person_id == people[2]
    state = _state(db, session_id)
    assert sum(status == "enrolled" for status, _position in state.values()) == 2
    assert sorted(p for status, p in state.values() if status == "waitlisted") == [1, 2]


def test_a_person_is_withdrawn_by_the_session_and_person_numbers(db, place):
    session_id = _session(db, place, max_group=1)
    a, b, stranger = _people(db, place, "Андреев", "Борисов", "Васильев")
    enrol(db, session_id, [a, b])
    promotion = withdraw(db, session_id, a, reason="Болезнь", user_name="coordinator")
    assert promotion is not None and promotion.person_id == b
    assert _state(db, session_id) == {a: ("cancelled", None), b: ("enrolled", None)}
    assert _audit(db, "enrolment_cancelled")[0].user_name == "coordinator"
    with pytest.raises(FactoryDeskError) as refused:
        withdraw(db, session_id, stranger, reason="Болезнь")
    assert str(refused.value) == ("Васильев Иван Петрович is neither enrolled nor waiting in the session "
                                  "«Основы бережливого производства» of 10.03.2026.")
    with pytest.raises(FactoryDeskError, match="There is no person with the number 9999 in the register."):
        withdraw(db, session_id, 9999, reason="Болезнь")
    with pytest.raises(FactoryDeskError, match="Say why the enrolment is cancelled."):
        withdraw(db, session_id, b, reason="")


def test_a_held_session_cannot_be_promoted(db, place):
    session_id = _session(db, place, status="held")
    with pytest.raises(FactoryDeskError, match="has already been held: nobody can be enrolled in it any more"):
        promote_waitlist(db, session_id)


# --- moving ------------------------------------------------------------------------------------------------

def test_moving_a_person_frees_their_place_for_the_first_waiting_and_gives_them_one_in_the_new_session(db, place):
    # GIVEN a full session with two waiting, and a later session with a free place
    old = _session(db, place, max_group=2)
    people = _people(db, place, "Андреев", "Борисов", "Васильев", "Григорьев")
    enrol(db, old, people)
    new = _session(db, place, DAY + dt.timedelta(days=7), max_group=2)
    enrolment_id = _enrolment(db, old, people[0]).id

    # WHEN the first person moves there
    result = move_enrolment(db, enrolment_id, new, reason="Просьба руководителя", user_name="coordinator")

    # THEN they have a place there, the old enrolment says 'moved' and why, the first waiting took the place
    assert (result.status, result.waitlist_position) == ("enrolled", None)
    assert result.promotion is not None and result.promotion.person_id == people[2]
    assert _state(db, old) == {people[0]: ("moved", None), people[1]: ("enrolled", None),
                               people[2]: ("enrolled", None), people[3]: ("waitlisted", 1)}
    moved, placed = _enrolment(db, old, people[0]), _enrolment(db, new, people[0])
    assert moved.status_reason == "Просьба руководителя"
    assert (placed.id, placed.source, placed.replaces_id) == (result.new_enrolment_id, "move", enrolment_id)
    # AND the audit log says from where to where and who was promoted
    [entry] = _audit(db, "enrolment_moved")
    assert (entry.entity_id, entry.reason, entry.user_name) == (enrolment_id, "Просьба руководителя", "coordinator")
    assert (entry.details["from_session_id"], entry.details["to_session_id"], entry.details["promoted_person_id"]) \
        == (old, new, people[2])


def test_moving_into_a_full_session_queues_at_its_end_and_a_waiting_person_leaves_no_gap(db, place):
    # GIVEN two full sessions, each with people waiting
    first = _session(db, place, max_group=1)
    second = _session(db, place, DAY + dt.timedelta(days=7), max_group=1)
    a, b, c, d, e = _people(db, place, "Андреев", "Борисов", "Васильев", "Григорьев", "Дмитриев")
    enrol(db, first, [a, b, c])
    enrol(db, second, [d, e])

    # WHEN the first one waiting in the first session moves to the second
    result = move_enrolment(db, _enrolment(db, first, b).id, second, reason="Отпуск")

    # THEN nobody is promoted, the first queue closes up, and the person is second in the other queue
    assert (result.status, result.waitlist_position, result.promotion) == ("waitlisted", 2, None)
    assert _state(db, first) == {a: ("enrolled", None), b: ("moved", None), c: ("waitlisted", 1)}
    assert _state(db, second) == {d: ("enrolled", None), e: ("waitlisted", 1), b: ("waitlisted", 2)}


def test_a_person_moved_back_gets_their_old_enrolment_again(db, place):
    first = _session(db, place)
    second = _session(db, place, DAY + dt.timedelta(days=7))
    person = _people(db, place, "Андреев")[0]
    enrol(db, first, [person])
    original = _enrolment(db, first, person).id
    there = move_enrolment(db, original, second, reason="Отпуск").new_enrolment_id
    back = move_enrolment(db, there, first, reason="Отпуск перенесли")
    assert back.new_enrolment_id == original and back.status == "enrolled"
    assert _state(db, first) == {person: ("enrolled", None)}
    assert _state(db, second) == {person: ("moved", None)}


def test_moving_to_another_session_the_same_day_is_no_conflict_but_a_third_one_is(db, place):
    # GIVEN a person in a morning session, a session the same afternoon, and another session they attend
    person = _people(db, place, "Андреев")[0]
    morning = _session(db, place, DAY)
    afternoon = _session(db, place, DAY, factory=place["other_factory"], starts_at=dt.time(13, 0))
    enrol(db, morning, [person])
    other_day = DAY + dt.timedelta(days=7)
    elsewhere = _session(db, place, other_day, programme=place["other_programme"])
    enrol(db, elsewhere, [person])
    later = _session(db, place, other_day, factory=place["other_factory"])

    # WHEN moved within the day THEN the old session does not count
    moved = move_enrolment(db, _enrolment(db, morning, person).id, afternoon, reason="Удобнее после обеда")
    assert moved.status == "enrolled"

    # WHEN moved to a day they are busy THEN the conflict is raised and nothing changes
    with pytest.raises(ConflictsFound) as found:
        move_enrolment(db, moved.new_enrolment_id, later, reason="Перенос")
    assert [c.kind for c in found.value.conflicts] == ["person_same_day"]
    assert _state(db, afternoon) == {person: ("enrolled", None)} and _state(db, later) == {}

    # AND with a reason it goes ahead, with the override in the audit log
    result = move_enrolment(db, moved.new_enrolment_id, later, reason="Перенос", override_reason="Успеет на оба")
    assert _state(db, later) == {person: ("enrolled", None)}
    [entry] = _audit(db, "conflict_overridden")
    assert (entry.entity, entry.entity_id, entry.reason) == ("enrolment", result.new_enrolment_id, "Успеет на оба")


def test_a_move_is_refused_with_a_sentence_when_it_cannot_be_made(db, place):
    person, other = _people(db, place, "Андреев", "Борисов")
    session_id = _session(db, place)
    target = _session(db, place, DAY + dt.timedelta(days=7))
    enrol(db, session_id, [person, other])
    enrol(db, target, [other])
    enrolment_id = _enrolment(db, session_id, person).id
    held = _session(db, place, DAY - dt.timedelta(days=7), status="held")

    with pytest.raises(FactoryDeskError, match="Say why the person moves to another session."):
        move_enrolment(db, enrolment_id, target, reason=" ")
    with pytest.raises(FactoryDeskError, match="The person is already in this session"):
        move_enrolment(db, enrolment_id, session_id, reason="Перенос")
    with pytest.raises(FactoryDeskError, match="There is no enrolment with the number 9999."):
        move_enrolment(db, 9999, target, reason="Перенос")
    with pytest.raises(FactoryDeskError, match="There is no session with the number 9999."):
        move_enrolment(db, enrolment_id, 9999, reason="Перенос")
    with pytest.raises(FactoryDeskError, match="has already been held: nobody can be enrolled in it any more"):
        move_enrolment(db, enrolment_id, held, reason="Перенос")
    with pytest.raises(FactoryDeskError) as refused:
        move_enrolment(db, _enrolment(db, session_id, other).id, target, reason="Перенос")
    assert str(refused.value) == ("Борисов Иван Петрович is already enrolled or waiting in the session "
                                  "«Основы бережливого производства» of 17.03.2026.")
    with db.write() as s:
        s.add(Enrolment(session_id=held, person_id=other))
    with pytest.raises(FactoryDeskError, match="has already been held: its enrolments can no longer be cancelled"):
        move_enrolment(db, _enrolment(db, held, other).id, target, reason="Перенос")
    cancel_enrolment(db, enrolment_id, reason="Болезнь")
    with pytest.raises(FactoryDeskError, match="there is nothing to move"):
        move_enrolment(db, enrolment_id, target, reason="Перенос")
    assert _audit(db, "enrolment_moved") == []


def test_two_moves_in_opposite_directions_at_once_both_complete(db, db_url, place):
    # GIVEN two sessions, each with people who move to the other at the same moment from two app instances
    first, second = _session(db, place, max_group=4), _session(db, place, DAY + dt.timedelta(days=7), max_group=4)
    ours = _people(db, place, "Андреев", "Борисов", "Васильев")
    theirs = _people(db, place, "Григорьев", "Дмитриев", "Егоров")
    enrol(db, first, ours)
    enrol(db, second, theirs)
    one, two = Database(db_url), Database(db_url)
    try:
        for a, b in zip(ours, theirs, strict=True):
            there, here = _enrolment(db, first, a).id, _enrolment(db, second, b).id
            _in_parallel(lambda e=there: move_enrolment(one, e, second, reason="Обмен"),
                         lambda e=here: move_enrolment(two, e, first, reason="Обмен"))
    finally:
        one.dispose()
        two.dispose()
    # THEN every move happened: the two groups changed places
    assert {p for p, (status, _) in _state(db, first).items() if status == "enrolled"} == set(theirs)
    assert {p for p, (status, _) in _state(db, second).items() if status == "enrolled"} == set(ours)


def test_two_writers_putting_one_person_into_two_sessions_the_same_day_take_turns(db, db_url, place):
    # GIVEN two sessions on the same day, and two app instances each enrolling the same people in one of them
    people = _people(db, place, "Андреев", "Борисов", "Васильев")
    morning = _session(db, place, DAY)
    elsewhere = _session(db, place, DAY, factory=place["other_factory"])
    one, two = Database(db_url), Database(db_url)
    try:
        # WHEN both enrol at the same moment, refusing conflicts
        _in_parallel(lambda: enrol(one, morning, people, on_conflict="refuse"),
                     lambda: enrol(two, elsewhere, list(reversed(people)), on_conflict="refuse"))
    finally:
        one.dispose()
        two.dispose()
    # THEN each person is in exactly one of them: the second writer saw the first one's enrolments
    placed = [p for session_id in (morning, elsewhere) for p in _state(db, session_id)]
    assert sorted(placed) == sorted(people)


def _in_parallel(*jobs):
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job):
        try:
            barrier.wait(timeout=10)
            job()
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    if errors:
        raise errors[0]


# --- replacing ---------------------------------------------------------------------------------------------

def test_a_colleague_takes_exactly_the_place_of_the_person_replaced(db, place):
    # GIVEN a full session for one with two waiting, and a colleague in the pool
    session_id = _session(db, place, max_group=1)
    a, b, c = _people(db, place, "Андреев", "Борисов", "Васильев")
    colleague, second_colleague = _people(db, place, "Григорьев", "Дмитриев")
    _add(db, PoolEntry(person_id=colleague), PoolEntry(person_id=colleague, programme_id=place["programme"]))
    enrol(db, session_id, [a, b, c])

    # WHEN the enrolled person is replaced, and the first one waiting too
    new_id = replace_enrolment(db, _enrolment(db, session_id, a).id, colleague, reason="Заболел, придёт коллега",
                               user_name="coordinator")
    replace_enrolment(db, _enrolment(db, session_id, b).id, second_colleague, reason="Командировка")

    # THEN the place stays a place and the position stays the position; nobody else moved
    assert _state(db, session_id) == {a: ("replaced", None), b: ("replaced", None), c: ("waitlisted", 2),
                                      colleague: ("enrolled", None), second_colleague: ("waitlisted", 1)}
    new = _enrolment(db, session_id, colleague)
    old = _enrolment(db, session_id, a)
    assert (new.id, new.source, new.replaces_id, old.status_reason) == (
        new_id, "replacement", old.id, "Заболел, придёт коллега")
    # AND the colleague left the pool, and the audit log says who replaced whom and why
    assert pool_people(db) == []
    entry = _audit(db, "enrolment_replaced")[0]
    assert (entry.entity_id, entry.reason, entry.user_name) == (old.id, "Заболел, придёт коллега", "coordinator")
    assert (entry.details["person_id"], entry.details["replaced_by_person_id"]) == (a, colleague)


def test_a_replacement_is_refused_when_the_colleague_is_already_there(db, place):
    session_id = _session(db, place)
    a, b = _people(db, place, "Андреев", "Борисов")
    enrol(db, session_id, [a, b])
    with pytest.raises(FactoryDeskError) as refused:
        replace_enrolment(db, _enrolment(db, session_id, a).id, b, reason="Болезнь")
    assert str(refused.value) == ("Борисов Иван Петрович is already enrolled or waiting in the session "
                                  "«Основы бережливого производства» of 10.03.2026.")
    with pytest.raises(FactoryDeskError, match="Say why the person is replaced."):
        replace_enrolment(db, _enrolment(db, session_id, a).id, b, reason="")
    with pytest.raises(FactoryDeskError, match="There is no person with the number 9999 in the register."):
        replace_enrolment(db, _enrolment(db, session_id, a).id, 9999, reason="Болезнь")
    gone = _people(db, place, "Васильев")[0]
    erase_person(db, gone, reason="Заявление")
    with pytest.raises(FactoryDeskError, match="were erased"):
        replace_enrolment(db, _enrolment(db, session_id, a).id, gone, reason="Болезнь")
    assert _state(db, session_id) == {a: ("enrolled", None), b: ("enrolled", None)}


def test_a_colleague_cancelled_earlier_gets_their_enrolment_back_as_the_replacement(db, place):
    session_id = _session(db, place)
    a, b = _people(db, place, "Андреев", "Борисов")
    enrol(db, session_id, [a, b])
    cancel_enrolment(db, _enrolment(db, session_id, b).id, reason="Отпуск")
    earlier = _enrolment(db, session_id, b).id
    assert replace_enrolment(db, _enrolment(db, session_id, a).id, b, reason="Отпуск отменили") == earlier
    assert _state(db, session_id) == {a: ("replaced", None), b: ("enrolled", None)}


def test_the_colleagues_conflicts_apply_to_a_replacement(db, place):
    # GIVEN a colleague who already completed the programme
    session_id = _session(db, place)
    a, colleague = _people(db, place, "Андреев", "Борисов")
    enrol(db, session_id, [a])
    _held_with_marks(db, place, colleague, "present")
    enrolment_id = _enrolment(db, session_id, a).id

    # THEN the replacement raises the conflict, and goes ahead with a reason
    with pytest.raises(ConflictsFound) as found:
        replace_enrolment(db, enrolment_id, colleague, reason="Болезнь")
    assert [c.kind for c in found.value.conflicts] == ["already_completed"]
    assert _state(db, session_id) == {a: ("enrolled", None)}
    new_id = replace_enrolment(db, enrolment_id, colleague, reason="Болезнь", override_reason="Повторное обучение")
    [entry] = _audit(db, "conflict_overridden")
    assert (entry.entity_id, entry.reason, entry.details["conflicts"][0]["kind"]) == (
        new_id, "Повторное обучение", "already_completed")


# --- the waiting pool --------------------------------------------------------------------------------------

def test_the_pool_lists_people_waiting_for_the_programme_or_any_once_each(db, place):
    # GIVEN people of the plant and one of another organisation in the pool, for this programme, any, another
    with db.write() as s:
        other = Organisation(full_name="Школа №5")
        s.add(other)
        s.flush()
        school = other.id
    general, specific, both, office_only, erased = _people(db, place, "Яковлев", "Жуков", "Ёлкин", "Абрамов",
                                                           "Борисов")
    with db.write() as s:
        pupil = Person(surname="Дмитриев", organisation_id=school, position="Учитель", department="Кафедра")
        s.add(pupil)
        s.flush()
        pupil_id = pupil.id
    _add(db, PoolEntry(person_id=general), PoolEntry(person_id=specific, programme_id=place["programme"]),
         PoolEntry(person_id=both), PoolEntry(person_id=both, programme_id=place["programme"]),
         PoolEntry(person_id=office_only, programme_id=place["other_programme"]), PoolEntry(person_id=erased),
         PoolEntry(person_id=pupil_id))
    erase_person(db, erased, reason="Заявление")

    # WHEN the pool is read for the programme, for the plant
    rows = pool_people(db, programme_id=place["programme"], organisation_id=place["plant"])

    # THEN each person once, alphabetically (Ё with Е), with the programme's entry when they have both
    assert [(r.person_id, r.programme) for r in rows] == [
        (both, "Основы бережливого производства"), (specific, "Основы бережливого производства"), (general, "")]
    assert rows[0].organisation == "ООО «Ромашка»" and abs((rows[0].added - dt.date.today()).days) <= 1
    # AND everyone's pool has every entry; the school's has its teacher with position and department
    assert len(pool_people(db)) == 6
    [teacher] = pool_people(db, organisation_id=school)
    assert (teacher.full_name, teacher.organisation, teacher.position, teacher.department) == (
        "Дмитриев", "Школа №5", "Учитель", "Кафедра")
    assert len(pool_people(db, limit=2)) == 2
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(PoolEntry)) == 6
