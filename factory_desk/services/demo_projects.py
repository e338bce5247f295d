"""Improvement projects that demo participants took on after their training, in every status of the register.

Each project comes from a held session of its organisation (its leader and team trained there), carries
its A3 texts, measured metrics and follow-ups at +30 and +90 days; a few are past their planned finish. The
completed ones have photos before and after (drawn by demo_photos).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from factory_desk.domain.models import (
    AttachmentKind,
    ImprovementProject,
    MetricMeasurement,
    PersonCategory,
    ProjectAttachment,
    ProjectFollowUp,
    ProjectMember,
    ProjectMetric,
    ProjectStatus,
    ReviewState,
    project_session,
)
from factory_desk.services import demo_corpus as corpus
from factory_desk.services.demo_people import PeoplePlan, PersonDetail
from factory_desk.services.demo_registry import Registry
from factory_desk.services.demo_sessions import PlannedSession

_S, _R = ProjectStatus, ReviewState
# (status, review state, overdue): every status and review state of the register, three overdue.
COMBINATIONS = (
    (_S.IN_DEVELOPMENT, _R.NONE, False), (_S.IN_DEVELOPMENT, _R.ON_REVIEW, False),
    (_S.LAUNCHED, _R.NONE, False), (_S.LAUNCHED, _R.ON_REVIEW, False), (_S.LAUNCHED, _R.NONE, True),
    (_S.IMPLEMENTING, _R.NONE, False), (_S.IMPLEMENTING, _R.NEEDS_WORK, True),
    (_S.IMPLEMENTING, _R.ON_REVIEW, True), (_S.IMPLEMENTING, _R.NONE, False),
    (_S.COMPLETED, _R.CHECKED, False), (_S.COMPLETED, _R.CHECKED, False), (_S.COMPLETED, _R.ON_REVIEW, False),
    (_S.COMPLETED, _R.NEEDS_WORK, False), (_S.COMPLETED, _R.CHECKED, False),
)
# How long ago (days) the training was that each kind of project came from.
_TRAINED_AGO = {
    (_S.IN_DEVELOPMENT, False): (10, 30), (_S.LAUNCHED, False): (40, 80), (_S.LAUNCHED, True): (220, 260),
    (_S.IMPLEMENTING, False): (100, 150), (_S.IMPLEMENTING, True): (230, 290), (_S.COMPLETED, False): (200, 290),
}
_NOT_LEADERS = (PersonCategory.SCHOOL_PUPIL.value,)


def write_projects(
    session: Session, sessions: list[PlannedSession], registry: Registry, plan: PeoplePlan,
    details: dict[int, PersonDetail], today: dt.date, rng: random.Random,
) -> int:
    trained = _trained_by_organisation(sessions, plan, today)
    people_of: dict[int, list[PersonDetail]] = {}
    for person in sorted(details):
        people_of.setdefault(details[person].organisation, []).append(details[person])
    templates = list(corpus.PROJECTS)
    rng.shuffle(templates)
    used: set[int] = set()
    links = []
    for number, (status, review, overdue) in enumerate(COMBINATIONS):
        template = templates[number % len(templates)]
        candidates = [o for o in registry.organisations if o.profile in template["profiles"]]
        candidates.sort(key=lambda o: (o.index in used, not trained.get(o.index), rng.random()))
        organisation = candidates[0]
        used.add(organisation.index)
        low, high = _TRAINED_AGO[(status, overdue)]
        wanted = today - dt.timedelta(days=rng.randint(low, high))
        source = _nearest(trained.get(organisation.index, []), wanted)
        anchor = source[0].last_day if source else wanted
        team = [details[p] for p in source[1] if p in details] if source else []
        project = _project(template, status, review, overdue, anchor, today, rng)
        project.organisation_id = organisation.id
        _assign_people(project, team or people_of.get(organisation.index, []), people_of.get(organisation.index, []),
                       bool(template.get("latvian")), rng)
        session.add(project)
        links.append((project, source[0] if source else None))
    session.flush()
    for project, _planned in links:  # a completed project's photos before and after, for its A3
        if project.status == _S.COMPLETED:
            session.add_all([_photo(project.id, kind, rng)
                             for kind in (AttachmentKind.PHOTO_BEFORE, AttachmentKind.PHOTO_AFTER)])
    rows = [{"project_id": project.id, "session_id": planned.id} for project, planned in links if planned]
    if rows:
        session.execute(insert(project_session), rows)
    return len(links)


def _trained_by_organisation(
    sessions: list[PlannedSession], plan: PeoplePlan, today: dt.date
) -> dict[int, list[tuple[PlannedSession, list[int]]]]:
    found: dict[int, list[tuple[PlannedSession, list[int]]]] = {}
    for planned in sessions:
        if not planned.is_done:
            continue
        by_organisation: dict[int, list[int]] = {}
        for enrolment in planned.enrolled():
            by_organisation.setdefault(plan.organisation[enrolment.person], []).append(enrolment.person)
        for organisation, people in by_organisation.items():
            found.setdefault(organisation, []).append((planned, people))
    return found


def _nearest(
    trained: list[tuple[PlannedSession, list[int]]], wanted: dt.date
) -> tuple[PlannedSession, list[int]] | None:
    close = [t for t in trained if abs((t[0].last_day - wanted).days) <= 90]
    return min(close, key=lambda t: abs((t[0].last_day - wanted).days)) if close else None


def _project(
    template: dict[str, Any], status: ProjectStatus, review: ReviewState, overdue: bool, anchor: dt.date,
    today: dt.date, rng: random.Random,
) -> ImprovementProject:
    latvian = bool(template.get("latvian"))
    planned_start = anchor + dt.timedelta(days=14)
    if status == _S.IN_DEVELOPMENT:  # not started yet, so its start is still ahead
        planned_start = max(planned_start, today + dt.timedelta(days=rng.randint(5, 20)))
    planned_kickoff = planned_start + dt.timedelta(days=21)
    planned_finish = planned_start + dt.timedelta(days=rng.randint(110, 150))
    if overdue and planned_finish >= today:
        planned_finish = today - dt.timedelta(days=rng.randint(10, 40))
    elif not overdue and status != _S.COMPLETED and planned_finish < today + dt.timedelta(days=10):
        planned_finish = today + dt.timedelta(days=rng.randint(20, 60))
    started = status != _S.IN_DEVELOPMENT
    actual_start = min(planned_start + dt.timedelta(days=rng.randint(0, 5)), today) if started else None
    actual_kickoff = min(planned_kickoff + dt.timedelta(days=rng.randint(0, 7)), today) if started else None
    actual_finish = None
    if status == _S.COMPLETED:
        actual_finish = min(planned_finish + dt.timedelta(days=rng.randint(-10, 12)), today - dt.timedelta(days=5))
    project = ImprovementProject(
        title=template["title"], sub_programme=template["sub"], status=status.value, review_state=review.value,
        description=f"{template['background']} {template['target']}",
        planned_start=planned_start, actual_start=actual_start, planned_kickoff=planned_kickoff,
        actual_kickoff=actual_kickoff, planned_finish=planned_finish, actual_finish=actual_finish,
        background=template["background"], current_condition=template["current"],
        target_condition=template["target"], root_causes=template["causes"],
        countermeasures=template["countermeasures"], plan=template["plan"],
        effect_confirmation=template["confirmation"] if status == _S.COMPLETED else "",
        follow_up_text=_follow_up_text(status, latvian), social_effect=template["social"],
    )
    if status == _S.COMPLETED:
        freed = round(template["freed"] * rng.uniform(0.85, 1.15), -1)
        project.freed_hours_per_year = Decimal(freed)
        project.economic_effect = Decimal(freed * template["rate"])
        project.costs = Decimal(template["costs"])
    project.metrics = [
        _metric(position, spec, status, actual_start or min(anchor + dt.timedelta(days=7), today), actual_finish,
                today, rng)
        for position, spec in enumerate(template["metrics"], start=1)
    ]
    project.follow_ups = [_follow_up(anchor, days, status, latvian, today, rng) for days in (30, 90)]
    return project


def _photo(project_id: int, kind: AttachmentKind, rng: random.Random) -> ProjectAttachment:
    from factory_desk.services.demo_photos import photo

    data = photo(kind == AttachmentKind.PHOTO_AFTER, rng)
    name = "Фото до.jpg" if kind == AttachmentKind.PHOTO_BEFORE else "Фото после.jpg"
    return ProjectAttachment(project_id=project_id, kind=kind.value, filename=name, mime_type="image/jpeg",
                             size_bytes=len(data), data=data)


def _follow_up_text(status: ProjectStatus, latvian: bool) -> str:
    if status != _S.COMPLETED:
        return ""
    if latvian:
        return "Kontroles mērījumi pēc 30 un 90 dienām; atbildīgais — projekta vadītājs."
    return "Контрольные замеры через 30 и 90 дней после завершения; ответственный — руководитель проекта."


def _metric(
    position: int, spec: tuple[Any, ...], status: ProjectStatus, first_day: dt.date, finished: dt.date | None,
    today: dt.date, rng: random.Random,
) -> ProjectMetric:
    name, unit, baseline, target, actual, lower = spec
    goal = {_S.COMPLETED: 1.0, _S.IMPLEMENTING: rng.uniform(0.3, 0.7), _S.LAUNCHED: rng.uniform(0.0, 0.15)}.get(status)
    reached = actual if status == _S.COMPLETED else baseline + (target - baseline) * (goal or 0.0)
    end = finished or today
    days = [first_day]
    while goal is not None and days[-1] + dt.timedelta(days=30) <= end:
        days.append(days[-1] + dt.timedelta(days=30))
    measurements = []
    for index, day in enumerate(days):
        share = index / (len(days) - 1) if len(days) > 1 else 0.0
        value = baseline + (reached - baseline) * share
        note = "Исходный замер" if index == 0 else "Итоговый замер" if finished and index == len(days) - 1 else ""
        measurements.append(MetricMeasurement(measured_on=day, value=Decimal(str(round(value, 1))), note=note))
    return ProjectMetric(name=name, unit=unit, baseline=Decimal(str(baseline)), target=Decimal(str(target)),
                         lower_is_better=lower, position=position, measurements=measurements)


def _follow_up(
    anchor: dt.date, days: int, status: ProjectStatus, latvian: bool, today: dt.date, rng: random.Random
) -> ProjectFollowUp:
    due = anchor + dt.timedelta(days=days)
    chance = 0.9 if status == _S.COMPLETED else 0.55
    if due <= today - dt.timedelta(days=3) and rng.random() < chance:
        notes = corpus.LV_FOLLOW_UP_NOTES if latvian else corpus.FOLLOW_UP_NOTES
        return ProjectFollowUp(due_date=due, done_on=min(due + dt.timedelta(days=rng.randint(0, 6)), today),
                               note=rng.choice(notes))
    return ProjectFollowUp(due_date=due, done_on=None, note="")


def _assign_people(
    project: ImprovementProject, team: list[PersonDetail], colleagues: list[PersonDetail], latvian: bool,
    rng: random.Random,
) -> None:
    """The leader trained in the source session, the sponsor is a manager of the organisation."""
    candidates = [p for p in team if p.category not in _NOT_LEADERS] or team
    if not candidates:
        return
    leader = rng.choice(candidates)
    project.leader_id = leader.id
    managers = [p for p in colleagues if p.is_manager and p.id != leader.id]
    if managers:
        project.sponsor_id = rng.choice(managers).id
    others = [p for p in team if p.id not in (leader.id, project.sponsor_id)]
    roles = corpus.LV_PROJECT_ROLES if latvian else corpus.PROJECT_ROLES
    project.members = [ProjectMember(person_id=p.id, role=rng.choice(roles))
                       for p in rng.sample(others, min(len(others), rng.randint(2, 4)))]
