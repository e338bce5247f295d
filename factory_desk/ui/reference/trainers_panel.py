"""The Trainers tab: who runs the trainings, at which factories, and when they are away."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text
from factory_desk.ui.forms.ui_trainers_panel import Ui_TrainersPanel
from factory_desk.ui.reference.models import TrainersTableModel
from factory_desk.ui.reference.panel import ReferencePanel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factory_desk.store.database import Database
    from factory_desk.ui.reference.editor import ReferenceEditor


class TrainersPanel(ReferencePanel):
    KIND = "trainer"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_TrainersPanel(), TrainersTableModel(), parent)
        self.model.setParent(self)
        model = TrainersTableModel
        self.column_widths({model.FACTORIES: 10, model.EMAIL: 20, model.PHONE: 11, model.AWAY: 22})
        self.ui.factory_combo.activated.connect(self.search)
        self.fill_filters()
        self._retranslate()

    def rows(self, db: Database, query: str, include_inactive: bool) -> Sequence[Any]:
        from factory_desk.services.reference import list_trainers

        return list_trainers(db, query, factory_id=self.ui.factory_combo.currentData(),
                             include_inactive=include_inactive)

    def editor(self, db: Database, row_id: int | None) -> ReferenceEditor:
        from factory_desk.ui.reference.trainer_dialog import TrainerDialog

        return TrainerDialog(db, row_id, self)

    def fill_filters(self) -> None:
        """The factories to narrow the list to: every factory, the inactive ones too (their trainers stay)."""
        combo = self.ui.factory_combo
        current = combo.currentData()
        factories: list[tuple[int, str]] = []
        if self._db is not None and self._loaded:
            from factory_desk.services.reference import choices

            try:
                factories = [(f.id, f.name) for f in choices(self._db, include_inactive=True).factories]
            except FactoryDeskError as exc:
                self.problem.emit(error_text(exc))
        combo.clear()
        combo.addItem(self.tr("Any"), None)
        for factory_id, name in factories:
            combo.addItem(name, factory_id)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    def filtered(self) -> bool:
        return super().filtered() or self.ui.factory_combo.currentIndex() > 0

    def count_text(self, count: int, found: bool) -> str:
        return self.tr("Found: %Ln", "trainers", count) if found else self.tr("Trainers: %Ln", "", count)

    def empty_text(self, found: bool) -> str:
        return (self.tr("No trainer matches. Check the spelling, type fewer letters or choose «Any» factory.")
                if found else self.tr("There is no trainer yet. Add the people who run your trainings: New…"))

    def delete_question(self, name: str) -> str:
        return self.tr("Delete the trainer «{name}» with their days away? This cannot be undone.").format(name=name)
