"""The organisations register: listing with search and filters, one organisation's details and card,
and saving an organisation (create or update) as one unit of work.

Organisations number in the hundreds, so a search is a `LIKE` over the folded search column.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AuditEntry,
    Certificate,
    CertificateStatus,
    Enrolment,
    ImprovementProject,
    Organisation,
    OrganisationType,
    Person,
)
from factory_desk.domain.text import like_escape, normalize_spaces, search_terms
from factory_desk.store.database import Database

CARD_PEOPLE = 200
CARD_PROJECTS = 50


class OrganisationError(FactoryDeskError):
    """An organisation that cannot be found or saved as asked."""


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    full_name: str
    inn: str
    org_type: str
    sector: str
    region: str
    national_project_since: int | None
    people: int
    sort_key: str


@dataclass(frozen=True)
class FilterChoices:
    sectors: list[str]
    regions: list[str]


@dataclass
class OrganisationDetails:
    """What the editor shows and saves; `id` is None for a new organisation."""

    full_name: str = ""
    short_name: str = ""
    inn: str = ""
    org_type: str = OrganisationType.ENTERPRISE.value
    sector: str = ""
    region: str = ""
    national_project_since: int | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class CardPerson:
    id: int
    name: str
    position: str


@dataclass(frozen=True)
class CardProject:
    id: int
    title: str
    status: str


@dataclass(frozen=True)
class OrganisationCard:
    id: int
    name: str
    full_name: str
    inn: str
    people_count: int
    people: list[CardPerson] = field(default_factory=list)
    enrolments: int = 0
    certificates: int = 0
    projects_count: int = 0
    projects: list[CardProject] = field(default_factory=list)


def organisation_name(*, missing: str | None = "") -> ColumnElement[str]:
    """The name an organisation is shown by, in SQL: its short name, or its full name when it has none.

    Where an outer join found no organisation, `missing` ("" by default; None leaves an empty cell empty).
    """
    name = func.nullif(Organisation.short_name, ""), Organisation.full_name
    return func.coalesce(*name) if missing is None else func.coalesce(*name, missing)


def _people_count() -> ColumnElement[int]:
    return (select(func.count()).where(Person.organisation_id == Organisation.id, Person.anonymised_at.is_(None))
            .correlate(Organisation).scalar_subquery())


def list_organisations(
    db: Database,
    query: str = "",
    *,
    org_type: str | None = None,
    sector: str | None = None,
    region: str | None = None,
    national_project: bool | None = None,
) -> list[OrganisationRow]:
    """The organisations whose name or ИНН contains every folded word of `query`, alphabetically."""
    statement = select(
        Organisation.id, organisation_name(), Organisation.full_name, func.coalesce(Organisation.inn, ""),
        Organisation.org_type, Organisation.sector, Organisation.region, Organisation.national_project_since,
        _people_count(), Organisation.sort_key,
    )
    for term in search_terms(query):
        statement = statement.where(Organisation.search_text.like(f"%{like_escape(term)}%", escape="\\"))
    if org_type:
        statement = statement.where(Organisation.org_type == org_type)
    if sector is not None:
        statement = statement.where(Organisation.sector == sector)
    if region is not None:
        statement = statement.where(Organisation.region == region)
    if national_project is True:
        statement = statement.where(Organisation.national_project_since.is_not(None))
    elif national_project is False:
        statement = statement.where(Organisation.national_project_since.is_(None))
    statement = statement.order_by(Organisation.sort_key, Organisation.id)
    with db.read() as session:
        return [OrganisationRow(*row) for row in session.execute(statement)]


def filter_choices(db: Database) -> FilterChoices:
    """The sectors and regions that some organisation has, alphabetically."""
    with db.read() as session:
        sectors = session.scalars(select(Organisation.sector).where(Organisation.sector != "").distinct()).all()
        regions = session.scalars(select(Organisation.region).where(Organisation.region != "").distinct()).all()
    return FilterChoices(sorted(sectors, key=str.casefold), sorted(regions, key=str.casefold))


def _organisation(session: Session, organisation_id: int) -> Organisation:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise OrganisationError(
            QT_TRANSLATE_NOOP("Errors", "There is no organisation with the number {id} in the register."),
            id=organisation_id)
    return organisation


def get_organisation(db: Database, organisation_id: int) -> OrganisationDetails:
    with db.read() as session:
        o = _organisation(session, organisation_id)
        return OrganisationDetails(
            full_name=o.full_name, short_name=o.short_name, inn=o.inn or "", org_type=o.org_type, sector=o.sector,
            region=o.region, national_project_since=o.national_project_since, email=o.email, phone=o.phone,
            notes=o.notes, id=o.id,
        )


_FIELDS = ("full_name", "short_name", "inn", "org_type", "sector", "region", "national_project_since", "email",
           "phone", "notes")


def save_organisation(db: Database, details: OrganisationDetails, *, user_name: str = "") -> int:
    """Create (`details.id` None) or update an organisation; its id. A bad ИНН raises `ValidationError`."""
    full_name = normalize_spaces(details.full_name)
    if not full_name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An organisation needs its full name."),
                              field="full_name")
    year = details.national_project_since
    if year is not None and not 2000 <= year <= 2100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The national project year is between 2000 and 2100, not {year}."),
            field="national_project_since", year=year)
    if details.org_type not in set(OrganisationType):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no organisation type “{type}”."),
                              field="org_type", type=details.org_type)
    inn = normalize_spaces(details.inn).replace(" ", "") or None
    with db.write() as session:
        if inn is not None:
            holder = session.execute(
                select(Organisation.id, organisation_name()).where(Organisation.inn == inn)
            ).first()
            if holder is not None and holder[0] != details.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The INN {inn} is already that of the organisation {name}."),
                    field="inn", inn=inn, name=holder[1])
        if details.id is None:
            organisation = Organisation(full_name=full_name)
            session.add(organisation)
            before: dict[str, object] = {}
        else:
            organisation = _organisation(session, details.id)
            before = {name: getattr(organisation, name) for name in _FIELDS}
        values = {
            "full_name": full_name, "short_name": normalize_spaces(details.short_name), "inn": inn,
            "org_type": details.org_type, "sector": normalize_spaces(details.sector),
            "region": normalize_spaces(details.region), "national_project_since": details.national_project_since,
            "email": details.email.strip(), "phone": details.phone.strip(), "notes": details.notes.strip(),
        }
        for name, value in values.items():
            setattr(organisation, name, value)  # the ИНН's check digits are checked here by the model
        session.flush()
        changed = {name: value for name, value in values.items() if before.get(name) != value}
        session.add(AuditEntry(
            action="organisation_created" if details.id is None else "organisation_updated",
            entity="organisation", entity_id=organisation.id, user_name=user_name,
            details={"changed": sorted(changed)},
        ))
        return organisation.id


def organisation_card(db: Database, organisation_id: int) -> OrganisationCard:
    """An organisation's figures: its people (the first alphabetically), enrolments, certificates, projects."""
    with db.read() as session:
        o = _organisation(session, organisation_id)
        of_it = (Person.organisation_id == organisation_id, Person.anonymised_at.is_(None))
        people_count = session.execute(select(func.count()).select_from(Person).where(*of_it)).scalar_one()
        people = [CardPerson(person.id, person.full_name, person.position) for person in session.scalars(
            select(Person).where(*of_it).order_by(Person.sort_key, Person.id).limit(CARD_PEOPLE))]
        its_people = select(Person.id).where(Person.organisation_id == organisation_id)
        enrolments = session.execute(
            select(func.count(func.distinct(Enrolment.session_id))).where(Enrolment.person_id.in_(its_people))
        ).scalar_one()
        certificates = session.execute(
            select(func.count()).select_from(Certificate).join(Enrolment, Certificate.enrolment_id == Enrolment.id)
            .where(Enrolment.person_id.in_(its_people), Certificate.status == CertificateStatus.ISSUED.value)
        ).scalar_one()
        of_projects = ImprovementProject.organisation_id == organisation_id
        projects_count = session.execute(
            select(func.count()).select_from(ImprovementProject).where(of_projects)).scalar_one()
        projects = [CardProject(*row) for row in session.execute(
            select(ImprovementProject.id, ImprovementProject.title, ImprovementProject.status).where(of_projects)
            .order_by(ImprovementProject.sort_key, ImprovementProject.id).limit(CARD_PROJECTS))]
        return OrganisationCard(
            id=o.id, name=o.short_name or o.full_name, full_name=o.full_name, inn=o.inn or "",
            people_count=int(people_count), people=people, enrolments=int(enrolments),
            certificates=int(certificates), projects_count=int(projects_count), projects=projects,
        )
