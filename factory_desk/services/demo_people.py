"""Demo participants: who works where, which programmes they come for, and their rows.

Planning comes first (organisation, sex and wanted programmes: cheap lists, also for 200,000 people) so
the schedule can be made before any name exists; the rows are then made and bulk-inserted in chunks,
with the search and sort keys filled here because bulk inserts bypass the ORM events.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from factory_desk.domain.models import ConsentForm, Person, PersonCategory
from factory_desk.domain.text import fold
from factory_desk.services import demo_corpus as corpus
from factory_desk.services.demo_registry import OrganisationInfo, Registry

CHUNK = 5_000
# Badge codes are digits only: a USB scanner "types" them, and letters would come out Cyrillic under a
# Russian keyboard layout.
_FIRST_BADGE = 10_000_001
# Details are kept for everyone who is enrolled, and for this many people per organisation besides
# (sponsors and teams of improvement projects come from them).
_KEPT_PER_ORGANISATION = 40


@dataclass
class PeoplePlan:
    """Who the demo's people are before they are written: organisation, sex, wanted programmes."""

    organisation: list[int]
    female: list[bool]
    # Fixed names for a few people, so every demo database shows ё, Latvian letters, «оглы»…
    names: dict[int, tuple[str, str, str]]
    # (factory index, programme key) → organisation index → people who want it; taken from the end.
    demand: dict[tuple[int, str], dict[int, list[int]]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.organisation)


@dataclass(frozen=True)
class PersonDetail:
    id: int
    surname: str
    first_name: str
    patronymic: str
    position: str
    organisation: int
    category: str
    is_manager: bool

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.first_name, self.patronymic) if p)


def plan_people(count: int, registry: Registry, rng: random.Random) -> PeoplePlan:
    organisations = registry.organisations
    weights = [organisation.weight for organisation in organisations]
    organisation_of = rng.choices(range(len(organisations)), weights=weights, k=count) if count else []
    female = [
        rng.random() < corpus.PROFILES[organisations[o].profile]["female_share"] for o in organisation_of
    ]
    plan = PeoplePlan(organisation_of, female, {})
    _place_showcase(plan, registry)
    for person, org_index in enumerate(organisation_of):
        organisation = organisations[org_index]
        offered = registry.factories[organisation.factory].programmes
        wanted = [key for key, chance in corpus.WANTS[organisation.profile]
                  if key in offered and rng.random() < chance]
        if not wanted:
            wanted = [next((key for key, _ in corpus.WANTS[organisation.profile] if key in offered), offered[0])]
        for key in wanted:
            plan.demand.setdefault((organisation.factory, key), {}).setdefault(org_index, []).append(person)
    for by_organisation in plan.demand.values():
        for people in by_organisation.values():
            rng.shuffle(people)
    return plan


def _place_showcase(plan: PeoplePlan, registry: Registry) -> None:
    taken: set[int] = set()
    for latvian, female, surname, first_name, patronymic in corpus.SHOWCASE:
        person = next(
            (p for p, o in enumerate(plan.organisation)
             if p not in taken and registry.organisations[o].latvian == latvian), None,
        )
        if person is None:
            continue
        taken.add(person)
        plan.female[person] = female
        plan.names[person] = (surname, first_name, patronymic)


def feminine(surname: str) -> str:
    """The feminine form of a Russian surname, part by part: Семёнов-Тян-Шанский → Семёнова-Тян-Шанская."""
    return "-".join(_feminine_part(part) for part in surname.split("-"))


def _feminine_part(part: str) -> str:
    if part.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return part + "а"
    if part.endswith(("ский", "цкий", "ской", "цкой", "ой", "ый")):
        return part[:-2] + "ая"
    return part  # Шевченко, Черных, Ким, Гуревич, Тян: the same for women


def russian_name(rng: random.Random, female: bool) -> tuple[str, str, str]:
    roll = rng.random()
    if roll < 0.015:
        surname = rng.choice(corpus.AZ_SURNAMES)
        first = rng.choice(corpus.AZ_FEMALE_NAMES if female else corpus.AZ_MALE_NAMES)
        az_father = rng.choice(corpus.AZ_FATHERS)
        return (feminine(surname) if female else surname, first, f"{az_father} {'кызы' if female else 'оглы'}")
    if roll < 0.025:
        if female and rng.random() < 0.5:  # a married woman keeping both surnames
            first_part, second_part = rng.sample(corpus.RU_SURNAMES[:60], 2)
            surname = f"{feminine(first_part)}-{feminine(second_part)}"
        else:
            surname = rng.choice(corpus.RU_HYPHENATED_SURNAMES)
            surname = feminine(surname) if female else surname
    else:
        surname = rng.choice(corpus.RU_SURNAMES)
        surname = feminine(surname) if female else surname
    father = rng.choice(corpus.RU_FATHERS)
    first = rng.choice(corpus.RU_FEMALE_NAMES) if female else rng.choice(corpus.RU_FATHERS)[0]
    return surname, first, father[2] if female else father[1]


