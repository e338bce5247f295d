"""The training day's attendance: the day sheet, marks saved one by one the moment they are made, scanning a
badge, walk-ins and replacements on the spot, the completion rule, and closing and reopening a session.

Every writer locks the session (`locked_session`) and refuses a closed or cancelled one
(`require_day_open`) before it changes anything, so nothing is recorded after the day was closed unless a
coordinator reopened it. Each change of a mark writes an audit entry with what it was before and after: the
audit log answers "who changed what" after a reopen, and says who made each mark.

Who holds a place: the people enrolled in the session (including walk-ins and colleagues who replaced
someone); the waiting list and those withdrawn, moved or replaced have no marks to make.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from factory_desk.domain import clock
from factory_desk.domain.badges import badge_code, person_id_from_code
from factory_desk.domain.errors import FactoryDeskError, Label, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import ATTENDANCE_STATUS, SESSION_STATUS
from factory_desk.domain.models import (
    AppUser,
    AttendanceMark,
    AttendanceStatus,
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
)
from factory_desk.domain.models.base import utcnow
from factory_desk.domain.text import day_text, full_name, normalize_spaces
from factory_desk.services.organisations import organisation_name
from factory_desk.services.session_status import first_day, locked_session, require_day_open, session_label
from factory_desk.services.users import check_role, user_id_of
from factory_desk.store.database import Database

__all__ = [
    "AttendanceError", "Candidate", "CloseResult", "CompletionRule", "DaySession", "DaySheet", "DuplicatePerson",
    "Eligibility", "EligibilityReport", "MarkState", "ReplacementResult", "ScanResult", "SheetDay", "SheetRow",
    "WalkInResult", "check_rule", "close", "day_sheet", "eligibility", "mark",
    "mark_rest", "reopen", "replace_on_the_day", "scan",
    "sessions_around", "unmark", "walk_in", "walk_in_existing",
]

PRESENT = "present"
_ENROLLED = EnrolmentStatus.ENROLLED.value
# Audit actions that set or remove marks; each entry's details name the day ("day_no") and the people.
MARK_ACTIONS = ("attendance_marked", "attendance_unmarked", "attendance_rest_marked", "walk_in_marked",
                "replacement_marked")
# A session closed from one of these becomes "held"; a held or reported one keeps its status.
_BECOMES_HELD = (SessionStatus.PLANNED.value, SessionStatus.OPEN.value, SessionStatus.CONFIRMED.value)
_NAMED_AT_MOST = 10  # people named in one sentence


class AttendanceError(FactoryDeskError):
    """A mark, scan, walk-in, replacement, closing or reopening that cannot be done as asked."""



def _status(session: Session, code: str) -> AttendanceStatus:
    status = session.get(AttendanceStatus, code)
    if status is None or not status.is_active:
        raise AttendanceError(QT_TRANSLATE_NOOP("Errors", "There is no attendance status “{status}”."), status=code)
    return status


def _status_word(status: AttendanceStatus) -> str:
    """A status as a detail of a sentence: a Label for a built-in one, so it is translated."""
    return Label(ATTENDANCE_STATUS[status.code]) if status.is_builtin and status.code in ATTENDANCE_STATUS \
        else status.name


# --- the day sheet ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MarkState:
    """A person's mark on one day, as it was before a change (what an undo puts back)."""

    person_id: int
    day_no: int
    status: str
    note: str = ""


@dataclass(frozen=True)
class SheetDay:
    day_no: int
    date: dt.date
    starts_at: dt.time
    ends_at: dt.time


@dataclass(frozen=True)
class SheetRow:
    person_id: int
    enrolment_id: int
    full_name: str
    organisation: str  # "" when the person has none
    position: str
    badge_code: str  # the person's own code, else the one printed on badges and sign-in sheets
    source: str  # how the person got the place: manual, import, walk_in, replacement…
    status: str | None  # the mark of the day; None: not marked yet
    note: str = ""
    marked_at: dt.datetime | None = None  # UTC
    marked_by: str = ""


@dataclass(frozen=True)
class DaySheet:
    session_id: int
    programme: str
    factory: str
    session_status: str
    day_no: int
    days: tuple[SheetDay, ...]
    max_group: int
    closed_at: dt.datetime | None  # UTC; None while the session is open for marks
    closed_by: str
    rows: tuple[SheetRow, ...]

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def cancelled(self) -> bool:
        return self.session_status == SessionStatus.CANCELLED.value

    @property
    def date(self) -> dt.date | None:
        return next((d.date for d in self.days if d.day_no == self.day_no), None)

    def counts(self) -> dict[str | None, int]:
        """How many people have each status that day (None: not marked)."""
        found: dict[str | None, int] = {}
        for row in self.rows:
            found[row.status] = found.get(row.status, 0) + 1
        return found


