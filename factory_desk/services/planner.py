"""The group planner: split a set of people (an organisation's staff, say) into groups of the programme's size
over the sessions that still have room and over free days, then enrol them all in one unit of work.

The proposal is plain, mutable data: the coordinator moves people between its groups in the dialog, and
`PlannedGroup.problem` says, live, when a group leaves its limits. People who cannot go into any group are
listed with the reason. The planner fills the open sessions first, soonest first, and only then proposes new
sessions; it places as many people as it can with as few new sessions as it can, and splits them evenly, so
45 people in groups of 12–16 become 15 + 15 + 15 rather than 16 + 16 + 13.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AuditEntry,
    Enrolment,
    EnrolmentSource,
    EnrolmentStatus,
    Factory,
    Organisation,
    Person,
    Programme,
    SessionDay,
    SessionStatus,
    TrainingSession,
)
from factory_desk.domain.text import day_text, fold, full_name, normalize_spaces, sort_key
from factory_desk.services.conflicts import Conflict, ConflictsFound, audit_override, require_override
from factory_desk.services.enrolment import ACCEPTING, completed_programme, enrol_within
from factory_desk.services.organisations import organisation_name
from factory_desk.services.sessions import (
    SessionDraft,
    booking_conflicts,
    checked_days,
    country_of,
    lock_bookings,
    new_session,
    public_holidays,
    resolve_draft,
    snapshot,
)
from factory_desk.store.database import Database

__all__ = [
    "AcceptResult", "GroupPlan", "PlanError", "PlannedGroup", "PlannedPerson", "accept_plan", "people_to_plan",
    "propose_groups",
]

WORKING_DAYS = frozenset({0, 1, 2, 3, 4})
DEFAULT_STARTS_AT = dt.time(9, 0)
DEFAULT_ENDS_AT = dt.time(17, 0)
_ACTIVE = (EnrolmentStatus.ENROLLED.value, EnrolmentStatus.WAITLISTED.value)


class PlanError(FactoryDeskError):
    """A plan that cannot be proposed or accepted as it stands."""


@dataclass(frozen=True)
class PlannedPerson:
    """What the dialog shows of a person in a plan."""

    id: int
    full_name: str
    department: str
    organisation: str


@dataclass
class PlannedGroup:
    """One group of the plan: an existing session with room (`session_id`) or a new session on a free day."""

    session_id: int | None  # None: a new session, created when the plan is accepted
    date: dt.date  # its first day
    starts_at: dt.time
    factory_id: int
    factory: str
    places: int  # the free places of an existing session; the maximum of a new one
    person_ids: list[int]
    min_group: int
    max_group: int
    enrolled: int = 0  # people already enrolled in an existing session
    dates: list[dt.date] = field(default_factory=list)  # every day of the session, the first included
    ends_at: dt.time = DEFAULT_ENDS_AT

    @property
    def is_new(self) -> bool:
        return self.session_id is None

    @property
    def size(self) -> int:
        """How many people the group will have: those already enrolled and those planned."""
        return self.enrolled + len(self.person_ids)

    def problem(self) -> FactoryDeskError | None:
        """Why the group cannot be accepted as it is, or None. An empty new group is simply not created; an
        existing session may stay under its minimum (the planner only adds people to it)."""
        count = len(self.person_ids)
        if self.is_new and 0 < count < self.min_group:
            return PlanError(QT_TRANSLATE_NOOP(
                "Errors", "A new group needs at least {min} people; this one has {count}."),
                min=self.min_group, count=count)
        if self.is_new and count > self.max_group:
            return PlanError(QT_TRANSLATE_NOOP(
                "Errors", "A group takes at most {max} people; this one has {count}."),
                max=self.max_group, count=count)
        if not self.is_new and count > self.places:
            return PlanError(QT_TRANSLATE_NOOP(
                "Errors", "The session has {free} free places; {count} people are planned into it."),
                free=self.places, count=count)
        return None

    def note(self) -> FactoryDeskError | None:
        """Something worth knowing that does not stop the plan: an existing session still under its minimum."""
        if not self.is_new and self.person_ids and self.size < self.min_group:
            return FactoryDeskError(QT_TRANSLATE_NOOP(
                "Errors", "The session will still be under its minimum: {size} of at least {min}."),
                size=self.size, min=self.min_group)
        return None


@dataclass
class GroupPlan:
    """A proposal: the groups in date order and the people left out, each with the reason."""

    programme_id: int
    programme: str
    min_group: int
    max_group: int
    groups: list[PlannedGroup]
    unplaced: list[tuple[int, FactoryDeskError]]
    people: dict[int, PlannedPerson] = field(default_factory=dict)  # by department, then by name

    def move(self, person_ids: Iterable[int], target: int) -> None:
        """Move people (from whichever groups hold them, or from the unplaced) into group number `target`;
        those already in it stay where they are."""
        into = self.groups[target]
        moving = [pid for pid in dict.fromkeys(person_ids) if pid not in into.person_ids]
        chosen = set(moving)
        for group in self.groups:
            group.person_ids[:] = [pid for pid in group.person_ids if pid not in chosen]
        self.unplaced[:] = [(pid, reason) for pid, reason in self.unplaced if pid not in chosen]
        into.person_ids.extend(moving)

    def leave_out(self, person_ids: Iterable[int]) -> None:
        """Take people out of their groups: they are listed as not placed, taken out by the coordinator."""
        leaving = [pid for pid in dict.fromkeys(person_ids) if any(pid in g.person_ids for g in self.groups)]
        chosen = set(leaving)
        for group in self.groups:
            group.person_ids[:] = [pid for pid in group.person_ids if pid not in chosen]
        for pid in leaving:
            person = self.people.get(pid)
            self.unplaced.append((pid, PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} was taken out of the groups by hand."), name=person.full_name if person else pid)))

    def problems(self) -> list[tuple[int, FactoryDeskError]]:
        """(group number, problem) of every group that cannot be accepted as it is."""
        return [(number, problem) for number, group in enumerate(self.groups)
                if (problem := group.problem()) is not None]

    @property
    def placed(self) -> int:
        return sum(len(group.person_ids) for group in self.groups)


@dataclass(frozen=True)
class AcceptResult:
    session_ids: tuple[int, ...]  # every session that received people, in the plan's order
    created: tuple[int, ...]  # the sessions created for the plan
    enrolled: int
    waitlisted: int
    refused: tuple[tuple[int, FactoryDeskError], ...] = ()  # people erased since the proposal, with the reason


# --- who is to be planned -------------------------------------------------------------------------------------

def people_to_plan(db: Database, organisation_id: int, programme_id: int) -> list[int]:
    """The people of an organisation who have not completed the programme, by department, then by name (erased
    people left out). Those already in a session of the programme are kept: the plan says why they are left out."""
    with db.read() as session:
        rows = session.execute(
            select(Person.id, Person.department, Person.sort_key)
            .where(Person.organisation_id == organisation_id, Person.anonymised_at.is_(None))
        ).all()
        done = completed_programme(session, programme_id, [row[0] for row in rows])
    ordered = sorted(rows, key=lambda row: _person_order(row[1], row[2], row[0]))
    return [pid for pid, _department, _key in ordered if pid not in done]


def _person_order(department: str, key: str, person_id: int) -> tuple[bool, str, str, int]:
    """By department (people with none last), then alphabetically."""
    return (not department.strip(), sort_key(department), key, person_id)


def _already_in(session: Session, programme_id: int, person_ids: Sequence[int]) -> dict[int, tuple[str, dt.date]]:
    """person id → (enrolment status, first day) of an active enrolment in a session of the programme that
    still takes people."""
    if not person_ids:
        return {}
    first = (select(SessionDay.session_id, func.min(SessionDay.date).label("first"))
             .group_by(SessionDay.session_id).subquery())
    found: dict[int, tuple[str, dt.date]] = {}
    for person_id, status, date in session.execute(
        select(Enrolment.person_id, Enrolment.status, first.c.first)
        .join(TrainingSession, Enrolment.session_id == TrainingSession.id)
        .join(first, first.c.session_id == TrainingSession.id)
        .where(TrainingSession.programme_id == programme_id, TrainingSession.status.in_(ACCEPTING),
               Enrolment.status.in_(_ACTIVE), Enrolment.person_id.in_(person_ids))
        .order_by(first.c.first)
    ):
        found.setdefault(person_id, (status, date))
    return found


# --- where they can go ---------------------------------------------------------------------------------------

def _sessions_with_room(session: Session, programme_id: int, factory_id: int | None, first: dt.date,
                        last: dt.date) -> list[PlannedGroup]:
    """The programme's sessions that take people, start in [first, last] and have free places, soonest first."""
    days = (select(SessionDay.session_id, func.min(SessionDay.date).label("first"),
                   func.min(SessionDay.starts_at).label("starts_at"), func.max(SessionDay.ends_at).label("ends_at"))
            .group_by(SessionDay.session_id).subquery())
    enrolled = (select(Enrolment.session_id, func.count().label("n"))
                .where(Enrolment.status == EnrolmentStatus.ENROLLED.value)
                .group_by(Enrolment.session_id).subquery())
    statement = (
        select(TrainingSession.id, days.c.first, days.c.starts_at, days.c.ends_at, TrainingSession.factory_id,
               Factory.name, TrainingSession.min_group, TrainingSession.max_group, func.coalesce(enrolled.c.n, 0))
        .join(days, days.c.session_id == TrainingSession.id)
        .join(Factory, Factory.id == TrainingSession.factory_id)
        .outerjoin(enrolled, enrolled.c.session_id == TrainingSession.id)
        .where(TrainingSession.programme_id == programme_id, TrainingSession.status.in_(ACCEPTING),
               days.c.first >= first, days.c.first <= last)
        .order_by(days.c.first, days.c.starts_at, TrainingSession.id)
    )
    if factory_id is not None:
        statement = statement.where(TrainingSession.factory_id == factory_id)
    groups = []
    for sid, date, starts_at, ends_at, fid, factory, low, high, count in session.execute(statement):
        if high - count > 0:
            groups.append(PlannedGroup(sid, date, starts_at, fid, factory, high - count, [], low, high,
                                       enrolled=int(count), dates=[date], ends_at=ends_at))
    return groups


