"""The people registry: search and alphabetical listing that stay fast at 200,000 people.

A query term matches the beginning of any word of a name (surname, first name, patronymic, each half of
a hyphenated surname), ignoring case, ё/е and Latvian diacritics. The `person_word` index answers it by
a range scan. Two plans, chosen by how many people the rarest term matches:
  - few: take their ids from the index and sort just those;
  - many: walk the alphabetical index and stop at the first page of matches.
Pages are fetched by keyset (sort key, id), never by OFFSET.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from factory_desk.domain.models import (
    AttendanceMark,
    AttendanceStatus,
    Enrolment,
    Organisation,
    Person,
    person_word,
)
from factory_desk.domain.text import like_escape, prefix_end, search_terms
from factory_desk.services.organisations import organisation_name
from factory_desk.store.database import Database

PAGE_SIZE = 100
# From this many matches of the rarest term on, walking the alphabetical list of people finds a page sooner
# than sorting the matches (the term is then one or two letters long and matches all over the alphabet).
DENSE = 20_000


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
class PeopleFilter:
    """What the list is narrowed to besides the name: an organisation, a category, trained or not yet."""

    organisation_id: int | None = None
    category: str | None = None
    trained: bool | None = None  # True: attended a training day at least once; False: never did

    def conditions(self) -> list[ColumnElement[bool]]:
        found: list[ColumnElement[bool]] = []
        if self.organisation_id is not None:
            found.append(Person.organisation_id == self.organisation_id)
        if self.category:
            found.append(Person.category == self.category)
        if self.trained is not None:
            attended = (
                select(Enrolment.id)
                .join(AttendanceMark, AttendanceMark.enrolment_id == Enrolment.id)
                .join(AttendanceStatus, AttendanceMark.status_code == AttendanceStatus.code)
                .where(Enrolment.person_id == Person.id, AttendanceStatus.counts_as_present.is_(True))
                .exists()
            )
            found.append(attended if self.trained else ~attended)
        return found

    def __bool__(self) -> bool:
        return self.organisation_id is not None or bool(self.category) or self.trained is not None


NO_FILTER = PeopleFilter()


@dataclass(frozen=True)
class PeoplePage:
    rows: list[PersonRow]
    # Pass as `after` to fetch the next page; None when this was the last one.
    next_after: tuple[str, int] | None


def _word_range(term: str) -> ColumnElement[bool]:
    return and_(person_word.c.word >= term, person_word.c.word < prefix_end(term))


def word_starts(column: ColumnElement[str], term: str) -> ColumnElement[bool]:
    """A folded name (" иванов иван иванович") has a word that begins with `term`."""
    return column.like(f"% {like_escape(term)}%", escape="\\")


def _after(key_column, id_column, after: tuple[str, int] | None) -> ColumnElement[bool] | None:  # type: ignore[no-untyped-def]
    if after is None:
        return None
    key, last_id = after
    return or_(key_column > key, and_(key_column == key, id_column > last_id))


def _rarest(session: Session, terms: list[str]) -> tuple[str, bool]:
    """The term with the fewest matches, and whether it matches so many that walking the list is faster."""
    counts = {}
    for term in terms:
        capped = select(person_word.c.person_id).where(_word_range(term)).limit(DENSE).subquery()
        counts[term] = session.execute(select(func.count()).select_from(capped)).scalar_one()
    rarest = min(terms, key=counts.__getitem__)
    return rarest, counts[rarest] >= DENSE


def _page_keys(session: Session, query: str, filters: PeopleFilter, after: tuple[str, int] | None,
               limit: int) -> list[tuple[str, int]]:
    terms = search_terms(query)
    rarest, dense = _rarest(session, terms) if terms else ("", True)
    if dense or filters.organisation_id is not None:
        # Walk the alphabetical list (of everyone, or of one organisation) until a page of matches is found.
        # Erased people are left out here; they have no words in person_word, so the other plan skips them.
        statement = select(Person.sort_key, Person.id).where(Person.anonymised_at.is_(None), *filters.conditions())
        for term in terms:
            statement = statement.where(word_starts(Person.search_text, term))
        if (condition := _after(Person.sort_key, Person.id, after)) is not None:
            statement = statement.where(condition)
        statement = statement.order_by(Person.sort_key, Person.id)
    else:
        # Range-scan the rarest term's words; the index entries carry the order and the whole folded name.
        word = person_word.c
        statement = select(word.sort_key, word.person_id).where(_word_range(rarest)).distinct()
        for term in terms:
            if term != rarest:
                statement = statement.where(word_starts(word.name, term))
        if filters:
            statement = statement.join(Person, Person.id == word.person_id).where(*filters.conditions())
        if (condition := _after(word.sort_key, word.person_id, after)) is not None:
            statement = statement.where(condition)
        statement = statement.order_by(word.sort_key, word.person_id)
    return [(key, person_id) for key, person_id in session.execute(statement.limit(limit + 1))]


def search_people(
    db: Database,
    query: str = "",
    *,
    filters: PeopleFilter = NO_FILTER,
    organisation_id: int | None = None,
    after: tuple[str, int] | None = None,
    limit: int = PAGE_SIZE,
) -> PeoplePage:
    """One page of people whose name has a word beginning with each word of `query`, alphabetically."""
    if organisation_id is not None:
        filters = replace(filters, organisation_id=organisation_id)
    with db.read() as session:
        keys = _page_keys(session, query, filters, after, limit)
        more = len(keys) > limit
        ids = [person_id for _key, person_id in keys[:limit]]
        details = (
            select(Person.id, Person.surname, Person.first_name, Person.patronymic, Person.position,
                   organisation_name(),
                   Person.sort_key)
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .where(Person.id.in_(ids))
            .order_by(Person.sort_key, Person.id)
        )
        rows = [PersonRow(*row) for row in session.execute(details)] if ids else []
    return PeoplePage(rows, (rows[-1].sort_key, rows[-1].id) if more and rows else None)


def count_people(db: Database, query: str = "", *, filters: PeopleFilter = NO_FILTER,
                 organisation_id: int | None = None) -> int:
    """How many people match (the figure beside the list)."""
    if organisation_id is not None:
        filters = replace(filters, organisation_id=organisation_id)
    terms = search_terms(query)
    with db.read() as session:
        if not terms and filters.trained is not None and filters == PeopleFilter(trained=filters.trained):
            # Trained or not, nothing else: count the few who attended from their marks, not every person.
            attended = int(session.execute(
                select(func.count(func.distinct(Enrolment.person_id)))
                .join(AttendanceMark, AttendanceMark.enrolment_id == Enrolment.id)
                .join(AttendanceStatus, AttendanceMark.status_code == AttendanceStatus.code)
                .join(Person, Person.id == Enrolment.person_id)
                .where(AttendanceStatus.counts_as_present.is_(True), Person.anonymised_at.is_(None))
            ).scalar_one())
            if filters.trained:
                return attended
            everyone = session.execute(select(func.count()).select_from(Person)).scalar_one()
            erased = session.execute(select(func.count()).select_from(Person)
                                     .where(Person.anonymised_at.is_not(None))).scalar_one()
            return int(everyone) - int(erased) - attended
        if not terms or filters.organisation_id is not None:
            def counted(*conditions: ColumnElement[bool]) -> int:
                statement = select(func.count()).select_from(Person).where(*conditions, *filters.conditions())
                for term in terms:
                    statement = statement.where(word_starts(Person.search_text, term))
                return int(session.execute(statement).scalar_one())

            # "All minus the erased": the partial index counts the few erased people without a table scan.
            return counted() - counted(Person.anonymised_at.is_not(None))
        rarest, _dense = _rarest(session, terms)
        word = person_word.c
        statement = select(func.count(func.distinct(word.person_id))).where(_word_range(rarest))
        for term in terms:
            if term != rarest:
                statement = statement.where(word_starts(word.name, term))
        if filters:
            statement = statement.join(Person, Person.id == word.person_id).where(*filters.conditions())
        return int(session.execute(statement).scalar_one())
