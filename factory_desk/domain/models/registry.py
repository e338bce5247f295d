"""Who is trained and where: factories, municipalities, organisations, people, trainers, programmes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Numeric,
    String,
    Table,
    UniqueConstraint,
    delete,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from factory_desk.domain.errors import ValidationError
from factory_desk.domain.inn import inn_problem
from factory_desk.domain.models.base import Base, SortKey, Timestamped, one_of, values
from factory_desk.domain.text import fold, full_name, normalize_spaces, sort_key, words


class ProgrammeKind(StrEnum):
    PRODUCTION = "production"
    OFFICE = "office"
    OTHER = "other"


class OrganisationType(StrEnum):
    ENTERPRISE = "enterprise"
    STATE_BODY = "state_body"
    MUNICIPAL = "municipal"
    EDUCATION = "education"
    HEALTHCARE = "healthcare"
    SOCIAL = "social"
    OTHER = "other"


class PersonCategory(StrEnum):
    ENTERPRISE_EMPLOYEE = "enterprise_employee"
    STUDENT = "student"
    CIVIL_SERVANT = "civil_servant"
    MUNICIPAL_EMPLOYEE = "municipal_employee"
    SOCIAL_SECTOR = "social_sector"
    SCHOOL_PUPIL = "school_pupil"
    OTHER = "other"


class ConsentForm(StrEnum):
    WRITTEN = "written"
    ELECTRONIC = "electronic"
    PARENTAL = "parental"  # a minor's consent, given by a parent


factory_municipality = Table(
    "factory_municipality",
    Base.metadata,
    Column("factory_id", ForeignKey("factory.id", ondelete="CASCADE"), primary_key=True),
    Column("municipality_id", ForeignKey("municipality.id", ondelete="CASCADE"), primary_key=True),
)

trainer_factory = Table(
    "trainer_factory",
    Base.metadata,
    Column("trainer_id", ForeignKey("trainer.id", ondelete="CASCADE"), primary_key=True),
    Column("factory_id", ForeignKey("factory.id", ondelete="CASCADE"), primary_key=True),
)


# Every folded word of every person's name, with the person's sort key and folded name: a search by the
# beginning of any word is an index-only range scan, already in alphabetical order, whose other words are
# checked on the same index entry (see services/people.py).
person_word = Table(
    "person_word",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("word", SortKey, primary_key=True),
    Column("sort_key", SortKey, nullable=False),
    Column("name", SortKey, nullable=False),
    Index("ix_person_word_search", "word", "sort_key", "person_id", "name"),
)


class Municipality(Base):
    __tablename__ = "municipality"
    __table_args__ = (UniqueConstraint("region", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    region: Mapped[str] = mapped_column(default="")


class Factory(Timestamped, Base):
    """A training site with its simulator, specialisation and the municipalities it serves."""

    __tablename__ = "factory"
    __table_args__ = (CheckConstraint("length(code) BETWEEN 1 AND 12", name="code_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    # Short code used in certificate numbers, e.g. «КИР» in КИР-2026-00042.
    code: Mapped[str] = mapped_column(unique=True)
    address: Mapped[str] = mapped_column(default="")
    region: Mapped[str] = mapped_column(default="")
    specialisation: Mapped[str] = mapped_column(default="")
    timezone: Mapped[str] = mapped_column(default="Europe/Moscow")
    is_active: Mapped[bool] = mapped_column(default=True)

    municipalities: Mapped[list[Municipality]] = relationship(secondary=factory_municipality)


class Programme(Timestamped, Base):
    """A training programme: a one-day simulation or a multi-day cycle, with its group limits."""

    __tablename__ = "programme"
    __table_args__ = (
        one_of("kind", values(ProgrammeKind)),
        CheckConstraint("hours > 0", name="hours_positive"),
        CheckConstraint("days BETWEEN 1 AND 60", name="days_range"),
        CheckConstraint("rounds BETWEEN 0 AND 10", name="rounds_range"),
        CheckConstraint("min_group >= 1 AND min_group <= max_group AND max_group <= 100", name="group_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(default=ProgrammeKind.PRODUCTION.value)
    hours: Mapped[Decimal] = mapped_column(Numeric(6, 1), default=Decimal(8))
    days: Mapped[int] = mapped_column(default=1)
    min_group: Mapped[int] = mapped_column(default=12)
    max_group: Mapped[int] = mapped_column(default=16)
    rounds: Mapped[int] = mapped_column(default=3)
    description: Mapped[str] = mapped_column(default="")
    certificate_wording: Mapped[str] = mapped_column(default="")
    # Which attendance statuses complete the programme, e.g. {"statuses": ["present", "late"], "all_days": true}.
    completion_rule: Mapped[dict[str, Any]] = mapped_column(
        default=lambda: {"statuses": ["present", "late"], "all_days": True}
    )
    is_active: Mapped[bool] = mapped_column(default=True)

    metrics: Mapped[list[RoundMetric]] = relationship(
        back_populates="programme", order_by="RoundMetric.position", cascade="all, delete-orphan"
    )


class RoundMetric(Base):
    """A figure recorded per simulation round (good units, defects, lead time…), defined per programme."""

    __tablename__ = "round_metric"
    __table_args__ = (UniqueConstraint("programme_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    code: Mapped[str]
    name: Mapped[str]
    unit: Mapped[str] = mapped_column(default="")
    position: Mapped[int] = mapped_column(default=0)
    # Whether a smaller value is the better one (defects, lead time): used for the change round 1 → last.
    lower_is_better: Mapped[bool] = mapped_column(default=False)

    programme: Mapped[Programme] = relationship(back_populates="metrics")


class Organisation(Timestamped, Base):
    __tablename__ = "organisation"
    __table_args__ = (
        one_of("org_type", values(OrganisationType)),
        CheckConstraint("inn IS NULL OR length(inn) IN (10, 12)", name="inn_length"),
        CheckConstraint(
            "national_project_since IS NULL OR national_project_since BETWEEN 2000 AND 2100",
            name="national_project_year",
        ),
        Index("ix_organisation_sort", "sort_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str]
    short_name: Mapped[str] = mapped_column(default="")
    inn: Mapped[str | None] = mapped_column(String(12), unique=True)
    org_type: Mapped[str] = mapped_column(default=OrganisationType.ENTERPRISE.value)
    sector: Mapped[str] = mapped_column(default="")
    region: Mapped[str] = mapped_column(default="")
    municipality_id: Mapped[int | None] = mapped_column(ForeignKey("municipality.id", ondelete="SET NULL"))
    national_project_since: Mapped[int | None]
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    search_text: Mapped[str] = mapped_column(default="")
    sort_key: Mapped[str] = mapped_column(SortKey, default="")

    municipality: Mapped[Municipality | None] = relationship()

    @validates("inn")
    def _check_inn(self, _key: str, inn: str | None) -> str | None:
        inn = normalize_spaces(inn).replace(" ", "") or None
        if inn is not None and (problem := inn_problem(inn)):
            raise ValidationError(problem, field="inn")
        return inn

    @staticmethod
    def derived(full_name: str, short_name: str = "", inn: str | None = None) -> dict[str, str]:
        """The search and sort columns for an organisation (also for bulk inserts that bypass the ORM)."""
        return {
            "search_text": fold(" ".join(filter(None, (short_name, full_name, inn)))),
            "sort_key": sort_key(short_name or full_name),
        }


class Person(Timestamped, Base):
    """A participant. Surname, first name and patronymic are kept apart (Latvian names have no patronymic)."""

    __tablename__ = "person"
    __table_args__ = (
        one_of("category", values(PersonCategory)),
        CheckConstraint(
            "consent_form IS NULL OR consent_form IN ('written', 'electronic', 'parental')",
            name="consent_form_valid",
        ),
        CheckConstraint("length(surname) > 0", name="surname_present"),
        Index("ix_person_sort", "sort_key", "id"),
        Index("ix_person_organisation_sort", "organisation_id", "sort_key", "id"),
        Index("ix_person_category_sort", "category", "sort_key", "id"),
        Index("ix_person_duplicates", "organisation_id", "search_text"),
        # Few people are ever anonymised: counting the others is "all minus these", not a table scan.
        Index(
            "ix_person_anonymised",
            "anonymised_at",
            sqlite_where=text("anonymised_at IS NOT NULL"),
            postgresql_where=text("anonymised_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str]
    first_name: Mapped[str] = mapped_column(default="")
    patronymic: Mapped[str] = mapped_column(default="")
    position: Mapped[str] = mapped_column(default="")
    department: Mapped[str] = mapped_column(default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    category: Mapped[str] = mapped_column(default=PersonCategory.ENTERPRISE_EMPLOYEE.value)
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    # The code printed on badges and sign-in sheets; a USB scanner types it on the attendance screen.
    badge_code: Mapped[str | None] = mapped_column(unique=True)
    consent_date: Mapped[dt.date | None]
    consent_form: Mapped[str | None]
    is_minor: Mapped[bool] = mapped_column(default=False)
    # Set when a person's data was erased on request: the row stays for statistics, names are gone.
    anonymised_at: Mapped[dt.datetime | None]
    notes: Mapped[str] = mapped_column(default="")
    search_text: Mapped[str] = mapped_column(default="")
    sort_key: Mapped[str] = mapped_column(SortKey, default="")

    organisation: Mapped[Organisation | None] = relationship()

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.first_name, self.patronymic)

    @staticmethod
    def words(surname: str, first_name: str = "", patronymic: str = "") -> list[str]:
        """The rows of `person_word` for a name."""
        return words(surname, first_name, patronymic)

    @staticmethod
    def derived(surname: str, first_name: str = "", patronymic: str = "") -> dict[str, str]:
        """The search and sort columns for a person (also for bulk inserts that bypass the ORM)."""
        # " римских корсаков николай": a leading space, so `LIKE '% term%'` matches the start of any word.
        return {
            "search_text": " " + " ".join(words(surname, first_name, patronymic)),
            "sort_key": sort_key(surname, first_name, patronymic),
        }


class PoolEntry(Timestamped, Base):
    """A person an organisation sent for training who is not yet in a group (its waiting pool)."""

    __tablename__ = "pool_entry"
    __table_args__ = (UniqueConstraint("person_id", "programme_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    note: Mapped[str] = mapped_column(default="")


class Trainer(Timestamped, Base):
    __tablename__ = "trainer"
    __table_args__ = (Index("ix_trainer_sort", "sort_key", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str]
    first_name: Mapped[str] = mapped_column(default="")
    patronymic: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"), unique=True)
    is_active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str] = mapped_column(default="")
    search_text: Mapped[str] = mapped_column(default="")
    sort_key: Mapped[str] = mapped_column(SortKey, default="")

    factories: Mapped[list[Factory]] = relationship(secondary=trainer_factory)
    absences: Mapped[list[TrainerAbsence]] = relationship(cascade="all, delete-orphan")

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.first_name, self.patronymic)


class TrainerAbsence(Base):
    """Days a trainer is away: series of sessions skip them and conflict checks name them."""

    __tablename__ = "trainer_absence"
    __table_args__ = (CheckConstraint("last_day >= first_day", name="day_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("trainer.id", ondelete="CASCADE"), index=True)
    first_day: Mapped[dt.date]
    last_day: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(default="")


def _name_keys(target: Person | Trainer) -> None:
    target.surname = normalize_spaces(target.surname)
    target.first_name = normalize_spaces(target.first_name)
    target.patronymic = normalize_spaces(target.patronymic)
    keys = Person.derived(target.surname, target.first_name, target.patronymic)
    target.search_text, target.sort_key = keys["search_text"], keys["sort_key"]


def _organisation_keys(target: Organisation) -> None:
    target.full_name = normalize_spaces(target.full_name)
    target.short_name = normalize_spaces(target.short_name)
    keys = Organisation.derived(target.full_name, target.short_name, target.inn)
    target.search_text, target.sort_key = keys["search_text"], keys["sort_key"]


_NAME_PARTS = ("surname", "first_name", "patronymic")


def _index_words(connection, target: Person) -> None:  # type: ignore[no-untyped-def]
    rows = [{"word": w, "person_id": target.id, "sort_key": target.sort_key, "name": target.search_text}
            for w in Person.words(target.surname, target.first_name, target.patronymic)]
    if rows:
        connection.execute(insert(person_word), rows)


def _reindex_words(connection, target: Person) -> None:  # type: ignore[no-untyped-def]
    state = inspect(target)
    if any(state.attrs[name].history.has_changes() for name in _NAME_PARTS):
        connection.execute(delete(person_word).where(person_word.c.person_id == target.id))
        _index_words(connection, target)


# Every ORM write keeps the search and sort columns in step with the names they are made from.
event.listen(Person, "after_insert", lambda _m, connection, target: _index_words(connection, target))
event.listen(Person, "after_update", lambda _m, connection, target: _reindex_words(connection, target))
for _cls in (Person, Trainer):
    event.listen(_cls, "before_insert", lambda _m, _c, target: _name_keys(target))
    event.listen(_cls, "before_update", lambda _m, _c, target: _name_keys(target))
event.listen(Organisation, "before_insert", lambda _m, _c, target: _organisation_keys(target))
event.listen(Organisation, "before_update", lambda _m, _c, target: _organisation_keys(target))
