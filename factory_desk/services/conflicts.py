"""Conflicts: what makes a planned session or an enrolment doubtful, in plain sentences, shown before saving.

A conflict does not forbid the change: the coordinator may go ahead, but only with a reason, and the reason
goes to the audit log with the conflicts it overrode. A service that finds conflicts and was given no
reason raises `ConflictsFound` (nothing is written); the GUI shows the sentences, asks for the reason and
calls the service again with `override_reason`.

Kinds (the `kind` of a `Conflict`):
    trainer_busy       a trainer has another session at overlapping times
    site_busy          the factory has another session at overlapping times
    trainer_away       a trainer is away (a TrainerAbsence) on a day of the session
    holiday            a day of the session is a public holiday
    person_same_day    a person is enrolled in another session on the same day
    already_completed  a person already completed this programme
    under_minimum      a group still under its minimum close to its date
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry

# How close to its first day a group under its minimum becomes a conflict (and shows on the Today page).
UNDER_MINIMUM_DAYS = 14


@dataclass(frozen=True)
class Conflict:
    """One doubt about a change: an English sentence marked for translation in the "Errors" context (shown
    with `i18n.error_text` like any error) and the values to put in it."""

    kind: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def as_error(self) -> FactoryDeskError:
        """The conflict as an error object, so `i18n.error_text` can put it into the user's language."""
        return FactoryDeskError(self.message, **self.details)

    def __str__(self) -> str:
        return self.as_error().format(self.message)


class ConflictsFound(FactoryDeskError):
    """The change has conflicts and no reason to override them was given: nothing was written."""

    def __init__(self, conflicts: Sequence[Conflict]) -> None:
        self.conflicts = tuple(conflicts)
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "This change has conflicts. It can be saved only with a reason for going ahead anyway."))


def require_override(conflicts: Sequence[Conflict], override_reason: str) -> str:
    """The stripped reason; raises `ConflictsFound` when there are conflicts and no reason."""
    reason = " ".join(override_reason.split())
    if conflicts and not reason:
        raise ConflictsFound(conflicts)
    return reason


def audit_override(conflicts: Iterable[Conflict], reason: str, *, entity: str, entity_id: int | None,
                   user_name: str = "", action: str = "conflict_overridden") -> AuditEntry | None:
    """The audit entry that records conflicts overridden with `reason` (None when there were none); the
    caller adds it to its unit of work."""
    found = list(conflicts)
    if not found:
        return None
    return AuditEntry(action=action, entity=entity, entity_id=entity_id, user_name=user_name, reason=reason,
                      details={"conflicts": [{"kind": c.kind, "text": str(c), **_plain(c.details)}
                                             for c in found]})


def _plain(details: dict[str, Any]) -> dict[str, Any]:
    """Details as JSON can keep them (dates as ISO text)."""
    return {key: value.isoformat() if hasattr(value, "isoformat") else value for key, value in details.items()}