def _training(session: Session, session_id: int) -> TrainingSession:
    training = session.get(TrainingSession, session_id)
    if training is None:
        raise AttendanceError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."), id=session_id)
    return training


def _days(session: Session, session_id: int) -> tuple[SheetDay, ...]:
    return tuple(SheetDay(d.day_no, d.date, d.starts_at, d.ends_at) for d in session.scalars(
        select(SessionDay).where(SessionDay.session_id == session_id).order_by(SessionDay.day_no)))


def _check_day(session: Session, training: TrainingSession, day_no: int) -> tuple[SheetDay, ...]:
    days = _days(session, training.id)
    if day_no not in {d.day_no for d in days}:
        raise AttendanceError(QT_TRANSLATE_NOOP(
            "Errors", "The session «{programme}» of {date} has no day {day}: it has {days}."),
            day=day_no, days=len(days), **session_label(session, training))
    return days


def _who_marked(session: Session, session_id: int) -> dict[tuple[int, int], str]:
    """(person id, day) → who made the mark last, from the audit log."""
    who: dict[tuple[int, int], str] = {}
    for user_name, details in session.execute(
            select(AuditEntry.user_name, AuditEntry.details)
            .where(AuditEntry.entity == "training_session", AuditEntry.entity_id == session_id,
                   AuditEntry.action.in_(MARK_ACTIONS)).order_by(AuditEntry.id)):
        day = details.get("day_no", 1)
        for person_id in details.get("people", ()):
            who[(person_id, day)] = user_name
    return who


def _closed_by(session: Session, training: TrainingSession) -> str:
    """Who closed the session: the audit log's name, else the account's (or "" when neither says)."""
    if training.closed_at is None:
        return ""
    found = session.scalar(select(AuditEntry.user_name).where(
        AuditEntry.entity == "training_session", AuditEntry.entity_id == training.id,
        AuditEntry.action == "session_closed").order_by(AuditEntry.id.desc()).limit(1))
    if not found and training.closed_by_id is not None and (user := session.get(AppUser, training.closed_by_id)):
        found = user.display_name or user.login
    return found or ""