def latvian_name(rng: random.Random, female: bool) -> tuple[str, str, str]:
    surnames: tuple[tuple[str, str], ...] = corpus.LV_SURNAMES
    male_names: tuple[str, ...] = corpus.LV_MALE_NAMES
    female_names: tuple[str, ...] = corpus.LV_FEMALE_NAMES
    if rng.random() < 0.3:  # one in three in Latgale has a Russian name, written the Latvian way
        surnames, male_names, female_names = corpus.LV_RU_SURNAMES, corpus.LV_RU_MALE_NAMES, corpus.LV_RU_FEMALE_NAMES
    masculine_form, feminine_form = rng.choice(surnames)
    if female:
        return feminine_form, rng.choice(female_names), ""
    return masculine_form, rng.choice(male_names), ""


@dataclass(frozen=True)
class _Job:
    position: str
    department: str
    category: str
    is_minor: bool
    is_manager: bool


def _form(choice: str | tuple[str, str], female: bool) -> str:
    if isinstance(choice, tuple):
        return choice[1] if female else choice[0]
    return choice


def _from_units(rng: random.Random, units: tuple[tuple[str, tuple[Any, ...]], ...], female: bool) -> tuple[str, str]:
    department, positions = rng.choice(units)
    return _form(rng.choice(positions), female), department


def job(rng: random.Random, profile_name: str, female: bool) -> _Job:
    """A position and department that fit the organisation, in the person's grammatical gender."""
    profile = corpus.PROFILES[profile_name]
    if rng.random() < profile.get("pupil_share", 0.0):
        position, department = _from_units(rng, profile["pupil_units"], female)
        return _Job(position, department, PersonCategory.SCHOOL_PUPIL.value, True, False)
    category = profile["category"]
    units = profile["units"]
    if rng.random() < profile.get("staff_share", 0.0):
        category, units = profile["staff_category"], profile["staff_units"]
    elif "staff_share" in profile:
        position, department = _from_units(rng, units, female)
        return _Job(position, department, category, False, False)  # students sponsor nothing
    if rng.random() < 0.08:
        department, position = rng.choice(profile["managers"])
        return _Job(_form(position, female), department, category, False, True)
    position, department = _from_units(rng, units, female)
    return _Job(position, department, category, False, False)


@dataclass
class Enrolled:
    """What the schedule says about a person: the first session date and whether they attended already."""

    first_day: dict[int, dt.date] = field(default_factory=dict)
    attended: set[int] = field(default_factory=set)


def write_people(
    session: Session,
    plan: PeoplePlan,
    registry: Registry,
    enrolled: Enrolled,
    today: dt.date,
    rng: random.Random,
    after_chunk: Callable[[], None],
) -> tuple[list[int], dict[int, PersonDetail]]:
    """Insert every planned person; returns their ids (by plan index) and details of those kept.

    Plain multi-row inserts are three times faster than inserts that return ids, so the ids are read
    back afterwards by badge code, which is unique and made from the plan index.
    """
    details: dict[int, tuple[str, str, str, str, int, str, bool]] = {}
    kept_per_organisation: dict[int, int] = {}
    table = cast(Table, Person.__table__)
    for start in range(0, plan.count, CHUNK):
        rows = []
        for person in range(start, min(start + CHUNK, plan.count)):
            row, detail = _person_row(person, plan, registry, enrolled, today, rng)
            rows.append(row)
            org_index = plan.organisation[person]
            kept = kept_per_organisation.get(org_index, 0)
            if person in enrolled.first_day or kept < _KEPT_PER_ORGANISATION:
                kept_per_organisation[org_index] = kept + 1
                details[person] = detail
        session.execute(insert(table), rows)
        after_chunk()
    ids = [0] * plan.count
    for person_id, badge in session.execute(select(Person.id, Person.badge_code)):
        ids[int(cast(str, badge)) - _FIRST_BADGE] = person_id
    return ids, {person: PersonDetail(ids[person], *detail) for person, detail in details.items()}


