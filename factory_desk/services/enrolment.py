"""Putting people into sessions and taking them out: the session picker, enrolment up to the group's
maximum with a waiting list behind it, cancellation, moves and replacements that hand a freed place to the
first person waiting, the checks on a person (another session the same day, the programme already
completed), the roster and the organisations' waiting pool.

Writers of one session take turns: on PostgreSQL the session row is locked first (SELECT … FOR UPDATE), on
SQLite `Database.write()` begins IMMEDIATE, so the second writer waits for the first to commit. Either way
the count of places and the last waitlist position are read after the previous writer's changes. Locks are
always taken in one order — sessions by ascending id, then people by ascending id, then enrolments — so two
writers never wait for each other in a circle.

The waiting list is a queue: nobody waits while a place is free. When places are free and people wait
(the maximum was raised, say), the people waiting are given those places before anyone new is enrolled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import ScalarSelect

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    ACCEPTING_STATUSES,
    AttendanceMark,
    AttendanceStatus,
    AuditEntry,
    Certificate,
    CertificateStatus,
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
from factory_desk.domain.text import day_text, full_name, normalize_spaces, time_text
from factory_desk.services.conflicts import Conflict, ConflictsFound, audit_override, require_override
from factory_desk.services.organisations import organisation_name
from factory_desk.services.session_status import locked_session, session_label
from factory_desk.store.database import Database

__all__ = [
    "ACCEPTING", "EnrolResult", "EnrolmentError", "MoveResult", "PoolRow", "Promotion", "Refusal", "RosterRow",
    "SessionChoice", "cancel_enrolment", "completed_programme", "enrol", "enrol_within", "enrolment_conflicts",
    "move_enrolment", "pool_people", "promote_waitlist", "replace_enrolment", "session_roster", "upcoming_sessions",
    "withdraw",
]

ACCEPTING = ACCEPTING_STATUSES  # the statuses of a session that still takes people in
# Statuses of an enrolment that hold a place or a place in the queue.
_ACTIVE = (EnrolmentStatus.ENROLLED.value, EnrolmentStatus.WAITLISTED.value)
# Sessions whose attendance is final: a person present on every day of one has completed its programme.
_DONE = (SessionStatus.HELD.value, SessionStatus.REPORTED.value)
ON_CONFLICT = ("raise", "refuse")


class EnrolmentError(FactoryDeskError):
    """An enrolment that cannot be made, cancelled, moved or replaced as asked."""


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
class Promotion:
    """A person who moved from the waiting list into a free place."""

    enrolment_id: int
    person_id: int
    full_name: str


@dataclass(frozen=True)
class Refusal:
    """A person who was not enrolled, and why (`i18n.error_text(refusal.error)` is the sentence)."""

    person_id: int
    error: FactoryDeskError


@dataclass(frozen=True)
class EnrolResult:
    enrolled: tuple[int, ...]  # person ids given a place, in the order asked
    waitlisted: tuple[tuple[int, int], ...]  # (person id, waitlist position)
    already: tuple[int, ...]  # person ids already enrolled or waiting in the session: left as they were
    pool_entries_removed: int = 0
    refused: tuple[Refusal, ...] = ()  # unknown or erased people, and people with conflicts when refused
    promoted: tuple[Promotion, ...] = ()  # people waiting who took free places before the newcomers


@dataclass(frozen=True)
class MoveResult:
    new_enrolment_id: int
    status: str  # enrolled or waitlisted, in the new session
    waitlist_position: int | None
    promotion: Promotion | None  # who took the freed place in the old session


@dataclass(frozen=True)
class RosterRow:
    enrolment_id: int
    person_id: int
    full_name: str
    organisation: str  # "" when the person has none
    position: str
    status: str
    waitlist_position: int | None


@dataclass(frozen=True)
class PoolRow:
    """A person in an organisation's waiting pool: sent for training, not yet in a group."""

    person_id: int
    full_name: str
    organisation: str  # "" when the person has none
    position: str
    department: str
    programme: str  # "" when any programme will do
    added: dt.date


# --- the picker ------------------------------------------------------------------------------------------------

def upcoming_sessions(db: Database, *, today: dt.date | None = None, organisation_id: int | None = None,
                      limit: int = 200) -> list[SessionChoice]:
    """Sessions that take enrolments and have not started yet (first day today or later), soonest first.

    With `organisation_id`, only sessions at factories that serve the organisation's municipality, or that
    serve no municipality in particular; an organisation without a municipality sees every session.
    """
    today = today or clock.today()
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

