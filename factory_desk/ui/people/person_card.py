"""The card of the selected person under the people list: who they are, their consent, and tabs with their
sessions (and attendance), certificates and improvement projects; buttons to edit, merge a duplicate,
export their data on request and erase it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text, translate

if TYPE_CHECKING:
    from factory_desk.services.person_details import PersonCard
    from factory_desk.store.database import Database


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


class PersonCardView(QGroupBox):
    edit_requested = Signal(int)
    merge_requested = Signal(int)
    export_requested = Signal(int)
    erase_requested = Signal(int)
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._card: PersonCard | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        top.addWidget(self.name_label, 1)
        self.edit_button = QPushButton(self)
        self.merge_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.erase_button = QPushButton(self)
        for button, signal in ((self.edit_button, self.edit_requested), (self.merge_button, self.merge_requested),
                               (self.export_button, self.export_requested),
                               (self.erase_button, self.erase_requested)):
            top.addWidget(button)
            button.clicked.connect(lambda _checked=False, s=signal: self._request(s))
        layout.addLayout(top)
        self.details_label = QLabel(self)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)
        self.consent_label = QLabel(self)
        self.consent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_label.setWordWrap(True)
        layout.addWidget(self.consent_label)
        self.tabs = QTabWidget(self)
        self.sessions_table = self._table()
        self.certificates_table = self._table()
        self.projects_table = self._table()
        for table in (self.sessions_table, self.certificates_table, self.projects_table):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        self._retranslate()

    def _table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _request(self, signal: Any) -> None:
        if self._card is not None and self._card.details.id is not None:
            signal.emit(self._card.details.id)

    # --- what the page asks -----------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.show_person(None)

    def person_id(self) -> int | None:
        return None if self._card is None else self._card.details.id

    def show_person(self, person_id: int | None) -> None:
        card = None
        if person_id is not None and self._db is not None:
            from factory_desk.services.person_details import person_card

            try:
                card = person_card(self._db, person_id, translate)
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        self._card = card
        self._retranslate()

    # --- showing --------------------------------------------------------------------------------------
    @staticmethod
    def _fill(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)

    def _sessions(self, card: PersonCard) -> list[list[str]]:
        marks = card.sections.get("attendance", [])
        rows = []
        for enrolment in card.sections.get("enrolments", []):
            first, last = enrolment["first_day"], enrolment["last_day"] or enrolment["first_day"]
            days = [m for m in marks if m["programme"] == enrolment["programme"] and first is not None
                    and m["date"] is not None and first <= m["date"] <= last]
            attendance = ", ".join(m["status"] for m in days)
            status = enrolment["status"]
            if enrolment["status_reason"]:
                status = f"{status}: {enrolment['status_reason']}"
            rows.append([_text(first), enrolment["programme"], enrolment["factory"], status, attendance])
        return rows

    def _retranslate(self) -> None:
        card = self._card
        self.setTitle(self.tr("Person"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.merge_button.setText(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Merge a record of the same person entered twice into this one"))
        self.export_button.setText(self.tr("Export &data…"))
        self.export_button.setToolTip(self.tr("Everything held about this person in one file, for their request"))
        self.erase_button.setText(self.tr("E&rase data…"))
        self.erase_button.setToolTip(self.tr("Remove the name and contacts on the person's request; "
                                             "the counts that reports need stay"))
        self.tabs.setTabText(0, self.tr("Sessions"))
        self.tabs.setTabText(1, self.tr("Certificates"))
        self.tabs.setTabText(2, self.tr("Projects"))
        has = card is not None
        erased = has and card.details.anonymised  # type: ignore[union-attr]
        for button in (self.edit_button, self.merge_button, self.erase_button):
            button.setEnabled(has and not erased)
        self.export_button.setEnabled(has)
        self.tabs.setEnabled(has)
        if card is None:
            self.name_label.setText(self.tr("Select a person to see their sessions, certificates and projects."))
            self.details_label.setText("")
            self.consent_label.setText("")
            for table in (self.sessions_table, self.certificates_table, self.projects_table):
                table.clear()
                table.setRowCount(0)
                table.setColumnCount(0)
            return
        d = card.details
        self.name_label.setText(self.tr("Data erased on request") if erased else d.full_name)
        from factory_desk.domain.labels import CONSENT_FORM, PERSON_CATEGORY

        facts = [card.organisation or self.tr("no organisation"),
                 ", ".join(p for p in (d.position, d.department) if p),
                 translate("Labels", PERSON_CATEGORY.get(d.category, d.category)),
                 d.email, d.phone, self.tr("badge {code}").format(code=d.badge_code) if d.badge_code else "",
                 self.tr("number {id}").format(id=d.id)]
        self.details_label.setText(" · ".join(f for f in facts if f))
        if erased:
            self.consent_label.setText("")
        elif d.consent_date is None:
            self.consent_label.setText(self.tr("No consent to the processing of personal data is recorded."))
            self.consent_label.setStyleSheet("color: #b3261e;")
        else:
            form = translate("Labels", CONSENT_FORM[d.consent_form]) if d.consent_form in CONSENT_FORM else ""
            self.consent_label.setText(self.tr("Consent to the processing of personal data: {date} {form}")
                                       .format(date=_text(d.consent_date), form=form.lower()).strip())
            self.consent_label.setStyleSheet("")
        sessions = self._sessions(card)
        self._fill(self.sessions_table, [self.tr("Date"), self.tr("Programme"), self.tr("Factory"),
                                         self.tr("Enrolment"), self.tr("Attendance")], sessions)
        certificates = card.sections.get("certificates", [])
        self._fill(self.certificates_table,
                   [self.tr("Number"), self.tr("Programme"), self.tr("Issued"), self.tr("Status")],
                   [[c["number"], c["programme"], _text(c["issued_at"]),
                     c["status"] + (f": {c['void_reason']}" if c["void_reason"] else "")] for c in certificates])
        projects = card.sections.get("projects", [])
        self._fill(self.projects_table, [self.tr("Project"), self.tr("Organisation"), self.tr("Role"),
                                         self.tr("Status")],
                   [[p["title"], p["organisation"], p["role"], p["status"]] for p in projects])
        self.tabs.setTabText(0, self.tr("Sessions (%n)", "", len(sessions)))
        self.tabs.setTabText(1, self.tr("Certificates (%n)", "", len(certificates)))
        self.tabs.setTabText(2, self.tr("Projects (%n)", "", len(projects)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.show_person(self.person_id())  # the statuses in the tabs come translated from the service
        super().changeEvent(event)