def _holders(session: Session, session_id: int, day_no: int) -> list[tuple[Any, ...]]:
    """Everyone holding a place, in name order, with their mark of the day (outer-joined)."""
    return list(session.execute(
        select(Enrolment.person_id, Enrolment.id, Person.surname, Person.first_name, Person.patronymic,
               organisation_name(), Person.position, Person.badge_code, Enrolment.source, AttendanceMark.status_code,
               AttendanceMark.note, AttendanceMark.marked_at)
        .join(Person, Person.id == Enrolment.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(AttendanceMark, and_(AttendanceMark.enrolment_id == Enrolment.id, AttendanceMark.day_no == day_no))
        .where(Enrolment.session_id == session_id, Enrolment.status == _ENROLLED)
        .order_by(Person.sort_key, Person.id)))


def day_sheet(db: Database, session_id: int, day_no: int = 1) -> DaySheet:
    """What the attendance screen shows for one day of a session."""
    with db.read() as session:
        training = _training(session, session_id)
        days = _days(session, session_id)
        programme = session.scalar(select(Programme.name).where(Programme.id == training.programme_id)) or ""
        factory = session.scalar(select(Factory.name).where(Factory.id == training.factory_id)) or ""
        who = _who_marked(session, session_id)
        rows = tuple(
            SheetRow(pid, eid, full_name(surname, first, patronymic), organisation or "", position or "",
                     own_code or badge_code(pid), source, status, note or "", at,
                     who.get((pid, day_no), "") if status else "")
            for pid, eid, surname, first, patronymic, organisation, position, own_code, source, status, note, at
            in _holders(session, session_id, day_no))
        return DaySheet(session_id, programme, factory, training.status, day_no, days, training.max_group,
                        training.closed_at, _closed_by(session, training), rows)


# --- marking ---------------------------------------------------------------------------------------------------

def _open_day(session: Session, session_id: int) -> TrainingSession:
    """The session, locked, unless it is closed or cancelled."""
    training = locked_session(session, session_id)
    return require_day_open(session, training)


def _person_name(session: Session, person_id: int) -> str:
    person = session.get(Person, person_id)
    if person is None:
        raise AttendanceError(QT_TRANSLATE_NOOP("Errors", "There is no person with the number {id} in the register."),
                              id=person_id)
    return person.full_name


def _not_in_session(session: Session, training: TrainingSession, person_id: int) -> AttendanceError:
    return AttendanceError(QT_TRANSLATE_NOOP(
        "Errors", "{person} has no place in the session «{programme}» of {date}: nobody was marked."),
        person=_person_name(session, person_id), person_id=person_id, **session_label(session, training))


def _holding(session: Session, training: TrainingSession, person_id: int) -> Enrolment:
    """The person's place in the session; a sentence naming them when they hold none."""
    enrolment = session.scalar(select(Enrolment).where(
        Enrolment.session_id == training.id, Enrolment.person_id == person_id, Enrolment.status == _ENROLLED))
    if enrolment is None:
        raise _not_in_session(session, training, person_id)
    return enrolment


def _mark_of(session: Session, enrolment_id: int, day_no: int) -> AttendanceMark | None:
    return session.scalar(select(AttendanceMark).where(AttendanceMark.enrolment_id == enrolment_id,
                                                       AttendanceMark.day_no == day_no))


def _state(person_id: int, mark: AttendanceMark | None) -> MarkState | None:
    return None if mark is None else MarkState(person_id, mark.day_no, mark.status_code, mark.note)


def _plain(state: MarkState | None) -> dict[str, str] | None:
    return None if state is None else {"status": state.status, "note": state.note}


def _set_mark(session: Session, enrolment: Enrolment, day_no: int, status: AttendanceStatus, note: str,
              user_name: str) -> MarkState | None:
    """Insert or change the mark; the previous one, if there was one."""
    mark = _mark_of(session, enrolment.id, day_no)
    previous = _state(enrolment.person_id, mark)
    if mark is None:
        mark = AttendanceMark(enrolment_id=enrolment.id, day_no=day_no)
        session.add(mark)
    mark.status_code, mark.note, mark.marked_at = status.code, note, utcnow()
    mark.marked_by_id = user_id_of(session, user_name)
    session.flush()
    return previous


def _audit_marks(session: Session, action: str, training: TrainingSession, day_no: int, people: Sequence[int],
                 user_name: str, **details: Any) -> None:
    session.add(AuditEntry(action=action, entity="training_session", entity_id=training.id, user_name=user_name,
                           details={"day_no": day_no, "people": list(people), **details}))


def mark(db: Database, session_id: int, person_id: int, status: str, *, day_no: int = 1, note: str = "",
         user_name: str = "") -> MarkState | None:
    """Mark a person on one day of the session, saved at once. Returns the mark it replaced (None when there
    was none), so the screen can undo: `mark` it back, or `unmark` a first mark."""
    note = normalize_spaces(note)
    with db.write() as session:
        training = _open_day(session, session_id)
        _check_day(session, training, day_no)
        chosen = _status(session, status)
        if chosen.needs_note and not note:
            raise AttendanceError(QT_TRANSLATE_NOOP(
                "Errors", "“{status}” needs a note: say why, for example which document was shown."),
                status=_status_word(chosen))
        enrolment = _holding(session, training, person_id)
        previous = _set_mark(session, enrolment, day_no, chosen, note, user_name)
        after = MarkState(person_id, day_no, chosen.code, note)
        if previous != after:
            _audit_marks(session, "attendance_marked", training, day_no, [person_id], user_name,
                         before=_plain(previous), after=_plain(after))
        return previous


def unmark(db: Database, session_id: int, person_ids: int | Iterable[int], *, day_no: int = 1,
           user_name: str = "") -> int:
    """Remove the marks of these people on one day (the undo of a first mark, or of "mark the rest"). People
    without a mark are passed over. Returns how many marks were removed."""
    wanted = [person_ids] if isinstance(person_ids, int) else list(dict.fromkeys(person_ids))
    with db.write() as session:
        training = _open_day(session, session_id)
        _check_day(session, training, day_no)
        removed: list[dict[str, Any]] = []
        for person_id in wanted:
            enrolment = _holding(session, training, person_id)
            if (found := _mark_of(session, enrolment.id, day_no)) is not None:
                removed.append({"person_id": person_id, "status": found.status_code, "note": found.note})
                session.delete(found)
        if removed:
            session.flush()
            _audit_marks(session, "attendance_unmarked", training, day_no, [r["person_id"] for r in removed],
                         user_name, before=removed)
        return len(removed)


def mark_rest(db: Database, session_id: int, status: str = PRESENT, *, day_no: int = 1,
              user_name: str = "") -> tuple[int, ...]:
    """Mark everyone without a mark that day (never changes a mark already made); the people it marked, in name
    order, so that an undo removes exactly those."""
    with db.write() as session:
        training = _open_day(session, session_id)
        _check_day(session, training, day_no)
        chosen = _status(session, status)
        if chosen.needs_note:
            raise AttendanceError(QT_TRANSLATE_NOOP(
                "Errors", "“{status}” needs a note for each person: it cannot be given to everyone at once."),
                status=_status_word(chosen))
        marked_by = user_id_of(session, user_name)
        now = utcnow()
        marked: list[int] = []
        for person_id, enrolment_id, *_rest, status_code, _note, _at in _holders(session, session_id, day_no):
            if status_code is None:
                session.add(AttendanceMark(enrolment_id=enrolment_id, day_no=day_no, status_code=chosen.code,
                                           marked_at=now, marked_by_id=marked_by))
                marked.append(person_id)
        if marked:
            session.flush()
            _audit_marks(session, "attendance_rest_marked", training, day_no, marked, user_name, status=chosen.code)
        return tuple(marked)


# --- scanning ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ScanResult:
    person_id: int
    full_name: str
    status: str  # the person's mark now
    previous: MarkState | None  # what an undo puts back
    changed: bool  # False when the person was already marked present or late: the mark was kept


def _scanned_person(session: Session, text: str) -> Person | None:
    code = text.strip()
    if not code:
        return None
    person = session.scalar(select(Person).where(Person.badge_code == code))
    if person is None and (person_id := person_id_from_code(code)) is not None:
        person = session.get(Person, person_id)
    return person if person is not None and person.anonymised_at is None else None


def scan(db: Database, session_id: int, text: str, *, day_no: int = 1, user_name: str = "") -> ScanResult:
    """A code typed by a scanner (or by hand): the person's own badge code as typed, else the code printed on
    badges and sign-in sheets. The person is marked present; a present or late mark is kept as it is. An
    unknown code, or a person without a place in this session, is refused with a sentence: nothing is marked."""
    with db.write() as session:
        training = _open_day(session, session_id)
        _check_day(session, training, day_no)
        person = _scanned_person(session, text)
        if person is None:
            raise AttendanceError(QT_TRANSLATE_NOOP(
                "Errors", "The code {code} belongs to nobody in the register: nobody was marked."),
                code=text.strip())
        enrolment = session.scalar(select(Enrolment).where(
            Enrolment.session_id == session_id, Enrolment.person_id == person.id, Enrolment.status == _ENROLLED))
        if enrolment is None:
            raise AttendanceError(QT_TRANSLATE_NOOP(
                "Errors", "{person} is not in the session «{programme}» of {date}: nobody was marked."),
                person=person.full_name, person_id=person.id, **session_label(session, training))
        existing = _mark_of(session, enrolment.id, day_no)
        if existing is not None and existing.status_code in (PRESENT, "late"):
            return ScanResult(person.id, person.full_name, existing.status_code, _state(person.id, existing), False)
        present = _status(session, PRESENT)
        previous = _set_mark(session, enrolment, day_no, present, "", user_name)
        _audit_marks(session, "attendance_marked", training, day_no, [person.id], user_name, scanned=True,
                     before=_plain(previous), after={"status": PRESENT, "note": ""})
        return ScanResult(person.id, person.full_name, PRESENT, previous, True)


# --- walk-ins and replacements ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class WalkInResult:
    person_id: int
    full_name: str
    enrolment_id: int
    created: bool  # a new person in the register
    over_maximum: bool  # the group is now above its maximum


@dataclass(frozen=True)
class Candidate:
    id: int
    full_name: str
    organisation: str
    position: str


class DuplicatePerson(AttendanceError):
    """The walk-in's name is already registered in the same organisation: `candidates` are offered instead."""

    def __init__(self, message: str, candidates: Sequence[Candidate], **details: object) -> None:
        self.candidates = tuple(candidates)
        super().__init__(message, **details)


def _place_walk_in(session: Session, training: TrainingSession, person: Person, day_no: int,
                   user_name: str, created: bool) -> WalkInResult:
    """A place for someone who is in the room, even over the maximum, and the mark present."""
    enrolled = session.scalar(select(func.count()).select_from(Enrolment).where(
        Enrolment.session_id == training.id, Enrolment.status == _ENROLLED)) or 0
    enrolment = session.scalar(select(Enrolment).where(Enrolment.session_id == training.id,
                                                       Enrolment.person_id == person.id))
    over = False
    was = enrolment.status if enrolment is not None else None
    if enrolment is None or enrolment.status != _ENROLLED:
        over = enrolled >= training.max_group
        if enrolment is None:
            enrolment = Enrolment(session_id=training.id, person_id=person.id)
            session.add(enrolment)
        enrolment.status, enrolment.waitlist_position = _ENROLLED, None
        enrolment.source, enrolment.status_reason, enrolment.replaces_id = EnrolmentSource.WALK_IN.value, None, None
        session.flush()
        if was == EnrolmentStatus.WAITLISTED.value:
            _close_up_waiting(session, training.id)
        session.execute(delete(PoolEntry).where(PoolEntry.person_id == person.id, or_(
            PoolEntry.programme_id.is_(None), PoolEntry.programme_id == training.programme_id)))
        session.add(AuditEntry(
            action="walk_in_enrolled", entity="training_session", entity_id=training.id, user_name=user_name,
            reason="In the room on the day: given a place over the group's maximum" if over else None,
            details={"person_id": person.id, "enrolment_id": enrolment.id, "created_person": created, "was": was,
                     "enrolled_before": enrolled, "max_group": training.max_group, "over_maximum": over}))
    present = _status(session, PRESENT)
    previous = _set_mark(session, enrolment, day_no, present, "", user_name)
    _audit_marks(session, "walk_in_marked", training, day_no, [person.id], user_name, before=_plain(previous),
                 after={"status": PRESENT, "note": ""})
    return WalkInResult(person.id, person.full_name, enrolment.id, created, over)


def _close_up_waiting(session: Session, session_id: int) -> None:
    """Number the waiting list 1, 2, 3… again after someone left it (row by row: positions are unique)."""
    waiting = session.scalars(select(Enrolment).where(
        Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.WAITLISTED.value)
        .order_by(Enrolment.waitlist_position)).all()
    for position, enrolment in enumerate(waiting, start=1):
        if enrolment.waitlist_position != position:
            enrolment.waitlist_position = position
            session.flush()


def walk_in(db: Database, session_id: int, surname: str, first_name: str, patronymic: str = "",
            organisation_id: int | None = None, position: str = "", *, day_no: int = 1, user_name: str = "",
            same_name_ok: bool = False) -> WalkInResult:
    """Someone who came without being enrolled: registered with these few details (the rest is completed
    later), given a place even over the group's maximum (they are in the room; the audit entry says so) and
    marked present, in one unit of work.

    A person of the same name (ignoring case and ё/е) in the same organisation is not registered twice:
    `DuplicatePerson` offers them (`walk_in_existing`), unless `same_name_ok` says this is somebody else.
    """
    from factory_desk.services.person_details import PersonDetails, cleaned

    details = cleaned(PersonDetails(surname=surname, first_name=first_name, patronymic=patronymic,
                                    organisation_id=organisation_id, position=position))
    with db.write() as session:
        training = _open_day(session, session_id)
        _check_day(session, training, day_no)
        if organisation_id is not None and session.get(Organisation, organisation_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no organisation with the number {id} in the register."),
                field="organisation_id", id=organisation_id)
        if not same_name_ok:
            folded = Person.derived(details.surname, details.first_name, details.patronymic)["search_text"]
            same = session.execute(
                select(Person.id, Person.surname, Person.first_name, Person.patronymic, organisation_name(),
                       Person.position)
                .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                .where(Person.search_text == folded, Person.anonymised_at.is_(None),
                       Person.organisation_id.is_(None) if organisation_id is None
                       else Person.organisation_id == organisation_id)
                .order_by(Person.id)).all()
            if same:
                candidates = [Candidate(pid, full_name(sur, first, patr), org or "", pos or "")
                              for pid, sur, first, patr, org, pos in same]
                raise DuplicatePerson(QT_TRANSLATE_NOOP(
                    "Errors", "{person} is already in the register{organisation}. Choose the registered person, "
                              "or add a new one if this is somebody else."), candidates,
                    person=candidates[0].full_name,
                    organisation=", " + candidates[0].organisation if candidates[0].organisation else "")
        person = Person(surname=details.surname, first_name=details.first_name, patronymic=details.patronymic,
                        organisation_id=organisation_id, position=details.position)
        session.add(person)
        session.flush()
        session.add(AuditEntry(action="person_created", entity="person", entity_id=person.id, user_name=user_name,
                               details={"changed": ["first_name", "organisation_id", "patronymic", "position",
                                                    "surname"], "walk_in_session_id": session_id}))
        return _place_walk_in(session, training, person, day_no, user_name, created=True)


def walk_in_existing(db: Database, session_id: int, person_id: int, *, day_no: int = 1,
                     user_name: str = "") -> WalkInResult:
    """A registered person who came without a place: given one even over the maximum, and marked present.
    Someone on the waiting list leaves it for the place; someone already holding a place is just marked."""
    with db.write() as session:
        training = _open_day(session, session_id)
        _check_day(session, training, day_no)
        person = session.get(Person, person_id, with_for_update=True)
        if person is None or person.anonymised_at is not None:
            raise AttendanceError(QT_TRANSLATE_NOOP(
                "Errors", "There is no person with the number {id} in the register."), id=person_id)
        return _place_walk_in(session, training, person, day_no, user_name, created=False)


@dataclass(frozen=True)
class ReplacementResult:
    enrolment_id: int
    person_id: int
    full_name: str
    replaced_person_id: int


def replace_on_the_day(db: Database, session_id: int, absent_person_id: int, person_id: int, *, day_no: int = 1,
                       reason: str = "", override_reason: str = "", user_name: str = "") -> ReplacementResult:
    """A colleague takes the place of someone who did not come (`enrolment.replace_enrolment`, source
    replacement) and is marked present; the absentee keeps no mark of that day. The colleague's conflicts
    (another session that day, the programme already completed) raise `ConflictsFound` without
    `override_reason`.

    One unit of work: nobody is left half replaced."""
    from factory_desk.services.enrolment import replace_within

    reason = normalize_spaces(reason) or "Replaced by a colleague on the day of the training"
    with db.write() as session:
        training = _open_day(session, session_id)
        _check_day(session, training, day_no)
        absent = _holding(session, training, absent_person_id)
        if (found := _mark_of(session, absent.id, day_no)) is not None:
            status = _status(session, found.status_code) if found.status_code else None
            if status is not None and status.counts_as_present:
                raise AttendanceError(QT_TRANSLATE_NOOP(
                    "Errors", "{person} is marked “{status}” on this day: only someone who did not come can be "
                              "replaced."), person=_person_name(session, absent_person_id),
                    status=_status_word(status))
        absent_enrolment = absent.id
        new_enrolment = replace_within(session, absent_enrolment, person_id, reason=reason,
                                       override_reason=override_reason, user_name=user_name, on_the_day=True)
        removed = session.execute(delete(AttendanceMark).where(AttendanceMark.enrolment_id == absent_enrolment,
                                                               AttendanceMark.day_no == day_no)).rowcount  # type: ignore[attr-defined]
        enrolment = session.get(Enrolment, new_enrolment)
        assert enrolment is not None
        previous = _set_mark(session, enrolment, day_no, _status(session, PRESENT), "", user_name)
        _audit_marks(session, "replacement_marked", training, day_no, [person_id], user_name,
                     replaced_person_id=absent_person_id, absentee_marks_removed=removed, before=_plain(previous),
                     after={"status": PRESENT, "note": ""})
        return ReplacementResult(new_enrolment, person_id, _person_name(session, person_id), absent_person_id)


# --- the completion rule -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CompletionRule:
    """Who completes the programme: a mark in `statuses` on every day (`all_days`), or on at least `min_days`."""

    statuses: tuple[str, ...] = (PRESENT, "late")
    all_days: bool = True
    min_days: int = 1

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> CompletionRule:
        """The rule stored with a programme; what is missing or broken takes the default."""
        data = data or {}
        found = data.get("statuses")
        codes = tuple(str(c) for c in found) if isinstance(found, list | tuple) and found else cls.statuses
        min_days = data.get("min_days")
        return cls(codes, bool(data.get("all_days", min_days is None)),
                   min_days if isinstance(min_days, int) and min_days >= 1 else 1)

    def to_json(self) -> dict[str, Any]:
        rule: dict[str, Any] = {"statuses": list(self.statuses), "all_days": self.all_days}
        if not self.all_days:
            rule["min_days"] = self.min_days
        return rule

    def needed(self, days: int) -> int:
        """The days a person must attend in a session of `days` days."""
        return days if self.all_days else min(self.min_days, days)


def check_rule(rule: CompletionRule, known: Iterable[str], days: int) -> CompletionRule:
    """The rule as it is saved with a programme, or a `ValidationError`."""
    codes = tuple(dict.fromkeys(rule.statuses))
    known_codes = set(known)
    if not codes:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The completion rule needs at least one status that counts as attended."),
            field="completion_rule")
    if unknown := [c for c in codes if c not in known_codes]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no attendance status “{status}”."),
                              field="completion_rule", status=unknown[0])
    if not rule.all_days and not 1 <= rule.min_days <= days:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The completion rule asks for {min_days} days, but the programme lasts {days}."),
            field="completion_rule", min_days=rule.min_days, days=days)
    return CompletionRule(codes, rule.all_days, rule.min_days)


