"""Putting people into sessions and taking them out: the session picker, enrolment up to the group's
maximum with a waiting list behind it, cancellation that promotes the first person waiting, the roster.

Writers of one session take turns: on PostgreSQL the session row is locked first (SELECT … FOR UPDATE), on
SQLite `Database.write()` begins IMMEDIATE, so the second writer waits for the first to commit. Either way
the count of places and the last waitlist position are read after the previous writer's changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, case, delete, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    EnrolmentSource,
    EnrolmentStatus,
    Factory,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    SessionDay,
    SessionStatus,
    TrainingSession,
    factory_municipality,
)
from factory_desk.domain.text import normalize_spaces
from factory_desk.services.session_status import locked_session, session_label
from factory_desk.store.database import Database

__all__ = [
    "ACCEPTING", "EnrolResult", "EnrolmentError", "Promotion", "RosterRow", "SessionChoice", "cancel_enrolment",
    "enrol", "session_roster", "upcoming_sessions",
]

# Statuses of a session that still take people in.
ACCEPTING = (SessionStatus.PLANNED.value, SessionStatus.OPEN.value, SessionStatus.CONFIRMED.value)
# Statuses of an enrolment that hold a place or a place in the queue.
_ACTIVE = (EnrolmentStatus.ENROLLED.value, EnrolmentStatus.WAITLISTED.value)


class EnrolmentError(FactoryDeskError):
    """An enrolment that cannot be made or cancelled as asked."""


@dataclass(frozen=True)
class SessionChoice:
    """A session in the picker: what it is, when, and how full."""

    id: int
    programme: str
    factory: str
    first_date: dt.date
    starts_at: dt.time
    enrolled: int
    waitlisted: int
    min_group: int
    max_group: int
    status: str

    @property
    def free_places(self) -> int:
        return max(0, self.max_group - self.enrolled)


@dataclass(frozen=True)
class EnrolResult:
    enrolled: tuple[int, ...]  # person ids given a place, in the order asked
    waitlisted: tuple[tuple[int, int], ...]  # (person id, waitlist position)
    already: tuple[int, ...]  # person ids already enrolled or waiting in the session: left as they were
    pool_entries_removed: int = 0


@dataclass(frozen=True)
class Promotion:
    """The person who moved from the waiting list into the place a cancellation freed."""

    enrolment_id: int
    person_id: int
    full_name: str


@dataclass(frozen=True)
class RosterRow:
    enrolment_id: int
    person_id: int
    full_name: str
    organisation: str  # "" when the person has none
    position: str
    status: str
    waitlist_position: int | None


def _full_name(surname: str, first_name: str, patronymic: str) -> str:
    return " ".join(part for part in (surname, first_name, patronymic) if part)


def _organisation_name() -> ColumnElement[str]:
    return func.coalesce(func.nullif(Organisation.short_name, ""), Organisation.full_name, "")


# --- the picker ------------------------------------------------------------------------------------------------

def upcoming_sessions(db: Database, *, today: dt.date | None = None, organisation_id: int | None = None,
                      limit: int = 200) -> list[SessionChoice]:
    """Sessions that take enrolments and have not started yet (first day today or later), soonest first.

    With `organisation_id`, only sessions at factories that serve the organisation's municipality, or that
    serve no municipality in particular; an organisation without a municipality sees every session.
    """
    today = today or dt.date.today()
    # The first day of every session that takes enrolments: its date and start time.
    first = select(
        SessionDay.session_id, SessionDay.date, SessionDay.starts_at,
        func.row_number().over(partition_by=SessionDay.session_id,
                               order_by=(SessionDay.date, SessionDay.starts_at, SessionDay.day_no)).label("n"),
    ).where(SessionDay.session_id.in_(select(TrainingSession.id).where(TrainingSession.status.in_(ACCEPTING)))
            ).subquery()

    def count(status: EnrolmentStatus) -> ScalarSelect[int]:
        return (select(func.count()).select_from(Enrolment)
                .where(Enrolment.session_id == TrainingSession.id, Enrolment.status == status.value)
                .scalar_subquery())

    statement = (
        select(TrainingSession.id, Programme.name, Factory.name, first.c.date, first.c.starts_at,
               count(EnrolmentStatus.ENROLLED), count(EnrolmentStatus.WAITLISTED),
               TrainingSession.min_group, TrainingSession.max_group, TrainingSession.status)
        .join(first, and_(first.c.session_id == TrainingSession.id, first.c.n == 1))
        .join(Programme, TrainingSession.programme_id == Programme.id)
        .join(Factory, TrainingSession.factory_id == Factory.id)
        .where(TrainingSession.status.in_(ACCEPTING), first.c.date >= today)
        .order_by(first.c.date, first.c.starts_at, Programme.name, TrainingSession.id)
        .limit(limit)
    )
    with db.read() as session:
        if organisation_id is not None:
            municipality = session.scalar(select(Organisation.municipality_id)
                                          .where(Organisation.id == organisation_id))
            if municipality is not None:
                served = factory_municipality.c
                statement = statement.where(or_(
                    exists().where(served.factory_id == TrainingSession.factory_id,
                                   served.municipality_id == municipality),
                    ~exists().where(served.factory_id == TrainingSession.factory_id),
                ))
        return [
            SessionChoice(sid, programme, factory, date, starts_at, int(enrolled), int(waitlisted), low, high, status)
            for sid, programme, factory, date, starts_at, enrolled, waitlisted, low, high, status
            in session.execute(statement)
        ]


# --- one session, locked -----------------------------------------------------------------------------------------

def _locked_session(session: Session, session_id: int, *, cancelling: bool = False) -> TrainingSession:
    """The session, locked against other writers until commit; refused unless it still takes enrolments."""
    training = locked_session(session, session_id)
    if training.status in ACCEPTING:
        return training
    label = session_label(session, training)
    # One whole sentence per status, so that each translates as a sentence.
    if cancelling:
        templates = {
            SessionStatus.HELD.value: QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} has already been held: its enrolments can no longer "
                          "be cancelled. Mark the absence on the attendance sheet instead."),
            SessionStatus.REPORTED.value: QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} has already been reported: its enrolments can no "
                          "longer be cancelled."),
            SessionStatus.CANCELLED.value: QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} was cancelled: its enrolments can no longer be "
                          "changed."),
        }
    else:
        templates = {
            SessionStatus.HELD.value: QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} has already been held: nobody can be enrolled "
                          "in it any more."),
            SessionStatus.REPORTED.value: QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} has already been reported: nobody can be enrolled "
                          "in it any more."),
            SessionStatus.CANCELLED.value: QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} was cancelled: nobody can be enrolled in it."),
        }
    raise EnrolmentError(templates[training.status], status=training.status, **label)


def _enrolled_count(session: Session, session_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.ENROLLED.value)) or 0


# --- enrolling -----------------------------------------------------------------------------------------------

def _check_people(session: Session, person_ids: list[int]) -> None:
    """Refuse unknown and erased people. Their rows are shared-locked: an erasure waits for this enrolment."""
    found = dict(session.execute(
        select(Person.id, Person.anonymised_at).where(Person.id.in_(person_ids)).with_for_update(read=True)
    ).all())
    for person_id in person_ids:
        if person_id not in found:
            raise EnrolmentError(
                QT_TRANSLATE_NOOP("Errors", "There is no person with the number {id} in the register."), id=person_id)
        if found[person_id] is not None:
            raise EnrolmentError(QT_TRANSLATE_NOOP(
                "Errors", "The data of person {id} were erased: they cannot be enrolled."), id=person_id)


def enrol(db: Database, session_id: int, person_ids: Iterable[int], *, source: str = EnrolmentSource.MANUAL.value,
          user_name: str = "", remove_from_pool: bool = True) -> EnrolResult:
    """Enrol people in a session, in the order given, as one unit of work.

    Places are filled up to the session's maximum; the others join the end of the waiting list. People
    already enrolled or waiting are left as they are. Someone whose earlier enrolment here was cancelled
    (or moved, or replaced) gets that enrolment back, as the session holds one per person. With
    `remove_from_pool`, everyone enrolled or put on the waiting list leaves the general pool and the pool of
    the session's programme.
    """
    with db.write() as session:
        return enrol_within(session, session_id, person_ids, source=source, user_name=user_name,
                            remove_from_pool=remove_from_pool)


def enrol_within(session: Session, session_id: int, person_ids: Iterable[int], *,
                 source: str = EnrolmentSource.MANUAL.value, user_name: str = "",
                 remove_from_pool: bool = True) -> EnrolResult:
    """`enrol` inside the caller's unit of work (an import enrols the people it has just written)."""
    source = EnrolmentSource(source).value
    wanted = list(dict.fromkeys(person_ids))
    training = _locked_session(session, session_id)
    if not wanted:
        return EnrolResult((), (), ())
    _check_people(session, wanted)
    existing = {e.person_id: e for e in session.execute(
        select(Enrolment).where(Enrolment.session_id == session_id, Enrolment.person_id.in_(wanted))).scalars()}
    free = max(0, training.max_group - _enrolled_count(session, session_id))
    last = session.scalar(select(func.max(Enrolment.waitlist_position))
                          .where(Enrolment.session_id == session_id)) or 0
    enrolled: list[int] = []
    waitlisted: list[tuple[int, int]] = []
    already: list[int] = []
    for person_id in wanted:
        enrolment = existing.get(person_id)
        if enrolment is not None and enrolment.status in _ACTIVE:
            already.append(person_id)
            continue
        if enrolment is None:
            enrolment = Enrolment(session_id=session_id, person_id=person_id)
            session.add(enrolment)
        enrolment.source, enrolment.status_reason, enrolment.replaces_id = source, None, None
        if free > 0:
            enrolment.status, enrolment.waitlist_position = EnrolmentStatus.ENROLLED.value, None
            enrolled.append(person_id)
            free -= 1
        else:
            last += 1
            enrolment.status, enrolment.waitlist_position = EnrolmentStatus.WAITLISTED.value, last
            waitlisted.append((person_id, last))
    session.flush()
    placed = enrolled + [person_id for person_id, _position in waitlisted]
    removed = 0
    if remove_from_pool and placed:
        removed = session.execute(delete(PoolEntry).where(
            PoolEntry.person_id.in_(placed),
            or_(PoolEntry.programme_id.is_(None), PoolEntry.programme_id == training.programme_id),
        )).rowcount  # type: ignore[attr-defined]
    if placed:
        session.add(AuditEntry(
            action="people_enrolled", entity="training_session", entity_id=session_id, user_name=user_name,
            details={"source": source, "enrolled": enrolled, "waitlisted": [list(w) for w in waitlisted],
                     "already": already, "pool_entries_removed": removed}))
    return EnrolResult(tuple(enrolled), tuple(waitlisted), tuple(already), removed)


