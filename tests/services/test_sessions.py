"""The session editor's service: drafts checked against its rules, conflicts shown before saving and overridden
only with a reason, edits and moves of sessions still to come, a session as the editor reads it."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    Factory,
    Person,
    Programme,
    SessionDay,
    Trainer,
    TrainerAbsence,
    TrainingSession,
    session_trainer,
)
from factory_desk.i18n import error_text, install_translators
from factory_desk.services.conflicts import ConflictsFound
from factory_desk.services.session_status import StatusError
from factory_desk.services.sessions import (
    SessionDraft,
    SessionEditError,
    create_session,
    draft_of,
    factory_country,
    get_session,
    move_session,
    programme_defaults,
    session_conflicts,
    update_session,
)
from factory_desk.store.database import Database

DAY = dt.date(2026, 12, 8)  # a Tuesday, no holiday in Russia or Latvia
T = dt.time


@dataclass(frozen=True)
class World:
    kirishi: int
    tikhvin: int
    riga: int
    closed_factory: int
    lean: int  # one day, 12–16
    cycle: int  # two days, 10–14
    retired_programme: int
    ivanov: int
    petrova: int
    ozols: int
    retired_trainer: int


@pytest.fixture
def world(db) -> World:
    with db.write() as s:
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР")
        tikhvin = Factory(name="Фабрика процессов Тихвин", code="ТИХ")
        riga = Factory(name="Procesu fabrika Rīga", code="RIG", timezone="Europe/Riga")
        closed = Factory(name="Фабрика процессов Пикалёво", code="ПИК", is_active=False)
        lean = Programme(name="Бережливое производство", days=1, min_group=12, max_group=16)
        cycle = Programme(name="Цикл «Лидер изменений»", days=2, min_group=10, max_group=14)
        retired = Programme(name="Старая программа", is_active=False)
        ivanov = Trainer(surname="Иванов", first_name="Пётр")
        petrova = Trainer(surname="Петрова", first_name="Анна")
        ozols = Trainer(surname="Ozols", first_name="Jānis")
        gone = Trainer(surname="Сидоров", first_name="Олег", is_active=False)
        s.add_all([kirishi, tikhvin, riga, closed, lean, cycle, retired, ivanov, petrova, ozols, gone])
        s.flush()
        return World(kirishi.id, tikhvin.id, riga.id, closed.id, lean.id, cycle.id, retired.id, ivanov.id,
                     petrova.id, ozols.id, gone.id)


def draft(world: World, **changes) -> SessionDraft:
    base = SessionDraft(programme_id=world.lean, factory_id=world.kirishi, dates=[DAY], trainer_ids=[world.ivanov])
    return replace(base, **changes)


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def audit(db, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def set_status(db, session_id: int, status: str) -> None:
    with db.write() as s:
        training = s.get(TrainingSession, session_id)
        training.status = status
        training.cancel_reason = "Мало участников" if status == "cancelled" else None


def enrol_people(db, session_id: int, how_many: int) -> None:
    with db.write() as s:
        people = [Person(surname="Участник", first_name=str(n)) for n in range(how_many)]
        s.add_all(people)
        s.flush()
        s.add_all([Enrolment(session_id=session_id, person_id=p.id) for p in people])


# --- creating --------------------------------------------------------------------------------------------------

def test_a_new_session_takes_the_programmes_group_sizes_and_is_read_back_as_the_editor_shows_it(db, world):
    # GIVEN a one-day programme for groups of 12–16
    assert programme_defaults(db, world.lean).days == 1
    # WHEN a session is planned with two trainers and no group sizes of its own
    session_id = create_session(db, draft(world, trainer_ids=[world.petrova, world.ivanov], notes=" Зал 2 "),
                                user_name="Координатор")
    # THEN it has the programme's sizes, its day and hours, the lead trainer first
    details = get_session(db, session_id)
    assert (details.programme, details.factory, details.status) == (
        "Бережливое производство", "Фабрика процессов Кириши", "planned")
    assert (details.min_group, details.max_group, details.group_size_reason) == (12, 16, "")
    assert details.days == ((1, DAY, T(9, 0), T(17, 0)),)
    assert details.trainer_ids == (world.petrova, world.ivanov)
    assert details.trainers == ("Петрова Анна", "Иванов Пётр")
    assert (details.notes, details.enrolled, details.waitlisted, details.cancel_reason) == ("Зал 2", 0, 0, "")
    with db.read() as s:
        roles = dict(s.execute(select(session_trainer.c.trainer_id, session_trainer.c.role)
                               .where(session_trainer.c.session_id == session_id)).all())
    assert roles == {world.petrova: "lead", world.ivanov: "assistant"}
    [entry] = audit(db, "session_created")
    assert (entry.entity_id, entry.user_name) == (session_id, "Координатор")
    assert entry.details["dates"] == ["2026-12-08"] and entry.details["trainer_ids"] == [world.petrova, world.ivanov]


def test_a_copy_starts_from_the_draft_of_a_session(db, world):
    session_id = create_session(db, draft(world, starts_at=T(10, 0), ends_at=T(14, 0), min_group=8, max_group=12,
                                          group_size_reason="Малый зал"))
    copy = draft_of(db, session_id)
    assert copy == SessionDraft(world.lean, world.kirishi, [DAY], T(10, 0), T(14, 0), [world.ivanov], 8, 12,
                                "Малый зал", "")
    other = create_session(db, replace(copy, dates=[DAY + dt.timedelta(days=7)]))
    assert get_session(db, other).days == ((1, DAY + dt.timedelta(days=7), T(10, 0), T(14, 0)),)


def test_a_multi_day_session_has_one_day_row_per_date(db, world):
    dates = [DAY, DAY + dt.timedelta(days=1)]
    session_id = create_session(db, draft(world, programme_id=world.cycle, dates=dates))
    details = get_session(db, session_id)
    assert [(no, date) for no, date, _start, _end in details.days] == [(1, dates[0]), (2, dates[1])]
    assert (details.min_group, details.max_group) == (10, 14)


def test_other_sizes_than_the_programmes_are_kept_with_their_reason(db, world):
    with pytest.raises(ValidationError) as refused:
        create_session(db, draft(world, min_group=6, max_group=10))
    assert str(refused.value) == "The group size 6–10 differs from the programme's 12–16: say why."
    assert refused.value.field == "group_size_reason"
    session_id = create_session(db, draft(world, min_group=6, max_group=10, group_size_reason="  Малый   зал "))
    details = get_session(db, session_id)
    assert (details.min_group, details.max_group, details.group_size_reason) == (6, 10, "Малый зал")


@pytest.mark.parametrize(("changes", "field", "sentence"), [
    ({"programme_id": 999}, "programme_id", "There is no programme with the number 999."),
    ({"programme_id": "retired_programme"}, "programme_id",
     "The programme «Старая программа» is no longer active: choose another one."),
    ({"factory_id": 999}, "factory_id", "There is no factory with the number 999."),
    ({"factory_id": "closed_factory"}, "factory_id",
     "The factory «Фабрика процессов Пикалёво» is no longer active: choose another one."),
    ({"dates": []}, "dates", "Choose the date of the session."),
    ({"dates": [DAY, DAY + dt.timedelta(days=1)]}, "dates",
     "The programme «Бережливое производство» takes one day: choose one date, not 2."),
    ({"programme_id": "cycle"}, "dates",
     "The programme «Цикл «Лидер изменений»» takes 2 days: choose 2 dates, not 1."),
    ({"programme_id": "cycle", "dates": [DAY, DAY - dt.timedelta(days=1)]}, "dates",
     "The days of a session go in order, each after the one before: 07.12.2026 cannot follow 08.12.2026."),
    ({"programme_id": "cycle", "dates": [DAY, DAY]}, "dates",
     "The days of a session go in order, each after the one before: 08.12.2026 cannot follow 08.12.2026."),
    ({"starts_at": T(13, 0), "ends_at": T(9, 0)}, "ends_at",
     "A session ends after it starts: 13:00–09:00 is not possible."),
    ({"starts_at": T(9, 0), "ends_at": T(9, 0)}, "ends_at",
     "A session ends after it starts: 09:00–09:00 is not possible."),
    ({"min_group": 14, "max_group": 10, "group_size_reason": "x"}, "min_group",
     "The minimum group (14) cannot be larger than the maximum (10)."),
    ({"min_group": 0, "group_size_reason": "x"}, "min_group",
     "A group has at least 1 and at most 100 people: 0–16 is not possible."),
    ({"max_group": 101, "group_size_reason": "x"}, "max_group",
     "A group has at least 1 and at most 100 people: 12–101 is not possible."),
    ({"trainer_ids": [999]}, "trainer_ids", "There is no trainer with the number 999."),
    ({"trainer_ids": ["retired_trainer"]}, "trainer_ids",
     "Trainer Сидоров Олег is no longer active: choose another one."),
])
def test_a_draft_that_breaks_a_rule_is_refused_with_a_sentence_and_nothing_is_written(db, world, changes, field,
                                                                                        sentence):
    def resolve(value):
        return getattr(world, value) if isinstance(value, str) else value

    changes = {key: [resolve(v) for v in value] if key == "trainer_ids" else
              resolve(value) if key in ("programme_id", "factory_id") else value for key, value in changes.items()}
    with pytest.raises(ValidationError) as refused:
        create_session(db, draft(world, **changes))
    assert (str(refused.value), refused.value.field) == (sentence, field)
    assert count(db, TrainingSession) == 0
    assert count(db, AuditEntry) == 0


def test_a_new_session_cannot_start_as_held(db, world):
    with pytest.raises(ValidationError, match="A new session can be planned, open for enrolment or confirmed, "
                                              "not “Held”."):
        create_session(db, draft(world), status="held")
    assert get_session(db, create_session(db, draft(world), status="open")).status == "open"


# --- conflicts -----------------------------------------------------------------------------------------------

def kinds(conflicts) -> list[str]:
    return [c.kind for c in conflicts]


def test_a_trainer_booked_at_overlapping_times_elsewhere_is_a_conflict_named_plainly(db, world):
    # GIVEN Иванов leads a morning session at Тихвин
    create_session(db, draft(world, factory_id=world.tikhvin, starts_at=T(9, 0), ends_at=T(13, 0)))
    # WHEN he is planned at Кириши from noon the same day
    found = session_conflicts(db, draft(world, starts_at=T(12, 0), ends_at=T(17, 0)))
    # THEN the editor shows who is busy where and when
    assert kinds(found) == ["trainer_busy"]
    assert str(found[0]) == ("Trainer Иванов Пётр already leads «Бережливое производство» at "
                             "Фабрика процессов Тихвин on 08.12.2026, 09:00–13:00.")
    assert found[0].details["trainer_id"] == world.ivanov


def test_no_trainer_conflict_when_times_do_not_overlap_another_trainer_or_the_other_session_was_cancelled(db, world):
    morning = create_session(db, draft(world, factory_id=world.tikhvin, starts_at=T(9, 0), ends_at=T(13, 0)))
    # back to back is not an overlap
    assert session_conflicts(db, draft(world, starts_at=T(13, 0), ends_at=T(17, 0))) == []
    # another trainer is free
    assert session_conflicts(db, draft(world, trainer_ids=[world.petrova])) == []
    # the next day is free
    assert session_conflicts(db, draft(world, dates=[DAY + dt.timedelta(days=1)])) == []
    # a cancelled session books nobody
    set_status(db, morning, "cancelled")
    assert session_conflicts(db, draft(world)) == []


def test_an_assistant_is_busy_too(db, world):
    create_session(db, draft(world, factory_id=world.tikhvin, trainer_ids=[world.petrova, world.ivanov]))
    found = session_conflicts(db, draft(world, trainer_ids=[world.ivanov]))
    assert kinds(found) == ["trainer_busy"] and found[0].details["trainer"] == "Иванов Пётр"


def test_a_site_booked_at_overlapping_times_is_a_conflict_but_another_factory_is_not(db, world):
    create_session(db, draft(world, trainer_ids=[world.petrova], starts_at=T(9, 0), ends_at=T(12, 0)))
    found = session_conflicts(db, draft(world, starts_at=T(11, 0), ends_at=T(15, 0)))
    assert kinds(found) == ["site_busy"]
    assert str(found[0]) == "Фабрика процессов Кириши already has «Бережливое производство» on 08.12.2026, 09:00–12:00."
    assert session_conflicts(db, draft(world, factory_id=world.tikhvin, starts_at=T(11, 0))) == []
    assert session_conflicts(db, draft(world, starts_at=T(12, 0))) == []


def test_a_trainer_away_is_a_conflict_that_names_the_reason(db, world):
    with db.write() as s:
        s.add_all([TrainerAbsence(trainer_id=world.ivanov, first_day=DAY - dt.timedelta(days=2), last_day=DAY,
                                  reason="отпуск"),
                   TrainerAbsence(trainer_id=world.petrova, first_day=DAY, last_day=DAY)])
    found = session_conflicts(db, draft(world, trainer_ids=[world.ivanov, world.petrova]))
    assert [str(c) for c in found] == ["Trainer Иванов Пётр is away on 08.12.2026: отпуск.",
                                       "Trainer Петрова Анна is away on 08.12.2026."]
    assert kinds(found) == ["trainer_away", "trainer_away"]
    assert session_conflicts(db, draft(world, trainer_ids=[world.ivanov], dates=[DAY + dt.timedelta(days=1)])) == []


def test_a_public_holiday_of_the_factorys_country_is_a_conflict_with_its_name(db, world):
    unity_day, proclamation_day = dt.date(2026, 11, 4), dt.date(2026, 11, 18)
    found = session_conflicts(db, draft(world, dates=[unity_day]))
    assert kinds(found) == ["holiday"]
    assert str(found[0]) == "04.11.2026 is a public holiday: День народного единства."
    assert str(session_conflicts(db, draft(world, dates=[unity_day]), language="en")[0]) == (
        "04.11.2026 is a public holiday: Unity Day.")
    # a Latvian holiday is no holiday at a Russian factory, and the other way round
    assert session_conflicts(db, draft(world, dates=[proclamation_day])) == []
    assert session_conflicts(db, draft(world, factory_id=world.riga, trainer_ids=[world.ozols],
                                       dates=[unity_day])) == []
    [latvian] = session_conflicts(db, draft(world, factory_id=world.riga, trainer_ids=[world.ozols],
                                            dates=[proclamation_day]))
    assert str(latvian) == "18.11.2026 is a public holiday: Latvijas Republikas Proklamēšanas diena."
    assert latvian.details["country"] == "LV"


def test_the_conflict_sentence_is_shown_in_russian(db, world, qapp):
    create_session(db, draft(world, factory_id=world.tikhvin))
    [found] = session_conflicts(db, draft(world))
    install_translators("ru")
    try:
        text = error_text(found.as_error())
    finally:
        install_translators("en")
    assert "Иванов Пётр" in text and "08.12.2026" in text and "09:00–17:00" in text


def test_a_factory_in_latvia_keeps_latvian_holidays(db, world):
    assert factory_country(db, world.riga) == "LV"
    assert factory_country(db, world.kirishi) == "RU"
    with db.write() as s:
        s.get(Factory, world.tikhvin).region = "Latvija, Daugavpils"
    assert factory_country(db, world.tikhvin) == "LV"


# --- overriding ----------------------------------------------------------------------------------------------

def test_conflicts_without_a_reason_write_nothing_and_with_one_the_reason_goes_to_the_audit_log(db, world):
    first = create_session(db, draft(world, factory_id=world.tikhvin))
    # WHEN the same trainer is booked again at the same time without a reason
    with pytest.raises(ConflictsFound) as found:
        create_session(db, draft(world))
    assert kinds(found.value.conflicts) == ["trainer_busy"]
    assert str(found.value) == "This change has conflicts. It can be saved only with a reason for going ahead anyway."
    assert count(db, TrainingSession) == 1 and len(audit(db, "session_created")) == 1
    # WHEN the coordinator gives a reason
    second = create_session(db, draft(world), override_reason=" Иванов проведёт оба занятия по полдня ",
                            user_name="Координатор")
    # THEN the session is saved and the overridden conflict is in the audit log with the reason
    assert second != first and count(db, TrainingSession) == 2
    [entry] = audit(db, "conflict_overridden")
    assert (entry.entity_id, entry.reason, entry.user_name) == (
        second, "Иванов проведёт оба занятия по полдня", "Координатор")
    assert entry.details["conflicts"][0]["kind"] == "trainer_busy"
    assert entry.details["conflicts"][0]["text"].startswith("Trainer Иванов Пётр already leads")


# --- editing -------------------------------------------------------------------------------------------------

def test_an_edit_replaces_days_hours_trainers_and_sizes_and_records_what_changed(db, world):
    session_id = create_session(db, draft(world, programme_id=world.cycle, dates=[DAY, DAY + dt.timedelta(days=1)]))
    with db.read() as s:
        first_day_row = s.scalar(select(SessionDay.id).where(SessionDay.session_id == session_id,
                                                             SessionDay.day_no == 1))
    update_session(db, session_id, draft(world, programme_id=world.cycle,
                                         dates=[DAY + dt.timedelta(days=7), DAY + dt.timedelta(days=9)],
                                         starts_at=T(10, 0), ends_at=T(16, 0),
                                         trainer_ids=[world.petrova, world.ivanov], max_group=12,
                                         group_size_reason="Малый зал"),
                   user_name="Координатор")
    details = get_session(db, session_id)
    assert details.days == ((1, DAY + dt.timedelta(days=7), T(10, 0), T(16, 0)),
                            (2, DAY + dt.timedelta(days=9), T(10, 0), T(16, 0)))
    assert details.trainer_ids == (world.petrova, world.ivanov)
    assert (details.min_group, details.max_group, details.group_size_reason) == (10, 12, "Малый зал")
    with db.read() as s:
        assert s.scalar(select(SessionDay.id).where(SessionDay.session_id == session_id,
                                                    SessionDay.day_no == 1)) == first_day_row
    [entry] = audit(db, "session_updated")
    assert entry.details["changes"]["dates"] == [["2026-12-08", "2026-12-09"], ["2026-12-15", "2026-12-17"]]
    assert entry.details["changes"]["max_group"] == [14, 12]
    assert entry.details["changes"]["trainer_ids"] == [[world.ivanov], [world.petrova, world.ivanov]]
    assert set(entry.details["changes"]) == {"dates", "starts_at", "ends_at", "trainer_ids", "max_group",
                                             "group_size_reason"}


def test_an_edit_can_change_the_programme_and_the_number_of_days(db, world):
    session_id = create_session(db, draft(world, programme_id=world.cycle, dates=[DAY, DAY + dt.timedelta(days=1)]))
    update_session(db, session_id, draft(world))
    assert get_session(db, session_id).days == ((1, DAY, T(9, 0), T(17, 0)),)
    assert count(db, SessionDay) == 1


def test_an_edit_does_not_conflict_with_the_session_itself(db, world):
    session_id = create_session(db, draft(world))
    update_session(db, session_id, draft(world, starts_at=T(10, 0)))
    assert get_session(db, session_id).starts_at == T(10, 0)
    assert session_conflicts(db, draft(world), session_id=session_id) == []


def test_an_edit_may_keep_a_trainer_retired_since_but_not_choose_one(db, world):
    with db.write() as s:
        s.get(Trainer, world.retired_trainer).is_active = True
    session_id = create_session(db, draft(world, trainer_ids=[world.retired_trainer]))
    with db.write() as s:
        s.get(Trainer, world.retired_trainer).is_active = False
    update_session(db, session_id, draft(world, trainer_ids=[world.retired_trainer], notes="Без изменений"))
    other = create_session(db, draft(world, factory_id=world.tikhvin, trainer_ids=[world.petrova]))
    with pytest.raises(ValidationError, match="no longer active"):
        update_session(db, other, draft(world, factory_id=world.tikhvin, trainer_ids=[world.retired_trainer]))


def test_the_maximum_cannot_go_below_the_number_enrolled(db, world):
    session_id = create_session(db, draft(world))
    enrol_people(db, session_id, 13)
    with pytest.raises(ValidationError) as refused:
        update_session(db, session_id, draft(world, max_group=12, group_size_reason="Малый зал"))
    assert str(refused.value) == "13 people are already enrolled: the maximum cannot be lower than that."
    assert refused.value.field == "max_group"
    assert get_session(db, session_id).max_group == 16
    update_session(db, session_id, draft(world, max_group=13, group_size_reason="Малый зал"))
    assert (get_session(db, session_id).max_group, get_session(db, session_id).enrolled) == (13, 13)


def test_an_edit_of_a_group_under_its_minimum_close_to_its_date_is_a_conflict(db, world):
    session_id = create_session(db, draft(world))
    enrol_people(db, session_id, 5)
    today = DAY - dt.timedelta(days=10)
    found = session_conflicts(db, draft(world), session_id=session_id, today=today)
    assert kinds(found) == ["under_minimum"]
    assert str(found[0]) == ("Only 5 people are enrolled in «Бережливое производство» of 08.12.2026; the group "
                             "needs at least 12.")
    with pytest.raises(ConflictsFound):
        update_session(db, session_id, draft(world, notes="Позвонить в организации"), today=today)
    update_session(db, session_id, draft(world, notes="Позвонить в организации"), today=today,
                   override_reason="Ещё ждём список от завода")
    # far from its date, or when a new session is checked, it is no conflict
    assert session_conflicts(db, draft(world), session_id=session_id, today=DAY - dt.timedelta(days=30)) == []
    assert session_conflicts(db, draft(world, factory_id=world.tikhvin, trainer_ids=[]), today=today) == []
    # enough people: no conflict
    enrol_people(db, session_id, 7)
    assert session_conflicts(db, draft(world), session_id=session_id, today=today) == []


@pytest.mark.parametrize(("status", "word"), [("held", "Held"), ("reported", "Reported"), ("cancelled", "Cancelled")])
def test_a_session_held_reported_or_cancelled_can_no_longer_be_edited_or_moved(db, world, status, word):
    session_id = create_session(db, draft(world))
    set_status(db, session_id, status)
    sentence = f"The session «Бережливое производство» of 08.12.2026 is “{word}”: it can no longer be changed."
    with pytest.raises(SessionEditError) as refused:
        update_session(db, session_id, draft(world, notes="поздно"))
    assert str(refused.value) == sentence
    with pytest.raises(SessionEditError) as refused:
        move_session(db, session_id, DAY + dt.timedelta(days=1))
    assert str(refused.value) == sentence
    assert get_session(db, session_id).days[0][1] == DAY


def test_the_status_word_is_in_the_users_language(db, world, qapp):
    session_id = create_session(db, draft(world))
    set_status(db, session_id, "held")
    with pytest.raises(SessionEditError) as refused:
        move_session(db, session_id, DAY + dt.timedelta(days=1))
    install_translators("ru")
    try:
        text = error_text(refused.value)
    finally:
        install_translators("en")
    assert "Held" not in text and "Бережливое производство" in text


def test_an_unknown_session_is_a_sentence(db, world):
    with pytest.raises(StatusError, match="There is no session with the number 404."):
        get_session(db, 404)
    with pytest.raises(StatusError, match="There is no session with the number 404."):
        update_session(db, 404, draft(world))
    with pytest.raises(StatusError, match="There is no session with the number 404."):
        move_session(db, 404, DAY)


# --- moving --------------------------------------------------------------------------------------------------

def test_a_move_shifts_every_day_by_the_same_offset_and_keeps_hours_trainers_and_people(db, world):
    session_id = create_session(db, draft(world, programme_id=world.cycle, dates=[DAY, DAY + dt.timedelta(days=2)],
                                          starts_at=T(10, 0), ends_at=T(15, 0)))
    enrol_people(db, session_id, 3)
    move_session(db, session_id, DAY + dt.timedelta(days=7), user_name="Координатор")
    details = get_session(db, session_id)
    assert details.days == ((1, DAY + dt.timedelta(days=7), T(10, 0), T(15, 0)),
                            (2, DAY + dt.timedelta(days=9), T(10, 0), T(15, 0)))
    assert (details.trainer_ids, details.enrolled) == ((world.ivanov,), 3)
    [entry] = audit(db, "session_moved")
    assert entry.details == {"from": ["2026-12-08", "2026-12-10"], "to": ["2026-12-15", "2026-12-17"], "days": 7}
    # a move to the day it already starts on changes nothing
    move_session(db, session_id, DAY + dt.timedelta(days=7))
    assert len(audit(db, "session_moved")) == 1


def test_a_move_onto_a_busy_trainer_or_a_holiday_needs_a_reason(db, world):
    create_session(db, draft(world, factory_id=world.tikhvin, dates=[DAY + dt.timedelta(days=1)]))
    session_id = create_session(db, draft(world))
    with pytest.raises(ConflictsFound) as found:
        move_session(db, session_id, DAY + dt.timedelta(days=1))
    assert kinds(found.value.conflicts) == ["trainer_busy"]
    with pytest.raises(ConflictsFound) as found:
        move_session(db, session_id, dt.date(2026, 11, 4))
    assert kinds(found.value.conflicts) == ["holiday"]
    assert get_session(db, session_id).days[0][1] == DAY
    move_session(db, session_id, dt.date(2026, 11, 4), override_reason="Заказ завода, работают в праздник")
    assert get_session(db, session_id).days[0][1] == dt.date(2026, 11, 4)
    [entry] = audit(db, "conflict_overridden")
    assert entry.details["conflicts"][0]["holiday"] == "День народного единства"


# --- two coordinators at once ----------------------------------------------------------------------------------

def test_two_coordinators_booking_one_trainer_at_once_never_both_succeed_without_a_reason(db, db_url, world):
    # GIVEN two app instances with their own connections
    first, second = Database(db_url), Database(db_url)
    try:
        for week in range(3):
            day = DAY + dt.timedelta(days=7 * week)
            barrier = threading.Barrier(2)
            outcomes: list[object] = []

            def book(instance, factory_id, day=day, barrier=barrier, outcomes=outcomes):
                barrier.wait(timeout=10)
                try:
                    outcomes.append(create_session(instance, draft(world, factory_id=factory_id, dates=[day])))
                except ConflictsFound as found:
                    outcomes.append(found)

            # WHEN both plan Иванов on the same day, at two factories, at the same moment
            threads = [threading.Thread(target=book, args=(first, world.kirishi)),
                       threading.Thread(target=book, args=(second, world.tikhvin))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)

            # THEN one session is saved and the other coordinator is shown the conflict with it
            saved = [o for o in outcomes if isinstance(o, int)]
            refused = [o for o in outcomes if isinstance(o, ConflictsFound)]
            assert (len(saved), len(refused)) == (1, 1)
            assert [c.kind for c in refused[0].conflicts] == ["trainer_busy"]
            assert refused[0].conflicts[0].details["session_id"] == saved[0]
    finally:
        first.dispose()
        second.dispose()
