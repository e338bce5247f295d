"""Planning sessions: what the session editor checks and saves, a session dragged to another day in the
calendar, and the conflicts shown before saving (a trainer or a site booked twice, a trainer away, a public
holiday, a group still under its minimum close to its date). Series of sessions are in `series.py`.

Every write computes its conflicts inside its own transaction, after locking what it books: the session
being changed, then its factory, then its trainers in ascending id order (row locks on PostgreSQL; SQLite's
IMMEDIATE transaction keeps other writers out). Two coordinators booking one trainer at once therefore see
each other's sessions: the second one gets the conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError, Label, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import SESSION_STATUS
from factory_desk.domain.models import (
    ACCEPTING_STATUSES,
    AuditEntry,
    Enrolment,
    EnrolmentStatus,
    Factory,
    Programme,
    SessionDay,
    SessionStatus,
    Trainer,
    TrainerAbsence,
    TrainerRole,
    TrainingSession,
    session_trainer,
)
from factory_desk.domain.text import day_text, fold, full_name, normalize_spaces, time_text
from factory_desk.services.conflicts import UNDER_MINIMUM_DAYS, Conflict, audit_override, require_override
from factory_desk.services.session_status import StatusError, locked_session, session_label
from factory_desk.store.database import Database

__all__ = [
    "EDITABLE", "ProgrammeDefaults", "SeriesPlan", "SessionDetails", "SessionDraft", "SessionEditError",
    "SkippedDay", "create_series", "create_session", "draft_of", "factory_country", "get_session",
    "move_session", "plan_series", "programme_defaults", "public_holidays", "series_conflicts", "session_conflicts",
    "update_session",
]

# A session can be edited or moved while it still takes people in; held, reported and cancelled ones are history.
EDITABLE = ACCEPTING_STATUSES
MAX_GROUP = 100
# The language of the `holidays` library for each interface language.
_HOLIDAY_LANGUAGE = {"en": "en_US", "ru": "ru", "lv": "lv"}
_COUNTRY_LANGUAGE = {"RU": "ru", "LV": "lv"}
# Enough dates per query to stay far below every engine's limit on bound parameters.
_CHUNK = 500


class SessionEditError(FactoryDeskError):
    """A change the session's status does not allow (it was held, reported or cancelled)."""


@dataclass
class SessionDraft:
    """What the session editor holds: enough to create a session or to replace one's plan."""

    programme_id: int
    factory_id: int
    dates: list[dt.date]  # one per day of the session, ascending (a one-day programme: one date)
    starts_at: dt.time = dt.time(9, 0)
    ends_at: dt.time = dt.time(17, 0)
    trainer_ids: list[int] = field(default_factory=list)  # the lead trainer first
    min_group: int | None = None  # None: the programme's
    max_group: int | None = None
    group_size_reason: str = ""  # required when min/max differ from the programme's
    notes: str = ""


@dataclass(frozen=True)
class ProgrammeDefaults:
    id: int
    name: str
    days: int
    hours: Decimal
    min_group: int
    max_group: int
    is_active: bool = True


@dataclass(frozen=True)
class SessionDetails:
    """A session as the editor and the card show it."""

    id: int
    status: str
    programme_id: int
    programme: str
    factory_id: int
    factory: str
    days: tuple[tuple[int, dt.date, dt.time, dt.time], ...]  # (day_no, date, starts_at, ends_at)
    trainer_ids: tuple[int, ...]  # the lead first
    trainers: tuple[str, ...]  # their full names, in the same order
    min_group: int
    max_group: int
    group_size_reason: str
    notes: str
    cancel_reason: str
    enrolled: int
    waitlisted: int

    @property
    def dates(self) -> list[dt.date]:
        return [date for _no, date, _start, _end in self.days]

    @property
    def first_date(self) -> dt.date | None:
        return self.days[0][1] if self.days else None

    @property
    def starts_at(self) -> dt.time:
        return self.days[0][2] if self.days else dt.time(9, 0)

    @property
    def ends_at(self) -> dt.time:
        return self.days[0][3] if self.days else dt.time(17, 0)

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    def draft(self) -> SessionDraft:
        return SessionDraft(
            programme_id=self.programme_id, factory_id=self.factory_id, dates=self.dates,
            starts_at=self.starts_at, ends_at=self.ends_at, trainer_ids=list(self.trainer_ids),
            min_group=self.min_group, max_group=self.max_group, group_size_reason=self.group_size_reason,
            notes=self.notes)


