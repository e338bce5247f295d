"""Search and alphabetical order of people, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from factory_desk.domain.models import Organisation, Person
from factory_desk.services.people import count_people, search_people

NAMES = [
    ("ИВАНОВ", "Иван", "Иванович"),
    ("Семёнов", "Пётр", "Ильич"),
    ("Семенова", "Анна", "Сергеевна"),
    ("Bērziņš", "Jānis", ""),
    ("Kalniņa", "Ilze", ""),
    ("Ķirsis", "Andris", ""),
    ("Zariņš", "Oskars", ""),
    ("Ёлкин", "Олег", "Петрович"),
    ("Егоров", "Фёдор", "Андреевич"),
    ("Римских-Корсаков", "Николай", ""),
    ("Алиев", "Рашид", "Ахмед оглы"),
    ("Smith", "John", ""),
    ("Иванова", "Дарья", ""),
]


@pytest.fixture
def people(db):
    with db.write() as s:
        s.add(Organisation(full_name="Daugavpils pilsētas dome", short_name="Daugavpils dome"))
        s.add_all(Person(surname=a, first_name=b, patronymic=c) for a, b, c in NAMES)
    return db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("иван", ["ИВАНОВ Иван Иванович", "Иванова Дарья"]),
        ("ИВАН", ["ИВАНОВ Иван Иванович", "Иванова Дарья"]),
        ("семенов", ["Семёнов Пётр Ильич", "Семенова Анна Сергеевна"]),
        ("СЕМЁНОВ", ["Семёнов Пётр Ильич", "Семенова Анна Сергеевна"]),
        ("berzins", ["Bērziņš Jānis"]),
        ("Bērziņš", ["Bērziņš Jānis"]),
        ("janis berz", ["Bērziņš Jānis"]),
        ("петр семенов", ["Семёнов Пётр Ильич"]),
        ("корсаков", ["Римских-Корсаков Николай"]),
        ("оглы", ["Алиев Рашид Ахмед оглы"]),
        ("kirsis", ["Ķirsis Andris"]),
        ("федор", ["Егоров Фёдор Андреевич"]),
        ("%", []),
        ("_", []),
        ("nobody", []),
    ],
)
def test_search_ignores_case_yo_and_diacritics(people, query, expected):
    found = [row.full_name for row in search_people(people, query).rows]
    assert found == expected
    assert count_people(people, query) == len(expected)


def test_everyone_is_listed_in_russian_and_latvian_alphabetical_order(people):
    listed = [row.surname for row in search_people(people).rows]
    assert listed == [
        "Bērziņš", "Kalniņa", "Ķirsis", "Smith", "Zariņš",
        "Алиев", "Егоров", "Ёлкин", "ИВАНОВ", "Иванова", "Римских-Корсаков", "Семёнов", "Семенова",
    ]


def test_pages_follow_each_other_without_gaps_or_repeats(db):
    # GIVEN 250 people with the same surname (ties are broken by id) and a few others
    rows = [{"surname": "Петров", "first_name": "Пётр", "patronymic": "", **Person.derived("Петров", "Пётр")}
            for _ in range(250)]
    rows += [{"surname": s, "first_name": "", "patronymic": "", **Person.derived(s)} for s in ("Ан", "Як")]
    with db.write() as s:
        s.execute(insert(Person), rows)
    # WHEN pages of 100 are fetched one after another
    seen: list[int] = []
    after = None
    while True:
        page = search_people(db, after=after, limit=100)
        seen += [row.id for row in page.rows]
        if page.next_after is None:
            break
        after = page.next_after
    # THEN every person comes exactly once, in order
    assert len(seen) == len(set(seen)) == 252
    assert count_people(db) == 252
    first = search_people(db, limit=1).rows[0]
    assert first.surname == "Ан"


def test_search_within_an_organisation(people):
    with people.write() as s:
        riga = Organisation(full_name="Rīgas tehniskā koledža")
        s.add(riga)
        s.flush()
        s.add(Person(surname="Bērziņa", first_name="Līga", organisation_id=riga.id))
    page = search_people(people, "berzin", organisation_id=riga.id)
    assert [(row.full_name, row.organisation) for row in page.rows] == [("Bērziņa Līga", "Rīgas tehniskā koledža")]


def test_renaming_a_person_updates_search_and_order(people):
    with people.write() as s:
        person = s.query(Person).filter_by(surname="Smith").one()
        person.surname = "Šmits"
    assert [r.full_name for r in search_people(people, "smits").rows] == ["Šmits John"]
    assert search_people(people, "smith").rows == []
