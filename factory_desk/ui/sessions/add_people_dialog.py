"""Adding people to a session: found by name, an organisation's people, or the waiting pool; ticked people
are enrolled together, places first and then the waiting list. The same dialog, in its single mode, picks
the colleague who replaces someone."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QMessageBox, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.domain.text import day_text
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_add_people_dialog import Ui_AddPeopleDialog
from factory_desk.ui.sessions.conflicts import ask_override, conflict_sentences
from factory_desk.ui.widgets.organisation_combo import chosen_organisation, fill_organisations, make_searchable
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from factory_desk.services.conflicts import ConflictsFound
    from factory_desk.services.enrolment import EnrolResult
    from factory_desk.store.database import Database

SEARCH_LIMIT = 100
ORGANISATION_LIMIT = 1000


class AddPeopleDialog(QDialog):
    def __init__(self, db: Database, session_id: int | None, parent: QWidget | None = None, *,
                 user_name: str = "", single: bool = False, prompt: str = "", organisation: str = "",
                 taken: Collection[int] = ()) -> None:
        super().__init__(parent)
        self.ui = Ui_AddPeopleDialog()
        self.ui.setupUi(self)
        self._db = db
        self._session_id = session_id
        self._user_name = user_name
        self._single = single
        self._free = 0
        self._programme_id: int | None = None
        self.chosen: dict[int, str] = {}  # person id → name, ticked on any tab
        # People already in the session (enrolled or waiting): listed, but not to be chosen again.
        self._taken: set[int] = set(taken)
        self.summary = ""
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.accepted.connect(self.accept_choice)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.message_label.hide()
        lists = (self.ui.search_list, self.ui.organisation_list, self.ui.pool_list)
        for people in lists:
            people.itemChanged.connect(self._ticked)
            if single:
                people.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
                people.currentItemChanged.connect(self._current_changed)
                people.itemActivated.connect(lambda _item: self.accept_choice())
        self._search_pause = search_as_you_type(self, self.ui.search_edit, self.search)
        make_searchable(self.ui.organisation_combo)
        self.ui.organisation_combo.activated.connect(self.show_organisation)
        self.ui.organisation_combo.lineEdit().returnPressed.connect(self.show_organisation)
        self.ui.tick_all_button.clicked.connect(self.tick_all)
        self.ui.new_person_button.clicked.connect(self.new_person)
        self.person_editor: QDialog | None = None  # "New person…", while it is open
        self.ui.tick_all_button.setVisible(not single)
        if single:
            self.ui.source_tabs.removeTab(self.ui.source_tabs.indexOf(self.ui.pool_tab))
            self.ui.session_label.setText(prompt)
        self._load(organisation)
        self._retranslate()
        self.resize(720, 560)
        self.ui.search_edit.setFocus()

    def _load(self, organisation: str) -> None:
        from factory_desk.services.people_import import organisation_choices

        try:
            choices = organisation_choices(self._db)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            choices = []
        current = next((c.id for c in choices if c.name == organisation), None) if organisation else None
        fill_organisations(self.ui.organisation_combo, choices, none_text=None, current=current)
        if current is not None:
            self.show_organisation()
        if self._session_id is None or self._single:
            return
        from factory_desk.services.sessions import get_session

        try:
            details = get_session(self._db, self._session_id)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._programme_id = details.programme_id
        from factory_desk.services.enrolment import session_roster

        self._taken |= {row.person_id for row in session_roster(self._db, self._session_id)}
        self._free = max(0, details.max_group - details.enrolled)
        self.ui.session_label.setText(self.tr(
            "«{programme}», {date}, {factory}: {enrolled} of {max} places taken, {waiting} waiting.").format(
            programme=details.programme, date=day_text(details.days[0][1]), factory=details.factory,
            enrolled=details.enrolled, max=details.max_group, waiting=details.waitlisted))
        self._load_pool()

    def _load_pool(self) -> None:
        from factory_desk.services.enrolment import pool_people

        try:
            rows = pool_people(self._db, programme_id=self._programme_id)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._fill(self.ui.pool_list, [(row.person_id, row.full_name, row.organisation, row.position)
                                       for row in rows])
        if not rows:
            self.ui.pool_hint_label.setText(self.tr("Nobody is waiting in the pool for this programme."))

    # The lists
    def _fill(self, people: QListWidget, rows: list[tuple[int, str, str, str]]) -> None:
        people.blockSignals(True)
        people.clear()
        for person_id, name, organisation, position in rows:
            text = " — ".join(filter(None, (name, ", ".join(filter(None, (organisation, position))))))
            if person_id in self._taken:
                text += " — " + self.tr("already in this session")
            item = QListWidgetItem(text, people)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            if person_id in self._taken:
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
            elif not self._single:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if person_id in self.chosen else Qt.CheckState.Unchecked)
        people.blockSignals(False)

    def search(self) -> None:
        from factory_desk.services.people import search_people

        self._search_pause.stop()
        query = self.ui.search_edit.text().strip()
        if not query:
            self._fill(self.ui.search_list, [])
            return
        try:
            page = search_people(self._db, query, limit=SEARCH_LIMIT)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._fill(self.ui.search_list, [(r.id, r.full_name, r.organisation, r.position) for r in page.rows])

    def show_organisation(self) -> None:
        from factory_desk.services.people import search_people

        known, organisation_id = chosen_organisation(self.ui.organisation_combo)
        if not known or organisation_id is None:
            self._fill(self.ui.organisation_list, [])
            return
        try:
            page = search_people(self._db, "", organisation_id=organisation_id, limit=ORGANISATION_LIMIT)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self._fill(self.ui.organisation_list, [(r.id, r.full_name, r.organisation, r.position) for r in page.rows])

    def new_person(self) -> None:
        """Someone not yet in the register (a colleague sent instead, a late addition): add them here, with the
        name typed in the search box and the organisation in view, and they come back chosen."""
        from factory_desk.domain.names import split_full_name
        from factory_desk.ui.people.person_dialog import PersonDialog

        known, organisation_id = chosen_organisation(self.ui.organisation_combo)
        dialog = PersonDialog(self._db, None, self, organisation_id=organisation_id if known else None,
                              user_name=self._user_name)
        surname, first_name, patronymic = split_full_name(self.ui.search_edit.text())
        dialog.ui.surname_edit.setText(surname)
        dialog.ui.first_name_edit.setText(first_name)
        dialog.ui.patronymic_edit.setText(patronymic)
        dialog.saved.connect(self._person_added)
        dialog.finished.connect(lambda _result: setattr(self, "person_editor", None))
        self.person_editor = dialog
        dialog.open()

    def _person_added(self, person_id: int) -> None:
        from factory_desk.services.person_details import get_person

        details = get_person(self._db, person_id)
        self.ui.source_tabs.setCurrentWidget(self.ui.search_tab)
        self.ui.search_edit.setText(details.surname + " " + details.first_name)
        self.search()
        people = self.ui.search_list
        for row in range(people.count()):
            item = people.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                people.setCurrentItem(item)
                if not self._single:
                    item.setCheckState(Qt.CheckState.Checked)
        people.setFocus()

    def tick_all(self) -> None:
        people = self.ui.organisation_list
        for row in range(people.count()):
            people.item(row).setCheckState(Qt.CheckState.Checked)

    def _ticked(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[person_id] = item.data(Qt.ItemDataRole.UserRole + 1)
        else:
            self.chosen.pop(person_id, None)
        self._show_chosen()

    def _current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        role = Qt.ItemDataRole.UserRole
        self.chosen = {} if item is None else {item.data(role): item.data(role + 1)}
        self._show_chosen()

    def _show_chosen(self) -> None:
        count = len(self.chosen)
        self._ok.setEnabled(count > 0)
        if self._single:
            self.ui.chosen_label.setText(next(iter(self.chosen.values()), ""))
            return
        if not count:
            self.ui.chosen_label.setText(self.tr("Tick the people to enrol."))
            return
        places = min(count, self._free)
        text = self.tr("Ticked: {n}").format(n=count) + " — " + ", ".join(list(self.chosen.values())[:8])
        if count > 8:
            text += " …"
        text += "\n" + self.tr("Places: {places}; on the waiting list: {waiting}.").format(
            places=places, waiting=count - places)
        self.ui.chosen_label.setText(text)
        self._ok.setText(self.tr("&Enrol ({n})").format(n=count))

    # Enrolling
    def accept_choice(self) -> None:
        session_id = self._session_id
        if not self.chosen:
            return
        if self._single or session_id is None:  # only choosing: the caller reads `chosen`
            self.accept()
            return
        from factory_desk.services.conflicts import ConflictsFound
        from factory_desk.services.enrolment import enrol

        people = list(self.chosen)
        result: EnrolResult | None
        try:
            result = enrol(self._db, session_id, people, user_name=self._user_name)
        except ConflictsFound as found:
            result = self._resolve(session_id, found, people)
            if result is None:
                return
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        self.summary = self._summary(result)
        self.accept()

    def _resolve(self, session_id: int, found: ConflictsFound, people: list[int]) -> EnrolResult | None:
        """Conflicts: leave those people out, enrol everyone anyway with a reason, or go back."""
        from factory_desk.services.enrolment import enrol

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Conflicts"),
                          self.tr("Some of these people cannot simply be enrolled:"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText("\n".join("• " + s for s in conflict_sentences(found.conflicts)))
        leave_out = box.addButton(self.tr("Enrol the others only"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("Enrol everyone anyway…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave_out)
        box.exec()
        try:
            if box.clickedButton() is leave_out:
                return enrol(self._db, session_id, people, user_name=self._user_name, on_conflict="refuse")
            if box.clickedButton() is anyway:
                reason = ask_override(self, found.conflicts)
                if reason is None:
                    return None
                return enrol(self._db, session_id, people, user_name=self._user_name, override_reason=reason)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
        return None

    def _summary(self, result: EnrolResult) -> str:
        parts = [self.tr("Enrolled: {n}").format(n=len(result.enrolled))]
        if result.waitlisted:
            parts.append(self.tr("on the waiting list: {n}").format(n=len(result.waitlisted)))
        if result.already:
            parts.append(self.tr("already there: {n}").format(n=len(result.already)))
        if result.refused:
            parts.append(self.tr("not enrolled: {n}").format(n=len(result.refused)))
        sentence = "; ".join(parts) + "."
        for refusal in result.refused:
            sentence += "\n• " + error_text(refusal.error)
        return sentence

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def _retranslate(self) -> None:
        if self._single:
            self.setWindowTitle(self.tr("Choose a person"))
            self._ok.setText(self.tr("&Choose"))
        self._show_chosen()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


def choose_person(db: Database, parent: QWidget, prompt: str, *, organisation: str = "",
                  taken: Collection[int] = ()) -> tuple[int, str] | None:
    """One person picked by name or from an organisation (the colleague's organisation first): (id, name).
    The people in `taken` (already in the session) are listed but cannot be picked."""
    dialog = AddPeopleDialog(db, None, parent, single=True, prompt=prompt, organisation=organisation, taken=taken)
    if organisation:
        dialog.ui.source_tabs.setCurrentWidget(dialog.ui.organisation_tab)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen:
        return None
    return next(iter(dialog.chosen.items()))
