"""What a project achieved and how it is followed: metrics and their measurements, effects, follow-ups (and which
are due, for the Today page), and attachments kept in the database. Each change locks the project's row and
writes an audit entry in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AttachmentKind,
    AuditEntry,
    ImprovementProject,
    MetricMeasurement,
    Organisation,
    Person,
    ProjectAttachment,
    ProjectFollowUp,
    ProjectMetric,
    SessionDay,
    Setting,
    project_session,
)
from factory_desk.domain.text import full_name, normalize_spaces
from factory_desk.services.projects import REVIEWERS, Effects, ProjectError, audit, locked_project
from factory_desk.services.users import check_role
from factory_desk.store.database import Database

ATTACHMENT_LIMIT_SETTING = "attachment_limit_mb"
DEFAULT_ATTACHMENT_LIMIT_MB = 10
ATTACHMENT_LIMIT_RANGE_MB = (1, 100)  # what the centre may choose (Settings → The centre)
MB = 1024 * 1024
FOLLOW_UP_DAYS = (30, 90)


# ---------------------------------------------------------------------------------------------------------------
# Metrics and measurements


@dataclass
class MetricDraft:
    """A metric as the editor saves it; `id` None for a new one (placed after the others)."""

    name: str = ""
    unit: str = ""
    baseline: Decimal | None = None
    target: Decimal | None = None
    lower_is_better: bool = True
    id: int | None = None


def _decimal(value: object, name: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a number."), field=name,
                              value=value) from None
    if not number.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}” is not a number."), field=name, value=value)
    return number


def _metric(session: Session, metric_id: int) -> ProjectMetric:
    metric = session.get(ProjectMetric, metric_id)
    if metric is None:
        raise ProjectError(QT_TRANSLATE_NOOP("Errors", "There is no project metric with the number {id}."),
                           id=metric_id)
    return metric


def _locked_metric(session: Session, metric_id: int) -> ProjectMetric:
    project_id = session.scalar(select(ProjectMetric.project_id).where(ProjectMetric.id == metric_id))
    if project_id is None:
        raise ProjectError(QT_TRANSLATE_NOOP("Errors", "There is no project metric with the number {id}."),
                           id=metric_id)
    locked_project(session, project_id)
    return _metric(session, metric_id)


def save_metric(db: Database, project_id: int, draft: MetricDraft, *, user_name: str = "") -> int:
    """Add (`draft.id` None) or change a metric of the project; its id."""
    name = normalize_spaces(draft.name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A metric needs its name."), field="name")
    baseline, target = _decimal(draft.baseline, "baseline"), _decimal(draft.target, "target")
    with db.write() as session:
        project = locked_project(session, project_id)
        if draft.id is None:
            position = session.scalar(select(func.coalesce(func.max(ProjectMetric.position), 0))
                                      .where(ProjectMetric.project_id == project.id)) or 0
            metric = ProjectMetric(project_id=project.id, name=name, position=position + 1)
            session.add(metric)
        else:
            metric = _metric(session, draft.id)
            if metric.project_id != project.id:
                raise ProjectError(QT_TRANSLATE_NOOP(
                    "Errors", "The metric {id} belongs to another project."), id=draft.id)
        metric.name, metric.unit = name, normalize_spaces(draft.unit)
        metric.baseline, metric.target, metric.lower_is_better = baseline, target, draft.lower_is_better
        session.flush()
        audit(session, project.id, "project_metric_added" if draft.id is None else "project_metric_changed",
              user_name, metric_id=metric.id, name=name, baseline=_text(baseline), target=_text(target),
              unit=metric.unit, lower_is_better=draft.lower_is_better)
        return metric.id


def delete_metric(db: Database, metric_id: int, *, user_name: str = "") -> None:
    """Remove a metric with its measurements."""
    with db.write() as session:
        metric = _locked_metric(session, metric_id)
        audit(session, metric.project_id, "project_metric_deleted", user_name, metric_id=metric.id, name=metric.name,
              measurements=len(metric.measurements))
        session.delete(metric)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")


def _measurement_value(value: object) -> Decimal:
    number = _decimal(value, "value")
    if number is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A measurement needs its value."), field="value")
    return number


def add_measurement(db: Database, metric_id: int, measured_on: dt.date, value: object, note: str = "", *,
                    user_name: str = "") -> int:
    """Record the metric's actual value on a date; its id."""
    number = _measurement_value(value)
    with db.write() as session:
        metric = _locked_metric(session, metric_id)
        measurement = MetricMeasurement(metric_id=metric.id, measured_on=measured_on, value=number,
                                        note=note.strip())
        session.add(measurement)
        session.flush()
        audit(session, metric.project_id, "project_measurement_added", user_name, metric_id=metric.id,
              measurement_id=measurement.id, measured_on=measured_on.isoformat(), value=_text(number))
        return measurement.id


