"""The simulation rounds of a session, as the trainer enters them after each round: the programme's metrics as
rows, the rounds as columns, the change from the first round to the last; productivity and plan fulfilment below
in their own style, computed again as each figure is saved. Each cell is saved the moment it is committed.

Built for a laptop or a tablet: rows a finger can hit, typing a number starts editing, Enter saves and moves down
the column (a round is entered top to bottom), Tab moves across, Delete clears; a decimal comma is accepted.
`EntryKeys` gives the scores panel the same keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_rounds_panel import Ui_RoundsPanel
from factory_desk.ui.look import scaled
from factory_desk.ui.widgets.numbers import number_text, signed_text
from factory_desk.ui.widgets.rows_model import AnyIndex, RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.rounds import Change, DerivedRow, MetricRow, RoundTable
    from factory_desk.store.database import Database

ROW_HEIGHT = 44  # a finger's width at 1280×800
BETTER_COLOUR = QColor("#2e7d32")
WORSE_COLOUR = QColor("#c62828")
PROBLEM_STYLE = "color: #b3261e;"
BANNER_STYLE = "background: #fff4e0; color: #5d4000; border: 1px solid #e0b060; border-radius: 4px;"
DERIVED_BACKGROUND = QColor("#eef3f8")
EDITOR_STYLE = "QLineEdit { border: 2px solid palette(highlight); padding: 0 4px; }"  # the cell being typed into
# How many decimals a derived figure is shown with.
DERIVED_DECIMALS = {"productivity": 1, "plan_fulfilment": 0}


class EntryKeys(QObject):
    """The keys of a table typed into cell by cell: Enter saves and moves down the column (to the next column's
    first cell after the last row), Enter on a cell not being edited moves down too, Delete or Backspace clears
    the cell. The model's `setData` says whether a value was taken: a refused one keeps the cell current."""

    def __init__(self, view: QTableView, *delegates: QAbstractItemDelegate) -> None:
        super().__init__(view)
        self._view = view
        self.refused = False  # set by the panel when the last committed value was refused
        view.installEventFilter(self)
        for delegate in delegates:  # after the view's own slot (connected first)
            delegate.closeEditor.connect(self._editor_closed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            editing = self._view.state() == QAbstractItemView.State.EditingState
            key = event.key()
            if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.move_down()
                return True
            if not editing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                index = self._view.currentIndex()
                if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                    self._view.model().setData(index, "", Qt.ItemDataRole.EditRole)
                return True
        return super().eventFilter(watched, event)

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and not self.refused:
            self.move_down()
        self.refused = False

    def move_down(self) -> None:
        """To the next editable cell below; after the last, the first editable cell of the next column."""
        model, current = self._view.model(), self._view.currentIndex()
        if model is None or not current.isValid():
            return
        rows, columns = model.rowCount(), model.columnCount()
        column, row = current.column(), current.row() + 1
        while column < columns:
            while row < rows:
                index = model.index(row, column)
                if index.flags() & Qt.ItemFlag.ItemIsEditable and not self._view.isColumnHidden(column):
                    self._view.setCurrentIndex(index)
                    self._view.scrollTo(index)
                    return
                row += 1
            column, row = column + 1, 0


class NumberDelegate(QStyledItemDelegate):
    """A cell editor for a number: the text as shown, right-aligned, all selected so typing replaces it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        editor.setStyleSheet(EDITOR_STYLE)
        return editor


class RoundsModel(RowsTableModel["MetricRow | DerivedRow"]):
    """Metric rows, then the derived rows; columns: name, unit, round 1…n, change."""

    NAME, UNIT = 0, 1
    FIRST_ROUND = 2

    def __init__(self, commit: Callable[[int, int, str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self._rounds = 0
        self._closed = True
        self.COLUMN_COUNT = 3

    @property
    def change_column(self) -> int:
        return self.FIRST_ROUND + self._rounds

    def set_table(self, table: RoundTable | None) -> None:
        """Show a table; one of the same shape only repaints, so the current cell and the editing go on."""
        rows: list[MetricRow | DerivedRow] = [*table.metrics, *table.derived] if table is not None else []
        rounds, closed = (table.rounds, table.closed) if table is not None else (0, True)
        if rounds == self._rounds and closed == self._closed and len(rows) == len(self._rows) and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMN_COUNT - 1))
            return
        self.beginResetModel()
        self._rows, self._rounds, self._closed = rows, rounds, closed
        self.COLUMN_COUNT = self.FIRST_ROUND + rounds + 1
        self.endResetModel()

    def is_derived(self, row: int) -> bool:
        from factory_desk.services.rounds import DerivedRow

        return isinstance(self._rows[row], DerivedRow)

    def headers(self) -> Sequence[str]:
        rounds = [self.tr("Round {number}").format(number=n) for n in range(1, self._rounds + 1)]
        return [self.tr("Figure"), self.tr("Unit"), *rounds, self.tr("Change")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section == self.change_column:
            return self.tr("From the first round with a figure to the last one")
        return super().headerData(section, orientation, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (index.isValid() and not self._closed and self.FIRST_ROUND <= index.column() < self.change_column
                and not self.is_derived(index.row())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row = self._rows[index.row()]
        return self._commit(row.metric_id, index.column() - self.FIRST_ROUND + 1, str(value or ""))  # type: ignore[union-attr]

    def cell(self, row: MetricRow | DerivedRow, column: int, role: int) -> Any:
        from factory_desk.services.rounds import DERIVED_NAMES, DERIVED_UNITS, DerivedRow

        derived = isinstance(row, DerivedRow)
        is_value = self.FIRST_ROUND <= column < self.change_column
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return translate("Labels", DERIVED_NAMES[row.code]) if derived else row.name  # type: ignore[union-attr]
            if column == self.UNIT:
                return translate("Labels", DERIVED_UNITS[row.code]) if derived else row.unit  # type: ignore[union-attr]
            if is_value:
                value = row.values[column - self.FIRST_ROUND]
                return number_text(value, DERIVED_DECIMALS.get(row.code) if derived else None)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.change_text(row.change)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIRST_ROUND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.change_column and row.change is not None:
            return {True: BETTER_COLOUR, False: WORSE_COLOUR}.get(row.change.better)  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.BackgroundRole and derived:
            return DERIVED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and (derived or column == self.change_column):
            font = QFont()
            font.setBold(column in (self.NAME, self.change_column) or derived and is_value)
            font.setItalic(derived and column == self.UNIT)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.change_column and row.change is not None:
            return self.change_tooltip(row.change)
        return None

    def change_text(self, change: Change | None) -> str:
        if change is None:
            return ""
        if change.percent is None:  # from zero: no percentage, the two figures
            return f"{number_text(change.first)} → {number_text(change.last)}"
        text = self.tr("{percent} %").format(percent=signed_text(change.percent))
        if change.better is None:
            return text
        return (self.tr("{change}, better") if change.better else self.tr("{change}, worse")).format(change=text)

    def change_tooltip(self, change: Change) -> str:
        return self.tr("Round {first}: {first_value} → round {last}: {last_value}").format(
            first=change.first_round, first_value=number_text(change.first), last=change.last_round,
            last_value=number_text(change.last))


class RoundsPanel(QWidget):
    """The rounds of one session, saved cell by cell (no Save button); read-only when the session is closed."""

    saved = Signal()  # a figure was saved: anything showing the session's results is stale

    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None, *,
                 user_name: str | None = None) -> None:
        super().__init__(parent)
        from factory_desk.ui.user import desk_user

        self.ui = Ui_RoundsPanel()
        self.ui.setupUi(self)
        self._db, self._session_id = db, session_id
        self._user_name = desk_user() if user_name is None else user_name
        self._table: RoundTable | None = None
        self._saved_at: QTime | None = None
        self._problem = ""
        self.model = RoundsModel(self._commit, self)
        view = self.ui.rounds_view
        view.setModel(self.model)
        self.delegate = NumberDelegate(view)
        view.setItemDelegate(self.delegate)
        self.keys = EntryKeys(view, self.delegate)
        view.setFont(scaled(view.font(), 1.15))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, view.fontMetrics().height() + 16))
        view.horizontalHeader().setMinimumHeight(ROW_HEIGHT - 8)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ui.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.ui.banner_label.setStyleSheet(BANNER_STYLE)
        self.ui.saved_label.setEnabled(False)  # quiet: the disabled text colour
        self.ui.empty_label.setFont(scaled(self.ui.empty_label.font(), 1.15))
        self.reload()

    # --- what the window asks ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the session's rounds again."""
        from factory_desk.services.rounds import round_table

        try:
            self._table = round_table(self._db, self._session_id)
        except FactoryDeskError as exc:
            self._table = None
            self._problem = error_text(exc)
        self.model.set_table(self._table)
        self._lay_out_columns()
        self._show()
        view = self.ui.rounds_view
        if self._table is not None and self._table.metrics and not view.currentIndex().isValid():
            view.setCurrentIndex(self.model.index(0, RoundsModel.FIRST_ROUND))

    def focus_entry(self) -> None:
        """Put the keyboard in the first empty cell, round by round (where the trainer types next)."""
        view, model = self.ui.rounds_view, self.model
        view.setFocus()
        editable = [model.index(row, column) for column in range(model.columnCount())
                    for row in range(model.rowCount()) if model.index(row, column).flags() & Qt.ItemFlag.ItemIsEditable]
        target = next((index for index in editable if not index.data()), editable[0] if editable else None)
        if target is not None:
            view.setCurrentIndex(target)
            view.scrollTo(target)

    def table(self) -> RoundTable | None:
        """The rounds as shown (with the figures derived from them)."""
        return self._table

    def problem(self) -> str:
        """The sentence shown under the table when a value was refused ("" when none)."""
        return self._problem

    # --- saving -----------------------------------------------------------------------------------------------
    def _commit(self, metric_id: int, round_no: int, text: str) -> bool:
        from factory_desk.services.rounds import number_from_text, set_value
        from factory_desk.services.session_status import StatusError

        assert self._table is not None
        try:
            value = number_from_text(text)
            if value == self._table.value(metric_id, round_no):
                return True
            stored = set_value(self._db, self._session_id, round_no, metric_id, value, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.keys.refused = True
            problem = error_text(exc)
            self._problem = problem
            self._show()
            if isinstance(exc, StatusError):  # closed or cancelled meanwhile: shown read-only once the editor is gone
                QTimer.singleShot(0, self.reload)
            return False
        self._table = self._table.with_value(metric_id, round_no, stored)
        self.model.set_table(self._table)
        self._problem = ""
        self._saved_at = QTime.currentTime()
        self._show()
        self.saved.emit()
        return True

    # --- showing ----------------------------------------------------------------------------------------------
    def _lay_out_columns(self) -> None:
        header = self.ui.rounds_view.horizontalHeader()
        header.setSectionResizeMode(RoundsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RoundsModel.UNIT, QHeaderView.ResizeMode.ResizeToContents)
        width = max(110, self.ui.rounds_view.fontMetrics().horizontalAdvance("0000000,00") + 24)
        for column in range(RoundsModel.FIRST_ROUND, self.model.change_column):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        if self.model.columnCount() > self.model.change_column:
            header.setSectionResizeMode(self.model.change_column, QHeaderView.ResizeMode.ResizeToContents)

    def _show(self) -> None:
        table = self._table
        has_metrics = table is not None and bool(table.metrics)
        self.ui.rounds_view.setVisible(has_metrics)
        self.ui.hint_label.setVisible(has_metrics and not table.closed)  # type: ignore[union-attr]
        empty = ""
        if table is not None and not table.metrics:
            empty = self.tr("The programme «{programme}» records no figures in its rounds. A coordinator can add "
                            "them in Sessions → Programmes.").format(programme=table.programme)
        cancelled = table is not None and table.status == "cancelled"
        self.ui.empty_label.setText("" if cancelled else empty)
        self.ui.empty_label.setVisible(not has_metrics)  # takes the room the table would
        banner = ""
        if table is not None and table.closed and (has_metrics or cancelled):
            banner = (self.tr("This session was cancelled: no rounds can be recorded for it.")
                      if table.status == "cancelled" else
                      self.tr("This session is closed: its rounds can be read but no longer changed. A coordinator "
                              "can reopen it, giving a reason."))
        self.ui.banner_label.setText(banner)
        self.ui.banner_label.setVisible(bool(banner))
        self.ui.problem_label.setText(self._problem)
        self.ui.problem_label.setVisible(bool(self._problem))
        saved = ""
        if self._saved_at is not None:
            saved = self.tr("Saved at {time}").format(time=QLocale().toString(self._saved_at, "HH:mm"))
        self.ui.saved_label.setText(saved)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
            self._show()
        super().changeEvent(event)

