"""The centre's list of attendance statuses: the built-in five and its own, their order and keys.

A status is chosen in the list and edited beside it; "New status" empties the form for one of the centre's
own. A built-in status keeps its name and meaning (only its key changes); a status of the centre's own that
marks already use is switched off rather than deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_statuses_panel import Ui_StatusesPanel
from factory_desk.ui.look import scaled
from factory_desk.ui.user import desk_user
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.attendance_statuses import StatusRow
    from factory_desk.store.database import Database


class StatusesModel(RowsTableModel["StatusRow"]):
    KEY, NAME, PRESENT, NOTE = range(4)
    COLUMN_COUNT = 4

    def headers(self) -> Sequence[str]:
        return [self.tr("Key"), self.tr("Status"), self.tr("Counts as present"), self.tr("Needs a note")]

    def cell(self, row: StatusRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.KEY:
                return row.shortcut or ""
            if column == self.NAME:
                name = row.shown_name(translate)
                if not row.active:
                    return self.tr("{name} (not offered)").format(name=name)
                return name
            if column == self.PRESENT:
                return self.tr("yes") if row.counts_as_present else self.tr("no")
            if column == self.NOTE:
                return self.tr("yes") if row.needs_note else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and row.builtin:
            return self.tr("Built in: its name and meaning are fixed; its key can change")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.KEY:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class StatusesPanel(QWidget):
    changed = Signal()  # the list of statuses changed: attendance screens offer other buttons

    def __init__(self, parent: QWidget | None = None, *, user_name: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusesPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._user_name = desk_user() if user_name is None else user_name
        self._editing: str | None = None  # the code of the status in the form; None: a new one
        self.model = StatusesModel(self)
        view = self.ui.statuses_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StatusesModel.NAME, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
        view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._edit_row(current.row()))
        self.ui.editor_title_label.setFont(scaled(self.font(), 1.15, bold=True))
        self.ui.add_button.clicked.connect(self.new_status)
        self.ui.up_button.clicked.connect(lambda: self.move_status(-1))
        self.ui.down_button.clicked.connect(lambda: self.move_status(1))
        self.ui.remove_button.clicked.connect(self.remove)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.name_edit.returnPressed.connect(self.save)
        self.ui.key_edit.returnPressed.connect(self.save)
        self._edit_row(-1)

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        from factory_desk.services.attendance_statuses import statuses

        if self._db is None:
            self.model.clear()
            return
        keep = keep or self._editing
        try:
            rows = statuses(self._db, active_only=False)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.model.set_rows(rows)
        row = next((i for i, r in enumerate(rows) if r.code == keep), 0 if rows else -1)
        if row >= 0:
            self.ui.statuses_view.selectRow(row)
        self._edit_row(row)

    def _current(self) -> StatusRow | None:
        row = self.ui.statuses_view.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _edit_row(self, row: int) -> None:
        status = self.model.row_at(row) if 0 <= row < self.model.rowCount() else None
        ui = self.ui
        self._editing = status.code if status is not None else None
        ui.name_edit.setText(status.shown_name(translate) if status is not None else "")
        ui.key_edit.setText(status.shortcut or "" if status is not None else "")
        ui.counts_check.setChecked(status.counts_as_present if status is not None else False)
        ui.note_check.setChecked(status.needs_note if status is not None else False)
        ui.active_check.setChecked(status.active if status is not None else True)
        builtin = status is not None and status.builtin
        for widget in (ui.name_edit, ui.counts_check, ui.note_check, ui.active_check):
            widget.setEnabled(not builtin)
        ui.editor_title_label.setText(self.tr("New status") if status is None else
                                      self.tr("Built-in status") if builtin else self.tr("The centre's status"))
        ui.remove_button.setEnabled(status is not None and not builtin)
        ui.up_button.setEnabled(row > 0)
        ui.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self._say("")

    def new_status(self) -> None:
        self.ui.statuses_view.clearSelection()
        self.ui.statuses_view.setCurrentIndex(self.model.index(-1, -1))
        self._edit_row(-1)
        self.ui.name_edit.setFocus()

    def save(self) -> None:
        from factory_desk.services.attendance_statuses import StatusDetails, save_status

        if self._db is None:
            return
        ui = self.ui
        current = next((r for r in self.model.rows() if r.code == self._editing), None)
        details = StatusDetails(
            name=current.name if current is not None and current.builtin else ui.name_edit.text(),
            counts_as_present=ui.counts_check.isChecked(), needs_note=ui.note_check.isChecked(),
            shortcut=ui.key_edit.text().strip() or None, active=ui.active_check.isChecked(), code=self._editing)
        try:
            code = save_status(self._db, details, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.refresh(keep=code)
        self._say(self.tr("Saved."))
        self.changed.emit()

    def move_status(self, step: int) -> None:
        from factory_desk.services.attendance_statuses import move_status

        status = self._current()
        if status is None or self._db is None:
            return
        try:
            move_status(self._db, status.code, step, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.refresh(keep=status.code)
        self.changed.emit()

    def remove(self) -> None:
        from factory_desk.services.attendance_statuses import remove_status

        status = self._current()
        if status is None or self._db is None:
            return
        try:
            outcome = remove_status(self._db, status.code, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.refresh()
        self._say(self.tr("“{name}” was removed.").format(name=status.name) if outcome == "deleted" else self.tr(
            "“{name}” is used by marks already made: it is no longer offered, and those marks keep it.").format(
            name=status.name))
        self.changed.emit()

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
        super().changeEvent(event)
