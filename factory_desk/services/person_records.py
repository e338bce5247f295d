"""Keeping the register of people clean: duplicates found on entry and listed, two records merged into one.

A duplicate is the same folded name (case, ё/е, extra spaces ignored) in the same organisation; the same
name in another organisation is a weaker candidate. Anonymised people never match: their names are gone.
Personal-data requests (export, erasure) live in services/personal_data.py and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, func, literal_column, or_, select, update
from sqlalchemy.orm import Session

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AttendanceMark,
    AuditEntry,
    Certificate,
    Enrolment,
    EnrolmentStatus,
    Feedback,
    ImprovementProject,
    Organisation,
    Person,
    PoolEntry,
    ProjectMember,
    TestResult,
    TrainingSession,
    person_word,
)
from factory_desk.domain.models.projects import refresh_project_search
from factory_desk.domain.text import day_text, full_name
from factory_desk.services.organisations import organisation_name
from factory_desk.services.personal_data import erase_person, export_person_data
from factory_desk.store.database import Database

__all__ = [
    "DuplicateCandidate", "MergeError", "MergeResult", "describe_people", "duplicate_groups", "erase_person",
    "export_person_data", "find_duplicates", "merge_people",
]


class MergeError(FactoryDeskError):
    pass


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    full_name: str
    organisation: str  # "" when the person has none
    position: str
    enrolments: int
    same_organisation: bool


def _candidates(session: Session, person_filter: Any, organisation_id: int | None,
                order: Sequence[Any]) -> list[DuplicateCandidate]:
    enrolments = select(func.count()).where(Enrolment.person_id == Person.id).scalar_subquery()
    statement = (
        select(Person.id, Person.surname, Person.first_name, Person.patronymic, Person.position,
               organisation_name(),
               Person.organisation_id, enrolments)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(person_filter, Person.anonymised_at.is_(None))
        .order_by(*order)
    )
    return [
        DuplicateCandidate(pid, full_name(surname, first, patronymic), organisation, position,
                           int(count), org_id == organisation_id)
        for pid, surname, first, patronymic, position, organisation, org_id, count in session.execute(statement)
    ]


def find_duplicates(db: Database, surname: str, first_name: str = "", patronymic: str = "",
                    organisation_id: int | None = None, *, exclude_id: int | None = None) -> list[DuplicateCandidate]:
    """People already registered under the same folded name: those of `organisation_id` first, then others."""
    folded = Person.derived(surname, first_name, patronymic)["search_text"]
    words = Person.words(surname, first_name, patronymic)
    if not words:
        return []
    # The word index answers it: one range of its first word, the whole folded name on the same entry.
    same_name = (
        select(person_word.c.person_id)
        .where(person_word.c.word == words[0], person_word.c.name == folded)
    )
    condition = Person.id.in_(same_name)
    if exclude_id is not None:
        condition = and_(condition, Person.id != exclude_id)
    with db.read() as session:
        found = _candidates(session, condition, organisation_id, (Person.sort_key, Person.id))
    return sorted(found, key=lambda c: not c.same_organisation)  # stable: alphabetical within each kind


def describe_people(db: Database, person_ids: Sequence[int]) -> list[DuplicateCandidate]:
    """The people with these ids as candidates of a merge, in the order given (erased people left out)."""
    with db.read() as session:
        found = {c.id: c for c in _candidates(session, Person.id.in_(person_ids), None, (Person.id,))}
    return [found[pid] for pid in person_ids if pid in found]


def duplicate_groups(db: Database, limit: int = 200) -> list[list[DuplicateCandidate]]:
    """Groups of people who share a folded name and an organisation, alphabetically (at most `limit` groups)."""
    # Grouped by an expression, not the bare column: SQLite then reads the table in one pass instead of
    # walking the organisation index and fetching every row out of order (three times slower at 200,000).
    organisation = func.coalesce(Person.organisation_id, literal_column("0"))
    groups = (
        select(func.min(Person.organisation_id), Person.search_text)
        .where(Person.anonymised_at.is_(None))
        .group_by(organisation, Person.search_text)
        .having(func.count() > 1)
        .order_by(func.min(Person.sort_key), organisation)
        .limit(limit)
    )
    with db.read() as session:
        keys = [(org, text) for org, text in session.execute(groups)]
        # The members, from the word index: the first word of the folded name, then the whole name.
        names = {text for _org, text in keys}
        same_name = select(person_word.c.person_id).where(or_(*(
            and_(person_word.c.word == text.split()[0], person_word.c.name == text) for text in names if text.split()
        )))
        keyed = session.execute(
            select(Person.id, Person.organisation_id, Person.search_text)
            .where(Person.id.in_(same_name), Person.anonymised_at.is_(None))
        ).all() if names else []
        wanted = set(keys)
        key_of = {pid: (org, text) for pid, org, text in keyed if (org, text) in wanted}
        people = _candidates(session, Person.id.in_(list(key_of)), None, (Person.sort_key, Person.id))
    result: dict[tuple[int | None, str], list[DuplicateCandidate]] = {key: [] for key in keys}
    for person in people:
        result[key_of[person.id]].append(
            DuplicateCandidate(person.id, person.full_name, person.organisation, person.position,
                               person.enrolments, True))
    return [group for group in result.values() if len(group) > 1]


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_id: int
    moved: dict[str, int] = field(default_factory=dict)  # what moved to the kept person, by kind
    filled: tuple[str, ...] = ()  # the kept person's empty fields filled from the merged one


# Filled on the kept person when empty there (consent date and form travel together).
_FILLED_FIELDS = ("position", "department", "email", "phone", "notes", "organisation_id")


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id, with_for_update=True)
    if person is None:
        raise MergeError(QT_TRANSLATE_NOOP("Errors", "There is no person with the number {id} in the register."),
                         id=person_id)
    if person.anonymised_at is not None:
        raise MergeError(QT_TRANSLATE_NOOP(
            "Errors", "The data of person {id} were erased: the record cannot be merged."), id=person_id)
    return person


@dataclass
class _EnrolmentInfo:
    id: int
    session_id: int
    status: str
    marks: dict[int, tuple[str, str]]  # day → (status, note)
    tests: dict[str, tuple[Any, Any]]  # kind → (score, max score)
    feedback: tuple[int | None, str] | None
    certificates: int

    def weight(self) -> tuple[bool, int, bool]:
        information = len(self.marks) + len(self.tests) + (self.feedback is not None)
        active = self.status in (EnrolmentStatus.ENROLLED.value, EnrolmentStatus.WAITLISTED.value)
        return self.certificates > 0, information, active


def _enrolments(session: Session, person_id: int) -> dict[int, _EnrolmentInfo]:
    """The person's enrolments by session, with everything recorded on them."""
    found = {eid: _EnrolmentInfo(eid, sid, status, {}, {}, None, 0) for eid, sid, status in session.execute(
        select(Enrolment.id, Enrolment.session_id, Enrolment.status).where(Enrolment.person_id == person_id))}
    ids = list(found)
    for eid, day, code, note in session.execute(select(
            AttendanceMark.enrolment_id, AttendanceMark.day_no, AttendanceMark.status_code, AttendanceMark.note)
            .where(AttendanceMark.enrolment_id.in_(ids))):
        found[eid].marks[day] = (code, note)
    for eid, kind, score, max_score in session.execute(select(
            TestResult.enrolment_id, TestResult.kind, TestResult.score, TestResult.max_score)
            .where(TestResult.enrolment_id.in_(ids))):
        found[eid].tests[kind] = (score, max_score)
    for eid, recommend, comment in session.execute(select(
            Feedback.enrolment_id, Feedback.recommend, Feedback.comment).where(Feedback.enrolment_id.in_(ids))):
        found[eid].feedback = (recommend, comment)
    for eid, count in session.execute(select(Certificate.enrolment_id, func.count())
                                      .where(Certificate.enrolment_id.in_(ids)).group_by(Certificate.enrolment_id)):
        found[eid].certificates = int(count)
    return {info.session_id: info for info in found.values()}