@dataclass(frozen=True)
class SkippedDay:
    """A day a series leaves out, with the sentence that says why (shown like a conflict)."""

    date: dt.date
    kind: str  # "holiday" | "trainer_away"
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def as_error(self) -> FactoryDeskError:
        return FactoryDeskError(self.message, **self.details)

    def __str__(self) -> str:
        return self.as_error().format(self.message)


@dataclass(frozen=True)
class SeriesPlan:
    """The first dates of the sessions a series would create, the days of each, and the days it skips."""

    dates: list[dt.date]
    skipped: list[SkippedDay]
    sessions: list[tuple[dt.date, ...]] = field(default_factory=list)  # all days of each session


class PlannedDay(NamedTuple):
    date: dt.date
    starts_at: dt.time
    ends_at: dt.time


@dataclass(frozen=True)
class ResolvedDraft:
    """A draft with its names looked up and its group sizes resolved."""

    programme_id: int
    programme: str
    programme_days: int
    programme_min: int
    programme_max: int
    factory_id: int
    factory: str
    country: str
    trainer_ids: tuple[int, ...]
    trainer_names: dict[int, str]
    min_group: int
    max_group: int
    group_size_reason: str | None
    notes: str


def plain_date(value: dt.date) -> dt.date:
    return dt.date(value.year, value.month, value.day)  # a datetime would compare wrongly with dates


# --- countries and public holidays ------------------------------------------------------------------------------

def country_of(timezone: str, region: str) -> str:
    """"LV" for a factory in Latvia (by its time zone or its region), else "RU"."""
    if timezone == "Europe/Riga":
        return "LV"
    folded = fold(region)
    return "LV" if any(word in folded for word in ("latvia", "latvij", "латви")) else "RU"


def factory_country(db: Database, factory_id: int) -> str:
    """The country whose public holidays a factory keeps: "LV" in Latvia (time zone Europe/Riga), else "RU"."""
    with db.read() as session:
        row = session.execute(select(Factory.timezone, Factory.region).where(Factory.id == factory_id)).first()
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no factory with the number {id}."),
                              field="factory_id", id=factory_id)
    return country_of(row[0], row[1])


@lru_cache(maxsize=128)
def _holidays_of_year(country: str, year: int, language: str) -> dict[dt.date, str]:
    import holidays  # imported when first needed: the window paints without it

    return dict(holidays.country_holidays(country, years=year, language=language).items())


def public_holidays(country: str, first: dt.date, last: dt.date, language: str | None = None) -> dict[dt.date, str]:
    """The public holidays of `country` ("RU", "LV") from `first` to `last`, with their names.

    `language` is the interface language ("ru", "en", "lv") the names are given in; None: the country's own
    language, the names its coordinators know.
    """
    wanted = _HOLIDAY_LANGUAGE.get(language or _COUNTRY_LANGUAGE.get(country, "en"), "en_US")
    found: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update({date: name for date, name in _holidays_of_year(country, year, wanted).items()
                      if first <= date <= last})
    return found


# --- sentences about a day -----------------------------------------------------------------------------------------

def holiday_sentence(date: dt.date, holiday: str) -> tuple[str, dict[str, Any]]:
    return (QT_TRANSLATE_NOOP("Errors", "{date} is a public holiday: {holiday}."),
            {"date": day_text(date), "holiday": holiday})


def away_sentence(date: dt.date, trainer_id: int, trainer: str, reason: str) -> tuple[str, dict[str, Any]]:
    details: dict[str, Any] = {"date": day_text(date), "trainer": trainer, "trainer_id": trainer_id}
    if reason:
        return QT_TRANSLATE_NOOP("Errors", "Trainer {trainer} is away on {date}: {reason}."), {**details,
                                                                                               "reason": reason}
    return QT_TRANSLATE_NOOP("Errors", "Trainer {trainer} is away on {date}."), details


# --- programme defaults and drafts ------------------------------------------------------------------------------

def _no_programme(programme_id: int) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no programme with the number {id}."),
                           field="programme_id", id=programme_id)


