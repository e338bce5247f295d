"""The import wizard: a list of people from an organisation's Excel or CSV file into the register.

File → columns → preview → where they go → result. The file is read, checked and imported in the
background (ui/tasks.py); nothing is written before the user presses Import, and the import is one
transaction (services/people_import.py). The pages share one `ImportState`; a page reads what the pages
before it decided and records its own decisions there.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
    QWizard,
    QWizardPage,
)

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.exchange.people_columns import (
    FIELD_LABELS,
    Field,
    Layout,
    guess_mapping,
    title_inn,
    title_organisation,
)
from factory_desk.i18n import error_text, problem_text, translate
from factory_desk.ui.forms.ui_import_columns_page import Ui_ImportColumnsPage
from factory_desk.ui.forms.ui_import_confirm_page import Ui_ImportConfirmPage
from factory_desk.ui.forms.ui_import_file_page import Ui_ImportFilePage
from factory_desk.ui.forms.ui_import_preview_page import Ui_ImportPreviewPage
from factory_desk.ui.forms.ui_import_result_page import Ui_ImportResultPage
from factory_desk.ui.people.import_model import PreviewTableModel
from factory_desk.ui.tasks import TaskControl, run_task
from factory_desk.ui.widgets.organisation_combo import choice_text, make_searchable

if TYPE_CHECKING:
    from factory_desk.exchange.tables import Table
    from factory_desk.services.enrolment import SessionChoice
    from factory_desk.services.people_import import CheckedRow, ImportResult, OrganisationChoice
    from factory_desk.store.database import Database

SAMPLE_ROWS = 15  # rows of the file shown under the column choices
LIST_SUFFIXES = "*.xlsx *.xlsm *.csv *.txt *.tsv"
ERROR_STYLE = "color: #b00020;"
MIN_CHOICE_LETTERS = 12
WIDEST_COLUMN = 260  # a long position or status does not push the other preview columns out of sight


@dataclass
class ImportState:
    """What the pages of one import have found and decided so far."""

    db: Database
    path: Path | None = None
    table: Table | None = None
    heading_row: int = 0
    mapping: dict[int, Field] = field(default_factory=dict)
    title_inn: str | None = None
    title_organisation: str | None = None
    heading_problem: str = ""  # why no heading row was found, as a sentence
    organisation_id: int | None = None  # the organisation chosen for rows without one
    checked: list[CheckedRow] | None = None
    result: ImportResult | None = None
    session: SessionChoice | None = None  # the session the people were enrolled in, if one was chosen
    preselected_session: int | None = None  # opened from a session: that session is offered first

    def use_layout(self, layout: Layout) -> None:
        self.heading_row, self.mapping = layout.heading_row, dict(layout.mapping)
        self.title_inn, self.title_organisation = layout.title_inn, layout.title_organisation


def local_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file being dragged, or None."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile():
        return Path(urls[0].toLocalFile())
    return None


class FilePage(QWizardPage):
    """Choose (or drop) the file; it is read in the background, and a workbook's sheet can be chosen."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self.state = state
        self._reading = False
        self._reads = 0  # the number of the latest read: an earlier one finishing late is ignored
        self.setAcceptDrops(True)
        self.ui.choose_button.clicked.connect(self.choose_file)
        self.ui.sheet_combo.activated.connect(self._sheet_chosen)
        self._show_sheets()

    def choose_file(self) -> None:
        folder = str(self.state.path.parent) if self.state.path else ""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the list of people"), folder,
            self.tr("Lists of people ({patterns})").format(patterns=LIST_SUFFIXES) + ";;"
            + self.tr("All files (*)"))
        if name:
            self.read(Path(name))

    def read(self, path: Path, sheet: str | None = None) -> None:
        """Read `path` (its `sheet`, else the one the workbook opens on) and find its headings."""

        def work(_control: TaskControl) -> tuple[Table, Layout, str]:
            from factory_desk.exchange.people_columns import NoHeadingRowError, detect_layout
            from factory_desk.exchange.tables import read_table

            table = read_table(path, sheet=sheet)
            try:
                return table, detect_layout(table), ""
            except NoHeadingRowError as exc:
                return table, Layout(0, {}), error_text(exc)

        self._reading = True
        self._reads += 1
        self.state.path = path
        self.ui.file_edit.setText(str(path))
        self._say(self.tr("Reading {name}…").format(name=path.name))
        self.completeChanged.emit()
        run_task(self, work, partial(self._read, self._reads), on_error=partial(self._not_read, self._reads),
                 label=self.tr("Reading the list…"))

    def _read(self, number: int, found: tuple[Table, Layout, str]) -> None:
        if number != self._reads:
            return
        table, layout, heading_problem = found
        self._reading = False
        self.state.table, self.state.heading_problem = table, heading_problem
        self.state.use_layout(layout)
        self.state.checked = None
        where = self.tr("{name}, sheet “{sheet}”").format(name=table.name, sheet=table.sheet) if table.sheet \
            else table.name
        if table.rows:
            self._say(self.tr("Read {rows} rows from {where}. Press Next to check the columns.")
                      .format(rows=len(table.rows), where=where))
        else:
            self._say(self.tr("There is nothing in {where}. Choose another sheet or file.").format(where=where),
                      error=True)
        self._show_sheets()
        self.completeChanged.emit()

    def _not_read(self, number: int, exc: BaseException) -> None:
        if number != self._reads:
            return
        self._reading = False
        self.state.table = None
        self._show_sheets()
        self.completeChanged.emit()
        if not isinstance(exc, FactoryDeskError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._say(error_text(exc), error=True)

    def _say(self, sentence: str, error: bool = False) -> None:
        self.ui.status_label.setText(sentence)
        self.ui.status_label.setStyleSheet(ERROR_STYLE if error else "")

    def _show_sheets(self) -> None:
        table = self.state.table
        sheets = table.sheets if table is not None else ()
        combo = self.ui.sheet_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(list(sheets))
        if table is not None and table.sheet:
            combo.setCurrentText(table.sheet)
        combo.blockSignals(False)
        for widget in (self.ui.sheet_label, combo):
            widget.setVisible(len(sheets) > 1)

    def _sheet_chosen(self, index: int) -> None:
        table, path = self.state.table, self.state.path
        if path is not None and table is not None and self.ui.sheet_combo.itemText(index) != table.sheet:
            self.read(path, self.ui.sheet_combo.itemText(index))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.state.table is not None and bool(self.state.table.rows) and not self._reading

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if local_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        if (path := local_file(event)) is not None:
            event.acceptProposedAction()
            self.read(path)


class ColumnsPage(QWizardPage):
    """The file's first rows with a choice of field above each column; the organisation for rows without one."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportColumnsPage()
        self.ui.setupUi(self)
        self.state = state
        self._shown: Table | None = None  # the table the page was last filled from
        self._choices: list[OrganisationChoice] = []
        self._combos: list[QComboBox] = []
        combo = self.ui.organisation_combo
        make_searchable(combo)
        combo.currentTextChanged.connect(self._organisation_changed)
        self.ui.chosen_radio.toggled.connect(self._organisation_changed)
        self.ui.new_organisation_button.clicked.connect(self.new_organisation)
        self.organisation_editor: QDialog | None = None  # "New organisation…", while it is open
        self.ui.heading_spin.valueChanged.connect(self._heading_moved)
        self.ui.columns_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.state.table is not self._shown:
            self._shown = self.state.table
            self._load_organisations()
            self.ui.heading_spin.blockSignals(True)
            self.ui.heading_spin.setMaximum(max(1, len(self.state.table.rows) if self.state.table else 1))
            self.ui.heading_spin.setValue(self.state.heading_row + 1)
            self.ui.heading_spin.blockSignals(False)
            self._fill()
        self.ui.columns_view.setFocus()

    def _load_organisations(self) -> None:
        from factory_desk.services.people_import import organisation_choices

        try:
            self._choices = organisation_choices(self.state.db)
        except FactoryDeskError as exc:
            self._choices = []
            self.ui.mapping_label.setText(error_text(exc))
        combo = self.ui.organisation_combo
        combo.blockSignals(True)
        combo.clear()
        for choice in self._choices:
            combo.addItem(choice_text(choice), choice.id)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)
        self.ui.chosen_radio.setEnabled(bool(self._choices))
        combo.setEnabled(bool(self._choices))

    def new_organisation(self) -> None:
        """The organisation the list comes from is not in the database yet: add it without leaving the import."""
        from factory_desk.ui.people.organisation_dialog import OrganisationDialog
        from factory_desk.ui.user import desk_user

        dialog = OrganisationDialog(self.state.db, None, self, user_name=desk_user())
        if self.state.title_organisation:  # the file's title block names it: a head start
            dialog.ui.full_name_edit.setText(self.state.title_organisation)
        dialog.saved.connect(self._organisation_added)
        dialog.finished.connect(lambda _result: setattr(self, "organisation_editor", None))
        self.organisation_editor = dialog
        dialog.open()

    def _organisation_added(self, organisation_id: int) -> None:
        self._load_organisations()
        combo = self.ui.organisation_combo
        combo.setCurrentIndex(combo.findData(organisation_id))
        self.ui.chosen_radio.setChecked(True)
        self._organisation_changed()
        combo.setFocus()  # Enter now goes on to the next page, not to the button again

    def _heading_moved(self, value: int) -> None:
        table = self.state.table
        if table is None or not 0 < value <= len(table.rows) or value - 1 == self.state.heading_row:
            return  # Enter in the box says the same row again: the user's column choices stay
        self.state.heading_row = value - 1
        self.state.mapping = guess_mapping(table.rows[value - 1])
        self.state.title_inn = title_inn(table, value - 1)
        self.state.title_organisation = title_organisation(table, value - 1)
        self.state.checked = None
        self.state.heading_problem = ""
        self._fill()

    def _fill(self) -> None:
        """The column choices and the sample rows, from the heading row down."""
        table, view = self.state.table, self.ui.columns_view
        self._combos = []
        view.clear()
        if table is None:
            return
        sample = table.rows[self.state.heading_row:self.state.heading_row + SAMPLE_ROWS + 1]
        view.setColumnCount(table.width)
        view.setRowCount(len(sample) + 1)
        view.setVerticalHeaderLabels([self.tr("Import as"),
                                      *(str(self.state.heading_row + 1 + n) for n in range(len(sample)))])
        bold = QFont(view.font())
        bold.setBold(True)
        for row, cells in enumerate(sample, start=1):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row == 1:
                    item.setFont(bold)
                view.setItem(row, column, item)
        for column in range(table.width):
            combo = QComboBox(view)
            # As narrow as a short field name: a column is as wide as its cells, not its longest choice.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(MIN_CHOICE_LETTERS)
            combo.addItem(self.tr("— not imported —"), None)
            for value, label in FIELD_LABELS.items():
                combo.addItem(translate("Import", label), value.value)
            chosen = self.state.mapping.get(column)
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen is not None else 0)
            combo.setAccessibleName(self.tr("What column {number} holds").format(number=column + 1))
            combo.currentIndexChanged.connect(lambda _i, column=column: self._column_changed(column))
            view.setCellWidget(0, column, combo)
            self._combos.append(combo)
        view.resizeColumnsToContents()
        for column in range(table.width):
            view.setColumnWidth(column, min(view.columnWidth(column), WIDEST_COLUMN))
        view.resizeRowToContents(0)
        self._show_mapping()

    def _column_changed(self, column: int) -> None:
        value = self._combos[column].currentData()
        if value is None:
            self.state.mapping.pop(column, None)
        else:
            self.state.mapping[column] = Field(value)
        self.state.checked = None
        self._show_mapping()

    def _show_mapping(self) -> None:
        from factory_desk.exchange.people_file import mapping_problem

        problem = mapping_problem(self.state.mapping)
        sentence = problem_text(problem) if problem is not None else ""
        if problem is not None and self.state.heading_problem:
            sentence = f"{self.state.heading_problem} {sentence}"
        self.ui.mapping_label.setText(sentence)
        self.ui.mapping_label.setStyleSheet(ERROR_STYLE if sentence else "")
        self.ui.mapping_label.setVisible(bool(sentence))
        self._show_file_organisation()
        self.completeChanged.emit()

    def _show_file_organisation(self) -> None:
        said = []
        table = self.state.table
        columns = [c for c, f in sorted(self.state.mapping.items()) if f in (Field.ORGANISATION, Field.INN)]
        if table is not None and columns:
            heading = table.rows[self.state.heading_row]
            names = ", ".join(f"“{heading[c] or c + 1}”" for c in columns)
            said.append(self.tr("The organisation is taken from the column {names}.").format(names=names))
        if self.state.title_organisation:
            said.append(self.tr("Organisation from the file's title block: {name}").format(
                name=self.state.title_organisation))
        if self.state.title_inn:
            said.append(self.tr("INN from the file's title block: {inn}").format(inn=self.state.title_inn))
        if not said:
            said.append(self.tr("The file does not name an organisation: choose one below, or the people are "
                                "imported without one."))
        self.ui.from_file_label.setText("\n".join(said))

    def _organisation_changed(self) -> None:
        combo = self.ui.organisation_combo
        found = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        chosen = combo.itemData(found) if found >= 0 and self.ui.chosen_radio.isChecked() else None
        if combo.hasFocus() and combo.currentText() and not self.ui.chosen_radio.isChecked():
            self.ui.chosen_radio.setChecked(True)  # typing a name chooses this way
            return
        if chosen != self.state.organisation_id:
            self.state.organisation_id = chosen
            self.state.checked = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        from factory_desk.exchange.people_file import mapping_problem

        if self.state.table is None or mapping_problem(self.state.mapping) is not None:
            return False
        return not self.ui.chosen_radio.isChecked() or self.state.organisation_id is not None


class PreviewPage(QWizardPage):
    """Every row as it will be imported, checked against the database in the background."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)
        self.state = state
        self._checking = False
        self._checks = 0  # the number of the latest check: an earlier one finishing late is ignored
        self.model = PreviewTableModel(self)
        view = self.ui.preview_view
        view.setModel(self.model)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        self.ui.problems_check.toggled.connect(self._filter)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        if self.state.checked is None:
            self._check()
        self.ui.preview_view.setFocus()

    def _check(self) -> None:
        state = self.state
        table, mapping, heading_row = state.table, dict(state.mapping), state.heading_row
        chosen = state.organisation_id
        default_inn = state.title_inn if chosen is None else None
        default_organisation = state.title_organisation if chosen is None else None
        db = state.db

        def work(_control: TaskControl) -> list[CheckedRow]:
            from factory_desk.exchange.people_file import preview
            from factory_desk.services.people_import import check_rows

            assert table is not None
            rows = preview(table, mapping, heading_row=heading_row, default_organisation=default_organisation,
                           default_inn=default_inn)
            return check_rows(db, rows, organisation_id=chosen)

        self._checking = True
        self._checks += 1
        self.model.set_rows([])
        self.ui.counts_label.setText("")
        self._say(self.tr("Checking the rows against the database…"))
        self.completeChanged.emit()
        run_task(self, work, partial(self._checked, self._checks), on_error=partial(self._not_checked, self._checks),
                 label=self.tr("Checking the rows…"))

    def _checked(self, number: int, rows: list[CheckedRow]) -> None:
        if number != self._checks:
            return
        self._checking = False
        self.state.checked = rows
        self.model.set_rows(rows)
        self._show_counts()
        view = self.ui.preview_view
        view.resizeColumnsToContents()
        for column in range(PreviewTableModel.COLUMN_COUNT - 1):
            view.setColumnWidth(column, min(view.columnWidth(column), WIDEST_COLUMN))
        view.resizeRowsToContents()  # a long status wraps instead of being cut off
        self.completeChanged.emit()

    def _filter(self, only_problems: bool) -> None:
        self.model.set_only_problems(only_problems)
        self.ui.preview_view.resizeRowsToContents()

    def _not_checked(self, number: int, exc: BaseException) -> None:
        if number != self._checks:
            return
        self._checking = False
        self.completeChanged.emit()
        if not isinstance(exc, FactoryDeskError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._say(error_text(exc), error=True)

    def _show_counts(self) -> None:
        rows = self.state.checked or []
        kinds = [PreviewTableModel.kind(r) for r in rows]
        imported = sum(1 for r in rows if r.will_import)
        self.ui.counts_label.setText(self.tr(
            "Will be imported: {imported} · with warnings: {warnings} · with errors: {errors} · skipped: {skipped}"
        ).format(imported=imported, warnings=kinds.count(PreviewTableModel.WARNING),
                 errors=kinds.count(PreviewTableModel.ERROR), skipped=kinds.count(PreviewTableModel.SKIPPED)))
        if imported:
            self._say("")
        else:
            self._say(self.tr("No row can be imported. Go back and check the columns, or correct the file and "
                              "choose it again."), error=True)

    def _say(self, sentence: str, error: bool = False) -> None:
        self.ui.status_label.setText(sentence)
        self.ui.status_label.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.status_label.setVisible(bool(sentence))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self._checking and any(r.will_import for r in self.state.checked or [])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)


class ConfirmPage(QWizardPage):
    """Pool, a session, or register only; Import writes everything in one transaction, in the background."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportConfirmPage()
        self.ui.setupUi(self)
        self.state = state
        self._importing = False
        self._sessions: list[SessionChoice] = []
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.ui.session_combo.activated.connect(lambda _index: self.ui.session_radio.setChecked(True))
        self.ui.session_combo.currentIndexChanged.connect(self._show_session_note)
        self.ui.session_radio.toggled.connect(self._show_session_note)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        rows = [r for r in self.state.checked or [] if r.will_import]
        existing = sum(1 for r in rows if r.existing_person_id is not None)
        new_organisations = {r.organisation_note for r in rows if r.organisation_is_new}
        lines = [self.tr("People to import from {file}: {count}; already in the database: {existing}.").format(
            file=self.state.path.name if self.state.path else "", count=len(rows), existing=existing)]
        if new_organisations:
            lines.append(self.tr("New organisations to be added: {names}.").format(
                names=", ".join(sorted(new_organisations))))
        self.ui.summary_label.setText("\n".join(lines))
        self.ui.error_label.setVisible(False)
        self._load_sessions()
        self.ui.pool_radio.setFocus()

    def _load_sessions(self) -> None:
        from factory_desk.services.enrolment import upcoming_sessions

        try:
            self._sessions = upcoming_sessions(self.state.db)
        except FactoryDeskError as exc:
            self._sessions = []
            self.ui.session_note_label.setText(error_text(exc))
        combo = self.ui.session_combo
        combo.clear()
        for choice in self._sessions:
            combo.addItem(self.tr("{date} {time} — {programme}, {factory} (enrolled {enrolled} of {max})").format(
                date=choice.first_date.strftime("%d.%m.%Y"), time=choice.starts_at.strftime("%H:%M"),
                programme=choice.programme, factory=choice.factory, enrolled=choice.enrolled,
                max=choice.max_group), choice.id)
        if self.state.preselected_session is not None:
            found = next((i for i, s in enumerate(self._sessions) if s.id == self.state.preselected_session), -1)
            if found >= 0:
                combo.setCurrentIndex(found)
                self.ui.session_radio.setChecked(True)
        has_sessions = bool(self._sessions)
        self.ui.session_radio.setEnabled(has_sessions)
        combo.setEnabled(has_sessions)
        if not has_sessions and self.ui.session_radio.isChecked():
            self.ui.pool_radio.setChecked(True)
        self._show_session_note()

    def chosen_session(self) -> SessionChoice | None:
        index = self.ui.session_combo.currentIndex()
        if not self.ui.session_radio.isChecked() or not 0 <= index < len(self._sessions):
            return None
        return self._sessions[index]

    def _show_session_note(self) -> None:
        if not self._sessions:
            note = self.tr("No session is open for enrolment from today on: plan one in Sessions, or keep the "
                           "people in the waiting pool.")
        elif (choice := self.chosen_session()) is None:
            note = ""
        else:
            people = sum(1 for r in self.state.checked or [] if r.will_import)
            free = choice.free_places
            note = (self.tr("All of them get a place: {free} places are free.").format(free=free) if people <= free
                    else self.tr("{free} places are free: the first {free} people of the list get a place, the "
                                 "others go on the session's waiting list.").format(free=free))
        self.ui.session_note_label.setText(note)
        self.ui.session_note_label.setVisible(bool(note))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.state.result is not None:
            return True
        if not self._importing:
            self._start()
        return False

    def _start(self) -> None:
        state = self.state
        db, rows, organisation_id = state.db, list(state.checked or []), state.organisation_id
        to_pool = self.ui.pool_radio.isChecked()
        chosen = self.chosen_session()
        session_id = chosen.id if chosen is not None else None

        def work(_control: TaskControl) -> ImportResult:
            from factory_desk.services.people_import import import_people

            return import_people(db, rows, organisation_id=organisation_id, to_pool=to_pool, session_id=session_id)

        self.state.session = chosen
        self._set_importing(True)
        run_task(self, work, self._imported, on_error=self._failed, label=self.tr("Importing the people…"))

    def _set_importing(self, importing: bool) -> None:
        self._importing = importing
        wizard = self.wizard()
        if wizard is not None:
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(button).setEnabled(not importing)
        self.completeChanged.emit()

    def _imported(self, result: ImportResult) -> None:
        self.state.result = result
        self._set_importing(False)
        wizard = self.wizard()
        if isinstance(wizard, ImportWizard):
            wizard.imported.emit()
            wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._set_importing(False)
        if not isinstance(exc, FactoryDeskError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.ui.error_label.setText(self.tr("Nothing was imported: {reason}").format(reason=error_text(exc)))
        self.ui.error_label.setStyleSheet(ERROR_STYLE)
        self.ui.error_label.setVisible(True)

    @property
    def importing(self) -> bool:
        return self._importing

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self._importing


class ResultPage(QWizardPage):
    """What the import did; the report, and the way back to the list."""

    show_requested = Signal()

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportResultPage()
        self.ui.setupUi(self)
        self.state = state
        self.setFinalPage(True)
        self.ui.report_label.setVisible(False)
        self.ui.show_button.clicked.connect(self.show_requested)
        self.ui.report_button.clicked.connect(self.save_report)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        result = self.state.result
        if result is None:
            return
        lines = [
            self.tr("New people added: {count}").format(count=result.created_people),
            self.tr("Already in the database, not added again: {count}").format(count=result.existing_people),
            self.tr("New organisations added: {count}").format(count=result.created_organisations),
            self.tr("Put into the waiting pool: {count}").format(count=result.pooled),
            self.tr("Rows not imported: {count}").format(count=result.skipped),
        ]
        if (session := self.state.session) is not None:
            lines.insert(3, self.tr("Enrolled in the session {date} {programme}: {count}").format(
                date=session.first_date.strftime("%d.%m.%Y"), programme=session.programme, count=result.enrolled))
            if result.waitlisted:
                lines.insert(4, self.tr("On its waiting list, the group being full: {count}").format(
                    count=result.waitlisted))
            if result.already_enrolled:
                lines.insert(4, self.tr("Already enrolled there before: {count}").format(
                    count=result.already_enrolled))
            if result.not_enrolled:
                lines.insert(4, self.tr("Not enrolled, put into the waiting pool instead (another session that day, "
                                        "or the programme already completed): {count}").format(
                    count=result.not_enrolled))
        self.ui.result_label.setText("\n".join(lines))
        self.ui.show_button.setFocus()

    def save_report(self) -> None:
        source = self.state.path
        suggested = source.with_name(self.tr("{name} - import report").format(name=source.stem) + ".xlsx") \
            if source else Path(self.tr("import report") + ".xlsx")
        name, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the import report"), str(suggested),
            self.tr("Excel workbook (*.xlsx)") + ";;" + self.tr("CSV file (*.csv)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
        rows = list(self.state.checked or [])

        def work(_control: TaskControl) -> Path:
            from factory_desk.services.people_import import write_import_report

            write_import_report(path, rows, translate)
            return path

        run_task(self, work, self._saved, on_error=self._not_saved, label=self.tr("Saving the report…"))

    def _saved(self, path: Path) -> None:
        self.ui.report_label.setStyleSheet("")
        self.ui.report_label.setText(self.tr("The report is saved: {file}").format(file=path))
        self.ui.report_label.setVisible(True)

    def _not_saved(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
        elif isinstance(exc, FactoryDeskError):
            reason = error_text(exc)
        else:
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self.ui.report_label.setStyleSheet(ERROR_STYLE)
        self.ui.report_label.setText(self.tr("The report was not saved: {reason}").format(reason=reason))
        self.ui.report_label.setVisible(True)


class ImportWizard(QWizard):
    """The wizard itself: its pages in order, and a question before a read list is thrown away."""

    imported = Signal()  # people were written: lists behind the wizard are stale
    show_people_requested = Signal()  # "Show them in the list": the wizard has closed
    FILE, COLUMNS, PREVIEW, CONFIRM, RESULT = range(5)

    def __init__(self, db: Database, parent: QWidget | None = None, *, session_id: int | None = None) -> None:
        super().__init__(parent)
        self.state = ImportState(db, preselected_session=session_id)
        self.file_page = FilePage(self.state)
        self.columns_page = ColumnsPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.confirm_page = ConfirmPage(self.state)
        self.result_page = ResultPage(self.state)
        for number, page in enumerate((self.file_page, self.columns_page, self.preview_page, self.confirm_page,
                                       self.result_page)):
            self.setPage(number, page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.result_page.show_requested.connect(self._show_people)
        self.setWindowTitle(self.tr("Import a list of people"))
        self.resize(1120, 720)

    def _show_people(self) -> None:
        self.accept()
        self.show_people_requested.emit()

    def reject(self) -> None:
        """Esc or Cancel: once a list has been read and not imported, ask before throwing it away."""
        if self.confirm_page.importing:
            return  # the import finishes or fails as one transaction; it cannot be left half-way
        if self.state.table is not None and self.state.result is None:
            answer = QMessageBox.question(
                self, self.tr("Stop the import?"),
                self.tr("The list has been read, but nobody has been imported from it. Stop the import?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

