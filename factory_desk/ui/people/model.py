"""The people table: a thin adapter over pages of plain rows from services.people.

`data()` only reads rows already fetched; the next page is fetched by keyset when the view scrolls to the
end (`canFetchMore`/`fetchMore`), so a register of 200,000 people opens as fast as one of 20.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from factory_desk.services.people import PeoplePage, PersonRow

NextPage = Callable[[tuple[str, int]], "PeoplePage"]
AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleTableModel(QAbstractTableModel):
    FULL_NAME, ORGANISATION, POSITION = range(3)
    COLUMN_COUNT = 3
    PERSON_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._next_after: tuple[str, int] | None = None
        self._next_page: NextPage | None = None

    def headers(self) -> tuple[str, str, str]:
        return self.tr("Full name"), self.tr("Organisation"), self.tr("Position")

    def set_first_page(self, page: PeoplePage, next_page: NextPage | None) -> None:
        """Show `page`; `next_page(after)` fetches what follows it."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._next_after = page.next_after
        self._next_page = next_page
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._next_after, self._next_page = [], None, None
        self.endResetModel()

    def person_id(self, row: int) -> int:
        return self._rows[row].id

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    # Qt's model interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (person.full_name, person.organisation, person.position)[index.column()]
        if role == self.PERSON_ID_ROLE:
            return person.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMN_COUNT):
            return self.headers()[section]
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._next_after is not None and self._next_page is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        assert self._next_page is not None and self._next_after is not None
        after, self._next_after = self._next_after, None  # no second fetch of the same page meanwhile
        page = self._next_page(after)
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._next_after = page.next_after
