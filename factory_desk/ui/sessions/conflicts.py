"""Showing conflicts (services/conflicts.py) to the coordinator and asking for the reason to go ahead."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from factory_desk.i18n import error_text, translate

if TYPE_CHECKING:
    from factory_desk.services.conflicts import Conflict

T = TypeVar("T")


def conflict_sentences(conflicts: Sequence[Conflict]) -> list[str]:
    return [error_text(conflict.as_error()) for conflict in conflicts]


def conflicts_html(conflicts: Sequence[Conflict]) -> str:
    """The conflicts as a short bulleted list under a heading, for a label."""
    items = "".join(f"<li>{html.escape(sentence)}</li>" for sentence in conflict_sentences(conflicts))
    heading = translate("Conflicts", "Check before saving:")
    return f"<b>{html.escape(heading)}</b><ul style='margin-left: -20px'>{items}</ul>"


def ask_override(parent: QWidget, conflicts: Sequence[Conflict], question: str = "") -> str | None:
    """Show the conflicts and ask for the reason to go ahead anyway; None when the coordinator gives up."""
    sentences = "\n".join("• " + sentence for sentence in conflict_sentences(conflicts))
    prompt = "\n\n".join(filter(None, (
        question or translate("Conflicts", "This change has conflicts:"), sentences,
        translate("Conflicts", "To go ahead anyway, say why (the reason is kept in the audit log):"))))
    while True:
        reason, ok = QInputDialog.getText(parent, translate("Conflicts", "Conflicts"), prompt,
                                          QLineEdit.EchoMode.Normal, "")
        if not ok:
            return None
        if reason.strip():
            return reason.strip()


def with_override(parent: QWidget, action: Callable[[str], T], question: str = "") -> tuple[bool, T | None]:
    """Run `action(override_reason)`; when it finds conflicts, show them, ask for a reason and run it again
    with it. Returns (done, result); (False, None) when the coordinator gave up. Other errors propagate."""
    from factory_desk.services.conflicts import ConflictsFound

    try:
        return True, action("")
    except ConflictsFound as found:
        reason = ask_override(parent, found.conflicts, question)
        if reason is None:
            return False, None
        return True, action(reason)
