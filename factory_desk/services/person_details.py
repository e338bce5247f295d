"""One person: what the editor shows and saves, and the card with their sessions, attendance, certificates
and projects.

A save normalises the name as the import does (spaces, ALL CAPS → proper case) and checks the e-mail,
phone and badge code; a duplicate of the name is the editor's warning (`person_records.find_duplicates`),
not a refusal: two people may share a name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from factory_desk.domain import clock
from factory_desk.domain.errors import ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry, ConsentForm, Organisation, Person, PersonCategory
from factory_desk.domain.names import (
    clean_name,
    email_problem,
    name_problem,
    normalize_email,
    normalize_phone,
    phone_problem,
)
from factory_desk.domain.text import normalize_spaces
from factory_desk.services.personal_data import (
    PersonalDataError,
    Translate,
    collect_person_data,
    existing_person,
    identity,
)
from factory_desk.store.database import Database


@dataclass
class PersonDetails:
    """What the editor shows and saves; `id` is None for a new person."""

    surname: str = ""
    first_name: str = ""
    patronymic: str = ""
    organisation_id: int | None = None
    position: str = ""
    department: str = ""
    category: str = PersonCategory.ENTERPRISE_EMPLOYEE.value
    email: str = ""
    phone: str = ""
    badge_code: str = ""
    consent_date: dt.date | None = None
    consent_form: str | None = None
    is_minor: bool = False
    notes: str = ""
    id: int | None = None
    anonymised: bool = False

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.first_name, self.patronymic) if p)


@dataclass(frozen=True)
class PersonCard:
    """The person's details and, by section, the rows of `personal_data.SECTIONS` (sessions, attendance,
    tests, feedback, certificates, projects), already in the user's language."""

    details: PersonDetails
    organisation: str
    sections: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


_FIELDS = ("surname", "first_name", "patronymic", "organisation_id", "position", "department", "category",
           "email", "phone", "badge_code", "consent_date", "consent_form", "is_minor", "notes")


def _details(person: Person) -> PersonDetails:
    return PersonDetails(
        surname=person.surname, first_name=person.first_name, patronymic=person.patronymic,
        organisation_id=person.organisation_id, position=person.position, department=person.department,
        category=person.category, email=person.email, phone=person.phone, badge_code=person.badge_code or "",
        consent_date=person.consent_date, consent_form=person.consent_form, is_minor=person.is_minor,
        notes=person.notes, id=person.id, anonymised=person.anonymised_at is not None)


def get_person(db: Database, person_id: int) -> PersonDetails:
    with db.read() as session:
        return _details(existing_person(session, person_id))


def cleaned(details: PersonDetails) -> PersonDetails:
    """The details as they will be stored, or a `ValidationError` naming the field that cannot be."""
    surname, first, patronymic = (clean_name(details.surname), clean_name(details.first_name),
                                  clean_name(details.patronymic))
    if not surname:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A person needs at least a surname."), field="surname")
    for name, value in (("surname", surname), ("first_name", first), ("patronymic", patronymic)):
        if problem := name_problem(value):
            raise ValidationError(problem, field=name)
    email = normalize_email(details.email)
    if email and (problem := email_problem(email)):
        raise ValidationError(problem, field="email")
    phone = normalize_phone(details.phone)
    if problem := phone_problem(phone):
        raise ValidationError(problem, field="phone")
    if details.category not in set(PersonCategory):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no category “{category}”."),
                              field="category", category=details.category)
    if details.consent_form is not None and details.consent_form not in set(ConsentForm):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no consent form “{form}”."),
                              field="consent_form", form=details.consent_form)
    if details.consent_date is not None and details.consent_date > clock.today():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The consent date {date} is in the future."),
                              field="consent_date", date=details.consent_date.strftime("%d.%m.%Y"))
    return PersonDetails(
        surname=surname, first_name=first, patronymic=patronymic, organisation_id=details.organisation_id,
        position=normalize_spaces(details.position), department=normalize_spaces(details.department),
        category=details.category, email=email, phone=phone, badge_code="".join(details.badge_code.split()),
        consent_date=details.consent_date,
        consent_form=details.consent_form if details.consent_date is not None else None,
        is_minor=details.is_minor, notes=details.notes.strip(), id=details.id)


def save_person(db: Database, details: PersonDetails, *, user_name: str = "") -> int:
    """Create (`details.id` None) or update a person as one unit of work; the person's id."""
    clean = cleaned(details)
    with db.write() as session:
        if clean.badge_code:
            holder = session.execute(select(Person.id).where(Person.badge_code == clean.badge_code)).scalar()
            if holder is not None and holder != clean.id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The badge code {code} already belongs to person {id}."),
                    field="badge_code", code=clean.badge_code, id=holder)
        if clean.organisation_id is not None and session.get(Organisation, clean.organisation_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no organisation with the number {id} in the register."),
                field="organisation_id", id=clean.organisation_id)
        if clean.id is None:
            person = Person(surname=clean.surname)
            session.add(person)
            before: dict[str, object] = {}
        else:
            person = existing_person(session, clean.id, for_update=True)
            if person.anonymised_at is not None:
                raise PersonalDataError(QT_TRANSLATE_NOOP(
                    "Errors", "The data of this person were erased: the record cannot be edited."))
            before = {name: getattr(person, name) for name in _FIELDS}
        values = {name: getattr(clean, name) for name in _FIELDS}
        values["badge_code"] = clean.badge_code or None
        for name, value in values.items():
            setattr(person, name, value)
        session.flush()
        changed = sorted(name for name, value in values.items() if before.get(name) != value)
        # The names of the changed fields only: the audit log must not become a second copy of personal data.
        session.add(AuditEntry(action="person_created" if clean.id is None else "person_updated",
                               entity="person", entity_id=person.id, user_name=user_name,
                               details={"changed": changed}))
        return person.id


def person_card(db: Database, person_id: int, translate: Translate = identity) -> PersonCard:
    """Everything the card shows about a person, read in one unit of work."""
    with db.read() as session:
        person = existing_person(session, person_id)
        data = collect_person_data(session, person, translate)
        organisation = data["person"]["organisation"]
        return PersonCard(_details(person), organisation, {key: value for key, value in data.items()
                                                           if key not in ("person", "audit")})