@dataclass(frozen=True)
class Eligibility:
    person_id: int
    full_name: str
    organisation: str
    marks: tuple[str | None, ...]  # the mark of each day, in day order (None: not marked)
    attended_days: int
    eligible: bool
    why_not: FactoryDeskError | None = None  # a sentence (i18n.error_text) when not eligible


@dataclass(frozen=True)
class EligibilityReport:
    session_id: int
    rule: CompletionRule
    days: tuple[SheetDay, ...]
    people: tuple[Eligibility, ...] = field(default_factory=tuple)

    @property
    def eligible(self) -> tuple[Eligibility, ...]:
        return tuple(p for p in self.people if p.eligible)

    @property
    def not_eligible(self) -> tuple[Eligibility, ...]:
        return tuple(p for p in self.people if not p.eligible)

    @property
    def unmarked(self) -> tuple[tuple[Eligibility, int], ...]:
        """(person, day number) of every missing mark."""
        return tuple((p, self.days[i].day_no) for p in self.people for i, m in enumerate(p.marks) if m is None)


def _why_not(rule: CompletionRule, days: tuple[SheetDay, ...], marks: Sequence[str | None],
             words: Mapping[str, str], attended: int) -> FactoryDeskError:
    if rule.all_days or len(days) == 1:
        for day, status in zip(days, marks, strict=True):
            if status is None:
                if len(days) == 1:
                    return AttendanceError(QT_TRANSLATE_NOOP("Errors", "Not marked."))
                return AttendanceError(QT_TRANSLATE_NOOP("Errors", "Not marked on day {day} ({date})."),
                                       day=day.day_no, date=day_text(day.date))
            if status not in rule.statuses:
                if len(days) == 1:
                    return AttendanceError(QT_TRANSLATE_NOOP("Errors", "Marked “{status}”."),
                                           status=words.get(status, status))
                return AttendanceError(QT_TRANSLATE_NOOP("Errors", "Marked “{status}” on day {day} ({date})."),
                                       status=words.get(status, status), day=day.day_no, date=day_text(day.date))
    return AttendanceError(QT_TRANSLATE_NOOP("Errors", "Attended {attended} of {days} days; {needed} are needed."),
                           attended=attended, days=len(days), needed=rule.needed(len(days)))


