"""The demo region's registry: sites, municipalities, programmes with round metrics, trainers, organisations.

Written through the ORM (a few dozen rows, so the name and search keys fill themselves); returns plain
facts about what was written for the steps that follow.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factory_desk.domain.inn import with_check_digits
from factory_desk.domain.models import (
    AppUser,
    Factory,
    Municipality,
    Organisation,
    Programme,
    Role,
    RoundMetric,
    Trainer,
    TrainerAbsence,
)
from factory_desk.services import demo_corpus as corpus

# Offsets for local times (attendance marks, report times). Fixed, so the demo needs no time zone
# database on Windows; an hour off in the Latvian summer does not matter for invented data.
_UTC_OFFSET_HOURS = {"Europe/Moscow": 3, "Europe/Riga": 2}


@dataclass(frozen=True)
class MetricInfo:
    id: int
    code: str
    start: tuple[float, float]
    end: tuple[float, float]
    decimals: int


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    key: str
    name: str
    days: int
    hours: int
    min_group: int
    max_group: int
    rounds: int
    latvian: bool
    min_days: int  # days present (or late) that complete the programme
    certificate_wording: str
    metrics: tuple[MetricInfo, ...]


@dataclass(frozen=True)
class FactoryInfo:
    id: int
    index: int
    code: str
    name: str
    address: str
    latvian: bool
    cadence: int
    programmes: tuple[str, ...]
    signatory: tuple[str, str]
    utc_offset: dt.timezone


@dataclass(frozen=True)
class TrainerInfo:
    id: int
    index: int
    factories: frozenset[int]
    away: frozenset[dt.date]


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    index: int
    short_name: str
    profile: str
    factory: int
    latvian: bool
    domain: str
    weight: float


@dataclass
class Registry:
    factories: list[FactoryInfo] = field(default_factory=list)
    programmes: dict[str, ProgrammeInfo] = field(default_factory=dict)
    trainers: list[TrainerInfo] = field(default_factory=list)
    organisations: list[OrganisationInfo] = field(default_factory=list)
    coordinator_id: int = 0
    coordinator_name: str = ""


def build_registry(session: Session, rng: random.Random, today: dt.date) -> Registry:
    registry = Registry()
    municipalities = _municipalities(session)
    _factories(session, registry, municipalities)
    _programmes(session, registry)
    _trainers(session, registry, today)
    _organisations(session, registry, municipalities, rng)
    _coordinator(session, registry)
    return registry


def _municipalities(session: Session) -> dict[str, Municipality]:
    found: dict[str, Municipality] = {}
    for region, names in corpus.MUNICIPALITIES.items():
        for name in names:
            found[name] = Municipality(name=name, region=region)
    session.add_all(found.values())
    return found


def _factories(session: Session, registry: Registry, municipalities: dict[str, Municipality]) -> None:
    rows = []
    for spec in corpus.FACTORIES:
        factory = Factory(
            name=spec["name"], code=spec["code"], address=spec["address"], region=spec["region"],
            specialisation=spec["specialisation"], timezone=spec["timezone"],
            municipalities=[municipalities[name] for name in spec["municipalities"]],
        )
        rows.append((spec, factory))
    session.add_all(factory for _spec, factory in rows)
    session.flush()
    for index, (spec, factory) in enumerate(rows):
        registry.factories.append(FactoryInfo(
            id=factory.id, index=index, code=factory.code, name=factory.name, address=factory.address,
            latvian=spec["region"] == corpus.LATGALE, cadence=int(spec["cadence"]),
            programmes=tuple(spec["programmes"]),
            signatory=tuple(spec["signatory"]),
            utc_offset=dt.timezone(dt.timedelta(hours=_UTC_OFFSET_HOURS[str(spec["timezone"])])),
        ))


def _programmes(session: Session, registry: Registry) -> None:
    rows = []
    for key, spec in corpus.PROGRAMMES.items():
        metrics = [
            RoundMetric(code=code, name=name, unit=unit, position=position, lower_is_better=lower)
            for position, (code, name, unit, lower, _start, _end, _decimals) in enumerate(spec["metrics"], 1)
        ]
        extra: dict[str, Any] = {}
        if "completion_rule" in spec:
            extra["completion_rule"] = spec["completion_rule"]
        programme = Programme(
            name=spec["name"], kind=spec["kind"], hours=Decimal(spec["hours"]),
            days=spec["days"], min_group=spec["min"], max_group=spec["max"], rounds=spec["rounds"],
            description=spec["description"], certificate_wording=spec["certificate_wording"],
            metrics=metrics, **extra,
        )
        session.add(programme)
        rows.append((key, spec, programme))
    session.flush()
    for key, spec, programme in rows:
        rule = spec.get("completion_rule") or {}
        registry.programmes[key] = ProgrammeInfo(
            id=programme.id, key=key, name=programme.name, days=programme.days, hours=int(spec["hours"]),
            min_group=programme.min_group, max_group=programme.max_group, rounds=programme.rounds,
            latvian=spec["language"] == "lv",
            min_days=int(rule.get("min_days", programme.days)),
            certificate_wording=programme.certificate_wording,
            metrics=tuple(
                MetricInfo(metric.id, metric.code, spec_row[4], spec_row[5], spec_row[6])
                for metric, spec_row in zip(programme.metrics, spec["metrics"], strict=True)
            ),
        )


def _trainers(session: Session, registry: Registry, today: dt.date) -> None:
    by_code = {factory.code: factory for factory in registry.factories}
    factories = {factory.id: factory for factory in session.scalars(select(Factory))}
    trainers = []
    for surname, first_name, patronymic, email, codes in corpus.TRAINERS:
        trainer = Trainer(
            surname=surname, first_name=first_name, patronymic=patronymic, email=email,
            factories=[factories[by_code[code].id] for code in codes],
        )
        trainers.append(trainer)
    away: dict[int, set[dt.date]] = {}
    for index, offset, days, reason in corpus.TRAINER_ABSENCES:
        first = today + dt.timedelta(days=offset)
        last = first + dt.timedelta(days=days - 1)
        trainers[index].absences.append(TrainerAbsence(first_day=first, last_day=last, reason=reason))
        away.setdefault(index, set()).update(first + dt.timedelta(days=n) for n in range(days))
    session.add_all(trainers)
    session.flush()
    for index, (trainer, spec) in enumerate(zip(trainers, corpus.TRAINERS, strict=True)):
        registry.trainers.append(TrainerInfo(
            id=trainer.id, index=index, factories=frozenset(by_code[code].index for code in spec[4]),
            away=frozenset(away.get(index, ())),
        ))


def _organisations(
    session: Session, registry: Registry, municipalities: dict[str, Municipality], rng: random.Random
) -> None:
    served = {}
    for factory_spec, factory in zip(corpus.FACTORIES, registry.factories, strict=True):
        for name in factory_spec["municipalities"]:
            served[name] = factory.index
    regional_centre = next(f.index for f in registry.factories if f.code == "РЦК")
    used_inns: set[str] = set()
    rows = []
    for spec in corpus.ORGANISATIONS:
        municipality = spec["municipality"]
        latvian = spec["profile"].startswith("lv_")
        organisation = Organisation(
            full_name=spec["full"], short_name=spec["short"], org_type=spec["type"], sector=spec["sector"],
            region=corpus.LATGALE if latvian else corpus.LENINGRAD,
            municipality=municipalities[municipality] if municipality else None,
            national_project_since=spec["np"], email=f"info@{spec['domain']}",
            phone=_office_phone(rng, latvian),
            inn=None if latvian else _unique_inn(rng, str(spec["tax"]), used_inns),
            notes=f"Reģ. Nr. 9000{rng.randint(1_000_000, 9_999_999)}" if latvian else "",
        )
        rows.append((spec, organisation, served[municipality] if municipality else regional_centre, latvian))
    session.add_all(row[1] for row in rows)
    session.flush()
    for index, (spec, organisation, site_index, latvian) in enumerate(rows):
        registry.organisations.append(OrganisationInfo(
            id=organisation.id, index=index, short_name=organisation.short_name, profile=str(spec["profile"]),
            factory=site_index, latvian=latvian, domain=str(spec["domain"]), weight=float(spec["weight"]),
        ))


def _unique_inn(rng: random.Random, tax_office: str, used: set[str]) -> str:
    while True:
        inn = with_check_digits(tax_office + f"{rng.randrange(100_000):05d}")
        if inn not in used:
            used.add(inn)
            return inn


def _office_phone(rng: random.Random, latvian: bool) -> str:
    if latvian:
        return f"+371 65{rng.randint(100_000, 999_999)}"
    return f"+7 (813{rng.randint(60, 79)}) {rng.randint(2, 7)}{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def _coordinator(session: Session, registry: Registry) -> None:
    """The coordinator account; an existing one (the app may create it on first start) is reused."""
    user = session.scalar(select(AppUser).where(AppUser.login == "coordinator"))
    if user is None:
        user = AppUser(login="coordinator", display_name="Смирнова Ольга Викторовна", role=Role.COORDINATOR.value)
        session.add(user)
        session.flush()
    registry.coordinator_id = user.id
    registry.coordinator_name = user.display_name