def programme_defaults(db: Database, programme_id: int) -> ProgrammeDefaults:
    """What a new session of the programme starts from: its length and group sizes."""
    with db.read() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise _no_programme(programme_id)
        return ProgrammeDefaults(programme.id, programme.name, programme.days, programme.hours,
                                 programme.min_group, programme.max_group, programme.is_active)


def resolve_draft(session: Session, draft: SessionDraft, *, keep: TrainingSession | None = None,
                keep_trainers: Iterable[int] = (), strict: bool = True) -> ResolvedDraft:
    """The draft's programme, factory and trainers looked up, and its group sizes resolved.

    With `strict`, every rule of the editor is checked; without, only what conflicts need (the programme and
    the factory must exist). A session being edited may keep a programme, factory or trainer that was
    retired since (`keep`, `keep_trainers`); a new choice must be active.
    """
    programme = session.get(Programme, draft.programme_id)
    if programme is None:
        raise _no_programme(draft.programme_id)
    if strict and not programme.is_active and (keep is None or keep.programme_id != programme.id):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The programme «{programme}» is no longer active: choose another one."),
            field="programme_id", programme=programme.name)
    factory = session.get(Factory, draft.factory_id)
    if factory is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no factory with the number {id}."),
                              field="factory_id", id=draft.factory_id)
    if strict and not factory.is_active and (keep is None or keep.factory_id != factory.id):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The factory «{factory}» is no longer active: choose another one."),
            field="factory_id", factory=factory.name)
    trainer_ids = tuple(dict.fromkeys(draft.trainer_ids))
    names: dict[int, str] = {}
    if trainer_ids:
        kept = set(keep_trainers)
        rows = session.execute(select(Trainer.id, Trainer.surname, Trainer.first_name, Trainer.patronymic,
                                      Trainer.is_active).where(Trainer.id.in_(trainer_ids))).all()
        found = {row[0]: row for row in rows}
        for trainer_id in trainer_ids:
            row = found.get(trainer_id)
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no trainer with the number {id}."),
                                      field="trainer_ids", id=trainer_id)
            names[trainer_id] = full_name(row[1], row[2], row[3])
            if strict and not row[4] and trainer_id not in kept:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Trainer {trainer} is no longer active: choose another one."),
                    field="trainer_ids", trainer=names[trainer_id])
    low = programme.min_group if draft.min_group is None else draft.min_group
    high = programme.max_group if draft.max_group is None else draft.max_group
    reason = normalize_spaces(draft.group_size_reason)
    differs = (low, high) != (programme.min_group, programme.max_group)
    if strict:
        if not (1 <= low <= MAX_GROUP and 1 <= high <= MAX_GROUP):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A group has at least 1 and at most 100 people: {min}–{max} is not possible."),
                field="min_group" if not 1 <= low <= MAX_GROUP else "max_group", min=low, max=high)
        if low > high:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The minimum group ({min}) cannot be larger than the maximum ({max})."),
                field="min_group", min=low, max=high)
        if differs and not reason:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The group size {min}–{max} differs from the programme's {programme_min}–{programme_max}: "
                          "say why."),
                field="group_size_reason", min=low, max=high, programme_min=programme.min_group,
                programme_max=programme.max_group)
    return ResolvedDraft(programme.id, programme.name, programme.days, programme.min_group, programme.max_group,
                 factory.id, factory.name, country_of(factory.timezone, factory.region), trainer_ids, names,
                 low, high, reason if differs else None, (draft.notes or "").strip())


def checked_days(refs: ResolvedDraft, dates: Sequence[dt.date], starts_at: dt.time,
                 ends_at: dt.time) -> list[PlannedDay]:
    """The days of a session from a draft's dates and hours, refused with a sentence when they break a rule."""
    dates = [plain_date(date) for date in dates]
    if not dates:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the date of the session."), field="dates")
    if len(dates) != refs.programme_days:
        if refs.programme_days == 1:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The programme «{programme}» takes one day: choose one date, not {given}."),
                field="dates", programme=refs.programme, given=len(dates))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The programme «{programme}» takes {days} days: choose {days} dates, not {given}."),
            field="dates", programme=refs.programme, days=refs.programme_days, given=len(dates))
    for previous, date in zip(dates, dates[1:], strict=False):
        if date <= previous:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The days of a session go in order, each after the one before: {date} cannot follow "
                          "{previous}."),
                field="dates", date=day_text(date), previous=day_text(previous))
    if ends_at <= starts_at:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A session ends after it starts: {start}–{end} is not possible."),
            field="ends_at", start=time_text(starts_at), end=time_text(ends_at))
    return [PlannedDay(date, starts_at, ends_at) for date in dates]


