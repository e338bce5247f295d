"""The certificate register's table: a thin adapter over pages of plain rows (services.certificates.RegisterRow).

`data()` only reads rows already fetched. The register can hold tens of thousands of certificates: the first page
comes with the search, and the next one is fetched (by `register_rows`' limit and offset) when the view scrolls
to the end (`canFetchMore`/`fetchMore`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from factory_desk.domain.text import day_text
from factory_desk.i18n import translate
from factory_desk.ui.widgets.rows_model import PagedRowsModel

if TYPE_CHECKING:
    from factory_desk.services.certificates import RegisterRow

VOIDED = "voided"  # CertificateStatus.VOIDED: the model does not import the data layer


def session_dates(row: RegisterRow) -> str:
    """«10.03.2026», or «10.03.2026–11.03.2026» for a session of several days."""
    if row.first_day is None and row.last_day is None:
        return ""
    first, last = row.first_day or row.last_day, row.last_day or row.first_day
    assert first is not None and last is not None
    return day_text(first) if first == last else f"{day_text(first)}–{day_text(last)}"


def local_day(row: RegisterRow) -> str:
    """The day the certificate was issued, on this PC's clock."""
    return day_text(row.issued_at.astimezone().date())


def voided_colour() -> QColor:
    """Grey, halfway between the text and the background, so a voided line reads as struck from the list but stays
    legible (the palette's disabled text is too faint to read a number from)."""
    palette = QApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor((text.red() + base.red()) // 2, (text.green() + base.green()) // 2, (text.blue() + base.blue()) // 2)


def status_word(status: str) -> str:
    from factory_desk.services.certificates import CERTIFICATE_STATUS

    return translate("Labels", CERTIFICATE_STATUS.get(status, status))


class RegisterModel(PagedRowsModel["RegisterRow"]):
    NUMBER, NAME, ORGANISATION, PROGRAMME, DATE, ISSUED, STATUS, PRINTS = range(8)
    COLUMN_COUNT = 8
    CERTIFICATE_ID_ROLE = Qt.ItemDataRole.UserRole

    def headers(self) -> Sequence[str]:
        return [self.tr("Number"), self.tr("Full name"), self.tr("Organisation"), self.tr("Programme"),
                self.tr("Session"), self.tr("Issued"), self.tr("Status"), self.tr("Prints")]

    # --- one row --------------------------------------------------------------------------------------------
    def replace_row(self, row: RegisterRow) -> None:
        """Show a certificate's new state (after a reprint or voiding) where it stands in the list."""
        at = self.row_of(row.id)
        if at is None:
            return
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, self.COLUMN_COUNT - 1))

    def certificate_id(self, row: int) -> int:
        return self.row_at(row).id

    def issued_text(self, row: RegisterRow, *, short: bool = True) -> str:
        """«14.11.2026, Смирнова О. В.»: the day and who issued it (in full with `short` False)."""
        if not row.issued_by:
            return local_day(row)
        from factory_desk.services.calendar import short_name  # rows exist only once the data layer is loaded

        words = row.issued_by.split()
        user = short_name(*words) if short and 2 <= len(words) <= 3 else row.issued_by
        return self.tr("{date}, {user}").format(date=local_day(row), user=user)

    def status_text(self, row: RegisterRow) -> str:
        return status_word(row.status)

    def void_text(self, row: RegisterRow) -> str:
        when = day_text(row.voided_at.astimezone().date()) if row.voided_at else ""
        return self.tr("Voided {date}: {reason}").format(date=when, reason=row.void_reason).replace("  ", " ")

    def cell(self, row: RegisterRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return row.number
            if column == self.NAME:
                return row.full_name
            if column == self.ORGANISATION:
                return row.organisation
            if column == self.PROGRAMME:
                return row.programme
            if column == self.DATE:
                return session_dates(row)
            if column == self.ISSUED:
                return self.issued_text(row)
            if column == self.STATUS:
                return self.status_text(row)
            if column == self.PRINTS:
                return row.print_count
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.status == VOIDED:
                return self.void_text(row)
            if column == self.ISSUED:
                return self.issued_text(row, short=False)
            if column in (self.NAME, self.ORGANISATION, self.PROGRAMME):
                return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.status == VOIDED:
            return QBrush(voided_colour())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.CERTIFICATE_ID_ROLE:
            return row.id
        return None
