"""Demo data: a realistic region written into an empty database, in one unit of work (all or nothing).

Sites, programmes, trainers, organisations and people; a year of sessions with attendance, round
results, tests, feedback and certificates; improvement projects and this year's targets. It is what a
coordinator sees on first start and what the screenshots show; the benchmarks run it with 200,000 people.
The certificates are issued afterwards through the certificate register, each reported session in its own
unit of work, so they are real ones (signed, with a PDF and a design): once the main unit of work is saved
the demo can no longer be cancelled, and should issuing fail, the demo stays without some certificates.
The steps live in the `demo_*` modules beside this one; the words they use are in `demo_corpus`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AuditEntry,
    EnrolmentStatus,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionStatus,
    Target,
    TargetMeasure,
    Trainer,
    TrainingSession,
)
from factory_desk.services.demo_outcomes import issue_certificates_of, write_outcomes
from factory_desk.services.demo_people import CHUNK, plan_people, write_people, write_retyped
from factory_desk.services.demo_projects import write_projects
from factory_desk.services.demo_registry import Registry, build_registry
from factory_desk.services.demo_sessions import PlannedSession, Planner, write_pool, write_sessions
from factory_desk.store.database import Database
from factory_desk.store.search_keys import index_new_people

_FIXED_STEPS = 8  # progress steps besides one per chunk of people and those of issuing certificates
_ISSUE_STEPS = 4  # issuing the certificates takes about as long as the rest together
NPS_TARGET = 75
# Shares of the yearly plan per quarter: the first quarter starts slowly, the last one catches up.
_QUARTER_SHARES = (Decimal("0.2"), Decimal("0.25"), Decimal("0.25"), Decimal("0.3"))


@dataclass(frozen=True)
class DemoSummary:
    """What was created, for the command line and the GUI to report."""

    factories: int
    programmes: int
    trainers: int
    organisations: int
    people: int
    sessions: int
    enrolments: int
    certificates: int
    projects: int


class _Steps:
    """Reports progress and stops the run (rolling everything back) when the caller cancels."""

    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.total, self.count = total, 0
        self.progress, self.cancelled = progress, cancelled

    def done(self) -> None:
        self.count = min(self.count + 1, self.total)
        if self.cancelled is not None and self.cancelled():
            raise FactoryDeskError(QT_TRANSLATE_NOOP("Errors", "The demo data was not created: cancelled."))
        if self.progress is not None:
            self.progress(self.count, self.total)


def fill_demo(
    db: Database,
    *,
    people: int = 400,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo region; the same seed and day give the same data."""
    if people < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The number of demo people cannot be negative."),
                              field="people")
    today = today or clock.today()
    steps = _Steps(_FIXED_STEPS + math.ceil(people / CHUNK) + _ISSUE_STEPS, progress, cancelled)
    if progress is not None:
        progress(0, steps.total)
    with db.write() as session:
        _refuse_unless_empty(session)
        registry = build_registry(session, random.Random(f"{seed}:registry"), today)
        plan = plan_people(people, registry, random.Random(f"{seed}:people"))
        planner = Planner(registry, plan, today, random.Random(f"{seed}:calendar"))
        sessions = planner.plan_sessions()
        steps.done()
        person_ids, details = write_people(session, plan, registry, planner.enrolled(sessions), today,
                                           random.Random(f"{seed}:names"), steps.done)
        index_new_people(session.connection())  # the bulk insert bypassed the events that fill the word index
        write_retyped(session, registry, details)
        steps.done()
        rng = random.Random(f"{seed}:sessions")
        write_sessions(session, sessions, registry, person_ids, today, rng)
        steps.done()
        write_pool(session, plan, registry, person_ids, rng)
        write_outcomes(session, sessions, registry, today, random.Random(f"{seed}:outcomes"))
        steps.done()
        projects = write_projects(session, sessions, registry, plan, details, today,
                                  random.Random(f"{seed}:projects"))
        steps.done()
        _write_targets(session, sessions, today)
        steps.done()
        session.flush()
        steps.done()
    # Saved: from here on cancelling would leave a demo without certificates, so it no longer stops the run.
    steps.cancelled = None
    certificates = issue_certificates_of(db, sessions, registry, today, random.Random(f"{seed}:certificates"),
                                         steps.done, _ISSUE_STEPS)
    summary = DemoSummary(
        factories=len(registry.factories), programmes=len(registry.programmes),
        trainers=len(registry.trainers), organisations=len(registry.organisations), people=people,
        sessions=len(sessions), enrolments=sum(len(s.enrolments) for s in sessions),
        certificates=certificates, projects=projects,
    )
    with db.write() as session:
        _write_audit(session, registry, summary, seed, today)
    steps.done()
    return summary


def _refuse_unless_empty(session: Session) -> None:
    for model in (Factory, Programme, Trainer, Organisation, Person, TrainingSession):
        if session.scalar(select(model.id).limit(1)) is not None:
            raise FactoryDeskError(
                QT_TRANSLATE_NOOP("Errors", "Demo data can only fill an empty database, and this one already has "
                                            "factories, people or sessions; nothing was changed. Create a new "
                                            "database for the demo.")
            )


def _write_targets(session: Session, sessions: list[PlannedSession], today: dt.date) -> None:
    """This year's plan for the region: a little above what the calendar holds, NPS at the usual 75."""
    running = [s for s in sessions if s.status != SessionStatus.CANCELLED.value]
    trained = {e.person for s in running for e in s.enrolments if e.status == EnrolmentStatus.ENROLLED.value}
    yearly = {
        TargetMeasure.PEOPLE_TRAINED: Decimal(max(10, math.ceil(len(trained) * 1.05 / 10) * 10)),
        TargetMeasure.SESSIONS: Decimal(max(4, math.ceil(len(running) * 1.05))),
    }
    rows = []
    for measure, value in yearly.items():
        rows.append({"year": today.year, "quarter": 0, "factory_id": None, "measure": measure.value, "value": value})
        rows.extend(
            {"year": today.year, "quarter": quarter, "factory_id": None, "measure": measure.value,
             "value": (value * share).quantize(Decimal(1))}
            for quarter, share in enumerate(_QUARTER_SHARES, start=1)
        )
    rows.extend(
        {"year": today.year, "quarter": quarter, "factory_id": None, "measure": TargetMeasure.NPS.value,
         "value": Decimal(NPS_TARGET)}
        for quarter in range(5)
    )
    session.execute(insert(Target), rows)


def _write_audit(session: Session, registry: Registry, summary: DemoSummary, seed: int, today: dt.date) -> None:
    session.add(AuditEntry(
        user_id=registry.coordinator_id, user_name=registry.coordinator_name, action="demo_data_created",
        entity="database", entity_id=None, reason="Демонстрационные данные",
        details={**asdict(summary), "seed": seed, "today": today.isoformat()},
    ))
