"""Turn driver exceptions into sentences a coordinator can act on. Nothing was written when these arrive:
every unit of work rolls back first."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP


def translate(exc: SQLAlchemyError) -> DatabaseError:
    raw = str(getattr(exc, "orig", exc) or exc)
    lowered = raw.lower()
    if isinstance(exc, IntegrityError):
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The change was not saved because it breaks a rule of the data ({rule})."),
            rule=raw.splitlines()[0],
        )
    if "disk is full" in lowered or "no space left" in lowered or "could not extend file" in lowered:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The disk is full, so nothing was saved. Free some space and try again.")
        )
    if "database is locked" in lowered or "database is busy" in lowered:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database is busy with another Factory Desk window or computer; "
                                      "nothing was saved. Try again in a moment.")
        )
    if "unable to open database file" in lowered or "readonly database" in lowered:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database file cannot be opened for writing. Check that the folder "
                                      "exists and that you may write to it.")
        )
    if "file is not a database" in lowered or "malformed" in lowered:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "This file is not a readable database, or it is damaged. "
                                      "Restore it from a backup.")
        )
    if isinstance(exc, OperationalError) and ("connection" in lowered or "could not connect" in lowered
                                              or "timeout" in lowered):
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database server cannot be reached ({reason}). Check the address and "
                                      "the network, then try again."),
            reason=raw.splitlines()[0] if raw else "",
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "The database reported a problem, so nothing was saved: {reason}"),
        reason=raw.splitlines()[0] if raw else type(exc).__name__,
    )