# --- conflicts -----------------------------------------------------------------------------------------------

def _chunks(values: list[dt.date]) -> Iterable[list[dt.date]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def booking_conflicts(session: Session, plans: Sequence[Sequence[PlannedDay]], refs: ResolvedDraft, *,
                       exclude_id: int | None, language: str | None) -> list[Conflict]:
    """Trainer and site bookings, trainers away and public holidays on the days of one or more planned
    sessions at the same factory with the same trainers (a series), in the order of their days."""
    dates = sorted({day.date for days in plans for day in days})
    if not dates:
        return []
    cancelled = SessionStatus.CANCELLED.value
    # Other sessions on those dates at this factory or with one of these trainers: the (date, session_id)
    # index finds their days, the session_trainer index their trainers.
    booked: dict[dt.date, list[tuple[int, dt.time, dt.time, int, str, str]]] = {}
    busy_trainers: dict[int, set[int]] = {}
    for chunk in _chunks(dates):
        where = [SessionDay.date.in_(chunk), TrainingSession.status != cancelled]
        if exclude_id is not None:
            where.append(SessionDay.session_id != exclude_id)
        booking = TrainingSession.factory_id == refs.factory_id
        if refs.trainer_ids:
            booking = or_(booking, SessionDay.session_id.in_(
                select(session_trainer.c.session_id).where(session_trainer.c.trainer_id.in_(refs.trainer_ids))))
        rows = session.execute(
            select(SessionDay.date, SessionDay.session_id, SessionDay.starts_at, SessionDay.ends_at,
                   TrainingSession.factory_id, Programme.name, Factory.name)
            .join(TrainingSession, TrainingSession.id == SessionDay.session_id)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .join(Factory, Factory.id == TrainingSession.factory_id)
            .where(*where, booking)
            .order_by(SessionDay.date, SessionDay.starts_at, SessionDay.session_id)).all()
        for date, session_id, start, end, factory_id, programme, factory in rows:
            booked.setdefault(date, []).append((session_id, start, end, factory_id, programme, factory))
        other_ids = sorted({row[1] for row in rows})
        if refs.trainer_ids and other_ids:
            for offset in range(0, len(other_ids), _CHUNK):
                for session_id, trainer_id in session.execute(
                        select(session_trainer.c.session_id, session_trainer.c.trainer_id)
                        .where(session_trainer.c.session_id.in_(other_ids[offset:offset + _CHUNK]),
                               session_trainer.c.trainer_id.in_(refs.trainer_ids))):
                    busy_trainers.setdefault(session_id, set()).add(trainer_id)
    absences = trainer_absences(session, refs.trainer_ids, dates[0], dates[-1])
    holidays = public_holidays(refs.country, dates[0], dates[-1], language)

    conflicts: list[Conflict] = []
    for days in plans:
        for day in days:
            others = [other for other in booked.get(day.date, ())
                      if other[1] < day.ends_at and day.starts_at < other[2]]
            for trainer_id in refs.trainer_ids:
                for session_id, start, end, _factory_id, programme, factory in others:
                    if trainer_id in busy_trainers.get(session_id, ()):
                        conflicts.append(Conflict("trainer_busy", QT_TRANSLATE_NOOP(
                            "Errors", "Trainer {trainer} already leads «{programme}» at {factory} on {date}, "
                                      "{start}–{end}."),
                            {"trainer": refs.trainer_names[trainer_id], "programme": programme, "factory": factory,
                             "date": day_text(day.date), "start": time_text(start), "end": time_text(end),
                             "trainer_id": trainer_id, "session_id": session_id}))
            for session_id, start, end, factory_id, programme, factory in others:
                if factory_id == refs.factory_id:
                    conflicts.append(Conflict("site_busy", QT_TRANSLATE_NOOP(
                        "Errors", "{factory} already has «{programme}» on {date}, {start}–{end}."),
                        {"factory": factory, "programme": programme, "date": day_text(day.date),
                         "start": time_text(start), "end": time_text(end), "session_id": session_id}))
            conflicts += away_conflicts(absences, refs, day.date)
            if day.date in holidays:
                message, details = holiday_sentence(day.date, holidays[day.date])
                conflicts.append(Conflict("holiday", message, {**details, "country": refs.country}))
    return conflicts


def trainer_absences(session: Session, trainer_ids: Sequence[int], first: dt.date,
                     last: dt.date) -> list[tuple[int, dt.date, dt.date, str]]:
    """(trainer id, first day, last day, reason) of these trainers' absences that overlap `first`–`last`,
    earliest first."""
    if not trainer_ids:
        return []
    return [(row[0], row[1], row[2], row[3]) for row in session.execute(
        select(TrainerAbsence.trainer_id, TrainerAbsence.first_day, TrainerAbsence.last_day, TrainerAbsence.reason)
        .where(TrainerAbsence.trainer_id.in_(trainer_ids), TrainerAbsence.first_day <= last,
               TrainerAbsence.last_day >= first)
        .order_by(TrainerAbsence.first_day))]


def away_conflicts(absences: Sequence[tuple[int, dt.date, dt.date, str]], refs: ResolvedDraft,
                   date: dt.date) -> list[Conflict]:
    """A `trainer_away` conflict for each trainer of the draft away on `date` (from `trainer_absences`), in the
    draft's order."""
    found: list[Conflict] = []
    for trainer_id in refs.trainer_ids:
        for absent_id, first, last, reason in absences:
            if absent_id == trainer_id and first <= date <= last:
                message, details = away_sentence(date, trainer_id, refs.trainer_names[trainer_id], reason)
                found.append(Conflict("trainer_away", message, details))
                break
    return found


def _enrolled(session: Session, session_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.ENROLLED.value)) or 0


