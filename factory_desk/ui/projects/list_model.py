"""The Projects page's two tables: the register of projects (a thin adapter over pages of
services.projects.ProjectRow, fetched 200 at a time as the view scrolls) and the portfolio's quarters.

`data()` only reads rows already fetched; the words for stored codes (statuses, review states) come from
domain.labels, imported when the first row is shown so the window paints before the data layer loads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from factory_desk.domain.text import day_text
from factory_desk.i18n import translate
from factory_desk.ui.sessions.calendar_view import WARNING_COLOUR
from factory_desk.ui.widgets.numbers import number_text
from factory_desk.ui.widgets.rows_model import PagedRowsModel, RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.projects import Portfolio, PortfolioQuarter, ProjectRow

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def status_word(status: str) -> str:
    from factory_desk.domain.labels import PROJECT_STATUS

    return translate("Labels", PROJECT_STATUS.get(status, status))


def review_word(state: str) -> str:
    from factory_desk.domain.labels import REVIEW_STATE

    word = REVIEW_STATE.get(state, state)
    return translate("Labels", word) if word else ""


def overdue_word() -> str:
    """The derived status (services.projects.OVERDUE) as the list and its filter say it."""
    return translate("ProjectsModel", "Overdue")


def leader_text(name: str) -> str:
    """«Иванова М. П.» for «Иванова Мария Петровна»: the column keeps its room for the title."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return name
    from factory_desk.services.calendar import short_name  # rows exist only once the data layer is loaded

    return short_name(*words)


class ProjectsModel(PagedRowsModel["ProjectRow"]):
    TITLE, ORGANISATION, LEADER, STATUS, REVIEW, FINISH, HOURS, EFFECT = range(8)
    COLUMN_COUNT = 8
    PROJECT_ID_ROLE = Qt.ItemDataRole.UserRole

    def headers(self) -> Sequence[str]:
        return [self.tr("Project"), self.tr("Organisation"), self.tr("Leader"), self.tr("Status"), self.tr("Review"),
                self.tr("Due"), self.tr("Hours/year"), self.tr("Effect")]

    def header_tips(self) -> Sequence[str]:
        """The columns named in full (their headings are short, so the titles keep the room)."""
        return ["", "", self.tr("The project's leader"), "", self.tr("The coordinator's review of the project"),
                self.tr("The planned finish; once it has passed, a project not completed is overdue"),
                self.tr("Working hours freed a year"), self.tr("Economic effect")]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips()[section] or None
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.HOURS, self.EFFECT):
                return RIGHT
        return super().headerData(section, orientation, role)

    def project_id(self, row: int) -> int:
        return self.row_at(row).id

    # --- cells ----------------------------------------------------------------------------------------------
    def status_text(self, row: ProjectRow) -> str:
        return overdue_word() if row.overdue else status_word(row.status)

    def status_tip(self, row: ProjectRow) -> str:
        if row.overdue and row.planned_finish is not None:
            return self.tr("{status}; the planned finish {date} has passed").format(
                status=status_word(row.status), date=day_text(row.planned_finish))
        if row.actual_finish is not None:
            return self.tr("{status} {date}").format(status=status_word(row.status), date=day_text(row.actual_finish))
        return status_word(row.status)

    def cell(self, row: ProjectRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return row.title
            if column == self.ORGANISATION:
                return row.organisation
            if column == self.LEADER:
                return leader_text(row.leader)
            if column == self.STATUS:
                return self.status_text(row)
            if column == self.REVIEW:
                return review_word(row.review_state)
            if column == self.FINISH:
                return day_text(row.planned_finish) if row.planned_finish else ""
            if column == self.HOURS:
                return number_text(row.freed_hours_per_year, grouped=True)
            if column == self.EFFECT:
                return number_text(row.economic_effect, grouped=True)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.STATUS, self.FINISH):
                return self.status_tip(row)
            if column == self.TITLE:
                return "\n".join(part for part in (row.title, row.sub_programme) if part)
            if column == self.ORGANISATION:
                return row.organisation or None
            if column == self.LEADER:
                return row.leader or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in (self.STATUS, self.FINISH):
            return WARNING_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.HOURS, self.EFFECT):
            return RIGHT
        if role == self.PROJECT_ID_ROLE:
            return row.id
        return None


class PortfolioModel(RowsTableModel["PortfolioQuarter"]):
    """Q1–Q4 of a year and the year in all: projects planned, opened and closed, and the effects of those closed."""

    QUARTER, PLANNED, OPENED, CLOSED, HOURS, EFFECT, COSTS = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year: int | None = None

    def headers(self) -> Sequence[str]:
        return [self.tr("Quarter"), self.tr("Planned"), self.tr("Opened"), self.tr("Closed"),
                self.tr("Hours freed a year"), self.tr("Economic effect"), self.tr("Costs")]

    def show_portfolio(self, figures: Portfolio | None) -> None:
        self.year = figures.year if figures is not None else None
        self.set_rows([*figures.quarters, figures.total] if figures is not None else [])

    def quarter_text(self, row: PortfolioQuarter) -> str:
        if row.quarter == 0:
            return self.tr("Total")
        return self.tr("Q{quarter}").format(quarter=row.quarter)

    def quarter_tip(self, row: PortfolioQuarter) -> str | None:
        if self.year is None:
            return None
        first = dt.date(self.year, 1 if row.quarter == 0 else 3 * row.quarter - 2, 1)
        after = (dt.date(self.year + 1, 1, 1) if row.quarter in (0, 4)
                 else dt.date(self.year, 3 * row.quarter + 1, 1))
        return f"{day_text(first)} – {day_text(after - dt.timedelta(days=1))}"

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
                and self.PLANNED <= section < self.COLUMN_COUNT):
            return RIGHT
        return super().headerData(section, orientation, role)

    def cell(self, row: PortfolioQuarter, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.QUARTER:
                return self.quarter_text(row)
            return number_text((None, row.planned, row.opened, row.closed, row.freed_hours_per_year,
                                row.economic_effect, row.costs)[column], grouped=True)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUARTER:
            return self.quarter_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.QUARTER:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and row.quarter == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None
