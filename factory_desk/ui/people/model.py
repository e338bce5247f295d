"""The people table: a thin adapter over pages of plain rows from services.people.

`data()` only reads rows already fetched; the next page is fetched by keyset when the view scrolls to the
end (`canFetchMore`/`fetchMore`), so a register of 200,000 people opens as fast as one of 20.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from factory_desk.ui.widgets.rows_model import AnyIndex, RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.people import PeoplePage, PersonRow

NextPage = Callable[[tuple[str, int]], "PeoplePage"]


class PeopleTableModel(RowsTableModel["PersonRow"]):
    FULL_NAME, ORGANISATION, POSITION = range(3)
    COLUMN_COUNT = 3
    PERSON_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._next_after: tuple[str, int] | None = None
        self._next_page: NextPage | None = None

    def headers(self) -> tuple[str, str, str]:
        return self.tr("Full name"), self.tr("Organisation"), self.tr("Position")

    def set_first_page(self, page: PeoplePage, next_page: NextPage | None) -> None:
        """Show `page`; `next_page(after)` fetches what follows it."""
        self._next_after, self._next_page = page.next_after, next_page
        self.set_rows(page.rows)

    def clear(self) -> None:
        self._next_after, self._next_page = None, None
        self.set_rows([])

    def person_id(self, row: int) -> int:
        return self.row_at(row).id

    def cell(self, person: PersonRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (person.full_name, person.organisation, person.position)[column]
        if role == self.PERSON_ID_ROLE:
            return person.id
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