def _under_minimum(programme: str, first: dt.date, enrolled: int, min_group: int,
                   today: dt.date) -> list[Conflict]:
    if enrolled >= min_group or not today <= first <= today + dt.timedelta(days=UNDER_MINIMUM_DAYS):
        return []
    return [Conflict("under_minimum", QT_TRANSLATE_NOOP(
        "Errors", "Only {enrolled} people are enrolled in «{programme}» of {date}; the group needs at least {min}."),
        {"enrolled": enrolled, "min": min_group, "programme": programme, "date": day_text(first)})]


def session_conflicts(db: Database, draft: SessionDraft, *, session_id: int | None = None,
                      today: dt.date | None = None, language: str | None = None) -> list[Conflict]:
    """What would be doubtful about saving `draft` (as session `session_id` when it is an edit), without
    saving anything: the editor shows these sentences as the coordinator changes the plan.

    Only the programme and the factory must exist; the editor's other rules are checked when saving.
    `language` is that of holiday names (see `public_holidays`).
    """
    today = today or clock.today()
    with db.read() as session:
        refs = resolve_draft(session, draft, strict=False)
        days = [PlannedDay(plain_date(date), draft.starts_at, draft.ends_at) for date in sorted(draft.dates)]
        conflicts = booking_conflicts(session, [days], refs, exclude_id=session_id, language=language)
        if session_id is not None and days:
            conflicts += _under_minimum(refs.programme, days[0].date, _enrolled(session, session_id),
                                        refs.min_group, today)
    return conflicts


# --- writing -------------------------------------------------------------------------------------------------

def lock_bookings(session: Session, factory_id: int, trainer_ids: Iterable[int]) -> None:
    """Make other writers that book this factory or these trainers wait until this one commits (PostgreSQL;
    on SQLite the IMMEDIATE transaction already does). FOR NO KEY UPDATE: rows that merely refer to them
    (a new enrolment, a trainer's absence) are not held up."""
    session.execute(select(Factory.id).where(Factory.id == factory_id).with_for_update(key_share=True)).all()
    ids = sorted(set(trainer_ids))
    if ids:
        session.execute(select(Trainer.id).where(Trainer.id.in_(ids)).order_by(Trainer.id)
                        .with_for_update(key_share=True)).all()