def _report(session: Session, training: TrainingSession) -> EligibilityReport:
    programme = session.get(Programme, training.programme_id)
    rule = CompletionRule.from_json(programme.completion_rule if programme else None)
    days = _days(session, training.id)
    words = {s.code: _status_word(s) for s in session.scalars(select(AttendanceStatus))}
    marks: dict[tuple[int, int], str] = {
        (enrolment_id, day): code for enrolment_id, day, code in session.execute(
            select(AttendanceMark.enrolment_id, AttendanceMark.day_no, AttendanceMark.status_code)
            .join(Enrolment, Enrolment.id == AttendanceMark.enrolment_id)
            .where(Enrolment.session_id == training.id))}
    people = []
    for pid, eid, surname, first, patronymic, organisation, *_rest in _holders(session, training.id, 1):
        day_marks = tuple(marks.get((eid, d.day_no)) for d in days)
        attended = sum(1 for m in day_marks if m in rule.statuses)
        eligible = bool(days) and attended >= rule.needed(len(days))
        people.append(Eligibility(pid, full_name(surname, first, patronymic), organisation or "", day_marks,
                                  attended, eligible, None if eligible else _why_not(rule, days, day_marks, words,
                                                                                     attended)))
    return EligibilityReport(training.id, rule, days, tuple(people))


