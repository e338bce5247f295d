"""Series of sessions: the chosen weekdays between two dates, public holidays of Russia or Latvia and a trainer's
days away left out with a sentence, all the sessions created together or none of them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.models import AuditEntry, Factory, Programme, Trainer, TrainerAbsence, TrainingSession
from factory_desk.services.conflicts import ConflictsFound
from factory_desk.services.sessions import (
    SessionDraft,
    create_series,
    create_session,
    factory_country,
    get_session,
    plan_series,
    series_conflicts,
)

D = dt.date
TUESDAY, WEDNESDAY, THURSDAY, MONDAY, FRIDAY = 1, 2, 3, 0, 4


@pytest.fixture
def ids(db) -> dict[str, int]:
    with db.write() as s:
        rows = {
            "kirishi": Factory(name="Фабрика процессов Кириши", code="КИР"),
            "riga": Factory(name="Procesu fabrika Rīga", code="RIG", timezone="Europe/Riga"),
            "lean": Programme(name="Бережливое производство", days=1),
            "cycle": Programme(name="Цикл «Лидер изменений»", days=2, min_group=10, max_group=14),
            "ivanov": Trainer(surname="Иванов", first_name="Пётр"),
            "ozols": Trainer(surname="Ozols", first_name="Jānis"),
        }
        s.add_all(rows.values())
        s.flush()
        return {key: row.id for key, row in rows.items()}


def draft(ids, **changes) -> SessionDraft:
    values = {"programme_id": ids["lean"], "factory_id": ids["kirishi"], "dates": [], "trainer_ids": [ids["ivanov"]]}
    return SessionDraft(**{**values, **changes})


def sessions_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(TrainingSession))


def test_tuesdays_and_thursdays_of_january_skip_russian_holidays_and_a_trainers_days_away(db, ids):
    # GIVEN Иванов is away on the 19th and 20th of January 2027
    with db.write() as s:
        s.add(TrainerAbsence(trainer_id=ids["ivanov"], first_day=D(2027, 1, 19), last_day=D(2027, 1, 20),
                             reason="курсы повышения квалификации"))
    # WHEN a series of Tuesdays and Thursdays is planned for January at a Russian factory
    plan = plan_series(db, draft(ids), first=D(2027, 1, 1), last=D(2027, 1, 31), weekdays={TUESDAY, THURSDAY},
                       country=factory_country(db, ids["kirishi"]))
    # THEN the New Year holidays and Christmas are left out, and so is the day Иванов is away, each with a sentence
    assert plan.dates == [D(2027, 1, 12), D(2027, 1, 14), D(2027, 1, 21), D(2027, 1, 26), D(2027, 1, 28)]
    assert plan.sessions == [(date,) for date in plan.dates]
    assert [(day.date, day.kind) for day in plan.skipped] == [
        (D(2027, 1, 5), "holiday"), (D(2027, 1, 7), "holiday"), (D(2027, 1, 19), "trainer_away")]
    assert [str(day) for day in plan.skipped] == [
        "05.01.2027 is a public holiday: Новогодние каникулы.",
        "07.01.2027 is a public holiday: Рождество Христово.",
        "Trainer Иванов Пётр is away on 19.01.2027: курсы повышения квалификации.",
    ]
    # and nothing was written
    assert sessions_count(db) == 0


def test_a_latvian_factory_skips_latvian_holidays_in_the_language_asked(db, ids):
    latvian = draft(ids, factory_id=ids["riga"], trainer_ids=[ids["ozols"]])
    plan = plan_series(db, latvian, first=D(2026, 11, 1), last=D(2026, 11, 30), weekdays={MONDAY, WEDNESDAY},
                       country="LV", language="en")
    assert plan.dates == [D(2026, 11, d) for d in (2, 4, 9, 11, 16, 23, 25, 30)]
    assert [str(day) for day in plan.skipped] == [
        "18.11.2026 is a public holiday: Republic of Latvia Proclamation Day."]
    # the Russian Unity Day (Wednesday 4 November) is a working day in Latvia; without a country nothing is skipped
    assert D(2026, 11, 4) in plan.dates
    unchecked = plan_series(db, latvian, first=D(2026, 11, 1), last=D(2026, 11, 30), weekdays={WEDNESDAY},
                            country=None)
    assert (len(unchecked.dates), unchecked.skipped) == (4, [])


def test_a_multi_day_series_runs_over_working_days_and_skips_holidays_inside_a_session(db, ids):
    # Fridays of March 2027: each two-day session goes on on the next working day; 8 March is a holiday
    plan = plan_series(db, draft(ids, programme_id=ids["cycle"]), first=D(2027, 3, 1), last=D(2027, 3, 12),
                       weekdays={FRIDAY}, country="RU")
    assert plan.sessions == [(D(2027, 3, 5), D(2027, 3, 9)), (D(2027, 3, 12), D(2027, 3, 15))]
    # a start inside the previous session of the series is passed over
    plan = plan_series(db, draft(ids, programme_id=ids["cycle"]), first=D(2027, 3, 15), last=D(2027, 3, 19),
                       weekdays={MONDAY, TUESDAY, WEDNESDAY}, country="RU")
    assert plan.sessions == [(D(2027, 3, 15), D(2027, 3, 16)), (D(2027, 3, 17), D(2027, 3, 18))]
    ids_made = create_series(db, draft(ids, programme_id=ids["cycle"]), plan.sessions)
    assert [get_session(db, i).dates for i in ids_made] == [list(days) for days in plan.sessions]


def test_a_multi_day_series_from_first_dates_alone_skips_the_factorys_holidays(db, ids):
    [made] = create_series(db, draft(ids, programme_id=ids["cycle"]), [D(2027, 3, 5)])
    assert get_session(db, made).dates == [D(2027, 3, 5), D(2027, 3, 9)]


@pytest.mark.parametrize(("first", "last", "weekdays", "sentence"), [
    (D(2027, 1, 10), D(2027, 1, 1), {TUESDAY}, "A series cannot end (01.01.2027) before it begins (10.01.2027)."),
    (D(2027, 1, 1), D(2028, 1, 2), {TUESDAY},
     "A series covers at most 366 days; from 01.01.2027 to 02.01.2028 is 367 days."),
    (D(2027, 1, 1), D(2027, 1, 31), set(), "Choose the days of the week the series takes place."),
    (D(2027, 1, 1), D(2027, 1, 31), {7}, "Choose the days of the week the series takes place."),
])
def test_a_series_range_that_cannot_be_is_refused(db, ids, first, last, weekdays, sentence):
    with pytest.raises(ValidationError) as refused:
        plan_series(db, draft(ids), first=first, last=last, weekdays=weekdays, country="RU")
    assert str(refused.value) == sentence


def test_a_series_covers_up_to_a_leap_year(db, ids):
    plan = plan_series(db, draft(ids), first=D(2028, 1, 1), last=D(2028, 12, 31), weekdays={TUESDAY}, country="RU")
    assert (plan.dates[0], plan.dates[-1], len(plan.dates) + len(plan.skipped)) == (D(2028, 1, 11), D(2028, 12, 26), 52)


def test_a_series_is_created_in_one_go_with_one_audit_entry_for_it(db, ids):
    plan = plan_series(db, draft(ids), first=D(2027, 1, 1), last=D(2027, 1, 31), weekdays={TUESDAY, THURSDAY},
                       country="RU")
    made = create_series(db, draft(ids, trainer_ids=[ids["ivanov"], ids["ozols"]]), plan.dates,
                         user_name="Координатор")
    assert len(made) == len(plan.dates) == 6
    assert [get_session(db, i).dates[0] for i in made] == plan.dates
    assert get_session(db, made[-1]).trainer_ids == (ids["ivanov"], ids["ozols"])
    with db.read() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "series_created")).all()
        created = s.scalar(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.action == "session_created"))
    assert entry.details["session_ids"] == made and entry.user_name == "Координатор"
    assert entry.details["dates"][0] == ["2027-01-12"]
    assert created == 6


def test_a_series_with_a_conflict_writes_nothing_without_a_reason_and_everything_with_one(db, ids):
    # GIVEN Иванов already leads a session on one Thursday of the series, elsewhere
    with db.write() as s:
        tikhvin = Factory(name="Фабрика процессов Тихвин", code="ТИХ")
        s.add(tikhvin)
        s.flush()
        tikhvin_id = tikhvin.id
    create_session(db, draft(ids, factory_id=tikhvin_id, dates=[D(2027, 1, 21)]))
    dates = [D(2027, 1, 12), D(2027, 1, 14), D(2027, 1, 21)]
    # the editor can show them before saving, read in one go
    shown = series_conflicts(db, draft(ids), dates)
    # WHEN the series is created without a reason
    with pytest.raises(ConflictsFound) as found:
        create_series(db, draft(ids), dates)
    # THEN none of its sessions is written
    assert [c.kind for c in found.value.conflicts] == ["trainer_busy"]
    assert "21.01.2027" in str(found.value.conflicts[0])
    assert list(found.value.conflicts) == shown
    assert sessions_count(db) == 1
    # WHEN with one reason for the whole series
    made = create_series(db, draft(ids), dates, override_reason="Второй тренер подменит на часть дня")
    assert len(made) == 3 and sessions_count(db) == 4
    with db.read() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "conflict_overridden")).all()
    assert entry.reason == "Второй тренер подменит на часть дня" and entry.details["session_ids"] == made


def test_a_series_with_one_bad_session_writes_none_of_them(db, ids):
    with pytest.raises(ValidationError, match="The series has 14.01.2027 twice"):
        create_series(db, draft(ids), [D(2027, 1, 12), D(2027, 1, 14), D(2027, 1, 14)])
    with pytest.raises(ValidationError, match="takes 2 days: choose 2 dates, not 1"):
        create_series(db, draft(ids, programme_id=ids["cycle"]), [(D(2027, 1, 12), D(2027, 1, 13)), (D(2027, 1, 14),)])
    with pytest.raises(ValidationError, match="The series has no dates"):
        create_series(db, draft(ids), [])
    with db.write() as s:
        s.get(Trainer, ids["ozols"]).is_active = False
    with pytest.raises(ValidationError, match="no longer active"):
        create_series(db, draft(ids, trainer_ids=[ids["ozols"]]), [D(2027, 1, 12)])
    assert sessions_count(db) == 0


def test_the_sessions_of_a_series_do_not_conflict_with_each_other_and_a_holiday_given_anyway_is_a_conflict(db, ids):
    with pytest.raises(ConflictsFound) as found:
        create_series(db, draft(ids), [D(2027, 1, 5), D(2027, 1, 12)])
    assert [(c.kind, c.details["date"]) for c in found.value.conflicts] == [("holiday", "05.01.2027")]
    assert sessions_count(db) == 0