def _require_accepting(session: Session, training: TrainingSession, *, cancelling: bool = False) -> TrainingSession:
    """The session, unless it no longer takes enrolments (or, `cancelling`, lets them be taken back)."""
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


def _locked_session(session: Session, session_id: int, *, cancelling: bool = False) -> TrainingSession:
    """The session, locked against other writers until commit; refused unless it still takes enrolments."""
    return _require_accepting(session, locked_session(session, session_id), cancelling=cancelling)


def _enrolled_count(session: Session, session_id: int) -> int:
    return session.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.ENROLLED.value)) or 0


def _last_position(session: Session, session_id: int) -> int:
    return session.scalar(select(func.max(Enrolment.waitlist_position))
                          .where(Enrolment.session_id == session_id)) or 0


def _enrolment_session(session: Session, enrolment_id: int) -> int:
    session_id = session.scalar(select(Enrolment.session_id).where(Enrolment.id == enrolment_id))
    if session_id is None:
        raise EnrolmentError(QT_TRANSLATE_NOOP("Errors", "There is no enrolment with the number {id}."),
                             id=enrolment_id)
    return session_id


def _fresh_enrolment(session: Session, enrolment_id: int) -> Enrolment:
    """The enrolment read again under the session's lock: another writer may have changed it since."""
    return session.execute(select(Enrolment).where(Enrolment.id == enrolment_id)
                           .execution_options(populate_existing=True)).scalar_one()


# --- the people: who they are, and their conflicts ------------------------------------------------------------

def _unknown_person(person_id: int) -> EnrolmentError:
    return EnrolmentError(QT_TRANSLATE_NOOP("Errors", "There is no person with the number {id} in the register."),
                          id=person_id)


def _erased_person(person_id: int) -> EnrolmentError:
    return EnrolmentError(QT_TRANSLATE_NOOP("Errors", "The data of person {id} were erased: they cannot be enrolled."),
                          id=person_id)


def _lock_people(session: Session, person_ids: Sequence[int]) -> tuple[dict[int, str], list[Refusal]]:
    """The names of the people who can be enrolled, and refusals for the unknown and the erased.

    The rows are locked (FOR NO KEY UPDATE on PostgreSQL, in ascending id order): two writers putting the
    same person into two sessions take turns, so the second sees the first's enrolment when it checks the
    day; an erasure waits for this unit of work.
    """
    found = {pid: (anonymised, full_name(surname, first, patronymic)) for pid, anonymised, surname, first, patronymic
             in session.execute(select(Person.id, Person.anonymised_at, Person.surname, Person.first_name,
                                       Person.patronymic)
                                .where(Person.id.in_(person_ids)).order_by(Person.id)
                                .with_for_update(key_share=True))}
    names: dict[int, str] = {}
    refused: list[Refusal] = []
    for person_id in person_ids:
        if person_id not in found:
            refused.append(Refusal(person_id, _unknown_person(person_id)))
        elif found[person_id][0] is not None:
            refused.append(Refusal(person_id, _erased_person(person_id)))
        else:
            names[person_id] = found[person_id][1]
    return names, refused


