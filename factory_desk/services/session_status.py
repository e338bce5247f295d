"""The life of a session: planned → open for enrolment → confirmed → held → reported, or cancelled with a
reason. What each status allows is decided here, not in the GUI: the command line and every screen go
through `change_status`, and each change is one unit of work with an audit entry.

    planned    → open, cancelled
    open       → confirmed, planned (closed again for enrolment), cancelled
    confirmed  → held (from its first day on), open, cancelled
    held       → reported
    reported   → (final)
    cancelled  → planned (restored, with a reason)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError, Label
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.labels import SESSION_STATUS
from factory_desk.domain.models import AuditEntry, Programme, SessionDay, SessionStatus, TrainingSession
from factory_desk.domain.text import day_text
from factory_desk.store.database import Database

S = SessionStatus
NEXT: dict[str, tuple[str, ...]] = {
    S.PLANNED.value: (S.OPEN.value, S.CANCELLED.value),
    S.OPEN.value: (S.CONFIRMED.value, S.PLANNED.value, S.CANCELLED.value),
    S.CONFIRMED.value: (S.HELD.value, S.OPEN.value, S.CANCELLED.value),
    S.HELD.value: (S.REPORTED.value,),
    S.REPORTED.value: (),
    S.CANCELLED.value: (S.PLANNED.value,),
}
# A change that needs a reason in the audit log (and, for a cancellation, on the session itself).
NEEDS_REASON = {(S.OPEN.value, S.PLANNED.value), (S.CONFIRMED.value, S.OPEN.value),
                (S.CANCELLED.value, S.PLANNED.value)} | {(old, S.CANCELLED.value) for old in NEXT}


class StatusError(FactoryDeskError):
    """A status change the session's current status does not allow."""


@dataclass(frozen=True)
class StatusChange:
    session_id: int
    old: str
    new: str


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses a session in `status` can be moved to."""
    return NEXT.get(status, ())


def needs_reason(old: str, new: str) -> bool:
    return (old, new) in NEEDS_REASON


def locked_session(session: Session, session_id: int) -> TrainingSession:
    """The session, locked against other writers until commit (a row lock on PostgreSQL; on SQLite the
    IMMEDIATE transaction of `Database.write()` already keeps them out); a sentence when there is none."""
    training = session.execute(
        select(TrainingSession).where(TrainingSession.id == session_id).with_for_update()
    ).scalar_one_or_none()
    if training is None:
        raise StatusError(QT_TRANSLATE_NOOP("Errors", "There is no session with the number {id}."), id=session_id)
    return training


def first_day(session: Session, session_id: int) -> dt.date | None:
    return session.scalar(select(func.min(SessionDay.date)).where(SessionDay.session_id == session_id))


def session_label(session: Session, training: TrainingSession) -> dict[str, str]:
    """The {programme} and {date} that sentences about a session name it by."""
    first = first_day(session, training.id)
    programme = session.scalar(select(Programme.name).where(Programme.id == training.programme_id)) or ""
    return {"programme": programme, "date": day_text(first) if first else ""}


def change_status(db: Database, session_id: int, new: str, *, reason: str = "", user_name: str = "",
                  today: dt.date | None = None) -> StatusChange:
    """Move the session to `new` if its current status allows it; refused with a sentence otherwise."""
    today = today or clock.today()
    reason = reason.strip()
    with db.write() as session:
        training = locked_session(session, session_id)
        old = training.status
        if new == old:
            return StatusChange(session_id, old, new)
        # The session's name is read only for a sentence of refusal.
        if new not in allowed_next(old):
            raise StatusError(QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} cannot go from “{old}” to “{new}”."),
                old=Label(SESSION_STATUS[old]), new=Label(SESSION_STATUS.get(new, new)),
                **session_label(session, training))
        if needs_reason(old, new) and not reason:
            raise StatusError(QT_TRANSLATE_NOOP(
                "Errors", "Say why the session «{programme}» of {date} goes from “{old}” to “{new}”."),
                old=Label(SESSION_STATUS[old]), new=Label(SESSION_STATUS[new]), **session_label(session, training))
        if new == S.HELD.value and ((first := first_day(session, session_id)) is None or first > today):
            raise StatusError(QT_TRANSLATE_NOOP(
                "Errors", "The session «{programme}» of {date} cannot be marked as held before its first day."),
                **session_label(session, training))
        training.status = new
        training.cancel_reason = reason if new == S.CANCELLED.value else None
        session.add(AuditEntry(action="session_status_changed", entity="training_session", entity_id=session_id,
                               user_name=user_name, reason=reason or None, details={"from": old, "to": new}))
    return StatusChange(session_id, old, new)


def require_day_open(session: Session, training: TrainingSession) -> TrainingSession:
    """Refuse, with a sentence, any change to what the training day recorded (marks, rounds, scores, feedback)
    once the session is closed or when it was cancelled. Call it on a `locked_session`."""
    if training.status == S.CANCELLED.value:
        raise StatusError(QT_TRANSLATE_NOOP(
            "Errors", "The session «{programme}» of {date} was cancelled: nothing can be recorded for it."),
            **session_label(session, training))
    if training.closed_at is not None:
        raise StatusError(QT_TRANSLATE_NOOP(
            "Errors", "The session «{programme}» of {date} is closed: its marks, rounds and scores can no longer "
                      "be changed. A coordinator can reopen it, giving a reason."),
            **session_label(session, training))
    return training
