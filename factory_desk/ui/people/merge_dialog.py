"""Merging a person entered twice: the list of likely duplicates (same name in the same organisation), or,
opened from a person's card, that person with everyone of the same name and a search for any other record.

The coordinator selects the record to keep; the others are merged into it one by one, each as one unit of
work, keeping every enrolment, attendance mark, certificate and project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.services.person_records import DuplicateCandidate
from factory_desk.ui.tasks import TaskControl, run_task
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from factory_desk.services.person_records import MergeResult
    from factory_desk.store.database import Database

SEARCH_LIMIT = 30


class MergeDialog(QDialog):
    merged = Signal(int)  # the id of the record that stayed

    def __init__(self, db: Database, parent: QWidget | None = None, *, person_id: int | None = None,
                 user_name: str = "") -> None:
        super().__init__(parent)
        self._db = db
        self._user_name = user_name
        self._person_id = person_id  # opened from this person's card; None: the list of all duplicates
        self._groups: list[list[DuplicateCandidate]] = []
        self._members: list[DuplicateCandidate] = []
        self._loading = person_id is None
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.groups_list = QListWidget(splitter)
        self.groups_list.currentRowChanged.connect(self._group_chosen)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.members_label = QLabel(right)
        self.members_label.setWordWrap(True)
        right_layout.addWidget(self.members_label)
        self.members_table = QTableWidget(right)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setTabKeyNavigation(False)
        self.members_table.verticalHeader().setVisible(False)
        self.members_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.members_table.itemSelectionChanged.connect(self._update)
        self.members_label.setBuddy(self.members_table)
        right_layout.addWidget(self.members_table, 2)
        find_row = QHBoxLayout()
        self.find_label = QLabel(right)
        self.find_edit = QLineEdit(right)
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        find_row.addWidget(self.find_label)
        find_row.addWidget(self.find_edit, 1)
        right_layout.addLayout(find_row)
        self.found_list = QListWidget(right)
        self.found_list.itemActivated.connect(self._add_found)
        right_layout.addWidget(self.found_list, 1)
        self.add_button = QPushButton(right)
        self.add_button.clicked.connect(lambda: self._add_found(self.found_list.currentItem()))
        right_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        reason_row = QHBoxLayout()
        self.reason_label = QLabel(right)
        self.reason_edit = QLineEdit(right)
        self.reason_label.setBuddy(self.reason_edit)
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason_edit, 1)
        right_layout.addLayout(reason_row)
        self.result_label = QLabel(right)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        right_layout.addWidget(self.result_label)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.merge_button.clicked.connect(self.merge_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._search_pause = search_as_you_type(self, self.find_edit, self._find)
        by_person = person_id is not None
        self.groups_list.setVisible(not by_person)
        for widget in (self.find_label, self.find_edit, self.found_list, self.add_button):
            widget.setVisible(by_person)
        self._retranslate()
        if by_person:
            self._load_person()
        else:
            self._load_groups()

    # --- loading --------------------------------------------------------------------------------------
    def _load_groups(self) -> None:
        db = self._db

        def work(_control: TaskControl) -> list[list[DuplicateCandidate]]:
            from factory_desk.services.person_records import duplicate_groups

            return duplicate_groups(db)

        self._loading = True
        self.task = run_task(self, work, self._show_groups, label=self.tr("Looking for people entered twice…"),
                             on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        if not isinstance(exc, FactoryDeskError):
            raise exc
        self.result_label.setText(error_text(exc))
        self._retranslate()

    def _show_groups(self, groups: list[list[DuplicateCandidate]]) -> None:
        self._loading = False
        self._groups = groups
        self.groups_list.clear()
        for group in groups:
            first = group[0]
            text = self.tr("{name} — {organisation} ({count})").format(
                name=first.full_name, organisation=first.organisation or self.tr("no organisation"), count=len(group))
            self.groups_list.addItem(QListWidgetItem(text))
        if groups:
            self.groups_list.setCurrentRow(0)
        else:
            self._set_members([])
        self._retranslate()

    def _load_person(self) -> None:
        from factory_desk.services.person_details import get_person
        from factory_desk.services.person_records import describe_people, find_duplicates

        assert self._person_id is not None
        try:
            person = get_person(self._db, self._person_id)
            members = describe_people(self._db, [self._person_id]) + find_duplicates(
                self._db, person.surname, person.first_name, person.patronymic, person.organisation_id,
                exclude_id=self._person_id)
        except FactoryDeskError as exc:
            self.result_label.setText(error_text(exc))
            return
        self._set_members(members, select=self._person_id)
        self.find_edit.setText(person.surname)

    def _group_chosen(self, row: int) -> None:
        self._set_members(self._groups[row] if 0 <= row < len(self._groups) else [])

    def _set_members(self, members: list[DuplicateCandidate], *, select: int | None = None) -> None:
        self._members = members
        table = self.members_table
        table.clearContents()
        table.setColumnCount(5)
        table.setRowCount(len(members))
        for r, m in enumerate(members):
            for c, value in enumerate((m.full_name, m.organisation, m.position, str(m.enrolments), str(m.id))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        if members:
            # The record with more history is the natural one to keep.
            keep = next((r for r, m in enumerate(members) if m.id == select), None)
            if keep is None:
                keep = max(range(len(members)), key=lambda r: (members[r].enrolments, -members[r].id))
            table.selectRow(keep)
        self._retranslate()

    # --- finding another record (opened from a card) ------------------------------------------------------
    def _find(self) -> None:
        self._search_pause.stop()
        self.found_list.clear()
        query = self.find_edit.text().strip()
        if not query:
            return
        from factory_desk.services.people import search_people

        try:
            page = search_people(self._db, query, limit=SEARCH_LIMIT)
        except FactoryDeskError as exc:
            self.result_label.setText(error_text(exc))
            return
        listed = {m.id for m in self._members}
        for row in page.rows:
            if row.id in listed:
                continue
            item = QListWidgetItem(self.tr("{name} — {organisation} (number {id})").format(
                name=row.full_name, organisation=row.organisation or self.tr("no organisation"), id=row.id))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.found_list.addItem(item)
        if self.found_list.count():
            self.found_list.setCurrentRow(0)
        self._retranslate()

    def _add_found(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        from factory_desk.services.person_records import describe_people

        try:
            found = describe_people(self._db, [int(item.data(Qt.ItemDataRole.UserRole))])
        except FactoryDeskError as exc:
            self.result_label.setText(error_text(exc))
            return
        self._set_members(self._members + found, select=self.kept_id())
        self._find()

    # --- merging --------------------------------------------------------------------------------------
    def kept_id(self) -> int | None:
        rows = self.members_table.selectionModel().selectedRows()
        return self._members[rows[0].row()].id if rows and rows[0].row() < len(self._members) else None

    def merge_selected(self) -> None:
        keep = self.kept_id()
        others = [m for m in self._members if m.id != keep]
        if keep is None or not others:
            return
        kept = next(m for m in self._members if m.id == keep)
        answer = QMessageBox.question(
            self, self.tr("Merge records"),
            self.tr("Merge %n record(s) into «{name}» (number {id})? Their sessions, attendance, certificates and "
                    "projects move to this record, and the merged records are removed. This cannot be undone.",
                    "", len(others)).format(name=kept.full_name, id=kept.id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from factory_desk.services.person_records import merge_people

        done: list[MergeResult] = []
        for other in others:
            try:
                done.append(merge_people(self._db, keep, other.id, user_name=self._user_name,
                                         reason=self.reason_edit.text().strip()))
            except FactoryDeskError as exc:
                self.result_label.setText(self.tr("{name} (number {id}) was not merged: {reason}").format(
                    name=other.full_name, id=other.id, reason=error_text(exc)))
                break
        else:
            self.result_label.setText(self._summary(kept, done))
        merged_ids = {r.merged_id for r in done}
        if done:
            self.merged.emit(keep)
        self._set_members([m for m in self._members if m.id not in merged_ids], select=keep)
        row = self.groups_list.currentRow()
        if self._person_id is None and 0 <= row < len(self._groups) and len(self._members) < 2:
            del self._groups[row]
            self.groups_list.takeItem(row)
            self._group_chosen(self.groups_list.currentRow())

    def _summary(self, kept: DuplicateCandidate, results: list[MergeResult]) -> str:
        def total(*kinds: str) -> int:
            return sum(result.moved.get(kind, 0) for result in results for kind in kinds)

        sessions, marks, certificates = total("enrolments"), total("attendance_marks"), total("certificates")
        projects = total("project_memberships", "projects_led", "projects_sponsored")
        moved = [text for count, text in ((sessions, self.tr("sessions: %n", "", sessions)),
                                          (marks, self.tr("attendance marks: %n", "", marks)),
                                          (certificates, self.tr("certificates: %n", "", certificates)),
                                          (projects, self.tr("projects: %n", "", projects))) if count]
        text = self.tr("Merged %n record(s) into «{name}».", "", len(results)).format(name=kept.full_name)
        if moved:
            text += " " + self.tr("Moved over: {what}.").format(what=", ".join(moved))
        return text

    # --- language and state ---------------------------------------------------------------------------
    def _update(self) -> None:
        keep = self.kept_id()
        self.merge_button.setEnabled(keep is not None and len(self._members) > 1)

    def _retranslate(self) -> None:
        by_person = self._person_id is not None
        self.setWindowTitle(self.tr("Merge records of one person") if by_person
                            else self.tr("People entered twice"))
        if by_person:
            intro = self.tr("Records that may be the same person. Select the record to keep; the others are merged "
                            "into it. Another record can be added from the search below.")
        elif self._loading:
            intro = self.tr("Looking for people entered twice…")
        elif not self._groups:
            intro = self.tr("No two people share a name in the same organisation.")
        else:
            intro = self.tr("%n name(s) appear more than once in the same organisation (case, ё and spaces "
                            "ignored). Choose one on the left, select the record to keep, then merge.", "",
                            len(self._groups))
        self.intro_label.setText(intro)
        self.members_label.setText(self.tr("&Records (select the one to keep):"))
        self.members_table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Organisation"),
                                                      self.tr("Position"), self.tr("Sessions"), self.tr("Number")])
        self.find_label.setText(self.tr("&Find another record:"))
        self.add_button.setText(self.tr("&Add to the records"))
        self.reason_label.setText(self.tr("R&eason (for the log):"))
        self.merge_button.setText(self.tr("&Merge into the selected record"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)



