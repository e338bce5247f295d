"""What the documents of improvement projects are made of: one project read for its A3 report
(documents/a3_report.py), and the portfolio — every project as a row, and per quarter of a year the projects
planned, opened and closed with the sums of their effects — for the list on the command line and the Excel export.

Who counts as what in a quarter:
- planned: the project's planned start falls in the quarter;
- opened: its actual start falls in the quarter;
- closed: it is completed and its actual finish falls in the quarter; the effects summed are those of the projects
  closed in the quarter (an effect is counted once, when the project is closed).
A project is overdue when its planned finish has passed and it is not completed (the status is not stored).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from factory_desk.documents.a3_report import (
    PHOTOS_SHOWN,
    A3FollowUp,
    A3Measurement,
    A3Metric,
    A3Person,
    A3Photo,
    A3Project,
    a3_report_pdf,
    file_name,
)
from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import PROJECT_STATUS, REVIEW_STATE
from factory_desk.domain.models import (
    AttachmentKind,
    ImprovementProject,
    Organisation,
    Person,
    ProjectAttachment,
    ProjectMember,
    ProjectMetric,
    ProjectStatus,
    TrainingSession,
    project_session,
)
from factory_desk.domain.text import full_name
from factory_desk.exchange.export import ExportError, Translate, Value, untranslated, write_workbook
from factory_desk.services.documents import document_language
from factory_desk.services.projects import OVERDUE, PortfolioQuarter, at_factory, is_overdue, overdue_clause, portfolio
from factory_desk.services.session_status import session_label
from factory_desk.store.database import Database

__all__ = [
    "OVERDUE", "STATUS_FILTERS", "A3File", "PortfolioExport", "PortfolioRow",
    "ProjectDocumentError", "a3_project", "a3_report_file", "export_portfolio",
    "metrics_summary", "portfolio_rows",
]


STATUS_FILTERS = (*(s.value for s in ProjectStatus), OVERDUE)

PORTFOLIO_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "No."),
    QT_TRANSLATE_NOOP("Export", "Project"),
    QT_TRANSLATE_NOOP("Export", "Organisation"),
    QT_TRANSLATE_NOOP("Export", "Sub-programme"),
    QT_TRANSLATE_NOOP("Export", "Status"),
    QT_TRANSLATE_NOOP("Export", "Overdue"),
    QT_TRANSLATE_NOOP("Export", "Review"),
    QT_TRANSLATE_NOOP("Export", "Leader"),
    QT_TRANSLATE_NOOP("Export", "Sponsor"),
    QT_TRANSLATE_NOOP("Export", "Planned start"),
    QT_TRANSLATE_NOOP("Export", "Actual start"),
    QT_TRANSLATE_NOOP("Export", "Planned finish"),
    QT_TRANSLATE_NOOP("Export", "Actual finish"),
    QT_TRANSLATE_NOOP("Export", "Metrics: baseline → actual (target)"),
    QT_TRANSLATE_NOOP("Export", "Targets reached"),
    QT_TRANSLATE_NOOP("Export", "Freed hours a year"),
    QT_TRANSLATE_NOOP("Export", "Economic effect"),
    QT_TRANSLATE_NOOP("Export", "Costs"),
    QT_TRANSLATE_NOOP("Export", "Social effect"),
    QT_TRANSLATE_NOOP("Export", "Ecological effect"),
    QT_TRANSLATE_NOOP("Export", "Cultural effect"),
)
QUARTER_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Quarter"),
    QT_TRANSLATE_NOOP("Export", "Planned"),
    QT_TRANSLATE_NOOP("Export", "Opened"),
    QT_TRANSLATE_NOOP("Export", "Closed"),
    QT_TRANSLATE_NOOP("Export", "Freed hours a year"),
    QT_TRANSLATE_NOOP("Export", "Economic effect"),
    QT_TRANSLATE_NOOP("Export", "Costs"),
)


class ProjectDocumentError(FactoryDeskError):
    """A document that cannot be made: no such project."""



# --- one project for its A3 ------------------------------------------------------------------------------------

def a3_project(db: Database, project_id: int, *, today: dt.date | None = None) -> A3Project:
    """Everything the project's A3 report prints; `today` is the date it is made on (and overdue is judged on)."""
    today = today or clock.today()
    with db.read() as session:
        project = session.scalar(
            select(ImprovementProject).where(ImprovementProject.id == project_id).options(
                selectinload(ImprovementProject.organisation), selectinload(ImprovementProject.leader),
                selectinload(ImprovementProject.sponsor),
                selectinload(ImprovementProject.members).selectinload(ProjectMember.person),
                selectinload(ImprovementProject.metrics).selectinload(ProjectMetric.measurements),
                selectinload(ImprovementProject.follow_ups)))
        if project is None:
            raise ProjectDocumentError(QT_TRANSLATE_NOOP("Errors", "There is no project with the number {id}."),
                                       id=project_id)
        team = sorted((member for member in project.members
                       if member.person_id not in (project.leader_id, project.sponsor_id)),
                      key=lambda member: (member.person.sort_key, member.person_id))
        return A3Project(
            id=project.id, title=project.title, organisation=_organisation(project.organisation),
            sub_programme=project.sub_programme, status=project.status, review_state=project.review_state,
            overdue=is_overdue(project, today),
            leader=_person(project.leader), sponsor=_person(project.sponsor),
            team=tuple(A3Person(_name(m.person), m.person.position, m.role) for m in team),
            sessions=_sessions(session, project.id),
            planned_start=project.planned_start, actual_start=project.actual_start,
            planned_kickoff=project.planned_kickoff, actual_kickoff=project.actual_kickoff,
            planned_finish=project.planned_finish, actual_finish=project.actual_finish,
            background=project.background, current_condition=project.current_condition,
            target_condition=project.target_condition, root_causes=project.root_causes,
            countermeasures=project.countermeasures, plan=project.plan,
            effect_confirmation=project.effect_confirmation, follow_up_text=project.follow_up_text,
            freed_hours_per_year=project.freed_hours_per_year, economic_effect=project.economic_effect,
            costs=project.costs, social_effect=project.social_effect, ecological_effect=project.ecological_effect,
            cultural_effect=project.cultural_effect, metrics=tuple(_metric(m) for m in project.metrics),
            follow_ups=tuple(A3FollowUp(f.due_date, f.done_on, f.note) for f in project.follow_ups),
            made_on=today, photos_before=_photos(session, project.id, AttachmentKind.PHOTO_BEFORE),
            photos_after=_photos(session, project.id, AttachmentKind.PHOTO_AFTER))


