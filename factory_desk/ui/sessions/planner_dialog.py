"""The group planner: propose how to split a set of people (or all of an organisation's people still to train)
into groups over the sessions with room and the factory's free days, let the coordinator move people between
the groups (drag and drop, or select and Move), and accept: the sessions are created and everyone is enrolled
in one unit of work. Proposing and accepting run in the background, so the window never stops responding.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_planner_dialog import Ui_PlannerDialog
from factory_desk.ui.tasks import BackgroundTask, TaskControl, run_task
from factory_desk.ui.widgets.dates import to_date, to_qdate
from factory_desk.ui.widgets.organisation_combo import chosen_organisation, fill_organisations, make_searchable

if TYPE_CHECKING:
    from factory_desk.services.planner import AcceptResult, GroupPlan, PlannedGroup
    from factory_desk.store.database import Database

T = TypeVar("T")

# Every row and every combo item carries a number, so what is read back is always a number.
GROUP_ROLE = Qt.ItemDataRole.UserRole  # a group's number in the plan, NOT_PLACED, or NO_GROUP on a person's row
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # a person's id; NO_PERSON on a group's row
NOT_PLACED = -1
NO_GROUP = -2
NO_PERSON = 0
ANY_FACTORY = 0
PROBLEM_COLOUR = QColor("#b3261e")
NOTE_COLOUR = QColor("#7a4f00")
HEADING_BACKGROUND = QColor("#e6edf5")


def _planner() -> ModuleType:
    """The planner service, imported when it is first needed (the window paints before the data layer loads)."""
    from factory_desk.services import planner

    return planner


def _chosen(combo: QComboBox) -> int | None:
    """The number behind the combo's current item; None when nothing is chosen."""
    return int(combo.currentData()) if combo.currentIndex() >= 0 else None


def weekday_day_text(value: dt.date) -> str:
    """«Вт 12.01.2027»: the weekday in the interface language, then the date."""
    text = QLocale().toString(to_qdate(value), "ddd dd.MM.yyyy")
    return text[:1].upper() + text[1:]