def _free_days(session: Session, factory_id: int, country: str, first: dt.date, last: dt.date,
               weekdays: Collection[int]) -> list[dt.date]:
    """Days in [first, last] on one of `weekdays` that are not public holidays in the factory's country and on
    which the factory has no session (a cancelled one does not count)."""
    public = public_holidays(country, first, last)
    busy = set(session.scalars(
        select(SessionDay.date).join(TrainingSession, SessionDay.session_id == TrainingSession.id)
        .where(TrainingSession.factory_id == factory_id,
               TrainingSession.status != SessionStatus.CANCELLED.value,
               SessionDay.date >= first, SessionDay.date <= last)
    ))
    days = []
    day = first
    while day <= last:
        if day.weekday() in weekdays and day not in public and day not in busy:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


# --- how many groups, how large --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Shape:
    new_groups: int  # how many new sessions
    into_existing: int  # how many people go into the existing sessions
    into_new: int  # how many into the new ones
    placed: int


def _shape(people: int, free_places: int, days: int, low: int, high: int) -> _Shape:
    """Place as many people as possible, with as few new groups as possible, each new group within low..high;
    the existing sessions take as many as they can while leaving every new group its minimum."""
    best = _Shape(0, min(people, free_places), 0, min(people, free_places))
    for count in range(1, days + 1):
        if count * low > people:
            break
        placed = min(people, free_places + count * high)
        if placed > best.placed:
            into_existing = min(free_places, placed - count * low)
            best = _Shape(count, into_existing, placed - into_existing, placed)
    return best