def _locked_measurement(session: Session, measurement_id: int) -> tuple[MetricMeasurement, ProjectMetric]:
    metric_id = session.scalar(select(MetricMeasurement.metric_id).where(MetricMeasurement.id == measurement_id))
    if metric_id is None:
        raise ProjectError(QT_TRANSLATE_NOOP("Errors", "There is no measurement with the number {id}."),
                           id=measurement_id)
    metric = _locked_metric(session, metric_id)
    measurement = session.get(MetricMeasurement, measurement_id)
    assert measurement is not None
    return measurement, metric


def edit_measurement(db: Database, measurement_id: int, measured_on: dt.date, value: object, note: str = "", *,
                     user_name: str = "") -> None:
    number = _measurement_value(value)
    with db.write() as session:
        measurement, metric = _locked_measurement(session, measurement_id)
        before = {"measured_on": measurement.measured_on.isoformat(), "value": _text(measurement.value),
                  "note": measurement.note}
        measurement.measured_on, measurement.value, measurement.note = measured_on, number, note.strip()
        audit(session, metric.project_id, "project_measurement_changed", user_name, metric_id=metric.id,
              measurement_id=measurement_id, before=before,
              after={"measured_on": measured_on.isoformat(), "value": _text(number), "note": note.strip()})


def delete_measurement(db: Database, measurement_id: int, *, user_name: str = "") -> None:
    with db.write() as session:
        measurement, metric = _locked_measurement(session, measurement_id)
        audit(session, metric.project_id, "project_measurement_deleted", user_name, metric_id=metric.id,
              measurement_id=measurement_id, measured_on=measurement.measured_on.isoformat(),
              value=_text(measurement.value))
        session.delete(measurement)


# ---------------------------------------------------------------------------------------------------------------
# Effects


def set_effects(db: Database, project_id: int, effects: Effects, *, user_name: str = "") -> None:
    """The project's effects: freed working hours a year, economic effect and costs (none negative), and the
    social, ecological and cultural effects in words."""
    numbers = {name: _decimal(getattr(effects, name), name)
               for name in ("freed_hours_per_year", "economic_effect", "costs")}
    for name, number in numbers.items():
        if number is not None and number < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An effect or a cost cannot be negative ({value})."),
                                  field=name, value=_text(number))
    texts = {name: getattr(effects, name).strip() for name in ("social_effect", "ecological_effect",
                                                               "cultural_effect")}
    with db.write() as session:
        project = locked_project(session, project_id)
        changed = []
        for name, value in (numbers | texts).items():
            if getattr(project, name) != value:
                changed.append(name)
                setattr(project, name, value)
        if changed:
            audit(session, project.id, "project_effects_changed", user_name, changed=changed,
                  **{name: _text(numbers[name]) for name in changed if name in numbers})


# ---------------------------------------------------------------------------------------------------------------
# Follow-ups


def _anchor(session: Session, project: ImprovementProject) -> dt.date | None:
    """The day follow-ups are counted from: the project's start (actual, else planned), else the last day of the
    latest session it came from."""
    if project.actual_start or project.planned_start:
        return project.actual_start or project.planned_start
    return session.scalar(select(func.max(SessionDay.date)).join(
        project_session, project_session.c.session_id == SessionDay.session_id
    ).where(project_session.c.project_id == project.id))


def plan_follow_ups(db: Database, project_id: int, days: Iterable[int] = FOLLOW_UP_DAYS, *,
                    user_name: str = "") -> list[int]:
    """Follow-ups `days` after the project's start (or its session's last day); a date that already has one is
    skipped. The ids of the new ones."""
    with db.write() as session:
        project = locked_project(session, project_id)
        anchor = _anchor(session, project)
        if anchor is None:
            raise ProjectError(QT_TRANSLATE_NOOP(
                "Errors", "The project has no start date and no session, so there is no day to count its "
                          "follow-ups from; enter its planned start first."), id=project_id)
        taken = {f.due_date for f in project.follow_ups}
        new = []
        for offset in sorted(set(days)):
            due = anchor + dt.timedelta(days=offset)
            if due not in taken:
                new.append(ProjectFollowUp(project_id=project.id, due_date=due))
                taken.add(due)
        session.add_all(new)
        session.flush()
        if new:
            audit(session, project.id, "project_follow_ups_planned", user_name, counted_from=anchor.isoformat(),
                  due=[f.due_date.isoformat() for f in new])
        return [f.id for f in new]


