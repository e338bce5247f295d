"""An editable box for choosing one organisation: type any part of its name or ИНН and pick it from the list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

if TYPE_CHECKING:
    from factory_desk.services.people_import import OrganisationChoice


def make_searchable(combo: QComboBox) -> None:
    """Typing in `combo` offers every item that contains the text, ignoring case."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def choice_text(choice: OrganisationChoice) -> str:
    if not choice.inn:
        return choice.name
    return QCoreApplication.translate("OrganisationCombo", "{name} (INN {inn})").format(name=choice.name,
                                                                                         inn=choice.inn)


def fill_organisations(combo: QComboBox, choices: Sequence[OrganisationChoice], *, none_text: str | None,
                       current: int | None = None) -> None:
    """List `choices` (after a first item `none_text` meaning "no organisation", when given) and select
    the organisation `current`, or the first item."""
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice_text(choice), choice.id)
    found = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(found if found >= 0 else (0 if none_text is not None else -1))
    combo.blockSignals(False)


def chosen_organisation(combo: QComboBox) -> tuple[bool, int | None]:
    """(whether the typed text names an item, that item's organisation id)."""
    text = combo.currentText().strip()
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else combo.currentIndex()
    if found < 0:
        return False, None
    return True, combo.itemData(found)
