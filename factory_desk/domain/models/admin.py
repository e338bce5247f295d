"""Users and roles, the audit log, settings shared by every PC, and yearly and quarterly targets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Numeric, column, func
from sqlalchemy.orm import Mapped, mapped_column

from factory_desk.domain.models.base import Base, one_of, utcnow, values


class Role(StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    TRAINER = "trainer"
    VIEWER = "viewer"


class TargetMeasure(StrEnum):
    PEOPLE_TRAINED = "people_trained"
    PERSON_SESSIONS = "person_sessions"
    SESSIONS = "sessions"
    PROJECTS_OPENED = "projects_opened"
    PROJECTS_CLOSED = "projects_closed"
    NPS = "nps"


class AppUser(Base):
    __tablename__ = "app_user"
    __table_args__ = (one_of("role", values(Role)),)

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(unique=True)
    display_name: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default=Role.COORDINATOR.value)
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AuditEntry(Base):
    """Who changed what, when and why. The user's name is copied so the entry outlives the account."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    user_name: Mapped[str] = mapped_column(default="")
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[int | None]
    reason: Mapped[str | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Setting(Base):
    """A centre-wide setting (certificate language, attachment size limit…), shared by every PC."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Target(Base):
    """A plan figure for a year (quarter 0) or a quarter, for the region (no factory) or one factory."""

    __tablename__ = "target"
    __table_args__ = (
        one_of("measure", values(TargetMeasure)),
        CheckConstraint("quarter BETWEEN 0 AND 4", name="quarter_range"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
        Index(
            "uq_target_scope",
            "year",
            "quarter",
            "measure",
            func.coalesce(column("factory_id"), 0),
            unique=True,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    quarter: Mapped[int] = mapped_column(default=0)
    factory_id: Mapped[int | None] = mapped_column(ForeignKey("factory.id", ondelete="CASCADE"))
    measure: Mapped[str]
    value: Mapped[Decimal] = mapped_column(Numeric(12, 2))
