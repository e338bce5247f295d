"""The people registry: search and alphabetical listing that stay fast at 200,000 people.

Search matches every word of the query anywhere in the folded name (case, ё/е and Latvian diacritics
ignored); order is the stored sort key; pages are fetched by keyset, never by OFFSET.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.sql import Select

from factory_desk.domain.models import Organisation, Person
from factory_desk.domain.text import like_escape, search_terms
from factory_desk.store.database import Database

PAGE_SIZE = 100


@dataclass(frozen=True)
class PersonRow:
    id: int
    surname: str
    first_name: str
    patronymic: str
    position: str
    organisation: str
    sort_key: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.first_name, self.patronymic) if p)


@dataclass(frozen=True)
class PeoplePage:
    rows: list[PersonRow]
    # Pass as `after` to fetch the next page; None when this was the last one.
    next_after: tuple[str, int] | None


def _filtered(statement: Select, query: str, organisation_id: int | None) -> Select:  # type: ignore[type-arg]
    for term in search_terms(query):
        statement = statement.where(Person.search_text.like(f"%{like_escape(term)}%", escape="\\"))
    if organisation_id is not None:
        statement = statement.where(Person.organisation_id == organisation_id)
    return statement


def search_people(
    db: Database,
    query: str = "",
    *,
    organisation_id: int | None = None,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> PeoplePage:
    """One page of people whose name contains every word of `query`, in alphabetical order."""
    statement = select(
        Person.id, Person.surname, Person.first_name, Person.patronymic, Person.position,
        func.coalesce(func.nullif(Organisation.short_name, ""), Organisation.full_name, ""), Person.sort_key,
    ).outerjoin(Organisation, Person.organisation_id == Organisation.id)
    statement = _filtered(statement, query, organisation_id)
    if after is not None:
        key, last_id = after
        statement = statement.where(or_(Person.sort_key > key, and_(Person.sort_key == key, Person.id > last_id)))
    statement = statement.order_by(Person.sort_key, Person.id).limit(limit + 1)
    with db.read() as session:
        rows = [PersonRow(*row) for row in session.execute(statement)]
    more = len(rows) > limit
    rows = rows[:limit]
    return PeoplePage(rows, (rows[-1].sort_key, rows[-1].id) if more and rows else None)


def count_people(db: Database, query: str = "", *, organisation_id: int | None = None) -> int:
    statement = _filtered(select(func.count()).select_from(Person), query, organisation_id)
    with db.read() as session:
        return int(session.execute(statement).scalar_one())
