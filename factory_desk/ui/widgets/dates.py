"""Dates between Qt's date edits and signals (QDate) and the services (datetime.date), and how one reads in a
sentence."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date) -> str:
    """«12.01.2027»: a date in a sentence, written the way the users write it whatever the interface language."""
    return day.strftime("%d.%m.%Y")
