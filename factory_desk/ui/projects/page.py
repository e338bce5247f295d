"""The Projects area: the register of improvement projects and, on a second tab, the portfolio per quarter.

The register is filtered by organisation, factory, sub-programme, status («overdue» included: derived from the
planned finish, never stored), year and a search as you type (title, organisation, leader); it is read 200 rows
at a time. A project opens in its own window (ui/projects/project_window.ProjectWindow), beside the list: a
coordinator can keep several open and the list follows what they save. The portfolio counts the projects
planned, opened and closed in each quarter of a year with the effects of those closed, as the Excel export does.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_projects_page import Ui_ProjectsPage
from factory_desk.ui.look import make_title
from factory_desk.ui.projects.list_model import PortfolioModel, ProjectsModel, overdue_word, status_word
from factory_desk.ui.tasks import TaskControl, run_task
from factory_desk.ui.widgets.organisation_combo import chosen_organisation, fill_organisations, make_searchable
from factory_desk.ui.widgets.rows_model import PAGE_SIZE
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from factory_desk.services.project_documents import PortfolioExport
    from factory_desk.services.projects import ProjectRow
    from factory_desk.store.database import Database
    from factory_desk.ui.projects.project_window import ProjectWindow

# services.projects' status codes and OVERDUE: the page does not load the data model before the first paint.
STATUSES = ("in_development", "launched", "implementing", "completed")
OVERDUE = "overdue"


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or str(Path.home()))


class ProjectsPage(QWidget):
    problem = Signal(str)  # a sentence for the user when the database cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProjectsPage()
        self.ui.setupUi(self)
        make_title(self.ui.title_label)
        self._db: Database | None = None
        self._count: int | None = None
        self._total: int | None = None  # every project, to tell "none yet" from "none found"
        self._portfolio_loaded = False  # the portfolio is read when its tab is shown
        self.windows: list[ProjectWindow] = []  # the projects open in their windows, kept alive here
        self.model = ProjectsModel(self)
        view = self.ui.projects_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProjectsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ProjectsModel.ORGANISATION, ProjectsModel.HOURS, ProjectsModel.EFFECT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # sized in _share_width
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Titles and official names are long: two lines each, so a 1280-pixel screen reads most of them whole.
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().setDefaultSectionSize(2 * view.fontMetrics().lineSpacing() + 10)
        view.activated.connect(self._activated)  # Enter and double-click
        view.selectionModel().currentRowChanged.connect(lambda *_args: self._enable())
        self.model.modelReset.connect(self._enable)
        view.addAction(self.ui.action_delete_project)  # Delete on the list (not in the search box)
        self.ui.action_delete_project.triggered.connect(self.delete_selected)
        self.addAction(self.ui.action_new_project)  # Ctrl+N anywhere on the page
        self.ui.action_new_project.triggered.connect(self.new_project)
        self.ui.new_button.clicked.connect(self.new_project)
        self.ui.open_button.clicked.connect(self.open_selected)
        self.ui.delete_button.clicked.connect(self.delete_selected)
        self.ui.export_button.clicked.connect(self.export_portfolio)
        self.ui.portfolio_export_button.clicked.connect(self.export_portfolio)
        self._search_pause = search_as_you_type(self, self.ui.search_edit, self.search)
        organisations = self.ui.organisation_combo
        make_searchable(organisations)
        # Long official names must not push the other filters off a 1280-pixel screen.
        for combo, letters in ((organisations, 28), (self.ui.factory_combo, 22), (self.ui.sub_programme_combo, 18),
                               (self.ui.portfolio_factory_combo, 28)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        organisations.activated.connect(lambda _index: self.search())
        organisations.lineEdit().returnPressed.connect(self.search)
        for combo in (self.ui.factory_combo, self.ui.sub_programme_combo, self.ui.status_combo, self.ui.year_combo):
            combo.activated.connect(lambda _index: self.search())
        self.portfolio_model = PortfolioModel(self)
        table = self.ui.portfolio_view
        table.setModel(self.portfolio_model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        for combo in (self.ui.portfolio_year_combo, self.ui.portfolio_factory_combo):
            combo.activated.connect(lambda _index: self.show_portfolio())
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.ui.message_label.hide()
        self._fill_fixed_filters()
        self._fill_portfolio_years([])
        self._retranslate()
        self._enable()

    # --- what the main window asks -----------------------------------------------------------------------------
    def confirm_leaving(self) -> bool:
        """Before the window closes or another database opens: each open project's unsaved changes are saved,
        discarded or the leaving cancelled, as the coordinator answers."""
        return all(window.confirm_leaving() for window in list(self.windows))

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._portfolio_loaded = False
        self._count = self._total = None
        self.model.clear()
        self.portfolio_model.show_portfolio(None)
        for window in list(self.windows):  # a project of another database must not stay open (confirm_leaving
            window.done(QDialog.DialogCode.Rejected)  # asked about unsaved changes before the switch)
        self.say("")
        if self.isVisible():
            self.refresh()
        else:
            self._retranslate()
            self._enable()

    def refresh(self) -> None:
        """Read the filters' choices, the list and the portfolio again (when first shown, on F5, after a
        database switch)."""
        self._portfolio_loaded = False
        self._fill_choices()
        self.search()
        if self.ui.tabs.currentWidget() is self.ui.portfolio_tab:
            self.show_portfolio()

    def page_shown(self) -> None:
        """Read each time the area is shown: projects are also made and changed from a session's window and the
        Today page, so the list is never stale (the selection is kept)."""
        self.refresh()

    def focus_first(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.portfolio_tab:
            self.ui.portfolio_year_combo.setFocus()
        else:
            self.ui.search_edit.setFocus()

    # --- filters -----------------------------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """The filters chosen, as `project_rows` and `project_count` take them."""
        known, organisation_id = chosen_organisation(self.ui.organisation_combo)
        return {"organisation_id": organisation_id if known else None,
                "factory_id": self.ui.factory_combo.currentData(),
                "sub_programme": self.ui.sub_programme_combo.currentData(),
                "status": self.ui.status_combo.currentData(), "year": self.ui.year_combo.currentData(),
                "search": self.ui.search_edit.text()}

    def _filtered(self) -> bool:
        found = self.filters()
        return any(value for name, value in found.items() if name != "search") or bool(found["search"].strip())

    def _fill_fixed_filters(self) -> None:
        combo = self.ui.status_combo
        current = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("All statuses"), None)
        if self._db is not None:  # the status words come with the data layer, loaded after the first paint
            for status in STATUSES:
                combo.addItem(status_word(status), status)
            combo.addItem(overdue_word(), OVERDUE)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fill_choices(self) -> None:
        """The organisations, factories, sub-programmes and years the filters offer, from the database."""
        db = self._db
        organisations: list[Any] = []
        factories: list[Any] = []
        subs: list[str] = []
        years: list[int] = []
        if db is not None:
            from factory_desk.services.calendar import factory_choices
            from factory_desk.services.people_import import organisation_choices
            from factory_desk.services.projects import project_years, sub_programmes

            try:
                organisations = organisation_choices(db)
                factories = factory_choices(db, active_only=False)
                subs = sub_programmes(db)
                years = project_years(db)
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        self._fill_fixed_filters()  # the status words, now that the data layer is loaded
        _known, organisation = chosen_organisation(self.ui.organisation_combo)
        fill_organisations(self.ui.organisation_combo, organisations, none_text=self.tr("All organisations"),
                           current=organisation)
        for combo in (self.ui.factory_combo, self.ui.portfolio_factory_combo):
            self._fill(combo, self.tr("All factories"), [(choice.name, choice.id) for choice in factories])
        self._fill(self.ui.sub_programme_combo, self.tr("All sub-programmes"), [(name, name) for name in subs])
        self._fill(self.ui.year_combo, self.tr("All years"), [(str(year), year) for year in years])
        self._fill_portfolio_years(years)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fill_portfolio_years(self, years: list[int]) -> None:
        """The years with projects and this year (the default), newest first."""
        combo = self.ui.portfolio_year_combo
        current = combo.currentData() or clock.today().year
        combo.clear()
        for year in sorted({*years, clock.today().year, current}, reverse=True):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    # --- the list ----------------------------------------------------------------------------------------------
    def search(self) -> None:
        """Show the first page of the projects the filters and the search box choose, and how many."""
        self._search_pause.stop()
        keep = self.selected_id()
        self._count = None
        db = self._db
        if db is None:
            self.model.clear()
        else:
            from factory_desk.services.projects import project_count, project_rows

            filters = self.filters()
            try:
                self._count, self._total = self.model.load(
                    lambda: project_rows(db, limit=PAGE_SIZE, **filters), lambda: project_count(db, **filters),
                    (lambda: project_count(db)) if self._filtered() else None, partial(self._next_page, db, filters))
            except FactoryDeskError as exc:
                self.model.clear()
                self.problem.emit(error_text(exc))
        if keep is not None:
            self.select(keep)
        if self.selected_id() is None and self.model.rowCount():
            self.ui.projects_view.selectRow(0)
        self._retranslate()
        self._enable()
        self._share_width()

    def _next_page(self, db: Database, filters: dict[str, Any], offset: int) -> list[ProjectRow]:
        """The page after the last row read, found by its place in the sort order rather than counted to."""
        from factory_desk.services.projects import project_rows

        last = self.model.row_at(offset - 1)
        return project_rows(db, limit=PAGE_SIZE, after=(last.sort_key, last.id), **filters)

    def selected_row(self) -> ProjectRow | None:
        index = self.ui.projects_view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select(self, project_id: int) -> None:
        row = self.model.row_of(project_id)
        if row is not None:
            self.ui.projects_view.selectRow(row)
            self.ui.projects_view.scrollTo(self.model.index(row, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_project(self.model.project_id(index.row()))

    def _enable(self) -> None:
        usable = self._db is not None
        chosen = usable and self.selected_row() is not None
        self.ui.new_button.setEnabled(usable)
        self.ui.action_new_project.setEnabled(usable)
        self.ui.open_button.setEnabled(chosen)
        self.ui.delete_button.setEnabled(chosen)
        self.ui.action_delete_project.setEnabled(chosen)
        self.ui.export_button.setEnabled(usable and bool(self._total))
        self.ui.portfolio_export_button.setEnabled(usable and bool(self._total))

    # --- a project's window --------------------------------------------------------------------------------------
    def new_project(self) -> None:
        self.open_project(None)

    def open_selected(self) -> None:
        project_id = self.selected_id()
        if project_id is not None:
            self.open_project(project_id)

    def open_project(self, project_id: int | None, *, session_id: int | None = None,
                     tab: str | None = None) -> None:
        """The project's window (a new project's when `project_id` is None, filled from `session_id` when given),
        beside the list; `tab` ("card", "a3", "results", "follow_ups", "attachments") is shown first. A project
        already open is brought to the front instead of opened twice."""
        db = self._db
        if db is None:
            return
        window = self.project_window(project_id) if project_id is not None else None
        if window is None:
            from factory_desk.ui.projects.project_window import ProjectWindow
            from factory_desk.ui.user import desk_user

            try:
                window = ProjectWindow(db, project_id, self, user_name=desk_user(), session_id=session_id)
            except FactoryDeskError as exc:
                self.say(error_text(exc))
                self.search()  # deleted meanwhile, perhaps: the list says so
                return
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.setWindowModality(Qt.WindowModality.NonModal)
            window.changed.connect(partial(self._project_changed, window))
            window.destroyed.connect(partial(self._forget_window, window))
            window.finished.connect(partial(self._forget_window, window))
            self.windows.append(window)
            window.show()
        if tab is not None:
            window.show_tab(tab)
        window.raise_()
        window.activateWindow()

    def project_window(self, project_id: int) -> ProjectWindow | None:
        """The open window of the project, if any."""
        return next((w for w in self.windows if w.project_id == project_id), None)

    def _forget_window(self, window: ProjectWindow, *_args: object) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _project_changed(self, window: ProjectWindow) -> None:
        """Saved in a project's window: the list and the portfolio read again, keeping the selection; a new
        project, once saved, is selected."""
        project_id = window.project_id if window in self.windows else None
        new = project_id is not None and self.model.row_of(project_id) is None
        self._fill_choices()
        self.search()  # keeps the line selected
        if new and project_id is not None:
            self.select(project_id)
        self._portfolio_loaded = False
        if self.ui.tabs.currentWidget() is self.ui.portfolio_tab:
            self.show_portfolio()

    def delete_selected(self) -> None:
        """Delete the selected project after asking, naming it (its results, follow-ups and attachments go too)."""
        row, db = self.selected_row(), self._db
        if row is None or db is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the project"),
            self.tr("Delete the project «{title}»? Its metrics and measurements, effects, follow-ups and attachments "
                    "are deleted with it. This cannot be undone.").format(title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        from factory_desk.services.projects import delete_project
        from factory_desk.ui.user import desk_user

        try:
            delete_project(db, row.id, user_name=desk_user())
        except FactoryDeskError as exc:
            self.say(self.tr("Nothing was deleted. {reason}").format(reason=error_text(exc)))
            return
        if (window := self.project_window(row.id)) is not None:
            window.done(QDialog.DialogCode.Rejected)  # nothing of it is left to save
        at = self.model.row_of(row.id) or 0
        self.search()
        if self.model.rowCount():
            self.ui.projects_view.selectRow(min(at, self.model.rowCount() - 1))
        self._portfolio_loaded = False
        self.say(self.tr("The project «{title}» was deleted.").format(title=row.title))

    # --- the portfolio -----------------------------------------------------------------------------------------
    def _tab_changed(self, _index: int) -> None:
        if self.ui.tabs.currentWidget() is self.ui.portfolio_tab and not self._portfolio_loaded:
            self.show_portfolio()

    def portfolio_filters(self) -> dict[str, Any]:
        """The year and factory chosen on the Portfolio tab, as `services.projects.portfolio` takes them."""
        return {"year": self.ui.portfolio_year_combo.currentData() or clock.today().year,
                "factory_id": self.ui.portfolio_factory_combo.currentData()}

    def show_portfolio(self) -> None:
        db = self._db
        figures = None
        if db is not None:
            from factory_desk.services.projects import portfolio

            try:
                figures = portfolio(db, **self.portfolio_filters())
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        self._portfolio_loaded = figures is not None
        self.portfolio_model.show_portfolio(figures)
        self._fit_portfolio()

    def _fit_portfolio(self) -> None:
        """The table is as tall as its five rows and no wider than its figures need: the definitions stay right
        under them, and a figure is never a screen's width away from its quarter."""
        table = self.ui.portfolio_view
        header = table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(PortfolioModel.PLANNED, PortfolioModel.COLUMN_COUNT):
            header.resizeSection(column, max(header.sectionSize(column) + 24, 110))
        header.resizeSection(PortfolioModel.QUARTER, header.sectionSize(PortfolioModel.QUARTER) + 24)
        height = header.sizeHint().height() + 2 * table.frameWidth()
        height += table.verticalHeader().defaultSectionSize() * max(5, self.portfolio_model.rowCount())
        table.setFixedHeight(height)
        table.setMaximumWidth(header.length() + 2 * table.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The organisation takes a quarter of what the title and it share (the title stretches over the rest);
        the two figures get a margin, so that «730» and «474 500» side by side never read as one number."""
        view = self.ui.projects_view
        header = view.horizontalHeader()
        for column in (ProjectsModel.HOURS, ProjectsModel.EFFECT):
            header.resizeSection(column, max(view.sizeHintForColumn(column), header.sectionSizeHint(column)) + 16)
        fixed = sum(header.sectionSize(column) for column in range(ProjectsModel.COLUMN_COUNT)
                    if column not in (ProjectsModel.TITLE, ProjectsModel.ORGANISATION))
        room = self.ui.projects_view.viewport().width() - fixed
        header.resizeSection(ProjectsModel.ORGANISATION, max(130, room // 4))

    # --- export --------------------------------------------------------------------------------------------------
    def export_portfolio(self) -> None:
        """The projects and the quarters of the year, of every factory or of the one chosen on the Portfolio tab,
        to an Excel workbook."""
        db = self._db
        if db is None:
            return
        chosen = self.portfolio_filters()
        year = chosen["year"]
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the portfolio of projects"),
            str(_documents_folder() / self.tr("projects-{year}.xlsx").format(year=year)),
            self.tr("Excel workbook (*.xlsx)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.say("")

        def work(_control: TaskControl) -> PortfolioExport:
            from factory_desk.services.project_documents import export_portfolio

            return export_portfolio(db, path, translate=translate, **chosen)

        def saved(result: PortfolioExport) -> None:
            self.say(self.tr("The portfolio was saved to {file}: {count} projects, and the quarters of {year}.").format(
                file=result.file, count=result.projects, year=result.year))

        run_task(self, work, saved, label=self.tr("Saving the portfolio of projects…"), on_error=self._failed)

    # --- messages ------------------------------------------------------------------------------------------------
    def say(self, sentence: str) -> None:
        """A sentence in the page's message line (an empty one hides it)."""
        self.ui.message_label.setText(sentence)
        self.ui.message_label.setVisible(bool(sentence))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, FactoryDeskError):
            self.say(error_text(exc))
        else:
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

    def _retranslate(self) -> None:
        count = self._count
        empty = self._db is not None and count == 0
        if count is None:
            self.ui.count_label.setText("")
        elif count == 0:
            self.ui.count_label.setText(self.tr("Nothing found") if self._total else "")
        elif self._filtered():
            self.ui.count_label.setText(self.tr("Found: %Ln", "projects", count))
        else:
            self.ui.count_label.setText(self.tr("Projects: %Ln", "", count))
        if empty and self._total:
            self.ui.empty_label.setText(self.tr("No project matches these filters."))
        else:
            self.ui.empty_label.setText(self.tr("There are no projects yet. Create the first one with «New project…» "
                                                "(Ctrl+N), or from a held session's window."))
        self.ui.empty_label.setVisible(empty)
        self.ui.projects_view.setVisible(not empty)
        self.ui.definitions_label.setText(self.tr(
            "Planned: projects whose planned start falls in the quarter; opened: their actual start; closed: their "
            "actual finish. Hours, economic effect and costs are those of the projects closed in the quarter. A "
            "factory's projects are those that came from its sessions."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self.portfolio_model.retranslate()
            if self._db is not None:
                self._fill_fixed_filters()
            for combo, everything in ((self.ui.organisation_combo, self.tr("All organisations")),
                                      (self.ui.factory_combo, self.tr("All factories")),
                                      (self.ui.portfolio_factory_combo, self.tr("All factories")),
                                      (self.ui.sub_programme_combo, self.tr("All sub-programmes")),
                                      (self.ui.year_combo, self.tr("All years"))):
                if combo.count():
                    combo.setItemText(0, everything)
            self._retranslate()
        super().changeEvent(event)
