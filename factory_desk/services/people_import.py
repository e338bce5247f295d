"""Writing an imported list of people: checked against the database first, then saved in one transaction.

The file has already been read and previewed (exchange/people_file.py). Here each row's organisation is
found (by ИНН, else by name; a new one is created when neither is known), and a person who is already in
the database (the same folded name in the same organisation) is reused instead of entered twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import (
    AuditEntry,
    EnrolmentSource,
    Organisation,
    OrganisationType,
    Person,
    PersonCategory,
    PoolEntry,
)
from factory_desk.domain.text import fold, full_name
from factory_desk.exchange.export import write_table
from factory_desk.exchange.people_file import SAME_IN_FILE, PreviewRow, Problem, normalize_inn
from factory_desk.store.database import Database

ALREADY_THERE = QT_TRANSLATE_NOOP("Errors", "Already in the database: the existing record is used, not a copy.")

# The category a person gets when the file does not say, from the kind of organisation that sent them.
DEFAULT_CATEGORY = {
    OrganisationType.ENTERPRISE.value: PersonCategory.ENTERPRISE_EMPLOYEE,
    OrganisationType.STATE_BODY.value: PersonCategory.CIVIL_SERVANT,
    OrganisationType.MUNICIPAL.value: PersonCategory.MUNICIPAL_EMPLOYEE,
    OrganisationType.HEALTHCARE.value: PersonCategory.SOCIAL_SECTOR,
    OrganisationType.SOCIAL.value: PersonCategory.SOCIAL_SECTOR,
}


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    name: str
    inn: str | None


@dataclass(frozen=True)
class CheckedRow:
    row: PreviewRow
    existing_person_id: int | None = None
    organisation_note: str = ""  # the organisation the person will belong to ("" for none)
    organisation_is_new: bool = False  # it is not in the database yet and will be created
    warnings: tuple[Problem, ...] = ()
    organisation_inn: str = ""  # the ИНН of that organisation ("" when unknown)
    existing_person_name: str = ""  # the name as the database has it, when the person is already there

    @property
    def will_import(self) -> bool:
        return self.row.can_import

    @property
    def repeats_row(self) -> int | None:
        """The earlier row of the same file with the same person, or None."""
        for warning in self.warnings:
            if warning.template == SAME_IN_FILE:
                return int(str(warning.details["row"]))
        return None


@dataclass(frozen=True)
class ImportResult:
    created_people: int
    existing_people: int  # already in the database before this import
    created_organisations: int
    pooled: int
    skipped: int
    repeated_in_file: int = 0  # a second line for the same person in the same file
    enrolled: int = 0  # given a place in the session chosen for the list
    waitlisted: int = 0  # put on that session's waiting list (the group was full)
    already_enrolled: int = 0  # already enrolled or waiting there: left as they were
    not_enrolled: int = 0  # refused by the session (another session that day, programme done): put in the pool


class OrganisationNotFound(FactoryDeskError):
    pass


def find_organisation(db: Database, inn_or_name: str) -> OrganisationChoice:
    """The one organisation with this ИНН (10 or 12 digits), else with this full or short name (case and ё/е
    ignored). None or several: an error that names what there is."""
    inn = normalize_inn(inn_or_name)
    by_inn = inn.isascii() and inn.isdigit() and len(inn) in (10, 12)
    wanted = fold(inn_or_name)
    if not wanted:
        raise OrganisationNotFound(QT_TRANSLATE_NOOP("Errors", "Name the organisation or give its INN."))
    with db.read() as session:
        # A region has hundreds of organisations, not millions: they are matched in memory, as an import does.
        found = session.execute(
            select(Organisation.id, Organisation.short_name, Organisation.full_name, Organisation.inn)
            .order_by(Organisation.sort_key, Organisation.id)
        ).all()
    everyone = [(OrganisationChoice(oid, short or full, number), (fold(full), fold(short)))
                for oid, short, full, number in found]
    if by_inn:
        if same_inn := [choice for choice, _names in everyone if choice.inn == inn]:
            return same_inn[0]
        raise OrganisationNotFound(QT_TRANSLATE_NOOP("Errors", "No organisation with the INN {inn} is in the "
                                                               "database."), inn=inn)
    same = [choice for choice, names in everyone if wanted in names]
    if len(same) == 1:
        return same[0]

    def listed(choices: Sequence[OrganisationChoice]) -> str:
        return "; ".join(f"{c.name} ({c.inn})" if c.inn else c.name for c in choices[:10])

    if same:
        raise OrganisationNotFound(QT_TRANSLATE_NOOP(
            "Errors", "Several organisations are named “{name}”: {candidates}. Give the INN instead."),
            name=inn_or_name, candidates=listed(same))
    if similar := [choice for choice, names in everyone if any(wanted in name for name in names)]:
        raise OrganisationNotFound(QT_TRANSLATE_NOOP(
            "Errors", "No organisation is named “{name}”; similar names: {candidates}."),
            name=inn_or_name, candidates=listed(similar))
    raise OrganisationNotFound(QT_TRANSLATE_NOOP("Errors", "No organisation named “{name}” is in the database."),
                               name=inn_or_name)


def organisation_choices(db: Database) -> list[OrganisationChoice]:
    """Every organisation, alphabetically, for the wizard's "organisation of the whole list" box."""
    with db.read() as session:
        rows = session.execute(
            select(Organisation.id, Organisation.short_name, Organisation.full_name, Organisation.inn)
            .order_by(Organisation.sort_key, Organisation.id)
        )
        return [OrganisationChoice(i, short or full, inn) for i, short, full, inn in rows]


