"""Improvement projects that participants carry out after the training, and their measured results."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    Numeric,
    String,
    Table,
    bindparam,
    event,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import InstanceState, Mapped, aliased, mapped_column, relationship

from factory_desk.domain.models.base import Base, SortKey, Timestamped, one_of, utcnow, values
from factory_desk.domain.models.registry import Organisation, Person
from factory_desk.domain.text import fold, normalize_spaces, sort_key


class ProjectStatus(StrEnum):
    """The register's statuses. «Overdue» is not stored: it follows from the planned finish date."""

    IN_DEVELOPMENT = "in_development"
    LAUNCHED = "launched"
    IMPLEMENTING = "implementing"
    COMPLETED = "completed"


class ReviewState(StrEnum):
    NONE = "none"
    ON_REVIEW = "on_review"
    NEEDS_WORK = "needs_work"
    CHECKED = "checked"


class AttachmentKind(StrEnum):
    PHOTO_BEFORE = "photo_before"
    PHOTO_AFTER = "photo_after"
    PASSPORT = "passport"
    VALUE_STREAM_MAP = "value_stream_map"
    PROTOCOL = "protocol"
    DOCUMENT = "document"


project_session = Table(
    "project_session",
    Base.metadata,
    Column("project_id", ForeignKey("improvement_project.id", ondelete="CASCADE"), primary_key=True),
    Column("session_id", ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class ImprovementProject(Timestamped, Base):
    """A project card with its A3 sections and its effects."""

    __tablename__ = "improvement_project"
    __table_args__ = (
        one_of("status", values(ProjectStatus)),
        one_of("review_state", values(ReviewState)),
        CheckConstraint("planned_finish IS NULL OR planned_start IS NULL OR planned_finish >= planned_start",
                        name="planned_order"),
        Index("ix_improvement_project_status_finish", "status", "planned_finish"),
        # The register's order, holding the search text too: a search reads this narrow index in order instead
        # of every project's row with its long A3 texts, and looks up only the rows it shows.
        Index("ix_improvement_project_sort", "sort_key", "id", "search_text"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    sub_programme: Mapped[str] = mapped_column(default="")
    sponsor_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(default=ProjectStatus.IN_DEVELOPMENT.value)
    review_state: Mapped[str] = mapped_column(default=ReviewState.NONE.value)
    description: Mapped[str] = mapped_column(default="")
    planned_start: Mapped[dt.date | None]
    actual_start: Mapped[dt.date | None]
    planned_kickoff: Mapped[dt.date | None]
    actual_kickoff: Mapped[dt.date | None]
    planned_finish: Mapped[dt.date | None]
    actual_finish: Mapped[dt.date | None]
    passport_url: Mapped[str] = mapped_column(default="")
    value_stream_map_url: Mapped[str] = mapped_column(default="")
    # A3 report sections.
    background: Mapped[str] = mapped_column(default="")
    current_condition: Mapped[str] = mapped_column(default="")
    target_condition: Mapped[str] = mapped_column(default="")
    root_causes: Mapped[str] = mapped_column(default="")
    countermeasures: Mapped[str] = mapped_column(default="")
    plan: Mapped[str] = mapped_column(default="")
    effect_confirmation: Mapped[str] = mapped_column(default="")
    follow_up_text: Mapped[str] = mapped_column(default="")
    # Effects.
    freed_hours_per_year: Mapped[Decimal | None] = mapped_column(Numeric(12, 1))
    economic_effect: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    costs: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    social_effect: Mapped[str] = mapped_column(default="")
    ecological_effect: Mapped[str] = mapped_column(default="")
    cultural_effect: Mapped[str] = mapped_column(default="")
    search_text: Mapped[str] = mapped_column(default="")
    sort_key: Mapped[str] = mapped_column(SortKey, default="")

    organisation: Mapped[Organisation | None] = relationship()
    sponsor: Mapped[Person | None] = relationship(foreign_keys=[sponsor_id])
    leader: Mapped[Person | None] = relationship(foreign_keys=[leader_id])
    members: Mapped[list[ProjectMember]] = relationship(cascade="all, delete-orphan")
    metrics: Mapped[list[ProjectMetric]] = relationship(
        order_by="ProjectMetric.position", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[ProjectFollowUp]] = relationship(
        order_by="ProjectFollowUp.due_date", cascade="all, delete-orphan"
    )


def project_search_text(title: str, organisation_text: str | None, leader_text: str | None) -> str:
    """What the register's search looks in: the folded title, then the organisation's and the leader's own
    search texts (so one indexed-free LIKE over the project table finds a project by any of the three)."""
    return " ".join(part for part in (fold(title), (organisation_text or "").strip(), (leader_text or "").strip())
                    if part)


def _project_keys(connection, target: ImprovementProject, *,  # type: ignore[no-untyped-def]
                  inserted: bool) -> None:
    if not inserted and not _changed(target, ("title", "organisation_id", "leader_id")):
        return  # a status, a date, an A3 text: the keys stand (renames of names rewrite them, below)
    target.title = normalize_spaces(target.title)
    organisation = leader = None
    if target.organisation_id is not None:  # flushed before the project: its keys are the new ones
        organisation = connection.scalar(select(Organisation.search_text)
                                         .where(Organisation.id == target.organisation_id))
    if target.leader_id is not None:
        leader = connection.scalar(select(Person.search_text).where(Person.id == target.leader_id))
    target.search_text = project_search_text(target.title, organisation, leader)
    target.sort_key = sort_key(target.title)


def refresh_project_search(connection, *, organisation_id: int | None = None,  # type: ignore[no-untyped-def]
                           leader_id: int | None = None, rebuild: bool = True) -> int:
    """Write the search text again of the projects of an organisation or a leader whose name changed (or of
    every project, given neither); the number of projects whose text was stale (with `rebuild` False, only
    counted: `db check`)."""
    organisation, leader = aliased(Organisation), aliased(Person)
    p = ImprovementProject
    statement = (select(p.id, p.title, p.search_text, organisation.search_text, leader.search_text)
                 .outerjoin(organisation, organisation.id == p.organisation_id)
                 .outerjoin(leader, leader.id == p.leader_id))
    if organisation_id is not None:
        statement = statement.where(p.organisation_id == organisation_id)
    if leader_id is not None:
        statement = statement.where(p.leader_id == leader_id)
    changes = [{"_id": project_id, "_search": expected}
               for project_id, title, stored, organisation_text, leader_text in connection.execute(statement)
               if (expected := project_search_text(title, organisation_text, leader_text)) != stored]
    if changes and rebuild:
        table = cast(Table, p.__table__)
        connection.execute(update(table).where(table.c.id == bindparam("_id"))
                           .values(search_text=bindparam("_search")), changes)
    return len(changes)


def _changed(target: ImprovementProject | Organisation | Person, names: tuple[str, ...]) -> bool:
    state: InstanceState[Any] = inspect(target)
    return any(state.attrs[name].history.has_changes() for name in names)


# Every ORM write keeps the project's search and sort columns in step with its title, its organisation's name
# and its leader's name; renaming (or anonymising) an organisation or a person rewrites their projects' text.
event.listen(ImprovementProject, "before_insert",
             lambda _m, connection, target: _project_keys(connection, target, inserted=True))
event.listen(ImprovementProject, "before_update",
             lambda _m, connection, target: _project_keys(connection, target, inserted=False))
event.listen(Organisation, "after_update", lambda _m, connection, target: _changed(
    target, ("full_name", "short_name", "inn")) and refresh_project_search(connection, organisation_id=target.id))
event.listen(Person, "after_update", lambda _m, connection, target: _changed(
    target, ("surname", "first_name", "patronymic")) and refresh_project_search(connection, leader_id=target.id))


class ProjectMember(Base):
    __tablename__ = "project_member"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_project.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), primary_key=True)
    role: Mapped[str] = mapped_column(default="")

    person: Mapped[Person] = relationship()


class ProjectMetric(Base):
    """A measured indicator of a project: baseline, target and unit (its actual values are measurements)."""

    __tablename__ = "project_metric"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("improvement_project.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    unit: Mapped[str] = mapped_column(default="")
    baseline: Mapped[Decimal | None] = mapped_column(Numeric(16, 4))
    target: Mapped[Decimal | None] = mapped_column(Numeric(16, 4))
    lower_is_better: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)

    measurements: Mapped[list[MetricMeasurement]] = relationship(
        order_by="MetricMeasurement.measured_on", cascade="all, delete-orphan"
    )


class MetricMeasurement(Base):
    __tablename__ = "metric_measurement"
    __table_args__ = (Index("ix_metric_measurement_metric_date", "metric_id", "measured_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("project_metric.id", ondelete="CASCADE"))
    measured_on: Mapped[dt.date]
    value: Mapped[Decimal] = mapped_column(Numeric(16, 4))
    note: Mapped[str] = mapped_column(default="")


class ProjectFollowUp(Base):
    """A check-in on a project (30 and 90 days after the training, or any date) and what was found."""

    __tablename__ = "project_follow_up"
    __table_args__ = (Index("ix_project_follow_up_due", "done_on", "due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("improvement_project.id", ondelete="CASCADE"), index=True)
    due_date: Mapped[dt.date]
    done_on: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(default="")


class ProjectAttachment(Base):
    """A photo or document kept in the database, so a shared server shows it on every PC."""

    __tablename__ = "project_attachment"
    __table_args__ = (
        one_of("kind", values(AttachmentKind)),
        CheckConstraint("size_bytes >= 0", name="size_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("improvement_project.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str]
    filename: Mapped[str]
    mime_type: Mapped[str] = mapped_column(String, default="application/octet-stream")
    size_bytes: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