def _session_name(session: Session, session_id: int) -> str:
    training = session.get(TrainingSession, session_id)
    if training is None:
        return str(session_id)
    first = day_text(training.days[0].date) if training.days else ""
    return f"{training.programme.name} {first}".strip()


def _combine(session: Session, kept: _EnrolmentInfo, other: _EnrolmentInfo, counts: dict[str, int],
             *, count_moves: bool = True) -> None:
    """Move what `other` holds and `kept` lacks onto `kept`, then delete `other` (refused if anything differs)."""
    if kept.certificates and other.certificates:
        raise MergeError(QT_TRANSLATE_NOOP(
            "Errors", "Both records have a certificate (issued or voided) for the session {session}; the register "
                      "keeps every certificate with its enrolment, so they cannot be merged."),
            session=_session_name(session, kept.session_id))
    clash = (any(kept.marks.get(day, mark) != mark for day, mark in other.marks.items())
             or any(kept.tests.get(kind, test) != test for kind, test in other.tests.items())
             or (kept.feedback is not None and other.feedback is not None and kept.feedback != other.feedback))
    if clash:
        raise MergeError(QT_TRANSLATE_NOOP(
            "Errors", "Both records have different attendance, test scores or feedback for the session {session}: "
                      "correct one of them before merging."), session=_session_name(session, kept.session_id))
    days = [day for day in other.marks if day not in kept.marks]
    if days:
        session.execute(update(AttendanceMark).where(AttendanceMark.enrolment_id == other.id,
                                                     AttendanceMark.day_no.in_(days)).values(enrolment_id=kept.id))
    kinds = [kind for kind in other.tests if kind not in kept.tests]
    if kinds:
        session.execute(update(TestResult).where(TestResult.enrolment_id == other.id, TestResult.kind.in_(kinds))
                        .values(enrolment_id=kept.id))
    if other.feedback is not None and kept.feedback is None:
        session.execute(update(Feedback).where(Feedback.enrolment_id == other.id).values(enrolment_id=kept.id))
        counts["feedback"] += count_moves
    if count_moves:
        counts["attendance_marks"] += len(days)
        counts["test_results"] += len(kinds)
    # A replacement or a move that pointed at the redundant enrolment now points at the one that stays.
    session.execute(update(Enrolment).where(Enrolment.replaces_id == other.id).values(replaces_id=kept.id))
    session.execute(delete(Enrolment).where(Enrolment.id == other.id))
    counts["enrolments_combined"] += 1