class _Organisations:
    """Finds each row's organisation: by ИНН, else by folded name, else the one chosen for the whole list."""

    def __init__(self, session: Session, rows: Sequence[PreviewRow], chosen_id: int | None) -> None:
        self.session = session
        self.chosen_id = chosen_id
        names = {fold(r.organisation) for r in rows if r.organisation}
        # A region has hundreds of organisations, not millions: they are matched in memory.
        found = session.execute(select(Organisation.id, Organisation.inn, Organisation.full_name,
                                       Organisation.short_name, Organisation.org_type)).all()
        self.by_inn = {inn: (oid, short or full, kind) for oid, inn, full, short, kind in found if inn}
        self.inn_of = {oid: inn or "" for oid, inn, _full, _short, _kind in found}
        self.by_name: dict[str, tuple[int, str, str]] = {}
        for oid, _inn, full, short, kind in found:
            for name in (full, short):
                if name and fold(name) in names:
                    self.by_name.setdefault(fold(name), (oid, short or full, kind))
        self.created: dict[str, Organisation] = {}
        chosen = session.get(Organisation, chosen_id) if chosen_id is not None else None
        self.chosen = (chosen.id, chosen.short_name or chosen.full_name, chosen.org_type) if chosen else None

    def known(self, row: PreviewRow) -> tuple[int | None, str, str | None, bool]:
        """(organisation id or None, its name, its type, whether it would be new)."""
        if row.inn and row.inn in self.by_inn:
            oid, name, kind = self.by_inn[row.inn]
            return oid, name, kind, False
        if row.organisation and fold(row.organisation) in self.by_name:
            oid, name, kind = self.by_name[fold(row.organisation)]
            return oid, name, kind, False
        if row.inn or row.organisation:
            return None, row.organisation or row.inn, OrganisationType.ENTERPRISE.value, True
        if self.chosen is not None:
            oid, name, kind = self.chosen
            return oid, name, kind, False
        return None, "", None, False

    def resolve(self, row: PreviewRow) -> tuple[int | None, str | None]:
        """The organisation's id, creating it when it is new (inside the caller's transaction)."""
        oid, name, kind, new = self.known(row)
        if not new:
            return oid, kind
        key = row.inn or fold(row.organisation)
        if key not in self.created:
            organisation = Organisation(full_name=row.organisation or name, inn=row.inn or None)
            self.session.add(organisation)
            self.session.flush()
            self.created[key] = organisation
        created = self.created[key]
        return created.id, created.org_type


