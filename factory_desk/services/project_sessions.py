"""The trainings an improvement project comes from: held sessions to link to a project (newest first, optionally
only those an organisation's people attended) and the people who took part in them, for the project's team.

A person «attended» a session when they have a mark that counts as present (present, late…) on any of its days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, distinct, func, literal, select

from factory_desk.domain.models import (
    AttendanceMark,
    AttendanceStatus,
    Enrolment,
    EnrolmentStatus,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    SessionStatus,
    TrainingSession,
)
from factory_desk.domain.text import full_name
from factory_desk.services.organisations import organisation_name
from factory_desk.store.database import Database

__all__ = ["HELD", "HeldSession", "Participant", "held_sessions", "session_participants"]

HELD = (SessionStatus.HELD.value, SessionStatus.REPORTED.value)


@dataclass(frozen=True)
class HeldSession:
    id: int
    programme: str
    factory: str
    first_day: dt.date | None
    last_day: dt.date | None
    attended: int  # people present on at least one day
    from_organisation: int  # of them, people of the organisation asked about (0 when none was)


@dataclass(frozen=True)
class Participant:
    person_id: int
    name: str
    position: str
    organisation_id: int | None
    organisation: str  # "" when the person has none
    attended: bool  # present (or late…) on at least one day of one of the sessions


def held_sessions(db: Database, *, organisation_id: int | None = None, attended_by_organisation: bool = False,
                  limit: int = 300) -> list[HeldSession]:
    """Held (or reported) sessions, the newest first, with how many people attended each and how many of them
    are of `organisation_id`; with `attended_by_organisation`, only the sessions one of them attended."""
    present = (
        select(Enrolment.session_id.label("session_id"), Enrolment.person_id.label("person_id"),
               Person.organisation_id.label("organisation_id"))
        .join(AttendanceMark, AttendanceMark.enrolment_id == Enrolment.id)
        .join(AttendanceStatus, and_(AttendanceStatus.code == AttendanceMark.status_code,
                                     AttendanceStatus.counts_as_present.is_(True)))
        .join(Person, Person.id == Enrolment.person_id)
        .distinct()
        .subquery()
    )
    days = (select(SessionDay.session_id.label("session_id"), func.min(SessionDay.date).label("first_day"),
                   func.max(SessionDay.date).label("last_day"))
            .group_by(SessionDay.session_id).subquery())
    attended = func.count(distinct(present.c.person_id))
    ours = (func.count(distinct(case((present.c.organisation_id == organisation_id, present.c.person_id))))
            if organisation_id is not None else literal(0))
    statement = (
        select(TrainingSession.id, Programme.name, Factory.name, days.c.first_day, days.c.last_day, attended, ours)
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .join(Factory, Factory.id == TrainingSession.factory_id)
        .outerjoin(days, days.c.session_id == TrainingSession.id)
        .outerjoin(present, present.c.session_id == TrainingSession.id)
        .where(TrainingSession.status.in_(HELD))
        .group_by(TrainingSession.id, Programme.name, Factory.name, days.c.first_day, days.c.last_day)
        .order_by(days.c.first_day.desc(), TrainingSession.id.desc())
        .limit(limit)
    )
    if organisation_id is not None and attended_by_organisation:
        statement = statement.having(ours > 0)
    with db.read() as session:
        return [HeldSession(sid, programme, factory, first, last, int(count), int(of_ours or 0))
                for sid, programme, factory, first, last, count, of_ours in session.execute(statement)]


def session_participants(db: Database, session_ids: Sequence[int]) -> list[Participant]:
    """The people holding a place in any of the sessions (erased people left out), alphabetically, each once;
    `attended` says who was marked present on some day."""
    if not session_ids:
        return []
    was_present = (select(AttendanceMark.id).join(AttendanceStatus, AttendanceStatus.code == AttendanceMark.status_code)
                   .where(AttendanceMark.enrolment_id == Enrolment.id, AttendanceStatus.counts_as_present.is_(True))
                   .exists())
    statement = (
        select(Person.id, Person.surname, Person.first_name, Person.patronymic, Person.position,
               Person.organisation_id, organisation_name(), was_present)
        .join(Enrolment, Enrolment.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Enrolment.session_id.in_(sorted(set(session_ids))), Person.anonymised_at.is_(None),
               Enrolment.status == EnrolmentStatus.ENROLLED.value)
        .order_by(Person.sort_key, Person.id)
    )
    found: dict[int, Participant] = {}
    with db.read() as session:
        for pid, surname, first, patronymic, position, org_id, organisation, present in session.execute(statement):
            known = found.get(pid)
            if known is None or (present and not known.attended):
                found[pid] = Participant(pid, full_name(surname, first, patronymic), position, org_id,
                                         organisation or "", bool(present))
    return list(found.values())
