"""The editor of one programme: kind, hours, days, group size, rounds, the texts, the completion rule (which
attendance statuses count, on every day or on at least N days), and the round metrics as an editable table
(code, name, unit, whether lower is better) in the order they are recorded."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text, translate
from factory_desk.services.attendance import CompletionRule
from factory_desk.services.attendance_statuses import statuses
from factory_desk.services.reference import (
    PROGRAMME_KIND,
    MetricDetails,
    ProgrammeDetails,
    get_programme,
    save_programme,
)
from factory_desk.ui.forms.ui_programme_dialog import Ui_ProgrammeDialog
from factory_desk.ui.reference.editor import ReferenceEditor, commit_open_editor, swap_rows
from factory_desk.ui.user import desk_user

if TYPE_CHECKING:
    from factory_desk.store.database import Database

CODE, NAME, UNIT, LOWER = range(4)
METRIC_ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_CODE_ROLE = Qt.ItemDataRole.UserRole


class ProgrammeDialog(ReferenceEditor):
    def __init__(self, db: Database, programme_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ProgrammeDialog(), parent)
        self._db = db
        self._details = ProgrammeDetails() if programme_id is None else get_programme(db, programme_id)
        ui = self.ui
        table = ui.metrics_table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LOWER, QHeaderView.ResizeMode.ResizeToContents)
        em = table.fontMetrics().horizontalAdvance("M")
        header.resizeSection(CODE, 12 * em)
        header.resizeSection(UNIT, 6 * em)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        self._fill_kinds()
        self._fill_statuses()
        self._show(self._details)
        ui.name_edit.textChanged.connect(self._check)
        ui.days_spin.valueChanged.connect(self._rule_changed)
        ui.all_days_radio.toggled.connect(self._rule_changed)
        ui.rule_statuses_list.itemChanged.connect(lambda _item: self.show_problem(""))
        ui.min_spin.valueChanged.connect(self._group_changed)
        ui.max_spin.valueChanged.connect(self._group_changed)
        ui.add_metric_button.clicked.connect(self.add_metric)
        ui.remove_metric_button.clicked.connect(self.remove_metric)
        ui.up_button.clicked.connect(lambda: self.move_metric(-1))
        ui.down_button.clicked.connect(lambda: self.move_metric(1))
        for button in (ui.add_metric_button, ui.remove_metric_button, ui.up_button, ui.down_button):
            button.setAutoDefault(False)
        table.currentCellChanged.connect(lambda *_cells: self._metric_buttons())
        table.itemChanged.connect(lambda _item: self.show_problem(""))
        self.retranslate()
        self._check()

    def _fill_kinds(self) -> None:
        combo = self.ui.kind_combo
        current = combo.currentData() or self._details.kind
        combo.clear()
        for value, label in PROGRAMME_KIND.items():
            combo.addItem(translate("Labels", label), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _show(self, d: ProgrammeDetails) -> None:
        ui = self.ui
        ui.name_edit.setText(d.name)
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(d.kind)))
        ui.hours_spin.setValue(float(d.hours))
        ui.days_spin.setValue(d.days)
        ui.max_spin.setValue(d.max_group)
        ui.min_spin.setValue(d.min_group)
        self._group_changed()
        ui.rounds_spin.setValue(d.rounds)
        ui.description_edit.setPlainText(d.description)
        ui.wording_edit.setPlainText(d.certificate_wording)
        ui.active_check.setChecked(d.is_active)
        ui.metrics_table.setRowCount(0)
        for metric in d.metrics:
            self._append_metric(metric)
        self._show_rule(d.completion_rule)

    # --- the completion rule ------------------------------------------------------------------------------
    def _fill_statuses(self) -> None:
        """Every attendance status, the inactive ones too (an old rule may name one)."""
        statuses_list = self.ui.rule_statuses_list
        ticked = {code for code in self.completion_rule().statuses} if statuses_list.count() else set()
        statuses_list.clear()
        try:
            rows = statuses(self._db, active_only=False)
        except FactoryDeskError as exc:
            self.show_problem(error_text(exc))
            rows = []
        for status in rows:
            item = QListWidgetItem(status.shown_name(translate), statuses_list)
            item.setData(STATUS_CODE_ROLE, status.code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if status.code in ticked else Qt.CheckState.Unchecked)

    def _show_rule(self, rule: CompletionRule) -> None:
        ui = self.ui
        for row in range(ui.rule_statuses_list.count()):
            item = ui.rule_statuses_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(STATUS_CODE_ROLE) in rule.statuses
                               else Qt.CheckState.Unchecked)
        ui.all_days_radio.setChecked(rule.all_days)
        ui.min_days_radio.setChecked(not rule.all_days)
        ui.min_days_spin.setValue(rule.min_days)
        self._rule_changed()

    def completion_rule(self) -> CompletionRule:
        """The rule as the dialog shows it now."""
        ui = self.ui
        codes = tuple(ui.rule_statuses_list.item(row).data(STATUS_CODE_ROLE)
                      for row in range(ui.rule_statuses_list.count())
                      if ui.rule_statuses_list.item(row).checkState() == Qt.CheckState.Checked)
        return CompletionRule(codes, ui.all_days_radio.isChecked(), ui.min_days_spin.value())

    def _rule_changed(self) -> None:
        ui = self.ui
        ui.min_days_spin.setMaximum(ui.days_spin.value())
        ui.min_days_spin.setEnabled(ui.min_days_radio.isChecked())

    def details(self) -> ProgrammeDetails:
        """What the dialog shows now."""
        ui = self.ui
        return ProgrammeDetails(
            id=self._details.id, name=ui.name_edit.text(), kind=ui.kind_combo.currentData(),
            hours=Decimal(str(round(ui.hours_spin.value(), 1))), days=ui.days_spin.value(),
            min_group=ui.min_spin.value(), max_group=ui.max_spin.value(), rounds=ui.rounds_spin.value(),
            description=ui.description_edit.toPlainText(), certificate_wording=ui.wording_edit.toPlainText(),
            is_active=ui.active_check.isChecked(), metrics=self.metrics(), completion_rule=self.completion_rule())

    def save(self) -> int:
        return save_programme(self._db, self.details(), user_name=desk_user())

    def field_widget(self, field: str | None) -> QWidget | None:
        ui = self.ui
        return {"name": ui.name_edit, "kind": ui.kind_combo, "hours": ui.hours_spin, "days": ui.days_spin,
                "rounds": ui.rounds_spin, "min_group": ui.min_spin, "metrics": ui.metrics_table,
                "completion_rule": ui.rule_statuses_list}.get(field or "")

    # --- the metrics table ------------------------------------------------------------------------------
    def metrics(self) -> tuple[MetricDetails, ...]:
        table = self.ui.metrics_table
        commit_open_editor(table)
        found = []
        for row in range(table.rowCount()):
            code, name, unit, lower = (table.item(row, column) for column in (CODE, NAME, UNIT, LOWER))
            found.append(MetricDetails(
                code.data(METRIC_ID_ROLE), code.text(), name.text(), unit.text(),
                lower.checkState() == Qt.CheckState.Checked))
        return tuple(found)

    def _append_metric(self, metric: MetricDetails) -> int:
        table = self.ui.metrics_table
        row = table.rowCount()
        table.insertRow(row)
        code = QTableWidgetItem(metric.code)
        code.setData(METRIC_ID_ROLE, metric.id)
        table.setItem(row, CODE, code)
        table.setItem(row, NAME, QTableWidgetItem(metric.name))
        table.setItem(row, UNIT, QTableWidgetItem(metric.unit))
        lower = QTableWidgetItem()
        lower.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        lower.setCheckState(Qt.CheckState.Checked if metric.lower_is_better else Qt.CheckState.Unchecked)
        lower.setToolTip(self.tr("Ticked for defects, lead time and the like: a smaller value is the better one"))
        table.setItem(row, LOWER, lower)
        return row

    def add_metric(self) -> None:
        """A new row at the end, its code cell ready for typing."""
        table = self.ui.metrics_table
        row = self._append_metric(MetricDetails(None, "", ""))
        table.setCurrentCell(row, CODE)
        table.setFocus()
        table.editItem(table.item(row, CODE))
        self._metric_buttons()

    def remove_metric(self) -> None:
        table = self.ui.metrics_table
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        if table.rowCount():
            table.setCurrentCell(min(row, table.rowCount() - 1), max(0, table.currentColumn()))
        self.show_problem("")
        self._metric_buttons()

    def move_metric(self, step: int) -> None:
        """Move the current metric one place up (-1) or down (1)."""
        table = self.ui.metrics_table
        row, column = table.currentRow(), max(0, table.currentColumn())
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        swap_rows(table, row, target)
        table.setCurrentCell(target, column)
        self._metric_buttons()

    def _metric_buttons(self) -> None:
        ui = self.ui
        row, count = ui.metrics_table.currentRow(), ui.metrics_table.rowCount()
        ui.remove_metric_button.setEnabled(row >= 0)
        ui.up_button.setEnabled(row > 0)
        ui.down_button.setEnabled(0 <= row < count - 1)

    # --- the rest -----------------------------------------------------------------------------------------
    def _group_changed(self) -> None:
        """The minimum stays at or below the maximum as either is changed."""
        ui = self.ui
        ui.min_spin.setMaximum(ui.max_spin.value())
        ui.max_spin.setMinimum(ui.min_spin.value())

    def _check(self) -> None:
        self.save_button.setEnabled(bool(self.ui.name_edit.text().strip()))
        self._metric_buttons()
        self.show_problem("")

    def retranslate(self) -> None:
        self._fill_kinds()
        self._fill_statuses()
        self.setWindowTitle(self.tr("New programme") if self._details.id is None
                            else self.tr("Programme: {name}").format(name=self._details.name))
