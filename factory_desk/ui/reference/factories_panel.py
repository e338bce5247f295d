"""The Factories tab: the training sites, the municipalities each serves, its trainers and sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from factory_desk.ui.forms.ui_factories_panel import Ui_FactoriesPanel
from factory_desk.ui.reference.models import FactoriesTableModel
from factory_desk.ui.reference.panel import ReferencePanel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factory_desk.store.database import Database
    from factory_desk.ui.reference.editor import ReferenceEditor


class FactoriesPanel(ReferencePanel):
    KIND = "factory"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_FactoriesPanel(), FactoriesTableModel(), parent)
        self.model.setParent(self)
        model = FactoriesTableModel
        self.column_widths({model.CODE: 6, model.SPECIALISATION: 22, model.MUNICIPALITIES: 24})
        self._retranslate()

    def rows(self, db: Database, query: str, include_inactive: bool) -> Sequence[Any]:
        from factory_desk.services.reference import list_factories

        return list_factories(db, query, include_inactive=include_inactive)

    def editor(self, db: Database, row_id: int | None) -> ReferenceEditor:
        from factory_desk.ui.reference.factory_dialog import FactoryDialog

        return FactoryDialog(db, row_id, self)

    def count_text(self, count: int, found: bool) -> str:
        return self.tr("Found: %Ln", "factories", count) if found else self.tr("Factories: %Ln", "", count)

    def empty_text(self, found: bool) -> str:
        return (self.tr("No factory matches. Check the spelling or type fewer letters.") if found
                else self.tr("There is no factory yet. Add the sites where your groups are trained: New…"))

    def delete_question(self, name: str) -> str:
        return self.tr("Delete the factory «{name}»? This cannot be undone.").format(name=name)
