"""The trainings a project came from: the card's list of them, and the picker of held sessions (the newest first,
by default only those the project organisation's people attended) that adds to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import day_text, fold
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_session_picker import Ui_SessionPicker
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.project_sessions import HeldSession
    from factory_desk.services.projects import ProjectSession
    from factory_desk.store.database import Database


def dates_text(first: dt.date | None, last: dt.date | None) -> str:
    """«05.03.2026», or «05.03–07.03.2026» for a session of several days."""
    if first is None:
        return ""
    if last is None or last == first:
        return day_text(first)
    if first.year == last.year:
        return f"{first.strftime('%d.%m')}–{day_text(last)}"
    return f"{day_text(first)}–{day_text(last)}"


class LinkedSessionsModel(RowsTableModel["ProjectSession"]):
    """The sessions linked to the project on its card."""

    DATES, PROGRAMME, FACTORY = range(3)
    COLUMN_COUNT = 3

    def headers(self) -> Sequence[str]:
        return [self.tr("Dates"), self.tr("Programme"), self.tr("Factory")]

    def cell(self, row: ProjectSession, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.DATES:
                return dates_text(row.first_day, row.last_day)
            return row.programme if column == self.PROGRAMME else row.factory
        return None

    def session_ids(self) -> list[int]:
        return [row.id for row in self.rows()]


class HeldSessionsModel(RowsTableModel["HeldSession"]):
    DATES, PROGRAMME, FACTORY, ATTENDED, OURS = range(5)
    COLUMN_COUNT = 5

    def headers(self) -> Sequence[str]:
        return [self.tr("Dates"), self.tr("Programme"), self.tr("Factory"), self.tr("Attended"),
                self.tr("Of the organisation")]

    def cell(self, row: HeldSession, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (dates_text(row.first_day, row.last_day), row.programme, row.factory, str(row.attended),
                    str(row.from_organisation) if row.from_organisation else "")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ATTENDED, self.OURS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.PROGRAMME, self.FACTORY):
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        return None


def as_linked(session: HeldSession) -> ProjectSession:
    from factory_desk.services.projects import ProjectSession

    return ProjectSession(session.id, session.programme, session.factory, session.first_day, session.last_day)


class SessionPicker(QDialog):
    """Held sessions to link to a project; `chosen` holds the ones picked when the dialog is accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, organisation_id: int | None = None,
                 taken: Collection[int] = ()) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionPicker()
        self.ui.setupUi(self)
        self._db = db
        self._organisation_id = organisation_id
        self._taken = set(taken)
        self._all: list[HeldSession] = []
        self.chosen: list[HeldSession] = []
        self.model = HeldSessionsModel(self)
        view = self.ui.sessions_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HeldSessionsModel.FACTORY, QHeaderView.ResizeMode.Stretch)
        view.setColumnHidden(HeldSessionsModel.OURS, organisation_id is None)
        view.selectionModel().selectionChanged.connect(self._enable)
        view.doubleClicked.connect(lambda _index: self.accept_choice())
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.accepted.connect(self.accept_choice)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.search_edit.textChanged.connect(self._show)
        self.ui.organisation_check.setVisible(organisation_id is not None)
        self.ui.organisation_check.setChecked(organisation_id is not None)
        self.ui.organisation_check.toggled.connect(self.reload)
        self.ui.message_label.hide()
        self.resize(860, 520)
        self.reload()
        self.ui.search_edit.setFocus()

    def reload(self) -> None:
        from factory_desk.services.project_sessions import held_sessions

        try:
            found = held_sessions(self._db, organisation_id=self._organisation_id,
                                  attended_by_organisation=self.ui.organisation_check.isChecked())
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._all = [s for s in found if s.id not in self._taken]
        self._show()

    def _show(self) -> None:
        terms = fold(self.ui.search_edit.text()).split()
        rows = [s for s in self._all if all(term in self._text_of(s) for term in terms)]
        self.model.set_rows(rows)
        if rows:
            self.ui.sessions_view.selectRow(0)
        if not self._all:
            self._say(self.tr("No held session of the organisation's people is left to add: clear the tick to see "
                              "every held session.") if self.ui.organisation_check.isChecked()
                      else self.tr("There is no held session to add."))
        else:
            self._say("")
        self._enable()

    @staticmethod
    def _text_of(session: HeldSession) -> str:
        return fold(" ".join((dates_text(session.first_day, session.last_day), session.programme, session.factory)))

    def _selected(self) -> list[HeldSession]:
        rows = sorted({index.row() for index in self.ui.sessions_view.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def _enable(self) -> None:
        self._ok.setEnabled(bool(self._selected()))

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def accept_choice(self) -> None:
        self.chosen = self._selected()
        if self.chosen:
            self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
        super().changeEvent(event)
