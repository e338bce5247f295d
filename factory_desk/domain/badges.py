"""The code printed as a barcode on badges and sign-in sheets, which a USB scanner types on the attendance screen.

A scanner "types" the code as key presses through the PC's keyboard layout: on a Russian layout a letter
arrives as a Cyrillic one. Digits are the same in every layout, so the code is digits only: the person's
id in ten digits and a Luhn check digit, which catches a misread or a mistyped digit.
A person may also carry a code of their own (`Person.badge_code`, e.g. an employer's pass), looked up as typed.
"""

from __future__ import annotations

ID_DIGITS = 10


def _luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to `digits`."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 0:  # the digit next to the check digit is doubled
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def badge_code(person_id: int) -> str:
    """The code printed for a person: 11 digits, e.g. 00000004217 + check digit."""
    if person_id < 1 or person_id >= 10**ID_DIGITS:
        raise ValueError(f"no badge code for person id {person_id}")
    digits = f"{person_id:0{ID_DIGITS}d}"
    return digits + _luhn_digit(digits)


def person_id_from_code(text: str) -> int | None:
    """The person id in a scanned or typed code, or None when it is not one of ours or its check digit fails."""
    code = text.strip()
    if len(code) != ID_DIGITS + 1 or not code.isascii() or not code.isdigit():
        return None
    if _luhn_digit(code[:-1]) != code[-1]:
        return None
    person_id = int(code[:-1])
    return person_id or None
