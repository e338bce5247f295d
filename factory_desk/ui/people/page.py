"""The People and organisations page: two tabs, the people register and the organisations register,
each searched as you type.

Each search waits until typing pauses for a moment, then reads the first page and the count; the table
fetches further pages itself as it is scrolled.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QWidget

from factory_desk.domain.errors import DatabaseError
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_people_page import Ui_PeoplePage
from factory_desk.ui.look import make_title
from factory_desk.ui.people.model import PeopleTableModel
from factory_desk.ui.people.organisations_panel import OrganisationsPanel
from factory_desk.ui.tasks import TaskControl, run_task
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from factory_desk.services.people import PeoplePage as PeopleRows
    from factory_desk.store.database import Database



class PeoplePage(QWidget):
    problem = Signal(str)  # a sentence for the user when the database cannot be read
    exported = Signal(str)  # a sentence saying where an export went, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        make_title(self.ui.title_label)
        self._db: Database | None = None
        self._count: int | None = None
        self._organisations: int | None = None
        self._loaded = False  # the list is read when first shown, then on F5 and as the search changes
        self.model = PeopleTableModel(self)
        view = self.ui.people_view
        view.setModel(self.model)
        # The columns share the width, so the list never scrolls sideways; a cut-off text shows as a tooltip.
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)  # more people in view
        self._search_pause = search_as_you_type(self, self.ui.search_edit, self.search)
        self.addAction(self.ui.action_import_list)  # Ctrl+I anywhere on the page
        self.ui.action_import_list.triggered.connect(self.open_import)
        self.ui.import_button.clicked.connect(self.open_import)
        export_menu = QMenu(self)
        export_menu.addAction(self.ui.action_export_people)
        export_menu.addAction(self.ui.action_export_organisations)
        self.ui.export_button.setMenu(export_menu)
        self.ui.action_export_people.triggered.connect(self.export_people)
        self.ui.action_export_organisations.triggered.connect(self.export_organisations)
        self.organisations = OrganisationsPanel(self)
        self.ui.organisations_layout.addWidget(self.organisations)
        self.organisations.problem.connect(self.problem)
        self.organisations.changed.connect(self._organisations_changed)
        self.ui.area_tabs.currentChanged.connect(self._tab_changed)
        self._retranslate()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._count = self._organisations = None
        self._loaded = False
        self.model.clear()
        self.organisations.set_database(db)
        self._retranslate()

    def show_organisations(self) -> None:
        self.ui.area_tabs.setCurrentWidget(self.ui.organisations_tab)

    def page_shown(self) -> None:
        if not self._loaded:
            self.refresh()
        if self.ui.area_tabs.currentWidget() is self.ui.organisations_tab:
            self.organisations.shown()

    def _tab_changed(self, _index: int) -> None:
        if self.ui.area_tabs.currentWidget() is self.ui.organisations_tab:
            self.organisations.shown()

    def _organisations_changed(self) -> None:
        self._refresh_people()  # the people list shows organisation names, and their count

    def refresh(self) -> None:
        """Read the list and the figures again (F5, and when first shown after a database switch)."""
        if self.ui.area_tabs.currentWidget() is self.ui.organisations_tab:
            self.organisations.refresh()
        self._refresh_people()

    def _refresh_people(self) -> None:
        self._loaded = self._db is not None
        self._organisations = None
        if self._db is not None:
            from factory_desk.services.overview import overview

            try:
                self._organisations = overview(self._db).organisations
            except DatabaseError as exc:
                self.problem.emit(error_text(exc))
        self.search()

    def search(self) -> None:
        """Show the first page of people matching the search box, and how many match."""
        self._search_pause.stop()
        query = self.ui.search_edit.text()
        self._count = None
        if self._db is None:
            self.model.clear()
        else:
            from factory_desk.services.people import count_people, search_people

            try:
                first = search_people(self._db, query)
                self._count = count_people(self._db, query)
            except DatabaseError as exc:
                self.model.clear()
                self.problem.emit(error_text(exc))
            else:
                self.model.set_first_page(first, partial(self._next_page, self._db, query))
        self._retranslate()

    def open_import(self) -> None:
        """The import wizard for a list of people (Ctrl+I); the list is read again after an import."""
        if self._db is None:
            return
        from factory_desk.ui.people.import_wizard import ImportWizard

        wizard = ImportWizard(self._db, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self.refresh)
        wizard.show_people_requested.connect(self._show_imported)
        wizard.open()

    def export_people(self) -> None:
        """Save everybody the list shows (the whole search result, not only the rows in view)."""
        query = self.ui.search_edit.text()

        def work(control: TaskControl, db: Database, path: Path) -> int:
            from factory_desk.services.registry_export import export_people

            return export_people(db, path, query=query, translate=translate,
                                 cancelled=lambda: control.cancelled).rows

        self._export(self.tr("people.xlsx"), work,
                     self.tr("Saved {count} people to {file}."), self.tr("Saving the people in the list…"))

    def export_organisations(self) -> None:
        def work(control: TaskControl, db: Database, path: Path) -> int:
            from factory_desk.services.registry_export import export_organisations

            return export_organisations(db, path, translate=translate, cancelled=lambda: control.cancelled).rows

        self._export(self.tr("organisations.xlsx"), work,
                     self.tr("Saved {count} organisations to {file}."), self.tr("Saving the organisations…"))

    def _export(self, suggested: str, work: Callable[[TaskControl, Database, Path], int], done: str,
                label: str) -> None:
        db = self._db
        if db is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path.home() / suggested),
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")

        def finished(count: int) -> None:
            self.exported.emit(done.format(count=count, file=path))

        run_task(self, lambda control: work(control, db, path), finished, label=label, cancellable=True)

    def _show_imported(self) -> None:
        self.ui.search_edit.clear()
        self.refresh()
        self.ui.people_view.setFocus()

    def focus_first(self) -> None:
        if self.ui.area_tabs.currentWidget() is self.ui.organisations_tab:
            self.organisations.focus_first()
            return
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def _next_page(self, db: Database, query: str, after: tuple[str, int]) -> PeopleRows:
        from factory_desk.services.people import PeoplePage as PeopleRows
        from factory_desk.services.people import search_people

        try:
            return search_people(db, query, after=after)
        except DatabaseError as exc:
            self.problem.emit(error_text(exc))
            return PeopleRows([], None)

    def _retranslate(self) -> None:
        count, query = self._count, self.ui.search_edit.text().strip()
        # English has no translator installed, so its texts read right for any number.
        if count is None:
            self.ui.count_label.setText("")
        elif query:
            self.ui.count_label.setText(self.tr("Found: %Ln", "people", count))
        else:
            self.ui.count_label.setText(self.tr("People: %Ln", "", count))
        self.ui.organisations_label.setText(
            "" if self._organisations is None else self.tr("Organisations: %Ln", "", self._organisations)
        )
        if count == 0 and query:
            empty = self.tr("Nobody matches “{query}”. Check the spelling or type fewer letters.")
            self.ui.empty_label.setText(empty.format(query=query))
        elif count == 0:
            self.ui.empty_label.setText(self.tr("There is nobody in this database yet."))
        self.ui.empty_label.setVisible(count == 0)
        self.ui.import_button.setEnabled(self._db is not None)
        self.ui.export_button.setEnabled(self._db is not None)
        self.ui.action_import_list.setEnabled(self._db is not None)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