def _even(total: int, count: int) -> list[int]:
    """`total` split into `count` sizes that differ by one at most, the larger first."""
    return [total // count + (1 if n < total % count else 0) for n in range(count)]


# --- the proposal ---------------------------------------------------------------------------------------------

def propose_groups(db: Database, person_ids: Iterable[int], *, programme_id: int, factory_id: int | None = None,
                   first: dt.date, last: dt.date, keep_departments: bool = False, use_free_days: bool = True,
                   weekdays: Collection[int] = WORKING_DAYS, today: dt.date | None = None) -> GroupPlan:
    """Propose groups for the people over the programme's sessions with room (at the factory, if given) that
    start between `first` and `last`, then, if `use_free_days`, over new sessions on the factory's free days.
    Existing sessions count from `today` on, new ones from the day after."""
    today = today or clock.today()
    wanted = list(dict.fromkeys(person_ids))
    if last < first:
        raise PlanError(QT_TRANSLATE_NOOP("Errors", "The last day ({last}) is before the first ({first})."),
                        first=day_text(first), last=day_text(last))
    with db.read() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise PlanError(QT_TRANSLATE_NOOP("Errors", "There is no programme with the number {id}."),
                            id=programme_id)
        factory: tuple[int, str] | None = None
        free: list[dt.date] = []  # the factory's free days for new sessions
        if factory_id is not None:
            found = session.execute(select(Factory.name, Factory.timezone, Factory.region)
                                    .where(Factory.id == factory_id)).first()
            if found is None:
                raise PlanError(QT_TRANSLATE_NOOP("Errors", "There is no factory with the number {id}."),
                                id=factory_id)
            factory_name, timezone, region = found
            factory = (factory_id, factory_name)
            if use_free_days:
                free = _free_days(session, factory_id, country_of(timezone, region),
                                  max(first, today + dt.timedelta(days=1)), last, weekdays)
        rows = {row[0]: row for row in session.execute(
            select(Person.id, Person.surname, Person.first_name, Person.patronymic, Person.department,
                   Person.organisation_id, Person.sort_key, Person.anonymised_at,
                   organisation_name())
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.id.in_(wanted)))}
        busy = _already_in(session, programme_id, wanted)
        # The enrolment's rule, so the planner leaves out exactly the people an enrolment would question.
        done = completed_programme(session, programme_id, wanted)
        groups = _sessions_with_room(session, programme_id, factory_id, max(first, today), last)
        plan = GroupPlan(programme_id, programme.name, programme.min_group, programme.max_group, groups, [])
        days_per_session = programme.days
    name = {"programme": plan.programme}

    candidates: list[int] = []
    for pid in wanted:
        row = rows.get(pid)
        if row is None:
            plan.unplaced.append((pid, PlanError(QT_TRANSLATE_NOOP(
                "Errors", "There is no person with the number {id} in the register."), id=pid)))
            continue
        person_name = full_name(row[1], row[2], row[3])
        plan.people[pid] = PlannedPerson(pid, person_name, row[4], row[8] or "")
        who = {"name": person_name, **name}
        if row[7] is not None:
            plan.unplaced.append((pid, PlanError(QT_TRANSLATE_NOOP(
                "Errors", "The data of person {id} were erased: they cannot be enrolled."), id=pid)))
        elif pid in done and isinstance(done[pid], str):
            plan.unplaced.append((pid, PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} already holds the certificate {number} for «{programme}»."), number=done[pid],
                **who)))
        elif pid in done:
            factory_name, date = done[pid]
            plan.unplaced.append((pid, PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} already completed «{programme}»: present on every day of the session at {factory} "
                          "on {date}."), factory=factory_name, date=day_text(date), **who)))
        elif pid in busy and busy[pid][0] == EnrolmentStatus.WAITLISTED.value:
            plan.unplaced.append((pid, PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is already on the waiting list of «{programme}» of {date}."),
                date=day_text(busy[pid][1]), **who)))
        elif pid in busy:
            plan.unplaced.append((pid, PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} is already enrolled in «{programme}» of {date}."), date=day_text(busy[pid][1]),
                **who)))
        else:
            candidates.append(pid)
    candidates.sort(key=lambda pid: _person_order(rows[pid][4], rows[pid][6], pid))
    plan.people = {pid: plan.people[pid] for pid in sorted(
        plan.people, key=lambda pid: _person_order(rows[pid][4], rows[pid][6], pid))}

    # New sessions: one per free day (a session of several days takes that many free days in a row).
    blocks = [free[n:n + days_per_session] for n in range(0, len(free) - days_per_session + 1, days_per_session)]
    free_places = sum(group.places for group in plan.groups)
    shape = _shape(len(candidates), free_places, len(blocks), plan.min_group, plan.max_group)
    for dates in blocks[:shape.new_groups]:
        assert factory is not None
        plan.groups.append(PlannedGroup(None, dates[0], DEFAULT_STARTS_AT, factory[0], factory[1],
                                        plan.max_group, [], plan.min_group, plan.max_group, dates=list(dates)))
    if keep_departments:
        left = _pack_departments(plan.groups, candidates, rows, shape)
    else:
        left = _fill_in_order(plan.groups, candidates, shape)

    for pid in left:
        who = {"name": plan.people[pid].full_name, **name}
        if not use_free_days:
            reason = PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} was not placed: the sessions of «{programme}» have no more room, and new sessions "
                          "on free days were not asked for."), **who)
        elif factory is None:
            reason = PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} was not placed: the sessions of «{programme}» have no more room. Choose a factory "
                          "to propose new sessions on its free days."), **who)
        elif shape.new_groups >= len(blocks):
            reason = PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} was not placed: there is no free day left at {factory} between {first} and {last} "
                          "for another group."), factory=factory[1], first=day_text(first), last=day_text(last), **who)
        else:
            reason = PlanError(QT_TRANSLATE_NOOP(
                "Errors", "{name} was not placed: the {left} people left over are too few for a new group of at "
                          "least {min}."), left=len(left), min=plan.min_group, **who)
        plan.unplaced.append((pid, reason))
    plan.groups[:] = [group for group in plan.groups if group.person_ids or not group.is_new]
    plan.groups.sort(key=lambda group: (group.date, group.starts_at, group.session_id is None, group.session_id or 0))
    return plan