def _person_row(
    person: int, plan: PeoplePlan, registry: Registry, enrolled: Enrolled, today: dt.date, rng: random.Random
) -> tuple[dict[str, object], tuple[str, str, str, str, int, str, bool]]:
    organisation = registry.organisations[plan.organisation[person]]
    female = plan.female[person]
    if person in plan.names:
        surname, first_name, patronymic = plan.names[person]
    elif organisation.latvian:
        surname, first_name, patronymic = latvian_name(rng, female)
    else:
        surname, first_name, patronymic = russian_name(rng, female)
    work = job(rng, organisation.profile, female)
    email = _email(rng, organisation, work, surname, first_name) if rng.random() < 0.55 else ""
    phone = _mobile(rng, organisation.latvian) if rng.random() < 0.6 else ""
    consent_date, consent_form = _consent(person, organisation.latvian, work.is_minor, enrolled, today, rng)
    registered = consent_date or today - dt.timedelta(days=rng.randint(1, 330))
    created_at = dt.datetime.combine(registered, dt.time(7, rng.randint(0, 59)), tzinfo=dt.UTC)
    row: dict[str, object] = {
        "surname": surname, "first_name": first_name, "patronymic": patronymic,
        "position": work.position, "department": work.department, "organisation_id": organisation.id,
        "category": work.category, "email": email, "phone": phone, "badge_code": str(_FIRST_BADGE + person),
        "consent_date": consent_date, "consent_form": consent_form, "is_minor": work.is_minor, "notes": "",
        "created_at": created_at, "updated_at": created_at,
        **Person.derived(surname, first_name, patronymic),
    }
    return row, (surname, first_name, patronymic, work.position, organisation.index, work.category,
                 work.is_manager)


def _email(rng: random.Random, organisation: OrganisationInfo, work: _Job, surname: str, first_name: str) -> str:
    if organisation.latvian:
        local = f"{fold(first_name)}.{fold(surname)}"
    else:
        local = f"{corpus.transliterate(first_name)[0]}.{corpus.transliterate(surname)}"
    personal = work.category in (PersonCategory.STUDENT.value, PersonCategory.SCHOOL_PUPIL.value)
    domain = "mail.example" if personal else organisation.domain
    suffix = str(rng.randint(1, 99)) if personal else ""
    return f"{local}{suffix}@{domain}".replace(" ", "")


def _mobile(rng: random.Random, latvian: bool) -> str:
    if latvian:
        return f"+371 2{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def _consent(
    person: int, latvian: bool, minor: bool, enrolled: Enrolled, today: dt.date, rng: random.Random
) -> tuple[dt.date | None, str | None]:
    """Consent is collected before the first session; a few future participants will sign on the day."""
    first_day = enrolled.first_day.get(person)
    if first_day is None:
        if rng.random() < 0.1:
            return None, None
        day = today - dt.timedelta(days=rng.randint(5, 330))
    else:
        if person not in enrolled.attended and rng.random() < 0.15:
            return None, None
        day = min(first_day - dt.timedelta(days=rng.randint(2, 35)), today)
    if minor:
        form = ConsentForm.PARENTAL
    else:
        form = ConsentForm.ELECTRONIC if rng.random() < (0.5 if latvian else 0.35) else ConsentForm.WRITTEN
    return day, form.value


RETYPED = 2  # people a coordinator typed in again, as a list imported twice leaves them


def write_retyped(session: Session, registry: Registry, details: dict[int, PersonDetail]) -> None:
    """Give the last-registered colleague of a few people the same name, typed again with е for ё: the
    duplicates screen then has something to merge. Through the ORM, whose events keep the search index.
    (Called before the sessions are written: each of the pair may get enrolments of their own.)"""
    for detail in list(details.values())[:RETYPED]:
        other = session.scalars(
            select(Person).where(Person.organisation_id == registry.organisations[detail.organisation].id,
                                 Person.id != detail.id)
            .order_by(Person.id.desc()).limit(1)).first()
        if other is None:
            continue
        other.surname, other.first_name, other.patronymic = (
            part.replace("ё", "е").replace("Ё", "Е") for part in (detail.surname, detail.first_name, detail.patronymic))
        other.position = detail.position
    session.flush()
