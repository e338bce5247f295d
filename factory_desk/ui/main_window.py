"""The main window: the areas and the way between them, the File, View and Help menus, and the open database.

The window holds the one open `Database` (an engine, never a session: each page opens a session per
operation). Another database is opened and checked first; the old one is disposed only once that worked.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from factory_desk.domain.errors import DatabaseError
from factory_desk.i18n import error_text
from factory_desk.preferences import Preferences
from factory_desk.ui.about import AboutDialog
from factory_desk.ui.area_page import AreaPage
from factory_desk.ui.attendance.page import AttendancePage
from factory_desk.ui.certificates.page import CertificatesPage
from factory_desk.ui.database_files import choose_existing_file, choose_new_file, location_of
from factory_desk.ui.forms.ui_main_window import Ui_MainWindow
from factory_desk.ui.icons import icon
from factory_desk.ui.look import make_title
from factory_desk.ui.people.page import PeoplePage
from factory_desk.ui.projects.page import ProjectsPage
from factory_desk.ui.reports.page import ReportsPage
from factory_desk.ui.sessions.page import SessionsPage
from factory_desk.ui.settings.page import SettingsPage
from factory_desk.ui.tasks import TaskControl, run_task

if TYPE_CHECKING:
    from factory_desk.store.database import Database
    from factory_desk.store.schema import UpgradeResult

log = logging.getLogger(__name__)

Page = AreaPage | PeoplePage | SessionsPage | SettingsPage | AttendancePage | CertificatesPage | ProjectsPage
# The icon of each area, in the order of the navigation list.
AREA_ICONS = ("sessions", "people", "attendance", "certificates", "projects", "reports", "settings")


class MainWindow(QMainWindow):
    opening_finished = Signal(bool)  # a database open (or upgrade) ended: True when it is now the open one

    def __init__(self, preferences: Preferences, log_file: Path | None = None) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._preferences = preferences
        self._log_file = log_file
        self._db: Database | None = None
        self._tried_to_open = False  # until then the window says it is opening the database
        self._problem_box: QMessageBox | None = None
        self.settings_page = SettingsPage(preferences)
        self.people_page = PeoplePage()
        self.sessions_page = SessionsPage()
        self.projects_page = ProjectsPage()
        self.pages: list[Page] = [
            self.sessions_page, self.people_page, AttendancePage(), CertificatesPage(), self.projects_page,
            ReportsPage(), self.settings_page,
        ]
        for page in self.pages:
            self.ui.page_stack.addWidget(page)
            page.problem.connect(self.show_problem)
        self.people_page.exported.connect(lambda sentence: self.ui.status_bar.showMessage(sentence, 15_000))
        self.sessions_page.message.connect(lambda sentence: self.ui.status_bar.showMessage(sentence, 15_000))
        self.sessions_page.project_activated.connect(self.open_project_follow_ups)
        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.status_bar.addPermanentWidget(self.database_label)
        self.setWindowIcon(icon("factory-desk"))
        for row, name in enumerate(AREA_ICONS):
            self.ui.navigation_list.item(row).setIcon(icon(name))
        make_title(self.ui.no_database_title)
        self._connect()
        self.ui.navigation_list.setCurrentRow(0)
        self.ui.navigation_list.setFocus()
        self._retranslate()

    def _area_actions(self) -> list[QAction]:
        ui = self.ui
        return [ui.action_go_sessions, ui.action_go_people, ui.action_go_attendance, ui.action_go_certificates,
                ui.action_go_projects, ui.action_go_reports, ui.action_go_settings]

    def _connect(self) -> None:
        ui = self.ui
        ui.navigation_list.currentRowChanged.connect(self._show_area)
        for row, action in enumerate(self._area_actions()):
            action.triggered.connect(lambda _checked=False, row=row: self.go_to_area(row))
        ui.action_new_database.triggered.connect(self.create_database)
        ui.action_open_database.triggered.connect(self.choose_database)
        ui.open_database_button.clicked.connect(ui.action_open_database.trigger)
        ui.new_database_button.clicked.connect(ui.action_new_database.trigger)
        self.settings_page.open_requested.connect(ui.action_open_database.trigger)
        self.settings_page.create_requested.connect(ui.action_new_database.trigger)
        ui.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        ui.action_refresh.triggered.connect(self.refresh)
        ui.action_about.triggered.connect(self.show_about)

    @property
    def database(self) -> Database | None:
        return self._db

    # Areas
    def go_to_area(self, row: int) -> None:
        """Show area `row` (Ctrl+1…Ctrl+7) and put the keyboard in it."""
        self.ui.navigation_list.setCurrentRow(row)
        self.pages[row].focus_first()

    def open_project_follow_ups(self, project_id: int) -> None:
        """A follow-up chosen on the Today page: the Projects area, and the project's window on its follow-ups."""
        self.go_to_area(self.pages.index(self.projects_page))
        self.projects_page.open_project(project_id, tab="follow_ups")

    def _show_area(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        page = self.pages[row]
        if self._db is None and self._tried_to_open and page is not self.settings_page:
            self.ui.page_stack.setCurrentWidget(self.ui.no_database_page)
            return
        self.ui.page_stack.setCurrentWidget(page)
        page.page_shown()

    def refresh(self) -> None:
        """F5: read the current area again from the database."""
        current = self.ui.page_stack.currentWidget()
        if current in self.pages:
            current.refresh()  # type: ignore[union-attr]

    # Databases
    def open_location(self, location: str | None) -> None:
        """Open `location` (an SQLite file or a database URL; None: $FACTORY_DESK_DB or the default file),
        upgrading it if it is older, and switch to it. When it cannot be used the user is told why and
        offered another; the database open until now stays open.

        The work runs in the background (an upgrade of a large database takes a while); `opening_finished`
        says how it ended."""

        if self._db is not None and not self.may_leave():
            self.opening_finished.emit(False)
            return

        def work(_control: TaskControl) -> tuple[Database, UpgradeResult | None]:
            from factory_desk.services.database import open_database  # the data layer loads after the first paint

            return open_database(location)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, DatabaseError):
                self.opening_finished.emit(False)
                sys.excepthook(type(exc), exc, exc.__traceback__)
                return
            log.warning("Database %s not opened: %s", location or "(default)", exc)
            self._tried_to_open = True
            self._retranslate()
            self._show_area(self.ui.navigation_list.currentRow())
            self._offer_other_database(error_text(exc))
            self.opening_finished.emit(False)

        def opened(result: tuple[Database, UpgradeResult | None]) -> None:
            self._tried_to_open = True
            self._switch_to(*result)
            self.opening_finished.emit(True)

        run_task(self, work, opened, on_error=failed,
                 label=self.tr("Opening the database; an older one is upgraded first (a copy of it is kept)…"))

    def choose_database(self) -> None:
        """File → Open database…"""
        path = choose_existing_file(self, self._db)
        if path is not None:
            self._open_existing(str(path))

    def create_database(self) -> None:
        """File → New database…: an empty database in a file that does not exist yet."""
        path = choose_new_file(self, self._db)
        if path is None:
            return
        if path.exists():
            self.show_problem(self.tr(
                "There is already a file called {file}. Choose another name, or open that file with "
                "File → Open database…"
            ).format(file=path))
            return
        self.open_location(str(path))

    def _open_existing(self, location: str) -> None:
        if "://" not in location and not Path(location).exists():  # never create a file by opening it
            self._offer_other_database(self.tr(
                "The database file {file} is not there any more. It may have been moved or renamed, or it is "
                "on a drive that is not connected."
            ).format(file=location))
            return
        self.open_location(location)

    def _switch_to(self, db: Database, upgrade: UpgradeResult | None) -> None:
        log.info("Opened database %s", db.name)
        old, self._db = self._db, db
        for page in self.pages:
            page.set_database(db)
        if old is not None:
            old.dispose()
        self._preferences.remember_database(location_of(db))
        try:
            self._preferences.save()
        except OSError as exc:
            log.warning("Preferences not saved: %s", exc)
        self._retranslate()
        self._show_area(self.ui.navigation_list.currentRow())
        if upgrade is not None:
            self._tell_about_upgrade(db, upgrade)

    def _tell_about_upgrade(self, db: Database, upgrade: UpgradeResult) -> None:
        if upgrade.from_revision is None:
            self.ui.status_bar.showMessage(self.tr("A new, empty database was created: {name}").format(name=db.name))
            return
        if upgrade.backup is not None:
            text = self.tr("The database was upgraded to work with this version of Factory Desk. A copy of it as it "
                           "was before the upgrade is kept here:\n{file}").format(file=upgrade.backup)
        else:
            text = self.tr("The database was upgraded to work with this version of Factory Desk.")
        self.ui.status_bar.showMessage(text.replace("\n", " "))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Database upgraded"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _offer_other_database(self, sentence: str) -> None:
        """Say why a database cannot be used, and offer to open or create another one."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This database cannot be used"), sentence,
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if self._db is None:
            box.setInformativeText(self.tr("Open another database, or create a new one to start from scratch."))
        else:
            box.setInformativeText(self.tr("The database {name} stays open. You can also open another database "
                                           "or create a new one.").format(name=self._db.name))
        open_button = box.addButton(self.tr("Open another database…"), QMessageBox.ButtonRole.ActionRole)
        new_button = box.addButton(self.tr("Create a new database…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(self.ui.action_open_database.trigger)
        new_button.clicked.connect(self.ui.action_new_database.trigger)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menu_recent
        menu.clear()
        current = location_of(self._db) if self._db is not None else None
        recent = [location for location in self._preferences.recent_databases if location != current]
        for number, location in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {location.replace('&', '&&')}")
            action.triggered.connect(lambda _checked=False, location=location: self._open_existing(location))
        if not recent:
            menu.addAction(self.tr("No other database opened yet")).setEnabled(False)

    # Messages
    def show_problem(self, sentence: str) -> None:
        """Tell the user about a problem they can act on; repeated problems update the one box."""
        self.ui.status_bar.showMessage(sentence)
        if self._problem_box is None:
            self._problem_box = QMessageBox(QMessageBox.Icon.Warning, "Factory Desk", sentence,
                                            QMessageBox.StandardButton.Ok, self)
            self._problem_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problem_box.setText(sentence)
        self._problem_box.open()

    def show_about(self) -> None:
        dialog = AboutDialog(self._db.name if self._db else None, self._log_file, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # Language and closing
    def _retranslate(self) -> None:
        db = self._db
        if db is None:
            self.setWindowTitle("Factory Desk")
            self.database_label.setText(
                self.tr("No database is open") if self._tried_to_open else self.tr("Opening the database…")
            )
        else:
            short = db.file.name if db.file is not None else db.url.database or db.name
            self.setWindowTitle(f"{short} — Factory Desk")
            kind = "SQLite" if db.is_sqlite else "PostgreSQL"
            self.database_label.setText(self.tr("Database: {name} ({kind})").format(name=db.name, kind=kind))
        self.database_label.setToolTip(self.database_label.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def may_leave(self) -> bool:
        """Whether every page lets its unsaved work go (a page with a `confirm_leaving` asks the user)."""
        return all(page.confirm_leaving() for page in self.pages if hasattr(page, "confirm_leaving"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.may_leave():
            event.ignore()
            return
        if self._db is not None:
            for page in self.pages:
                page.set_database(None)
            self._db.dispose()
            self._db = None
        super().closeEvent(event)
