"""The calendar day the app works on.

Every «today» in the app — the Today page, overdue projects, the default date of a new record, the check that
a consent is not dated in the future — is read here, never straight from `datetime.date.today()` or
`QDate.currentDate()`, so that one day holds for a whole piece of work. The test suite pins the day it started
on: a run that crosses midnight must not see two different days (the pages would judge by one and the tests by
the other). Moments (when a mark was made, a certificate issued) are real clock readings and are not affected.
"""

from __future__ import annotations

import datetime as dt

_pinned: dt.date | None = None


def today() -> dt.date:
    """The computer's date, or the pinned day."""
    return _pinned if _pinned is not None else dt.date.today()


def pin(day: dt.date | None) -> None:
    """Hold `today()` at `day` (None follows the computer's date again)."""
    global _pinned
    _pinned = day
