"""The calendar and the Today page: the days of sessions in a date range with their fill and trainers.

One entry per day of a session. A calendar month (a 6-week grid) is read with two statements whatever the
number of sessions: the days in range (a range scan of `ix_session_day_date`) with each session's enrolled
and waiting counts (index-only counts on `ix_enrolment_session_status`), then the trainers of all those
sessions at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Select, case, func, literal_column, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    ACCEPTING_STATUSES,
    Enrolment,
    EnrolmentStatus,
    Factory,
    Programme,
    SessionDay,
    SessionStatus,
    Trainer,
    TrainerRole,
    TrainingSession,
    session_trainer,
)
from factory_desk.domain.text import sort_key
from factory_desk.services.conflicts import UNDER_MINIMUM_DAYS
from factory_desk.store.database import Database

__all__ = [
    "ACCEPTING", "CalendarEntry", "CalendarError", "FactoryChoice", "FactoryPlace", "TodayOverview",
    "entries_between", "factory_choices", "factory_places", "session_entries", "short_name", "today_overview",
    "week_of",
]

ACCEPTING = ACCEPTING_STATUSES  # the statuses of a session that still takes people in
# An IN list this long at most per statement (SQLite's limit on parameters is far above it).
_CHUNK = 2_000


class CalendarError(FactoryDeskError):
    """A calendar question that cannot be answered as asked (a session that does not exist)."""


@dataclass(frozen=True)
class CalendarEntry:
    """One day of one session, as the calendar, the Today page and calendar files show it."""

    session_id: int
    day_no: int
    days: int  # how many days the session has
    date: dt.date
    starts_at: dt.time
    ends_at: dt.time
    programme_id: int
    programme: str
    factory_id: int
    factory: str
    status: str
    enrolled: int
    waitlisted: int
    min_group: int
    max_group: int
    trainers: str  # short names ("Петров И. С."), the lead trainer first; "" when none is assigned
    factory_code: str = ""  # the factory's short code («КИР»), where there is no room for its name

    @property
    def free_places(self) -> int:
        return max(0, self.max_group - self.enrolled)

    @property
    def fill(self) -> str:
        """"empty" (nobody yet), "under" (below the minimum), "ok", or "full" (the maximum reached)."""
        if self.enrolled >= self.max_group:
            return "full"
        if self.enrolled == 0:
            return "empty"
        if self.enrolled < self.min_group:
            return "under"
        return "ok"

    @property
    def is_short(self) -> bool:
        """A group that still takes people and is under its minimum: its fill is shown as a warning."""
        return self.status in ACCEPTING and self.enrolled < self.min_group

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED.value


@dataclass(frozen=True)
class TodayOverview:
    """What the Today page shows; each list is in date and time order."""

    day: dt.date
    today: list[CalendarEntry] = field(default_factory=list)
    this_week: list[CalendarEntry] = field(default_factory=list)  # Monday to Sunday of the week of `day`
    under_minimum: list[CalendarEntry] = field(default_factory=list)  # first days in the next two weeks
    held_without_report: list[CalendarEntry] = field(default_factory=list)  # first days
    promotable: list[CalendarEntry] = field(default_factory=list)  # first days of sessions not yet begun


@dataclass(frozen=True)
class FactoryChoice:
    id: int
    name: str


@dataclass(frozen=True)
class FactoryPlace:
    """Where a factory is, for calendar files: its address and time zone."""

    id: int
    name: str
    address: str
    timezone: str


def short_name(surname: str, first_name: str = "", patronymic: str = "") -> str:
    """"Петров И. С.", "Bērziņš J.": a surname with initials, as schedules write trainers."""
    initials = " ".join(part[0] + "." for part in (first_name, patronymic) if part)
    return f"{surname} {initials}".strip()


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday and the Sunday of the week holding `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


# --- the statements ---------------------------------------------------------------------------------------------

def _count(status: EnrolmentStatus) -> ColumnElement[int]:
    return (select(func.count()).select_from(Enrolment)
            .where(Enrolment.session_id == SessionDay.session_id, Enrolment.status == status.value)
            .correlate(SessionDay).scalar_subquery())


@cache  # built once: a Select is immutable, and each `.where()` makes a new one
def _entry_statement() -> Select:  # type: ignore[type-arg]
    other_day = aliased(SessionDay)
    days = (select(func.count()).select_from(other_day).where(other_day.session_id == SessionDay.session_id)
            .correlate(SessionDay).scalar_subquery())
    return (
        select(SessionDay.session_id, SessionDay.day_no, days, SessionDay.date, SessionDay.starts_at,
               SessionDay.ends_at, TrainingSession.programme_id, Programme.name, TrainingSession.factory_id,
               Factory.name, TrainingSession.status, _count(EnrolmentStatus.ENROLLED),
               _count(EnrolmentStatus.WAITLISTED), TrainingSession.min_group, TrainingSession.max_group,
               Factory.code)
        .join(TrainingSession, TrainingSession.id == SessionDay.session_id)
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .join(Factory, Factory.id == TrainingSession.factory_id)
        .order_by(SessionDay.date, SessionDay.starts_at, Programme.name, SessionDay.session_id)
    )


def _trainers(session: Session, session_ids: Iterable[int]) -> dict[int, str]:
    """session id → its trainers' short names, the lead first, then alphabetically; one statement per 2,000.

    (A list of ids, not a subquery repeating the range: PostgreSQL answers the list from the primary key,
    the subquery with two sequential scans.)
    """
    ids = sorted(set(session_ids))
    names: dict[int, list[str]] = {}
    short: dict[int, str] = {}  # trainer id → short name: a few trainers lead hundreds of sessions
    lead_first = case((session_trainer.c.role == TrainerRole.LEAD.value, 0), else_=1)
    statement = (
        select(session_trainer.c.session_id, Trainer.id, Trainer.surname, Trainer.first_name, Trainer.patronymic)
        .join(Trainer, Trainer.id == session_trainer.c.trainer_id)
        .order_by(session_trainer.c.session_id, lead_first, Trainer.sort_key, Trainer.id)
    )
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(statement.where(session_trainer.c.session_id.in_(ids[start:start + _CHUNK])))
        for session_id, trainer_id, surname, first_name, patronymic in rows:
            if (name := short.get(trainer_id)) is None:
                name = short[trainer_id] = short_name(surname, first_name, patronymic)
            names.setdefault(session_id, []).append(name)
    return {session_id: ", ".join(found) for session_id, found in names.items()}


def _built(rows: Sequence[Any], trainers: dict[int, str]) -> list[CalendarEntry]:
    return [CalendarEntry(*row[:11], int(row[11]), int(row[12]), row[13], row[14], trainers.get(row[0], ""),
                          row[15]) for row in rows]


def _entries(session: Session, statement: Select) -> list[CalendarEntry]:  # type: ignore[type-arg]
    """The entries `statement` selects, with the trainers of all their sessions read by one more statement."""
    rows = session.execute(statement).all()
    return _built(rows, _trainers(session, (row[0] for row in rows)))


def _filtered(statement: Select, factory_id: int | None,  # type: ignore[type-arg]
              trainer_id: int | None) -> Select:  # type: ignore[type-arg]
    if factory_id is not None:
        statement = statement.where(TrainingSession.factory_id == factory_id)
    if trainer_id is not None:
        statement = statement.where(
            select(session_trainer.c.session_id)
            .where(session_trainer.c.session_id == SessionDay.session_id, session_trainer.c.trainer_id == trainer_id)
            .correlate(SessionDay).exists())
    return statement


# --- what the screens ask ----------------------------------------------------------------------------------------

def entries_between(db: Database, first: dt.date, last: dt.date, *, factory_id: int | None = None,
                    trainer_id: int | None = None, include_cancelled: bool = True) -> list[CalendarEntry]:
    """Every day of every session from `first` to `last` (both included), by date and start time."""
    statement = _filtered(_entry_statement().where(SessionDay.date.between(first, last)), factory_id, trainer_id)
    if not include_cancelled:
        statement = statement.where(TrainingSession.status != SessionStatus.CANCELLED.value)
    with db.read() as session:
        return _entries(session, statement)


def session_entries(db: Database, session_id: int) -> list[CalendarEntry]:
    """The days of one session, in order; a sentence when there is no such session."""
    with db.read() as session:
        entries = _entries(session, _entry_statement().where(SessionDay.session_id == session_id))
        if not entries and session.get(TrainingSession, session_id) is None:
            raise CalendarError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."),
                                id=session_id)
        return entries


def today_overview(db: Database, today: dt.date | None = None, *,
                   factory_id: int | None = None) -> TodayOverview:
    """The Today page in one unit of work: today's and this week's sessions, groups under their minimum
    whose first day is within UNDER_MINIMUM_DAYS, held sessions still waiting for their report, and sessions
    not yet begun that have free places while people wait."""
    today = today or clock.today()
    monday, sunday = week_of(today)
    entry = _filtered(_entry_statement(), factory_id, None)
    first_days = entry.where(SessionDay.day_no == 1)
    enrolled, waitlisted = _count(EnrolmentStatus.ENROLLED), _count(EnrolmentStatus.WAITLISTED)
    # (A literal, not a parameter: only then may SQLite use the partial index of waiting people.)
    waiting = select(Enrolment.session_id).where(Enrolment.status == literal_column("'waitlisted'"))
    statements = (
        entry.where(SessionDay.date.between(monday, sunday)),
        first_days.where(SessionDay.date.between(today, today + dt.timedelta(days=UNDER_MINIMUM_DAYS)),
                         TrainingSession.status.in_(ACCEPTING), enrolled < TrainingSession.min_group),
        first_days.where(TrainingSession.status == SessionStatus.HELD.value),
        # Few people ever wait (a freed place promotes the first of them at once): start from those who do.
        first_days.where(SessionDay.session_id.in_(waiting), SessionDay.date >= today,
                         TrainingSession.status.in_(ACCEPTING), enrolled < TrainingSession.max_group, waitlisted > 0),
    )
    with db.read() as session:
        found = [session.execute(statement).all() for statement in statements]
        trainers = _trainers(session, {row[0] for rows in found for row in rows})  # a few hundred at most
    week, under, held, promotable = (_built(rows, trainers) for rows in found)
    return TodayOverview(today, [e for e in week if e.date == today], week, under, held, promotable)


def factory_choices(db: Database, *, active_only: bool = True) -> list[FactoryChoice]:
    """Factories for a filter, in alphabetical order (Ё with Е, Latvian letters after their base letter)."""
    statement = select(Factory.id, Factory.name)
    if active_only:
        statement = statement.where(Factory.is_active.is_(True))
    with db.read() as session:
        rows = [FactoryChoice(*row) for row in session.execute(statement)]
    return sorted(rows, key=lambda row: (sort_key(row.name), row.id))


def factory_places(db: Database, factory_ids: Sequence[int]) -> dict[int, FactoryPlace]:
    """factory id → its name, address and time zone."""
    with db.read() as session:
        return {row[0]: FactoryPlace(*row) for row in session.execute(
            select(Factory.id, Factory.name, Factory.address, Factory.timezone)
            .where(Factory.id.in_(sorted(set(factory_ids)))))}
