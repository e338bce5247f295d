"""The People page: search as you type over the real database, alphabetical order, paging on scroll."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factory_desk.services.people import PAGE_SIZE
from factory_desk.ui.people.model import PeopleTableModel

PEOPLE = [
    ("Семёнов", "Пётр", "Ильич"),
    ("Иванова", "Мария", "Петровна"),
    ("Bērziņš", "Jānis", ""),
    ("Ёлкин", "Артём", "Сергеевич"),
    ("Абрамов", "Олег", "Игоревич"),
    ("Жуков", "Илья", "Андреевич"),
]


def names(model: PeopleTableModel) -> list[str]:
    return [model.index(row, PeopleTableModel.FULL_NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def people_page(window, add_people, qtbot):  # type: ignore[no-untyped-def]
    add_people(window.database, *PEOPLE)
    window.go_to_area(1)
    return window.people_page


@pytest.mark.parametrize(("typed", "found"), [
    ("семенов", "Семёнов Пётр Ильич"),
    ("berzins", "Bērziņš Jānis"),
    ("ПЁТР ильич", "Семёнов Пётр Ильич"),
])
def test_typing_part_of_a_name_finds_the_person_whatever_the_case_ё_or_accents(
    people_page, qtbot, type_text, typed, found
):
    # GIVEN the People page over a register of six people
    model = people_page.model
    assert model.rowCount() == len(PEOPLE)

    # WHEN the user types into the search box
    type_text(people_page.ui.search_edit, typed)

    # THEN, once typing pauses, only the matching person is listed, and the count says so
    qtbot.waitUntil(lambda: names(model) == [found])
    assert people_page.ui.count_label.text() == "Found: 1"
    assert not people_page.ui.empty_label.isVisible()


def test_a_search_that_finds_nobody_says_so(people_page, qtbot, type_text):
    # GIVEN the People page
    # WHEN the user types a name nobody has
    type_text(people_page.ui.search_edit, "Заболоцкий")

    # THEN the list is empty and a sentence says nobody matched
    qtbot.waitUntil(lambda: people_page.model.rowCount() == 0)
    assert people_page.ui.count_label.text() == "Found: 0"
    assert people_page.ui.empty_label.isVisible()
    assert "Заболоцкий" in people_page.ui.empty_label.text()


def test_people_are_listed_in_the_alphabetical_order_a_reader_expects(people_page):
    # GIVEN people whose names SQLite would sort by code point (Ё after я, Latin before Cyrillic)
    # WHEN the page lists them
    listed = names(people_page.model)

    # THEN Ё sorts with Е, and the columns show organisation and position
    assert listed == [
        "Bērziņš Jānis", "Абрамов Олег Игоревич", "Ёлкин Артём Сергеевич", "Жуков Илья Андреевич",
        "Иванова Мария Петровна", "Семёнов Пётр Ильич",
    ]
    first = people_page.model.index(0, PeopleTableModel.ORGANISATION)
    assert first.data() == "АО «Кировский завод»"
    assert first.siblingAtColumn(PeopleTableModel.POSITION).data() == "Мастер участка"
    assert people_page.ui.count_label.text() == "People: 6"
    assert people_page.ui.organisations_label.text() == "Organisations: 1"


def test_scrolling_to_the_end_fetches_the_next_page(window, add_people, qtbot):
    # GIVEN more people than one page holds
    extra = PAGE_SIZE + 30
    add_people(window.database, *[(f"Участник{n:03}", "Имя", "") for n in range(extra)])

    # WHEN the People page opens
    window.go_to_area(1)
    page = window.people_page
    model, view = page.model, page.ui.people_view

    # THEN one page is read, and the count tells the whole number
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    assert page.ui.count_label.text() == f"People: {extra}"

    # WHEN the user scrolls to the end
    view.scrollToBottom()

    # THEN the rest is fetched, in order, and there is nothing more to fetch
    qtbot.waitUntil(lambda: model.rowCount() == extra)
    assert names(model) == sorted(names(model))
    assert not model.canFetchMore()


def test_the_people_model_keeps_qts_model_rules(people_page, qtmodeltester):
    # GIVEN the model behind the People table, filled from the database
    model = people_page.model
    # WHEN Qt's model tester runs its checks  THEN it finds nothing wrong
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(PeopleTableModel.FULL_NAME, Qt.Orientation.Horizontal) == "Full name"
    assert model.index(0, 0).data(PeopleTableModel.PERSON_ID_ROLE) == model.person_id(0)