def _merge_enrolments(session: Session, keep_id: int, merge_id: int, counts: dict[str, int]) -> None:
    kept, merged = _enrolments(session, keep_id), _enrolments(session, merge_id)
    # Refuse before changing anything when two certificates meet in one session.
    for session_id, info in merged.items():
        if session_id in kept and info.certificates and kept[session_id].certificates:
            _combine(session, kept[session_id], info, counts)
    for session_id, info in merged.items():
        ours = kept.get(session_id)
        if ours is None:
            session.execute(update(Enrolment).where(Enrolment.id == info.id).values(person_id=keep_id))
            counts["enrolments"] += 1
            counts["attendance_marks"] += len(info.marks)
            counts["test_results"] += len(info.tests)
            counts["feedback"] += info.feedback is not None
            counts["certificates"] += info.certificates
        elif info.weight() > ours.weight():
            # The merged person's enrolment holds more: it stays, the kept person's redundant one goes.
            _combine(session, info, ours, counts, count_moves=False)
            session.execute(update(Enrolment).where(Enrolment.id == info.id).values(person_id=keep_id))
            counts["attendance_marks"] += len(info.marks)
            counts["test_results"] += len(info.tests)
            counts["feedback"] += info.feedback is not None
            counts["certificates"] += info.certificates
        else:
            _combine(session, ours, info, counts)


