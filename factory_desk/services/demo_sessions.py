"""The demo calendar: a year of sessions per site, with trainers and groups, planned and then written.

About ten months back and two months ahead. How many sessions a site runs follows from how many of
its people want each programme (a person takes a programme once), capped by the site's weekly cadence:
400 people make a small, believable region; 200,000 fill every site's week and leave most in the pool.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from factory_desk.domain.models import (
    Enrolment,
    EnrolmentSource,
    EnrolmentStatus,
    PoolEntry,
    SessionDay,
    SessionStatus,
    TrainerRole,
    TrainingSession,
    session_trainer,
)
from factory_desk.services import demo_corpus as corpus
from factory_desk.services.demo_people import Enrolled, PeoplePlan
from factory_desk.services.demo_registry import Registry

DAYS_BACK = 300
DAYS_AHEAD = 60
NEAR_DAYS = 14  # the coming fortnight: confirmed groups, a waitlist, one still under its minimum
_AVERAGE_GROUP = 14.5
_UPTAKE = 0.9  # the share of wanted places the calendar offers; the rest waits in the pool
_CYCLE_STARTS = (-150, -12, -260, 25)  # days from today of the multi-day cycles, in order of preference
_MAX_POOL_ENTRIES = 400


@dataclass
class PlannedEnrolment:
    person: int
    status: str = EnrolmentStatus.ENROLLED.value
    source: str = EnrolmentSource.IMPORT.value
    waitlist_position: int | None = None
    reason: str | None = None
    replaces: int | None = None  # index, in the same session, of the enrolment this one took over
    id: int = 0


@dataclass
class PlannedSession:
    factory: int
    programme: str
    days: list[dt.date]
    status: str = SessionStatus.PLANNED.value
    trainers: list[int] = field(default_factory=list)  # trainer indices, the lead first
    enrolments: list[PlannedEnrolment] = field(default_factory=list)
    cancel_reason: str | None = None
    notes: str = ""
    trainer_notes: str = ""
    closed_at: dt.datetime | None = None
    id: int = 0

    @property
    def first_day(self) -> dt.date:
        return self.days[0]

    @property
    def last_day(self) -> dt.date:
        return self.days[-1]

    @property
    def is_done(self) -> bool:
        return self.status in (SessionStatus.HELD.value, SessionStatus.REPORTED.value)

    def enrolled(self) -> Iterator[PlannedEnrolment]:
        return (e for e in self.enrolments if e.status == EnrolmentStatus.ENROLLED.value)


@dataclass
class _Slot:
    factory: int
    days: list[dt.date]
    programme: str | None  # None: chosen when the group is formed


class Planner:
    """Places sessions on the calendar and forms their groups from the people who want each programme."""

    def __init__(self, registry: Registry, plan: PeoplePlan, today: dt.date, rng: random.Random) -> None:
        self.registry = registry
        self.plan = plan
        self.today = today
        self.rng = rng
        self.first = today - dt.timedelta(days=DAYS_BACK)
        self.last = today + dt.timedelta(days=DAYS_AHEAD)
        self.busy_site: dict[int, set[dt.date]] = {f.index: set() for f in registry.factories}
        self.busy_trainer: dict[int, set[dt.date]] = {t.index: set(t.away) for t in registry.trainers}

    # --- the calendar ---

    def plan_sessions(self) -> list[PlannedSession]:
        slots = self._cycle_slots() + [slot for f in self.registry.factories for slot in self._day_slots(f.index)]
        horizon = self.today + dt.timedelta(days=NEAR_DAYS)
        near = sorted((s for s in slots if self.today <= s.days[0] <= horizon), key=lambda s: s.days[0])
        past = [s for s in slots if s.days[0] < self.today]
        far = sorted((s for s in slots if s.days[0] > horizon), key=lambda s: s.days[0])
        self.rng.shuffle(past)
        roles = self._near_roles(near)
        past_days = [s for s in past if s.programme is None]
        if len(past_days) >= 4:
            roles[id(past_days[0])] = "cancelled"  # however small the region, one group fell through
        sessions = []
        for slot in near + past + far:
            planned = self._form(slot, roles.get(id(slot), "normal"))
            if planned is not None:
                sessions.append(planned)
        sessions.sort(key=lambda s: (s.first_day, s.factory))
        done = [s for s in sessions if s.is_done]
        if done and all(s.status == SessionStatus.REPORTED.value for s in done):
            done[-1].status = SessionStatus.HELD.value  # the latest group's report is still to be written
        return sessions

    def _near_roles(self, near: list[_Slot]) -> dict[int, str]:
        """The coming fortnight shows one group under its minimum and one with a waitlist, at least."""
        one_day = [s for s in near if s.programme is None and s.days[0] > self.today]
        roles: dict[int, str] = {}
        if one_day:
            roles[id(one_day[-1])] = "under"
        if len(one_day) > 1:
            roles[id(one_day[0])] = "waitlist"
        for slot in one_day[1:-1]:
            roll = self.rng.random()
            roles[id(slot)] = "under" if roll < 0.2 else "waitlist" if roll < 0.4 else "normal"
        return roles

    def _is_workday(self, factory: int, day: dt.date) -> bool:
        holidays = corpus.LV_HOLIDAYS if self.registry.factories[factory].latvian else corpus.RU_HOLIDAYS
        # Nobody releases staff for a training in the last days of the year either.
        return day.weekday() < 5 and (day.month, day.day) not in holidays and (day.month, day.day) < (12, 28)

    def _cycle_slots(self) -> list[_Slot]:
        slots = []
        for factory in self.registry.factories:
            for key in factory.programmes:
                programme = self.registry.programmes[key]
                if programme.days == 1:
                    continue
                count = min(len(_CYCLE_STARTS), int(self._demand(factory.index, key) * _UPTAKE // _AVERAGE_GROUP))
                for offset in sorted(_CYCLE_STARTS[:count]):
                    start = self.today + dt.timedelta(days=offset)
                    day = start - dt.timedelta(days=start.weekday() - 1)  # that week's Tuesday
                    days: list[dt.date] = []
                    while len(days) < programme.days:
                        if day.weekday() in (1, 3) and self._is_workday(factory.index, day):
                            days.append(day)
                        day += dt.timedelta(days=1)
                    self.busy_site[factory.index].update(days)
                    slots.append(_Slot(factory.index, days, key))
        return slots

    def _day_slots(self, factory: int) -> list[_Slot]:
        site = self.registry.factories[factory]
        one_day = [key for key in site.programmes if self.registry.programmes[key].days == 1]
        monday = self.first - dt.timedelta(days=self.first.weekday())
        weeks = []
        while monday <= self.last:
            weeks.append(monday)
            monday += dt.timedelta(days=7)
        wanted = sum(self._demand(factory, key) for key in one_day)
        target = min(site.cadence * len(weeks), round(wanted * _UPTAKE / _AVERAGE_GROUP))
        weights = [0.5 if week.month in (7, 8) else 1.0 for week in weeks]
        rate = target / sum(weights)
        slots: list[_Slot] = []
        owed = 0.5  # half a session owed from the start spreads a sparse calendar evenly
        for week, weight in zip(weeks, weights, strict=True):
            owed += rate * weight
            days = [week + dt.timedelta(days=n) for n in range(5)]
            days = [d for d in days if self.first <= d <= self.last and self._is_workday(factory, d)
                    and d not in self.busy_site[factory]]
            count = min(int(owed), site.cadence, len(days))
            owed -= count
            # Tuesday to Thursday first: Mondays and Fridays are the hardest days to release staff.
            days.sort(key=lambda d: (0 if d.weekday() in (1, 2, 3) else 1.5) + self.rng.random() * 2)
            slots.extend(_Slot(factory, [day], None) for day in days[:count])
        return slots + self._coming_slots(factory, {slot.days[0] for slot in slots})

    def _coming_slots(self, factory: int, taken: set[dt.date]) -> list[_Slot]:
        """Every site has a group in the coming fortnight and one later on, however small the region;
        the first site also runs one today, so the attendance screen has a group to mark."""
        extra = []
        if factory == 0 and self._is_workday(factory, self.today) and self.today not in taken:
            extra.append(_Slot(factory, [self.today], None))
        for first, last in ((1, NEAR_DAYS), (NEAR_DAYS + 1, DAYS_AHEAD)):
            days = [self.today + dt.timedelta(days=n) for n in range(first, last + 1)]
            if any(day in taken for day in days):
                continue
            free = [d for d in days if self._is_workday(factory, d) and d not in self.busy_site[factory]]
            if free:
                free.sort(key=lambda d: (0 if d.weekday() in (1, 2, 3) else 1.5) + self.rng.random() * 2)
                extra.append(_Slot(factory, [free[0]], None))
        return extra

    # --- groups ---

    def _demand(self, factory: int, programme: str) -> int:
        return sum(len(people) for people in self.plan.demand.get((factory, programme), {}).values())

    def _form(self, slot: _Slot, role: str) -> PlannedSession | None:
        site = self.registry.factories[slot.factory]
        key = slot.programme or self._choose_programme(slot.factory)
        if key is None:
            return None
        programme = self.registry.programmes[key]
        trainers = self._trainers(slot.factory, slot.days)
        if not trainers:
            return None
        rng, lo, hi = self.rng, programme.min_group, programme.max_group
        planned = PlannedSession(slot.factory, key, slot.days, trainers=trainers)
        planned.notes = rng.choice(corpus.SESSION_NOTES) if not site.latvian else ""
        ahead = (slot.days[0] - self.today).days
        if slot.days[-1] < self.today and (role == "cancelled" or rng.random() < 0.04):
            self._cancelled(planned, site.latvian)
        elif slot.days[-1] < self.today:
            if not self._fill(planned, self._group_size(lo, hi), minimum=lo):
                return None
            self._past_changes(planned, hi)
            recent = (self.today - slot.days[-1]).days <= 21
            held = rng.random() < (0.6 if recent else 0.03)
            planned.status = SessionStatus.HELD.value if held else SessionStatus.REPORTED.value
            if not site.latvian and rng.random() < 0.5:
                planned.trainer_notes = rng.choice(corpus.TRAINER_NOTES)
        elif ahead <= 0:  # today, or a cycle that has begun
            if not self._fill(planned, self._group_size(lo, hi), minimum=lo):
                return None
            planned.status = SessionStatus.CONFIRMED.value
        elif ahead <= NEAR_DAYS:
            size = {"under": rng.randint(max(3, lo - 6), lo - 1), "waitlist": hi}.get(role, self._group_size(lo, hi))
            minimum = 1 if role == "under" else lo
            if not self._fill(planned, size, minimum=minimum):
                return None
            if role == "waitlist" and len(planned.enrolments) == hi:
                self._waitlist(planned, rng.randint(1, 3))
            planned.status = SessionStatus.OPEN.value if role == "under" else SessionStatus.CONFIRMED.value
        elif rng.random() < 0.03:
            self._cancelled(planned, site.latvian)
        elif ahead <= 35:
            full = rng.random() < 0.2
            self._fill(planned, hi if full else rng.randint(lo // 2, hi), minimum=0)
            if full and len(planned.enrolments) == hi:
                self._waitlist(planned, rng.randint(1, 2))
            planned.status = SessionStatus.OPEN.value
        else:
            self._fill(planned, rng.randint(0, lo - 2), minimum=0)
        for day in slot.days:
            self.busy_site[slot.factory].add(day)
            for trainer in trainers:
                self.busy_trainer[trainer].add(day)
        return planned

    def _choose_programme(self, factory: int) -> str | None:
        keys = [k for k in self.registry.factories[factory].programmes if self.registry.programmes[k].days == 1]
        left = [self._demand(factory, key) for key in keys]
        if not any(left):
            return keys[0] if keys else None
        return self.rng.choices(keys, weights=left)[0]

    def _trainers(self, factory: int, days: list[dt.date]) -> list[int]:
        free = [t.index for t in self.registry.trainers
                if factory in t.factories and not any(d in self.busy_trainer[t.index] for d in days)]
        if not free:
            return []
        self.rng.shuffle(free)
        return free[:2] if len(free) > 1 and self.rng.random() < 0.6 else free[:1]

    def _group_size(self, lo: int, hi: int) -> int:
        sizes = list(range(lo, hi + 1))
        return self.rng.choices(sizes, weights=[1 + n for n in range(len(sizes))])[0]

    def _source(self) -> str:
        return self.rng.choices(
            (EnrolmentSource.IMPORT.value, EnrolmentSource.MANUAL.value, EnrolmentSource.PLANNER.value,
             EnrolmentSource.POOL.value), weights=(55, 25, 10, 10),
        )[0]

    def _take(self, factory: int, programme: str, count: int, exclude: set[int]) -> list[int]:
        """People who want `programme`, a few colleagues at a time; from other sites of the country if short."""
        site = self.registry.factories[factory]
        sources = [factory] + [f.index for f in self.registry.factories
                               if f.index != factory and f.latvian == site.latvian]
        taken: list[int] = []
        skipped: list[tuple[list[int], int]] = []
        for source in sources:
            by_organisation = self.plan.demand.get((source, programme), {})
            while len(taken) < count:
                open_orgs = [o for o, people in by_organisation.items() if people]
                if not open_orgs:
                    break
                org = self.rng.choices(open_orgs, weights=[len(by_organisation[o]) for o in open_orgs])[0]
                people = by_organisation[org]
                for _ in range(min(len(people), count - len(taken), self.rng.randint(2, 8))):
                    person = people.pop()
                    if person in exclude:
                        skipped.append((people, person))
                    else:
                        taken.append(person)
            if len(taken) >= count:
                break
        for people, person in skipped:
            people.insert(0, person)
        return taken

    def _give_back(self, programme: str, people: list[int]) -> None:
        for person in people:
            org = self.registry.organisations[self.plan.organisation[person]]
            self.plan.demand.setdefault((org.factory, programme), {}).setdefault(org.index, []).insert(0, person)

    def _members(self, planned: PlannedSession) -> set[int]:
        return {e.person for e in planned.enrolments}

    def _fill(self, planned: PlannedSession, size: int, minimum: int) -> bool:
        people = self._take(planned.factory, planned.programme, size, set())
        if len(people) < minimum:
            self._give_back(planned.programme, people)
            return False
        planned.enrolments = [PlannedEnrolment(person, source=self._source()) for person in people]
        return True

    def _waitlist(self, planned: PlannedSession, count: int) -> None:
        people = self._take(planned.factory, planned.programme, count, self._members(planned))
        for position, person in enumerate(people, start=1):
            planned.enrolments.append(PlannedEnrolment(
                person, status=EnrolmentStatus.WAITLISTED.value, source=EnrolmentSource.MANUAL.value,
                waitlist_position=position,
            ))

    def _cancelled(self, planned: PlannedSession, latvian: bool) -> None:
        planned.status = SessionStatus.CANCELLED.value
        planned.cancel_reason = self.rng.choice(corpus.LV_CANCEL_REASONS if latvian else corpus.CANCEL_REASONS)
        people = self._take(planned.factory, planned.programme, self.rng.randint(4, 9), set())
        planned.enrolments = [
            PlannedEnrolment(person, status=EnrolmentStatus.CANCELLED.value, source=self._source(),
                             reason=planned.cancel_reason)
            for person in people
        ]
        self._give_back(planned.programme, people)  # they will be placed in another group

    def _past_changes(self, planned: PlannedSession, maximum: int) -> None:
        """A held group as it really was: a walk-in, a colleague sent instead, someone who cancelled."""
        rng = self.rng
        if rng.random() < 0.06 and len(planned.enrolments) < maximum:
            for person in self._take(planned.factory, planned.programme, 1, self._members(planned)):
                planned.enrolments.append(PlannedEnrolment(person, source=EnrolmentSource.WALK_IN.value))
        if rng.random() < 0.08 and planned.enrolments:
            replaced_at = rng.randrange(len(planned.enrolments))
            replaced = planned.enrolments[replaced_at]
            org = self.plan.organisation[replaced.person]
            colleagues = self.plan.demand.get((planned.factory, planned.programme), {}).get(org, [])
            if replaced.status == EnrolmentStatus.ENROLLED.value and colleagues:
                replaced.status = EnrolmentStatus.REPLACED.value
                replaced.reason = corpus.REPLACED_REASON
                planned.enrolments.append(PlannedEnrolment(
                    colleagues.pop(), source=EnrolmentSource.REPLACEMENT.value, replaces=replaced_at,
                ))
        if rng.random() < 0.1:
            people = self._take(planned.factory, planned.programme, 1, self._members(planned))
            for person in people:
                planned.enrolments.append(PlannedEnrolment(
                    person, status=EnrolmentStatus.CANCELLED.value, source=self._source(),
                    reason=rng.choice(corpus.ENROLMENT_CANCEL_REASONS),
                ))
            self._give_back(planned.programme, people)

    # --- what the people rows need to know ---

    def enrolled(self, sessions: list[PlannedSession]) -> Enrolled:
        facts = Enrolled()
        for planned in sessions:
            for enrolment in planned.enrolments:
                first = facts.first_day.get(enrolment.person)
                if first is None or planned.first_day < first:
                    facts.first_day[enrolment.person] = planned.first_day
                if enrolment.status == EnrolmentStatus.ENROLLED.value and planned.first_day < self.today:
                    facts.attended.add(enrolment.person)
        return facts


def write_sessions(
    session: Session, sessions: list[PlannedSession], registry: Registry, person_ids: list[int],
    today: dt.date, rng: random.Random,
) -> None:
    """Insert sessions, their days, trainers and enrolments; sets the ids on the planned objects."""
    now = start_of(today)
    rows = []
    for planned in sessions:
        programme = registry.programmes[planned.programme]
        site = registry.factories[planned.factory]
        created = _moment(planned.first_day - dt.timedelta(days=rng.randint(20, 45)), dt.time(10), site.utc_offset)
        if planned.status == SessionStatus.REPORTED.value:
            closed = planned.last_day + dt.timedelta(days=rng.randint(1, 3))
            planned.closed_at = min(_moment(closed, dt.time(15, rng.randint(0, 59)), site.utc_offset), now)
        rows.append({
            "programme_id": programme.id, "factory_id": site.id, "status": planned.status,
            "min_group": programme.min_group, "max_group": programme.max_group, "group_size_reason": None,
            "cancel_reason": planned.cancel_reason, "notes": planned.notes, "trainer_notes": planned.trainer_notes,
            "closed_at": planned.closed_at,
            "closed_by_id": registry.coordinator_id if planned.closed_at else None,
            "created_at": min(created, now), "updated_at": min(planned.closed_at or created, now),
        })
    ids = session.scalars(insert(TrainingSession).returning(TrainingSession.id, sort_by_parameter_order=True), rows)
    for planned, session_id in zip(sessions, ids, strict=True):
        planned.id = session_id
    multi_day = {key for key, p in registry.programmes.items() if p.days > 1}
    day_rows = [
        {"session_id": planned.id, "day_no": number, "date": day,
         "starts_at": dt.time(9, 0), "ends_at": dt.time(15, 0) if planned.programme in multi_day else dt.time(17, 0)}
        for planned in sessions for number, day in enumerate(planned.days, start=1)
    ]
    trainer_rows = [
        {"session_id": planned.id, "trainer_id": registry.trainers[trainer].id,
         "role": TrainerRole.LEAD.value if position == 0 else TrainerRole.ASSISTANT.value}
        for planned in sessions for position, trainer in enumerate(planned.trainers)
    ]
    if day_rows:
        session.execute(insert(SessionDay), day_rows)
    if trainer_rows:
        session.execute(insert(session_trainer), trainer_rows)
    _write_enrolments(session, sessions, registry, person_ids, today, rng)


def _write_enrolments(
    session: Session, sessions: list[PlannedSession], registry: Registry, person_ids: list[int],
    today: dt.date, rng: random.Random,
) -> None:
    now = start_of(today)
    rows: list[dict[str, Any]] = []
    planned_rows: list[PlannedEnrolment] = []
    for planned in sessions:
        offset = registry.factories[planned.factory].utc_offset
        for enrolment in planned.enrolments:
            lead = rng.randint(3, 30)
            created = min(_moment(planned.first_day - dt.timedelta(days=lead), dt.time(11), offset), now)
            rows.append({
                "session_id": planned.id, "person_id": person_ids[enrolment.person], "status": enrolment.status,
                "waitlist_position": enrolment.waitlist_position, "source": enrolment.source,
                "replaces_id": None, "status_reason": enrolment.reason, "created_at": created, "updated_at": created,
            })
            planned_rows.append(enrolment)
    if not rows:
        return
    session.execute(insert(cast(Table, Enrolment.__table__)), rows)
    ids = {(s, p): e for e, s, p in session.execute(select(Enrolment.id, Enrolment.session_id, Enrolment.person_id))}
    for row, enrolment in zip(rows, planned_rows, strict=True):
        enrolment.id = ids[(row["session_id"], row["person_id"])]
    replacements = [
        {"id": enrolment.id, "replaces_id": planned.enrolments[enrolment.replaces].id}
        for planned in sessions for enrolment in planned.enrolments if enrolment.replaces is not None
    ]
    if replacements:
        session.execute(update(Enrolment), replacements)


def write_pool(
    session: Session, plan: PeoplePlan, registry: Registry, person_ids: list[int], rng: random.Random
) -> int:
    """People their organisations sent who are not in a group yet: the planner's waiting pool."""
    rows = []
    seen: set[tuple[int, str]] = set()
    for (_factory, key), by_organisation in sorted(plan.demand.items()):
        for people in by_organisation.values():
            for person in people[:60]:
                if (person, key) not in seen:
                    seen.add((person, key))
                    rows.append({"person_id": person_ids[person], "programme_id": registry.programmes[key].id,
                                 "note": rng.choice(("", "", "Заявка от организации", "Просит группу на весну"))})
    rng.shuffle(rows)
    rows = rows[:_MAX_POOL_ENTRIES]
    if rows:
        session.execute(insert(PoolEntry), rows)
    return len(rows)


def _moment(day: dt.date, time: dt.time, offset: dt.timezone) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=offset).astimezone(dt.UTC)


def start_of(today: dt.date) -> dt.datetime:
    """The demo's "now": the morning of `today`, so that the same day always gives the same data."""
    return dt.datetime.combine(today, dt.time(6, 0), tzinfo=dt.UTC)
