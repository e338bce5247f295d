"""The project window: an improvement project's card (people, team, the trainings it came from, dates, links), its
A3 texts and report, and the tabs of its results, follow-ups and attachments.

The card and the A3 texts are saved together (Save, Ctrl+S) in one unit of work; status and review state are
changed at once, each with its audit entry; the panels of results, follow-ups and attachments save their own
changes. Closing with unsaved card changes asks to save them, discard them, or stay.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError, ValidationError
from factory_desk.domain.labels import PROJECT_STATUS, REVIEW_STATE
from factory_desk.domain.text import day_text
from factory_desk.i18n import error_text, translate
from factory_desk.ui.documents.output_menu import OutputMenu
from factory_desk.ui.forms.ui_project_window import Ui_ProjectWindow
from factory_desk.ui.look import scaled
from factory_desk.ui.projects.date_field import OptionalDate
from factory_desk.ui.projects.session_picker import LinkedSessionsModel, as_linked
from factory_desk.ui.projects.team_model import TeamModel, person_text
from factory_desk.ui.widgets.organisation_combo import chosen_organisation, fill_organisations, make_searchable

if TYPE_CHECKING:
    from factory_desk.services.projects import ProjectCard, ProjectDraft, ProjectPerson, ProjectSession
    from factory_desk.store.database import Database
    from factory_desk.ui.projects.attachments_panel import AttachmentsPanel
    from factory_desk.ui.projects.follow_ups_panel import FollowUpsPanel
    from factory_desk.ui.projects.metrics_panel import MetricsPanel
    from factory_desk.ui.tasks import BackgroundTask

TABS = ("card", "a3", "results", "follow_ups", "attachments")
WARNING_COLOUR = "#d76b00"  # the calendar's warning orange (ui/sessions/calendar_view.py)
PROBLEM_STYLE = "color: #b3261e;"
DATES = ("planned_start", "actual_start", "planned_kickoff", "actual_kickoff", "planned_finish", "actual_finish")
A3_TEXTS = ("background", "current_condition", "target_condition", "root_causes", "countermeasures", "plan",
            "effect_confirmation", "follow_up_text")
LINKS = ("passport_url", "value_stream_map_url")
# The card's fields as the window keeps them: the people as ProjectPerson (to show them), the rest as saved.
FIELDS = ("title", "organisation_id", "sub_programme", "sponsor", "leader", "description", *DATES, *LINKS, *A3_TEXTS,
          "team", "sessions")


def _key(name: str, value: Any) -> Any:
    """What is compared to tell whether a field changed."""
    if name in ("sponsor", "leader"):
        return value.id if value is not None else None
    if name == "team":
        return tuple(sorted((p.id, p.role) for p in value))
    if name == "sessions":
        return tuple(sorted(s.id for s in value))
    if isinstance(value, str):
        return value.strip()
    return value


def card_state(card: ProjectCard) -> dict[str, Any]:
    """The card's fields as the window keeps them."""
    state = {name: getattr(card, name) for name in FIELDS if name not in ("team", "sessions")}
    state["team"] = tuple(card.team)
    state["sessions"] = tuple(card.sessions)
    return state


class WheelGuard(QObject):
    """The mouse wheel scrolls the card instead of changing the box under the pointer: a box changes by the wheel
    only once it has the keyboard, and the status and review state never (each change is saved at once)."""

    def __init__(self, parent: QObject, boxes: list[QWidget], never: list[QWidget]) -> None:
        super().__init__(parent)
        self._never = set(never)
        for box in (*boxes, *never):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and (
                watched in self._never or not watched.hasFocus()):
            event.ignore()  # ignored, the wheel goes on to the scroll area
            return True
        return False