def eligibility(db: Database, session_id: int) -> EligibilityReport:
    """Who of the people holding a place completes the programme by its completion rule, and why not."""
    with db.read() as session:
        return _report(session, _training(session, session_id))


# --- closing and reopening ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CloseResult:
    session_id: int
    status: str  # the session's status after closing (held, or the held/reported it had)
    report: EligibilityReport
    closed_at: dt.datetime


def close(db: Database, session_id: int, *, user_name: str = "", today: dt.date | None = None) -> CloseResult:
    """Close the session: its marks, rounds and scores are locked, and a session still planned, open or
    confirmed becomes held (from its first day on). Refused while anybody has no mark on any day, naming them."""
    today = today or clock.today()
    with db.write() as session:
        training = _open_day(session, session_id)
        report = _report(session, training)
        if missing := report.unmarked:
            names = sorted({p.full_name for p, _day in missing})
            shown = ", ".join(names[:_NAMED_AT_MOST]) + (" …" if len(names) > _NAMED_AT_MOST else "")
            raise AttendanceError(QT_TRANSLATE_NOOP(
                "Errors", "The session cannot be closed while people have no mark: {names}. Mark them, or mark "
                          "the rest present first."), names=shown, count=len(names))
        old = training.status
        if old in _BECOMES_HELD:
            if (first := first_day(session, session_id)) is None or first > today:
                raise AttendanceError(QT_TRANSLATE_NOOP(
                    "Errors", "The session «{programme}» of {date} cannot be closed before its first day."),
                    **session_label(session, training))
            training.status = SessionStatus.HELD.value
            session.add(AuditEntry(action="session_status_changed", entity="training_session", entity_id=session_id,
                                   user_name=user_name, details={"from": old, "to": training.status,
                                                                 "by": "attendance_closed"}))
        training.closed_at = utcnow()
        training.closed_by_id = user_id_of(session, user_name)
        session.add(AuditEntry(action="session_closed", entity="training_session", entity_id=session_id,
                               user_name=user_name,
                               details={"eligible": len(report.eligible), "not_eligible": len(report.not_eligible),
                                        "people": len(report.people), "rule": report.rule.to_json(),
                                        "not_eligible_people": [p.person_id for p in report.not_eligible]}))
        session.flush()
        return CloseResult(session_id, training.status, report, training.closed_at)


