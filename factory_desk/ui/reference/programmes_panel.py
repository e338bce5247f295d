"""The Programmes tab: what groups are trained in, with their hours, days, group sizes and round metrics."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from factory_desk.ui.forms.ui_programmes_panel import Ui_ProgrammesPanel
from factory_desk.ui.reference.models import ProgrammesTableModel
from factory_desk.ui.reference.panel import ReferencePanel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factory_desk.store.database import Database
    from factory_desk.ui.reference.editor import ReferenceEditor


class ProgrammesPanel(ReferencePanel):
    KIND = "programme"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ProgrammesPanel(), ProgrammesTableModel(), parent)
        self.model.setParent(self)
        self.column_widths({ProgrammesTableModel.KIND: 16})
        self._retranslate()

    def rows(self, db: Database, query: str, include_inactive: bool) -> Sequence[Any]:
        from factory_desk.services.reference import list_programmes

        return list_programmes(db, query, include_inactive=include_inactive)

    def editor(self, db: Database, row_id: int | None) -> ReferenceEditor:
        from factory_desk.ui.reference.programme_dialog import ProgrammeDialog

        return ProgrammeDialog(db, row_id, self)

    def count_text(self, count: int, found: bool) -> str:
        return self.tr("Found: %Ln", "programmes", count) if found else self.tr("Programmes: %Ln", "", count)

    def empty_text(self, found: bool) -> str:
        return (self.tr("No programme matches. Check the spelling or type fewer letters.") if found
                else self.tr("There is no programme yet. Add what your groups are trained in: New…"))

    def delete_question(self, name: str) -> str:
        return self.tr("Delete the programme «{name}» with its round metrics? This cannot be undone.").format(
            name=name)
