"""The simulation rounds of a session: the programme's metrics × rounds with the values the trainer entered,
and the figures derived from them (productivity, plan fulfilment, the change from the first round to the last).

The derived figures are computed here and only here (`build_table`), so the rounds screen, the session report
and the command line show the same numbers. Values are Decimals as stored; derived figures are not rounded
(the screens and documents round them for display).

What the derived figures are made of is read from the metrics' codes (a programme names its metrics freely,
the codes below are those the demo programmes and the Programmes editor's example use):

    output     good_units, else order_fulfilled (an office simulation's processed applications are its output)
    operators  operators — people working in the round
    duration   round_duration — the round's length, in minutes unless its unit is hours (ч, час, h, st…)
    planned    order_planned; fulfilled: order_fulfilled

    productivity     = output / (operators × duration in hours)   — units per operator-hour
    plan fulfilment  = fulfilled / planned × 100                 — %

A programme without the metrics a figure needs simply has no row for it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry, Programme, RoundMetric, RoundResult, SessionStatus, TrainingSession
from factory_desk.services.session_status import locked_session, require_day_open
from factory_desk.store.database import Database

__all__ = [
    "DERIVED_NAMES", "DERIVED_UNITS", "MAX_ROUNDS", "MAX_VALUE", "Change", "DerivedRow", "MetricRow", "RoundTable",
    "RoundsError", "build_table", "change_between", "number_from_text", "round_table", "set_value",
]

MAX_ROUNDS = 10  # as the database allows (round_no BETWEEN 1 AND 10)
MAX_VALUE = Decimal("9999999999")  # round_result.value is NUMERIC(14, 4)

OUTPUT_CODES = ("good_units", "order_fulfilled")
OPERATORS_CODE = "operators"
DURATION_CODE = "round_duration"
PLANNED_CODE = "order_planned"
FULFILLED_CODE = "order_fulfilled"
HOUR_UNITS = frozenset({"ч", "ч.", "час", "часа", "часов", "h", "hr", "hrs", "hour", "hours", "st", "st.", "stundas"})

PRODUCTIVITY = "productivity"
PLAN_FULFILMENT = "plan_fulfilment"
DERIVED_NAMES = {
    PRODUCTIVITY: QT_TRANSLATE_NOOP("Labels", "Productivity"),
    PLAN_FULFILMENT: QT_TRANSLATE_NOOP("Labels", "Plan fulfilment"),
}
DERIVED_UNITS = {
    PRODUCTIVITY: QT_TRANSLATE_NOOP("Labels", "per operator-hour"),
    PLAN_FULFILMENT: "%",
}
_HUNDRED = Decimal(100)
_SIXTY = Decimal(60)


class RoundsError(FactoryDeskError):
    """A round value that cannot be recorded as asked."""


@dataclass(frozen=True)
class Change:
    """From the first round with a value to the last one: `percent` is None when the first value is 0;
    `better` is None when nothing changed."""

    first_round: int
    last_round: int
    first: Decimal
    last: Decimal
    percent: Decimal | None
    better: bool | None


@dataclass(frozen=True)
class MetricRow:
    metric_id: int
    code: str
    name: str
    unit: str
    position: int
    lower_is_better: bool
    values: tuple[Decimal | None, ...]  # round 1 first
    change: Change | None


@dataclass(frozen=True)
class DerivedRow:
    """A figure computed from the metrics: `code` is a key of DERIVED_NAMES (its name and unit, in "Labels")."""

    code: str
    values: tuple[Decimal | None, ...]
    change: Change | None
    lower_is_better: bool = False


@dataclass(frozen=True)
class RoundTable:
    session_id: int
    programme: str
    rounds: int
    metrics: tuple[MetricRow, ...]
    derived: tuple[DerivedRow, ...]
    status: str
    closed: bool  # closed, or cancelled: nothing can be changed

    def value(self, metric_id: int, round_no: int) -> Decimal | None:
        row = next((m for m in self.metrics if m.metric_id == metric_id), None)
        return row.values[round_no - 1] if row is not None and 1 <= round_no <= self.rounds else None

    def values(self) -> dict[tuple[int, int], Decimal]:
        """The values entered, by (metric id, round number)."""
        return {(row.metric_id, number): value for row in self.metrics
                for number, value in enumerate(row.values, start=1) if value is not None}

    def with_value(self, metric_id: int, round_no: int, value: Decimal | None) -> RoundTable:
        """The same table with one value changed and every derived figure computed again (nothing is saved)."""
        values = self.values()
        values.pop((metric_id, round_no), None)
        if value is not None:
            values[(metric_id, round_no)] = value
        return build_table(self.session_id, self.programme, self.rounds, self.metrics, values, status=self.status,
                           closed=self.closed)


def number_from_text(text: str) -> Decimal | None:
    """A number as a person types it: «12,5», «12.5», «1 200»; None for an empty cell; a sentence otherwise."""
    cleaned = "".join(text.split()).replace("\u00a0", "").replace(",", ".").replace("\u2212", "-")
    if not cleaned:
        return None
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a number."), text=text.strip())
    return number


def change_between(values: Sequence[Decimal | None], lower_is_better: bool) -> Change | None:
    """The change from the first round with a value to the last round with a value (None with fewer than two)."""
    filled = [(number, value) for number, value in enumerate(values, start=1) if value is not None]
    if len(filled) < 2:
        return None
    (first_round, first), (last_round, last) = filled[0], filled[-1]
    percent = (last - first) / abs(first) * _HUNDRED if first != 0 else None
    better = None if last == first else (last < first) == lower_is_better
    return Change(first_round, last_round, first, last, percent, better)


def build_table(session_id: int, programme: str, rounds: int, metrics: Sequence[MetricRow],
                values: Mapping[tuple[int, int], Decimal], *, status: str = SessionStatus.HELD.value,
                closed: bool = False) -> RoundTable:
    """The table from the metrics (their own values are ignored) and the values by (metric id, round number):
    the one place the derived figures are computed."""
    rounds = max(1, min(MAX_ROUNDS, rounds))
    rows = []
    for metric in metrics:
        row_values = tuple(values.get((metric.metric_id, number)) for number in range(1, rounds + 1))
        rows.append(MetricRow(metric.metric_id, metric.code, metric.name, metric.unit, metric.position,
                              metric.lower_is_better, row_values, change_between(row_values, metric.lower_is_better)))
    return RoundTable(session_id, programme, rounds, tuple(rows), _derived(rows, rounds), status, closed)


def _derived(rows: Sequence[MetricRow], rounds: int) -> tuple[DerivedRow, ...]:
    by_code = {row.code.casefold(): row for row in rows}
    output = next((by_code[code] for code in OUTPUT_CODES if code in by_code), None)
    operators, duration = by_code.get(OPERATORS_CODE), by_code.get(DURATION_CODE)
    planned, fulfilled = by_code.get(PLANNED_CODE), by_code.get(FULFILLED_CODE)
    derived = []
    if output is not None and operators is not None and duration is not None:
        minutes_per_unit = _SIXTY if duration.unit.strip().casefold() in HOUR_UNITS else Decimal(1)
        values = tuple(_productivity(output.values[i], operators.values[i], duration.values[i], minutes_per_unit)
                       for i in range(rounds))
        derived.append(DerivedRow(PRODUCTIVITY, values, change_between(values, False)))
    if planned is not None and fulfilled is not None:
        values = tuple(
            fulfilled.values[i] / planned.values[i] * _HUNDRED
            if fulfilled.values[i] is not None and planned.values[i] else None
            for i in range(rounds))
        derived.append(DerivedRow(PLAN_FULFILMENT, values, change_between(values, False)))
    return tuple(derived)


def _productivity(output: Decimal | None, operators: Decimal | None, duration: Decimal | None,
                  minutes_per_unit: Decimal) -> Decimal | None:
    """Output per operator-hour; divided last, so 12 units by 6 operators in 20 minutes is exactly 6."""
    if output is None or not operators or not duration:
        return None
    return output * _SIXTY / (operators * duration * minutes_per_unit)


def round_table(db: Database, session_id: int) -> RoundTable:
    """The session's rounds: its programme's metrics in their order × rounds 1…Programme.rounds (at least 1)."""
    with db.read() as session:
        found = session.execute(
            select(TrainingSession.programme_id, TrainingSession.status, TrainingSession.closed_at, Programme.name,
                   Programme.rounds)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .where(TrainingSession.id == session_id)).one_or_none()
        if found is None:
            raise RoundsError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."), id=session_id)
        programme_id, status, closed_at, programme, rounds = found
        metrics = [MetricRow(*row, values=(), change=None) for row in session.execute(
            select(RoundMetric.id, RoundMetric.code, RoundMetric.name, RoundMetric.unit, RoundMetric.position,
                   RoundMetric.lower_is_better)
            .where(RoundMetric.programme_id == programme_id).order_by(RoundMetric.position, RoundMetric.id))]
        values = {(metric_id, round_no): value for metric_id, round_no, value in session.execute(
            select(RoundResult.metric_id, RoundResult.round_no, RoundResult.value)
            .where(RoundResult.session_id == session_id))}
    closed = closed_at is not None or status == SessionStatus.CANCELLED.value
    return build_table(session_id, programme, rounds, metrics, values, status=status, closed=closed)


def set_value(db: Database, session_id: int, round_no: int, metric_id: int, value: Decimal | None, *,
              user_name: str = "") -> Decimal | None:
    """Save one metric's value in one round at once (None clears it); the value now stored.

    A change is written to the audit log with the value before and after (a session has a few dozen values, so
    the log keeps every correction without flooding)."""
    with db.write() as session:
        training = require_day_open(session, locked_session(session, session_id))
        programme = session.get(Programme, training.programme_id)
        assert programme is not None
        metric = session.get(RoundMetric, metric_id)
        if metric is None or metric.programme_id != training.programme_id:
            raise RoundsError(QT_TRANSLATE_NOOP(
                "Errors", "This figure is not one of the metrics of the programme «{programme}»."),
                programme=programme.name)
        rounds = max(1, min(MAX_ROUNDS, programme.rounds))
        if not 1 <= round_no <= rounds:
            raise RoundsError(QT_TRANSLATE_NOOP(
                "Errors", "The programme «{programme}» has {rounds} rounds: there is no round {round}."),
                programme=programme.name, rounds=rounds, round=round_no)
        if value is not None and value < 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{metric} cannot be negative ({value})."), field="value", metric=metric.name, value=value)
        if value is not None and value > MAX_VALUE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{value} is too large for {metric}."), field="value", metric=metric.name, value=value)
        result = session.scalar(select(RoundResult).where(
            RoundResult.session_id == session_id, RoundResult.round_no == round_no, RoundResult.metric_id == metric_id))
        before = result.value if result is not None else None
        if value is not None:
            value = value.quantize(Decimal("0.0001"))  # as the column keeps it
        if before == value:
            return value
        if value is None:
            session.delete(result)
        elif result is None:
            session.add(RoundResult(session_id=session_id, round_no=round_no, metric_id=metric_id, value=value))
        else:
            result.value = value
        session.add(AuditEntry(
            action="round_value_changed", entity="training_session", entity_id=session_id, user_name=user_name,
            details={"round": round_no, "metric": metric.code,
                     "from": _json_number(before), "to": _json_number(value)}))
    return value


def _json_number(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")