def _person_conflicts(session: Session, training: TrainingSession, names: dict[int, str], *,
                      leaving_session_id: int | None = None) -> list[Conflict]:
    """The conflicts of putting these people (id → name) into `training`, a few per person, in their order.

    `leaving_session_id` is a session the people are leaving in the same change (a move): its day no longer
    counts as taken.
    """
    people = list(names)
    if not people:
        return []
    found: dict[int, list[Conflict]] = {person_id: [] for person_id in people}
    dates = list(session.scalars(select(SessionDay.date).where(SessionDay.session_id == training.id)))
    programme = session.scalar(select(Programme.name).where(Programme.id == training.programme_id)) or ""
    if dates:
        elsewhere = [training.id] + ([leaving_session_id] if leaving_session_id is not None else [])
        same_day = (
            select(Enrolment.person_id, Enrolment.status, Enrolment.session_id, Programme.name, Factory.name,
                   SessionDay.date, SessionDay.starts_at, SessionDay.ends_at)
            .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
            .join(SessionDay, SessionDay.session_id == Enrolment.session_id)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .join(Factory, Factory.id == TrainingSession.factory_id)
            .where(Enrolment.person_id.in_(people), Enrolment.status.in_(_ACTIVE),
                   Enrolment.session_id.not_in(elsewhere), TrainingSession.status != SessionStatus.CANCELLED.value,
                   SessionDay.date.in_(set(dates)))
            .order_by(Enrolment.person_id, SessionDay.date, SessionDay.starts_at, Enrolment.session_id)
        )
        named: set[tuple[int, int]] = set()
        for person_id, status, other_id, other_programme, factory, date, starts, ends in session.execute(same_day):
            if (person_id, other_id) in named:  # one conflict per other session, naming its first shared day
                continue
            named.add((person_id, other_id))
            message = QT_TRANSLATE_NOOP(
                "Errors", "{person} is already enrolled in «{other_programme}» at {factory} on {date}, "
                          "{starts}–{ends}.") if status == EnrolmentStatus.ENROLLED.value else QT_TRANSLATE_NOOP(
                "Errors", "{person} is already on the waiting list of «{other_programme}» at {factory} on {date}, "
                          "{starts}–{ends}.")
            found[person_id].append(Conflict("person_same_day", message, {
                "person": names[person_id], "person_id": person_id, "session_id": other_id,
                "other_programme": other_programme, "factory": factory, "date": day_text(date),
                "starts": time_text(starts), "ends": time_text(ends)}))
    for person_id, detail in completed_programme(session, training.programme_id, people,
                                                 except_session_id=training.id).items():
        if isinstance(detail, str):
            found[person_id].append(Conflict("already_completed", QT_TRANSLATE_NOOP(
                "Errors", "{person} already holds the certificate {number} for «{programme}»."),
                {"person": names[person_id], "person_id": person_id, "number": detail, "programme": programme}))
        else:
            factory, date = detail
            found[person_id].append(Conflict("already_completed", QT_TRANSLATE_NOOP(
                "Errors", "{person} already completed «{programme}»: present on every day of the session at "
                          "{factory} on {date}."),
                {"person": names[person_id], "person_id": person_id, "programme": programme, "factory": factory,
                 "date": day_text(date)}))
    return [conflict for person_id in people for conflict in found[person_id]]


def completed_programme(session: Session, programme_id: int, person_ids: Sequence[int], *,
                        except_session_id: int | None = None) -> dict[int, str | tuple[str, dt.date]]:
    """Who of these people completed the programme, and how: person id → the number of a valid certificate
    for it or, without one, the factory and first day of a held session of it they attended on every day
    (`except_session_id` not counted). The rule of the `already_completed` conflict, which the group planner
    applies too."""
    people = list(person_ids)
    done: dict[int, str | tuple[str, dt.date]] = {}
    if not people:
        return done
    certificates = (
        select(Enrolment.person_id, Certificate.number)
        .join(Certificate, Certificate.enrolment_id == Enrolment.id)
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .where(Enrolment.person_id.in_(people), Certificate.status == CertificateStatus.ISSUED.value,
               TrainingSession.programme_id == programme_id)
        .order_by(Enrolment.person_id, Certificate.issued_at, Certificate.id)
    )
    for person_id, number in session.execute(certificates):
        done.setdefault(person_id, number)
    day, mark = aliased(SessionDay), aliased(AttendanceMark)
    missed_a_day = (
        select(day.id).where(day.session_id == TrainingSession.id, ~exists(
            select(mark.id).join(AttendanceStatus, AttendanceStatus.code == mark.status_code)
            .where(mark.enrolment_id == Enrolment.id, mark.day_no == day.day_no,
                   AttendanceStatus.counts_as_present.is_(True))
            .correlate_except(mark, AttendanceStatus)))
        .correlate_except(day)
    )
    first_day = select(func.min(SessionDay.date)).where(SessionDay.session_id == TrainingSession.id).scalar_subquery()
    attended = (
        select(Enrolment.person_id, Factory.name, first_day.label("first_day"))
        .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
        .join(Factory, Factory.id == TrainingSession.factory_id)
        .where(Enrolment.person_id.in_([p for p in people if p not in done]),
               TrainingSession.programme_id == programme_id, TrainingSession.status.in_(_DONE),
               exists(select(SessionDay.id).where(SessionDay.session_id == TrainingSession.id)),
               ~exists(missed_a_day))
        .order_by(Enrolment.person_id, first_day)
    )
    if except_session_id is not None:
        attended = attended.where(Enrolment.session_id != except_session_id)
    if len(done) < len(people):
        for person_id, factory, date in session.execute(attended):
            done.setdefault(person_id, (factory, date))
    return done


