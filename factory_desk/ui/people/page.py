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

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from factory_desk.domain.errors import DatabaseError, FactoryDeskError
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_people_page import Ui_PeoplePage
from factory_desk.ui.look import make_title
from factory_desk.ui.people.model import PeopleTableModel
from factory_desk.ui.people.organisations_panel import OrganisationsPanel
from factory_desk.ui.people.person_card import PersonCardView
from factory_desk.ui.tasks import TaskControl, run_task
from factory_desk.ui.widgets.organisation_combo import chosen_organisation, fill_organisations, make_searchable
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from factory_desk.services.people import PeopleFilter
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
        view.activated.connect(self._edit_index)  # Enter, and double-click on most styles
        view.doubleClicked.connect(self._edit_index)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.card = PersonCardView(self)
        self.ui.card_layout.addWidget(self.card)
        self.ui.people_splitter.setStretchFactor(0, 3)
        self.ui.people_splitter.setStretchFactor(1, 2)
        self.ui.people_splitter.setSizes([360, 260])
        self.card.problem.connect(self.problem)
        self.card.edit_requested.connect(self.edit_person)
        self.card.merge_requested.connect(self.merge_person)
        self.card.export_requested.connect(self.export_person_data)
        self.card.erase_requested.connect(self.erase_person)
        self._editor: QWidget | None = None  # the open editor: a double-click also activates, one is enough
        self._search_pause = search_as_you_type(self, self.ui.search_edit, self.search)
        make_searchable(self.ui.organisation_filter_combo)
        # Long official names must not push the other filters off a 1280-pixel screen.
        self.ui.organisation_filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ui.organisation_filter_combo.setMinimumContentsLength(24)
        self.ui.organisation_filter_combo.activated.connect(self.search)
        self.ui.organisation_filter_combo.lineEdit().returnPressed.connect(self.search)
        self.ui.category_filter_combo.activated.connect(self.search)
        self.ui.trained_filter_combo.activated.connect(self.search)
        self.addAction(self.ui.action_new_person)  # Ctrl+N anywhere on the page
        self.ui.action_new_person.triggered.connect(self.new_person)
        self.ui.new_person_button.clicked.connect(self.new_person)
        self.ui.duplicates_button.clicked.connect(self.open_duplicates)
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
        self.organisations.people_requested.connect(self.show_organisation_people)
        self.ui.area_tabs.currentChanged.connect(self._tab_changed)
        self._retranslate()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._count = self._organisations = None
        self._loaded = False
        self.model.clear()
        self.organisations.set_database(db)
        self.card.set_database(db)
        self._fill_fixed_filters()
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
        self._fill_organisation_filter()

    def refresh(self) -> None:
        """Read the list and the figures again (F5, and when first shown after a database switch)."""
        if self.ui.area_tabs.currentWidget() is self.ui.organisations_tab:
            self.organisations.refresh()
        self._refresh_people()

    def _refresh_people(self) -> None:
        if not self._loaded:
            self._fill_organisation_filter()
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
        keep = self.selected_id()
        self._count = None
        if self._db is None:
            self.model.clear()
        else:
            from factory_desk.services.people import count_people, search_people

            filters = self.filters()
            try:
                first = search_people(self._db, query, filters=filters)
                self._count = count_people(self._db, query, filters=filters)
            except DatabaseError as exc:
                self.model.clear()
                self.problem.emit(error_text(exc))
            else:
                self.model.set_first_page(first, partial(self._next_page, self._db, query, filters))
        if keep is not None:
            self.select(keep)
        if self.selected_id() != self.card.person_id():
            self.card.show_person(self.selected_id())
        self._retranslate()

    # --- filters --------------------------------------------------------------------------------------
    def filters(self) -> PeopleFilter:
        from factory_desk.services.people import PeopleFilter

        known, organisation_id = chosen_organisation(self.ui.organisation_filter_combo)
        return PeopleFilter(organisation_id=organisation_id if known else None,
                            category=self.ui.category_filter_combo.currentData(),
                            trained=self.ui.trained_filter_combo.currentData())

    def _filtered(self) -> bool:
        return bool(self.filters())

    def _fill_fixed_filters(self) -> None:
        # Imported here: the labels bring the data model, which the window must not load before it paints.
        from factory_desk.domain.labels import PERSON_CATEGORY

        category, trained = self.ui.category_filter_combo, self.ui.trained_filter_combo
        category_value, trained_index = category.currentData(), trained.currentIndex()
        category.clear()
        category.addItem(self.tr("Any"), None)
        for value, label in PERSON_CATEGORY.items():
            category.addItem(translate("Labels", label), value)
        category.setCurrentIndex(max(0, category.findData(category_value)))
        trained.clear()
        trained.addItem(self.tr("Any"), None)
        trained.addItem(self.tr("Trained"), True)
        trained.addItem(self.tr("Not yet trained"), False)
        trained.setCurrentIndex(max(0, trained_index))

    def _fill_organisation_filter(self) -> None:
        combo = self.ui.organisation_filter_combo
        _known, current = chosen_organisation(combo)
        choices = []
        if self._db is not None:
            from factory_desk.services.people_import import organisation_choices

            try:
                choices = organisation_choices(self._db)
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        fill_organisations(combo, choices, none_text=self.tr("Any"), current=current)

    def show_organisation_people(self, organisation_id: int) -> None:
        """The people tab narrowed to one organisation (from the organisation's card)."""
        self.ui.area_tabs.setCurrentWidget(self.ui.people_tab)
        self._fill_organisation_filter()
        combo = self.ui.organisation_filter_combo
        combo.setCurrentIndex(max(0, combo.findData(organisation_id)))
        self.ui.search_edit.clear()
        self.search()

    # --- the selected person --------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.ui.people_view.selectionModel().selectedRows()
        return self.model.person_id(rows[0].row()) if rows else None

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is not None:
            self.ui.people_view.selectRow(row)
            self.ui.people_view.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.card.show_person(self.selected_id())

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_person(self.model.person_id(index.row()))

    def new_person(self) -> None:
        """The editor for a person entered by hand (Ctrl+N), in the organisation the list is narrowed to."""
        self._open_editor(None)

    def edit_person(self, person_id: int) -> None:
        self._open_editor(person_id)

    def _open_editor(self, person_id: int | None) -> None:
        if self._db is None or self._editor is not None:
            return
        from factory_desk.ui.people.person_dialog import PersonDialog

        try:
            dialog = PersonDialog(self._db, person_id, self, organisation_id=self.filters().organisation_id)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._person_saved)
        dialog.finished.connect(self._editor_closed)
        self._editor = dialog
        dialog.open()

    def _editor_closed(self) -> None:
        self._editor = None

    def _person_saved(self, person_id: int) -> None:
        self._refresh_people()
        self.select(person_id)
        if self.selected_id() != person_id and self._db is not None:
            # The search or a filter hides the person: show them all the same, found by their own name.
            from factory_desk.services.person_details import get_person

            self._clear_filters()
            self.ui.search_edit.setText(get_person(self._db, person_id).full_name)
            self.search()
            self.select(person_id)
        self.card.show_person(person_id)

    def _clear_filters(self) -> None:
        for combo in (self.ui.organisation_filter_combo, self.ui.category_filter_combo,
                      self.ui.trained_filter_combo):
            combo.setCurrentIndex(0)

    def open_duplicates(self) -> None:
        """The list of people entered twice in one organisation, and merging them."""
        if self._db is None:
            return
        from factory_desk.ui.people.merge_dialog import MergeDialog

        dialog = MergeDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()

    def merge_person(self, person_id: int) -> None:
        if self._db is None:
            return
        from factory_desk.ui.people.merge_dialog import MergeDialog

        dialog = MergeDialog(self._db, self, person_id=person_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()

    def _merged(self, kept_id: int) -> None:
        self._refresh_people()
        self.select(kept_id)
        self.card.show_person(self.selected_id() or kept_id)

    def export_person_data(self, person_id: int) -> None:
        """Everything held about the person in one file, for their request (audited)."""
        db = self._db
        if db is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export a person's data"), str(Path.home() / self.tr("personal-data-{id}.xlsx").format(
                id=person_id)), self.tr("Excel workbook (*.xlsx);;JSON (*.json)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".json"):
            path = path.with_suffix(".xlsx")

        def work(_control: TaskControl) -> Path:
            from factory_desk.services.personal_data import export_person_data

            return export_person_data(db, person_id, path, translate)

        run_task(self, work, lambda saved: self.exported.emit(
            self.tr("The person's data were saved to {file}.").format(file=saved)),
            label=self.tr("Saving the person's data…"))

    def erase_person(self, person_id: int) -> None:
        """Anonymise the person on their request, after a confirmation with the reason (audited)."""
        if self._db is None:
            return
        card = self.card
        name = card.name_label.text()
        reason, ok = QInputDialog.getText(
            self, self.tr("Erase personal data"),
            self.tr("Erase the name, contacts and consent of «{name}»? Their sessions, attendance and certificates "
                    "stay in the statistics without a name. This cannot be undone.\n\nReason (for example, the "
                    "person's request of 12.03.2026):").format(name=name), QLineEdit.EchoMode.Normal,
            self.tr("At the person's request"))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Erase personal data"),
                                self.tr("Nothing was erased: the reason is needed for the log."))
            return
        from factory_desk.services.personal_data import erase_person

        try:
            erase_person(self._db, person_id, reason=reason.strip())
        except FactoryDeskError as exc:
            QMessageBox.warning(self, self.tr("Erase personal data"), error_text(exc))
            return
        self.exported.emit(self.tr("The personal data of «{name}» were erased.").format(name=name))
        self._refresh_people()
        self.card.show_person(person_id)

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

    def _next_page(self, db: Database, query: str, filters: PeopleFilter, after: tuple[str, int]) -> PeopleRows:
        from factory_desk.services.people import PeoplePage as PeopleRows
        from factory_desk.services.people import search_people

        try:
            return search_people(db, query, filters=filters, after=after)
        except DatabaseError as exc:
            self.problem.emit(error_text(exc))
            return PeopleRows([], None)

    def _retranslate(self) -> None:
        count, query = self._count, self.ui.search_edit.text().strip()
        # English has no translator installed, so its texts read right for any number.
        if count is None:
            self.ui.count_label.setText("")
        elif query or self._filtered():
            self.ui.count_label.setText(self.tr("Found: %Ln", "people", count))
        else:
            self.ui.count_label.setText(self.tr("People: %Ln", "", count))
        self.ui.organisations_label.setText(
            "" if self._organisations is None else self.tr("Organisations: %Ln", "", self._organisations)
        )
        if count == 0 and query:
            empty = self.tr("Nobody matches “{query}”. Check the spelling or type fewer letters.")
            self.ui.empty_label.setText(empty.format(query=query))
        elif count == 0 and self._filtered():
            self.ui.empty_label.setText(self.tr("Nobody matches the filters. Choose «Any» to see more people."))
        elif count == 0:
            self.ui.empty_label.setText(self.tr("There is nobody in this database yet."))
        self.ui.empty_label.setVisible(count == 0)
        self.ui.import_button.setEnabled(self._db is not None)
        self.ui.export_button.setEnabled(self._db is not None)
        self.ui.action_import_list.setEnabled(self._db is not None)
        for widget in (self.ui.new_person_button, self.ui.duplicates_button, self.ui.action_new_person):
            widget.setEnabled(self._db is not None)
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_fixed_filters()
            self._fill_organisation_filter()
            self._retranslate()
        super().changeEvent(event)