def _photos(session: Session, project_id: int, kind: AttachmentKind) -> tuple[A3Photo, ...]:
    """The first photos of `kind` in the order they were added (only those the A3 shows are read)."""
    a = ProjectAttachment
    rows = session.execute(select(a.filename, a.data).where(a.project_id == project_id, a.kind == kind.value)
                           .order_by(a.created_at, a.id).limit(PHOTOS_SHOWN))
    return tuple(A3Photo(name, data) for name, data in rows)


@dataclass(frozen=True)
class A3File:
    """An A3 report made into a PDF: its bytes, a name for its file (without extension), its language, content."""

    data: bytes
    name: str
    language: str
    project: A3Project


def a3_report_file(db: Database, project_id: int, language: str | None = None, *,
                   today: dt.date | None = None) -> A3File:
    """The project's A3 report as a PDF in `language` (ru, lv, en; by default the centre's document language)."""
    project = a3_project(db, project_id, today=today)
    language = language or document_language(db)
    return A3File(a3_report_pdf(project, language), file_name(project, language), language, project)


def _organisation(organisation: Organisation | None) -> str:
    if organisation is None:
        return ""
    return organisation.short_name or organisation.full_name


def _name(person: Person) -> str:
    return full_name(person.surname, person.first_name, person.patronymic)


def _person(person: Person | None) -> A3Person | None:
    return None if person is None else A3Person(_name(person), person.position)


def _metric(metric: ProjectMetric) -> A3Metric:
    return A3Metric(metric.name, metric.unit, metric.baseline, metric.target, metric.lower_is_better,
                    tuple(A3Measurement(m.measured_on, m.value, m.note) for m in metric.measurements))


def _sessions(session: Session, project_id: int) -> tuple[str, ...]:
    """The sessions the project came from: «Основы бережливого производства, 12.02.2026»."""
    trainings = session.scalars(
        select(TrainingSession).join(project_session, project_session.c.session_id == TrainingSession.id)
        .where(project_session.c.project_id == project_id).order_by(TrainingSession.id))
    labels = [session_label(session, training) for training in trainings]
    return tuple(", ".join(part for part in (label["programme"], label["date"]) if part) for label in labels)


# --- the portfolio -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PortfolioRow:
    """A project as the portfolio lists it."""

    id: int
    title: str
    organisation: str
    sub_programme: str
    status: str  # a ProjectStatus code
    overdue: bool
    review_state: str  # a ReviewState code
    leader: str
    sponsor: str
    planned_start: dt.date | None
    actual_start: dt.date | None
    planned_finish: dt.date | None
    actual_finish: dt.date | None
    metrics: tuple[A3Metric, ...]
    freed_hours_per_year: Decimal | None
    economic_effect: Decimal | None
    costs: Decimal | None
    social_effect: str
    ecological_effect: str
    cultural_effect: str

    @property
    def targets_reached(self) -> int:
        return sum(metric.reached is True for metric in self.metrics)


