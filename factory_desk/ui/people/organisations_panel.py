"""The Organisations tab of the People and organisations page: search as you type, filters, the table,
the editor, and the card of the selected organisation (its figures and people)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text, translate
from factory_desk.ui.forms.ui_organisations_panel import Ui_OrganisationsPanel
from factory_desk.ui.people.organisations_model import OrganisationsTableModel
from factory_desk.ui.widgets.search_box import search_as_you_type

if TYPE_CHECKING:
    from factory_desk.services.organisations import OrganisationCard
    from factory_desk.store.database import Database



class OrganisationsPanel(QWidget):
    problem = Signal(str)  # a sentence for the user when the database cannot be read
    changed = Signal()  # an organisation was added or edited
    people_requested = Signal(int)  # "show all its people": the People tab narrowed to this organisation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationsPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._card: OrganisationCard | None = None
        self._editor: QWidget | None = None  # the open editor: a double-click also activates, one is enough
        self._loaded = False
        self.model = OrganisationsTableModel(self)
        self.people_model = QStringListModel(self)
        self.ui.card_people_view.setModel(self.people_model)
        view = self.ui.organisations_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        # The name takes what the other columns leave, so the table never scrolls sideways.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OrganisationsTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OrganisationsTableModel.INN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OrganisationsTableModel.PEOPLE, QHeaderView.ResizeMode.ResizeToContents)
        em = view.fontMetrics().horizontalAdvance("M")
        header.resizeSection(OrganisationsTableModel.TYPE, 22 * em)
        header.resizeSection(OrganisationsTableModel.REGION, 16 * em)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.activated.connect(self._edit_index)  # Enter, and double-click on most styles
        view.doubleClicked.connect(self._edit_index)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        # The table above, the card below: the table keeps the page's full width for its names.
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([360, 240])
        self._search_pause = search_as_you_type(self, self.ui.search_edit, self.search)
        for combo in (self.ui.type_combo, self.ui.sector_combo, self.ui.region_combo, self.ui.national_combo):
            combo.activated.connect(self.search)
        self.ui.add_button.clicked.connect(self.add_organisation)
        self.ui.edit_button.clicked.connect(self.edit_selected)
        self.ui.show_people_button.clicked.connect(self._show_people)
        self.ui.plan_groups_button.clicked.connect(self.plan_groups)
        self.planner: QDialog | None = None  # the open group planner
        self._retranslate()

    # --- what the page asks of the tab ----------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._loaded = False
        self._fill_fixed_filters()
        self.model.clear()
        self._show_card(None)
        self._retranslate()

    def shown(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Read the filter choices and the list again."""
        self._loaded = self._db is not None
        self._fill_choices()
        self.search()

    def focus_first(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def selected_id(self) -> int | None:
        rows = self.ui.organisations_view.selectionModel().selectedRows()
        return self.model.organisation_id(rows[0].row()) if rows else None

    def search(self) -> None:
        """List the organisations matching the search box and the filters; keep the selection if still listed."""
        self._search_pause.stop()
        keep = self.selected_id()
        if self._db is None:
            self.model.clear()
        else:
            from factory_desk.services.organisations import list_organisations

            try:
                rows = list_organisations(
                    self._db, self.ui.search_edit.text(), org_type=self.ui.type_combo.currentData(),
                    sector=self.ui.sector_combo.currentData(), region=self.ui.region_combo.currentData(),
                    national_project=self.ui.national_combo.currentData())
            except FactoryDeskError as exc:
                self.model.clear()
                self.problem.emit(error_text(exc))
            else:
                self.model.set_rows(rows)
        if keep is not None:
            self.select(keep)
        if self.selected_id() is None:
            self._show_card(None)
        self._retranslate()

    def select(self, organisation_id: int) -> None:
        row = self.model.row_of(organisation_id)
        if row is not None:
            self.ui.organisations_view.selectRow(row)
            self.ui.organisations_view.scrollTo(self.model.index(row, 0))

    # --- editing --------------------------------------------------------------------------------------
    def add_organisation(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        if (organisation_id := self.selected_id()) is not None:
            self._open_editor(organisation_id)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_editor(self.model.organisation_id(index.row()))

    def _open_editor(self, organisation_id: int | None) -> None:
        if self._db is None or self._editor is not None:
            return
        from factory_desk.ui.people.organisation_dialog import OrganisationDialog

        try:
            dialog = OrganisationDialog(self._db, organisation_id, self)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(self._editor_closed)
        self._editor = dialog
        dialog.open()

    def _editor_closed(self) -> None:
        self._editor = None

    def _saved(self, organisation_id: int) -> None:
        self.refresh()
        self.select(organisation_id)
        if self.selected_id() is None:  # a filter hides it: show it all the same, the search cleared
            self._clear_filters()
            self.search()
            self.select(organisation_id)
        self._load_card()
        self.changed.emit()

    def _show_people(self) -> None:
        if (organisation_id := self.selected_id()) is not None:
            self.people_requested.emit(organisation_id)

    def plan_groups(self) -> None:
        """The group planner for this organisation's people not yet trained; the plan is accepted there."""
        from factory_desk.ui.sessions.planner_dialog import PlannerDialog
        from factory_desk.ui.user import desk_user

        if self._db is None or (organisation_id := self.selected_id()) is None:
            return
        dialog = PlannerDialog(self._db, None, self, organisation_id=organisation_id, user_name=desk_user())
        dialog.finished.connect(lambda _result: self._load_card())  # its figures change once people are placed
        self.planner = dialog
        dialog.open()

    # --- filters --------------------------------------------------------------------------------------
    def _fill_fixed_filters(self) -> None:
        # Imported here: the labels bring the data model, which the window must not load before it paints.
        from factory_desk.domain.labels import ORGANISATION_TYPE

        type_combo, national = self.ui.type_combo, self.ui.national_combo
        type_index, national_index = type_combo.currentIndex(), national.currentIndex()
        type_combo.clear()
        type_combo.addItem(self.tr("Any"), None)
        for value, label in ORGANISATION_TYPE.items():
            type_combo.addItem(translate("Labels", label), value)
        national.clear()
        national.addItem(self.tr("Any"), None)
        national.addItem(self.tr("Yes"), True)
        national.addItem(self.tr("No"), False)
        type_combo.setCurrentIndex(max(0, type_index))
        national.setCurrentIndex(max(0, national_index))

    def _fill_choices(self) -> None:
        sectors: list[str] = []
        regions: list[str] = []
        if self._db is not None:
            from factory_desk.services.organisations import filter_choices

            try:
                choices = filter_choices(self._db)
                sectors, regions = choices.sectors, choices.regions
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        for combo, values in ((self.ui.sector_combo, sectors), (self.ui.region_combo, regions)):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def _clear_filters(self) -> None:
        self.ui.search_edit.blockSignals(True)
        self.ui.search_edit.clear()
        self.ui.search_edit.blockSignals(False)
        for combo in (self.ui.type_combo, self.ui.sector_combo, self.ui.region_combo, self.ui.national_combo):
            combo.setCurrentIndex(0)

    def _filtered(self) -> bool:
        return bool(self.ui.search_edit.text().strip()) or any(
            combo.currentIndex() > 0
            for combo in (self.ui.type_combo, self.ui.sector_combo, self.ui.region_combo, self.ui.national_combo))

    # --- the card -------------------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._load_card()

    def _load_card(self) -> None:
        organisation_id = self.selected_id()
        if organisation_id is None or self._db is None:
            self._show_card(None)
            return
        from factory_desk.services.organisations import organisation_card

        try:
            self._show_card(organisation_card(self._db, organisation_id))
        except FactoryDeskError as exc:
            self._show_card(None)
            self.problem.emit(error_text(exc))

    def _show_card(self, card: OrganisationCard | None) -> None:
        self._card = card
        self.people_model.setStringList(
            [] if card is None else [f"{p.name} — {p.position}" if p.position else p.name for p in card.people])
        self._retranslate_card()

    def _retranslate_card(self) -> None:
        card, ui = self._card, self.ui
        ui.card_group.setEnabled(card is not None)
        ui.edit_button.setEnabled(card is not None)
        ui.plan_groups_button.setEnabled(card is not None and self._db is not None)
        if card is None:
            ui.card_name_label.setText(self.tr("Select an organisation to see its people and figures."))
            ui.card_figures_label.setText("")
            ui.card_projects_label.setText("")
            return
        name = card.full_name if card.full_name == card.name else f"{card.name}\n{card.full_name}"
        ui.card_name_label.setText(name + ("\n" + self.tr("INN {inn}").format(inn=card.inn) if card.inn else ""))
        figures = [self.tr("People: %Ln", "", card.people_count),
                   self.tr("Sessions attended: %Ln", "", card.enrolments),
                   self.tr("Certificates issued: %Ln", "", card.certificates),
                   self.tr("Improvement projects: %Ln", "", card.projects_count)]
        ui.card_figures_label.setText("\n".join(figures))
        shown = len(card.people)
        ui.card_people_label.setText(
            self.tr("&People:") if shown == card.people_count
            else self.tr("&People (the first %n):", "", shown))
        ui.card_projects_label.setText(
            "" if not card.projects else self.tr("Projects: {titles}").format(
                titles="; ".join(p.title for p in card.projects)))

    # --- language -------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        count = self.model.rowCount()
        has_db = self._db is not None
        if not self._loaded:
            self.ui.count_label.setText("")
        elif self._filtered():
            self.ui.count_label.setText(self.tr("Found: %Ln", "organisations", count))
        else:
            self.ui.count_label.setText(self.tr("Organisations: %Ln", "", count))
        empty = ""
        if self._loaded and count == 0:
            empty = (self.tr("No organisation matches. Check the spelling, type fewer letters or choose «Any».")
                     if self._filtered() else self.tr("There is no organisation in this database yet."))
        self.ui.empty_label.setText(empty)
        self.ui.empty_label.setVisible(bool(empty))
        self.ui.add_button.setEnabled(has_db)
        self.model.retranslate()
        self._retranslate_card()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_fixed_filters()
            self._fill_choices()
            self._retranslate()
        super().changeEvent(event)