def _merge_pool(session: Session, keep_id: int, merge_id: int, counts: dict[str, int]) -> None:
    kept = {programme: (eid, note) for eid, programme, note in session.execute(
        select(PoolEntry.id, PoolEntry.programme_id, PoolEntry.note).where(PoolEntry.person_id == keep_id))}
    for eid, programme, note in session.execute(
            select(PoolEntry.id, PoolEntry.programme_id, PoolEntry.note).where(PoolEntry.person_id == merge_id)).all():
        if programme in kept:
            ours, our_note = kept[programme]
            if note and note != our_note:
                session.execute(update(PoolEntry).where(PoolEntry.id == ours)
                                .values(note="; ".join(filter(None, (our_note, note)))))
            session.execute(delete(PoolEntry).where(PoolEntry.id == eid))
            counts["pool_entries_combined"] += 1
        else:
            session.execute(update(PoolEntry).where(PoolEntry.id == eid).values(person_id=keep_id))
            counts["pool_entries"] += 1


def _merge_projects(session: Session, keep_id: int, merge_id: int, counts: dict[str, int]) -> None:
    kept = dict(session.execute(select(ProjectMember.project_id, ProjectMember.role)
                                .where(ProjectMember.person_id == keep_id)).all())
    for project_id, role in session.execute(select(ProjectMember.project_id, ProjectMember.role)
                                            .where(ProjectMember.person_id == merge_id)).all():
        member = and_(ProjectMember.project_id == project_id, ProjectMember.person_id == merge_id)
        if project_id in kept:
            if role and not kept[project_id]:
                session.execute(update(ProjectMember).where(ProjectMember.project_id == project_id,
                                                            ProjectMember.person_id == keep_id).values(role=role))
            session.execute(delete(ProjectMember).where(member))
            counts["project_memberships_combined"] += 1
        else:
            session.execute(update(ProjectMember).where(member).values(person_id=keep_id))
            counts["project_memberships"] += 1
    for column, kind in ((ImprovementProject.sponsor_id, "projects_sponsored"),
                         (ImprovementProject.leader_id, "projects_led")):
        moved = session.execute(update(ImprovementProject).where(column == merge_id).values({column: keep_id}))
        counts[kind] += moved.rowcount  # type: ignore[attr-defined]
    refresh_project_search(session.connection(), leader_id=keep_id)  # its led projects found by the kept name


def _fill(keep: Person, merged: Person) -> list[str]:
    filled = [name for name in _FILLED_FIELDS if not getattr(keep, name) and getattr(merged, name)]
    for name in filled:
        setattr(keep, name, getattr(merged, name))
    if keep.consent_date is None and merged.consent_date is not None:
        keep.consent_date, keep.consent_form = merged.consent_date, merged.consent_form
        filled.append("consent")
    if keep.badge_code is None and merged.badge_code is not None:
        filled.append("badge_code")
    return filled


def merge_people(db: Database, keep_id: int, merge_id: int, *, user_name: str = "", reason: str = "") -> MergeResult:
    """Make `merge_id` part of `keep_id`: everything recorded about it moves over, then the record goes."""
    if keep_id == merge_id:
        raise MergeError(QT_TRANSLATE_NOOP("Errors", "A person cannot be merged with the same record."))
    counts: dict[str, int] = dict.fromkeys((
        "enrolments", "enrolments_combined", "attendance_marks", "test_results", "feedback", "certificates",
        "pool_entries", "pool_entries_combined", "project_memberships", "project_memberships_combined",
        "projects_sponsored", "projects_led"), 0)
    with db.write() as session:
        keep, merged = _person(session, keep_id), _person(session, merge_id)
        _merge_enrolments(session, keep_id, merge_id, counts)
        _merge_pool(session, keep_id, merge_id, counts)
        _merge_projects(session, keep_id, merge_id, counts)
        filled = _fill(keep, merged)
        badge = merged.badge_code if "badge_code" in filled else None
        session.delete(merged)  # its word index goes with it (ON DELETE CASCADE)
        session.flush()
        if badge is not None:
            keep.badge_code = badge  # unique: taken over only once the merged record is gone
        session.add(AuditEntry(action="people_merged", entity="person", entity_id=keep_id, user_name=user_name,
                               reason=reason or None,
                               details={"kept_id": keep_id, "merged_id": merge_id, "moved": counts,
                                        "filled": filled}))
    return MergeResult(keep_id, merge_id, counts, tuple(filled))
