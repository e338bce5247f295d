"""The calendar files (.ics) of a session, a trainer's schedule and a factory's plan: their sessions read
from the database (services.calendar) and written by exchange.calendar_file."""

from __future__ import annotations

import datetime as dt

from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import Trainer
from factory_desk.exchange.calendar_file import Translate, calendar_bytes, untranslated
from factory_desk.services.calendar import CalendarError, entries_between, factory_places, session_entries
from factory_desk.store.database import Database


def session_calendar(db: Database, session_id: int, *, translate: Translate = untranslated) -> bytes:
    """Every day of one session; a sentence when there is no such session."""
    entries = session_entries(db, session_id)
    name = entries[0].programme if entries else ""
    return calendar_bytes(entries, factory_places(db, [e.factory_id for e in entries]), name, translate)


def trainer_calendar(db: Database, trainer_id: int, first: dt.date, last: dt.date, *,
                     translate: Translate = untranslated) -> bytes:
    """A trainer's sessions from `first` to `last`, cancelled ones included (so calendars take them off)."""
    with db.read() as session:
        trainer = session.get(Trainer, trainer_id)
        if trainer is None:
            raise CalendarError(QT_TRANSLATE_NOOP("Errors", "There is no trainer with the number {id}."),
                                id=trainer_id)
        name = trainer.full_name
    entries = entries_between(db, first, last, trainer_id=trainer_id)
    return calendar_bytes(entries, factory_places(db, [e.factory_id for e in entries]), name, translate)


def factory_calendar(db: Database, factory_id: int, first: dt.date, last: dt.date, *,
                     translate: Translate = untranslated) -> bytes:
    """A factory's plan from `first` to `last`, cancelled sessions included."""
    places = factory_places(db, [factory_id])
    if factory_id not in places:
        raise CalendarError(QT_TRANSLATE_NOOP("Errors", "There is no factory with the number {id}."), id=factory_id)
    entries = entries_between(db, first, last, factory_id=factory_id)
    return calendar_bytes(entries, places, places[factory_id].name, translate)