class ProjectWindow(QDialog):
    changed = Signal()  # the project was saved, its status/review changed, deleted, or a panel saved something

    def __init__(self, db: Database, project_id: int | None, parent: QWidget | None = None, *,
                 user_name: str = "", session_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectWindow()
        self.ui.setupUi(self)
        self._db = db
        self._project_id = project_id
        self._user_name = user_name
        self.card: ProjectCard | None = None
        self._baseline: dict[str, Any] = {}  # the fields as last read or saved: what «unsaved changes» compares to
        self._filling = False  # the form is being filled from the database: no change of the user's
        self._organisation_names: dict[int, str] = {}  # id → the name the people dialog knows it by
        self._sponsor: ProjectPerson | None = None
        self._leader: ProjectPerson | None = None
        self.task: BackgroundTask[Any] | None = None  # the A3 report being made
        self.session_window: QDialog | None = None
        self.picker: QDialog | None = None
        ui = self.ui
        ui.heading_label.setFont(scaled(ui.heading_label.font(), 1.35, bold=True))
        self.dates = {name: OptionalDate(getattr(ui, f"{name}_edit")) for name in DATES}
        self.team = TeamModel(self)
        self.sessions = LinkedSessionsModel(self)
        self._set_up_tables()
        make_searchable(ui.organisation_combo)
        self._fill_choices()
        self._set_up_statuses()
        self.panels: dict[str, MetricsPanel | FollowUpsPanel | AttachmentsPanel] = {}
        self._add_panels()
        self._connect()
        self.wheel_guard = WheelGuard(self, [ui.organisation_combo, ui.sub_programme_combo,
                                             *(optional.edit for optional in self.dates.values())],
                                      [ui.status_combo, ui.review_combo])
        self.a3_menu = OutputMenu(self)
        self.a3_menu.chosen.connect(self.a3_report)
        ui.a3_button.setMenu(self.a3_menu)
        for number, name in enumerate(TABS, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda name=name: self.show_tab(name))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        ui.message_label.hide()
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._fit_to_screen()
        if project_id is not None:
            self.reload()
        else:
            self._start_new(session_id)
        self._enable()
        ui.tabs.setCurrentWidget(ui.card_tab)
        # A new project's title is typed first; an open project is read first (a key typed in its title would
        # replace it, a key in the status box would change the status at once).
        (ui.title_edit if project_id is None else ui.tabs.tabBar()).setFocus()

    @property
    def project_id(self) -> int | None:
        return self._project_id

    def show_tab(self, name: str) -> None:
        """Select a tab by name: "card", "a3", "results", "follow_ups" or "attachments"."""
        tab = getattr(self.ui, f"{name}_tab")
        if self.ui.tabs.isTabEnabled(self.ui.tabs.indexOf(tab)):
            self.ui.tabs.setCurrentWidget(tab)

    # --- setting up -----------------------------------------------------------------------------------------------
    def _set_up_tables(self) -> None:
        # (view, model, the columns sharing the free width, the others' widths in letters)
        for view, model, stretch, widths in (
                (self.ui.team_view, self.team, (TeamModel.NAME, TeamModel.WORK), {TeamModel.ROLE: 11}),
                (self.ui.sessions_view, self.sessions, (LinkedSessionsModel.PROGRAMME, LinkedSessionsModel.FACTORY),
                 {LinkedSessionsModel.DATES: 9})):
            view.setModel(model)
            view.verticalHeader().hide()
            view.setWordWrap(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column in stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            em = view.fontMetrics().horizontalAdvance("M")
            for column, letters in widths.items():
                header.resizeSection(column, letters * em)
            view.selectionModel().selectionChanged.connect(self._enable)
        self.ui.team_view.setEditTriggers(self.ui.team_view.EditTrigger.DoubleClicked
                                          | self.ui.team_view.EditTrigger.EditKeyPressed
                                          | self.ui.team_view.EditTrigger.AnyKeyPressed)
        self.ui.sessions_view.setEditTriggers(self.ui.sessions_view.EditTrigger.NoEditTriggers)
        self.ui.sessions_view.doubleClicked.connect(lambda _index: self.open_session())
        self.team.edited.connect(self._edited)
        for scroll in (self.ui.card_scroll, self.ui.a3_scroll):  # the tab's own background shows through
            scroll.viewport().setAutoFillBackground(False)
            scroll.widget().setAutoFillBackground(False)

    def _fill_choices(self) -> None:
        from factory_desk.services.people_import import organisation_choices
        from factory_desk.services.projects import sub_programmes

        try:
            organisations = organisation_choices(self._db)
            known = sub_programmes(self._db)
        except FactoryDeskError as exc:
            self._say(error_text(exc), problem=True)
            return
        self._organisation_names = {choice.id: choice.name for choice in organisations}
        fill_organisations(self.ui.organisation_combo, organisations, none_text=self.tr("— none —"))
        self.ui.sub_programme_combo.clear()
        self.ui.sub_programme_combo.addItems(known)
        self.ui.sub_programme_combo.setCurrentIndex(-1)

    def _set_up_statuses(self) -> None:
        from factory_desk.services.projects import REVIEW_STATES, STATUSES

        for status in STATUSES:
            self.ui.status_combo.addItem("", status)
        for state in REVIEW_STATES:
            self.ui.review_combo.addItem("", state)
        self._status_texts()

    def _status_texts(self) -> None:
        for index in range(self.ui.status_combo.count()):
            self.ui.status_combo.setItemText(index, translate("Labels", PROJECT_STATUS[
                self.ui.status_combo.itemData(index)]))
        for index in range(self.ui.review_combo.count()):
            state = self.ui.review_combo.itemData(index)
            self.ui.review_combo.setItemText(index, translate("Labels", REVIEW_STATE[state]) if REVIEW_STATE[state]
                                             else self.tr("Not reviewed"))

    def _add_panels(self) -> None:
        """The results, follow-ups and attachments panels on their tabs (each saves its own changes)."""
        from factory_desk.ui.projects.attachments_panel import AttachmentsPanel
        from factory_desk.ui.projects.follow_ups_panel import FollowUpsPanel
        from factory_desk.ui.projects.metrics_panel import MetricsPanel

        for name, kind in (("results", MetricsPanel), ("follow_ups", FollowUpsPanel),
                           ("attachments", AttachmentsPanel)):
            panel = kind(self)
            getattr(self.ui, f"{name}_layout").addWidget(panel)
            panel.changed.connect(lambda panel=panel: self._panel_changed(panel))
            panel.problem.connect(lambda sentence: self._say(sentence, problem=True))
            self.panels[name] = panel

    def _connect(self) -> None:
        ui = self.ui
        ui.title_edit.textEdited.connect(self._edited)
        ui.organisation_combo.currentIndexChanged.connect(self._edited)
        ui.sub_programme_combo.currentTextChanged.connect(self._edited)
        for edit in (ui.description_edit, *(getattr(ui, f"{name}_edit") for name in A3_TEXTS)):
            edit.textChanged.connect(self._edited)
        for optional in self.dates.values():
            optional.edit.dateChanged.connect(self._edited)
        for name in ("passport", "value_stream_map"):
            getattr(ui, f"{name}_edit").textChanged.connect(self._edited)
            getattr(ui, f"{name}_open_button").clicked.connect(lambda _c=False, name=name: self.open_link(name))
            getattr(ui, f"{name}_file_button").clicked.connect(lambda _c=False, name=name: self.choose_file(name))
        ui.sponsor_button.clicked.connect(lambda: self.choose_person("sponsor"))
        ui.leader_button.clicked.connect(lambda: self.choose_person("leader"))
        ui.sponsor_clear_button.clicked.connect(lambda: self._set_person("sponsor", None, edited=True))
        ui.leader_clear_button.clicked.connect(lambda: self._set_person("leader", None, edited=True))
        ui.add_member_button.clicked.connect(self.add_member)
        ui.participants_button.clicked.connect(self.add_participants)
        ui.remove_member_button.clicked.connect(self.remove_members)
        ui.add_session_button.clicked.connect(self.add_sessions)
        ui.open_session_button.clicked.connect(self.open_session)
        ui.remove_session_button.clicked.connect(self.remove_sessions)
        ui.status_combo.activated.connect(self.change_status)
        ui.review_combo.activated.connect(self.change_review)
        ui.delete_button.clicked.connect(self.delete)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)

    def _fit_to_screen(self) -> None:
        """As large as the card needs, at most the screen less the taskbar and the window frame."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 1240, 760  # a 1280×800 screen, less the window frame
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 40), min(height, free.height() - 40)
        self.resize(width, height)

    # --- reading --------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the project again; the fields the user changed and has not saved keep what they typed."""
        from factory_desk.services.projects import project_card

        if self._project_id is None:
            return
        try:
            card = project_card(self._db, self._project_id)
        except FactoryDeskError as exc:
            self._say(error_text(exc), problem=True)
            return
        self._show_card(card)

    def _show_card(self, card: ProjectCard) -> None:
        fresh = card_state(card)
        current = self._form_state() if self._baseline else None
        self._filling = True
        try:
            for name in FIELDS:
                # A field the user has changed keeps their value; the others show what the database holds.
                if current is None or _key(name, current[name]) == _key(name, self._baseline[name]):
                    self._set_field(name, fresh[name])
            self._select(self.ui.status_combo, card.status)
            self._select(self.ui.review_combo, card.review_state)
        finally:
            self._filling = False
        self.card = card
        self._baseline = fresh
        for panel in self.panels.values():
            panel.set_project(self._db, card, user_name=self._user_name)
        self._show_heading()
        self._edited()

    def _start_new(self, session_id: int | None) -> None:
        """A new project; from a session: the session linked, and the organisation most of its attendees are of."""
        state: dict[str, Any] = {name: "" for name in FIELDS}
        state.update({name: None for name in (*DATES, "organisation_id", "sponsor", "leader")})
        state["team"], state["sessions"] = (), ()
        if session_id is not None:
            from factory_desk.services.project_sessions import session_participants
            from factory_desk.services.sessions import get_session

            try:
                details = get_session(self._db, session_id)
                people = session_participants(self._db, [session_id])
            except FactoryDeskError as exc:
                self._say(error_text(exc), problem=True)
            else:
                dates = details.dates
                state["sessions"] = (self._linked(session_id, details.programme, details.factory,
                                                  min(dates, default=None), max(dates, default=None)),)
                counted = Counter(p.organisation_id for p in (
                    [p for p in people if p.attended] or people) if p.organisation_id is not None)
                if counted:
                    state["organisation_id"] = counted.most_common(1)[0][0]
        self._filling = True
        try:
            for name in FIELDS:
                self._set_field(name, state[name])
            self._select(self.ui.status_combo, "in_development")
            self._select(self.ui.review_combo, "none")
        finally:
            self._filling = False
        self._baseline = self._form_state()
        self._show_heading()
        self._edited()

    @staticmethod
    def _linked(session_id: int, programme: str, factory: str, first: dt.date | None,
                last: dt.date | None) -> ProjectSession:
        from factory_desk.services.projects import ProjectSession

        return ProjectSession(session_id, programme, factory, first, last)

    @staticmethod
    def _select(combo: Any, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # --- the form's fields ----------------------------------------------------------------------------------------
    def _form_state(self) -> dict[str, Any]:
        ui = self.ui
        state: dict[str, Any] = {
            "title": ui.title_edit.text(),
            "organisation_id": ui.organisation_combo.currentData(),
            "sub_programme": ui.sub_programme_combo.currentText(),
            "sponsor": self._sponsor, "leader": self._leader,
            "description": ui.description_edit.toPlainText(),
            "passport_url": ui.passport_edit.text(), "value_stream_map_url": ui.value_stream_map_edit.text(),
            "team": tuple(self.team.rows()), "sessions": tuple(self.sessions.rows()),
        }
        state.update({name: optional.value() for name, optional in self.dates.items()})
        state.update({name: getattr(ui, f"{name}_edit").toPlainText() for name in A3_TEXTS})
        return state

    def _set_field(self, name: str, value: Any) -> None:
        ui = self.ui
        setters: dict[str, Callable[[Any], None]] = {
            "title": self._set_title,
            "organisation_id": self._set_organisation,
            "sub_programme": ui.sub_programme_combo.setEditText,
            "sponsor": lambda person: self._set_person("sponsor", person),
            "leader": lambda person: self._set_person("leader", person),
            "description": ui.description_edit.setPlainText,
            "passport_url": ui.passport_edit.setText, "value_stream_map_url": ui.value_stream_map_edit.setText,
            "team": lambda rows: self.team.set_rows(list(rows)),
            "sessions": lambda rows: self.sessions.set_rows(sorted(rows, key=_session_order)),
        }
        if name in self.dates:
            self.dates[name].set_value(value)
        elif name in A3_TEXTS:
            getattr(ui, f"{name}_edit").setPlainText(value)
        else:
            setters[name](value)

    def _set_title(self, title: str) -> None:
        self.ui.title_edit.setText(title)
        self.ui.title_edit.setCursorPosition(0)  # a long title shows its beginning

    def _set_organisation(self, organisation_id: int | None) -> None:
        combo = self.ui.organisation_combo
        combo.setCurrentIndex(max(0, combo.findData(organisation_id)) if organisation_id is not None else 0)
        combo.lineEdit().setCursorPosition(0)  # a long name shows its beginning

    def _set_person(self, who: str, person: ProjectPerson | None, *, edited: bool = False) -> None:
        setattr(self, f"_{who}", person)
        text: QLineEdit = getattr(self.ui, f"{who}_text")
        text.setText(person_text(person) if person is not None else "")
        text.setCursorPosition(0)
        text.setToolTip(person_text(person) if person is not None else "")
        getattr(self.ui, f"{who}_clear_button").setEnabled(person is not None)
        if edited:
            self._edited()

    def is_modified(self) -> bool:
        """Whether the card has changes that are not saved (a new project: anything typed or chosen)."""
        if not self._baseline:
            return False
        current = self._form_state()
        return any(_key(name, current[name]) != _key(name, self._baseline[name]) for name in FIELDS)

    def _edited(self, *_args: Any) -> None:
        if self._filling:
            return
        modified = self.is_modified()
        self.setWindowModified(modified)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            modified or self._project_id is None)
        self._enable()

    # --- the heading ------------------------------------------------------------------------------------------------
    def _show_heading(self) -> None:
        from factory_desk.services.projects import is_overdue

        card = self.card
        title = card.title if card is not None else ""
        if self._project_id is None:
            self.setWindowTitle(self.tr("New improvement project[*]"))
            self.ui.heading_label.setText(self.tr("New improvement project"))
            self.ui.state_label.setText(html.escape(self.tr(
                "Type the title and choose the organisation and the leader, then save (Ctrl+S).")))
            return
        self.setWindowTitle(self.tr("Project «{title}»[*]").format(title=title))
        self.ui.heading_label.setText(title)
        assert card is not None
        parts = [html.escape(card.organisation or self.tr("no organisation")),
                 html.escape(translate("Labels", PROJECT_STATUS.get(card.status, card.status)))]
        if REVIEW_STATE.get(card.review_state):
            parts.append(html.escape(translate("Labels", REVIEW_STATE[card.review_state])))
        text = " · ".join(parts)
        if is_overdue(card, clock.today()) and card.planned_finish is not None:
            overdue = self.tr("The project is overdue: the planned finish was {date}").format(
                date=day_text(card.planned_finish))
            text += f" · <b style='color:{WARNING_COLOUR}'>{html.escape(overdue)}</b>"
        self.ui.state_label.setText(text)

    def _enable(self, *_args: Any) -> None:
        ui = self.ui
        saved = self._project_id is not None
        for name in ("results", "follow_ups", "attachments"):
            index = ui.tabs.indexOf(getattr(ui, f"{name}_tab"))
            ui.tabs.setTabEnabled(index, saved)
            ui.tabs.setTabToolTip(index, "" if saved else self.tr(
                "Save the new project first (Ctrl+S): then its results, follow-ups and attachments can be added."))
            getattr(ui, f"{name}_hint_label").setVisible(not saved)
            self.panels[name].setVisible(saved)
        for combo in (ui.status_combo, ui.review_combo):
            combo.setEnabled(saved)
        ui.delete_button.setEnabled(saved)
        team_selected = bool(ui.team_view.selectionModel().selectedRows())
        ui.remove_member_button.setEnabled(team_selected)
        sessions_selected = len(ui.sessions_view.selectionModel().selectedRows())
        ui.open_session_button.setEnabled(sessions_selected == 1)
        ui.remove_session_button.setEnabled(sessions_selected > 0)
        ui.participants_button.setEnabled(bool(self.sessions.rows()))
        for name in ("passport", "value_stream_map"):
            getattr(ui, f"{name}_open_button").setEnabled(bool(getattr(ui, f"{name}_edit").text().strip()))

    def _say(self, sentence: str, *, problem: bool = False) -> None:
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.ui.message_label.setVisible(bool(sentence))

    # --- saving ---------------------------------------------------------------------------------------------------
    def draft(self) -> ProjectDraft | None:
        """The card as typed, for the service; None (and a sentence) when the organisation typed is not listed."""
        from factory_desk.services.projects import ProjectDraft

        known, organisation_id = chosen_organisation(self.ui.organisation_combo)
        if not known:
            self._say(self.tr("Choose the organisation from the list, or «— none —»."), problem=True)
            self.show_tab("card")
            self.ui.organisation_combo.setFocus()
            return None
        state = self._form_state()
        return ProjectDraft(
            title=state["title"], organisation_id=organisation_id, sub_programme=state["sub_programme"],
            sponsor_id=self._sponsor.id if self._sponsor else None,
            leader_id=self._leader.id if self._leader else None, description=state["description"],
            **{name: state[name] for name in (*DATES, *LINKS, *A3_TEXTS)},
            team=[(p.id, p.role) for p in state["team"]], session_ids=[s.id for s in state["sessions"]],
            id=self._project_id)

    def _finish_typing(self) -> None:
        """A role still being typed in the team's table goes into the card (Ctrl+S does not leave the cell)."""
        view = self.ui.team_view
        if view.state() == QAbstractItemView.State.EditingState:
            view.setCurrentIndex(view.currentIndex().siblingAtColumn(TeamModel.NAME))  # commits and closes

    def save(self) -> bool:
        """Save the card and the A3 texts; True when saved (or nothing needed saving)."""
        from factory_desk.services.projects import save_project

        self._finish_typing()
        if self._project_id is not None and not self.is_modified():
            return True
        draft = self.draft()
        if draft is None:
            return False
        new = self._project_id is None
        try:
            project_id = save_project(self._db, draft, user_name=self._user_name)
        except ValidationError as exc:
            self._say(error_text(exc), problem=True)
            self._focus_field(exc.field)
            return False
        except FactoryDeskError as exc:
            self._say(error_text(exc), problem=True)
            return False
        self._project_id = project_id
        self._baseline = {}  # everything is as saved: show the database's values
        self.reload()
        self._enable()
        self._say(self.tr("The project was saved.") if not new else self.tr(
            "The project was saved. Its results, follow-ups and attachments can now be added."))
        self.changed.emit()
        return True

    def _focus_field(self, field: str | None) -> None:
        widgets = {"title": self.ui.title_edit, "organisation_id": self.ui.organisation_combo,
                   "planned_finish": self.ui.planned_finish_edit, "actual_finish": self.ui.actual_finish_edit}
        widget = widgets.get(field or "")
        if widget is not None:
            self.show_tab("card")
            widget.setFocus()

    # --- status and review ----------------------------------------------------------------------------------------
    def change_status(self, _index: int = -1) -> None:
        from factory_desk.services.projects import set_status

        status = self.ui.status_combo.currentData()
        if self._project_id is None or self.card is None or status == self.card.status:
            return
        try:
            set_status(self._db, self._project_id, status, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._select(self.ui.status_combo, self.card.status)
            self._say(error_text(exc), problem=True)
            return
        self.reload()  # completing or starting it fills the actual dates
        self._say(self.tr("The project's status is now «{status}».").format(
            status=translate("Labels", PROJECT_STATUS[status])))
        self.changed.emit()

    def change_review(self, _index: int = -1) -> None:
        from factory_desk.services.projects import set_review

        state = self.ui.review_combo.currentData()
        if self._project_id is None or self.card is None or state == self.card.review_state:
            return
        try:
            set_review(self._db, self._project_id, state, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._select(self.ui.review_combo, self.card.review_state)
            self._say(error_text(exc), problem=True)
            return
        self.reload()
        self._say(self.tr("The project's review state is now «{state}».").format(
            state=self.ui.review_combo.currentText()))
        self.changed.emit()

    # --- people ---------------------------------------------------------------------------------------------------
    def _organisation_name(self) -> str:
        return self._organisation_names.get(self.ui.organisation_combo.currentData(), "")

    def _pick_person(self, prompt: str, taken: list[int]) -> ProjectPerson | None:
        """A person chosen from the register, with their position and organisation."""
        from factory_desk.services.person_records import describe_people
        from factory_desk.services.projects import ProjectPerson
        from factory_desk.ui.sessions import add_people_dialog

        chosen = add_people_dialog.choose_person(self._db, self, prompt, organisation=self._organisation_name(),
                                                 taken=taken)
        if chosen is None:
            return None
        person_id, name = chosen
        try:
            found = describe_people(self._db, [person_id])
        except FactoryDeskError as exc:
            self._say(error_text(exc), problem=True)
            found = []
        if found:
            return ProjectPerson(person_id, found[0].full_name, found[0].position, found[0].organisation)
        return ProjectPerson(person_id, name, "")

    def choose_person(self, who: str) -> None:
        prompt = self.tr("The project's sponsor:") if who == "sponsor" else self.tr("The project's leader:")
        person = self._pick_person(prompt, [])
        if person is not None:
            self._set_person(who, person, edited=True)

    def add_member(self) -> None:
        person = self._pick_person(self.tr("Add to the project's team:"), self.team.person_ids())
        if person is None:
            return
        self.team.add(person)
        row = self.team.rowCount() - 1
        index = self.team.index(row, TeamModel.ROLE)
        self.ui.team_view.setCurrentIndex(index)
        self.ui.team_view.edit(index)  # the role is typed next

    def add_participants(self) -> None:
        """The people of the project's organisation who attended the linked trainings join the team."""
        from factory_desk.services.project_sessions import session_participants
        from factory_desk.services.projects import ProjectPerson

        organisation_id = self.ui.organisation_combo.currentData()
        if organisation_id is None:
            self._say(self.tr("Choose the project's organisation first: its people who attended the trainings "
                              "join the team."), problem=True)
            return
        try:
            people = session_participants(self._db, self.sessions.session_ids())
        except FactoryDeskError as exc:
            self._say(error_text(exc), problem=True)
            return
        # The leader and the sponsor have their own places on the card (the A3 lists the team without them).
        own_places = {person.id for person in (self._leader, self._sponsor) if person is not None}
        ours = [p for p in people if p.organisation_id == organisation_id]
        attended = [p for p in ours if p.attended] or ours
        added = [p for p in attended if p.person_id not in own_places
                 and self.team.add(ProjectPerson(p.person_id, p.name, p.position, p.organisation))]
        if added:
            self._say(self.tr("Added to the team: {names}. Type each one's role in the table.").format(
                names=", ".join(p.name for p in added)))
        elif attended:
            self._say(self.tr("Everyone of the organisation who attended is in the team already."))
        else:
            self._say(self.tr("Nobody of the organisation took part in these trainings."))

    def remove_members(self) -> None:
        rows = [index.row() for index in self.ui.team_view.selectionModel().selectedRows()]
        self.team.remove(rows)
        self._enable()

    # --- the trainings it came from -------------------------------------------------------------------------------
    def add_sessions(self) -> None:
        from factory_desk.ui.projects.session_picker import SessionPicker

        picker = SessionPicker(self._db, self, organisation_id=self.ui.organisation_combo.currentData(),
                               taken=self.sessions.session_ids())
        picker.accepted.connect(lambda: self._sessions_chosen(picker))
        self.picker = picker
        picker.open()

    def _sessions_chosen(self, picker: Any) -> None:
        rows = [*self.sessions.rows(), *(as_linked(s) for s in picker.chosen)]
        self.sessions.set_rows(sorted(rows, key=_session_order))
        self._edited()

    def _selected_sessions(self) -> list[ProjectSession]:
        rows = sorted({index.row() for index in self.ui.sessions_view.selectionModel().selectedRows()})
        return [self.sessions.row_at(row) for row in rows]

    def remove_sessions(self) -> None:
        gone = {s.id for s in self._selected_sessions()}
        self.sessions.set_rows([s for s in self.sessions.rows() if s.id not in gone])
        self._edited()

    def open_session(self) -> None:
        from factory_desk.ui.sessions.session_dialog import SessionDialog

        chosen = self._selected_sessions()
        if len(chosen) != 1:
            return
        window = SessionDialog(self._db, chosen[0].id, self, user_name=self._user_name)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session_window = window
        window.open()

    # --- links ----------------------------------------------------------------------------------------------------
    def choose_file(self, name: str) -> None:
        edit: QLineEdit = getattr(self.ui, f"{name}_edit")
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the file"), edit.text().strip())
        if chosen:
            edit.setText(chosen)

    def open_link(self, name: str) -> None:
        text = getattr(self.ui, f"{name}_edit").text().strip()
        if not text:
            return
        url = QUrl.fromUserInput(text)
        if not url.isValid() or not QDesktopServices.openUrl(url):
            self._say(self.tr("“{link}” could not be opened: check the address or the file's path.").format(
                link=text), problem=True)

    # --- the A3 report --------------------------------------------------------------------------------------------
    def a3_report(self, action: str) -> None:
        """The A3 report is made from what is saved: unsaved changes are saved first, if the coordinator agrees."""
        from factory_desk.ui.documents.pdf_output import project_a3

        self._finish_typing()
        if self._project_id is None or self.is_modified():
            answer = QMessageBox.question(
                self, self.tr("Save first"),
                self.tr("The A3 report is made from the saved project. Save the changes first?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return
        assert self._project_id is not None
        self.task = project_a3(self, self._db, self._project_id, action, say=self._say)

    # --- deleting and closing -------------------------------------------------------------------------------------
    def delete(self) -> None:
        from factory_desk.services.projects import delete_project

        if self._project_id is None or self.card is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the project"),
            self.tr("Delete the project «{title}» with its results, follow-ups and attachments? This cannot be "
                    "undone.").format(title=self.card.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_project(self._db, self._project_id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self._say(error_text(exc), problem=True)
            return
        self._baseline = {}
        self.changed.emit()
        super().reject()

    def _unsaved_effects(self) -> MetricsPanel | None:
        """The Results panel when it has effects typed and not saved (its own Save button not pressed)."""
        from factory_desk.ui.projects.metrics_panel import MetricsPanel

        panel = self.panels.get("results")
        if isinstance(panel, MetricsPanel) and self._project_id is not None and panel.has_unsaved_changes():
            return panel
        return None

    def confirm_leaving(self) -> bool:
        """Unsaved changes of the card, and effects typed on the Results tab and not saved, are saved, discarded
        or the closing cancelled, as the coordinator answers."""
        self._finish_typing()
        card, effects = self.is_modified(), self._unsaved_effects()
        if not card and effects is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The project has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            if card and not self.save():
                return False
            if effects is not None and not effects.save():
                self.show_tab("results")
                return False
            return True
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # Esc, Close and the window's ✕
        if self.confirm_leaving():
            super().reject()

    def _panel_changed(self, sender: QWidget) -> None:
        from factory_desk.services.projects import project_card

        if self._project_id is None:
            return
        try:
            card = project_card(self._db, self._project_id)
        except FactoryDeskError as exc:
            self._say(error_text(exc), problem=True)
            return
        self.card = card
        self._select(self.ui.status_combo, card.status)
        self._select(self.ui.review_combo, card.review_state)
        for panel in self.panels.values():
            if panel is not sender:
                panel.set_project(self._db, card, user_name=self._user_name)
        self._show_heading()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.team.retranslate()
            self.sessions.retranslate()
            self._status_texts()
            self._show_heading()
            self._enable()
        super().changeEvent(event)


def _session_order(session: ProjectSession) -> tuple[dt.date, int]:
    return (session.first_day or dt.date.min, session.id)


