"""Saving calendar files (.ics): one session, a trainer's schedule or a factory's plan, for Outlook, Google
Calendar or a phone. The file is written in the background; the sentence says where it went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.text import day_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.tasks import TaskControl, run_task

if TYPE_CHECKING:
    from factory_desk.store.database import Database

AHEAD_DAYS = 366  # a trainer's or a factory's file covers from the start of this month a year ahead


def _save(parent: QWidget, suggested: str, make: Callable[[], bytes], say: Callable[[str], None]) -> None:
    name, _filter = QFileDialog.getSaveFileName(
        parent, translate("CalendarFiles", "Save a calendar file"), str(Path.home() / suggested),
        translate("CalendarFiles", "Calendar file (*.ics)"))
    if not name:
        return
    path = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")

    def work(_control: TaskControl) -> Path:
        data = make()
        try:
            path.write_bytes(data)
        except OSError as exc:
            raise FactoryDeskError(
                QT_TRANSLATE_NOOP("Errors", "The file {file} could not be written: {reason}"), file=path,
                reason=exc.strerror or exc) from exc
        return path

    run_task(parent, work, lambda written: say(translate("CalendarFiles", "Saved the calendar file {file}.").format(
        file=written)), label=translate("CalendarFiles", "Writing the calendar file…"),
        on_error=lambda exc: say(error_text(exc)))


def _period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    today = today or clock.today()
    first = today.replace(day=1)
    return first, first + dt.timedelta(days=AHEAD_DAYS)


def save_session_calendar(parent: QWidget, db: Database, session_id: int, say: Callable[[str], None]) -> None:
    from factory_desk.services.calendar_files import session_calendar

    _save(parent, translate("CalendarFiles", "session-{id}.ics").format(id=session_id),
          lambda: session_calendar(db, session_id, translate=translate), say)


def save_factory_calendar(parent: QWidget, db: Database, say: Callable[[str], None]) -> None:
    from factory_desk.services.calendar_files import factory_calendar
    from factory_desk.services.reference import choices

    _save_plan_of_one(
        parent, say, lambda: [(f.id, f.name) for f in choices(db).factories],
        none_yet=translate("CalendarFiles", "There is no factory yet: add one on the Factories tab."),
        title=translate("CalendarFiles", "A factory's plan"),
        question=translate("CalendarFiles", "The sessions of which factory, from {first} to {last}?"),
        file_name=translate("CalendarFiles", "plan {name}.ics"),
        make=lambda factory_id, first, last: factory_calendar(db, factory_id, first, last, translate=translate))


def save_trainer_calendar(parent: QWidget, db: Database, say: Callable[[str], None]) -> None:
    from factory_desk.services.calendar_files import trainer_calendar
    from factory_desk.services.reference import choices

    _save_plan_of_one(
        parent, say, lambda: [(t.id, t.name) for t in choices(db).trainers],
        none_yet=translate("CalendarFiles", "There is no trainer yet: add one on the Trainers tab."),
        title=translate("CalendarFiles", "A trainer's schedule"),
        question=translate("CalendarFiles", "The sessions of which trainer, from {first} to {last}?"),
        file_name=translate("CalendarFiles", "schedule {name}.ics"),
        make=lambda trainer_id, first, last: trainer_calendar(db, trainer_id, first, last, translate=translate))


def _save_plan_of_one(parent: QWidget, say: Callable[[str], None], listed: Callable[[], list[tuple[int, str]]], *,
                      none_yet: str, title: str, question: str, file_name: str,
                      make: Callable[[int, dt.date, dt.date], bytes]) -> None:
    """Ask which one of the `listed` (id, name) — a factory, a trainer — and save its sessions from the start of
    this month a year ahead. `question` names {first} and {last}, `file_name` the chosen {name}."""
    try:
        choices = listed()
    except FactoryDeskError as exc:
        say(error_text(exc))
        return
    if not choices:
        say(none_yet)
        return
    first, last = _period()
    names = [name for _id, name in choices]
    name, ok = QInputDialog.getItem(parent, title, question.format(first=day_text(first), last=day_text(last)),
                                    names, 0, False)
    if not ok:
        return
    chosen_id, chosen_name = choices[names.index(name)]
    _save(parent, file_name.format(name=chosen_name), lambda: make(chosen_id, first, last), say)