def add_follow_up(db: Database, project_id: int, due_date: dt.date, note: str = "", *, user_name: str = "") -> int:
    with db.write() as session:
        project = locked_project(session, project_id)
        follow_up = ProjectFollowUp(project_id=project.id, due_date=due_date, note=note.strip())
        session.add(follow_up)
        session.flush()
        audit(session, project.id, "project_follow_up_added", user_name, follow_up_id=follow_up.id,
              due=due_date.isoformat())
        return follow_up.id


def _locked_follow_up(session: Session, follow_up_id: int) -> ProjectFollowUp:
    project_id = session.scalar(select(ProjectFollowUp.project_id).where(ProjectFollowUp.id == follow_up_id))
    if project_id is None:
        raise ProjectError(QT_TRANSLATE_NOOP("Errors", "There is no follow-up with the number {id}."),
                           id=follow_up_id)
    locked_project(session, project_id)
    follow_up = session.get(ProjectFollowUp, follow_up_id)
    assert follow_up is not None
    return follow_up


def record_follow_up(db: Database, follow_up_id: int, done_on: dt.date | None, note: str, *,
                     user_name: str = "") -> None:
    """Mark a follow-up done on `done_on` with what was found (`done_on` None opens it again)."""
    with db.write() as session:
        follow_up = _locked_follow_up(session, follow_up_id)
        follow_up.done_on, follow_up.note = done_on, note.strip()
        audit(session, follow_up.project_id, "project_follow_up_done" if done_on else "project_follow_up_reopened",
              user_name, follow_up_id=follow_up_id, done_on=done_on.isoformat() if done_on else None)


def move_follow_up(db: Database, follow_up_id: int, due_date: dt.date, *, user_name: str = "") -> None:
    with db.write() as session:
        follow_up = _locked_follow_up(session, follow_up_id)
        before, follow_up.due_date = follow_up.due_date, due_date
        audit(session, follow_up.project_id, "project_follow_up_moved", user_name, follow_up_id=follow_up_id,
              **{"from": before.isoformat(), "to": due_date.isoformat()})


def delete_follow_up(db: Database, follow_up_id: int, *, user_name: str = "") -> None:
    with db.write() as session:
        follow_up = _locked_follow_up(session, follow_up_id)
        audit(session, follow_up.project_id, "project_follow_up_deleted", user_name, follow_up_id=follow_up_id,
              due=follow_up.due_date.isoformat())
        session.delete(follow_up)


@dataclass(frozen=True)
class DueFollowUp:
    id: int
    project_id: int
    title: str
    organisation: str
    leader: str
    due_date: dt.date
    days_late: int  # 0 when due today or later; positive when overdue

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


def due_follow_ups(db: Database, today: dt.date, *, within_days: int = 7) -> list[DueFollowUp]:
    """Follow-ups not done that are overdue or due within `within_days` of `today`, the most urgent first."""
    horizon = today + dt.timedelta(days=within_days)
    statement = (
        select(ProjectFollowUp.id, ImprovementProject.id, ImprovementProject.title,
               func.coalesce(func.nullif(Organisation.short_name, ""), Organisation.full_name, ""),
               func.coalesce(Person.surname, ""), func.coalesce(Person.first_name, ""),
               func.coalesce(Person.patronymic, ""), ProjectFollowUp.due_date)
        .join(ImprovementProject, ImprovementProject.id == ProjectFollowUp.project_id)
        .outerjoin(Organisation, Organisation.id == ImprovementProject.organisation_id)
        .outerjoin(Person, Person.id == ImprovementProject.leader_id)
        .where(ProjectFollowUp.done_on.is_(None), ProjectFollowUp.due_date <= horizon)
        .order_by(ProjectFollowUp.due_date, ImprovementProject.sort_key, ProjectFollowUp.id)
    )
    with db.read() as session:
        return [DueFollowUp(fid, pid, title, org, full_name(surname, first, patronymic) if surname else "", due,
                            max((today - due).days, 0))
                for fid, pid, title, org, surname, first, patronymic, due in session.execute(statement)]


# ---------------------------------------------------------------------------------------------------------------
# Attachments

KINDS = tuple(kind.value for kind in AttachmentKind)


def _limit_mb(session: Session) -> float:
    value = session.scalar(select(Setting.value).where(Setting.key == ATTACHMENT_LIMIT_SETTING))
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return float(DEFAULT_ATTACHMENT_LIMIT_MB)


