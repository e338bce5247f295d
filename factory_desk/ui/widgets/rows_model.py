"""The base of the app's tables: a thin adapter over a list of plain rows (dataclasses from a service).

A subclass names its columns (`COLUMN_COUNT`, translatable `headers()`) and says what a cell shows
(`cell`). `data()` only reads rows already given to the model: it never runs SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Sized
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200  # rows a paged list reads at a time


def count_of(first_page: Sized, count: Callable[[], int]) -> int:
    """How many rows match, given the first page read with PAGE_SIZE: a page that is not full holds them all, so
    only a full one asks the database to count (a search that finds a few skips the second scan)."""
    return len(first_page) if len(first_page) < PAGE_SIZE else count()


class _WithId(Protocol):
    @property
    def id(self) -> int: ...


P = TypeVar("P", bound=_WithId)


class RowsTableModel(QAbstractTableModel, Generic[R]):
    COLUMN_COUNT = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int) -> Any:
        """What the cell of `row` in `column` shows for `role` (None for nothing)."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> Sequence[R]:
        """The rows shown, in order (read only)."""
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        """The row showing the record `row_id` (rows carry an `id`), if it is loaded."""
        return next((i for i, row in enumerate(self._rows) if getattr(row, "id", None) == row_id), None)

    def retranslate(self) -> None:
        """After a language switch: the headers and any translated cell text are read again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))

    # Qt's model interface
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMN_COUNT):
            return self.headers()[section]
        return None


class PagedRowsModel(RowsTableModel[P]):
    """A long list read a page (PAGE_SIZE rows) at a time as the view scrolls: the page shows the first page
    with `set_first_page(rows, next_page)`, and `next_page(offset)` reads the rows from `offset` (the service's
    `limit`/`offset`) when Qt asks for more. A row added meanwhile shifts the pages by one: a row seen twice is
    shown once (rows carry their record's `id`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._next_page: Callable[[int], Sequence[P]] | None = None
        self._complete = True

    def set_first_page(self, rows: Sequence[P], next_page: Callable[[int], Sequence[P]] | None) -> None:
        """Show `rows`; `next_page(offset)` fetches what follows them (None: there is nothing more)."""
        self._next_page = next_page
        self._complete = next_page is None or len(rows) < PAGE_SIZE
        self.set_rows(rows)

    def clear(self) -> None:
        self._next_page, self._complete = None, True
        self.set_rows([])

    def load(self, first_page: Callable[[], Sequence[P]], count: Callable[[], int],
             count_all: Callable[[], int] | None, next_page: Callable[[int], Sequence[P]]) -> tuple[int, int]:
        """Read and show the first page of a filtered list; how many rows match and how many there are in all
        (`count_all` None: the list is not filtered, so the two are the same). The database counts the matches
        only when the first page is full (`count_of`)."""
        rows = first_page()
        matches = count_of(rows, count)
        total = count_all() if count_all is not None else matches
        self.set_first_page(rows, next_page)
        return matches, total

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._complete and self._next_page is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        assert self._next_page is not None
        self._complete = True  # no second fetch of the same page meanwhile
        known = {row.id for row in self._rows}
        fetched = self._next_page(len(self._rows))
        rows = [row for row in fetched if row.id not in known]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._complete = len(fetched) < PAGE_SIZE or not rows
