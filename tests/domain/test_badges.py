"""The badge code: digits only, with a check digit that catches a misread."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factory_desk.domain.badges import badge_code, person_id_from_code


def test_code_is_eleven_digits_and_reads_back() -> None:
    code = badge_code(4217)
    assert code[:10] == "0000004217"
    assert len(code) == 11 and code.isdigit()
    assert person_id_from_code(code) == 4217
    assert person_id_from_code(f"  {code}\r\n") == 4217  # what a scanner may add


@given(st.integers(min_value=1, max_value=10**10 - 1))
def test_every_id_round_trips(person_id: int) -> None:
    assert person_id_from_code(badge_code(person_id)) == person_id


@given(st.integers(min_value=1, max_value=10**10 - 1), st.integers(min_value=0, max_value=10), st.integers(1, 9))
def test_one_wrong_digit_is_caught(person_id: int, position: int, shift: int) -> None:
    code = badge_code(person_id)
    wrong = code[:position] + str((int(code[position]) + shift) % 10) + code[position + 1:]
    assert person_id_from_code(wrong) is None


@pytest.mark.parametrize("text", ["", "abc", "0000004217", "000000421700", "00000000000", "٠٠٠٠٠٠٠٤٢١٧٢"])
def test_other_text_is_not_a_code(text: str) -> None:
    assert person_id_from_code(text) is None


def test_no_code_for_impossible_ids() -> None:
    with pytest.raises(ValueError):
        badge_code(0)
