"""Small helpers the app's dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def grow_to_fit(dialog: QDialog) -> None:
    """Grow `dialog` when a sentence appears in it, so a wrapped sentence is never cut off."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else dialog.sizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
