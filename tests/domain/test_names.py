"""Names as lists write them, tidied as they are stored; e-mail addresses and phone numbers (pure rules)."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factory_desk.domain.names import (
    clean_name,
    email_problem,
    name_problem,
    normalize_email,
    normalize_phone,
    phone_problem,
    proper_case,
    split_full_name,
)
from factory_desk.domain.text import fold

NAME_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЯāčēģīķļņšūžĀČĒŠŽabcxyzABCXYZß '’-."
NAME_WORDS = ["ван", "де", "оглы", "КЫЗЫ", "Ахмед", "ИВАНОВ", "иван", "Mc", "O'", "-", "И.", "ß"]


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("ИВАНОВА-ПЕТРОВА", "Иванова-Петрова"),
        ("иванова-петрова", "Иванова-Петрова"),
        ("МАК-ДОНАЛЬД", "Мак-Дональд"),
        ("АХМЕД ОГЛЫ", "Ахмед оглы"),
        ("лейла кызы", "Лейла кызы"),
        ("ГУСЕЙН-ЗАДЕ", "Гусейн-заде"),
        ("BĒRZIŅŠ", "Bērziņš"),
        ("ķirsis", "Ķirsis"),
        ("ИВАНОВ Иван", "Иванов Иван"),  # each word on its own: the capitals are fixed, the rest kept
        ("  Семёнов \u00a0 ПЁТР  ", "Семёнов Пётр"),
        ("О'КОННОР", "О'Коннор"),
        ("МАР'ЯНА", "Мар'яна"),  # an apostrophe inside a word is not a prefix
        ("И.И.", "И.И."),
        ("и.и.", "И.И."),
    ],
)
def test_capitals_and_lower_case_become_proper_case(written, stored):
    assert proper_case(written) == stored


@pytest.mark.parametrize("written", ["McDonald", "DeLaurentis", "Ахмед Оглы", "ван Бетховен", "Иванова-петрова"])
def test_a_name_in_mixed_case_is_left_as_written(written):
    assert proper_case(written) == written


def test_a_particle_that_begins_a_name_is_capitalised():
    assert proper_case("ОГЛЫ") == "Оглы"


def test_lower_case_nobiliary_particles_stay_only_beside_a_name_written_with_care():
    assert proper_case("ван Бетховен") == "ван Бетховен"
    assert proper_case("ВАН БЕТХОВЕН") == "Ван Бетховен"
    assert proper_case("ван ли") == "Ван Ли"  # Ван is also a Chinese surname


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("ИВАНОВ ИВАН ИВАНОВИЧ", ("Иванов", "Иван", "Иванович")),
        ("Петрова  Анна", ("Петрова", "Анна", "")),
        ("Сидоров", ("Сидоров", "", "")),
        ("Алиев Рашид Ахмед оглы", ("Алиев", "Рашид", "Ахмед оглы")),
        ("АЛИЕВА ЛЕЙЛА ГАСАН КЫЗЫ", ("Алиева", "Лейла", "Гасан кызы")),
        ("Иванова - Петрова Анна Сергеевна", ("Иванова-Петрова", "Анна", "Сергеевна")),
        ("Иванова Петрова Анна Сергеевна", ("Иванова Петрова", "Анна", "Сергеевна")),  # extra words: surname
        ("Иванов И.И.", ("Иванов", "И.", "И.")),
        ("Иванов, Иван", ("Иванов", "Иван", "")),
        ("BĒRZIŅA ANNA MARIJA", ("Bērziņa", "Anna Marija", "")),  # Latin letters: no patronymic
        ("Kalniņš Jānis", ("Kalniņš", "Jānis", "")),
        ("", ("", "", "")),
    ],
)
def test_a_full_name_is_split_surname_first(cell, parts):
    assert split_full_name(cell) == parts


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("Jānis Kalniņš", ("Kalniņš", "Jānis", "")),
        ("Anna Marija Bērziņa", ("Bērziņa", "Anna Marija", "")),
        ("Иван Иванович Иванов", ("Иванов", "Иван", "Иванович")),
        ("Рашид Ахмед оглы Алиев", ("Алиев", "Рашид", "Ахмед оглы")),
        ("Smith", ("Smith", "", "")),
    ],
)
def test_a_full_name_given_name_first_ends_with_the_surname(cell, parts):
    assert split_full_name(cell, given_name_first=True) == parts


def test_clean_name_closes_spaces_around_hyphens():
    assert clean_name(" римских - корсаков ") == "Римских-Корсаков"


def test_names_with_digits_or_without_letters_are_refused():
    assert name_problem("Иванов") is None
    assert name_problem("") is None
    assert "digits" in (name_problem("Иван0в") or "")
    assert "letters" in (name_problem("—") or "")


@pytest.mark.parametrize(
    ("written", "stored", "valid"),
    [
        (" Ivanov@MAIL.RU ", "Ivanov@mail.ru", True),
        ("mailto:a.b@romashka.lv", "a.b@romashka.lv", True),
        ("<info@почта.рф>", "info@почта.рф", True),
        ("ivanov @ mail.ru", "ivanov@mail.ru", True),
        ("ivanov@mail", "ivanov@mail", False),
        ("ivanov.mail.ru", "ivanov.mail.ru", False),
        ("ivanov@@mail.ru", "ivanov@@mail.ru", False),
        ("ivan..ov@mail.ru", "ivan..ov@mail.ru", False),
        ("ivаnov@mail.ru", "ivаnov@mail.ru", False),  # a Cyrillic «а»
    ],
)
def test_email_addresses(written, stored, valid):
    assert normalize_email(written) == stored
    assert (email_problem(stored) is None) == valid


def test_a_cyrillic_letter_in_an_address_is_named_as_the_problem():
    assert "Cyrillic" in (email_problem("ivаnov@mail.ru") or "")


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("8 (916) 123-45-67", "+7 916 123-45-67"),
        ("79161234567", "+7 916 123-45-67"),  # a number cell in Excel
        ("+7 916 1234567", "+7 916 123-45-67"),
        ("9161234567", "+7 916 123-45-67"),
        ("(495) 123-45-67", "+7 495 123-45-67"),
        ("26123456", "+371 26123456"),
        ("+371 2612 3456", "+371 26123456"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),  # another country: as written
        ("123-45-67 доб. 12", "123-45-67 доб. 12"),  # words: as written
        ("", ""),
    ],
)
def test_phone_numbers(written, stored):
    assert normalize_phone(written) == stored


def test_phone_numbers_with_too_few_or_too_many_digits_are_questioned():
    assert phone_problem("") is None
    assert phone_problem("+7 916 123-45-67") is None
    assert phone_problem("12") is not None
    assert phone_problem("1234567890123456") is not None


@given(st.text())
@example("ǆa ϐB ﬀ ß İVAN ΣΑΣ")
def test_proper_case_changes_only_case_and_spacing_and_is_idempotent(text):
    assert fold(proper_case(text)) == fold(text)
    assert proper_case(proper_case(text)) == proper_case(text)


@given(st.text(alphabet=NAME_LETTERS, max_size=40) | st.lists(st.sampled_from(NAME_WORDS)).map(" ".join))
def test_proper_case_on_name_like_text(text):
    # GIVEN any text made of the letters and marks names are written with
    # WHEN it is put in proper case THEN folding is unchanged and a second pass changes nothing
    once = proper_case(text)
    assert fold(once) == fold(text)
    assert proper_case(once) == once
    # AND no word is left all in capitals unless it is a single letter or initials
    assert all(not word.isupper() or sum(c.isalpha() for c in word) <= 1 or "." in word or "'" in word
               or "-" in word or "’" in word for word in once.split(" "))


@given(st.text(alphabet=NAME_LETTERS, max_size=40), st.booleans())
def test_splitting_loses_no_letter(text, given_first):
    # GIVEN any name WHEN it is split THEN its parts hold the letters of the name, in proper case
    parts = split_full_name(text, given_name_first=given_first)
    letters = sorted(fold(" ".join(parts)).replace(" ", ""))
    assert letters == sorted(fold(text).replace(" ", ""))
    assert all(part == part.strip() for part in parts)