def enrolment_conflicts(db: Database, session_id: int, person_ids: Iterable[int]) -> list[Conflict]:
    """The conflicts enrolling these people in the session would have (people already in it have none: they
    are left as they are), for the GUI to show before it enrols. Unknown and erased people are left out."""
    wanted = list(dict.fromkeys(person_ids))
    with db.read() as session:
        training = session.get(TrainingSession, session_id)
        if training is None:
            raise EnrolmentError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."),
                                 id=session_id)
        active = set(session.scalars(select(Enrolment.person_id).where(
            Enrolment.session_id == session_id, Enrolment.person_id.in_(wanted), Enrolment.status.in_(_ACTIVE))))
        names = {pid: full_name(surname, first, patronymic) for pid, surname, first, patronymic in session.execute(
            select(Person.id, Person.surname, Person.first_name, Person.patronymic)
            .where(Person.id.in_(wanted), Person.anonymised_at.is_(None)))}
        return _person_conflicts(session, training, {p: names[p] for p in wanted if p in names and p not in active})


# --- the waiting list ------------------------------------------------------------------------------------------

def _close_up(session: Session, session_id: int) -> None:
    """Number the waiting list 1, 2, 3… in its order, without gaps.

    Row by row in ascending order: the unique (session, position) is checked on every row, and the place a
    row moves to is always already free. The flush after each row keeps the ORM from reordering the updates.
    """
    waiting = session.execute(
        select(Enrolment).where(Enrolment.session_id == session_id,
                                Enrolment.status == EnrolmentStatus.WAITLISTED.value)
        .order_by(Enrolment.waitlist_position)
    ).scalars().all()
    for position, enrolment in enumerate(waiting, start=1):
        if enrolment.waitlist_position != position:
            enrolment.waitlist_position = position
            session.flush()


def _promote(session: Session, training: TrainingSession, places: int | None = None) -> list[Promotion]:
    """Give free places to the first people waiting, at most `places` of them (None: every free place), and
    close up the waiting list behind them. The caller holds the session's lock."""
    free = training.max_group - _enrolled_count(session, training.id)
    count = free if places is None else min(places, free)
    if count <= 0:
        return []
    first = session.execute(
        select(Enrolment).where(Enrolment.session_id == training.id,
                                Enrolment.status == EnrolmentStatus.WAITLISTED.value)
        .order_by(Enrolment.waitlist_position).limit(count)
    ).scalars().all()
    if not first:
        return []
    for enrolment in first:
        enrolment.status, enrolment.waitlist_position = EnrolmentStatus.ENROLLED.value, None
    session.flush()
    _close_up(session, training.id)
    names = {pid: full_name(surname, first_name, patronymic) for pid, surname, first_name, patronymic
             in session.execute(select(Person.id, Person.surname, Person.first_name, Person.patronymic)
                                .where(Person.id.in_([e.person_id for e in first])))}
    return [Promotion(e.id, e.person_id, names.get(e.person_id, "")) for e in first]


def _release(session: Session, training: TrainingSession, enrolment: Enrolment, status: str,
             reason: str) -> Promotion | None:
    """Take the enrolment out of the session (cancelled, moved or replaced, with its reason); a place it held
    goes to the first person waiting, and the waiting list closes up behind whoever left it."""
    held_place = enrolment.status == EnrolmentStatus.ENROLLED.value
    enrolment.status, enrolment.waitlist_position, enrolment.status_reason = status, None, reason
    session.flush()
    promoted = _promote(session, training, 1) if held_place else []
    if not promoted:
        _close_up(session, training.id)
    return promoted[0] if promoted else None


def _audit_promotions(session: Session, session_id: int, promoted: Sequence[Promotion], user_name: str) -> None:
    if promoted:
        session.add(AuditEntry(
            action="waitlist_promoted", entity="training_session", entity_id=session_id, user_name=user_name,
            details={"promoted": [p.person_id for p in promoted],
                     "enrolments": [p.enrolment_id for p in promoted]}))