def _existing_people(session: Session, keys: set[tuple[int | None, str]]) -> dict[tuple[int | None, str], int]:
    """People already in the database, by (organisation id, folded name)."""
    if not keys:
        return {}
    organisations = {org for org, _name in keys}
    names = {name for _org, name in keys}
    conditions = []
    if known := [o for o in organisations if o is not None]:
        conditions.append(Person.organisation_id.in_(known))
    if None in organisations:
        conditions.append(Person.organisation_id.is_(None))
    rows = session.execute(
        select(Person.id, Person.organisation_id, Person.search_text)
        .where(or_(*conditions), Person.search_text.in_(names), Person.anonymised_at.is_(None))
        .order_by(Person.id)
    )
    found: dict[tuple[int | None, str], int] = {}
    for person_id, organisation_id, search_text in rows:
        found.setdefault((organisation_id, search_text), person_id)
    return found


def _folded_name(row: PreviewRow) -> str:
    return Person.derived(row.surname, row.first_name, row.patronymic)["search_text"]


def check_rows(db: Database, rows: Sequence[PreviewRow], *, organisation_id: int | None = None) -> list[CheckedRow]:
    """Each previewed row with what the database says: its organisation, and whether the person is there."""
    with db.read() as session:
        organisations = _Organisations(session, rows, organisation_id)
        placed = [(row, organisations.known(row)) for row in rows]
        # A person can only be there already when their organisation is (or when they have none).
        lookups = {(oid, _folded_name(row)) for row, (oid, _name, _kind, new) in placed if row.can_import and not new}
        existing = _existing_people(session, lookups)
        names = {pid: full_name(*parts) for pid, *parts in session.execute(
            select(Person.id, Person.surname, Person.first_name, Person.patronymic)
            .where(Person.id.in_(set(existing.values())))
        )} if existing else {}
    checked = []
    for row, (oid, name, _kind, new) in placed:
        person = existing.get((oid, _folded_name(row))) if row.can_import and not new else None
        warnings = row.warnings + ((Problem(ALREADY_THERE),) if person is not None else ())
        inn = row.inn if new else organisations.inn_of.get(oid, "") if oid is not None else ""
        checked.append(CheckedRow(row, person, name, new, warnings, organisation_inn=inn,
                                  existing_person_name=names.get(person, "") if person is not None else ""))
    return checked