def write_trainers(session: Session, session_id: int, trainer_ids: Sequence[int]) -> None:
    """Replace the session's trainers: the first leads, the others assist."""
    session.execute(delete(session_trainer).where(session_trainer.c.session_id == session_id))
    add_trainers(session, [session_id], trainer_ids)


def add_trainers(session: Session, session_ids: Sequence[int], trainer_ids: Sequence[int]) -> None:
    """The same trainers for each of these new sessions, in one statement: the first leads, the others assist."""
    if trainer_ids and session_ids:
        session.execute(insert(session_trainer), [
            {"session_id": session_id, "trainer_id": trainer_id,
             "role": TrainerRole.LEAD.value if position == 0 else TrainerRole.ASSISTANT.value}
            for session_id in session_ids for position, trainer_id in enumerate(trainer_ids)])


def _trainers(session: Session, session_id: int) -> list[tuple[int, str]]:
    """The session's trainers (id, full name), the lead first, then the assistants alphabetically."""
    lead_first = (session_trainer.c.role != TrainerRole.LEAD.value)
    return [(trainer_id, full_name(surname, first, patronymic)) for trainer_id, surname, first, patronymic
            in session.execute(
                select(session_trainer.c.trainer_id, Trainer.surname, Trainer.first_name, Trainer.patronymic)
                .join(Trainer, Trainer.id == session_trainer.c.trainer_id)
                .where(session_trainer.c.session_id == session_id)
                .order_by(lead_first, Trainer.sort_key, Trainer.id))]


def _trainer_ids(session: Session, session_id: int) -> list[int]:
    return [trainer_id for trainer_id, _name in _trainers(session, session_id)]


def _days_of(session: Session, session_id: int) -> list[SessionDay]:
    return list(session.scalars(select(SessionDay).where(SessionDay.session_id == session_id)
                                .order_by(SessionDay.day_no)))


def snapshot(refs: ResolvedDraft, days: Sequence[PlannedDay]) -> dict[str, Any]:
    """A session's plan as the audit log keeps it."""
    return _plan_record(refs, days, refs.trainer_ids)


def _plan_record(plan: ResolvedDraft | TrainingSession, days: Sequence[PlannedDay | SessionDay],
                 trainer_ids: Sequence[int]) -> dict[str, Any]:
    """The plan of a draft or of a stored session, in one form, so an edit's audit entry lists what changed."""
    return {
        "programme_id": plan.programme_id, "factory_id": plan.factory_id,
        "dates": [day.date.isoformat() for day in days],
        "starts_at": time_text(days[0].starts_at) if days else None,
        "ends_at": time_text(days[0].ends_at) if days else None,
        "trainer_ids": list(trainer_ids), "min_group": plan.min_group, "max_group": plan.max_group,
        "group_size_reason": plan.group_size_reason, "notes": plan.notes,
    }


def new_session(refs: ResolvedDraft, days: Sequence[PlannedDay], status: str) -> TrainingSession:
    training = TrainingSession(programme_id=refs.programme_id, factory_id=refs.factory_id, status=status,
                               min_group=refs.min_group, max_group=refs.max_group,
                               group_size_reason=refs.group_size_reason, notes=refs.notes)
    training.days = [SessionDay(day_no=number, date=day.date, starts_at=day.starts_at, ends_at=day.ends_at)
                     for number, day in enumerate(days, start=1)]
    return training


def check_new_status(status: str) -> None:
    if status not in EDITABLE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A new session can be planned, open for enrolment or confirmed, not “{status}”."),
            field="status", status=Label(SESSION_STATUS.get(status, status)))


def create_session(db: Database, draft: SessionDraft, *, status: str = SessionStatus.PLANNED.value,
                   override_reason: str = "", user_name: str = "", language: str | None = None) -> int:
    """Save a new session; its id. Refused with a sentence when the draft breaks a rule; `ConflictsFound`
    (nothing written) when it has conflicts and no `override_reason`."""
    check_new_status(status)
    with db.write() as session:
        refs = resolve_draft(session, draft)
        days = checked_days(refs, draft.dates, draft.starts_at, draft.ends_at)
        lock_bookings(session, refs.factory_id, refs.trainer_ids)
        conflicts = booking_conflicts(session, [days], refs, exclude_id=None, language=language)
        reason = require_override(conflicts, override_reason)
        training = new_session(refs, days, status)
        session.add(training)
        session.flush()
        add_trainers(session, [training.id], refs.trainer_ids)
        session.add(AuditEntry(action="session_created", entity="training_session", entity_id=training.id,
                               user_name=user_name, details={**snapshot(refs, days), "status": status}))
        if entry := audit_override(conflicts, reason, entity="training_session", entity_id=training.id,
                                   user_name=user_name):
            session.add(entry)
        return training.id