# --- cancelling ----------------------------------------------------------------------------------------------

def _close_gap(session: Session, session_id: int, gap: int) -> None:
    """Move everyone waiting behind position `gap` one place up.

    Row by row in ascending order: the unique (session, position) is checked on every row, and the next
    place up is always already free. The flush after each row keeps the ORM from reordering the updates.
    """
    behind = session.execute(
        select(Enrolment).where(Enrolment.session_id == session_id,
                                Enrolment.status == EnrolmentStatus.WAITLISTED.value,
                                Enrolment.waitlist_position > gap)
        .order_by(Enrolment.waitlist_position)
    ).scalars().all()
    for enrolment in behind:
        assert enrolment.waitlist_position is not None
        enrolment.waitlist_position -= 1
        session.flush()


def cancel_enrolment(db: Database, enrolment_id: int, *, reason: str, user_name: str = "") -> Promotion | None:
    """Cancel an enrolment with its reason. A freed place goes to the first person on the waiting list; the
    waiting list closes up behind whoever left it. Returns the person promoted, if anyone was."""
    reason = normalize_spaces(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the enrolment is cancelled."), field="reason")
    with db.write() as session:
        session_id = session.scalar(select(Enrolment.session_id).where(Enrolment.id == enrolment_id))
        if session_id is None:
            raise EnrolmentError(QT_TRANSLATE_NOOP("Errors", "There is no enrolment with the number {id}."),
                                 id=enrolment_id)
        training = _locked_session(session, session_id, cancelling=True)
        # Read again under the lock: another writer may have changed it since.
        enrolment = session.execute(select(Enrolment).where(Enrolment.id == enrolment_id)
                                    .execution_options(populate_existing=True)).scalar_one()
        if enrolment.status not in _ACTIVE:
            raise EnrolmentError(QT_TRANSLATE_NOOP(
                "Errors", "This enrolment is no longer active (it was cancelled, moved or replaced): there is "
                          "nothing to cancel."))
        held_place = enrolment.status == EnrolmentStatus.ENROLLED.value
        gap = enrolment.waitlist_position
        enrolment.status, enrolment.waitlist_position = EnrolmentStatus.CANCELLED.value, None
        enrolment.status_reason = reason
        session.flush()
        promotion: Promotion | None = None
        if held_place and _enrolled_count(session, session_id) < training.max_group:
            first = session.execute(
                select(Enrolment).where(Enrolment.session_id == session_id,
                                        Enrolment.status == EnrolmentStatus.WAITLISTED.value)
                .order_by(Enrolment.waitlist_position).limit(1)
            ).scalar_one_or_none()
            if first is not None:
                gap = first.waitlist_position
                first.status, first.waitlist_position = EnrolmentStatus.ENROLLED.value, None
                session.flush()
                person = session.get(Person, first.person_id)
                assert person is not None
                promotion = Promotion(first.id, first.person_id, person.full_name)
        if gap is not None:
            _close_gap(session, session_id, gap)
        session.add(AuditEntry(
            action="enrolment_cancelled", entity="enrolment", entity_id=enrolment_id, user_name=user_name,
            reason=reason,
            details={"session_id": session_id, "person_id": enrolment.person_id,
                     "was": EnrolmentStatus.ENROLLED.value if held_place else EnrolmentStatus.WAITLISTED.value,
                     "promoted_person_id": promotion.person_id if promotion else None,
                     "promoted_enrolment_id": promotion.enrolment_id if promotion else None}))
    return promotion


# --- the roster ----------------------------------------------------------------------------------------------

def session_roster(db: Database, session_id: int) -> list[RosterRow]:
    """Who is in the session: the enrolled alphabetically, then the waiting list in its order."""
    waiting = case((Enrolment.status == EnrolmentStatus.WAITLISTED.value, 1), else_=0)
    statement = (
        select(Enrolment.id, Person.id, Person.surname, Person.first_name, Person.patronymic,
               _organisation_name(), Person.position, Enrolment.status, Enrolment.waitlist_position)
        .join(Person, Enrolment.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Enrolment.session_id == session_id, Enrolment.status.in_(_ACTIVE))
        .order_by(waiting, Enrolment.waitlist_position, Person.sort_key, Person.id)
    )
    with db.read() as session:
        return [
            RosterRow(eid, pid, _full_name(surname, first, patronymic), organisation or "", position, status,
                      waitlist_position)
            for eid, pid, surname, first, patronymic, organisation, position, status, waitlist_position
            in session.execute(statement)
        ]