REOPEN_ROLES = ("coordinator", "admin")


def reopen(db: Database, session_id: int, *, reason: str, user_name: str = "", login: str | None = None) -> None:
    """Open a closed session for changes again: only a coordinator (or an administrator) can, with a reason.
    The audit log keeps who, when and why; every change after it is audited by the writers as usual.
    `login` is the account whose role counts (by default `user_name`)."""
    reason = normalize_spaces(reason)
    with db.write() as session:
        check_role(session, login if login is not None else user_name, REOPEN_ROLES, QT_TRANSLATE_NOOP(
            "Errors", "Only a coordinator can reopen a closed session; you are signed in as “{login}” with the role "
                      "“{role}”."))
        training = locked_session(session, session_id)
        if training.closed_at is None:
            raise AttendanceError(QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} is not closed: there is nothing to reopen."),
                **session_label(session, training))
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Say why the session is reopened: the reason is kept in the audit log."), field="reason")
        closed_at = training.closed_at
        training.closed_at, training.closed_by_id = None, None
        session.add(AuditEntry(action="session_reopened", entity="training_session", entity_id=session_id,
                               user_name=user_name, reason=reason,
                               details={"closed_at": closed_at.isoformat(), "login": login or user_name,
                                        "status": training.status}))


# --- the trainer's start page ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DaySession:
    """One day of a session around today, with how far its attendance is."""

    session_id: int
    day_no: int
    days: int
    date: dt.date
    starts_at: dt.time
    ends_at: dt.time
    programme: str
    factory: str
    status: str
    enrolled: int
    max_group: int
    marked: int  # people holding a place with a mark that day
    closed: bool

    @property
    def status_word(self) -> str:
        return SESSION_STATUS.get(self.status, self.status)