def _editable(session: Session, training: TrainingSession) -> None:
    """Refuse changing a session that was held, reported or cancelled, with a sentence naming its status."""
    if training.status not in EDITABLE:
        raise SessionEditError(QT_TRANSLATE_NOOP(
            "Errors", "The session «{programme}» of {date} is “{status}”: it can no longer be changed."),
            status=Label(SESSION_STATUS.get(training.status, training.status)), **session_label(session, training))


def update_session(db: Database, session_id: int, draft: SessionDraft, *, override_reason: str = "",
                   user_name: str = "", today: dt.date | None = None, language: str | None = None) -> None:
    """Replace a session's plan (programme, factory, days, hours, trainers, group sizes, notes) with `draft`.

    Refused for a session held, reported or cancelled, and for a maximum below the number already enrolled;
    `ConflictsFound` as for `create_session`, also when the group is under its minimum close to its date.
    """
    today = today or clock.today()
    with db.write() as session:
        training = locked_session(session, session_id)
        _editable(session, training)
        stored_days = _days_of(session, session_id)
        stored_trainers = _trainer_ids(session, session_id)
        refs = resolve_draft(session, draft, keep=training, keep_trainers=stored_trainers)
        days = checked_days(refs, draft.dates, draft.starts_at, draft.ends_at)
        enrolled = _enrolled(session, session_id)
        if refs.max_group < enrolled:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{enrolled} people are already enrolled: the maximum cannot be lower than that."),
                field="max_group", enrolled=enrolled, max=refs.max_group)
        lock_bookings(session, refs.factory_id, refs.trainer_ids)
        conflicts = booking_conflicts(session, [days], refs, exclude_id=session_id, language=language)
        conflicts += _under_minimum(refs.programme, days[0].date, enrolled, refs.min_group, today)
        reason = require_override(conflicts, override_reason)

        before = _plan_record(training, stored_days, stored_trainers)
        after = snapshot(refs, days)
        training.programme_id, training.factory_id = refs.programme_id, refs.factory_id
        training.min_group, training.max_group = refs.min_group, refs.max_group
        training.group_size_reason, training.notes = refs.group_size_reason, refs.notes
        by_number = {day.day_no: day for day in stored_days}
        for number, day in enumerate(days, start=1):
            row = by_number.pop(number, None)
            if row is None:
                session.add(SessionDay(session_id=session_id, day_no=number, date=day.date,
                                       starts_at=day.starts_at, ends_at=day.ends_at))
            else:
                row.date, row.starts_at, row.ends_at = day.date, day.starts_at, day.ends_at
        for row in by_number.values():
            session.delete(row)
        if refs.trainer_ids != tuple(stored_trainers):
            write_trainers(session, session_id, refs.trainer_ids)
        changes = {key: [before[key], after[key]] for key in after if before.get(key) != after[key]}
        if changes:
            session.add(AuditEntry(action="session_updated", entity="training_session", entity_id=session_id,
                                   user_name=user_name, details={"changes": changes}))
        if entry := audit_override(conflicts, reason, entity="training_session", entity_id=session_id,
                                   user_name=user_name):
            session.add(entry)


