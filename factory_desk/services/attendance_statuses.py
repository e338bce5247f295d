"""The centre's list of attendance statuses: the five built in (present, late, left early, absent, excused) and
its own, each with the key that marks a person in one press. Built-in statuses keep their meaning (only their key
changes); a status already used in marks is deactivated rather than deleted. Every change is audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factory_desk.domain.errors import Label, ValidationError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import ATTENDANCE_STATUS
from factory_desk.domain.models import AttendanceMark, AttendanceStatus, AuditEntry
from factory_desk.domain.text import normalize_spaces
from factory_desk.store.database import Database


@dataclass(frozen=True)
class StatusRow:
    code: str
    name: str  # a built-in's English source name (shown translated); a centre's own as the centre wrote it
    counts_as_present: bool
    needs_note: bool
    shortcut: str | None  # a digit: one key press marks the selected person
    position: int
    builtin: bool
    active: bool

    def shown_name(self, translate: Callable[[str, str], str]) -> str:
        """The name in the user's language (`translate(context, text)`, e.g. i18n.translate)."""
        if self.builtin and self.code in ATTENDANCE_STATUS:
            return translate("Labels", ATTENDANCE_STATUS[self.code])
        return self.name


@dataclass(frozen=True)
class StatusDetails:
    """What the status editor saves; `code` None for a new status of the centre's own."""

    name: str
    counts_as_present: bool = False
    needs_note: bool = False
    shortcut: str | None = None
    active: bool = True
    code: str | None = None


def _status_row(s: AttendanceStatus) -> StatusRow:
    return StatusRow(s.code, s.name, s.counts_as_present, s.needs_note, s.shortcut, s.position, s.is_builtin,
                     s.is_active)


def statuses(db: Database, active_only: bool = True) -> list[StatusRow]:
    """The attendance statuses in the order the screen offers them."""
    statement = select(AttendanceStatus).order_by(AttendanceStatus.position, AttendanceStatus.code)
    if active_only:
        statement = statement.where(AttendanceStatus.is_active.is_(True))
    with db.read() as session:
        return [_status_row(s) for s in session.scalars(statement)]


def _status_audit(session: Session, action: str, code: str, user_name: str, **details: Any) -> None:
    session.add(AuditEntry(action=action, entity="attendance_status", entity_id=None, user_name=user_name,
                           details={"code": code, **details}))


def _status_state(s: AttendanceStatus) -> dict[str, Any]:
    return {"name": s.name, "counts_as_present": s.counts_as_present, "needs_note": s.needs_note,
            "shortcut": s.shortcut, "position": s.position, "active": s.is_active}


def save_status(db: Database, details: StatusDetails, *, user_name: str = "") -> str:
    """Add a status of the centre's own, or change one: its name, key, whether it counts as present and
    whether it needs a note. A built-in status keeps its name and meaning; only its key can change. Returns the
    status's code."""
    name = normalize_spaces(details.name)
    shortcut = (details.shortcut or "").strip() or None
    if shortcut is not None and not (len(shortcut) == 1 and shortcut.isascii() and shortcut.isdigit()):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The key of a status is one digit, 0 to 9, not “{key}”."), field="shortcut", key=shortcut)
    with db.write() as session:
        every = {s.code: s for s in session.scalars(select(AttendanceStatus).with_for_update())}
        if shortcut is not None:
            holder = next((s for s in every.values() if s.shortcut == shortcut and s.code != details.code), None)
            if holder is not None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The key {key} already marks “{status}”: choose another one."), field="shortcut",
                    key=shortcut, status=Label(ATTENDANCE_STATUS.get(holder.code, holder.name))
                    if holder.is_builtin else holder.name)
        if details.code is None or details.code not in every:
            if details.code is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no attendance status “{status}”."),
                                      field="code", status=details.code)
            if not name:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A status needs a name."), field="name")
            if any(s.name.casefold() == name.casefold() for s in every.values()):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is already a status named “{name}”."),
                                      field="name", name=name)
            number = 1 + max((int(c[7:]) for c in every if c.startswith("custom_") and c[7:].isdigit()), default=0)
            status = AttendanceStatus(code=f"custom_{number}", name=name, counts_as_present=details.counts_as_present,
                                      needs_note=details.needs_note, shortcut=shortcut, is_builtin=False,
                                      is_active=True, position=1 + max((s.position for s in every.values()),
                                                                       default=0))
            session.add(status)
            session.flush()
            _status_audit(session, "attendance_status_added", status.code, user_name, after=_status_state(status))
            return status.code
        status = every[details.code]
        before = _status_state(status)
        if status.is_builtin:
            changed_meaning = (status.counts_as_present != details.counts_as_present
                               or status.needs_note != details.needs_note or not details.active
                               or (name and name != status.name))
            if changed_meaning:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "A built-in status keeps its name and meaning; only its key can be changed."),
                    field="name")
        else:
            if not name:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A status needs a name."), field="name")
            if any(s.name.casefold() == name.casefold() and s.code != status.code for s in every.values()):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is already a status named “{name}”."),
                                      field="name", name=name)
            status.name, status.counts_as_present, status.needs_note = name, details.counts_as_present, \
                details.needs_note
            status.is_active = details.active
        status.shortcut = None
        session.flush()  # the key is free before it is given again (it is unique)
        status.shortcut = shortcut
        session.flush()
        if (after := _status_state(status)) != before:
            _status_audit(session, "attendance_status_changed", status.code, user_name, before=before, after=after)
        return status.code


def move_status(db: Database, code: str, step: int, *, user_name: str = "") -> None:
    """Move a status one place up (-1) or down (1) in the order the screen offers them."""
    with db.write() as session:
        ordered = list(session.scalars(select(AttendanceStatus).order_by(AttendanceStatus.position,
                                                                         AttendanceStatus.code).with_for_update()))
        at = next((i for i, s in enumerate(ordered) if s.code == code), None)
        if at is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no attendance status “{status}”."),
                                  field="code", status=code)
        target = at + step
        if not 0 <= target < len(ordered):
            return
        ordered[at], ordered[target] = ordered[target], ordered[at]
        for position, status in enumerate(ordered, start=1):
            status.position = position
        _status_audit(session, "attendance_statuses_reordered", code, user_name,
                      order=[s.code for s in ordered])


def remove_status(db: Database, code: str, *, user_name: str = "") -> str:
    """Remove a status of the centre's own: deleted when no mark uses it, otherwise deactivated (the marks keep
    it). Built-in statuses cannot be removed. Returns "deleted" or "deactivated"."""
    with db.write() as session:
        status = session.get(AttendanceStatus, code, with_for_update=True)
        if status is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no attendance status “{status}”."),
                                  field="code", status=code)
        if status.is_builtin:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "“{status}” is a built-in status: it cannot be removed."), field="code",
                status=Label(ATTENDANCE_STATUS.get(code, status.name)))
        used = session.execute(select(AttendanceMark.id).where(AttendanceMark.status_code == code).limit(1)).first()
        if used is not None:
            status.is_active, status.shortcut = False, None
            _status_audit(session, "attendance_status_deactivated", code, user_name, name=status.name)
            return "deactivated"
        session.delete(status)
        _status_audit(session, "attendance_status_deleted", code, user_name, name=status.name)
        return "deleted"
