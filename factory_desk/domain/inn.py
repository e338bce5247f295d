"""ИНН (Russian taxpayer number) validation by its check digits.

10 digits for organisations (one check digit), 12 for individuals and sole traders (two).
"""

from __future__ import annotations

from factory_desk.domain.i18n import QT_TRANSLATE_NOOP

_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check_digit(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_problem(inn: str) -> str | None:
    """Why `inn` is not a valid ИНН (an English sentence marked for translation), or None when valid."""
    if not inn.isascii() or not inn.isdigit():
        return QT_TRANSLATE_NOOP("Errors", "An INN contains digits only.")
    if len(inn) == 10:
        if _check_digit(inn, _W10) != int(inn[9]):
            return QT_TRANSLATE_NOOP("Errors", "The check digit of this INN does not match; please check the number."
            )
        return None
    if len(inn) == 12:
        if _check_digit(inn, _W12_1) != int(inn[10]) or _check_digit(inn, _W12_2) != int(inn[11]):
            return QT_TRANSLATE_NOOP("Errors", "The check digits of this INN do not match; please check the number."
            )
        return None
    return QT_TRANSLATE_NOOP("Errors", "An INN has 10 digits (organisation) or 12 digits (individual).")


def is_valid_inn(inn: str) -> bool:
    return inn_problem(inn) is None


def with_check_digits(prefix: str) -> str:
    """Complete a 9- or 10-digit prefix into a valid 10- or 12-digit ИНН (used by the demo data)."""
    if len(prefix) == 9:
        return prefix + str(_check_digit(prefix, _W10))
    if len(prefix) == 10:
        first = prefix + str(_check_digit(prefix, _W12_1))
        return first + str(_check_digit(first, _W12_2))
    raise ValueError("prefix must have 9 or 10 digits")
