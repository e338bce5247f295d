"""Export of the people and organisations registers to .xlsx or .csv (one unit of work, streamed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import CONSENT_FORM, ORGANISATION_TYPE, PERSON_CATEGORY
from factory_desk.domain.models import Municipality, Organisation, Person
from factory_desk.domain.text import search_terms
from factory_desk.exchange.export import Translate, Value, untranslated, write_table
from factory_desk.services.organisations import organisation_name
from factory_desk.services.people import word_starts
from factory_desk.store.database import Database

PEOPLE_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Surname"),
    QT_TRANSLATE_NOOP("Export", "First name"),
    QT_TRANSLATE_NOOP("Export", "Patronymic"),
    QT_TRANSLATE_NOOP("Export", "Position"),
    QT_TRANSLATE_NOOP("Export", "Department"),
    QT_TRANSLATE_NOOP("Export", "Organisation"),
    QT_TRANSLATE_NOOP("Export", "Organisation's INN"),
    QT_TRANSLATE_NOOP("Export", "Category"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),
    QT_TRANSLATE_NOOP("Export", "Phone"),
    QT_TRANSLATE_NOOP("Export", "Consent date"),
    QT_TRANSLATE_NOOP("Export", "Consent form"),
)

ORGANISATION_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Full name"),
    QT_TRANSLATE_NOOP("Export", "Short name"),
    QT_TRANSLATE_NOOP("Export", "INN"),
    QT_TRANSLATE_NOOP("Export", "Type"),
    QT_TRANSLATE_NOOP("Export", "Sector"),
    QT_TRANSLATE_NOOP("Export", "Region"),
    QT_TRANSLATE_NOOP("Export", "Municipality"),
    QT_TRANSLATE_NOOP("Export", "In the national project since"),
    QT_TRANSLATE_NOOP("Export", "People"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),
    QT_TRANSLATE_NOOP("Export", "Phone"),
)

BATCH = 2_000


@dataclass(frozen=True)
class ExportResult:
    file: Path
    rows: int



def export_people(db: Database, path: Path, *, query: str = "", organisation_id: int | None = None,
                  translate: Translate = untranslated, progress: Callable[[int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """People (alphabetically; those matching `query`, or of one organisation) into `path`.

    Anonymised people are left out: their names were erased on request.
    """
    statement = (
        select(Person.surname, Person.first_name, Person.patronymic, Person.position, Person.department,
               organisation_name(missing=None),
               Organisation.inn, Person.category, Person.email, Person.phone, Person.consent_date,
               Person.consent_form)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Person.anonymised_at.is_(None))
        .order_by(Person.sort_key, Person.id)
        .execution_options(yield_per=BATCH)
    )
    for term in search_terms(query):
        statement = statement.where(word_starts(Person.search_text, term))
    if organisation_id is not None:
        statement = statement.where(Person.organisation_id == organisation_id)

    def rows(session) -> Iterator[Sequence[Value]]:  # type: ignore[no-untyped-def]
        for (surname, first_name, patronymic, position, department, organisation, inn, category, email, phone,
             consent_date, consent_form) in session.execute(statement):
            _stop_if(cancelled)
            yield (surname, first_name, patronymic, position, department, organisation, inn,
                   translate("Labels", PERSON_CATEGORY.get(category, category)), email, phone, consent_date,
                   translate("Labels", CONSENT_FORM[consent_form]) if consent_form else None)

    headers = [translate("Export", h) for h in PEOPLE_COLUMNS]
    with db.read() as session:
        count = write_table(path, headers, rows(session), sheet_title=translate("Export", "People"),
                            progress=progress)
    return ExportResult(path, count)


def export_organisations(db: Database, path: Path, *, translate: Translate = untranslated,
                         progress: Callable[[int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Every organisation, alphabetically, with how many people it sent."""
    people = (
        select(func.count()).where(Person.organisation_id == Organisation.id, Person.anonymised_at.is_(None))
        .scalar_subquery()
    )
    statement = (
        select(Organisation.full_name, Organisation.short_name, Organisation.inn, Organisation.org_type,
               Organisation.sector, Organisation.region, Municipality.name, Organisation.national_project_since,
               people, Organisation.email, Organisation.phone)
        .outerjoin(Municipality, Organisation.municipality_id == Municipality.id)
        .order_by(Organisation.sort_key, Organisation.id)
    )

    def rows(session) -> Iterator[Sequence[Value]]:  # type: ignore[no-untyped-def]
        for (full_name, short_name, inn, org_type, sector, region, municipality, since, count, email,
             phone) in session.execute(statement):
            _stop_if(cancelled)
            yield (full_name, short_name, inn, translate("Labels", ORGANISATION_TYPE.get(org_type, org_type)),
                   sector, region, municipality, since, count, email, phone)

    headers = [translate("Export", h) for h in ORGANISATION_COLUMNS]
    with db.read() as session:
        count = write_table(path, headers, rows(session), sheet_title=translate("Export", "Organisations"),
                            progress=progress)
    return ExportResult(path, count)


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise FactoryDeskError(QT_TRANSLATE_NOOP("Errors", "The export was cancelled; no file was written."))
