"""The project's team on its card: each member with their position and organisation, and a role in the project
typed in the table itself. The rows are the service's `ProjectPerson`; nothing is saved until the card is."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from factory_desk.domain.text import normalize_spaces
from factory_desk.ui.widgets.rows_model import AnyIndex, RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.projects import ProjectPerson


def person_text(person: ProjectPerson) -> str:
    """«Name — position, organisation», as the card shows a sponsor, a leader or a member."""
    work = ", ".join(filter(None, (person.position, person.organisation)))
    return " — ".join(filter(None, (person.name, work)))


class TeamModel(RowsTableModel["ProjectPerson"]):
    NAME, WORK, ROLE = range(3)
    COLUMN_COUNT = 3
    edited = Signal()  # a member was added, removed or given another role

    def headers(self) -> Sequence[str]:
        return [self.tr("Name"), self.tr("Position, organisation"), self.tr("Role in the project")]

    def cell(self, row: ProjectPerson, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return row.name
            if column == self.WORK:
                return ", ".join(filter(None, (row.position, row.organisation)))
            if column == self.ROLE:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("Double-click or press F2 to type the role")
                return row.role
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.ROLE or role != Qt.ItemDataRole.EditRole:
            return False
        rows = list(self.rows())
        text = normalize_spaces(str(value or ""))
        if rows[index.row()].role == text:
            return False
        rows[index.row()] = dataclasses.replace(rows[index.row()], role=text)
        self._rows = rows
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited.emit()
        return True

    def person_ids(self) -> list[int]:
        return [row.id for row in self.rows()]

    def add(self, person: ProjectPerson) -> bool:
        """Add a member at the end; False when they are in the team already."""
        if person.id in self.person_ids():
            return False
        count = self.rowCount()
        self.beginInsertRows(QModelIndex(), count, count)
        self._rows = [*self.rows(), person]
        self.endInsertRows()
        self.edited.emit()
        return True

    def remove(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._rows = [r for i, r in enumerate(self.rows()) if i != row]
            self.endRemoveRows()
        if rows:
            self.edited.emit()
