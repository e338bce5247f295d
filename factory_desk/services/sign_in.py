"""What a session's sign-in sheet prints, day by day: the programme, the day's date and hours, the factory, the
trainers, and the people holding a place (not those waiting), alphabetically, each with the code to scan."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from factory_desk.documents.sign_in_sheet import SignInDay, SignInRow
from factory_desk.domain.badges import badge_code
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    Enrolment,
    EnrolmentStatus,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    SessionStatus,
    Trainer,
    TrainerRole,
    TrainingSession,
    session_trainer,
)
from factory_desk.domain.text import full_name
from factory_desk.services.organisations import organisation_name
from factory_desk.services.session_status import session_label
from factory_desk.store.database import Database

__all__ = ["SignInDay", "SignInError", "SignInRow", "sign_in_data"]


class SignInError(FactoryDeskError):
    """A sign-in sheet that cannot be made: no such session, no such day, a cancelled session."""


def sign_in_data(db: Database, session_id: int, day_no: int | None = None) -> list[SignInDay]:
    """The sheets of a session, one per day (only day `day_no` when given), in day order."""
    with db.read() as session:
        row = session.execute(
            select(TrainingSession, Programme.name, Factory.name, Factory.address)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .join(Factory, Factory.id == TrainingSession.factory_id)
            .where(TrainingSession.id == session_id)).first()
        if row is None:
            raise SignInError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."),
                              id=session_id)
        training, programme, factory, address = row
        if training.status == SessionStatus.CANCELLED.value:
            raise SignInError(QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} was cancelled: it has no sign-in sheet."),
                **session_label(session, training))
        days = list(session.scalars(
            select(SessionDay).where(SessionDay.session_id == session_id).order_by(SessionDay.day_no)))
        chosen = [day for day in days if day_no is None or day.day_no == day_no]
        if not chosen:
            raise SignInError(QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} has no day {day}."),
                day=day_no, **session_label(session, training))
        trainers = _trainers(session, session_id)
        rows = _rows(session, session_id)
    return [SignInDay(session_id=session_id, programme=programme, day_no=day.day_no, days=len(days), date=day.date,
                      starts_at=day.starts_at, ends_at=day.ends_at, factory=factory, factory_address=address,
                      trainers=trainers, rows=rows)
            for day in chosen]


def _trainers(session: Session, session_id: int) -> tuple[str, ...]:
    """The session's trainers, the lead first, then the assistants alphabetically."""
    assistant = session_trainer.c.role != TrainerRole.LEAD.value
    return tuple(full_name(surname, first, patronymic) for surname, first, patronymic in session.execute(
        select(Trainer.surname, Trainer.first_name, Trainer.patronymic)
        .join(session_trainer, session_trainer.c.trainer_id == Trainer.id)
        .where(session_trainer.c.session_id == session_id)
        .order_by(assistant, Trainer.sort_key, Trainer.id)))


def _rows(session: Session, session_id: int) -> tuple[SignInRow, ...]:
    """The people holding a place, in alphabetical order, numbered from 1."""
    people = session.execute(
        select(Person.id, Person.surname, Person.first_name, Person.patronymic, organisation_name(),
               Person.position, Person.badge_code)
        .join(Enrolment, Enrolment.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.ENROLLED.value,
               Person.anonymised_at.is_(None))  # an erased person keeps their place for the counts, not a line
        .order_by(Person.sort_key, Person.id))
    return tuple(
        SignInRow(number=number, person_id=person_id, full_name=full_name(surname, first, patronymic),
                  organisation=organisation or "", position=position or "", badge_code=_printable(own, person_id))
        for number, (person_id, surname, first, patronymic, organisation, position, own) in enumerate(people, 1))


def _printable(own: str | None, person_id: int) -> str:
    """The person's own code when Code 128 can carry it (printable ASCII), else the code made from their id:
    the attendance screen finds them by either."""
    if own and own.isascii() and own.isprintable():
        return own
    return badge_code(person_id)
