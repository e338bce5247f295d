"""A person's requests about their personal data (152-ФЗ, GDPR): a copy of everything held, and erasure.

Erasure anonymises rather than deletes: the row, its category and organisation, enrolments, attendance and
certificates stay for statistics; the name and contact details are gone from the row, the search index
and certificate snapshots.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import ATTENDANCE_STATUS, CONSENT_FORM, PERSON_CATEGORY
from factory_desk.domain.models import (
    AttendanceMark,
    AttendanceStatus,
    AuditEntry,
    Certificate,
    Enrolment,
    Factory,
    Feedback,
    ImprovementProject,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    ProjectMember,
    SessionDay,
    TestResult,
    TrainingSession,
    utcnow,
)
from factory_desk.exchange.export import ExportError, is_risky
from factory_desk.services.organisations import organisation_name
from factory_desk.store.database import Database

Translate = Callable[[str, str], str]  # (context, English text) → the user's language
ERASED = "—"  # what an erased person's surname reads everywhere: no language's word for it
# The keys of a certificate snapshot that name the person (or, with the organisation, point at them).
SNAPSHOT_PERSONAL = ("full_name", "surname", "first_name", "patronymic", "position")


class PersonalDataError(FactoryDeskError):
    pass


@dataclass(frozen=True)
class Erasure:
    """What an erasure kept for the statistics, and the waiting-pool places it gave up."""

    person_id: int
    enrolments: int
    attendance_marks: int
    certificates: int
    pool_entries_removed: int


def identity(_context: str, text: str) -> str:
    return text


# (key in the .json file, heading in the .xlsx file) per section, in the order of the sheets.
PERSON_FIELDS = (
    ("surname", QT_TRANSLATE_NOOP("PersonalData", "Surname")),
    ("first_name", QT_TRANSLATE_NOOP("PersonalData", "First name")),
    ("patronymic", QT_TRANSLATE_NOOP("PersonalData", "Patronymic")),
    ("position", QT_TRANSLATE_NOOP("PersonalData", "Position")),
    ("department", QT_TRANSLATE_NOOP("PersonalData", "Department")),
    ("organisation", QT_TRANSLATE_NOOP("PersonalData", "Organisation")),
    ("category", QT_TRANSLATE_NOOP("PersonalData", "Category")),
    ("email", QT_TRANSLATE_NOOP("PersonalData", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("PersonalData", "Phone")),
    ("badge_code", QT_TRANSLATE_NOOP("PersonalData", "Badge code")),
    ("consent_date", QT_TRANSLATE_NOOP("PersonalData", "Consent date")),
    ("consent_form", QT_TRANSLATE_NOOP("PersonalData", "Consent form")),
    ("is_minor", QT_TRANSLATE_NOOP("PersonalData", "Minor")),
    ("notes", QT_TRANSLATE_NOOP("PersonalData", "Notes")),
    ("created_at", QT_TRANSLATE_NOOP("PersonalData", "Entered")),
    ("updated_at", QT_TRANSLATE_NOOP("PersonalData", "Last changed")),
    ("anonymised_at", QT_TRANSLATE_NOOP("PersonalData", "Erased")),
)
SECTIONS = {
    "enrolments": (QT_TRANSLATE_NOOP("PersonalData", "Sessions"), (
        ("programme", QT_TRANSLATE_NOOP("PersonalData", "Programme")),
        ("factory", QT_TRANSLATE_NOOP("PersonalData", "Factory")),
        ("first_day", QT_TRANSLATE_NOOP("PersonalData", "First day")),
        ("last_day", QT_TRANSLATE_NOOP("PersonalData", "Last day")),
        ("status", QT_TRANSLATE_NOOP("PersonalData", "Status")),
        ("status_reason", QT_TRANSLATE_NOOP("PersonalData", "Reason")),
        ("enrolled_at", QT_TRANSLATE_NOOP("PersonalData", "Enrolled"))),
    ),
    "attendance": (QT_TRANSLATE_NOOP("PersonalData", "Attendance"), (
        ("programme", QT_TRANSLATE_NOOP("PersonalData", "Programme")),
        ("date", QT_TRANSLATE_NOOP("PersonalData", "Date")),
        ("status", QT_TRANSLATE_NOOP("PersonalData", "Attendance")),
        ("note", QT_TRANSLATE_NOOP("PersonalData", "Note")))),
    "tests": (QT_TRANSLATE_NOOP("PersonalData", "Tests"), (
        ("programme", QT_TRANSLATE_NOOP("PersonalData", "Programme")),
        ("first_day", QT_TRANSLATE_NOOP("PersonalData", "First day")),
        ("kind", QT_TRANSLATE_NOOP("PersonalData", "Test")),
        ("score", QT_TRANSLATE_NOOP("PersonalData", "Score")),
        ("max_score", QT_TRANSLATE_NOOP("PersonalData", "Maximum score")))),
    "feedback": (QT_TRANSLATE_NOOP("PersonalData", "Feedback"), (
        ("programme", QT_TRANSLATE_NOOP("PersonalData", "Programme")),
        ("first_day", QT_TRANSLATE_NOOP("PersonalData", "First day")),
        ("recommend", QT_TRANSLATE_NOOP("PersonalData", "Would recommend (0–10)")),
        ("comment", QT_TRANSLATE_NOOP("PersonalData", "Comment")),
        ("submitted_at", QT_TRANSLATE_NOOP("PersonalData", "Submitted")))),
    "certificates": (QT_TRANSLATE_NOOP("PersonalData", "Certificates"), (
        ("number", QT_TRANSLATE_NOOP("PersonalData", "Number")),
        ("programme", QT_TRANSLATE_NOOP("PersonalData", "Programme")),
        ("issued_at", QT_TRANSLATE_NOOP("PersonalData", "Issued")),
        ("status", QT_TRANSLATE_NOOP("PersonalData", "Status")),
        ("voided_at", QT_TRANSLATE_NOOP("PersonalData", "Voided")),
        ("void_reason", QT_TRANSLATE_NOOP("PersonalData", "Reason")))),
    "projects": (QT_TRANSLATE_NOOP("PersonalData", "Projects"), (
        ("title", QT_TRANSLATE_NOOP("PersonalData", "Project")),
        ("organisation", QT_TRANSLATE_NOOP("PersonalData", "Organisation")),
        ("role", QT_TRANSLATE_NOOP("PersonalData", "Role")),
        ("status", QT_TRANSLATE_NOOP("PersonalData", "Status")))),
    "audit": (QT_TRANSLATE_NOOP("PersonalData", "Changes"), (
        ("at", QT_TRANSLATE_NOOP("PersonalData", "When")),
        ("user", QT_TRANSLATE_NOOP("PersonalData", "Who")),
        ("action", QT_TRANSLATE_NOOP("PersonalData", "What")),
        ("reason", QT_TRANSLATE_NOOP("PersonalData", "Reason")),
        ("details", QT_TRANSLATE_NOOP("PersonalData", "Details")))),
}
STATUS = {
    "enrolled": QT_TRANSLATE_NOOP("PersonalData", "Enrolled"),
    "waitlisted": QT_TRANSLATE_NOOP("PersonalData", "On the waiting list"),
    "cancelled": QT_TRANSLATE_NOOP("PersonalData", "Cancelled"),
    "moved": QT_TRANSLATE_NOOP("PersonalData", "Moved to another session"),
    "replaced": QT_TRANSLATE_NOOP("PersonalData", "Replaced by a colleague"),
    "issued": QT_TRANSLATE_NOOP("PersonalData", "Issued"),
    "voided": QT_TRANSLATE_NOOP("PersonalData", "Voided"),
    "pre": QT_TRANSLATE_NOOP("PersonalData", "Before the training"),
    "post": QT_TRANSLATE_NOOP("PersonalData", "After the training"),
    "in_development": QT_TRANSLATE_NOOP("PersonalData", "In development"),
    "launched": QT_TRANSLATE_NOOP("PersonalData", "Launched"),
    "implementing": QT_TRANSLATE_NOOP("PersonalData", "Being implemented"),
    "completed": QT_TRANSLATE_NOOP("PersonalData", "Completed"),
}
ROLES = {
    "sponsor": QT_TRANSLATE_NOOP("PersonalData", "Sponsor"),
    "leader": QT_TRANSLATE_NOOP("PersonalData", "Leader"),
    "member": QT_TRANSLATE_NOOP("PersonalData", "Team member"),
}


def existing_person(session: Session, person_id: int, *, for_update: bool = False) -> Person:
    """The person with this id, or a sentence saying there is none."""
    person = session.get(Person, person_id, with_for_update=for_update)
    if person is None:
        raise PersonalDataError(QT_TRANSLATE_NOOP("Errors", "There is no person with the number {id} in the register."),
                                id=person_id)
    return person


def _status(code: str, translate: Translate) -> str:
    return translate("PersonalData", STATUS[code]) if code in STATUS else code


def _session_dates(session: Session, session_ids: list[int]) -> dict[int, dict[int, dt.date]]:
    days: dict[int, dict[int, dt.date]] = {}
    for sid, day_no, date in session.execute(select(SessionDay.session_id, SessionDay.day_no, SessionDay.date)
                                             .where(SessionDay.session_id.in_(session_ids))):
        days.setdefault(sid, {})[day_no] = date
    return days


def collect_person_data(session: Session, person: Person, translate: Translate) -> dict[str, Any]:
    """Everything the register holds about `person`, as plain values by section."""
    organisation = session.get(Organisation, person.organisation_id) if person.organisation_id else None
    values = {name: getattr(person, name, None) for name, _label in PERSON_FIELDS}
    values["organisation"] = (organisation.short_name or organisation.full_name) if organisation else ""
    values["category"] = translate("Labels", PERSON_CATEGORY.get(person.category, person.category))
    values["consent_form"] = translate("Labels", CONSENT_FORM[person.consent_form]) if person.consent_form else None
    enrolments = session.execute(
        select(Enrolment.id, Enrolment.session_id, Programme.name, Factory.name, Enrolment.status,
               Enrolment.status_reason, Enrolment.created_at)
        .join(TrainingSession, Enrolment.session_id == TrainingSession.id)
        .join(Programme, TrainingSession.programme_id == Programme.id)
        .join(Factory, TrainingSession.factory_id == Factory.id)
        .where(Enrolment.person_id == person.id)
    ).all()
    dates = _session_dates(session, [row[1] for row in enrolments])
    by_id = {eid: (programme, dates.get(sid, {})) for eid, sid, programme, *_rest in enrolments}

    def first_day(eid: int) -> dt.date | None:
        days = by_id[eid][1]
        return days[min(days)] if days else None

    data: dict[str, Any] = {"person": values, "enrolments": sorted((
        {"programme": programme, "factory": factory, "first_day": first_day(eid),
         "last_day": (d[max(d)] if (d := by_id[eid][1]) else None), "status": _status(status, translate),
         "status_reason": reason or "", "enrolled_at": created}
        for eid, _sid, programme, factory, status, reason, created in enrolments),
        key=lambda row: (row["first_day"] or dt.date.min, row["programme"]))}
    ids = list(by_id)
    data["attendance"] = [
        {"programme": by_id[eid][0], "date": by_id[eid][1].get(day_no),
         "status": translate("Labels", ATTENDANCE_STATUS[code]) if builtin and code in ATTENDANCE_STATUS else status,
         "note": note}
        for eid, day_no, status, note, code, builtin in session.execute(
            select(AttendanceMark.enrolment_id, AttendanceMark.day_no, AttendanceStatus.name, AttendanceMark.note,
                   AttendanceStatus.code, AttendanceStatus.is_builtin)
            .join(AttendanceStatus, AttendanceMark.status_code == AttendanceStatus.code)
            .where(AttendanceMark.enrolment_id.in_(ids)).order_by(AttendanceMark.enrolment_id, AttendanceMark.day_no))]
    data["tests"] = [
        {"programme": by_id[eid][0], "first_day": first_day(eid), "kind": _status(kind, translate), "score": score,
         "max_score": top}
        for eid, kind, score, top in session.execute(
            select(TestResult.enrolment_id, TestResult.kind, TestResult.score, TestResult.max_score)
            .where(TestResult.enrolment_id.in_(ids)).order_by(TestResult.enrolment_id, TestResult.kind))]
    data["feedback"] = [
        {"programme": by_id[eid][0], "first_day": first_day(eid), "recommend": recommend, "comment": comment,
         "submitted_at": at}
        for eid, recommend, comment, at in session.execute(
            select(Feedback.enrolment_id, Feedback.recommend, Feedback.comment, Feedback.submitted_at)
            .where(Feedback.enrolment_id.in_(ids)).order_by(Feedback.submitted_at))]
    data["certificates"] = [
        {"number": number, "programme": by_id[eid][0], "issued_at": issued, "status": _status(status, translate),
         "voided_at": voided, "void_reason": reason or ""}
        for number, eid, issued, status, voided, reason in session.execute(
            select(Certificate.number, Certificate.enrolment_id, Certificate.issued_at, Certificate.status,
                   Certificate.voided_at, Certificate.void_reason)
            .where(Certificate.enrolment_id.in_(ids)).order_by(Certificate.issued_at))]
    data["projects"] = _projects(session, person.id, translate)
    data["audit"] = [
        {"at": at, "user": user, "action": action, "reason": reason or "",
         "details": json.dumps(details, ensure_ascii=False, default=str) if details else ""}
        for at, user, action, reason, details in session.execute(
            select(AuditEntry.at, AuditEntry.user_name, AuditEntry.action, AuditEntry.reason, AuditEntry.details)
            .where(AuditEntry.entity == "person", AuditEntry.entity_id == person.id).order_by(AuditEntry.at))]
    return data


def _projects(session: Session, person_id: int, translate: Translate) -> list[dict[str, Any]]:
    project = ImprovementProject
    organisation = organisation_name()
    rows: list[dict[str, Any]] = []
    for column, role in ((project.sponsor_id, "sponsor"), (project.leader_id, "leader")):
        for title, org, status in session.execute(
                select(project.title, organisation, project.status)
                .outerjoin(Organisation, project.organisation_id == Organisation.id).where(column == person_id)):
            rows.append({"title": title, "organisation": org, "role": translate("PersonalData", ROLES[role]),
                         "status": _status(status, translate)})
    for title, org, status, role in session.execute(
            select(project.title, organisation, project.status, ProjectMember.role)
            .join(ProjectMember, ProjectMember.project_id == project.id)
            .outerjoin(Organisation, project.organisation_id == Organisation.id)
            .where(ProjectMember.person_id == person_id)):
        named = translate("PersonalData", ROLES["member"])
        rows.append({"title": title, "organisation": org, "role": f"{named}: {role}" if role else named,
                     "status": _status(status, translate)})
    return rows


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(type(value).__name__)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=_plain), encoding="utf-8")


def _write_xlsx(path: Path, data: dict[str, Any], translate: Translate) -> None:
    from openpyxl import Workbook  # 0.1 s to import: only when an export runs
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)

    def sheet_with(title: str, headers: list[str], rows: list[list[Any]]) -> None:
        sheet = workbook.create_sheet(title=title[:31])

        def cell(value: Any, header: bool = False) -> WriteOnlyCell:
            item = WriteOnlyCell(sheet, value=float(value) if isinstance(value, Decimal) else value)
            if isinstance(value, dt.datetime):
                item.value = value.replace(tzinfo=None)  # Excel has no time zones: UTC, as stored
                item.number_format = "DD.MM.YYYY HH:MM"
            elif isinstance(value, dt.date):
                item.number_format = "DD.MM.YYYY"
            elif isinstance(value, str):
                item.data_type = "s"  # never a formula, whatever the text starts with
                item.quotePrefix = is_risky(value)
            if header:
                item.font = bold
            return item

        sheet.append([cell(h, header=True) for h in headers])
        for row in rows:
            sheet.append([cell(v) for v in row])

    person = data["person"]
    sheet_with(translate("PersonalData", "Person"),
               [translate("PersonalData", "Field"), translate("PersonalData", "Value")],
               [[translate("PersonalData", label), person[key]] for key, label in PERSON_FIELDS])
    for section, (title, columns) in SECTIONS.items():
        sheet_with(translate("PersonalData", title), [translate("PersonalData", label) for _key, label in columns],
                   [[row[key] for key, _label in columns] for row in data[section]])
    workbook.save(path)


def export_person_data(db: Database, person_id: int, path: Path, translate: Translate = identity, *,
                       user_name: str = "") -> Path:
    """Everything held about one person, in one .xlsx (a sheet per kind) or .json file; the export is audited."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".json"):
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "A person's data are exported to .xlsx or .json files, "
                                                      "not “{suffix}”."), suffix=path.suffix or path.name)
    with db.write() as session:
        person = existing_person(session, person_id)
        data = collect_person_data(session, person, translate)
        partial = path.with_name(f".{path.name}.part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if suffix == ".json":
                _write_json(partial, data)
            else:
                _write_xlsx(partial, data, translate)
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ExportError(QT_TRANSLATE_NOOP("Errors", "The file {file} could not be written: {reason}"),
                              file=str(path), reason=exc.strerror or str(exc)) from exc
        # The file name may carry the person's name: only the format is recorded.
        session.add(AuditEntry(action="personal_data_exported", entity="person", entity_id=person_id,
                               user_name=user_name, details={"format": suffix.lstrip(".")}))
    return path


def erase_person(db: Database, person_id: int, *, user_name: str = "", reason: str) -> Erasure:
    """Anonymise a person on their request: names and contacts gone, statistics (category, organisation,
    enrolments, attendance, certificates) kept. Their place in waiting pools is given up."""
    with db.write() as session:
        person = existing_person(session, person_id, for_update=True)
        if person.anonymised_at is not None:
            raise PersonalDataError(QT_TRANSLATE_NOOP("Errors", "The data of this person were already erased."))
        person.surname, person.first_name, person.patronymic = ERASED, "", ""
        person.position = person.department = person.email = person.phone = person.notes = ""
        person.badge_code = person.consent_date = person.consent_form = None
        person.anonymised_at = utcnow()
        certificates = session.execute(
            select(Certificate).join(Enrolment, Certificate.enrolment_id == Enrolment.id)
            .where(Enrolment.person_id == person_id)).scalars().all()
        for certificate in certificates:
            # A new dict: the JSON column notices a new value, not a changed one.
            certificate.snapshot = {key: (ERASED if key in SNAPSHOT_PERSONAL else value)
                                    for key, value in certificate.snapshot.items()}
        pooled = session.execute(delete(PoolEntry).where(PoolEntry.person_id == person_id)).rowcount  # type: ignore[attr-defined]
        # Free text written about the person (why they were excused, what they said in the feedback, why an
        # enrolment was cancelled) may name them or their health: it goes too. Scores and statuses stay.
        theirs = select(Enrolment.id).where(Enrolment.person_id == person_id)
        texts = sum(result.rowcount for result in (  # type: ignore[attr-defined]
            session.execute(update(AttendanceMark).where(AttendanceMark.enrolment_id.in_(theirs),
                                                         AttendanceMark.note != "").values(note="")),
            session.execute(update(Feedback).where(Feedback.enrolment_id.in_(theirs), Feedback.comment != "")
                            .values(comment="")),
            session.execute(update(Enrolment).where(Enrolment.person_id == person_id,
                                                    Enrolment.status_reason.is_not(None)).values(status_reason=None)),
        ))
        enrolments = session.scalar(select(func.count()).select_from(Enrolment)
                                    .where(Enrolment.person_id == person_id)) or 0
        marks = session.scalar(select(func.count()).select_from(AttendanceMark)
                               .join(Enrolment, AttendanceMark.enrolment_id == Enrolment.id)
                               .where(Enrolment.person_id == person_id)) or 0
        session.add(AuditEntry(action="personal_data_erased", entity="person", entity_id=person_id,
                               user_name=user_name, reason=reason,
                               details={"certificates": len(certificates), "pool_entries_removed": pooled,
                                        "texts_cleared": texts}))
    return Erasure(person_id, enrolments, marks, len(certificates), pooled)
