"""Simulation rounds: values saved at once, cleared and refused; productivity, plan fulfilment and the change from
the first round to the last computed from real numbers; a closed or cancelled session refusing every change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.models import (
    AuditEntry,
    Factory,
    Programme,
    RoundMetric,
    RoundResult,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.rounds import (
    PLAN_FULFILMENT,
    PRODUCTIVITY,
    RoundsError,
    change_between,
    number_from_text,
    round_table,
    set_value,
)
from factory_desk.services.session_status import StatusError

DAY = dt.date(2026, 11, 12)
PRODUCTION = (  # code, name, unit, lower is better
    ("order_planned", "Заказ: план", "шт", False),
    ("order_fulfilled", "Заказ: выполнено", "шт", False),
    ("good_units", "Годные изделия", "шт", False),
    ("defects", "Брак", "шт", True),
    ("operators", "Операторы", "чел", True),
    ("round_duration", "Длительность раунда", "мин", False),
)


def make_session(db, metrics=PRODUCTION, rounds=3, name="Фабрика процессов"):
    """A session of a programme with these metrics; (session id, {code: metric id})."""
    with db.write() as s:
        factory = s.scalar(select(Factory)) or Factory(name="Фабрика процессов Кириши", code="КИР")
        programme = Programme(name=name, rounds=rounds, metrics=[
            RoundMetric(code=code, name=title, unit=unit, position=i, lower_is_better=lower)
            for i, (code, title, unit, lower) in enumerate(metrics, 1)])
        s.add_all([factory, programme])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="confirmed")
        training.days.append(SessionDay(day_no=1, date=DAY))
        s.add(training)
        s.flush()
        return training.id, {m.code: m.id for m in programme.metrics}


def enter(db, session_id, ids, round_no, **values):
    for code, value in values.items():
        set_value(db, session_id, round_no, ids[code], Decimal(str(value)), user_name="trainer")


def derived(table, code):
    return next(row for row in table.derived if row.code == code)


def test_values_are_saved_at_once_changed_and_cleared(db):
    session_id, ids = make_session(db)
    assert set_value(db, session_id, 1, ids["good_units"], Decimal("12")) == 12
    set_value(db, session_id, 2, ids["good_units"], Decimal("17.5"))
    table = round_table(db, session_id)
    assert table.rounds == 3
    assert [m.code for m in table.metrics] == [code for code, *_ in PRODUCTION]
    good = next(m for m in table.metrics if m.code == "good_units")
    assert (good.name, good.unit, good.values) == ("Годные изделия", "шт", (12, Decimal("17.5"), None))

    set_value(db, session_id, 2, ids["good_units"], Decimal(18))
    set_value(db, session_id, 1, ids["good_units"], None)
    assert round_table(db, session_id).value(ids["good_units"], 1) is None
    assert round_table(db, session_id).value(ids["good_units"], 2) == 18
    with db.read() as s:
        assert s.scalar(select(RoundResult.round_no).where(RoundResult.session_id == session_id)) == 2
        changes = [(e.details["round"], e.details["from"], e.details["to"]) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "round_value_changed").order_by(AuditEntry.id))]
    assert changes == [(1, None, "12"), (2, None, "17.5"), (2, "17.5", "18"), (1, "12", None)]


def test_saving_the_same_value_again_writes_nothing_to_the_log(db):
    session_id, ids = make_session(db)
    set_value(db, session_id, 1, ids["defects"], Decimal("7"))
    set_value(db, session_id, 1, ids["defects"], Decimal("7.000"))
    with db.read() as s:
        assert len(s.scalars(select(AuditEntry).where(AuditEntry.action == "round_value_changed")).all()) == 1


def test_a_negative_value_a_round_beyond_the_programme_and_another_programmes_metric_are_refused(db):
    session_id, ids = make_session(db)
    _other_session, other_ids = make_session(db, name="Фабрика офисных процессов")
    with pytest.raises(ValidationError) as refused:
        set_value(db, session_id, 1, ids["defects"], Decimal("-1"))
    assert str(refused.value) == "Брак cannot be negative (-1)."
    with pytest.raises(RoundsError) as refused:
        set_value(db, session_id, 4, ids["defects"], Decimal("1"))
    assert str(refused.value) == "The programme «Фабрика процессов» has 3 rounds: there is no round 4."
    with pytest.raises(RoundsError, match="not one of the metrics of the programme «Фабрика процессов»"):
        set_value(db, session_id, 1, other_ids["defects"], Decimal("1"))
    with pytest.raises(StatusError, match="no session with the number 999"):
        set_value(db, 999, 1, ids["defects"], Decimal("1"))
    assert round_table(db, session_id).values() == {}


def test_typed_numbers_accept_a_decimal_comma_and_spaces_and_refuse_words():
    assert number_from_text("12,5") == Decimal("12.5")
    assert number_from_text(" 1 200 ") == Decimal(1200)
    assert number_from_text("1\u00a0200,25") == Decimal("1200.25")
    assert number_from_text("") is None
    with pytest.raises(ValidationError) as refused:
        number_from_text("двенадцать")
    assert str(refused.value) == "“двенадцать” is not a number."
    with pytest.raises(ValidationError):
        number_from_text("nan")


def test_productivity_is_good_units_per_operator_hour_with_its_change_from_round_one(db):
    # GIVEN round 1: 12 good units by 6 operators in 20 minutes; round 3: 30 by 4 in 20 minutes
    session_id, ids = make_session(db)
    enter(db, session_id, ids, 1, good_units=12, operators=6, round_duration=20)
    enter(db, session_id, ids, 3, good_units=30, operators=4, round_duration=20)
    # WHEN the table is read
    table = round_table(db, session_id)
    # THEN productivity is 6.0 then 22.5 units per operator-hour: +275 %, better
    productivity = derived(table, PRODUCTIVITY)
    assert productivity.values == (Decimal(6), None, Decimal("22.5"))
    change = productivity.change
    assert (change.first_round, change.last_round, change.percent, change.better) == (1, 3, Decimal(275), True)


def test_round_two_alone_has_no_productivity_until_all_three_figures_are_there(db):
    session_id, ids = make_session(db)
    enter(db, session_id, ids, 2, good_units=18, operators=5)
    assert derived(round_table(db, session_id), PRODUCTIVITY).values == (None, None, None)
    enter(db, session_id, ids, 2, round_duration=30)
    assert derived(round_table(db, session_id), PRODUCTIVITY).values[1] == Decimal("7.2")  # 18 / (5 × 0.5)


def test_a_round_measured_in_hours_and_an_office_without_good_units_count_what_they_fulfilled(db):
    office = (("order_planned", "Заявления: план", "шт", False), ("order_fulfilled", "Заявления: обработано", "шт",
              False), ("operators", "Сотрудники", "чел", True), ("round_duration", "Длительность раунда", "ч", False))
    session_id, ids = make_session(db, metrics=office, name="Фабрика офисных процессов")
    enter(db, session_id, ids, 1, order_planned=20, order_fulfilled=5, operators=10, round_duration="0.5")
    table = round_table(db, session_id)
    assert derived(table, PRODUCTIVITY).values[0] == Decimal(1)  # 5 / (10 × 0.5 h)
    assert derived(table, PLAN_FULFILMENT).values[0] == Decimal(25)


def test_plan_fulfilment_is_fulfilled_of_planned_in_percent_and_its_change(db):
    session_id, ids = make_session(db)
    enter(db, session_id, ids, 1, order_planned=24, order_fulfilled=6)
    enter(db, session_id, ids, 2, order_planned=24, order_fulfilled=18)
    enter(db, session_id, ids, 3, order_planned=24, order_fulfilled=24)
    plan = derived(round_table(db, session_id), PLAN_FULFILMENT)
    assert plan.values == (Decimal(25), Decimal(75), Decimal(100))
    assert (plan.change.percent, plan.change.better) == (Decimal(300), True)


def test_lower_is_better_a_fall_in_defects_is_better_and_a_rise_worse(db):
    session_id, ids = make_session(db)
    enter(db, session_id, ids, 1, defects=8, good_units=10)
    enter(db, session_id, ids, 2, defects=2, good_units=8)
    table = round_table(db, session_id)
    defects = next(m for m in table.metrics if m.code == "defects")
    good = next(m for m in table.metrics if m.code == "good_units")
    assert (defects.change.percent, defects.change.better) == (Decimal(-75), True)
    assert (good.change.percent, good.change.better) == (Decimal(-20), False)
    # the change runs to the last round with a value
    assert (defects.change.first_round, defects.change.last_round) == (1, 2)


def test_a_change_from_zero_has_no_percentage_and_one_value_alone_has_no_change():
    change = change_between((Decimal(0), None, Decimal(3)), lower_is_better=True)
    assert (change.percent, change.better) == (None, False)
    assert change_between((Decimal(5), None, None), False) is None
    assert change_between((Decimal(5), Decimal(5)), False).better is None


def test_a_programme_without_the_figures_productivity_needs_has_no_derived_rows(db):
    metrics = (("defects", "Ошибки", "шт", True), ("lead_time", "Время обработки", "мин", True))
    session_id, ids = make_session(db, metrics=metrics, rounds=0, name="Методы решения проблем")
    enter(db, session_id, ids, 1, defects=3, lead_time="12.5")
    table = round_table(db, session_id)
    assert table.rounds == 1  # a programme with metrics has at least one round
    assert table.derived == ()
    with pytest.raises(RoundsError, match="has 1 rounds: there is no round 2"):
        set_value(db, session_id, 2, ids["defects"], Decimal(1))


def test_the_screen_recomputes_the_derived_figures_without_saving(db):
    session_id, ids = make_session(db)
    enter(db, session_id, ids, 1, good_units=12, operators=6, round_duration=20)
    table = round_table(db, session_id).with_value(ids["good_units"], 1, Decimal(24))
    assert derived(table, PRODUCTIVITY).values[0] == Decimal(12)
    assert round_table(db, session_id).value(ids["good_units"], 1) == 12


@pytest.mark.parametrize("how", ["closed", "cancelled"])
def test_a_closed_or_cancelled_session_refuses_every_change(db, how):
    session_id, ids = make_session(db)
    set_value(db, session_id, 1, ids["good_units"], Decimal(12))
    with db.write() as s:
        values = {"closed_at": dt.datetime(2026, 11, 12, 17, tzinfo=dt.UTC)} if how == "closed" else {
            "status": "cancelled", "cancel_reason": "Мало участников"}
        s.execute(update(TrainingSession).where(TrainingSession.id == session_id).values(**values))
    assert round_table(db, session_id).closed
    for value in (Decimal(13), None):
        with pytest.raises(FactoryDeskError, match="closed|cancelled"):
            set_value(db, session_id, 1, ids["good_units"], value)
    assert round_table(db, session_id).value(ids["good_units"], 1) == 12
