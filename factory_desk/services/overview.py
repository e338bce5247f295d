"""Figures for the main window's areas: how much each area holds, read in one unit of work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ScalarSelect, func, select

from factory_desk.domain import clock
from factory_desk.domain.models import (
    Certificate,
    CertificateStatus,
    Factory,
    ImprovementProject,
    Organisation,
    Person,
    ProjectStatus,
    SessionDay,
    SessionStatus,
    TrainingSession,
)
from factory_desk.store.database import Database


@dataclass(frozen=True)
class Overview:
    factories: int
    people: int
    organisations: int
    sessions_total: int
    sessions_upcoming: int
    sessions_held: int
    certificates_issued: int
    projects_open: int


def overview(db: Database, today: dt.date | None = None) -> Overview:
    """All figures in one statement: the first screen waits for one round trip and one compilation."""
    today = today or clock.today()

    def count(model, *conditions) -> ScalarSelect[int]:  # type: ignore[no-untyped-def]
        return select(func.count()).select_from(model).where(*conditions).scalar_subquery()

    upcoming = (
        select(func.count(func.distinct(SessionDay.session_id)))
        .join(TrainingSession, TrainingSession.id == SessionDay.session_id)
        .where(SessionDay.date >= today, TrainingSession.status != SessionStatus.CANCELLED.value)
        .scalar_subquery()
    )
    statement = select(
        count(Factory),
        # "all minus the anonymised": the partial index answers the second count without a table scan
        count(Person) - count(Person, Person.anonymised_at.is_not(None)),
        count(Organisation),
        count(TrainingSession),
        upcoming,
        count(TrainingSession, TrainingSession.status.in_([SessionStatus.HELD.value, SessionStatus.REPORTED.value])),
        count(Certificate, Certificate.status == CertificateStatus.ISSUED.value),
        count(ImprovementProject, ImprovementProject.status != ProjectStatus.COMPLETED.value),
    )
    with db.read() as session:
        return Overview(*(int(value) for value in session.execute(statement).one()))
