"""The tables of factories, programmes and trainers: thin adapters over the plain rows of services.reference.

A row no longer offered for new sessions says so in its name and is drawn in grey.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from factory_desk.domain.text import day_text
from factory_desk.i18n import translate
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.reference import FactoryRow, ProgrammeRow, TrainerRow

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ReferenceRow(Protocol):
    """What the three kinds of rows (frozen dataclasses) have in common."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def is_active(self) -> bool: ...
    @property
    def sessions(self) -> int: ...


Row = TypeVar("Row", bound=ReferenceRow)


class ReferenceTableModel(RowsTableModel[Row]):
    """What the three tables share: the id role, the inactive rows, numbers aligned right."""

    ID_ROLE = Qt.ItemDataRole.UserRole
    NAME = 0
    NUMBER_COLUMNS: frozenset[int] = frozenset()

    def row_id(self, row: int) -> int:
        return self._rows[row].id

    def texts(self, row: Row) -> tuple[str | int, ...]:
        """The text of each column of `row`."""
        raise NotImplementedError

    def name(self, row: Row) -> str:
        if row.is_active:
            return row.name
        return translate("ReferenceTable", "{name} (inactive)").format(name=row.name)

    def cell(self, row: Row, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_active:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return RIGHT
        if role == self.ID_ROLE:
            return row.id
        return None


class FactoriesTableModel(ReferenceTableModel["FactoryRow"]):
    NAME, CODE, SPECIALISATION, MUNICIPALITIES, TRAINERS, SESSIONS = range(6)
    COLUMN_COUNT = 6
    NUMBER_COLUMNS = frozenset({TRAINERS, SESSIONS})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Code"), self.tr("Specialisation"), self.tr("Municipalities served"),
                self.tr("Trainers"), self.tr("Sessions"))

    def texts(self, row: FactoryRow) -> tuple[str | int, ...]:
        return (self.name(row), row.code, row.specialisation, ", ".join(row.municipalities), row.trainers,
                row.sessions)


class ProgrammesTableModel(ReferenceTableModel["ProgrammeRow"]):
    NAME, KIND, HOURS, DAYS, GROUP, ROUNDS, METRICS, SESSIONS = range(8)
    COLUMN_COUNT = 8
    NUMBER_COLUMNS = frozenset({HOURS, DAYS, GROUP, ROUNDS, METRICS, SESSIONS})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Kind"), self.tr("Hours"), self.tr("Days"), self.tr("Group"),
                self.tr("Rounds"), self.tr("Metrics"), self.tr("Sessions"))

    def texts(self, row: ProgrammeRow) -> tuple[str | int, ...]:
        # Imported here: the labels bring the data model, which the window must not load before it paints.
        from factory_desk.services.reference import PROGRAMME_KIND

        whole = row.hours == row.hours.to_integral_value()
        hours = QLocale().toString(float(row.hours), "f", 0 if whole else 1)  # «7,5» in Russian
        return (self.name(row), translate("Labels", PROGRAMME_KIND.get(row.kind, row.kind)), hours, row.days,
                f"{row.min_group}–{row.max_group}", row.rounds, row.metrics, row.sessions)


class TrainersTableModel(ReferenceTableModel["TrainerRow"]):
    NAME, FACTORIES, EMAIL, PHONE, AWAY, SESSIONS = range(6)
    COLUMN_COUNT = 6
    NUMBER_COLUMNS = frozenset({SESSIONS})

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Factories"), self.tr("E-mail"), self.tr("Phone"), self.tr("Away"),
                self.tr("Sessions"))

    def texts(self, row: TrainerRow) -> tuple[str | int, ...]:
        away = ""
        if (a := row.next_absence) is not None:
            days = day_text(a.first_day)
            if a.last_day != a.first_day:
                days += "–" + day_text(a.last_day)
            away = f"{days} ({a.reason})" if a.reason else days
        return (self.name(row), ", ".join(row.factory_codes), row.email, row.phone, away, row.sessions)

    def cell(self, row: TrainerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FACTORIES:
            return "\n".join(row.factories)  # the codes are shown; the names are read here
        return super().cell(row, column, role)