def sessions_around(db: Database, today: dt.date | None = None, *, before: int = 7,
                    after: int = 7) -> list[DaySession]:
    """The days of sessions (not cancelled) from `before` days before `today` to `after` days after, by date and
    time, with their fill and how many people are marked."""
    today = today or clock.today()
    enrolled = (select(func.count()).select_from(Enrolment)
                .where(Enrolment.session_id == SessionDay.session_id, Enrolment.status == _ENROLLED)
                .correlate(SessionDay).scalar_subquery())
    marked = (select(func.count()).select_from(AttendanceMark)
              .join(Enrolment, Enrolment.id == AttendanceMark.enrolment_id)
              .where(Enrolment.session_id == SessionDay.session_id, Enrolment.status == _ENROLLED,
                     AttendanceMark.day_no == SessionDay.day_no)
              .correlate(SessionDay).scalar_subquery())
    other = aliased(SessionDay)
    day_count = (select(func.count()).select_from(other).where(other.session_id == SessionDay.session_id)
                 .correlate(SessionDay).scalar_subquery())
    statement = (
        select(SessionDay.session_id, SessionDay.day_no, day_count, SessionDay.date, SessionDay.starts_at,
               SessionDay.ends_at, Programme.name, Factory.name, TrainingSession.status, enrolled,
               TrainingSession.max_group, marked, TrainingSession.closed_at)
        .join(TrainingSession, TrainingSession.id == SessionDay.session_id)
        .join(Programme, Programme.id == TrainingSession.programme_id)
        .join(Factory, Factory.id == TrainingSession.factory_id)
        .where(SessionDay.date >= today - dt.timedelta(days=before),
               SessionDay.date <= today + dt.timedelta(days=after),
               TrainingSession.status != SessionStatus.CANCELLED.value)
        .order_by(SessionDay.date, SessionDay.starts_at, Programme.name, SessionDay.session_id)
    )
    with db.read() as session:
        return [DaySession(sid, day_no, int(days), date, starts, ends, programme, factory, status, int(count),
                           max_group, int(done), closed_at is not None)
                for sid, day_no, days, date, starts, ends, programme, factory, status, count, max_group, done,
                closed_at in session.execute(statement)]
