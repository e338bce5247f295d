"""The small dialogs of a project's panels (a metric, a measurement, a follow-up): Save hands what was typed to
the panel, which saves it through the services at once; a refusal's sentence stays in the dialog, which stays
open with what was typed, so nothing is lost and the user sees what to correct."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.widgets.dialogs import grow_to_fit

ERROR_STYLE = "color: #b3261e;"


class SavingDialog(QDialog):
    """Subclasses set up their form (with an `error_label`) and call `set_error_label`; the panel gives `on_save`,
    which raises a FactoryDeskError to refuse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_save: Callable[[], None] | None = None
        self._error_label: QLabel | None = None

    def set_error_label(self, label: QLabel) -> None:
        self._error_label = label
        label.setStyleSheet(ERROR_STYLE)
        label.hide()

    def on_save(self, save: Callable[[], None]) -> None:
        self._on_save = save

    def show_error(self, sentence: str) -> None:
        if self._error_label is not None:
            self._error_label.setText(sentence)
            self._error_label.setVisible(bool(sentence))
            grow_to_fit(self)

    def error(self) -> str:
        """The sentence shown, "" when none."""
        label = self._error_label
        return label.text() if label is not None and not label.isHidden() else ""

    def accept(self) -> None:
        if self._on_save is not None:
            try:
                self._on_save()
            except FactoryDeskError as exc:
                self.show_error(error_text(exc))
                return
        super().accept()

