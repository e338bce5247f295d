"""The editor of one organisation: its ИНН checked as it is typed, saved as one unit of work.

A refused save (a duplicate ИНН) keeps the dialog open with everything typed and says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.inn import inn_problem
from factory_desk.domain.labels import ORGANISATION_TYPE
from factory_desk.i18n import error_text, translate
from factory_desk.services.organisations import (
    OrganisationDetails,
    filter_choices,
    get_organisation,
    save_organisation,
)
from factory_desk.ui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from factory_desk.ui.widgets.dialogs import grow_to_fit

if TYPE_CHECKING:
    from factory_desk.store.database import Database

NOT_IN_PROJECT = 1999  # the spin box's lowest value, shown as "not in the project"


class OrganisationDialog(QDialog):
    saved = Signal(int)  # the id of the organisation written

    def __init__(self, db: Database, organisation_id: int | None = None, parent: QWidget | None = None,
                 *, user_name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self._db = db
        self._user_name = user_name
        self._details = OrganisationDetails() if organisation_id is None else get_organisation(db, organisation_id)
        for value, label in ORGANISATION_TYPE.items():
            self.ui.type_combo.addItem(translate("Labels", label), value)
        choices = filter_choices(db)
        self.ui.sector_edit.setCompleter(QCompleter(choices.sectors, self))
        self.ui.region_edit.setCompleter(QCompleter(choices.regions, self))
        self._show(self._details)
        for label in (self.ui.error_label, self.ui.inn_problem_label):
            label.setStyleSheet("color: #b3261e;")  # the sentence that stops a save reads as a warning
        self.ui.error_label.hide()
        self.ui.inn_problem_label.hide()
        self.ui.inn_edit.textChanged.connect(self._check)
        self.ui.full_name_edit.textChanged.connect(self._check)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._retranslate()
        self._check()

    @property
    def save_button(self) -> QWidget:
        button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def _show(self, d: OrganisationDetails) -> None:
        self.ui.full_name_edit.setText(d.full_name)
        self.ui.short_name_edit.setText(d.short_name)
        self.ui.inn_edit.setText(d.inn)
        self.ui.type_combo.setCurrentIndex(max(0, self.ui.type_combo.findData(d.org_type)))
        self.ui.sector_edit.setText(d.sector)
        self.ui.region_edit.setText(d.region)
        self.ui.national_spin.setValue(d.national_project_since or NOT_IN_PROJECT)
        self.ui.email_edit.setText(d.email)
        self.ui.phone_edit.setText(d.phone)
        self.ui.notes_edit.setPlainText(d.notes)

    def details(self) -> OrganisationDetails:
        """What the dialog shows now."""
        year = self.ui.national_spin.value()
        return OrganisationDetails(
            id=self._details.id,
            full_name=self.ui.full_name_edit.text(), short_name=self.ui.short_name_edit.text(),
            inn=self.ui.inn_edit.text(), org_type=self.ui.type_combo.currentData(),
            sector=self.ui.sector_edit.text(), region=self.ui.region_edit.text(),
            national_project_since=None if year == NOT_IN_PROJECT else year,
            email=self.ui.email_edit.text(), phone=self.ui.phone_edit.text(),
            notes=self.ui.notes_edit.toPlainText(),
        )

    def _check(self) -> None:
        inn = "".join(self.ui.inn_edit.text().split())
        problem = inn_problem(inn) if inn else None
        self.ui.inn_problem_label.setText(translate("Errors", problem) if problem else "")
        self.ui.inn_problem_label.setVisible(problem is not None)
        grow_to_fit(self)
        self.save_button.setEnabled(problem is None and bool(self.ui.full_name_edit.text().strip()))
        self.ui.error_label.hide()

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            organisation_id = save_organisation(self._db, self.details(), user_name=self._user_name)
        except FactoryDeskError as exc:
            # Refused: everything typed stays, with the reason beside the field or under the form.
            label = (self.ui.inn_problem_label if isinstance(exc, ValidationError) and exc.field == "inn"
                     else self.ui.error_label)
            label.setText(error_text(exc))
            label.show()
            grow_to_fit(self)
            return
        self.saved.emit(organisation_id)
        super().accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New organisation") if self._details.id is None
                            else self.tr("Organisation: {name}").format(
                                name=self._details.short_name or self._details.full_name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