def _fill_in_order(groups: list[PlannedGroup], people: list[int], shape: _Shape) -> list[int]:
    """People in their order: the existing sessions soonest first, then the new groups in even sizes."""
    queue = list(people)
    into_existing = shape.into_existing
    for group in groups:
        if group.is_new:
            continue
        take = min(group.places, into_existing)
        group.person_ids.extend(queue[:take])
        del queue[:take]
        into_existing -= take
    new = [group for group in groups if group.is_new]
    for group, size in zip(new, _even(shape.into_new, len(new)) if new else [], strict=True):
        group.person_ids.extend(queue[:size])
        del queue[:size]
    return queue


_Unit = tuple[object, ...]  # a department: (organisation id, folded name); a person without one: ("person", id)


def _pack_departments(groups: list[PlannedGroup], people: list[int], rows: dict[int, Sequence[object]],
                      shape: _Shape) -> list[int]:
    """Colleagues of one department (same organisation, same department name) into one group, largest
    departments first; a department larger than any group is split over as few groups as it can be. Every new
    group under its minimum is then topped up (see `_top_up`). A few simple packings are tried and the one that
    splits departments least is kept (then the one with the most even new groups)."""

    def unit_of(pid: int) -> _Unit:
        department = str(rows[pid][4]).strip()
        return (rows[pid][5], fold(department)) if department else ("person", pid)

    units: dict[_Unit, list[int]] = defaultdict(list)
    for pid in people:
        units[unit_of(pid)].append(pid)
    order = {pid: n for n, pid in enumerate(people)}
    best: tuple[tuple[int, ...], list[PlannedGroup], list[int]] | None = None
    for even_parts in (True, False):
        for best_fit in (False, True):
            trial = [replace(group, person_ids=[]) for group in groups]
            left = _pack(trial, list(units.values()), order, shape.placed, even_parts=even_parts, best_fit=best_fit)
            for group in trial:
                if group.is_new:
                    _top_up(group, trial, unit_of)
            holding = sum(len({unit_of(pid) for pid in group.person_ids}) for group in trial)
            sizes = [len(group.person_ids) for group in trial if group.is_new] or [0]
            score = (len(left), sum(1 for g in trial if g.problem()), holding, max(sizes) - min(sizes))
            if best is None or score < best[0]:
                best = (score, trial, left)
    assert best is not None
    _score, chosen, left = best
    for group, packed in zip(groups, chosen, strict=True):
        group.person_ids[:] = sorted(packed.person_ids, key=order.__getitem__)
    return sorted(left, key=order.__getitem__)


