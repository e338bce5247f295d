"""The organisations table: a thin adapter over the plain rows of services.organisations.

Organisations number in the hundreds, so the whole (searched, filtered) list is one set of rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from factory_desk.i18n import translate
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.organisations import OrganisationRow


class OrganisationsTableModel(RowsTableModel["OrganisationRow"]):
    NAME, INN, TYPE, REGION, PEOPLE = range(5)
    COLUMN_COUNT = 5
    ORGANISATION_ID_ROLE = Qt.ItemDataRole.UserRole
    SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._type_labels: dict[str, str] = {}  # the English words for the type codes, translated when shown

    def headers(self) -> tuple[str, str, str, str, str]:
        return self.tr("Name"), self.tr("INN"), self.tr("Type"), self.tr("Region"), self.tr("People")

    def set_rows(self, rows: Sequence[OrganisationRow]) -> None:
        # Imported here: the labels bring the data model, which the window must not load before it paints.
        from factory_desk.domain.labels import ORGANISATION_TYPE

        self._type_labels = ORGANISATION_TYPE
        super().set_rows(rows)

    def organisation_id(self, row: int) -> int:
        return self._rows[row].id

    def cell(self, row: OrganisationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.inn, translate("Labels", self._type_labels.get(row.org_type, row.org_type)),
                    row.region, row.people)[column]
        if role == Qt.ItemDataRole.ToolTipRole:  # a text cut off by the column is read in full here
            return row.full_name if column == self.NAME else self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ORGANISATION_ID_ROLE:
            return row.id
        if role == self.SORT_KEY_ROLE:
            return row.sort_key
        return None
