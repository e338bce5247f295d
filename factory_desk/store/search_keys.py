"""The stored search and sort columns, checked against the names they are made from, and rebuilt.

They go stale when rows are written around the ORM or when a new version folds names differently;
every schema upgrade rebuilds the stale ones in the same transaction.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select, update

from factory_desk.domain.models import Organisation, Person, Trainer

BATCH = 5_000


def _expected_rows(connection: Connection):  # type: ignore[no-untyped-def]
    for model in (Person, Trainer):
        table = model.__table__
        rows = connection.execute(
            select(table.c.id, table.c.surname, table.c.first_name, table.c.patronymic,
                   table.c.search_text, table.c.sort_key).execution_options(yield_per=BATCH)
        )
        for row_id, surname, first_name, patronymic, search_text, key in rows:
            expected = Person.derived(surname, first_name, patronymic)
            yield table, row_id, (search_text, key), expected
    table = Organisation.__table__
    rows = connection.execute(select(table.c.id, table.c.full_name, table.c.short_name, table.c.inn,
                                     table.c.search_text, table.c.sort_key))
    for row_id, full_name, short_name, inn, search_text, key in rows:
        yield table, row_id, (search_text, key), Organisation.derived(full_name, short_name, inn)


def stale_search_keys(connection: Connection, rebuild: bool = False) -> dict[str, int]:
    """How many rows per table have stale keys; with `rebuild`, write the right keys too."""
    counts = {"person": 0, "trainer": 0, "organisation": 0}
    pending: dict[str, list[dict[str, object]]] = {}
    tables = {}
    for table, row_id, stored, expected in list(_expected_rows(connection)):
        if stored != (expected["search_text"], expected["sort_key"]):
            counts[table.name] += 1
            if rebuild:
                tables[table.name] = table
                pending.setdefault(table.name, []).append(
                    {"_id": row_id, "_search": expected["search_text"], "_key": expected["sort_key"]}
                )
    for name, rows in pending.items():
        table = tables[name]
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values(search_text=bindparam("_search"), sort_key=bindparam("_key"))
        )
        for start in range(0, len(rows), BATCH):
            connection.execute(statement, rows[start:start + BATCH])
    return counts