def portfolio_rows(db: Database, *, status: str | None = None, factory_id: int | None = None,
                   today: dt.date | None = None) -> list[PortfolioRow]:
    """Every project (by title), or those of one status of STATUS_FILTERS («overdue» included), or of the
    sessions of one factory."""
    today = today or clock.today()
    statement = (select(ImprovementProject).order_by(ImprovementProject.sort_key, ImprovementProject.id).options(
        selectinload(ImprovementProject.organisation), selectinload(ImprovementProject.leader),
        selectinload(ImprovementProject.sponsor),
        selectinload(ImprovementProject.metrics).selectinload(ProjectMetric.measurements)))
    if factory_id is not None:
        statement = statement.where(at_factory(factory_id))
    if status == OVERDUE:
        statement = statement.where(overdue_clause(today))
    elif status is not None:
        if status not in STATUS_FILTERS:
            raise ProjectDocumentError(QT_TRANSLATE_NOOP("Errors", "“{status}” is not a project status; choose "
                                                                   "from {choices}."),
                                       status=status, choices=", ".join(STATUS_FILTERS))
        statement = statement.where(ImprovementProject.status == status)
    with db.read() as session:
        return [PortfolioRow(
            id=p.id, title=p.title, organisation=_organisation(p.organisation), sub_programme=p.sub_programme,
            status=p.status, overdue=is_overdue(p, today), review_state=p.review_state,
            leader=_name(p.leader) if p.leader else "", sponsor=_name(p.sponsor) if p.sponsor else "",
            planned_start=p.planned_start, actual_start=p.actual_start, planned_finish=p.planned_finish,
            actual_finish=p.actual_finish, metrics=tuple(_metric(m) for m in p.metrics),
            freed_hours_per_year=p.freed_hours_per_year, economic_effect=p.economic_effect, costs=p.costs,
            social_effect=p.social_effect, ecological_effect=p.ecological_effect, cultural_effect=p.cultural_effect)
            for p in session.scalars(statement)]


@dataclass(frozen=True)
class PortfolioExport:
    file: Path
    projects: int
    year: int
    quarters: tuple[PortfolioQuarter, ...]  # Q1–Q4, then the year (quarter 0)


def export_portfolio(db: Database, path: Path, *, year: int | None = None, factory_id: int | None = None,
                     today: dt.date | None = None, translate: Translate = untranslated) -> PortfolioExport:
    """Every project (or those of the sessions of one factory) as a row of `path` (.xlsx), and on a second sheet
    the quarters of `year` (this year by default), as the portfolio view shows them; words in the language
    `translate` gives."""
    if path.suffix.lower() != ".xlsx":
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The portfolio is exported to an .xlsx file, not “{suffix}”."),
                          suffix=path.suffix or path.name)
    today = today or clock.today()
    year = year or today.year
    rows = portfolio_rows(db, factory_id=factory_id, today=today)
    figures = portfolio(db, year=year, factory_id=factory_id)  # the same quarter figures as the portfolio view
    quarters = (*figures.quarters, figures.total)
    yes = translate("Export", "yes")

    def project_line(row: PortfolioRow) -> list[Value]:
        return [row.id, row.title, row.organisation, row.sub_programme,
                translate("Labels", PROJECT_STATUS.get(row.status, row.status)), yes if row.overdue else "",
                translate("Labels", REVIEW_STATE[row.review_state]) if REVIEW_STATE.get(row.review_state) else "",
                row.leader, row.sponsor, row.planned_start, row.actual_start, row.planned_finish, row.actual_finish,
                metrics_summary(row.metrics, translate),
                f"{row.targets_reached} / {len(row.metrics)}" if row.metrics else "",
                row.freed_hours_per_year, row.economic_effect, row.costs, row.social_effect, row.ecological_effect,
                row.cultural_effect]

    def quarter_line(row: PortfolioQuarter) -> list[Value]:
        name = (translate("Export", "Q{quarter} {year}").format(quarter=row.quarter, year=year) if row.quarter
                else translate("Export", "{year} in all").format(year=year))
        return [name, row.planned, row.opened, row.closed, row.freed_hours_per_year, row.economic_effect, row.costs]

    write_workbook(path, [
        (translate("Export", "Projects"), [translate("Export", h) for h in PORTFOLIO_COLUMNS],
         [project_line(row) for row in rows]),
        (translate("Export", "Quarters {year}").format(year=year), [translate("Export", h) for h in QUARTER_COLUMNS],
         [quarter_line(row) for row in quarters]),
    ])
    return PortfolioExport(path, len(rows), year, quarters)


def metrics_summary(metrics: Sequence[A3Metric], translate: Translate = untranslated) -> str:
    """«Время ожидания, мин: 60 → 14 (цель 15); …» — each metric's baseline, latest value and target."""
    parts = []
    for metric in metrics:
        actual = metric.actual
        parts.append(translate("Export", "{metric}: {baseline} → {actual} (target {target})").format(
            metric=", ".join(part for part in (metric.name, metric.unit) if part), baseline=_plain(metric.baseline),
            actual=_plain(actual.value if actual else None), target=_plain(metric.target)))
    return "; ".join(parts)


def _plain(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = format(value.normalize() if value != 0 else Decimal(0), "f")
    return text.replace(".", ",")