def promote_waitlist(db: Database, session_id: int, *, user_name: str = "") -> list[Promotion]:
    """Fill the session's free places (maximum minus enrolled) from its waiting list, in order; the rest of
    the list closes up. Nothing to do is not an error: the list comes back empty."""
    with db.write() as session:
        training = _locked_session(session, session_id)
        promoted = _promote(session, training)
        _audit_promotions(session, session_id, promoted, user_name)
    return promoted


# --- enrolling -----------------------------------------------------------------------------------------------

def enrol(db: Database, session_id: int, person_ids: Iterable[int], *, source: str = EnrolmentSource.MANUAL.value,
          user_name: str = "", remove_from_pool: bool = True, override_reason: str = "",
          on_conflict: str = "raise") -> EnrolResult:
    """Enrol people in a session, in the order given, as one unit of work.

    Places are filled up to the session's maximum — first by the people already waiting, if places were
    free — and the others join the end of the waiting list. People already enrolled or waiting are left as
    they are. Someone whose earlier enrolment here was cancelled (or moved, or replaced) gets that enrolment
    back, as the session holds one per person. With `remove_from_pool`, everyone enrolled or put on the
    waiting list leaves the general pool and the pool of the session's programme.

    Unknown and erased people are refused, the others enrolled. People with conflicts (another session the
    same day, the programme already completed): with `override_reason` they are enrolled and the audit log
    keeps the conflicts and the reason; without it, `on_conflict="raise"` raises `ConflictsFound` and writes
    nothing, `on_conflict="refuse"` refuses them one by one and enrols the others.
    """
    with db.write() as session:
        return enrol_within(session, session_id, person_ids, source=source, user_name=user_name,
                            remove_from_pool=remove_from_pool, override_reason=override_reason,
                            on_conflict=on_conflict)


def enrol_within(session: Session, session_id: int, person_ids: Iterable[int], *,
                 source: str = EnrolmentSource.MANUAL.value, user_name: str = "",
                 remove_from_pool: bool = True, override_reason: str = "",
                 on_conflict: str = "raise") -> EnrolResult:
    """`enrol` inside the caller's unit of work (an import enrols the people it has just written)."""
    if on_conflict not in ON_CONFLICT:
        raise ValueError(f"on_conflict must be one of {ON_CONFLICT}, not {on_conflict!r}")
    source = EnrolmentSource(source).value
    wanted = list(dict.fromkeys(person_ids))
    training = _locked_session(session, session_id)
    if not wanted:
        return EnrolResult((), (), ())
    names, refused = _lock_people(session, sorted(wanted))
    refused.sort(key=lambda refusal: wanted.index(refusal.person_id))
    existing = {e.person_id: e for e in session.execute(
        select(Enrolment).where(Enrolment.session_id == session_id, Enrolment.person_id.in_(list(names)))).scalars()}
    already = [p for p in wanted if p in existing and existing[p].status in _ACTIVE]
    newcomers = {p: names[p] for p in wanted if p in names and p not in already}
    conflicts = _person_conflicts(session, training, newcomers)
    reason = normalize_spaces(override_reason)
    if conflicts and not reason:
        if on_conflict == "raise":
            raise ConflictsFound(conflicts)
        first: dict[int, Conflict] = {}
        for conflict in conflicts:
            first.setdefault(conflict.details["person_id"], conflict)
        refused += (Refusal(p, first[p].as_error()) for p in first)
        refused.sort(key=lambda refusal: wanted.index(refusal.person_id))
        conflicts = []
    refused_ids = {refusal.person_id for refusal in refused}
    placing = [p for p in newcomers if p not in refused_ids]
    promoted = _promote(session, training) if placing else []
    free = max(0, training.max_group - _enrolled_count(session, session_id))
    last = _last_position(session, session_id)
    enrolled: list[int] = []
    waitlisted: list[tuple[int, int]] = []
    for person_id in placing:
        enrolment = existing.get(person_id)
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
    removed = 0
    if remove_from_pool and placing:
        removed = session.execute(delete(PoolEntry).where(
            PoolEntry.person_id.in_(placing),
            or_(PoolEntry.programme_id.is_(None), PoolEntry.programme_id == training.programme_id),
        )).rowcount  # type: ignore[attr-defined]
    _audit_promotions(session, session_id, promoted, user_name)
    if placing:
        session.add(AuditEntry(
            action="people_enrolled", entity="training_session", entity_id=session_id, user_name=user_name,
            details={"source": source, "enrolled": enrolled, "waitlisted": [list(w) for w in waitlisted],
                     "already": already, "refused": [r.person_id for r in refused],
                     "pool_entries_removed": removed}))
        if entry := audit_override(conflicts, reason, entity="training_session", entity_id=session_id,
                                   user_name=user_name):
            session.add(entry)
    return EnrolResult(tuple(enrolled), tuple(waitlisted), tuple(already), removed, tuple(refused), tuple(promoted))