def import_people(db: Database, rows: Sequence[CheckedRow], *, organisation_id: int | None = None,
                  to_pool: bool = True, session_id: int | None = None, user_name: str = "") -> ImportResult:
    """Save the importable rows in one transaction: all of them, or, if anything fails, none.

    With `session_id` the people are enrolled in that session in the same transaction (its waiting list
    takes those beyond the maximum) instead of going to the waiting pool.
    """
    importable = [checked.row for checked in rows if checked.will_import]
    to_pool = to_pool and session_id is None
    created_people = existing_people = repeated = pooled = 0
    with db.write() as session:
        organisations = _Organisations(session, importable, organisation_id)
        resolved = [(row, *organisations.resolve(row)) for row in importable]
        existing = _existing_people(session, {(oid, _folded_name(row)) for row, oid, _kind in resolved})
        pooled_already = set(session.execute(
            select(PoolEntry.person_id).where(PoolEntry.programme_id.is_(None),
                                              PoolEntry.person_id.in_(set(existing.values())))
        ).scalars()) if to_pool else set()
        seen: dict[int, None] = {}  # each person once, however many rows name them; in file order
        for row, oid, kind in resolved:
            key = (oid, _folded_name(row))
            person_id = existing.get(key)
            if person_id in seen:
                repeated += 1
            elif person_id is None:
                person = Person(
                    surname=row.surname, first_name=row.first_name, patronymic=row.patronymic,
                    position=row.position, department=row.department, organisation_id=oid,
                    category=(row.category or DEFAULT_CATEGORY.get(kind or "", PersonCategory.OTHER)).value,
                    email=row.email, phone=row.phone,
                )
                session.add(person)
                session.flush()
                person_id = existing[key] = person.id  # a repeat later in the same file reuses this one
                created_people += 1
            else:
                existing_people += 1
            seen[person_id] = None
            if to_pool and person_id not in pooled_already:
                session.add(PoolEntry(person_id=person_id))
                pooled_already.add(person_id)
                pooled += 1
        enrolled = None
        if session_id is not None:
            from factory_desk.services.enrolment import enrol_within

            enrolled = enrol_within(session, session_id, list(seen), source=EnrolmentSource.IMPORT.value,
                                    user_name=user_name, on_conflict="refuse")
            # Someone the session refuses is not lost: they wait in the pool for another group.
            refused = [r.person_id for r in enrolled.refused]
            in_pool = set(session.scalars(select(PoolEntry.person_id).where(
                PoolEntry.programme_id.is_(None), PoolEntry.person_id.in_(refused))))
            session.add_all(PoolEntry(person_id=person_id) for person_id in refused if person_id not in in_pool)
            pooled += len(set(refused) - in_pool)
        result = ImportResult(created_people, existing_people, len(organisations.created), pooled,
                              len(rows) - len(importable), repeated,
                              enrolled=len(enrolled.enrolled) if enrolled else 0,
                              waitlisted=len(enrolled.waitlisted) if enrolled else 0,
                              already_enrolled=len(enrolled.already) if enrolled else 0,
                              not_enrolled=len(enrolled.refused) if enrolled else 0)
        session.add(AuditEntry(action="people_import", entity="person", user_name=user_name,
                               details={"created_people": created_people, "existing_people": existing_people,
                                        "created_organisations": result.created_organisations, "pooled": pooled,
                                        "skipped": result.skipped, "repeated_in_file": repeated,
                                        "session_id": session_id, "enrolled": result.enrolled,
                                        "waitlisted": result.waitlisted}))
    return result


REPORT_COLUMNS = (
    QT_TRANSLATE_NOOP("Import", "Row"),
    QT_TRANSLATE_NOOP("Import", "Name"),
    QT_TRANSLATE_NOOP("Import", "Organisation"),
    QT_TRANSLATE_NOOP("Import", "Outcome"),
    QT_TRANSLATE_NOOP("Import", "Problems"),
)


def outcome(checked: CheckedRow) -> str:
    """What happens to a row, as an English phrase in the "Import" context."""
    if checked.row.skip_reason is not None:
        return QT_TRANSLATE_NOOP("Import", "Skipped")
    if checked.row.errors:
        return QT_TRANSLATE_NOOP("Import", "Not imported: to be corrected")
    if checked.existing_person_id is not None:
        return QT_TRANSLATE_NOOP("Import", "Already in the database")
    return QT_TRANSLATE_NOOP("Import", "Imported")


def row_problems(checked: CheckedRow) -> list[Problem]:
    """Why a row is skipped, its errors and its warnings (not "already in the database": the outcome says it)."""
    found = [checked.row.skip_reason] if checked.row.skip_reason is not None else []
    return found + [*checked.row.errors, *(w for w in checked.warnings if w.template != ALREADY_THERE)]


def write_import_report(path: Path, rows: Sequence[CheckedRow], translate: Callable[[str, str], str]) -> None:
    """The import, row by row, as an .xlsx or .csv file a coordinator can keep or send back."""

    def problems(checked: CheckedRow) -> str:
        return "; ".join(p.format(translate("Errors", p.template)) for p in row_problems(checked))

    write_table(
        path,
        [translate("Import", h) for h in REPORT_COLUMNS],
        ((c.row.source_row, c.row.full_name, c.organisation_note, translate("Import", outcome(c)), problems(c))
         for c in rows),
        sheet_title=translate("Import", "Import"),
    )