def move_session(db: Database, session_id: int, first_date: dt.date, *, override_reason: str = "",
                 user_name: str = "", today: dt.date | None = None, language: str | None = None) -> None:
    """Move every day of a session by the same number of days, so that its first day is `first_date` (a drag
    in the calendar), with the checks of an edit. Hours, trainers and people stay."""
    today = today or clock.today()
    first_date = plain_date(first_date)
    with db.write() as session:
        training = locked_session(session, session_id)
        _editable(session, training)
        stored_days = _days_of(session, session_id)
        if not stored_days or stored_days[0].date == first_date:
            return
        shift = first_date - stored_days[0].date
        days = [PlannedDay(day.date + shift, day.starts_at, day.ends_at) for day in stored_days]
        trainer_ids = _trainer_ids(session, session_id)
        draft = SessionDraft(training.programme_id, training.factory_id, [day.date for day in days],
                             trainer_ids=trainer_ids, min_group=training.min_group, max_group=training.max_group)
        refs = resolve_draft(session, draft, strict=False)
        lock_bookings(session, refs.factory_id, refs.trainer_ids)
        conflicts = booking_conflicts(session, [days], refs, exclude_id=session_id, language=language)
        conflicts += _under_minimum(refs.programme, first_date, _enrolled(session, session_id),
                                    training.min_group, today)
        reason = require_override(conflicts, override_reason)
        before = [day.date.isoformat() for day in stored_days]
        for row, day in zip(stored_days, days, strict=True):
            row.date = day.date
        session.add(AuditEntry(action="session_moved", entity="training_session", entity_id=session_id,
                               user_name=user_name,
                               details={"from": before, "to": [day.date.isoformat() for day in days],
                                        "days": shift.days}))
        if entry := audit_override(conflicts, reason, entity="training_session", entity_id=session_id,
                                   user_name=user_name):
            session.add(entry)


# --- reading -------------------------------------------------------------------------------------------------

def get_session(db: Database, session_id: int) -> SessionDetails:
    """A session with its days, trainers and how many are enrolled and waiting; a sentence when there is none."""
    with db.read() as session:
        row = session.execute(
            select(TrainingSession, Programme.name, Factory.name)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .join(Factory, Factory.id == TrainingSession.factory_id)
            .where(TrainingSession.id == session_id)).first()
        if row is None:
            raise StatusError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."),
                              id=session_id)
        training, programme, factory = row
        trainers = _trainers(session, session_id)
        counts = dict(session.execute(
            select(Enrolment.status, func.count()).where(
                Enrolment.session_id == session_id,
                Enrolment.status.in_((EnrolmentStatus.ENROLLED.value, EnrolmentStatus.WAITLISTED.value)))
            .group_by(Enrolment.status)).all())
        return SessionDetails(
            id=training.id, status=training.status, programme_id=training.programme_id, programme=programme,
            factory_id=training.factory_id, factory=factory,
            days=tuple((day.day_no, day.date, day.starts_at, day.ends_at) for day in _days_of(session, session_id)),
            trainer_ids=tuple(tid for tid, _name in trainers), trainers=tuple(name for _tid, name in trainers),
            min_group=training.min_group, max_group=training.max_group,
            group_size_reason=training.group_size_reason or "", notes=training.notes,
            cancel_reason=training.cancel_reason or "",
            enrolled=int(counts.get(EnrolmentStatus.ENROLLED.value, 0)),
            waitlisted=int(counts.get(EnrolmentStatus.WAITLISTED.value, 0)))


def draft_of(db: Database, session_id: int) -> SessionDraft:
    """A session's plan as a draft: the start of a copy, or of an edit."""
    return get_session(db, session_id).draft()


# --- series (series.py), here so the editor has one module to import ---------------------------------------------

def plan_series(db: Database, draft: SessionDraft, *, first: dt.date, last: dt.date, weekdays: set[int],
                country: str | None, language: str | None = None) -> SeriesPlan:
    """See `series.plan_series`."""
    from factory_desk.services import series

    return series.plan_series(db, draft, first=first, last=last, weekdays=weekdays, country=country,
                              language=language)


def create_series(db: Database, draft: SessionDraft, dates: Sequence[dt.date | Sequence[dt.date]], *,
                  status: str = SessionStatus.PLANNED.value, override_reason: str = "", user_name: str = "",
                  language: str | None = None) -> list[int]:
    """See `series.create_series`."""
    from factory_desk.services import series

    return series.create_series(db, draft, dates, status=status, override_reason=override_reason,
                                user_name=user_name, language=language)


def series_conflicts(db: Database, draft: SessionDraft, dates: Sequence[dt.date | Sequence[dt.date]], *,
                     language: str | None = None) -> list[Conflict]:
    """See `series.series_conflicts`."""
    from factory_desk.services import series

    return series.series_conflicts(db, draft, dates, language=language)
