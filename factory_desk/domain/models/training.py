"""The training day: sessions and their days, trainers, enrolments, attendance, rounds, tests, feedback."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Numeric,
    String,
    Table,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from factory_desk.domain.models.base import Base, Timestamped, one_of, utcnow, values
from factory_desk.domain.models.registry import Factory, Person, Programme, RoundMetric, Trainer


class SessionStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"  # open for enrolment
    CONFIRMED = "confirmed"
    HELD = "held"
    REPORTED = "reported"
    CANCELLED = "cancelled"


# The statuses of a session that still takes people in, and whose plan can still be changed.
ACCEPTING_STATUSES = (SessionStatus.PLANNED.value, SessionStatus.OPEN.value, SessionStatus.CONFIRMED.value)


class EnrolmentStatus(StrEnum):
    ENROLLED = "enrolled"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"
    MOVED = "moved"  # moved to another session (a new enrolment there)
    REPLACED = "replaced"  # replaced by a colleague on the day


class EnrolmentSource(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"
    POOL = "pool"
    PLANNER = "planner"
    WALK_IN = "walk_in"
    REPLACEMENT = "replacement"
    MOVE = "move"


class TestKind(StrEnum):
    PRE = "pre"
    POST = "post"


class TrainerRole(StrEnum):
    LEAD = "lead"
    ASSISTANT = "assistant"


session_trainer = Table(
    "session_trainer",
    Base.metadata,
    Column("session_id", ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True),
    Column("trainer_id", ForeignKey("trainer.id", ondelete="RESTRICT"), primary_key=True, index=True),
    Column("role", String, nullable=False, default=TrainerRole.LEAD.value),
    CheckConstraint("role IN ('lead', 'assistant')", name="role_valid"),
)


class TrainingSession(Timestamped, Base):
    """A group on a programme at a factory, on one or more days."""

    __tablename__ = "training_session"
    __table_args__ = (
        one_of("status", values(SessionStatus)),
        CheckConstraint("min_group >= 1 AND min_group <= max_group AND max_group <= 100", name="group_range"),
        CheckConstraint("status <> 'cancelled' OR cancel_reason IS NOT NULL", name="cancel_has_reason"),
        Index("ix_training_session_factory_status", "factory_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    factory_id: Mapped[int] = mapped_column(ForeignKey("factory.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(default=SessionStatus.PLANNED.value)
    min_group: Mapped[int] = mapped_column(default=12)
    max_group: Mapped[int] = mapped_column(default=16)
    # Why min/max differ from the programme's, when they do.
    group_size_reason: Mapped[str | None]
    cancel_reason: Mapped[str | None]
    notes: Mapped[str] = mapped_column(default="")
    trainer_notes: Mapped[str] = mapped_column(default="")
    closed_at: Mapped[dt.datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))

    programme: Mapped[Programme] = relationship()
    factory: Mapped[Factory] = relationship()
    days: Mapped[list[SessionDay]] = relationship(
        back_populates="session", order_by="SessionDay.day_no", cascade="all, delete-orphan"
    )
    trainers: Mapped[list[Trainer]] = relationship(secondary=session_trainer)
    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="session", cascade="all, delete-orphan")


class SessionDay(Base):
    """One day of a session with its hours; the calendar and conflict checks read these."""

    __tablename__ = "session_day"
    __table_args__ = (
        UniqueConstraint("session_id", "day_no"),
        CheckConstraint("day_no >= 1", name="day_no_positive"),
        CheckConstraint("ends_at > starts_at", name="time_order"),
        Index("ix_session_day_date", "date", "session_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    day_no: Mapped[int] = mapped_column(default=1)
    date: Mapped[dt.date]
    starts_at: Mapped[dt.time] = mapped_column(default=dt.time(9, 0))
    ends_at: Mapped[dt.time] = mapped_column(default=dt.time(17, 0))

    session: Mapped[TrainingSession] = relationship(back_populates="days")


class Enrolment(Timestamped, Base):
    """A person's place in a session, or on its waitlist."""

    __tablename__ = "enrolment"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        # Two people can never hold the same waitlist place.
        UniqueConstraint("session_id", "waitlist_position"),
        one_of("status", values(EnrolmentStatus)),
        one_of("source", values(EnrolmentSource)),
        CheckConstraint(
            "(status = 'waitlisted' AND waitlist_position IS NOT NULL AND waitlist_position >= 1)"
            " OR (status <> 'waitlisted' AND waitlist_position IS NULL)",
            name="waitlist_position_matches_status",
        ),
        Index("ix_enrolment_person", "person_id", "session_id"),
        # The calendar counts enrolled and waiting people per session from the index alone.
        Index("ix_enrolment_session_status", "session_id", "status"),
        # Few people wait: "waiting lists that can be promoted" starts from them.
        Index(
            "ix_enrolment_waitlisted",
            "session_id",
            sqlite_where=text("status = 'waitlisted'"),
            postgresql_where=text("status = 'waitlisted'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(default=EnrolmentStatus.ENROLLED.value)
    waitlist_position: Mapped[int | None]
    source: Mapped[str] = mapped_column(default=EnrolmentSource.MANUAL.value)
    # The enrolment this one took the place of (a replacement or a move).
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("enrolment.id", ondelete="SET NULL"))
    status_reason: Mapped[str | None]

    session: Mapped[TrainingSession] = relationship(back_populates="enrolments")
    person: Mapped[Person] = relationship()
    marks: Mapped[list[AttendanceMark]] = relationship(cascade="all, delete-orphan")


class AttendanceStatus(Base):
    """The list of attendance statuses, editable per centre; built-in ones cannot be removed."""

    __tablename__ = "attendance_status"

    code: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    counts_as_present: Mapped[bool] = mapped_column(default=False)
    needs_note: Mapped[bool] = mapped_column(default=False)
    shortcut: Mapped[str | None] = mapped_column(String(1), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    is_builtin: Mapped[bool] = mapped_column(default=False)
    is_active: Mapped[bool] = mapped_column(default=True)


class AttendanceMark(Base):
    """A person's attendance on one day of a session; saved the moment the trainer makes it."""

    __tablename__ = "attendance_mark"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "day_no"),
        CheckConstraint("day_no >= 1", name="day_no_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"))
    day_no: Mapped[int] = mapped_column(default=1)
    status_code: Mapped[str] = mapped_column(ForeignKey("attendance_status.code", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(default="")
    marked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))


