"""Numbers as the interface language writes them: «21,5» in Russian, «21.5» in English, «−75» with a minus sign,
thousands spaced from 10 000 on when asked («1 250 000», «1200»), as Russian typesetting does. For the tables,
charts and sentences of the windows; the PDF documents write numbers in their own language
(documents.session_report.number_text)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

MINUS = "\u2212"


def number_text(value: Decimal | float | int | None, places: int | None = None, *, grouped: bool = False) -> str:
    """`value` as stored without trailing zeros, or rounded to `places`; `grouped` separates thousands from
    10 000 on. "" for None."""
    if value is None:
        return ""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    grouped = grouped and abs(number) >= 10_000
    text = format(number, ",f" if grouped else "f")
    if places is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.lstrip("-").strip("0.,") == "":
        text = text.lstrip("-")  # never «−0»
    locale = QLocale()
    whole, dot, fraction = text.partition(".")
    if grouped:
        whole = whole.replace(",", "\u00a0" if locale.groupSeparator().isspace() else locale.groupSeparator())
    return (whole + (locale.decimalPoint() + fraction if dot else "")).replace("-", MINUS)


def signed_text(value: Decimal, places: int = 0) -> str:
    """«+275», «−75», «0»: a change, with its sign."""
    text = number_text(value, places)
    return text if text.startswith(MINUS) or text.strip("0" + QLocale().decimalPoint()) == "" else "+" + text
