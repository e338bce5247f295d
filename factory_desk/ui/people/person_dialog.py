"""The editor of one person. While the name is typed it looks for the same person already in the register
(case, ё/е and spaces ignored): the same name in the same organisation must be confirmed as a different
person before it can be saved; the same name elsewhere is only shown.

A refused save keeps the dialog open with everything typed and says why beside the form.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.labels import CONSENT_FORM, PERSON_CATEGORY
from factory_desk.i18n import error_text, translate
from factory_desk.services.people_import import organisation_choices
from factory_desk.services.person_details import PersonDetails, get_person, save_person
from factory_desk.services.person_records import DuplicateCandidate, find_duplicates
from factory_desk.ui.forms.ui_person_dialog import Ui_PersonDialog
from factory_desk.ui.widgets.dialogs import grow_to_fit
from factory_desk.ui.widgets.organisation_combo import chosen_organisation, fill_organisations, make_searchable

if TYPE_CHECKING:
    from factory_desk.store.database import Database

DUPLICATE_PAUSE_MS = 250
SHOWN_DUPLICATES = 3


class PersonDialog(QDialog):
    saved = Signal(int)  # the id of the person written

    def __init__(self, db: Database, person_id: int | None = None, parent: QWidget | None = None, *,
                 organisation_id: int | None = None, user_name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._db = db
        self._user_name = user_name
        self._details = (PersonDetails(organisation_id=organisation_id) if person_id is None
                         else get_person(db, person_id))
        self._duplicates: list[DuplicateCandidate] = []
        ui = self.ui
        for value, label in PERSON_CATEGORY.items():
            ui.category_combo.addItem(translate("Labels", label), value)
        for value, label in CONSENT_FORM.items():
            ui.consent_form_combo.addItem(translate("Labels", label), value)
        make_searchable(ui.organisation_combo)
        fill_organisations(ui.organisation_combo, organisation_choices(db), none_text=self.tr("(none)"),
                           current=self._details.organisation_id)
        ui.consent_date_edit.setMaximumDate(QDate(clock.today()))
        self._show(self._details)
        for label in (ui.error_label, ui.duplicate_label):
            label.setStyleSheet("color: #b3261e;")  # what stops a save reads as a warning
        # One line per person found, never wrapped: a wrapped label in the form asks for the height of a narrow
        # guess at its width and would stand in empty space. A long name widens the dialog instead.
        ui.duplicate_label.setWordWrap(False)
        ui.error_label.hide()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DUPLICATE_PAUSE_MS)
        self._pause.timeout.connect(self._look_for_duplicates)
        for edit in (ui.surname_edit, ui.first_name_edit, ui.patronymic_edit):
            edit.textChanged.connect(self._pause.start)
            edit.textChanged.connect(self._check)
        ui.organisation_combo.currentTextChanged.connect(self._pause.start)
        ui.organisation_combo.currentTextChanged.connect(self._check)
        ui.different_check.toggled.connect(self._check)
        ui.consent_check.toggled.connect(self._consent_toggled)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._retranslate()
        self._look_for_duplicates()

    @property
    def save_button(self) -> QWidget:
        button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def _show(self, d: PersonDetails) -> None:
        ui = self.ui
        ui.surname_edit.setText(d.surname)
        ui.first_name_edit.setText(d.first_name)
        ui.patronymic_edit.setText(d.patronymic)
        ui.position_edit.setText(d.position)
        ui.department_edit.setText(d.department)
        ui.category_combo.setCurrentIndex(max(0, ui.category_combo.findData(d.category)))
        ui.email_edit.setText(d.email)
        ui.phone_edit.setText(d.phone)
        ui.badge_edit.setText(d.badge_code)
        ui.consent_check.setChecked(d.consent_date is not None)
        ui.consent_date_edit.setDate(QDate(d.consent_date) if d.consent_date else QDate(clock.today()))
        ui.consent_form_combo.setCurrentIndex(max(0, ui.consent_form_combo.findData(d.consent_form)))
        ui.minor_check.setChecked(d.is_minor)
        ui.notes_edit.setPlainText(d.notes)
        self._consent_toggled(d.consent_date is not None)

    def details(self) -> PersonDetails:
        """What the dialog shows now."""
        ui = self.ui
        _known, organisation_id = chosen_organisation(ui.organisation_combo)
        consent = ui.consent_check.isChecked()
        date = ui.consent_date_edit.date()
        return PersonDetails(
            id=self._details.id, surname=ui.surname_edit.text(), first_name=ui.first_name_edit.text(),
            patronymic=ui.patronymic_edit.text(), organisation_id=organisation_id, position=ui.position_edit.text(),
            department=ui.department_edit.text(), category=ui.category_combo.currentData(),
            email=ui.email_edit.text(), phone=ui.phone_edit.text(), badge_code=ui.badge_edit.text(),
            consent_date=dt.date(date.year(), date.month(), date.day()) if consent else None,
            consent_form=ui.consent_form_combo.currentData() if consent else None,
            is_minor=ui.minor_check.isChecked(), notes=ui.notes_edit.toPlainText())

    def _consent_toggled(self, given: bool) -> None:
        self.ui.consent_date_edit.setEnabled(given)
        self.ui.consent_form_combo.setEnabled(given)

    # --- the same person already registered -----------------------------------------------------------
    def _look_for_duplicates(self) -> None:
        self._pause.stop()
        ui = self.ui
        known, organisation_id = chosen_organisation(ui.organisation_combo)
        try:
            self._duplicates = find_duplicates(
                self._db, ui.surname_edit.text(), ui.first_name_edit.text(), ui.patronymic_edit.text(),
                organisation_id if known else None, exclude_id=self._details.id)
        except FactoryDeskError as exc:
            self._duplicates = []
            ui.error_label.setText(error_text(exc))
            ui.error_label.show()
        self._show_duplicates()
        self._check()

    def _same_organisation(self) -> list[DuplicateCandidate]:
        return [d for d in self._duplicates if d.same_organisation]

    def _show_duplicates(self) -> None:
        ui, same = self.ui, self._same_organisation()
        if not self._duplicates:
            ui.duplicate_label.hide()
            ui.different_check.hide()
            ui.different_check.setChecked(False)
            grow_to_fit(self)
            return
        lines = []
        for d in self._duplicates[:SHOWN_DUPLICATES]:
            where = d.organisation or self.tr("no organisation")
            lines.append(self.tr("• {name}, {organisation}, number {id}, sessions: {sessions}").format(
                name=d.full_name, organisation=where, id=d.id, sessions=d.enrolments))
        if len(self._duplicates) > SHOWN_DUPLICATES:
            lines.append(self.tr("…and %n more", "", len(self._duplicates) - SHOWN_DUPLICATES))
        heading = (self.tr("This person seems to be registered already in the same organisation:") if same
                   else self.tr("People with the same name in other organisations:"))
        ui.duplicate_label.setText("\n".join([heading, *lines]))
        ui.duplicate_label.setStyleSheet("color: #b3261e;" if same else "")
        ui.duplicate_label.show()
        ui.different_check.setVisible(bool(same))
        if not same:
            ui.different_check.setChecked(False)
        grow_to_fit(self)

    # --- saving ---------------------------------------------------------------------------------------
    def _check(self) -> None:
        ui = self.ui
        known, _organisation = chosen_organisation(ui.organisation_combo)
        duplicate_unconfirmed = bool(self._same_organisation()) and not ui.different_check.isChecked()
        self.save_button.setEnabled(bool(ui.surname_edit.text().strip()) and known and not duplicate_unconfirmed
                                    and not self._details.anonymised)
        if not known:
            ui.error_label.setText(self.tr("Choose an organisation from the list, or “(none)”."))
            ui.error_label.show()
        elif ui.error_label.isVisible():
            ui.error_label.hide()
        grow_to_fit(self)

    def accept(self) -> None:
        if self._pause.isActive():
            self._look_for_duplicates()  # Enter typed faster than the pause: check before saving
        if not self.save_button.isEnabled():
            return
        try:
            person_id = save_person(self._db, self.details(), user_name=self._user_name)
        except FactoryDeskError as exc:
            self.ui.error_label.setText(error_text(exc))
            self.ui.error_label.show()
            grow_to_fit(self)
            return
        self.saved.emit(person_id)
        super().accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New person") if self._details.id is None
                            else self.tr("Person: {name}").format(name=self._details.full_name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self._show_duplicates()
        super().changeEvent(event)
