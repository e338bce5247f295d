"""What a session's report prints (documents/session_report.py), gathered from the services that own each part:
eligibility (attendance.py), the rounds and their derived figures (rounds.py), the tests and feedback with the
NPS (evaluation.py); and, read here, the header, the people's categories, the certificates issued and the
trainer's notes.

Who counts as what:
- enrolled: the people holding a place in the session when the report is made — walk-ins and colleagues who
  replaced someone included; the waiting list, those withdrawn, moved or replaced not;
- attended: of them, those marked on at least one day with a status that counts as present (the built-in
  «present» and «late», and any status of the centre's own marked so);
- completed: those who complete the programme by its completion rule (attendance.eligibility).
A person whose data were erased keeps counting; the report prints no name for them.

The parts are read one after the other, each in its own read (the services own their queries): a report is made
of a session whose day is closed, so nothing changes between them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from factory_desk.documents.session_report import (
    Breakdown,
    ReportCertificate,
    ReportDay,
    ReportFeedback,
    ReportFigure,
    ReportParticipant,
    ReportScores,
    ReportStatus,
    SessionReport,
    Shortfall,
    file_name,
    session_report_pdf,
)
from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AttendanceStatus,
    Certificate,
    CertificateStatus,
    Enrolment,
    EnrolmentStatus,
    Factory,
    Person,
    Programme,
    SessionStatus,
    Trainer,
    TrainerRole,
    TrainingSession,
    session_trainer,
)
from factory_desk.domain.text import full_name
from factory_desk.services.attendance import CompletionRule, Eligibility, eligibility
from factory_desk.services.documents import document_language
from factory_desk.services.evaluation import ScoreRow, scores
from factory_desk.services.rounds import Change, round_table
from factory_desk.services.session_status import session_label
from factory_desk.store.database import Database

__all__ = [
    "Breakdown", "ReportCertificate", "ReportDay", "ReportFeedback", "ReportFigure", "ReportParticipant",
    "ReportFile", "ReportScores", "ReportStatus", "SessionReport", "SessionReportError", "Shortfall",
    "session_report", "session_report_file",
]


class SessionReportError(FactoryDeskError):
    """A report that cannot be made: no such session, or a cancelled one."""


def session_report(db: Database, session_id: int, *, today: dt.date | None = None) -> SessionReport:
    """Everything the report of the session prints; `today` is the date it is made on (the report says it)."""
    with db.read() as session:
        found = session.execute(
            select(TrainingSession, Programme, Factory.name, Factory.address)
            .join(Programme, Programme.id == TrainingSession.programme_id)
            .join(Factory, Factory.id == TrainingSession.factory_id)
            .where(TrainingSession.id == session_id)).first()
        if found is None:
            raise SessionReportError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."),
                                     id=session_id)
        training, programme, factory, address = found
        if training.status == SessionStatus.CANCELLED.value:
            raise SessionReportError(QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} was cancelled: there is nothing to report."),
                reason=training.cancel_reason or "", **session_label(session, training))
        rule = CompletionRule.from_json(programme.completion_rule)
        statuses = tuple(ReportStatus(s.code, s.name, s.is_builtin, s.counts_as_present) for s in session.scalars(
            select(AttendanceStatus).order_by(AttendanceStatus.position, AttendanceStatus.code)))
        people = {person_id: (category, erased is not None) for person_id, category, erased in session.execute(
            select(Person.id, Person.category, Person.anonymised_at)
            .join(Enrolment, Enrolment.person_id == Person.id)
            .where(Enrolment.session_id == session_id, Enrolment.status == EnrolmentStatus.ENROLLED.value))}
        certificates = tuple(
            ReportCertificate(number, "" if erased is not None else full_name(surname, first, patronymic),
                              _day_of(issued_at))
            for number, surname, first, patronymic, erased, issued_at in session.execute(
                select(Certificate.number, Person.surname, Person.first_name, Person.patronymic,
                       Person.anonymised_at, Certificate.issued_at)
                .join(Enrolment, Enrolment.id == Certificate.enrolment_id)
                .join(Person, Person.id == Enrolment.person_id)
                .where(Enrolment.session_id == session_id, Certificate.status == CertificateStatus.ISSUED.value)
                .order_by(Certificate.number)))
        trainers = _trainers(session, session_id)
        programme_name, hours, rounds_planned = programme.name, programme.hours, programme.rounds
        notes = training.trainer_notes or ""
    attendance = eligibility(db, session_id)
    counting = {s.code for s in statuses if s.counts_as_present}
    participants = tuple(_participant(person, people.get(person.person_id, ("other", False)), counting, rule,
                                      len(attendance.days))
                         for person in attendance.people)
    rounds = round_table(db, session_id)
    figures = tuple(
        [_figure(m.name, m.unit, m.values, m.lower_is_better, m.change) for m in rounds.metrics]
        + [_figure("", "", d.values, d.lower_is_better, d.change, derived=d.code) for d in rounds.derived])
    evaluation = scores(db, session_id)
    summary = evaluation.summary
    return SessionReport(
        session_id=session_id, days=tuple(ReportDay(d.day_no, d.date) for d in attendance.days), statuses=statuses,
        rule_statuses=rule.statuses, rule_all_days=rule.all_days, rule_needed_days=rule.needed(len(attendance.days)),
        participants=participants, figures=figures,
        scores=ReportScores(summary.pre_count, summary.post_count, summary.average_pre, summary.average_post,
                            summary.gain_count, summary.average_gain),
        feedback=ReportFeedback(summary.nps.promoters, summary.nps.passives, summary.nps.detractors,
                                summary.nps_score, _comments(evaluation.rows)),
        certificates=certificates, made_on=today or clock.today(), programme=programme_name, hours=hours,
        factory=factory, factory_address=address or "", trainers=trainers, programme_rounds=rounds_planned,
        trainer_notes=notes)


@dataclass(frozen=True)
class ReportFile:
    """A report made into a PDF: its bytes, a name for its file (without extension), its language and content."""

    data: bytes
    name: str
    language: str
    report: SessionReport


def session_report_file(db: Database, session_id: int, language: str | None = None, *,
                        today: dt.date | None = None) -> ReportFile:
    """The report's PDF in `language` (ru, lv, en; by default the centre's document language)."""
    report = session_report(db, session_id, today=today)
    language = language or document_language(db)
    return ReportFile(session_report_pdf(report, language), file_name(report, language), language, report)


def _participant(person: Eligibility, info: tuple[str, bool], counting: set[str], rule: CompletionRule,
                 days: int) -> ReportParticipant:
    category, erased = info
    return ReportParticipant(
        full_name="" if erased else person.full_name, organisation=person.organisation, category=category,
        marks=person.marks, attended=any(mark in counting for mark in person.marks), completed=person.eligible,
        shortfall=None if person.eligible else _shortfall(rule, person.marks, person.attended_days, days))


def _shortfall(rule: CompletionRule, marks: Sequence[str | None], attended: int, days: int) -> Shortfall:
    """Why the rule is not met, as attendance.eligibility says it: under a rule of every day (or in a one-day
    session), the first day without a mark that counts; else too few days."""
    if rule.all_days or days == 1:
        for day_no, mark in enumerate(marks, start=1):
            if mark not in rule.statuses:
                return Shortfall(day_no, mark, attended, rule.needed(days))
    return Shortfall(None, None, attended, rule.needed(days))


def _figure(name: str, unit: str, values: tuple[Decimal | None, ...], lower_is_better: bool,
            change: Change | None, *, derived: str = "") -> ReportFigure:
    return ReportFigure(
        name=name, unit=unit, values=values, lower_is_better=lower_is_better,
        first=change.first if change else None, last=change.last if change else None,
        percent=change.percent if change else None, better=change.better if change else None, derived=derived)


def _comments(rows: Sequence[ScoreRow]) -> tuple[tuple[int | None, str], ...]:
    """The comments without names, the most recommending first (the order a reader scans them in)."""
    found = [(row.recommend, row.comment.strip()) for row in rows if row.comment.strip()]
    return tuple(sorted(found, key=lambda item: (-(item[0] if item[0] is not None else -1), item[1].casefold())))


def _trainers(session: Session, session_id: int) -> tuple[str, ...]:
    """The session's trainers, the lead first, then the assistants alphabetically."""
    assistant = session_trainer.c.role != TrainerRole.LEAD.value
    return tuple(full_name(surname, first, patronymic) for surname, first, patronymic in session.execute(
        select(Trainer.surname, Trainer.first_name, Trainer.patronymic)
        .join(session_trainer, session_trainer.c.trainer_id == Trainer.id)
        .where(session_trainer.c.session_id == session_id)
        .order_by(assistant, Trainer.sort_key, Trainer.id)))


def _day_of(moment: dt.datetime) -> dt.date:
    """The date of a moment stored in UTC (read back timezone-aware), on the clock of the PC making the report."""
    return moment.astimezone().date()