def _place_for(session: Session, training: TrainingSession) -> tuple[str, int | None]:
    """The status and waitlist position of one more person: a free place, or the end of the waiting list
    (after the people waiting took the free places first)."""
    _promote(session, training)
    if _enrolled_count(session, training.id) < training.max_group:
        return EnrolmentStatus.ENROLLED.value, None
    return EnrolmentStatus.WAITLISTED.value, _last_position(session, training.id) + 1


def _already_there(session: Session, training: TrainingSession, name: str) -> EnrolmentError:
    return EnrolmentError(QT_TRANSLATE_NOOP(
        "Errors", "{person} is already enrolled or waiting in the session «{programme}» of {date}."),
        person=name, **session_label(session, training))


def _one_person(session: Session, person_id: int) -> str:
    """The person's name, their row locked; refused when unknown or erased."""
    names, refused = _lock_people(session, [person_id])
    if refused:
        raise refused[0].error
    return names[person_id]


# --- cancelling, moving, replacing ---------------------------------------------------------------------------

def _reason_to_cancel(reason: str) -> str:
    reason = normalize_spaces(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the enrolment is cancelled."), field="reason")
    return reason


def _cancel(session: Session, training: TrainingSession, enrolment: Enrolment, reason: str,
            user_name: str) -> Promotion | None:
    if enrolment.status not in _ACTIVE:
        raise EnrolmentError(QT_TRANSLATE_NOOP(
            "Errors", "This enrolment is no longer active (it was cancelled, moved or replaced): there is "
                      "nothing to cancel."))
    was = enrolment.status
    promotion = _release(session, training, enrolment, EnrolmentStatus.CANCELLED.value, reason)
    session.add(AuditEntry(
        action="enrolment_cancelled", entity="enrolment", entity_id=enrolment.id, user_name=user_name,
        reason=reason,
        details={"session_id": training.id, "person_id": enrolment.person_id, "was": was,
                 "promoted_person_id": promotion.person_id if promotion else None,
                 "promoted_enrolment_id": promotion.enrolment_id if promotion else None}))
    return promotion


def cancel_enrolment(db: Database, enrolment_id: int, *, reason: str, user_name: str = "") -> Promotion | None:
    """Cancel an enrolment with its reason. A freed place goes to the first person on the waiting list; the
    waiting list closes up behind whoever left it. Returns the person promoted, if anyone was."""
    reason = _reason_to_cancel(reason)
    with db.write() as session:
        training = _locked_session(session, _enrolment_session(session, enrolment_id), cancelling=True)
        return _cancel(session, training, _fresh_enrolment(session, enrolment_id), reason, user_name)


def withdraw(db: Database, session_id: int, person_id: int, *, reason: str, user_name: str = "") -> Promotion | None:
    """`cancel_enrolment` for the person's place (or waiting-list position) in the session, found by the two
    numbers a script knows; a sentence when the person holds neither."""
    reason = _reason_to_cancel(reason)
    with db.write() as session:
        training = _locked_session(session, session_id, cancelling=True)
        enrolment = session.execute(
            select(Enrolment).where(Enrolment.session_id == session_id, Enrolment.person_id == person_id,
                                    Enrolment.status.in_(_ACTIVE))
            .execution_options(populate_existing=True)).scalar_one_or_none()
        if enrolment is None:
            person = session.get(Person, person_id)
            if person is None:
                raise _unknown_person(person_id)
            raise EnrolmentError(QT_TRANSLATE_NOOP(
                "Errors", "{person} is neither enrolled nor waiting in the session «{programme}» of {date}."),
                person=person.full_name, **session_label(session, training))
        return _cancel(session, training, enrolment, reason, user_name)


def move_enrolment(db: Database, enrolment_id: int, to_session_id: int, *, reason: str, override_reason: str = "",
                   user_name: str = "") -> MoveResult:
    """Move a person to another session in one unit of work: the old enrolment becomes 'moved' (its place
    goes to the first person waiting there), and in the new session the person gets a place or the end of
    its waiting list. The person's conflicts in the new session apply (the old session's day no longer
    counts): without `override_reason` they raise `ConflictsFound`."""
    reason = normalize_spaces(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the person moves to another session."),
                              field="reason")
    with db.write() as session:
        from_session_id = _enrolment_session(session, enrolment_id)
        if from_session_id == to_session_id:
            raise EnrolmentError(QT_TRANSLATE_NOOP(
                "Errors", "The person is already in this session: choose another session to move them to."))
        locked = {sid: locked_session(session, sid) for sid in sorted((from_session_id, to_session_id))}
        source = _require_accepting(session, locked[from_session_id], cancelling=True)
        target = _require_accepting(session, locked[to_session_id])
        old = _fresh_enrolment(session, enrolment_id)
        if old.status not in _ACTIVE:
            raise EnrolmentError(QT_TRANSLATE_NOOP(
                "Errors", "This enrolment is no longer active (it was cancelled, moved or replaced): there is "
                          "nothing to move."))
        person_id = old.person_id
        name = _one_person(session, person_id)
        new = session.execute(select(Enrolment).where(Enrolment.session_id == to_session_id,
                                                      Enrolment.person_id == person_id)).scalar_one_or_none()
        if new is not None and new.status in _ACTIVE:
            raise _already_there(session, target, name)
        conflicts = _person_conflicts(session, target, {person_id: name}, leaving_session_id=from_session_id)
        override = require_override(conflicts, override_reason)
        was = old.status
        promotion = _release(session, source, old, EnrolmentStatus.MOVED.value, reason)
        status, position = _place_for(session, target)
        if new is None:
            new = Enrolment(session_id=to_session_id, person_id=person_id)
            session.add(new)
        new.source, new.replaces_id, new.status_reason = EnrolmentSource.MOVE.value, old.id, None
        new.status, new.waitlist_position = status, position
        session.flush()
        session.add(AuditEntry(
            action="enrolment_moved", entity="enrolment", entity_id=enrolment_id, user_name=user_name,
            reason=reason,
            details={"person_id": person_id, "from_session_id": from_session_id, "to_session_id": to_session_id,
                     "was": was, "new_enrolment_id": new.id, "status": new.status,
                     "waitlist_position": new.waitlist_position,
                     "promoted_person_id": promotion.person_id if promotion else None}))
        if entry := audit_override(conflicts, override, entity="enrolment", entity_id=new.id, user_name=user_name):
            session.add(entry)
        return MoveResult(new.id, new.status, new.waitlist_position, promotion)


def replace_enrolment(db: Database, enrolment_id: int, person_id: int, *, reason: str, override_reason: str = "",
                      user_name: str = "") -> int:
    """A colleague takes exactly the place of the person enrolled (a common change on the day): a place stays
    a place, a waiting-list position stays the same position. The old enrolment becomes 'replaced'. Returns
    the colleague's enrolment id. The colleague's conflicts apply: without `override_reason` they raise
    `ConflictsFound`."""
    with db.write() as session:
        return replace_within(session, enrolment_id, person_id, reason=reason, override_reason=override_reason,
                              user_name=user_name)


def replace_within(session: Session, enrolment_id: int, person_id: int, *, reason: str, override_reason: str = "",
                   user_name: str = "", on_the_day: bool = False) -> int:
    """`replace_enrolment` inside the caller's unit of work. `on_the_day`: the trainer's replacement in the
    training room, which the caller has checked against the day's own rules (a session held and reopened
    still takes it); otherwise the session must still take people in."""
    reason = normalize_spaces(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the person is replaced."), field="reason")
    session_id = _enrolment_session(session, enrolment_id)
    training = locked_session(session, session_id) if on_the_day else _locked_session(session, session_id)
    old = _fresh_enrolment(session, enrolment_id)
    if old.status not in _ACTIVE:
        raise EnrolmentError(QT_TRANSLATE_NOOP(
            "Errors", "This enrolment is no longer active (it was cancelled, moved or replaced): there is "
                      "nobody to replace."))
    name = _one_person(session, person_id)
    new = session.execute(select(Enrolment).where(Enrolment.session_id == session_id,
                                                  Enrolment.person_id == person_id)).scalar_one_or_none()
    if new is not None and new.status in _ACTIVE:
        raise _already_there(session, training, name)
    conflicts = _person_conflicts(session, training, {person_id: name})
    override = require_override(conflicts, override_reason)
    status, position = old.status, old.waitlist_position
    old.status, old.waitlist_position, old.status_reason = EnrolmentStatus.REPLACED.value, None, reason
    session.flush()  # the position is free before the colleague takes it
    if new is None:
        new = Enrolment(session_id=session_id, person_id=person_id)
        session.add(new)
    new.source, new.replaces_id, new.status_reason = EnrolmentSource.REPLACEMENT.value, old.id, None
    new.status, new.waitlist_position = status, position
    session.flush()
    removed = session.execute(delete(PoolEntry).where(
        PoolEntry.person_id == person_id,
        or_(PoolEntry.programme_id.is_(None), PoolEntry.programme_id == training.programme_id),
    )).rowcount  # type: ignore[attr-defined]
    session.add(AuditEntry(
        action="enrolment_replaced", entity="enrolment", entity_id=enrolment_id, user_name=user_name,
        reason=reason,
        details={"session_id": session_id, "person_id": old.person_id, "replaced_by_person_id": person_id,
                 "new_enrolment_id": new.id, "status": status, "waitlist_position": position,
                 "pool_entries_removed": removed}))
    if entry := audit_override(conflicts, override, entity="enrolment", entity_id=new.id, user_name=user_name):
        session.add(entry)
    return new.id


# --- the roster ----------------------------------------------------------------------------------------------

def session_roster(db: Database, session_id: int) -> list[RosterRow]:
    """Who is in the session: the enrolled alphabetically, then the waiting list in its order."""
    waiting = case((Enrolment.status == EnrolmentStatus.WAITLISTED.value, 1), else_=0)
    statement = (
        select(Enrolment.id, Person.id, Person.surname, Person.first_name, Person.patronymic,
               organisation_name(), Person.position, Enrolment.status, Enrolment.waitlist_position)
        .join(Person, Enrolment.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Enrolment.session_id == session_id, Enrolment.status.in_(_ACTIVE))
        .order_by(waiting, Enrolment.waitlist_position, Person.sort_key, Person.id)
    )
    with db.read() as session:
        return [
            RosterRow(eid, pid, full_name(surname, first, patronymic), organisation or "", position, status,
                      waitlist_position)
            for eid, pid, surname, first, patronymic, organisation, position, status, waitlist_position
            in session.execute(statement)
        ]


# --- the waiting pool ----------------------------------------------------------------------------------------

def pool_people(db: Database, *, programme_id: int | None = None, organisation_id: int | None = None,
                limit: int = 500) -> list[PoolRow]:
    """People sent for training and not yet in a group, alphabetically; erased people are left out.

    With `programme_id`, those waiting for that programme or for any programme, once each (by the
    programme's entry when they have both); with `organisation_id`, that organisation's people only.
    """
    statement = (
        select(Person.id, Person.surname, Person.first_name, Person.patronymic, organisation_name(),
               Person.position, Person.department, func.coalesce(Programme.name, ""), PoolEntry.created_at)
        .join(Person, Person.id == PoolEntry.person_id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .outerjoin(Programme, Programme.id == PoolEntry.programme_id)
        .where(Person.anonymised_at.is_(None))
        .order_by(Person.sort_key, Person.id, Programme.name)
        .limit(limit)
    )
    if organisation_id is not None:
        statement = statement.where(Person.organisation_id == organisation_id)
    if programme_id is not None:
        for_programme = aliased(PoolEntry)
        statement = statement.where(or_(
            PoolEntry.programme_id == programme_id,
            and_(PoolEntry.programme_id.is_(None),
                 ~exists().where(for_programme.person_id == PoolEntry.person_id,
                                 for_programme.programme_id == programme_id))))
    with db.read() as session:
        return [PoolRow(pid, full_name(surname, first, patronymic), organisation or "", position, department,
                        programme, added.date())
                for pid, surname, first, patronymic, organisation, position, department, programme, added
                in session.execute(statement)]
