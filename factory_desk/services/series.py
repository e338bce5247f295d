"""Series of sessions: every chosen weekday from one date to another (for example every Tuesday and Thursday),
leaving out public holidays and days a trainer is away, created all together or not at all.

A multi-day programme's session starts on each chosen weekday and goes on over the following working days
(weekends and public holidays skipped); a start inside the previous session of the series is passed over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry, SessionStatus
from factory_desk.domain.text import day_text
from factory_desk.services.conflicts import Conflict, audit_override, require_override
from factory_desk.services.sessions import (
    PlannedDay,
    ResolvedDraft,
    SeriesPlan,
    SessionDraft,
    SkippedDay,
    add_trainers,
    away_conflicts,
    booking_conflicts,
    check_new_status,
    checked_days,
    holiday_sentence,
    lock_bookings,
    new_session,
    plain_date,
    public_holidays,
    resolve_draft,
    snapshot,
    trainer_absences,
)
from factory_desk.store.database import Database

__all__ = ["MAX_SERIES_DAYS", "create_series", "plan_series", "series_conflicts", "session_days"]

# A series covers at most a year (a leap year included), and so at most that many sessions.
MAX_SERIES_DAYS = 366
_WEEKEND = (5, 6)


def session_days(start: dt.date, days: int, holidays: dict[dt.date, str] | set[dt.date]) -> tuple[dt.date, ...]:
    """The days of a session of `days` days that starts on `start`: the next working days after it (no
    weekends, no `holidays`)."""
    block = [start]
    day = start
    while len(block) < days:
        day += dt.timedelta(days=1)
        if day.weekday() not in _WEEKEND and day not in holidays:
            block.append(day)
    return tuple(block)


def _horizon(last: dt.date, days: int) -> dt.date:
    """The last day a session starting on `last` can reach (weekends and a long holiday on the way)."""
    return last if days == 1 else last + dt.timedelta(days=2 * days + 14)


def plan_series(db: Database, draft: SessionDraft, *, first: dt.date, last: dt.date, weekdays: set[int],
                country: str | None, language: str | None = None) -> SeriesPlan:
    """The sessions a series would create: one starting on every date from `first` to `last` whose weekday
    (Monday = 0) is in `weekdays`, except public holidays of `country` ("RU", "LV"; None: no holidays left
    out) and days a trainer of the draft is away. Nothing is written; the draft's own dates are ignored.

    `language` is that of holiday names (see `sessions.public_holidays`).
    """
    first, last = plain_date(first), plain_date(last)
    if last < first:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A series cannot end ({last}) before it begins ({first})."),
            field="last", first=day_text(first), last=day_text(last))
    span = (last - first).days + 1
    if span > MAX_SERIES_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A series covers at most 366 days; from {first} to {last} is {days} days."),
            field="last", first=day_text(first), last=day_text(last), days=span)
    chosen = set(weekdays)
    if not chosen or not chosen <= set(range(7)):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the days of the week the series takes place."),
                              field="weekdays")
    with db.read() as session:
        refs = resolve_draft(session, draft, strict=False)
        horizon = _horizon(last, refs.programme_days)
        absences = trainer_absences(session, refs.trainer_ids, first, horizon)
    holidays = public_holidays(country, first, horizon, language) if country else {}

    dates: list[dt.date] = []
    sessions: list[tuple[dt.date, ...]] = []
    skipped: list[SkippedDay] = []
    day = first
    while day <= last:
        date, day = day, day + dt.timedelta(days=1)
        if date.weekday() not in chosen or (sessions and date <= sessions[-1][-1]):
            continue
        if date in holidays:
            message, details = holiday_sentence(date, holidays[date])
            skipped.append(SkippedDay(date, "holiday", message, {**details, "country": country}))
            continue
        block = session_days(date, refs.programme_days, holidays)
        away = next((conflict for day_of in block for conflict in away_conflicts(absences, refs, day_of)), None)
        if away is not None:
            skipped.append(SkippedDay(date, away.kind, away.message, away.details))
            continue
        dates.append(date)
        sessions.append(block)
    return SeriesPlan(dates, skipped, sessions)


def _session_days_of(refs: ResolvedDraft, draft: SessionDraft, dates: Sequence[dt.date | Sequence[dt.date]], *,
                     strict: bool) -> list[list[PlannedDay]]:
    """The days of each session of a series: an item is a first date (a multi-day session then takes the
    next working days, skipping the factory's public holidays) or all the session's days. With `strict`,
    each session is checked as by the editor and no day may be in two of them."""
    holidays: dict[dt.date, str] = {}
    starts = [plain_date(item) for item in dates if isinstance(item, dt.date)]
    if refs.programme_days > 1 and starts:
        holidays = public_holidays(refs.country, min(starts), _horizon(max(starts), refs.programme_days))
    plans: list[list[PlannedDay]] = []
    seen: set[dt.date] = set()
    for item in dates:
        block = (session_days(plain_date(item), refs.programme_days, holidays) if isinstance(item, dt.date)
                 else [plain_date(day) for day in item])
        if not strict:
            plans.append([PlannedDay(day, draft.starts_at, draft.ends_at) for day in block])
            continue
        days = checked_days(refs, block, draft.starts_at, draft.ends_at)
        for day in days:
            if day.date in seen:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The series has {date} twice: a day can have only one of its sessions."),
                    field="dates", date=day_text(day.date))
            seen.add(day.date)
        plans.append(days)
    return plans


def series_conflicts(db: Database, draft: SessionDraft, dates: Sequence[dt.date | Sequence[dt.date]], *,
                     language: str | None = None) -> list[Conflict]:
    """The conflicts of a whole series (items of `dates` as for `create_series`), in the order of its days, read
    in one go without saving anything: what `create_series` would ask a reason for."""
    with db.read() as session:
        refs = resolve_draft(session, draft, strict=False)
        plans = _session_days_of(refs, draft, dates, strict=False)
        return booking_conflicts(session, plans, refs, exclude_id=None, language=language)


def create_series(db: Database, draft: SessionDraft, dates: Sequence[dt.date | Sequence[dt.date]], *,
                  status: str = SessionStatus.PLANNED.value, override_reason: str = "", user_name: str = "",
                  language: str | None = None) -> list[int]:
    """Create one session per item of `dates`, all in one transaction (all of them or none); their ids, in
    the order given.

    An item is a session's first date, or all its days (`SeriesPlan.sessions`, as planned). From a first
    date alone, a multi-day session takes the following working days, skipping the public holidays of the
    factory's country. Every session is checked as by the editor; their conflicts together need one
    `override_reason`, or `ConflictsFound` is raised and nothing is written.
    """
    check_new_status(status)
    if not dates:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The series has no dates: choose at least one."),
                              field="dates")
    if len(dates) > MAX_SERIES_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A series has at most 366 sessions, not {count}."), field="dates", count=len(dates))
    with db.write() as session:
        refs = resolve_draft(session, draft)
        plans = _session_days_of(refs, draft, dates, strict=True)
        lock_bookings(session, refs.factory_id, refs.trainer_ids)
        conflicts = booking_conflicts(session, plans, refs, exclude_id=None, language=language)
        reason = require_override(conflicts, override_reason)

        trainings = [new_session(refs, days, status) for days in plans]
        session.add_all(trainings)
        session.flush()
        ids = [training.id for training in trainings]
        add_trainers(session, ids, refs.trainer_ids)
        for session_id, days in zip(ids, plans, strict=True):
            session.add(AuditEntry(action="session_created", entity="training_session", entity_id=session_id,
                                   user_name=user_name,
                                   details={**snapshot(refs, days), "status": status, "series_of": ids[0]}))
        plan = snapshot(refs, plans[0])
        del plan["dates"]
        session.add(AuditEntry(
            action="series_created", entity="training_session", entity_id=ids[0], user_name=user_name,
            details={**plan, "status": status, "session_ids": ids,
                     "dates": [[day.date.isoformat() for day in days] for days in plans]}))
        if entry := audit_override(conflicts, reason, entity="training_session", entity_id=ids[0],
                                   user_name=user_name):
            entry.details = {**entry.details, "session_ids": ids}
            session.add(entry)
        return ids
