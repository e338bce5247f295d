"""The import preview table: a thin adapter over the checked rows of a people list (services.people_import).

Each row says what will happen to it in words as well as in colour: an error (red) keeps it out, a warning
(amber) lets it in for a second look, a skipped row (grey) is not a person. `data()` only reads the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from factory_desk.i18n import problem_text
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.people_import import CheckedRow

# Light backgrounds that keep black text readable; the status column also says it in words, with an icon.
ERROR_BACKGROUND = QColor("#f8d7da")
WARNING_BACKGROUND = QColor("#fff0c2")
SKIPPED_FOREGROUND = QColor("#6c6c6c")


class PreviewTableModel(RowsTableModel["CheckedRow"]):
    ROW, SURNAME, FIRST_NAME, PATRONYMIC, POSITION, DEPARTMENT, ORGANISATION, EMAIL, PHONE, STATUS = range(10)
    COLUMN_COUNT = 10
    OK, WARNING, ERROR, SKIPPED = range(4)
    KIND_ROLE = Qt.ItemDataRole.UserRole  # one of OK, WARNING, ERROR, SKIPPED

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[CheckedRow] = []
        self._only_problems = False

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Row"), self.tr("Surname"), self.tr("First name"), self.tr("Patronymic"),
                self.tr("Position"), self.tr("Department"), self.tr("Organisation"), self.tr("E-mail"),
                self.tr("Phone"), self.tr("Status"))

    def set_rows(self, rows: Sequence[CheckedRow]) -> None:
        self._all = list(rows)
        self._filter()

    def set_only_problems(self, only: bool) -> None:
        self._only_problems = only
        self._filter()

    def _filter(self) -> None:
        super().set_rows([r for r in self._all if not self._only_problems or self.kind(r) != self.OK])

    def checked_row(self, row: int) -> CheckedRow:
        return self.row_at(row)

    @classmethod
    def kind(cls, checked: CheckedRow) -> int:
        if checked.row.skip_reason is not None:
            return cls.SKIPPED
        if checked.row.errors or not checked.will_import:
            return cls.ERROR
        return cls.WARNING if checked.warnings else cls.OK

    def status(self, checked: CheckedRow) -> str:
        """What will happen to the row, and why, in words."""
        row = checked.row
        if row.skip_reason is not None:
            return self.tr("Skipped: {reason}").format(reason=problem_text(row.skip_reason))
        if row.errors:
            return self.tr("Error: {problems}").format(problems=" ".join(problem_text(p) for p in row.errors))
        if checked.warnings:
            return self.tr("Warning: {problems}").format(
                problems=" ".join(problem_text(p) for p in checked.warnings))
        if not checked.will_import:
            return self.tr("Not imported")
        return self.tr("Will be imported")

    def cell(self, checked: CheckedRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(checked, column)
        if role == self.KIND_ROLE:
            return self.kind(checked)
        kind = self.kind(checked)
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind == self.ERROR:
                return QBrush(ERROR_BACKGROUND)
            if kind == self.WARNING:
                return QBrush(WARNING_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind == self.SKIPPED:
                return QBrush(SKIPPED_FOREGROUND)
            return QBrush(QColor("black")) if kind in (self.ERROR, self.WARNING) else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return self._icon(kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, checked: CheckedRow, column: int) -> str:
        row = checked.row
        if column == self.ROW:
            return str(row.source_row)
        if column == self.ORGANISATION:
            name = checked.organisation_note or row.organisation
            return self.tr("{name} (new)").format(name=name) if name and checked.organisation_is_new else name
        if column == self.STATUS:
            return self.status(checked)
        values = {self.SURNAME: row.surname, self.FIRST_NAME: row.first_name, self.PATRONYMIC: row.patronymic,
                  self.POSITION: row.position, self.DEPARTMENT: row.department, self.EMAIL: row.email,
                  self.PHONE: row.phone}
        return values.get(column, "")

    @staticmethod
    def _icon(kind: int) -> QIcon | None:
        pixmaps = {PreviewTableModel.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
                   PreviewTableModel.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
                   PreviewTableModel.SKIPPED: QStyle.StandardPixmap.SP_DialogDiscardButton,
                   PreviewTableModel.OK: QStyle.StandardPixmap.SP_DialogApplyButton}
        style = QApplication.style()
        return style.standardIcon(pixmaps[kind]) if style is not None else None
