"""The stored search columns (folded name, sort key, the person_word index, a project's search text), checked and
rebuilt.

They go stale when rows are written around the ORM or when a new version folds names differently;
every schema upgrade rebuilds the stale ones in the same transaction. Bulk inserts of people call
`index_new_people` afterwards.
"""

from __future__ import annotations

from collections import defaultdict
from typing import cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from factory_desk.domain.models import Organisation, Person, Trainer, person_word
from factory_desk.domain.models.projects import refresh_project_search

BATCH = 5_000


def index_new_people(connection: Connection) -> int:
    """Add the word index of people who have none yet (after a bulk insert). Returns the people indexed."""
    people = cast(Table, Person.__table__)
    unindexed = (
        select(people.c.id, people.c.surname, people.c.first_name, people.c.patronymic, people.c.sort_key,
               people.c.search_text)
        .where(~select(person_word.c.person_id).where(person_word.c.person_id == people.c.id).exists())
        .order_by(people.c.id)
    )
    rows: list[dict[str, object]] = []
    count = 0
    for person_id, surname, first_name, patronymic, key, name in connection.execute(unindexed).all():
        count += 1
        rows += [{"word": w, "person_id": person_id, "sort_key": key, "name": name}
                 for w in Person.words(surname, first_name, patronymic)]
        if len(rows) >= BATCH:
            connection.execute(insert(person_word), rows)
            rows = []
    if rows:
        connection.execute(insert(person_word), rows)
    return count


def _stale_name_columns(connection: Connection, rebuild: bool, counts: dict[str, int]) -> None:
    pending: dict[str, tuple[Table, list[dict[str, object]]]] = {}
    for model in (Person, Trainer):
        table = cast(Table, model.__table__)
        rows = connection.execute(
            select(table.c.id, table.c.surname, table.c.first_name, table.c.patronymic,
                   table.c.search_text, table.c.sort_key).execution_options(yield_per=BATCH)
        )
        for row_id, surname, first_name, patronymic, search_text, key in rows:
            expected = Person.derived(surname, first_name, patronymic)
            if (search_text, key) != (expected["search_text"], expected["sort_key"]):
                counts[table.name] += 1
                pending.setdefault(table.name, (table, []))[1].append(
                    {"_id": row_id, "_search": expected["search_text"], "_key": expected["sort_key"]})
    table = cast(Table, Organisation.__table__)
    rows = connection.execute(select(table.c.id, table.c.full_name, table.c.short_name, table.c.inn,
                                     table.c.search_text, table.c.sort_key))
    for row_id, full_name, short_name, inn, search_text, key in rows:
        expected = Organisation.derived(full_name, short_name, inn)
        if (search_text, key) != (expected["search_text"], expected["sort_key"]):
            counts["organisation"] += 1
            pending.setdefault(table.name, (table, []))[1].append(
                {"_id": row_id, "_search": expected["search_text"], "_key": expected["sort_key"]})
    if not rebuild:
        return
    for table, changes in pending.values():
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values(search_text=bindparam("_search"), sort_key=bindparam("_key"))
        )
        for start in range(0, len(changes), BATCH):
            connection.execute(statement, changes[start:start + BATCH])


def _stale_words(connection: Connection, rebuild: bool, counts: dict[str, int]) -> None:
    people = cast(Table, Person.__table__)
    stale: list[int] = []
    stored: dict[int, set[tuple[str, str, str]]] = defaultdict(set)
    # Both sides are read in person order, one batch of people at a time.
    last_id = 0
    while True:
        batch = connection.execute(
            select(people.c.id, people.c.surname, people.c.first_name, people.c.patronymic, people.c.sort_key,
                   people.c.search_text)
            .where(people.c.id > last_id).order_by(people.c.id).limit(BATCH)
        ).all()
        if not batch:
            break
        first, last_id = batch[0][0], batch[-1][0]
        stored.clear()
        for word, key, name, person_id in connection.execute(
            select(person_word.c.word, person_word.c.sort_key, person_word.c.name, person_word.c.person_id)
            .where(person_word.c.person_id.between(first, last_id))
        ):
            stored[person_id].add((word, key, name))
        for person_id, surname, first_name, patronymic, key, name in batch:
            expected = {(word, key, name) for word in Person.words(surname, first_name, patronymic)}
            if expected != stored.get(person_id, set()):
                stale.append(person_id)
    counts["person_word"] = len(stale)
    if rebuild and stale:
        for start in range(0, len(stale), BATCH):
            chunk = stale[start:start + BATCH]
            connection.execute(delete(person_word).where(person_word.c.person_id.in_(chunk)))
        index_new_people(connection)


def stale_search_keys(connection: Connection, rebuild: bool = False) -> dict[str, int]:
    """How many rows per table have stale search columns; with `rebuild`, write the right ones too."""
    counts = {"person": 0, "trainer": 0, "organisation": 0, "person_word": 0, "improvement_project": 0}
    _stale_name_columns(connection, rebuild, counts)
    _stale_words(connection, rebuild, counts)
    # Last: a project's text is made of the people's and organisations' texts rebuilt above.
    counts["improvement_project"] = refresh_project_search(connection, rebuild=rebuild)
    return counts
