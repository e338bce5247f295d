"""Someone in the room who is not on the list: a walk-in, or a colleague who came instead of an absentee.

A few details are enough (surname, first name, patronymic, organisation, position); the rest is completed
later in the People register. A name already registered in the same organisation is offered instead of a
second record: use that person, or add a new one when it is somebody else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_walk_in_dialog import Ui_WalkInDialog
from factory_desk.ui.sessions.conflicts import with_override
from factory_desk.ui.widgets.dialogs import grow_to_fit
from factory_desk.ui.widgets.organisation_combo import chosen_organisation, fill_organisations, make_searchable

if TYPE_CHECKING:
    from factory_desk.services.attendance import Candidate, SheetRow
    from factory_desk.store.database import Database


class WalkInDialog(QDialog):
    added = Signal(str)  # the person was added (and marked present): a sentence saying so

    def __init__(self, db: Database, session_id: int, day_no: int, parent: QWidget | None = None, *,
                 user_name: str = "", replacing: SheetRow | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WalkInDialog()
        self.ui.setupUi(self)
        self._db = db
        self._session_id = session_id
        self._day_no = day_no
        self._user_name = user_name
        self._replacing = replacing
        self._candidates: tuple[Candidate, ...] = ()
        self.person_id: int | None = None  # who was added or used, once done
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.accepted.connect(self.add)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.use_existing_button.clicked.connect(self.use_existing)
        self.ui.add_anyway_button.clicked.connect(lambda: self.add(same_name_ok=True))
        self.ui.surname_edit.textChanged.connect(self._changed)
        for edit in (self.ui.first_name_edit, self.ui.patronymic_edit, self.ui.position_edit):
            edit.textChanged.connect(self._changed)
        make_searchable(self.ui.organisation_combo)
        self.ui.organisation_combo.currentIndexChanged.connect(self._changed)
        self._load_organisations()
        self._show_duplicates(())
        self._retranslate()
        self._say("")
        self.resize(600, self.sizeHint().height())
        self.ui.surname_edit.setFocus()

    def _load_organisations(self) -> None:
        from factory_desk.services.people_import import organisation_choices

        try:
            choices = organisation_choices(self._db)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            choices = []
        current = None
        if self._replacing is not None and self._replacing.organisation:  # a colleague: the same organisation
            current = next((c.id for c in choices if c.name == self._replacing.organisation), None)
        fill_organisations(self.ui.organisation_combo, choices, none_text=self.tr("(no organisation)"),
                           current=current)

    def _changed(self) -> None:
        self._ok.setEnabled(bool(self.ui.surname_edit.text().strip()))
        if self._candidates:
            self._show_duplicates(())
            self._say("")

    def _show_duplicates(self, candidates: tuple[Candidate, ...]) -> None:
        self._candidates = candidates
        self.ui.use_existing_button.setVisible(bool(candidates))
        self.ui.add_anyway_button.setVisible(bool(candidates))
        if candidates:
            self.ui.use_existing_button.setDefault(True)
            self.ui.use_existing_button.setFocus()

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))
        grow_to_fit(self)

    # Adding
    def add(self, same_name_ok: bool = False) -> None:
        from factory_desk.services.attendance import DuplicatePerson, walk_in

        if not self._ok.isEnabled():
            return
        known, organisation_id = chosen_organisation(self.ui.organisation_combo)
        if not known:
            self._say(self.tr("Choose the organisation from the list, or leave it empty."))
            self.ui.organisation_combo.setFocus()
            return
        ui = self.ui
        try:
            if self._replacing is None:
                result = walk_in(self._db, self._session_id, ui.surname_edit.text(), ui.first_name_edit.text(),
                                 ui.patronymic_edit.text(), organisation_id, ui.position_edit.text(),
                                 day_no=self._day_no, user_name=self._user_name, same_name_ok=same_name_ok)
                self._finish(result.person_id, self._walk_in_sentence(result.full_name, result.over_maximum))
                return
            person_id = self._register(organisation_id, same_name_ok)
        except DuplicatePerson as duplicate:
            self._say(error_text(duplicate))
            self._show_duplicates(duplicate.candidates)
            return
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            if isinstance(exc, ValidationError) and exc.field == "surname":
                ui.surname_edit.setFocus()
            return
        if person_id is not None:
            self._replace_by(person_id)

    def _register(self, organisation_id: int | None, same_name_ok: bool) -> int | None:
        """A colleague who replaces someone: registered first (the same check for a name already there)."""
        from factory_desk.services.attendance import Candidate, DuplicatePerson
        from factory_desk.services.person_details import PersonDetails, save_person
        from factory_desk.services.person_records import find_duplicates

        ui = self.ui
        if not same_name_ok:
            same = [c for c in find_duplicates(self._db, ui.surname_edit.text(), ui.first_name_edit.text(),
                                               ui.patronymic_edit.text(), organisation_id) if c.same_organisation]
            if same:
                raise DuplicatePerson(self.tr("{person} is already in the register. Choose the registered person, "
                                              "or add a new one if this is somebody else.").format(
                    person=same[0].full_name), [Candidate(c.id, c.full_name, c.organisation, c.position)
                                                for c in same])
        return save_person(self._db, PersonDetails(
            surname=ui.surname_edit.text(), first_name=ui.first_name_edit.text(),
            patronymic=ui.patronymic_edit.text(), organisation_id=organisation_id, position=ui.position_edit.text()),
            user_name=self._user_name)

    def use_existing(self) -> None:
        from factory_desk.services.attendance import walk_in_existing

        if not self._candidates:
            return
        chosen = self._candidates[0]
        if self._replacing is not None:
            self._replace_by(chosen.id)
            return
        try:
            result = walk_in_existing(self._db, self._session_id, chosen.id, day_no=self._day_no,
                                      user_name=self._user_name)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._finish(result.person_id, self._walk_in_sentence(result.full_name, result.over_maximum))

    def _replace_by(self, person_id: int) -> None:
        from factory_desk.services.attendance import replace_on_the_day

        replacing = self._replacing
        assert replacing is not None
        reason = self.tr("Replaced {name} on the day of the training").format(name=replacing.full_name)
        try:
            done, result = with_override(self, lambda override: replace_on_the_day(
                self._db, self._session_id, replacing.person_id, person_id, day_no=self._day_no, reason=reason,
                override_reason=override, user_name=self._user_name))
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        if done and result is not None:
            self._finish(result.person_id, self.tr("{new} takes the place of {old} and is marked present.").format(
                new=result.full_name, old=replacing.full_name))

    def _walk_in_sentence(self, name: str, over_maximum: bool) -> str:
        if over_maximum:
            return self.tr("{name} was added and marked present (the group is now over its maximum).").format(
                name=name)
        return self.tr("{name} was added and marked present.").format(name=name)

    def _finish(self, person_id: int, sentence: str) -> None:
        self.person_id = person_id
        self.added.emit(sentence)
        self.accept()

    def _retranslate(self) -> None:
        if self._replacing is None:
            self.setWindowTitle(self.tr("Walk-in"))
            self.ui.intro_label.setText(self.tr("Someone came who is not on the list: they get a place, even over "
                                                "the group's maximum, and are marked present."))
            self._ok.setText(self.tr("&Add and mark present"))
        else:
            self.setWindowTitle(self.tr("Replace by a new person"))
            self.ui.intro_label.setText(self.tr("Who came instead of {name}? They take the place and are marked "
                                                "present.").format(name=self._replacing.full_name))
            self._ok.setText(self.tr("&Replace and mark present"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