class RoundResult(Base):
    """One metric's value in one simulation round of a session."""

    __tablename__ = "round_result"
    __table_args__ = (
        UniqueConstraint("session_id", "round_no", "metric_id"),
        CheckConstraint("round_no BETWEEN 1 AND 10", name="round_no_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    round_no: Mapped[int]
    metric_id: Mapped[int] = mapped_column(ForeignKey("round_metric.id", ondelete="RESTRICT"), index=True)
    value: Mapped[Decimal] = mapped_column(Numeric(14, 4))

    metric: Mapped[RoundMetric] = relationship()


class TestResult(Base):
    """A pre-test or post-test score of one participant (knowledge gain is post minus pre)."""

    __tablename__ = "test_result"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "kind"),
        one_of("kind", values(TestKind)),
        CheckConstraint("max_score > 0 AND score >= 0 AND score <= max_score", name="score_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"))
    kind: Mapped[str]
    score: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    max_score: Mapped[Decimal] = mapped_column(Numeric(7, 2), default=Decimal(100))


class Feedback(Base):
    """The feedback form: the 0–10 "would you recommend" answer and a comment."""

    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("recommend IS NULL OR recommend BETWEEN 0 AND 10", name="recommend_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id", ondelete="CASCADE"), unique=True)
    recommend: Mapped[int | None]
    comment: Mapped[str] = mapped_column(default="")
    submitted_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