def _pack(groups: list[PlannedGroup], units: list[list[int]], order: dict[int, int], budget: int, *,
          even_parts: bool, best_fit: bool) -> list[int]:
    """Put departments, largest first, into the group with the most room (or, `best_fit`, the least room that
    takes the whole department); a department too large for every group is cut into even parts first
    (`even_parts`) or poured into the roomiest groups. At most `budget` people are placed; the rest are returned."""
    largest = max((group.places for group in groups), default=0)
    parts: list[list[int]] = []
    for unit in units:
        count = -(-len(unit) // largest) if largest and even_parts else 1
        sizes = _even(len(unit), count)
        parts.extend(unit[sum(sizes[:n]):sum(sizes[:n + 1])] for n in range(count))
    parts.sort(key=lambda part: (-len(part), order[part[0]]))
    room = [group.places for group in groups]
    left: list[int] = []
    for part in parts:
        while part:
            fitting = [n for n in range(len(groups)) if room[n] >= len(part)]
            if best_fit and fitting:
                target = min(fitting, key=lambda n: (room[n], not groups[n].is_new, n))
            else:  # the most room; on a tie a new group first, as it has a minimum to reach
                target = max(range(len(groups)), key=lambda n: (room[n], groups[n].is_new, -n), default=-1)
            if target < 0 or room[target] == 0 or budget == 0:
                left.extend(part)
                break
            take = min(len(part), room[target], budget)
            groups[target].person_ids.extend(part[:take])
            room[target] -= take
            budget -= take
            del part[:take]
    return left


def _top_up(target: PlannedGroup, groups: list[PlannedGroup], unit_of: Callable[[int], _Unit], *,
            exchanging: bool = True) -> None:
    """Bring a new group up to its minimum with people from groups that can spare them (a new group what it has
    above its minimum, an existing session everyone: the plan only adds to it), splitting departments as little
    as possible: first colleagues of a department the group already has, then a whole department that fits,
    and only then part of a department."""
    while len(target.person_ids) < target.min_group:
        need = target.min_group - len(target.person_ids)
        room = target.places - len(target.person_ids)
        spare = {n: len(g.person_ids) - (g.min_group if g.is_new else 0) for n, g in enumerate(groups)
                 if g is not target}
        spare = {n: count for n, count in spare.items() if count > 0}
        if sum(spare.values()) < need:
            return  # nobody can spare enough: an empty new group is dropped, another one shows its problem
        have = {unit_of(pid) for pid in target.person_ids}
        pieces: list[tuple[int, list[int], bool]] = []  # (donor, colleagues of one unit there, unit in target)
        for number in spare:
            by_unit: dict[_Unit, list[int]] = defaultdict(list)
            for pid in groups[number].person_ids:
                by_unit[unit_of(pid)].append(pid)
            pieces.extend((number, piece, key in have) for key, piece in by_unit.items())
        same = [p for p in pieces if p[2]]
        whole = [p for p in pieces if len(p[1]) <= min(need, spare[p[0]])]
        larger = [p for p in pieces if need < len(p[1]) <= min(room, spare[p[0]])]
        if same:
            number, piece, _ = max(same, key=lambda p: (min(len(p[1]), spare[p[0]]), -p[0]))
            moving = piece[-min(need, spare[number], len(piece)):]
        elif whole:
            number, moving, _ = max(whole, key=lambda p: (len(p[1]), -p[0]))
        elif larger:
            number, moving, _ = min(larger, key=lambda p: (len(p[1]), p[0]))
        elif exchanging and (exchange := _exchange(target, groups, unit_of)):
            number, moving = exchange
            _move(groups[number], target, moving)
            _top_up(groups[number], groups, unit_of, exchanging=False)
            continue
        else:
            number, piece, _ = max(pieces, key=lambda p: (spare[p[0]], len(p[1]), -p[0]))
            moving = piece[-min(need, spare[number], len(piece)):]
        _move(groups[number], target, moving)


def _move(donor: PlannedGroup, target: PlannedGroup, moving: list[int]) -> None:
    leaving = set(moving)
    donor.person_ids[:] = [pid for pid in donor.person_ids if pid not in leaving]
    target.person_ids.extend(moving)


def _exchange(target: PlannedGroup, groups: list[PlannedGroup],
              unit_of: Callable[[int], _Unit]) -> tuple[int, list[int]] | None:
    """A whole department from another new group that the target can take, when that group can then make up
    its own loss with colleagues of a department it keeps, held in a third group that can spare them: the
    department larger than a group gives the people, and nobody else is split. (donor, people), or None."""
    room = target.places - len(target.person_ids)
    for number, donor in enumerate(groups):
        if donor is target or not donor.is_new:
            continue
        by_unit: dict[_Unit, list[int]] = defaultdict(list)
        for pid in donor.person_ids:
            by_unit[unit_of(pid)].append(pid)
        for key, piece in sorted(by_unit.items(), key=lambda item: len(item[1])):
            if len(piece) > room or len(by_unit) < 2:
                continue
            short = donor.min_group - (len(donor.person_ids) - len(piece))
            kept = set(by_unit) - {key}
            for other in groups:
                if other is target or other is donor:
                    continue
                other_spare = len(other.person_ids) - (other.min_group if other.is_new else 0)
                colleagues = sum(1 for pid in other.person_ids if unit_of(pid) in kept)
                if short <= min(other_spare, colleagues):
                    return number, piece
    return None


# --- accepting -------------------------------------------------------------------------------------------------

def _create_session(session: Session, programme_id: int, group: PlannedGroup, user_name: str,
                    override_reason: str) -> tuple[int, list[Conflict]]:
    """A new planned session for a group, written as the session editor writes one (its rules, its booking
    conflicts, its audit entry), in the caller's unit of work. Its days were free when the plan was proposed;
    a session booked on one of them since shows as a conflict. The id and the conflicts found."""
    draft = SessionDraft(programme_id=programme_id, factory_id=group.factory_id, dates=sorted(group.dates or
                                                                                              [group.date]),
                         starts_at=group.starts_at, ends_at=group.ends_at)
    refs = resolve_draft(session, draft)
    days = checked_days(refs, draft.dates, draft.starts_at, draft.ends_at)
    lock_bookings(session, refs.factory_id, refs.trainer_ids)
    conflicts = booking_conflicts(session, [days], refs, exclude_id=None, language=None)
    training = new_session(refs, days, SessionStatus.PLANNED.value)
    session.add(training)
    session.flush()
    session.add(AuditEntry(action="session_created", entity="training_session", entity_id=training.id,
                           user_name=user_name, details={**snapshot(refs, days), "status": SessionStatus.PLANNED.value,
                                                         "source": "planner"}))
    if (reason := normalize_spaces(override_reason)) and (entry := audit_override(
            conflicts, reason, entity="training_session", entity_id=training.id, user_name=user_name)):
        session.add(entry)
    return training.id, conflicts


def accept_plan(db: Database, plan: GroupPlan, *, programme_id: int, user_name: str = "",
                override_reason: str = "") -> AcceptResult:
    """Create the plan's new sessions and enrol every group's people, all in one unit of work: if anything is
    refused, nothing is written. The conflicts of every group (the factory booked on a new session's day since
    the proposal, a person busy elsewhere on the same day…) are raised together as `ConflictsFound` unless
    `override_reason` is given; with it, they are written to the audit log with the reason."""
    if problems := plan.problems():
        raise problems[0][1]
    groups = [group for group in plan.groups if group.person_ids]
    if not groups:
        raise PlanError(QT_TRANSLATE_NOOP("Errors", "Nobody is planned into a group: there is nothing to accept."))
    # Writers of several sessions lock them in ascending order; the new ones come after.
    existing = sorted((g for g in groups if not g.is_new), key=lambda g: g.session_id or 0)
    new = [g for g in groups if g.is_new]
    with db.write() as session:
        programme = session.get(Programme, programme_id)
        if programme is None:
            raise PlanError(QT_TRANSLATE_NOOP("Errors", "There is no programme with the number {id}."),
                            id=programme_id)
        found: list[Conflict] = []
        session_of: dict[int, int] = {}
        enrolled = waitlisted = 0
        refused: list[tuple[int, FactoryDeskError]] = []
        for group in existing + new:
            if group.session_id is None:
                sid, booking = _create_session(session, programme_id, group, user_name, override_reason)
                found.extend(booking)
            else:
                sid = group.session_id
            session_of[id(group)] = sid
            try:
                result = enrol_within(session, sid, group.person_ids, source=EnrolmentSource.PLANNER.value,
                                      user_name=user_name, override_reason=override_reason)
            except ConflictsFound as conflicts:  # nothing of this group written: go on, to name them all
                found.extend(conflicts.conflicts)
                continue
            enrolled += len(result.enrolled)
            waitlisted += len(result.waitlisted)
            refused.extend((refusal.person_id, refusal.error) for refusal in result.refused)
        reason = require_override(found, override_reason)
        ids = tuple(session_of[id(group)] for group in groups)
        created = tuple(session_of[id(group)] for group in new)
        session.add(AuditEntry(
            action="group_plan_accepted", entity="programme", entity_id=programme_id, user_name=user_name,
            reason=reason or None,
            details={"sessions": list(ids), "created": list(created), "enrolled": enrolled,
                     "waitlisted": waitlisted,
                     "groups": [{"session_id": session_of[id(g)], "people": list(g.person_ids)} for g in groups],
                     "unplaced": [pid for pid, _reason in plan.unplaced]}))
    return AcceptResult(ids, created, enrolled, waitlisted, tuple(refused))

