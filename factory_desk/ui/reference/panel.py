"""What the factories, programmes and trainers tabs share: search as you type, "show inactive", the table,
New… / Edit… / Deactivate or Activate / Delete, and one editor open at a time.

A row that sessions use is deactivated rather than deleted; a refused deletion is a sentence for the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.reference.models import ReferenceTableModel
from factory_desk.ui.user import desk_user
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factory_desk.store.database import Database
    from factory_desk.ui.reference.editor import ReferenceEditor


class ReferencePanel(QWidget):
    problem = Signal(str)  # a sentence for the user: the database cannot be read, a deletion refused
    changed = Signal()  # a row was added, edited, deactivated, activated or deleted

    KIND = ""  # the services.reference.ReferenceKind of the rows

    def __init__(self, ui: Any, model: ReferenceTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.ui.setupUi(self)
        self.model = model
        self._db: Database | None = None
        self._loaded = False
        self._editor: ReferenceEditor | None = None  # one editor at a time: a double-click also activates
        self.confirmation: QMessageBox | None = None  # "delete?", made when first asked
        self._deleting: int | None = None  # the row the question is about, while it is open
        view = self.ui.table_view
        view.setModel(model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(model.NAME, QHeaderView.ResizeMode.Stretch)
        for column in model.NUMBER_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.activated.connect(self._edit_index)  # Enter, and double-click on most styles
        view.doubleClicked.connect(self._edit_index)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._search_pause = search_as_you_type(self, self.ui.search_edit, self.search)
        self.ui.inactive_check.toggled.connect(self.search)
        self.ui.new_button.clicked.connect(self.add)
        self.ui.edit_button.clicked.connect(self.edit_selected)
        self.ui.active_button.clicked.connect(self.toggle_active)
        self.ui.delete_button.clicked.connect(self.delete_selected)

    def column_widths(self, widths: dict[int, int]) -> None:
        """Widths of the interactive columns, in letters of the table's font."""
        em = self.ui.table_view.fontMetrics().horizontalAdvance("M")
        for column, letters in widths.items():
            self.ui.table_view.horizontalHeader().resizeSection(column, letters * em)

    # --- what a tab of the page is asked ----------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._loaded = False
        self.model.clear()
        self._show_state()

    def shown(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Read the list (and its filters) again."""
        self._loaded = self._db is not None
        self.fill_filters()
        self.search()

    def focus_first(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def selected_id(self) -> int | None:
        rows = self.ui.table_view.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def selected_row(self) -> Any:
        rows = self.ui.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, row_id: int) -> None:
        row = self.model.row_of(row_id)
        if row is not None:
            self.ui.table_view.selectRow(row)
            self.ui.table_view.scrollTo(self.model.index(row, 0))

    def search(self) -> None:
        """List the rows matching the search line and filters; the selection stays when still listed."""
        self._search_pause.stop()
        keep = self.selected_id()
        if self._db is None:
            self.model.clear()
        else:
            try:
                rows = self.rows(self._db, self.ui.search_edit.text(), self.ui.inactive_check.isChecked())
            except FactoryDeskError as exc:
                self.model.clear()
                self.problem.emit(error_text(exc))
            else:
                self.model.set_rows(rows)
        if keep is not None:
            self.select(keep)
        self._show_state()

    # --- what each tab says for itself ------------------------------------------------------------------
    def rows(self, db: Database, query: str, include_inactive: bool) -> Sequence[Any]:
        raise NotImplementedError

    def editor(self, db: Database, row_id: int | None) -> ReferenceEditor:
        """The editor of the row (`None`: a new one); its `saved` signal carries the id written."""
        raise NotImplementedError

    def fill_filters(self) -> None:
        """Fill filters that come from the database (the trainers' factory)."""

    def filtered(self) -> bool:
        return bool(self.ui.search_edit.text().strip())

    def count_text(self, count: int, found: bool) -> str:
        raise NotImplementedError

    def empty_text(self, found: bool) -> str:
        raise NotImplementedError

    def delete_question(self, name: str) -> str:
        raise NotImplementedError

    # --- editing ----------------------------------------------------------------------------------------
    def add(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        if (row_id := self.selected_id()) is not None:
            self._open_editor(row_id)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_editor(self.model.row_id(index.row()))

    def _open_editor(self, row_id: int | None) -> None:
        if self._db is None or self._editor is not None:
            return
        try:
            dialog = self.editor(self._db, row_id)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._editor_closed)
        self._editor = dialog
        dialog.open()

    def _editor_closed(self) -> None:
        self._editor = None

    def _saved(self, row_id: int) -> None:
        self._after_change(row_id)

    def _after_change(self, row_id: int | None) -> None:
        self.fill_filters()
        self.search()
        if row_id is not None:
            self.select(row_id)
            if self.selected_id() is None and self.filtered():  # the search hides it: show it all the same
                self.ui.search_edit.blockSignals(True)
                self.ui.search_edit.clear()
                self.ui.search_edit.blockSignals(False)
                self.search()
                self.select(row_id)
        self.changed.emit()

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None or self._db is None:
            return
        from factory_desk.services.reference import set_active

        try:
            set_active(self._db, self.KIND, row.id, not row.is_active, user_name=desk_user())
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self._after_change(row.id)

    def delete_selected(self) -> None:
        """Ask first; a row that something uses is refused with a sentence that says to deactivate it."""
        row = self.selected_row()
        if row is None or self._db is None or self._deleting is not None:
            return
        if self.confirmation is None:  # one question box, asked again for each deletion
            self.confirmation = QMessageBox(QMessageBox.Icon.Question, "", "",
                                            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            self.confirmation.finished.connect(self._delete_answered)
        box = self.confirmation
        box.setWindowTitle(self.tr("Delete"))
        box.setText(self.delete_question(row.name))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self._deleting = row.id
        box.open()

    def _delete_answered(self, result: int) -> None:
        row_id, self._deleting = self._deleting, None
        if result != QMessageBox.StandardButton.Yes or self._db is None or row_id is None:
            return
        from factory_desk.services.reference import delete_reference

        try:
            delete_reference(self._db, self.KIND, row_id, user_name=desk_user())
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self._after_change(None)

    # --- Ctrl+N belongs to this tab, not to the page around it -----------------------------------------------
    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.New)):
            event.accept()  # the key comes to keyPressEvent instead of the page's "new session"
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.New):
            self.add()
            return
        super().keyPressEvent(event)

    # --- state and language -----------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._retranslate_buttons()

    def _retranslate_buttons(self) -> None:
        row = self.selected_row()
        ui = self.ui
        ui.new_button.setEnabled(self._db is not None)
        ui.edit_button.setEnabled(row is not None)
        ui.active_button.setEnabled(row is not None)
        ui.active_button.setText(self.tr("&Activate") if row is not None and not row.is_active
                                 else self.tr("&Deactivate"))
        ui.active_button.setToolTip(
            self.tr("Offer it for new sessions again") if row is not None and not row.is_active
            else self.tr("No longer offer it for new sessions; past sessions keep it"))
        used = row is not None and row.sessions > 0
        ui.delete_button.setEnabled(row is not None and not used)
        ui.delete_button.setToolTip(
            self.tr("Sessions use it, so it cannot be deleted: deactivate it instead") if used
            else self.tr("Delete it for good: only what no session uses"))

    def _show_state(self) -> None:
        """The count or the sentence for an empty list, and the buttons, for the rows listed."""
        count = self.model.rowCount()
        found = self.filtered()
        self.ui.count_label.setText(self.count_text(count, found) if self._loaded else "")
        empty = self.empty_text(found) if self._loaded and count == 0 else ""
        self.ui.empty_label.setText(empty)
        self.ui.empty_label.setVisible(bool(empty))
        self._retranslate_buttons()

    def _retranslate(self) -> None:
        self.model.retranslate()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.fill_filters()
            self._retranslate()
        super().changeEvent(event)
