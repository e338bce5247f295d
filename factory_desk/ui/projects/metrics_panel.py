"""The Results tab of a project: its metrics (baseline, target, latest actual value, progress to the target), the
chosen metric's measurements and its chart over time, and the project's effects.

Metrics and measurements are saved at once through the services (a small dialog each). The effects are a form
saved with its own button: `has_unsaved_changes()` and `save()` let the project window ask before it closes,
and a re-read of the card (after any other change) never overwrites effects being typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from factory_desk.domain import clock
from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_measurement_dialog import Ui_MeasurementDialog
from factory_desk.ui.forms.ui_metric_dialog import Ui_MetricDialog
from factory_desk.ui.forms.ui_metrics_panel import Ui_MetricsPanel
from factory_desk.ui.projects.saving_dialog import SavingDialog
from factory_desk.ui.widgets.dates import to_date, to_qdate
from factory_desk.ui.widgets.numbers import number_text
from factory_desk.ui.widgets.rows_model import RowsTableModel

if TYPE_CHECKING:
    from factory_desk.services.projects import Effects, Measurement, MetricCard, ProjectCard
    from factory_desk.store.database import Database

REACHED_COLOUR = "#2e7d32"
WORSE_COLOUR = "#c62828"
# The effects form: (field of services.projects.Effects, is a number)
EFFECT_FIELDS = (("freed_hours_per_year", True), ("economic_effect", True), ("costs", True),
                 ("social_effect", False), ("ecological_effect", False), ("cultural_effect", False))


def editable_text(value: Decimal | None) -> str:
    """A number to edit: with spaces between thousands where the language writes them so (the services read
    them back), never with the English comma, which they would take for a decimal one."""
    return number_text(value, grouped=QLocale().groupSeparator().isspace())


class MetricsModel(RowsTableModel["MetricCard"]):
    NAME, UNIT, BASELINE, TARGET, BETTER, LATEST, PROGRESS = range(7)
    COLUMN_COUNT = 7
    NUMBERS = (BASELINE, TARGET, LATEST, PROGRESS)

    def headers(self) -> Sequence[str]:
        return (self.tr("Metric"), self.tr("Unit"), self.tr("Baseline"), self.tr("Target"), self.tr("Better"),
                self.tr("Latest actual"), self.tr("Progress"))

    def cell(self, row: MetricCard, column: int, role: int) -> Any:
        from PySide6.QtGui import QColor

        latest = row.latest
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.name
            if column == self.UNIT:
                return row.unit
            if column == self.BASELINE:
                return number_text(row.baseline, grouped=True)
            if column == self.TARGET:
                return number_text(row.target, grouped=True)
            if column == self.BETTER:
                return self.tr("lower is better") if row.lower_is_better else self.tr("higher is better")
            if column == self.LATEST:
                return number_text(latest.value, grouped=True) if latest is not None else "—"
            if column == self.PROGRESS:
                progress = row.progress
                return self.tr("{percent}%").format(percent=number_text(progress)) if progress is not None else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LATEST and latest is not None:
                measured = self.tr("Measured on {date}").format(date=latest.measured_on.strftime("%d.%m.%Y"))
                return measured + ("\n" + latest.note if latest.note else "")
            if column == self.PROGRESS:
                if row.progress is None:
                    return self.tr("Progress shows when the metric has a baseline, a target different from it, "
                                   "and a measurement")
                return self.tr("How far the latest actual value has come from the baseline towards the target "
                               "(100% is the target reached)")
            if column == self.NAME:
                return row.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PROGRESS:
            if row.target_reached:
                return QColor(REACHED_COLOUR)
            if row.progress is not None and row.progress < 0:
                return QColor(WORSE_COLOUR)
        return None


class MeasurementsModel(RowsTableModel["Measurement"]):
    DATE, VALUE, NOTE = range(3)
    COLUMN_COUNT = 3

    def headers(self) -> Sequence[str]:
        return self.tr("Date"), self.tr("Value"), self.tr("Note")

    def cell(self, row: Measurement, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return row.measured_on.strftime("%d.%m.%Y")
            return number_text(row.value, grouped=True) if column == self.VALUE else row.note
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and row.note:
            return row.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class MetricDialog(SavingDialog):
    """A metric's name, unit, baseline, target and which way is better; numbers as typed («21,5» or «21.5»)."""

    def __init__(self, metric: MetricCard | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MetricDialog()
        self.ui.setupUi(self)
        self.set_error_label(self.ui.error_label)
        self.metric_id = metric.id if metric is not None else None
        self.setWindowTitle(self.tr("Change the metric") if metric is not None else self.tr("New metric"))
        if metric is not None:
            self.ui.name_edit.setText(metric.name)
            self.ui.unit_edit.setText(metric.unit)
            self.ui.baseline_edit.setText(editable_text(metric.baseline))
            self.ui.target_edit.setText(editable_text(metric.target))
            (self.ui.lower_radio if metric.lower_is_better else self.ui.higher_radio).setChecked(True)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.setFocus()

    def draft(self) -> Any:
        from factory_desk.services.project_results import MetricDraft

        # The services read the numbers from text: a decimal comma, spaces between thousands.
        return MetricDraft(name=self.ui.name_edit.text(), unit=self.ui.unit_edit.text(),
                           baseline=cast(Decimal, self.ui.baseline_edit.text()),
                           target=cast(Decimal, self.ui.target_edit.text()),
                           lower_is_better=self.ui.lower_radio.isChecked(), id=self.metric_id)


class MeasurementDialog(SavingDialog):
    """A measurement of one metric: its date (today for a new one), value and a note."""

    def __init__(self, metric: MetricCard, measurement: Measurement | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeasurementDialog()
        self.ui.setupUi(self)
        self.set_error_label(self.ui.error_label)
        self.measurement_id = measurement.id if measurement is not None else None
        self.setWindowTitle(self.tr("Change the measurement") if measurement is not None
                            else self.tr("New measurement"))
        self.ui.metric_value.setText(metric.name)
        # on one line as far as the dialog's fields reach; a very long name wraps, and the dialog grows for it
        self.ui.metric_value.setMinimumWidth(min(self.ui.metric_value.fontMetrics().horizontalAdvance(metric.name) + 4,
                                                 self.ui.note_edit.sizeHint().width() * 2))
        self.ui.unit_value.setText(metric.unit)
        self.ui.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.ui.date_edit.setDate(to_qdate(measurement.measured_on) if measurement is not None
                                  else QDate(clock.today()))
        if measurement is not None:
            self.ui.value_edit.setText(editable_text(measurement.value))
            self.ui.note_edit.setText(measurement.note)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.value_edit.setFocus()
        self.adjustSize()

    def measured_on(self) -> dt.date:
        return to_date(self.ui.date_edit.date())


class MetricsPanel(QWidget):
    changed = Signal()  # a metric, a measurement or the effects were saved
    problem = Signal(str)  # a sentence for the user (the project window shows it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MetricsPanel()
        self.ui.setupUi(self)
        self._db: Database | None = None
        self._card: ProjectCard | None = None
        self._user_name = ""
        self._effects_shown: dict[str, str] = {}  # the effects as last read, to tell what was typed since
        self.dialog: SavingDialog | None = None  # the metric or measurement dialog open now
        self.metrics = MetricsModel(self)
        self.measurements = MeasurementsModel(self)
        self.chart = self.ui.chart
        self._set_up_view(self.ui.metrics_view, self.metrics, MetricsModel.NAME)
        self._set_up_view(self.ui.measurements_view, self.measurements, MeasurementsModel.NOTE)
        self.ui.results_splitter.setStretchFactor(0, 3)
        self.ui.results_splitter.setStretchFactor(1, 1)
        self.ui.measurements_splitter.setStretchFactor(1, 1)  # the chart takes the room the table leaves
        # Date, value and a readable part of the note
        view = self.ui.measurements_view
        view.setMinimumWidth(view.fontMetrics().horizontalAdvance("00.00.0000") * 3 + 80)
        self.ui.metrics_view.selectionModel().currentRowChanged.connect(lambda *_: self._metric_chosen())
        self.ui.measurements_view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.ui.metrics_view.activated.connect(lambda _index: self.edit_metric())
        self.ui.measurements_view.activated.connect(lambda _index: self.edit_measurement())
        self.ui.add_metric_button.clicked.connect(self.add_metric)
        self.ui.edit_metric_button.clicked.connect(self.edit_metric)
        self.ui.delete_metric_button.clicked.connect(self.delete_metric)
        self.ui.add_measurement_button.clicked.connect(self.add_measurement)
        self.ui.edit_measurement_button.clicked.connect(self.edit_measurement)
        self.ui.delete_measurement_button.clicked.connect(self.delete_measurement)
        self.ui.save_effects_button.clicked.connect(self.save)
        for edit in self._effect_edits().values():
            signal = getattr(edit, "textChanged")  # noqa: B009 - QLineEdit's and QPlainTextEdit's differ in arguments
            signal.connect(self._effects_edited)
        for edit in (self.ui.social_edit, self.ui.ecological_edit, self.ui.cultural_edit):
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 2 + 12)
        self._enable()

    @staticmethod
    def _set_up_view(view: QTableView, model: RowsTableModel[Any], stretch: int) -> None:
        view.setModel(model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)

    # --- the project ---------------------------------------------------------------------------------------
    def set_project(self, db: Database, card: ProjectCard, *, user_name: str = "") -> None:
        """Show this project's results. Effects typed and not saved for the same project are kept."""
        from factory_desk.ui.user import desk_user

        keep_effects = (self._card is not None and self._card.id == card.id and self.has_unsaved_changes())
        self._db, self._user_name = db, user_name or desk_user()
        self._show(card, keep_effects=keep_effects)

    @property
    def project_id(self) -> int | None:
        return self._card.id if self._card is not None else None

    def _reload(self, *, metric_id: int | None = None, measurement_id: int | None = None,
                effects_saved: bool = False) -> bool:
        """Read the card again after a change made here; the chosen metric (and measurement) stay chosen, and
        effects being typed are kept unless they were just saved."""
        from factory_desk.services.projects import project_card

        if self._db is None or self._card is None:
            return False
        try:
            card = project_card(self._db, self._card.id)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return False
        self._show(card, keep_effects=not effects_saved and self.has_unsaved_changes(), metric_id=metric_id,
                   measurement_id=measurement_id)
        return True

    def _show(self, card: ProjectCard, *, keep_effects: bool, metric_id: int | None = None,
              measurement_id: int | None = None) -> None:
        chosen = metric_id if metric_id is not None else self._metric_id()
        self._card = card
        self.metrics.set_rows(card.metrics)
        row = self.metrics.row_of(chosen) if chosen is not None else None
        if row is None and card.metrics:
            row = 0
        if row is not None:
            self.ui.metrics_view.selectRow(row)
        self._metric_chosen(measurement_id)
        if not keep_effects:
            self._show_effects(card.effects)

    def _metric(self) -> MetricCard | None:
        row = self.ui.metrics_view.currentIndex().row()
        return self.metrics.row_at(row) if 0 <= row < self.metrics.rowCount() else None

    def _metric_id(self) -> int | None:
        metric = self._metric()
        return metric.id if metric is not None else None

    def _measurement(self) -> Measurement | None:
        row = self.ui.measurements_view.currentIndex().row()
        return self.measurements.row_at(row) if 0 <= row < self.measurements.rowCount() else None

    def _metric_chosen(self, measurement_id: int | None = None) -> None:
        metric = self._metric()
        self.measurements.set_rows(metric.measurements if metric is not None else [])
        self.chart.set_metric(metric)
        if measurement_id is not None and (row := self.measurements.row_of(measurement_id)) is not None:
            self.ui.measurements_view.selectRow(row)
        else:
            self.ui.measurements_view.scrollToBottom()  # the latest measurements matter most
        self._retranslate()
        self._enable()

    def _enable(self) -> None:
        has_project, metric = self._card is not None, self._metric()
        self.ui.add_metric_button.setEnabled(has_project)
        self.ui.edit_metric_button.setEnabled(metric is not None)
        self.ui.delete_metric_button.setEnabled(metric is not None)
        self.ui.add_measurement_button.setEnabled(metric is not None)
        self.ui.edit_measurement_button.setEnabled(self._measurement() is not None)
        self.ui.delete_measurement_button.setEnabled(self._measurement() is not None)
        self.ui.effects_group.setEnabled(has_project)
        self.ui.save_effects_button.setEnabled(has_project and self.has_unsaved_changes())

    # --- metrics -------------------------------------------------------------------------------------------
    def add_metric(self) -> None:
        self._open_metric(None)

    def edit_metric(self) -> None:
        if (metric := self._metric()) is not None:
            self._open_metric(metric)

    def _open_metric(self, metric: MetricCard | None) -> None:
        if self._card is None:
            return
        dialog = MetricDialog(metric, self)
        dialog.on_save(lambda: self._save_metric(dialog))
        self._open(dialog)

    def _save_metric(self, dialog: MetricDialog) -> None:
        from factory_desk.services.project_results import save_metric

        assert self._db is not None and self._card is not None
        metric_id = save_metric(self._db, self._card.id, dialog.draft(), user_name=self._user_name)
        self._reload(metric_id=metric_id)
        self.changed.emit()

    def delete_metric(self) -> None:
        from factory_desk.services.project_results import delete_metric

        metric = self._metric()
        if metric is None or self._db is None:
            return
        question = (self.tr("Delete the metric “{name}” with its {count} measurements?").format(
            name=metric.name, count=len(metric.measurements)) if metric.measurements
            else self.tr("Delete the metric “{name}”?").format(name=metric.name))
        if QMessageBox.question(self, self.tr("Delete the metric"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_metric(self._db, metric.id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self._reload()
        self.changed.emit()

    # --- measurements --------------------------------------------------------------------------------------
    def add_measurement(self) -> None:
        if (metric := self._metric()) is not None:
            self._open_measurement(metric, None)

    def edit_measurement(self) -> None:
        metric, measurement = self._metric(), self._measurement()
        if metric is not None and measurement is not None:
            self._open_measurement(metric, measurement)

    def _open_measurement(self, metric: MetricCard, measurement: Measurement | None) -> None:
        dialog = MeasurementDialog(metric, measurement, self)
        dialog.on_save(lambda: self._save_measurement(dialog, metric.id))
        self._open(dialog)

    def _save_measurement(self, dialog: MeasurementDialog, metric_id: int) -> None:
        from factory_desk.services.project_results import add_measurement, edit_measurement

        assert self._db is not None
        value, note = dialog.ui.value_edit.text(), dialog.ui.note_edit.text()
        if dialog.measurement_id is None:
            measurement_id = add_measurement(self._db, metric_id, dialog.measured_on(), value, note,
                                             user_name=self._user_name)
        else:
            measurement_id = dialog.measurement_id
            edit_measurement(self._db, measurement_id, dialog.measured_on(), value, note,
                             user_name=self._user_name)
        self._reload(metric_id=metric_id, measurement_id=measurement_id)
        self.changed.emit()

    def delete_measurement(self) -> None:
        from factory_desk.services.project_results import delete_measurement

        metric, measurement = self._metric(), self._measurement()
        if metric is None or measurement is None or self._db is None:
            return
        question = self.tr("Delete the measurement of {date} ({value})?").format(
            date=measurement.measured_on.strftime("%d.%m.%Y"), value=number_text(measurement.value, grouped=True))
        if QMessageBox.question(self, self.tr("Delete the measurement"),
                                question) != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_measurement(self._db, measurement.id, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return
        self._reload(metric_id=metric.id)
        self.changed.emit()

    def _open(self, dialog: SavingDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: SavingDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # --- effects -------------------------------------------------------------------------------------------
    def _effect_edits(self) -> dict[str, Any]:
        ui = self.ui
        return {"freed_hours_per_year": ui.freed_hours_edit, "economic_effect": ui.economic_edit,
                "costs": ui.costs_edit, "social_effect": ui.social_edit, "ecological_effect": ui.ecological_edit,
                "cultural_effect": ui.cultural_edit}

    def _effects_typed(self) -> dict[str, str]:
        return {name: edit.text() if is_number else edit.toPlainText()
                for (name, is_number), edit in zip(EFFECT_FIELDS, self._effect_edits().values(), strict=True)}

    def _show_effects(self, effects: Effects) -> None:
        shown = {name: editable_text(getattr(effects, name)) if is_number else getattr(effects, name)
                 for name, is_number in EFFECT_FIELDS}
        self._effects_shown = shown
        for (name, is_number), edit in zip(EFFECT_FIELDS, self._effect_edits().values(), strict=True):
            if is_number:
                edit.setText(shown[name])
            elif edit.toPlainText() != shown[name]:
                edit.setPlainText(shown[name])
        self.ui.effects_note.setText("")
        self._enable()

    def _effects_edited(self, *_args: object) -> None:
        if self.has_unsaved_changes():
            self.ui.effects_note.setText("")
        self._enable()

    def has_unsaved_changes(self) -> bool:
        """Effects typed and not saved yet (metrics and measurements are saved as they are made)."""
        return self._card is not None and self._effects_typed() != self._effects_shown

    def save(self) -> bool:
        """Save the effects typed; False (with the sentence sent to `problem`) when they are refused."""
        from factory_desk.services.project_results import set_effects
        from factory_desk.services.projects import Effects

        if not self.has_unsaved_changes():
            return True
        assert self._db is not None and self._card is not None
        typed = self._effects_typed()
        # The services read the numbers from text: a decimal comma, spaces between thousands; empty is none.
        effects = Effects(**{name: (typed[name].strip() or None) if is_number else typed[name]
                             for name, is_number in EFFECT_FIELDS})
        try:
            set_effects(self._db, self._card.id, effects, user_name=self._user_name)
        except FactoryDeskError as exc:
            self.problem.emit(error_text(exc))
            return False
        self._reload(effects_saved=True)  # shows what was stored («1250000,0» as «1250000»)
        self.ui.effects_note.setText(self.tr("The effects are saved."))
        self.changed.emit()
        return True

    # --- language ------------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.chart.set_empty_text("" if self.metrics.rowCount() else self.tr(
            "Add the project's metrics (waiting time, errors, documents a day…): each one's measurements are "
            "charted here."))
        metric = self._metric()
        self.ui.measurements_label.setText(
            self.tr("Measurements of “{name}”").format(name=metric.name) if metric is not None
            else self.tr("Measurements"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.metrics.retranslate()
            self.measurements.retranslate()
            self._retranslate()
        super().changeEvent(event)
