"""Dates between Qt's date edits and signals (QDate) and the services (datetime.date). How a date is written in
a sentence is domain.text.day_text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
