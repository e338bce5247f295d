"""Figures for the main window's areas: how much each area holds, read in one unit of work."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

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
    today = today or dt.date.today()

    def count(statement) -> int:  # type: ignore[no-untyped-def]
        return int(session.execute(statement).scalar_one())

    with db.read() as session:
        return Overview(
            factories=count(select(func.count()).select_from(Factory)),
            people=count(select(func.count()).select_from(Person).where(Person.anonymised_at.is_(None))),
            organisations=count(select(func.count()).select_from(Organisation)),
            sessions_total=count(select(func.count()).select_from(TrainingSession)),
            sessions_upcoming=count(
                select(func.count(func.distinct(SessionDay.session_id)))
                .join(TrainingSession, TrainingSession.id == SessionDay.session_id)
                .where(SessionDay.date >= today, TrainingSession.status != SessionStatus.CANCELLED.value)
            ),
            sessions_held=count(
                select(func.count()).select_from(TrainingSession).where(
                    TrainingSession.status.in_([SessionStatus.HELD.value, SessionStatus.REPORTED.value])
                )
            ),
            certificates_issued=count(
                select(func.count()).select_from(Certificate).where(
                    Certificate.status == CertificateStatus.ISSUED.value
                )
            ),
            projects_open=count(
                select(func.count()).select_from(ImprovementProject).where(
                    ImprovementProject.status != ProjectStatus.COMPLETED.value
                )
            ),
        )
