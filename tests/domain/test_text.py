"""Folding and alphabetical order for Russian and Latvian names (pure rules, no database)."""

from hypothesis import given
from hypothesis import strategies as st

from factory_desk.domain.text import fold, like_escape, normalize_spaces, search_terms, sort_key


def test_fold_ignores_case_yo_and_latvian_diacritics():
    assert fold("ИВАН") == fold("иван") == "иван"
    assert fold("Семёнов") == "семенов"
    assert fold("Bērziņš") == "berzins"
    assert fold("  Ķirsis \u00a0 Ģirts ") == "kirsis girts"


def test_fold_keeps_russian_letters_that_are_not_variants():
    # й is its own letter; folding it to и would make «Андрей» match «Андреи» only by accident.
    assert fold("Йошкар-Ола") == "йошкар-ола"
    assert fold("Андрей") != fold("Андреи")


def test_russian_order_puts_yo_with_ye():
    names = ["Ёжиков", "Егоров", "Жуков", "Ершов", "Яковлев", "Иванова", "Иванов"]
    assert sorted(names, key=sort_key) == ["Егоров", "Ёжиков", "Ершов", "Жуков", "Иванов", "Иванова", "Яковлев"]


def test_latvian_order_puts_letters_with_caron_and_cedilla_after_their_base_letter():
    names = ["Zvaigzne", "Ķirsis", "Kalns", "Žagars", "Čakste", "Cīrulis", "Šmits", "Sproģis", "Krūmiņš"]
    assert sorted(names, key=sort_key) == [
        "Cīrulis", "Čakste", "Kalns", "Krūmiņš", "Ķirsis", "Sproģis", "Šmits", "Zvaigzne", "Žagars",
    ]


def test_long_vowels_sort_with_their_short_vowels():
    assert sorted(["Ābele", "Adamsons", "Avots"], key=sort_key) == ["Ābele", "Adamsons", "Avots"]


def test_surname_then_first_name_and_shorter_surname_first():
    people = [("Иванова", "Анна", ""), ("Иванов", "Пётр", ""), ("Иванов", "Андрей", "")]
    ordered = sorted(people, key=lambda p: sort_key(*p))
    assert ordered == [("Иванов", "Андрей", ""), ("Иванов", "Пётр", ""), ("Иванова", "Анна", "")]


def test_search_terms_and_like_escape():
    assert search_terms("  Семёнов   ПЁТР ") == ["семенов", "петр"]
    assert search_terms("") == []
    assert like_escape("50%_a\\b") == "50\\%\\_a\\\\b"
    assert normalize_spaces("a\t\nb") == "a b"


@given(st.text())
def test_fold_is_idempotent_and_case_blind(text):
    assert fold(fold(text)) == fold(text)
    assert fold(text.upper()) == fold(text.lower()) or any(
        c in text for c in "ßẞİıſ"  # letters whose case pairs are not inverse in Unicode
    )


@given(st.lists(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАЕЁЖЯ -", max_size=12), max_size=30))
def test_sort_key_order_is_total_and_case_insensitive_at_the_first_level(names):
    ordered = sorted(names, key=sort_key)
    keys = [sort_key(n).split("\x01")[0] for n in ordered]
    assert keys == sorted(keys)
