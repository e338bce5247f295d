"""The reference data sessions are planned with: factories (sites and the municipalities they serve),
programmes (with the round metrics recorded) and trainers (with their factories and days away).

Each function is one unit of work. A row that sessions refer to is deactivated, never deleted: it stays in
the history and is no longer offered for new sessions. Every change writes an audit entry.
These lists hold tens of rows, so they are searched and sorted in Python with the app's folding rules.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AttendanceStatus,
    AuditEntry,
    Factory,
    Municipality,
    NumberSequence,
    PoolEntry,
    Programme,
    ProgrammeKind,
    RoundMetric,
    RoundResult,
    Trainer,
    TrainerAbsence,
    TrainingSession,
    factory_municipality,
    session_trainer,
    trainer_factory,
)
from factory_desk.domain.names import (
    clean_name,
    email_problem,
    name_problem,
    normalize_email,
    normalize_phone,
    phone_problem,
)
from factory_desk.domain.text import day_text, fold, full_name, normalize_spaces, search_terms, sort_key
from factory_desk.services.attendance import CompletionRule, check_rule
from factory_desk.store.database import Database

# Words for the programme kinds ("Labels" context), shown in the user's language.
PROGRAMME_KIND = {
    ProgrammeKind.PRODUCTION.value: QT_TRANSLATE_NOOP("Labels", "Production process"),
    ProgrammeKind.OFFICE.value: QT_TRANSLATE_NOOP("Labels", "Office process"),
    ProgrammeKind.OTHER.value: QT_TRANSLATE_NOOP("Labels", "Other"),
}

# The time zones offered for a factory: Russia's from west to east, then the Baltic states and Belarus.
# These are always accepted (Windows may have no time zone database); another name is accepted when the
# system's zoneinfo knows it.
TIMEZONES = (
    "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
    "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
    "Asia/Magadan", "Asia/Kamchatka", "Europe/Riga", "Europe/Vilnius", "Europe/Tallinn", "Europe/Minsk",
)
DEFAULT_TIMEZONE = "Europe/Moscow"

CODE_LENGTH = 12
MAX_HOURS = Decimal(1000)
METRIC_CODE_LENGTH = 40
_FACTORY_CODE = re.compile(r"^[^\W_]+(-[^\W_]+)*$")  # letters and digits, hyphens between: КИР, LGL-2
_METRIC_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


class ReferenceKind(StrEnum):
    FACTORY = "factory"
    PROGRAMME = "programme"
    TRAINER = "trainer"


class ReferenceError(FactoryDeskError):
    """A factory, programme or trainer that cannot be found, or deleted, as asked."""


def _matches(query: str, *texts: str) -> bool:
    """Whether every folded word of `query` is part of one of `texts` (case, ё and accents ignored)."""
    haystack = fold(" ".join(texts))
    return all(term in haystack for term in search_terms(query))


# --- factories ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FactoryRow:
    id: int
    name: str
    code: str
    region: str
    specialisation: str
    municipalities: tuple[str, ...]
    is_active: bool
    trainers: int
    sessions: int
    address: str = ""
    timezone: str = DEFAULT_TIMEZONE


@dataclass(frozen=True)
class FactoryDetails:
    """What the factory editor shows and saves; `id` is None for a new factory."""

    name: str = ""
    code: str = ""
    address: str = ""
    region: str = ""
    specialisation: str = ""
    timezone: str = DEFAULT_TIMEZONE
    municipality_ids: tuple[int, ...] = ()
    is_active: bool = True
    id: int | None = None


class MunicipalityChoice(NamedTuple):
    id: int
    name: str
    region: str


def _counts(session: Session, column: object, group: object) -> dict[int, int]:
    return {key: int(count) for key, count in session.execute(select(group, func.count(column)).group_by(group))}


def list_factories(db: Database, query: str = "", *, include_inactive: bool = True) -> list[FactoryRow]:
    """The factories whose name, code, region, specialisation, address or municipalities contain every
    word of `query`, alphabetically, with how many trainers work there and how many sessions it had."""
    with db.read() as session:
        served: dict[int, list[str]] = {}
        for factory_id, name in session.execute(
                select(factory_municipality.c.factory_id, Municipality.name)
                .join(Municipality, Municipality.id == factory_municipality.c.municipality_id)):
            served.setdefault(factory_id, []).append(name)
        trainers = _counts(session, trainer_factory.c.trainer_id, trainer_factory.c.factory_id)
        sessions = _counts(session, TrainingSession.id, TrainingSession.factory_id)
        statement = select(Factory)
        if not include_inactive:
            statement = statement.where(Factory.is_active.is_(True))
        rows = []
        for f in session.scalars(statement):
            names = tuple(sorted(served.get(f.id, []), key=sort_key))
            if _matches(query, f.name, f.code, f.region, f.specialisation, f.address, *names):
                rows.append(FactoryRow(f.id, f.name, f.code, f.region, f.specialisation, names, f.is_active,
                                       trainers.get(f.id, 0), sessions.get(f.id, 0), f.address, f.timezone))
    return sorted(rows, key=lambda row: (sort_key(row.name), row.id))


def _factory(session: Session, factory_id: int, *, for_update: bool = False) -> Factory:
    factory = session.get(Factory, factory_id, with_for_update=for_update)
    if factory is None:
        raise ReferenceError(QT_TRANSLATE_NOOP("Errors", "There is no factory with the number {id}."), id=factory_id)
    return factory


def get_factory(db: Database, factory_id: int) -> FactoryDetails:
    with db.read() as session:
        f = _factory(session, factory_id)
        return FactoryDetails(
            name=f.name, code=f.code, address=f.address, region=f.region, specialisation=f.specialisation,
            timezone=f.timezone, municipality_ids=tuple(sorted(m.id for m in f.municipalities)),
            is_active=f.is_active, id=f.id)


def timezone_problem(name: str) -> str | None:
    """Why `name` is not a time zone a factory can have, or None."""
    if name in TIMEZONES:
        return None
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return QT_TRANSLATE_NOOP("Errors", "“{timezone}” is not a time zone. Choose one from the list, "
                                           "for example Europe/Moscow.")
    return None


def factory_code(text: str) -> str:
    """A factory code as stored: without spaces, in capitals («кир» → «КИР»)."""
    return "".join(text.split()).upper()


def _cleaned_factory(details: FactoryDetails) -> FactoryDetails:
    name = normalize_spaces(details.name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A factory needs its name."), field="name")
    code = factory_code(details.code)
    if not (1 <= len(code) <= CODE_LENGTH and _FACTORY_CODE.match(code)):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A factory code is 1 to 12 letters or digits, for example КИР: it begins the number of "
                      "every certificate issued there."), field="code", code=code)
    timezone = details.timezone.strip()
    if problem := timezone_problem(timezone):
        raise ValidationError(problem, field="timezone", timezone=timezone)
    return FactoryDetails(
        name=name, code=code, address=normalize_spaces(details.address), region=normalize_spaces(details.region),
        specialisation=normalize_spaces(details.specialisation), timezone=timezone,
        municipality_ids=tuple(sorted(set(details.municipality_ids))), is_active=details.is_active,
        id=details.id)


_FACTORY_FIELDS = ("name", "code", "address", "region", "specialisation", "timezone", "is_active")


def save_factory(db: Database, details: FactoryDetails, *, user_name: str = "") -> int:
    """Create (`details.id` None) or update a factory; its id. A name or code another factory has is refused
    with a sentence naming that factory."""
    clean = _cleaned_factory(details)
    with db.write() as session:
        for other_id, other_name, other_code in session.execute(select(Factory.id, Factory.name, Factory.code)):
            if other_id == clean.id:
                continue
            if fold(other_name) == fold(clean.name):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "There is already a factory named {name} (code {code})."),
                    field="name", name=other_name, code=other_code)
            if fold(other_code) == fold(clean.code):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The code {code} is already that of the factory {name}."),
                    field="code", name=other_name, code=other_code)
        served = list(session.scalars(select(Municipality).where(Municipality.id.in_(clean.municipality_ids))))
        if missing := set(clean.municipality_ids) - {m.id for m in served}:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no municipality with the number {id}."),
                                  field="municipality_ids", id=min(missing))
        if clean.id is None:
            factory = Factory(name=clean.name, code=clean.code)
            session.add(factory)
            before: dict[str, object] = {}
        else:
            factory = _factory(session, clean.id, for_update=True)
            before = {name: getattr(factory, name) for name in _FACTORY_FIELDS}
            before["municipality_ids"] = tuple(sorted(m.id for m in factory.municipalities))
        values: dict[str, object] = {name: getattr(clean, name) for name in _FACTORY_FIELDS}
        for name, value in values.items():
            setattr(factory, name, value)
        factory.municipalities = served
        values["municipality_ids"] = clean.municipality_ids
        session.flush()
        _audit(session, "factory_created" if clean.id is None else "factory_updated", ReferenceKind.FACTORY,
               factory.id, user_name, changed=sorted(k for k, v in values.items() if before.get(k) != v))
        return factory.id


def municipalities(db: Database) -> list[MunicipalityChoice]:
    """Every municipality, by region and then by name."""
    with db.read() as session:
        rows = [MunicipalityChoice(*row) for row in session.execute(
            select(Municipality.id, Municipality.name, Municipality.region))]
    return sorted(rows, key=lambda m: (sort_key(m.region), sort_key(m.name), m.id))


def add_municipality(db: Database, name: str, region: str = "", *, user_name: str = "") -> int:
    """The id of a new municipality, or of the one already registered under this name in this region."""
    name, region = normalize_spaces(name), normalize_spaces(region)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A municipality needs its name."), field="name")
    with db.write() as session:
        for known in session.scalars(select(Municipality)):
            if fold(known.name) == fold(name) and fold(known.region) == fold(region):
                return known.id
        municipality = Municipality(name=name, region=region)
        session.add(municipality)
        session.flush()
        session.add(AuditEntry(action="municipality_created", entity="municipality", entity_id=municipality.id,
                               user_name=user_name, details={"name": name, "region": region}))
        return municipality.id


# --- programmes --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    kind: str
    hours: Decimal
    days: int
    min_group: int
    max_group: int
    rounds: int
    metrics: int
    is_active: bool
    sessions: int


@dataclass(frozen=True)
class MetricDetails:
    """A figure recorded per simulation round; `id` is None for a metric not yet saved."""

    id: int | None
    code: str
    name: str
    unit: str = ""
    lower_is_better: bool = False


@dataclass(frozen=True)
class ProgrammeDetails:
    """What the programme editor shows and saves; `metrics` in the order they are recorded."""

    name: str = ""
    kind: str = ProgrammeKind.PRODUCTION.value
    hours: Decimal = Decimal(8)
    days: int = 1
    min_group: int = 12
    max_group: int = 16
    rounds: int = 3
    description: str = ""
    certificate_wording: str = ""
    is_active: bool = True
    metrics: Sequence[MetricDetails] = ()
    id: int | None = None
    # Who completes the programme (and gets a certificate): the statuses that count, on every day or on at least N.
    completion_rule: CompletionRule = CompletionRule()


def list_programmes(db: Database, query: str = "", *, include_inactive: bool = True) -> list[ProgrammeRow]:
    """The programmes whose name or description contains every word of `query`, alphabetically."""
    with db.read() as session:
        metrics = _counts(session, RoundMetric.id, RoundMetric.programme_id)
        sessions = _counts(session, TrainingSession.id, TrainingSession.programme_id)
        statement = select(Programme)
        if not include_inactive:
            statement = statement.where(Programme.is_active.is_(True))
        rows = [ProgrammeRow(p.id, p.name, p.kind, p.hours, p.days, p.min_group, p.max_group, p.rounds,
                             metrics.get(p.id, 0), p.is_active, sessions.get(p.id, 0))
                for p in session.scalars(statement) if _matches(query, p.name, p.description)]
    return sorted(rows, key=lambda row: (sort_key(row.name), row.id))


def _programme(session: Session, programme_id: int, *, for_update: bool = False) -> Programme:
    programme = session.get(Programme, programme_id, with_for_update=for_update)
    if programme is None:
        raise ReferenceError(QT_TRANSLATE_NOOP("Errors", "There is no programme with the number {id}."),
                             id=programme_id)
    return programme


def get_programme(db: Database, programme_id: int) -> ProgrammeDetails:
    with db.read() as session:
        p = _programme(session, programme_id)
        return ProgrammeDetails(
            name=p.name, kind=p.kind, hours=p.hours, days=p.days, min_group=p.min_group, max_group=p.max_group,
            rounds=p.rounds, description=p.description, certificate_wording=p.certificate_wording,
            is_active=p.is_active, id=p.id,
            metrics=tuple(MetricDetails(m.id, m.code, m.name, m.unit, m.lower_is_better) for m in p.metrics),
            completion_rule=CompletionRule.from_json(p.completion_rule))


def _hours(value: object) -> Decimal:
    try:
        hours = Decimal(str(value)).quantize(Decimal("0.1"))
    except (InvalidOperation, ValueError):
        hours = Decimal(0)
    if not 0 < hours <= MAX_HOURS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A programme lasts more than 0 and at most 1000 academic hours, not {hours}."),
            field="hours", hours=value)
    return hours


def _cleaned_metrics(metrics: Iterable[MetricDetails]) -> tuple[MetricDetails, ...]:
    cleaned: list[MetricDetails] = []
    seen: set[str] = set()
    for metric in metrics:
        code, name = metric.code.strip(), normalize_spaces(metric.name)
        if not code or not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Each round metric needs a code and a name."),
                                  field="metrics")
        if len(code) > METRIC_CODE_LENGTH or not _METRIC_CODE.match(code):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The metric code “{code}” is not valid: it is Latin letters, digits and _, and begins "
                          "with a letter, for example good_units."), field="metrics", code=code)
        if code.casefold() in seen:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Two metrics have the code {code}: a code is used once in a programme."),
                field="metrics", code=code)
        seen.add(code.casefold())
        cleaned.append(MetricDetails(metric.id, code, name, normalize_spaces(metric.unit), metric.lower_is_better))
    return tuple(cleaned)


def _cleaned_programme(details: ProgrammeDetails) -> ProgrammeDetails:
    name = normalize_spaces(details.name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A programme needs its name."), field="name")
    if details.kind not in set(ProgrammeKind):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no programme kind “{kind}”."),
                              field="kind", kind=details.kind)
    hours = _hours(details.hours)
    if not 1 <= details.days <= 60:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A programme lasts from 1 to 60 days, not {days}."),
                              field="days", days=details.days)
    if not 0 <= details.rounds <= 10:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A programme has from 0 to 10 simulation rounds, not {rounds}."),
            field="rounds", rounds=details.rounds)
    if not 1 <= details.min_group <= details.max_group <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A group is from 1 to 100 people and its minimum is not above its maximum: "
                      "{min}–{max} cannot be."), field="min_group", min=details.min_group, max=details.max_group)
    return ProgrammeDetails(
        name=name, kind=details.kind, hours=hours, days=details.days, min_group=details.min_group,
        max_group=details.max_group, rounds=details.rounds, description=details.description.strip(),
        certificate_wording=normalize_spaces(details.certificate_wording), is_active=details.is_active,
        metrics=_cleaned_metrics(details.metrics), id=details.id, completion_rule=details.completion_rule)


_PROGRAMME_FIELDS = ("name", "kind", "hours", "days", "min_group", "max_group", "rounds", "description",
                     "certificate_wording", "is_active")


def _metrics_state(programme: Programme) -> list[tuple[object, ...]]:
    return [(m.id, m.code, m.name, m.unit, m.lower_is_better) for m in programme.metrics]


def save_programme(db: Database, details: ProgrammeDetails, *, user_name: str = "") -> int:
    """Create or update a programme with its round metrics in the order given; its id.

    A metric with results recorded in sessions cannot be removed (its code, name and unit can change). The
    completion rule names attendance statuses that exist and at most as many days as the programme has.
    """
    clean = _cleaned_programme(details)
    with db.write() as session:
        rule = check_rule(clean.completion_rule, session.scalars(select(AttendanceStatus.code)), clean.days)
        for other_id, other_name in session.execute(select(Programme.id, Programme.name)):
            if other_id != clean.id and fold(other_name) == fold(clean.name):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is already a programme named {name}."),
                                      field="name", name=other_name)
        if clean.id is None:
            programme = Programme(name=clean.name)
            session.add(programme)
            before: dict[str, object] = {}
        else:
            programme = _programme(session, clean.id, for_update=True)
            before = {name: getattr(programme, name) for name in _PROGRAMME_FIELDS}
            before["metrics"] = _metrics_state(programme)
            before["completion_rule"] = CompletionRule.from_json(programme.completion_rule).to_json()
            _check_recorded(session, programme, clean)
        values: dict[str, object] = {name: getattr(clean, name) for name in _PROGRAMME_FIELDS}
        values["completion_rule"] = rule.to_json()
        for name, value in values.items():
            setattr(programme, name, value)
        session.flush()
        _write_metrics(session, programme, clean.metrics)
        session.flush()
        session.refresh(programme, ["metrics"])
        values["metrics"] = _metrics_state(programme)
        _audit(session, "programme_created" if clean.id is None else "programme_updated", ReferenceKind.PROGRAMME,
               programme.id, user_name, changed=sorted(k for k, v in values.items() if before.get(k) != v))
        return programme.id


def _check_recorded(session: Session, programme: Programme, clean: ProgrammeDetails) -> None:
    """Refuse to remove a metric with recorded results, or to have fewer rounds than were recorded."""
    kept = {m.id for m in clean.metrics if m.id is not None}
    for metric in programme.metrics:
        if metric.id not in kept and session.execute(
                select(RoundResult.id).where(RoundResult.metric_id == metric.id).limit(1)).first() is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The metric {name} ({code}) has results recorded in sessions: it cannot be removed."),
                field="metrics", name=metric.name, code=metric.code)
    recorded = session.execute(
        select(func.max(RoundResult.round_no)).join(RoundMetric, RoundMetric.id == RoundResult.metric_id)
        .where(RoundMetric.programme_id == programme.id)).scalar()
    if recorded is not None and clean.rounds < recorded:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Sessions of this programme recorded results of round {round}: it cannot have fewer rounds."),
            field="rounds", round=int(recorded))


def _write_metrics(session: Session, programme: Programme, metrics: Sequence[MetricDetails]) -> None:
    existing = {m.id: m for m in programme.metrics}
    if unknown := {m.id for m in metrics if m.id is not None} - set(existing):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no metric with the number {id} in this programme."),
                              field="metrics", id=min(unknown))
    kept = {m.id for m in metrics if m.id is not None}
    # Removed metrics go first, and codes that change pass through a placeholder, so that a code moving from
    # one metric to another never meets the (programme, code) unique constraint halfway.
    for metric_id, metric in existing.items():
        if metric_id not in kept:
            programme.metrics.remove(metric)
    session.flush()
    renamed = [m for m in metrics if m.id is not None and existing[m.id].code != m.code]
    for m in renamed:
        existing[m.id].code = f"~{m.id}"
    session.flush()
    for position, m in enumerate(metrics, 1):
        if m.id is None:
            programme.metrics.append(RoundMetric(code=m.code, name=m.name, unit=m.unit, position=position,
                                                 lower_is_better=m.lower_is_better))
        else:
            metric = existing[m.id]
            metric.code, metric.name, metric.unit = m.code, m.name, m.unit
            metric.position, metric.lower_is_better = position, m.lower_is_better


# --- trainers ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AbsenceDetails:
    """Days a trainer is away, both included; `id` is None for an absence not yet saved."""

    id: int | None
    first_day: dt.date
    last_day: dt.date
    reason: str = ""


@dataclass(frozen=True)
class TrainerRow:
    id: int
    name: str
    email: str
    phone: str
    factories: tuple[str, ...]
    is_active: bool
    sessions: int
    next_absence: AbsenceDetails | None = None  # the current or next absence
    factory_codes: tuple[str, ...] = ()  # in the order of `factories`


@dataclass(frozen=True)
class TrainerDetails:
    """What the trainer editor shows and saves; `id` is None for a new trainer."""

    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    is_active: bool = True
    factory_ids: tuple[int, ...] = ()
    absences: Sequence[AbsenceDetails] = field(default_factory=tuple)
    id: int | None = None

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.first_name, self.patronymic)


def list_trainers(
    db: Database, query: str = "", *, factory_id: int | None = None, include_inactive: bool = True,
    today: dt.date | None = None,
) -> list[TrainerRow]:
    """The trainers whose name, e-mail or factories contain every word of `query` (of one factory when
    `factory_id` is given), alphabetically, with their current or next absence from `today`."""
    today = today or clock.today()
    with db.read() as session:
        sessions = _counts(session, session_trainer.c.session_id, session_trainer.c.trainer_id)
        works_at: dict[int, list[tuple[int, str, str]]] = {}
        for trainer_id, fid, name, code in session.execute(
                select(trainer_factory.c.trainer_id, Factory.id, Factory.name, Factory.code)
                .join(Factory, Factory.id == trainer_factory.c.factory_id)):
            works_at.setdefault(trainer_id, []).append((fid, name, code))
        away: dict[int, AbsenceDetails] = {}
        for a in session.scalars(select(TrainerAbsence).where(TrainerAbsence.last_day >= today)
                                 .order_by(TrainerAbsence.first_day.desc())):
            away[a.trainer_id] = AbsenceDetails(a.id, a.first_day, a.last_day, a.reason)  # the earliest stays
        statement = select(Trainer).order_by(Trainer.sort_key, Trainer.id)
        if not include_inactive:
            statement = statement.where(Trainer.is_active.is_(True))
        rows = []
        for t in session.scalars(statement):
            factories = sorted(works_at.get(t.id, []), key=lambda f: sort_key(f[1]))
            if factory_id is not None and factory_id not in {f[0] for f in factories}:
                continue
            names, codes = tuple(f[1] for f in factories), tuple(f[2] for f in factories)
            if _matches(query, t.full_name, t.email, t.phone, *names, *codes):
                rows.append(TrainerRow(t.id, t.full_name, t.email, t.phone, names, t.is_active,
                                       sessions.get(t.id, 0), away.get(t.id), codes))
    return rows


def _trainer(session: Session, trainer_id: int, *, for_update: bool = False) -> Trainer:
    trainer = session.get(Trainer, trainer_id, with_for_update=for_update)
    if trainer is None:
        raise ReferenceError(QT_TRANSLATE_NOOP("Errors", "There is no trainer with the number {id}."), id=trainer_id)
    return trainer


def get_trainer(db: Database, trainer_id: int) -> TrainerDetails:
    with db.read() as session:
        t = _trainer(session, trainer_id)
        absences = sorted(t.absences, key=lambda a: (a.first_day, a.id))
        return TrainerDetails(
            surname=t.surname, first_name=t.first_name, patronymic=t.patronymic, email=t.email, phone=t.phone,
            notes=t.notes, is_active=t.is_active, factory_ids=tuple(sorted(f.id for f in t.factories)),
            absences=tuple(AbsenceDetails(a.id, a.first_day, a.last_day, a.reason) for a in absences), id=t.id)


def _cleaned_absences(absences: Iterable[AbsenceDetails]) -> tuple[AbsenceDetails, ...]:
    cleaned = []
    for a in absences:
        if a.last_day < a.first_day:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "An absence cannot end on {last}, before it begins on {first}."),
                field="absences", first=day_text(a.first_day), last=day_text(a.last_day))
        cleaned.append(AbsenceDetails(a.id, a.first_day, a.last_day, normalize_spaces(a.reason)))
    cleaned.sort(key=lambda a: (a.first_day, a.last_day))
    for earlier, later in zip(cleaned, cleaned[1:], strict=False):
        if later.first_day <= earlier.last_day:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The absences {first}–{last} and {other_first}–{other_last} overlap: make them one."),
                field="absences", first=day_text(earlier.first_day), last=day_text(earlier.last_day),
                other_first=day_text(later.first_day), other_last=day_text(later.last_day))
    return tuple(cleaned)


def _cleaned_trainer(details: TrainerDetails) -> TrainerDetails:
    surname, first, patronymic = (clean_name(details.surname), clean_name(details.first_name),
                                  clean_name(details.patronymic))
    if not surname:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A trainer needs at least a surname."), field="surname")
    for name, value in (("surname", surname), ("first_name", first), ("patronymic", patronymic)):
        if problem := name_problem(value):
            raise ValidationError(problem, field=name)
    email = normalize_email(details.email)
    if email and (problem := email_problem(email)):
        raise ValidationError(problem, field="email")
    phone = normalize_phone(details.phone)
    if problem := phone_problem(phone):
        raise ValidationError(problem, field="phone")
    return TrainerDetails(
        surname=surname, first_name=first, patronymic=patronymic, email=email, phone=phone,
        notes=details.notes.strip(), is_active=details.is_active,
        factory_ids=tuple(sorted(set(details.factory_ids))), absences=_cleaned_absences(details.absences),
        id=details.id)


_TRAINER_FIELDS = ("surname", "first_name", "patronymic", "email", "phone", "notes", "is_active")


def save_trainer(db: Database, details: TrainerDetails, *, user_name: str = "") -> int:
    """Create or update a trainer with the factories they work at and their absences; their id."""
    clean = _cleaned_trainer(details)
    with db.write() as session:
        factories = list(session.scalars(select(Factory).where(Factory.id.in_(clean.factory_ids))))
        if missing := set(clean.factory_ids) - {f.id for f in factories}:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no factory with the number {id}."),
                                  field="factory_ids", id=min(missing))
        if clean.id is None:
            trainer = Trainer(surname=clean.surname)
            session.add(trainer)
            before: dict[str, object] = {}
        else:
            trainer = _trainer(session, clean.id, for_update=True)
            before = {name: getattr(trainer, name) for name in _TRAINER_FIELDS}
            before["factory_ids"] = tuple(sorted(f.id for f in trainer.factories))
            before["absences"] = _absences_state(trainer.absences)
        values: dict[str, object] = {name: getattr(clean, name) for name in _TRAINER_FIELDS}
        for name, value in values.items():
            setattr(trainer, name, value)
        trainer.factories = factories
        _write_absences(trainer, clean.absences)
        session.flush()
        values["factory_ids"] = clean.factory_ids
        values["absences"] = _absences_state(trainer.absences)
        # The names of the changed fields only: the log is no second copy of a person's details.
        _audit(session, "trainer_created" if clean.id is None else "trainer_updated", ReferenceKind.TRAINER,
               trainer.id, user_name, changed=sorted(k for k, v in values.items() if before.get(k) != v))
        return trainer.id


def _absences_state(absences: Iterable[TrainerAbsence]) -> list[tuple[object, ...]]:
    return sorted((a.first_day, a.last_day, a.reason) for a in absences)


def _write_absences(trainer: Trainer, absences: Sequence[AbsenceDetails]) -> None:
    existing = {a.id: a for a in trainer.absences}
    if unknown := {a.id for a in absences if a.id is not None} - set(existing):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no absence with the number {id} of this trainer."),
                              field="absences", id=min(unknown))
    kept = {a.id for a in absences if a.id is not None}
    for absence_id, absence in existing.items():
        if absence_id not in kept:
            trainer.absences.remove(absence)
    for a in absences:
        if a.id is None:
            trainer.absences.append(TrainerAbsence(first_day=a.first_day, last_day=a.last_day, reason=a.reason))
        else:
            row = existing[a.id]
            row.first_day, row.last_day, row.reason = a.first_day, a.last_day, a.reason


# --- what the session editor chooses from ------------------------------------------------------------------

class FactoryChoice(NamedTuple):
    id: int
    name: str
    code: str
    is_active: bool = True


class ProgrammeChoice(NamedTuple):
    id: int
    name: str
    days: int
    min_group: int
    max_group: int
    is_active: bool = True


class TrainerChoice(NamedTuple):
    id: int
    name: str
    factory_ids: frozenset[int]
    is_active: bool = True


@dataclass(frozen=True)
class ReferenceChoices:
    factories: tuple[FactoryChoice, ...]
    programmes: tuple[ProgrammeChoice, ...]
    trainers: tuple[TrainerChoice, ...]


def choices(db: Database, *, include_inactive: bool = False) -> ReferenceChoices:
    """The active factories, programmes and trainers, alphabetically (all of them with `include_inactive`,
    for an editor showing a past session that used one since deactivated)."""
    with db.read() as session:
        def active(model: type[Factory] | type[Programme] | type[Trainer]) -> Select[Any]:
            return select(model) if include_inactive else select(model).where(model.is_active.is_(True))

        factories = sorted((FactoryChoice(f.id, f.name, f.code, f.is_active) for f in session.scalars(active(Factory))),
                           key=lambda c: (sort_key(c.name), c.id))
        programmes = sorted((ProgrammeChoice(p.id, p.name, p.days, p.min_group, p.max_group, p.is_active)
                             for p in session.scalars(active(Programme))), key=lambda c: (sort_key(c.name), c.id))
        works_at: dict[int, set[int]] = {}
        for trainer_id, factory_id in session.execute(select(trainer_factory.c.trainer_id,
                                                             trainer_factory.c.factory_id)):
            works_at.setdefault(trainer_id, set()).add(factory_id)
        trainers = tuple(TrainerChoice(t.id, t.full_name, frozenset(works_at.get(t.id, ())), t.is_active)
                         for t in session.scalars(active(Trainer).order_by(Trainer.sort_key, Trainer.id)))
    return ReferenceChoices(tuple(factories), tuple(programmes), trainers)


# --- deactivating and deleting -----------------------------------------------------------------------------

def _audit(session: Session, action: str, kind: ReferenceKind, entity_id: int, user_name: str,
           **details: object) -> None:
    session.add(AuditEntry(action=action, entity=kind.value, entity_id=entity_id, user_name=user_name,
                           details=details))


def _row(session: Session, kind: ReferenceKind, row_id: int) -> Factory | Programme | Trainer:
    if kind == ReferenceKind.FACTORY:
        return _factory(session, row_id, for_update=True)
    if kind == ReferenceKind.PROGRAMME:
        return _programme(session, row_id, for_update=True)
    return _trainer(session, row_id, for_update=True)


def set_active(db: Database, kind: ReferenceKind | str, row_id: int, active: bool, *, user_name: str = "") -> None:
    """Offer a factory, programme or trainer for new sessions again, or no longer; past sessions keep it."""
    kind = ReferenceKind(kind)
    with db.write() as session:
        row = _row(session, kind, row_id)
        if row.is_active == active:
            return
        row.is_active = active
        _audit(session, f"{kind.value}_{'activated' if active else 'deactivated'}", kind, row_id, user_name)


def _in_use(session: Session, row: Factory | Programme | Trainer) -> FactoryDeskError | None:
    """Why the row cannot be deleted (something refers to it), or None."""
    def exists(statement: Select[tuple[int]]) -> bool:
        return session.execute(statement.limit(1)).first() is not None

    if isinstance(row, Factory):
        if exists(select(TrainingSession.id).where(TrainingSession.factory_id == row.id)):
            return ReferenceError(QT_TRANSLATE_NOOP(
                "Errors", "The factory {name} has sessions, so it cannot be deleted. Deactivate it instead: it "
                          "stays in past sessions and is no longer offered for new ones."), name=row.name)
        if exists(select(NumberSequence.id).where(NumberSequence.factory_id == row.id)):
            return ReferenceError(QT_TRANSLATE_NOOP(
                "Errors", "Certificates were numbered at the factory {name}, so it cannot be deleted. "
                          "Deactivate it instead."), name=row.name)
    elif isinstance(row, Programme):
        if exists(select(TrainingSession.id).where(TrainingSession.programme_id == row.id)):
            return ReferenceError(QT_TRANSLATE_NOOP(
                "Errors", "The programme {name} has sessions, so it cannot be deleted. Deactivate it instead: it "
                          "stays in past sessions and is no longer offered for new ones."), name=row.name)
        if exists(select(PoolEntry.id).where(PoolEntry.programme_id == row.id)):
            return ReferenceError(QT_TRANSLATE_NOOP(
                "Errors", "People are waiting for the programme {name} in their organisations' pools, so it cannot "
                          "be deleted. Deactivate it instead."), name=row.name)
    elif exists(select(session_trainer.c.session_id).where(session_trainer.c.trainer_id == row.id)):
        return ReferenceError(QT_TRANSLATE_NOOP(
            "Errors", "The trainer {name} has sessions, so they cannot be deleted. Deactivate them instead: they "
                      "stay in past sessions and are no longer offered for new ones."), name=row.full_name)
    return None


def delete_reference(db: Database, kind: ReferenceKind | str, row_id: int, *, user_name: str = "") -> None:
    """Delete a factory, programme or trainer nothing refers to; otherwise a sentence that says to deactivate it."""
    kind = ReferenceKind(kind)
    with db.write() as session:
        row = _row(session, kind, row_id)
        if (refusal := _in_use(session, row)) is not None:
            raise refusal
        # A factory's and a programme's name stay in the log; a trainer's, as a person's, does not.
        details = {} if isinstance(row, Trainer) else {"name": row.name}
        session.delete(row)
        session.flush()
        _audit(session, f"{kind.value}_deleted", kind, row_id, user_name, **details)