def attachment_limit_mb(db: Database) -> float:
    """The largest attachment the centre accepts, in MB (the setting "attachment_limit_mb", 10 by default)."""
    with db.read() as session:
        return _limit_mb(session)


def set_attachment_limit_mb(db: Database, megabytes: int, *, user_name: str) -> None:
    """The largest attachment the centre accepts from now on, on every PC: a whole number of MB from 1 to 100;
    only a coordinator (or an administrator) may change it; recorded in the audit log."""
    low, high = ATTACHMENT_LIMIT_RANGE_MB
    if isinstance(megabytes, bool) or not isinstance(megabytes, int) or not low <= megabytes <= high:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The attachment limit must be a whole number of megabytes from {low} to {high}, not "
                      "“{value}”."), field=ATTACHMENT_LIMIT_SETTING, low=low, high=high, value=megabytes)
    with db.write() as session:
        check_role(session, user_name, REVIEWERS, QT_TRANSLATE_NOOP(
            "Errors", "Only a coordinator or an administrator can change the attachment limit; you are signed in "
                      "as “{login}” with the role “{role}”."))
        setting = session.get(Setting, ATTACHMENT_LIMIT_SETTING, with_for_update=True)
        before = _limit_mb(session)
        before_shown = int(before) if before.is_integer() else before
        if setting is None:
            session.add(Setting(key=ATTACHMENT_LIMIT_SETTING, value=megabytes))
        else:
            setting.value = megabytes
        if before != megabytes:
            session.add(AuditEntry(action="setting_changed", entity="setting", user_name=user_name,
                                   details={"key": ATTACHMENT_LIMIT_SETTING, "from": before_shown, "to": megabytes}))


def _mb(size: float) -> str:
    """Megabytes with one decimal, rounded up (a file just past 10 MB reads 10.1, not 10)."""
    text = f"{math.ceil(size * 10 / MB) / 10:.1f}"
    return text[:-2] if text.endswith(".0") else text


def add_attachment(db: Database, project_id: int, kind: str, filename: str, data: bytes,
                   mime_type: str = "application/octet-stream", *, user_name: str = "") -> int:
    """Keep a photo or document with the project; refused with the file's size and the limit (in MB) when it is
    larger than the setting allows, and nothing is written. Its id."""
    if kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no kind of attachment “{kind}”."),
                              field="kind", kind=kind)
    name = normalize_spaces(filename.replace("\\", "/").rsplit("/", 1)[-1])
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An attachment needs its file name."), field="filename")
    with db.write() as session:
        project = locked_project(session, project_id)
        limit = _limit_mb(session)
        if len(data) > limit * MB:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The file {filename} is {size} MB; attachments may be at most {limit} MB. Make it smaller "
                          "(a photo at a lower resolution, a PDF compressed) or ask the centre to raise the limit."),
                field="data", filename=name, size=_mb(len(data)), limit=_mb(limit * MB))
        attachment = ProjectAttachment(project_id=project.id, kind=kind, filename=name,
                                       mime_type=mime_type or "application/octet-stream", size_bytes=len(data),
                                       data=bytes(data))
        session.add(attachment)
        session.flush()
        audit(session, project.id, "project_attachment_added", user_name, attachment_id=attachment.id, kind=kind,
              filename=name, size_bytes=len(data))
        return attachment.id


def _no_attachment(attachment_id: int) -> ProjectError:
    return ProjectError(QT_TRANSLATE_NOOP("Errors", "There is no attachment with the number {id}."),
                        id=attachment_id)


def attachment_data(db: Database, attachment_id: int) -> bytes:
    """The bytes of one attachment."""
    with db.read() as session:
        data = session.scalar(select(ProjectAttachment.data).where(ProjectAttachment.id == attachment_id))
        if data is None:
            raise _no_attachment(attachment_id)
        return bytes(data)


def remove_attachment(db: Database, attachment_id: int, *, user_name: str = "") -> None:
    with db.write() as session:
        row = session.execute(select(ProjectAttachment.project_id, ProjectAttachment.filename,
                                     ProjectAttachment.kind).where(ProjectAttachment.id == attachment_id)).first()
        if row is None:
            raise _no_attachment(attachment_id)
        project_id, filename, kind = row
        locked_project(session, project_id)
        session.execute(delete(ProjectAttachment).where(ProjectAttachment.id == attachment_id))
        audit(session, project_id, "project_attachment_removed", user_name, attachment_id=attachment_id,
              filename=filename, kind=kind)