class PlannerDialog(QDialog):
    """Plan groups for `person_ids`, or (None) for the people of an organisation chosen in the dialog."""

    planned = Signal(object)  # the AcceptResult, once the plan is accepted

    def __init__(self, db: Database, person_ids: Sequence[int] | None, parent: QWidget | None = None, *,
                 organisation_id: int | None = None, programme_id: int | None = None,
                 factory_id: int | None = None, user_name: str = "", today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlannerDialog()
        self.ui.setupUi(self)
        self._db = db
        self._user_name = user_name
        self._today = today or clock.today()
        self._by_organisation = person_ids is None
        self._people: list[int] = list(dict.fromkeys(person_ids or []))
        self._plan: GroupPlan | None = None
        self._stale = False  # the options changed since the plan was proposed
        self._busy = False
        self.outcome: AcceptResult | None = None  # what accepting the plan did
        self.summary = ""
        self.task: BackgroundTask[Any] | None = None  # the proposal or acceptance running
        self._accept_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._accept_button.setAutoDefault(False)
        self.ui.button_box.accepted.connect(self.accept_plan)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.propose_button.setDefault(True)
        self.ui.propose_button.clicked.connect(self.propose)
        self.ui.move_button.clicked.connect(self.move_selected)
        self.ui.message_label.setStyleSheet("color: #b3261e;")  # a sentence that stops the plan reads as a warning
        self.ui.message_label.hide()
        self._weekday_checks = [getattr(self.ui, f"weekday_{number}_check") for number in range(7)]
        tree = self.ui.plan_tree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tree.viewport().installEventFilter(self)
        tree.itemSelectionChanged.connect(self._show_state)
        self._load(organisation_id, programme_id, factory_id)
        self.ui.programme_combo.currentIndexChanged.connect(self._programme_changed)
        for signal in (self.ui.factory_combo.currentIndexChanged, self.ui.first_date_edit.dateChanged,
                       self.ui.last_date_edit.dateChanged, self.ui.keep_departments_check.toggled,
                       self.ui.free_days_check.toggled):
            signal.connect(self._options_changed)
        for check in self._weekday_checks:
            check.toggled.connect(self._options_changed)
        self._retranslate()
        self.resize(920, 720)

    # --- loading --------------------------------------------------------------------------------------------
    def _load(self, organisation_id: int | None, programme_id: int | None, factory_id: int | None) -> None:
        from factory_desk.services.reference import choices

        try:
            found = choices(self._db)
        except FactoryDeskError as exc:
            self._say(error_text(exc))
            return
        for programme in found.programmes:
            self.ui.programme_combo.addItem(programme.name, programme.id)
        for factory in found.factories:
            self.ui.factory_combo.addItem(factory.name, factory.id)
        self.ui.factory_combo.addItem("", ANY_FACTORY)  # its text is set in _retranslate
        for combo, value in ((self.ui.programme_combo, programme_id), (self.ui.factory_combo, factory_id)):
            if value is not None and (index := combo.findData(value)) >= 0:
                combo.setCurrentIndex(index)
        first = self._today + dt.timedelta(days=1)
        self.ui.first_date_edit.setDate(to_qdate(first))
        self.ui.last_date_edit.setDate(to_qdate(first).addMonths(1))
        for edit in (self.ui.first_date_edit, self.ui.last_date_edit):
            edit.setMinimumDate(to_qdate(self._today))
        for widget in (self.ui.organisation_label, self.ui.organisation_combo):
            widget.setVisible(self._by_organisation)
        if self._by_organisation:
            from factory_desk.services.people_import import organisation_choices

            make_searchable(self.ui.organisation_combo)
            fill_organisations(self.ui.organisation_combo, organisation_choices(self._db), none_text=None,
                               current=organisation_id)
            self.ui.organisation_combo.activated.connect(self.load_organisation)
            self.ui.organisation_combo.lineEdit().returnPressed.connect(self.load_organisation)
            if organisation_id is not None:
                self.load_organisation()
            else:
                self.ui.organisation_combo.setCurrentIndex(-1)

    def load_organisation(self) -> None:
        """Everyone of the chosen organisation who has not completed the chosen programme."""
        known, organisation_id = chosen_organisation(self.ui.organisation_combo)
        programme_id = _chosen(self.ui.programme_combo)
        if not known or organisation_id is None or programme_id is None:
            self._people = []
            self._show_state()
            return
        db = self._db
        people_to_plan = _planner().people_to_plan

        def work(_control: TaskControl) -> list[int]:
            return people_to_plan(db, organisation_id, programme_id)

        self._start(work, self._organisation_loaded, self.tr("Reading the organisation's people…"))

    def _organisation_loaded(self, people: list[int]) -> None:
        self._done()
        self._people = people
        self._show_state()

    # --- proposing ------------------------------------------------------------------------------------------
    def options(self) -> dict[str, object]:
        """The options of the proposal as `propose_groups` takes them."""
        return {
            "programme_id": _chosen(self.ui.programme_combo),
            "factory_id": _chosen(self.ui.factory_combo) or None,
            "first": to_date(self.ui.first_date_edit.date()),
            "last": to_date(self.ui.last_date_edit.date()),
            "keep_departments": self.ui.keep_departments_check.isChecked(),
            "use_free_days": self.ui.free_days_check.isChecked(),
            "weekdays": {number for number, check in enumerate(self._weekday_checks) if check.isChecked()},
            "today": self._today,
        }

    def propose(self) -> None:
        if not self._people or _chosen(self.ui.programme_combo) is None or self._busy:
            return
        db, people, options = self._db, list(self._people), self.options()
        propose_groups = _planner().propose_groups

        def work(_control: TaskControl) -> GroupPlan:
            return propose_groups(db, people, **options)  # type: ignore[arg-type]

        self._start(work, self._proposed, self.tr("Proposing groups…"))

    def _proposed(self, plan: GroupPlan) -> None:
        self._done()
        self._plan = plan
        self._stale = False
        self._say("")
        self._rebuild()
        self.ui.plan_tree.setFocus()

    def _programme_changed(self) -> None:
        if self._by_organisation:
            self.load_organisation()
        self._options_changed()

    def _options_changed(self) -> None:
        self._stale = self._plan is not None
        self._show_state()

    # --- the proposal ---------------------------------------------------------------------------------------
    def _group_text(self, group: PlannedGroup) -> str:
        """«Вт 12.01.2027 · 15 people (new session) · Фабрика …»: the factory last, as its name can be long."""
        days = weekday_day_text(group.date)
        if len(group.dates) > 1:
            days += " – " + weekday_day_text(group.dates[-1])
        people = self.tr("%n person(s)", "", len(group.person_ids))
        if group.is_new:
            return self.tr("{days} · {people} (new session) · {factory}").format(
                days=days, factory=group.factory, people=people)
        return self.tr("{days} · {people} (existing session, {free} free) · {factory}").format(
            days=days, factory=group.factory, people=people, free=group.places)

    def _short_text(self, group: PlannedGroup) -> str:
        """A group in the Move box: its day and factory."""
        day = weekday_day_text(group.date)
        if group.is_new:
            return self.tr("{day} · {factory} (new session)").format(day=day, factory=group.factory)
        return self.tr("{day} · {factory} (existing session)").format(day=day, factory=group.factory)

    def _rebuild(self, selected: Sequence[int] = ()) -> None:
        """Show the plan: one row per group with its people under it, then the people not placed."""
        plan = self._plan
        tree = self.ui.plan_tree
        tree.clear()
        target = _chosen(self.ui.move_combo)
        self.ui.move_combo.clear()
        if plan is None:
            self._show_state()
            return
        rank = {pid: n for n, pid in enumerate(plan.people)}
        chosen = set(selected)
        found: list[QTreeWidgetItem] = []
        for number, group in enumerate(plan.groups):
            row = QTreeWidgetItem(tree)
            row.setData(0, GROUP_ROLE, number)
            row.setData(0, PERSON_ROLE, NO_PERSON)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            row.setText(0, self._group_text(group))
            row.setToolTip(0, row.text(0))
            self._heading(row)
            # What is wrong with the group (red: it cannot be accepted so) on a line of its own under the heading.
            problem, note = group.problem(), group.note()
            if problem is not None or note is not None:
                line = QTreeWidgetItem(row, [error_text(problem or note)])  # type: ignore[arg-type]
                line.setData(0, GROUP_ROLE, NO_GROUP)
                line.setData(0, PERSON_ROLE, NO_PERSON)
                line.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                line.setFirstColumnSpanned(True)
                colour = QBrush(PROBLEM_COLOUR if problem is not None else NOTE_COLOUR)
                for item in (row, line):
                    item.setForeground(0, colour)
            for pid in sorted(group.person_ids, key=lambda p: rank.get(p, len(rank))):
                person = plan.people.get(pid)
                item = QTreeWidgetItem(row, [person.full_name, person.department, person.organisation] if person
                                       else [str(pid), "", ""])
                item.setData(0, GROUP_ROLE, NO_GROUP)
                item.setData(0, PERSON_ROLE, pid)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                if pid in chosen:
                    found.append(item)
            row.setFirstColumnSpanned(True)
            self.ui.move_combo.addItem(self._short_text(group), number)
        if plan.unplaced:
            row = QTreeWidgetItem(tree)
            row.setData(0, GROUP_ROLE, NOT_PLACED)
            row.setData(0, PERSON_ROLE, NO_PERSON)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            row.setText(0, self.tr("Not placed: %n", "", len(plan.unplaced)))
            self._heading(row)
            row.setFirstColumnSpanned(True)
            for pid, reason in plan.unplaced:
                item = QTreeWidgetItem(row, [error_text(reason)])
                item.setToolTip(0, error_text(reason))
                item.setData(0, GROUP_ROLE, NO_GROUP)
                item.setData(0, PERSON_ROLE, pid)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDragEnabled)
                item.setFirstColumnSpanned(True)
                if pid in chosen:
                    found.append(item)
        self.ui.move_combo.addItem(self.tr("Not placed (take out of the groups)"), NOT_PLACED)
        self.ui.move_combo.setCurrentIndex(max(0, self.ui.move_combo.findData(target)) if target is not None else 0)
        tree.expandAll()
        for item in found:
            item.setSelected(True)
        if found:
            tree.setCurrentItem(found[0], 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            tree.scrollToItem(found[0])
        self._show_state()

    @staticmethod
    def _heading(row: QTreeWidgetItem) -> None:
        """A group's row: bold, on a tinted band that sets the groups apart."""
        font = row.font(0)
        font.setBold(True)
        row.setFont(0, font)
        row.setBackground(0, QBrush(HEADING_BACKGROUND))

    def selected_people(self) -> list[int]:
        return [pid for item in self.ui.plan_tree.selectedItems()
                if (pid := item.data(0, PERSON_ROLE)) != NO_PERSON]

    def move_selected(self) -> None:
        """Move the selected people to the group chosen in the Move box."""
        target = _chosen(self.ui.move_combo)
        if target is not None:
            self.move_people(self.selected_people(), target)

    def move_people(self, person_ids: Sequence[int], target: int) -> None:
        """Move people into group number `target` (NOT_PLACED: out of the groups); sizes are checked again."""
        if self._plan is None or not person_ids:
            return
        if target == NOT_PLACED:
            self._plan.leave_out(person_ids)
        else:
            self._plan.move(person_ids, target)
        self._rebuild(person_ids)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A drop on a group (or on one of its people) moves the dragged people there. The tree itself moves
        nothing: the plan is changed and shown again."""
        if watched is self.ui.plan_tree.viewport() and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            item = self.ui.plan_tree.itemAt(event.position().toPoint())
            if item is not None and item.data(0, GROUP_ROLE) == NO_GROUP:
                item = item.parent()  # a person's row: the group it is in
            event.setDropAction(Qt.DropAction.CopyAction)  # so the dragging view removes no row itself
            event.accept()
            if item is not None:
                people, target = self.selected_people(), item.data(0, GROUP_ROLE)
                QTimer.singleShot(0, lambda: self.move_people(people, target))
            return True
        return super().eventFilter(watched, event)

    # --- state ------------------------------------------------------------------------------------------------
    def _show_state(self) -> None:
        plan = self._plan
        count = len(self._people)
        if self._by_organisation and not chosen_organisation(self.ui.organisation_combo)[0]:
            people = self.tr("Choose the organisation whose people are to be planned.")
        elif self._by_organisation:
            people = self.tr("%n people of the organisation have not completed the programme.", "", count)
        else:
            people = self.tr("%n people chosen.", "", count)
        self.ui.people_label.setText(people)
        self.ui.propose_button.setEnabled(bool(count) and not self._busy
                                          and _chosen(self.ui.programme_combo) is not None)
        if plan is None:
            self.ui.status_label.setText(self.tr("Press Propose groups to see how they can be split."))
            self._accept_button.setEnabled(False)
            self.ui.move_button.setEnabled(False)
            self.ui.move_combo.setEnabled(False)
            return
        groups = sum(1 for group in plan.groups if group.person_ids)
        lines = [self.tr("Placed: {placed} in {groups} groups; not placed: {unplaced}.").format(
            placed=plan.placed, groups=groups, unplaced=len(plan.unplaced))]
        if plan.problems():
            lines.append(self.tr("A group shown in red is outside its limits: move people until none is red."))
        if self._stale:
            lines.append(self.tr("The options have changed: press Propose groups to apply them."))
        self.ui.status_label.setText("\n".join(lines))
        has_selection = bool(self.selected_people())
        self.ui.move_combo.setEnabled(True)
        self.ui.move_button.setEnabled(has_selection and not self._busy)
        self._accept_button.setEnabled(plan.placed > 0 and not plan.problems() and not self._busy)

    def _say(self, sentence: str) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    # --- background work ----------------------------------------------------------------------------------
    def _start(self, work: Callable[[TaskControl], T], on_done: Callable[[T], None], label: str) -> None:
        self._busy = True
        self._say("")
        self._show_state()
        self.task = run_task(self, work, on_done, label=label, on_error=self._failed)

    def _done(self) -> None:
        self._busy = False
        self._show_state()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        from factory_desk.services.conflicts import ConflictsFound

        if isinstance(exc, ConflictsFound):
            from factory_desk.ui.sessions.conflicts import ask_override

            reason = ask_override(self, exc.conflicts, self.tr("The plan has conflicts:"))
            if reason is not None:
                self._accept_with(reason)
            return
        if isinstance(exc, FactoryDeskError):
            self._say(error_text(exc))
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

    # --- accepting ----------------------------------------------------------------------------------------------
    def accept_plan(self) -> None:
        """Create the new sessions and enrol everyone, in the background; conflicts ask for a reason first."""
        self._accept_with("")

    def _accept_with(self, reason: str) -> None:
        plan = self._plan
        if plan is None or self._busy or plan.problems() or not plan.placed:
            return
        db, user_name = self._db, self._user_name
        accept_plan = _planner().accept_plan

        def work(_control: TaskControl) -> AcceptResult:
            return accept_plan(db, plan, programme_id=plan.programme_id, user_name=user_name,
                               override_reason=reason)

        self._start(work, self._accepted, self.tr("Creating the sessions and enrolling the people…"))

    def _accepted(self, result: AcceptResult) -> None:
        self._done()
        self.outcome = result
        sentence = self.tr("Groups planned: {sessions} sessions, {created} of them new; enrolled: {enrolled}; "
                           "on the waiting list: {waitlisted}.").format(
            sessions=len(result.session_ids), created=len(result.created), enrolled=result.enrolled,
            waitlisted=result.waitlisted)
        for _pid, error in result.refused:
            sentence += "\n• " + error_text(error)
        self.summary = sentence
        self.planned.emit(result)
        self.accept()

    # --- language ----------------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._accept_button.setText(self.tr("&Accept the plan"))
        for number, check in enumerate(self._weekday_checks):
            check.setText(QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat))
        any_factory = self.ui.factory_combo.findData(ANY_FACTORY)
        if any_factory >= 0:
            self.ui.factory_combo.setItemText(any_factory, self.tr("Any factory (open sessions only)"))
        self._rebuild(self.selected_people())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
