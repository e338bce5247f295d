"""What the factory, programme and trainer editors share: Save writes in one unit of work; a refused save
keeps the dialog open with everything typed, says why under the form and puts the cursor where the fault is.
Also the small helpers their editable tables use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QWidget,
)

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.i18n import error_text
from factory_desk.ui.widgets.dialogs import grow_to_fit

WARNING_STYLE = "color: #b3261e;"  # the sentence that stops a save reads as a warning


class ReferenceEditor(QDialog):
    saved = Signal(int)  # the id of the row written

    def __init__(self, ui: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.ui.setupUi(self)
        self.ui.error_label.setStyleSheet(WARNING_STYLE)
        self.ui.error_label.hide()
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    @property
    def save_button(self) -> QWidget:
        button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def save(self) -> int:
        """Write what the dialog shows; the id written, or a `FactoryDeskError` saying why not."""
        raise NotImplementedError

    def field_widget(self, field: str | None) -> QWidget | None:
        """The widget of a field a `ValidationError` names, to put the cursor in."""
        return None

    def retranslate(self) -> None:
        """Texts set in code: the window title, combo entries."""

    def show_problem(self, sentence: str) -> None:
        self.ui.error_label.setText(sentence)
        self.ui.error_label.setVisible(bool(sentence))
        grow_to_fit(self)

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            row_id = self.save()
        except FactoryDeskError as exc:
            self.show_problem(error_text(exc))
            widget = self.field_widget(exc.field) if isinstance(exc, ValidationError) else None
            if widget is not None:
                widget.setFocus()
            return
        self.saved.emit(row_id)
        super().accept()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        grow_to_fit(self)  # wrapped hints take their height at the width the dialog opens with

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


def add_check_item(view: QListWidget, text: str, data: int, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text, view)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def checked_ids(view: QListWidget) -> tuple[int, ...]:
    return tuple(int(item.data(Qt.ItemDataRole.UserRole)) for item in (view.item(i) for i in range(view.count()))
                 if item.checkState() == Qt.CheckState.Checked)


def commit_open_editor(table: QTableWidget) -> None:
    """Write the cell being typed into its item, so Save never loses what the cell shows."""
    if table.state() == QAbstractItemView.State.EditingState:
        current = table.currentIndex()
        table.setCurrentIndex(QModelIndex())  # leaving the cell commits and closes its editor
        table.setCurrentIndex(current)


def swap_rows(table: QTableWidget, first: int, second: int) -> None:
    """Swap two rows of a table of items (no cell widgets)."""
    for column in range(table.columnCount()):
        a, b = table.takeItem(first, column), table.takeItem(second, column)
        table.setItem(first, column, b)
        table.setItem(second, column, a)
