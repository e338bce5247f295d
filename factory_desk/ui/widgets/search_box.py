"""Search as you type: the search runs when typing pauses, or at once on Enter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

SEARCH_PAUSE_MS = 150


def search_as_you_type(owner: QObject, edit: QLineEdit, search: Callable[[], None]) -> QTimer:
    """Call `search` when typing in `edit` pauses; the returned timer can be stopped by the search itself."""
    pause = QTimer(owner)
    pause.setSingleShot(True)
    pause.setInterval(SEARCH_PAUSE_MS)
    pause.timeout.connect(search)
    edit.textChanged.connect(pause.start)
    edit.returnPressed.connect(search)
    return pause
