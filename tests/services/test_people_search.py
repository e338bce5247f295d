"""Search and alphabetical order of people, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import insert

from factory_desk.domain.models import Organisation, Person, person_word
from factory_desk.services import people as people_service
from factory_desk.services.people import count_people, search_people
from factory_desk.store.search_keys import index_new_people, stale_search_keys

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


@pytest.fixture(params=["range plan", "walk plan"])
def plan(request, monkeypatch):
    """Every search answer must be the same whichever plan the service picks for it."""
    if request.param == "walk plan":
        monkeypatch.setattr(people_service, "DENSE", 1)
    return request.param


@pytest.fixture
def people(db, plan):
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
        ("иван иванович", ["ИВАНОВ Иван Иванович"]),
        ("ахмед оглы", ["Алиев Рашид Ахмед оглы"]),
        ("ванов", []),  # a term matches the beginning of a word, not its middle
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


def test_pages_follow_each_other_without_gaps_or_repeats(db, plan):
    # GIVEN 250 people with the same surname (ties are broken by id) and a few others
    rows = [{"surname": "Петров", "first_name": "Пётр", "patronymic": "", **Person.derived("Петров", "Пётр")}
            for _ in range(250)]
    rows += [{"surname": s, "first_name": "", "patronymic": "", **Person.derived(s)} for s in ("Ан", "Як")]
    with db.write() as s:
        s.execute(insert(Person), rows)
        index_new_people(s.connection())
    # WHEN pages of 100 are fetched one after another, unfiltered and filtered
    for query in ("", "петр"):
        seen: list[int] = []
        after = None
        while True:
            page = search_people(db, query, after=after, limit=100)
            seen += [row.id for row in page.rows]
            if page.next_after is None:
                break
            after = page.next_after
        # THEN every matching person comes exactly once, in order
        assert len(seen) == len(set(seen)) == (252 if query == "" else 250)
    assert count_people(db) == 252 and count_people(db, "петр") == 250
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


def test_deleting_a_person_removes_their_words(people):
    with people.write() as s:
        s.query(Person).filter_by(surname="Smith").delete()
    with people.read() as s:
        assert s.query(person_word).filter(person_word.c.word == "smith").count() == 0


def test_bulk_inserted_people_are_found_once_indexed_and_the_check_sees_the_gap(db):
    # GIVEN people written around the ORM (as an import does) without their word index
    with db.write() as s:
        s.execute(insert(Person), [{"surname": "Ķiploks", "first_name": "Jānis", "patronymic": "",
                                    **Person.derived("Ķiploks", "Jānis")}])
    # THEN they are not found by search yet and the check notices
    assert search_people(db, "kiploks").rows == []
    with db.engine.connect() as connection:
        assert stale_search_keys(connection)["person_word"] == 1
    # WHEN they are indexed THEN search finds them and nothing is stale
    with db.write() as s:
        assert index_new_people(s.connection()) == 1
    assert [r.full_name for r in search_people(db, "kiploks").rows] == ["Ķiploks Jānis"]
    with db.engine.connect() as connection:
        assert not any(stale_search_keys(connection).values())
