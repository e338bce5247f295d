"""The Organisations tab: search as you type, filters, the editor with its ИНН rules, the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from factory_desk.domain.models import AuditEntry, Organisation, Person
from factory_desk.services.organisations import list_organisations
from factory_desk.ui.people.organisation_dialog import OrganisationDialog
from factory_desk.ui.people.organisations_model import OrganisationsTableModel

ROMASHKA_INN = "7707083893"
NEW_INN = "5408131552"


def names(model: OrganisationsTableModel) -> list[str]:
    return [model.index(row, OrganisationsTableModel.NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def panel(window, qtbot):  # type: ignore[no-untyped-def]
    with window.database.write() as s:
        plant = Organisation(full_name="Общество с ограниченной ответственностью «Ромашка»",
                             short_name="ООО «Ромашка»", inn=ROMASHKA_INN, region="Ленинградская область")
        s.add_all([plant,
                   Organisation(full_name="Daugavpils pilsētas dome", org_type="municipal", region="Latgale"),
                   Organisation(full_name="Школа №5", org_type="education", region="Ленинградская область")])
        s.add_all(Person(surname=name, organisation=plant) for name in ("Иванов", "Петрова", "Сидоров"))
    window.go_to_area(1)
    window.people_page.show_organisations()
    panel = window.people_page.organisations
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    return panel


def open_editor(qtbot, shown, click) -> OrganisationDialog:  # type: ignore[no-untyped-def]
    click()
    qtbot.waitUntil(lambda: len(shown(OrganisationDialog)) == 1)
    return shown(OrganisationDialog)[0]


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog: OrganisationDialog):  # type: ignore[no-untyped-def]
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)


def test_the_table_model_is_a_sound_qt_model(panel, qtmodeltester):
    # GIVEN the organisations listed THEN the model keeps Qt's rules
    qtmodeltester.check(panel.model)


@pytest.mark.parametrize(("typed", "found"), [("ромашк", "ООО «Ромашка»"), ("daugavpils", "Daugavpils pilsētas dome"),
                                              ("DAUGAVPILS PILSETAS", "Daugavpils pilsētas dome"),
                                              ("77070", "ООО «Ромашка»")])
def test_typing_a_folded_part_of_a_name_or_the_inn_finds_the_organisation(panel, qtbot, type_text, typed, found):
    # GIVEN three organisations listed
    # WHEN the user types part of a name, in any case and without accents, or of the ИНН
    type_text(panel.ui.search_edit, typed)
    # THEN only that organisation is listed and the count says so
    qtbot.waitUntil(lambda: names(panel.model) == [found])
    assert panel.ui.count_label.text() == "Found: 1"


def test_a_filter_by_type_lists_only_that_type(panel, qtbot):
    # GIVEN three organisations WHEN «Education» is chosen as the type
    combo = panel.ui.type_combo
    combo.setCurrentIndex(combo.findData("education"))
    combo.activated.emit(combo.currentIndex())
    # THEN only the school is listed
    assert names(panel.model) == ["Школа №5"]
    # AND «Any» lists them all again
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert len(names(panel.model)) == 3


def test_an_organisation_is_added_through_the_dialog_with_its_inn_checked_as_typed(
    panel, window, qtbot, shown, type_text
):
    # GIVEN the Organisations tab WHEN «Add…» is clicked
    dialog = open_editor(qtbot, shown, lambda: click(qtbot, panel.ui.add_button))
    type_text(dialog.ui.full_name_edit, "ООО «Лютик»")
    # AND an ИНН with a wrong check digit is typed
    type_text(dialog.ui.inn_edit, "5408131553")
    # THEN Save is disabled and the sentence is shown under the field
    assert not save_button(dialog).isEnabled()
    assert dialog.ui.inn_problem_label.isVisible()
    assert "check digit" in dialog.ui.inn_problem_label.text()
    # WHEN the ИНН is corrected and Save is clicked
    dialog.ui.inn_edit.clear()
    type_text(dialog.ui.inn_edit, NEW_INN)
    assert save_button(dialog).isEnabled() and not dialog.ui.inn_problem_label.isVisible()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    # THEN the dialog closes, the organisation is listed, selected and written with an audit entry
    qtbot.waitUntil(lambda: not shown(OrganisationDialog))
    assert "ООО «Лютик»" in names(panel.model)
    assert panel.model.organisation_id(panel.ui.organisations_view.currentIndex().row()) == panel.selected_id()
    assert [r.inn for r in list_organisations(window.database, "лютик")] == [NEW_INN]


def test_an_organisation_is_edited_with_enter(panel, window, qtbot, shown, type_text):
    # GIVEN «Школа №5» selected in the table
    view = panel.ui.organisations_view
    panel.select(next(r.id for r in list_organisations(window.database, "школа")))
    view.setFocus()
    # WHEN Enter is pressed and a short name typed and saved
    dialog = open_editor(qtbot, shown, lambda: qtbot.keyClick(view, Qt.Key.Key_Return))
    assert dialog.ui.full_name_edit.text() == "Школа №5"
    type_text(dialog.ui.short_name_edit, "Школа пять")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    # THEN the list shows the new name
    qtbot.waitUntil(lambda: not shown(OrganisationDialog))
    assert "Школа пять" in names(panel.model)


def test_a_double_click_opens_one_editor_of_that_organisation(panel, window, qtbot, shown):
    # GIVEN the list WHEN the school's row is double-clicked
    view = panel.ui.organisations_view
    row = panel.model.row_of(next(r.id for r in list_organisations(window.database, "школа")))
    rect = view.visualRect(panel.model.index(row, OrganisationsTableModel.NAME))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's first press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # THEN one editor opens, showing the school
    qtbot.waitUntil(lambda: len(shown(OrganisationDialog)) == 1)
    dialog = shown(OrganisationDialog)[0]
    assert dialog.ui.full_name_edit.text() == "Школа №5"
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: not shown(OrganisationDialog))


def test_a_duplicate_inn_is_refused_in_the_dialog_and_nothing_is_written(panel, window, qtbot, shown, type_text):
    # GIVEN the editor of a new organisation
    dialog = open_editor(qtbot, shown, lambda: click(qtbot, panel.ui.add_button))
    # WHEN the ИНН of «Ромашка» is typed and Save is clicked
    type_text(dialog.ui.full_name_edit, "ООО «Лютик»")
    type_text(dialog.ui.inn_edit, ROMASHKA_INN)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    # THEN the dialog stays open with what was typed and a sentence naming «Ромашка»
    assert shown(OrganisationDialog) == [dialog]
    assert dialog.ui.full_name_edit.text() == "ООО «Лютик»"
    assert dialog.ui.inn_problem_label.isVisible() and "ООО «Ромашка»" in dialog.ui.inn_problem_label.text()
    # AND nothing was written
    with window.database.read() as s:
        assert s.execute(select(func.count()).select_from(Organisation)).scalar_one() == 3
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 0
    # WHEN Cancel is clicked THEN the dialog closes
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shown(OrganisationDialog))


def test_the_card_shows_the_people_count_of_the_selected_organisation(panel, window, qtbot):
    # GIVEN the list WHEN «Ромашка» is selected
    panel.select(next(r.id for r in list_organisations(window.database, "ромашка")))
    # THEN the card shows its three people, alphabetically
    assert "People: 3" in panel.ui.card_figures_label.text()
    assert panel.people_model.stringList() == ["Иванов", "Петрова", "Сидоров"]
    assert ROMASHKA_INN in panel.ui.card_name_label.text()


def tab_chain(start):  # type: ignore[no-untyped-def]
    """The widgets Tab visits from `start`, in order, until it comes back."""
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start and len(chain) < 200:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_the_keyboard_reaches_every_control_of_the_tab_and_the_editor(panel, window, qtbot, shown):
    # GIVEN an organisation selected, so its card and the Edit button are enabled
    panel.select(next(r.id for r in list_organisations(window.database, "ромашка")))
    ui = panel.ui
    # WHEN Tab is pressed from the search box THEN it reaches the filters, the buttons, the table and the card
    chain = tab_chain(ui.search_edit)
    for control in (ui.edit_button, ui.add_button, ui.type_combo, ui.sector_combo, ui.region_combo,
                    ui.national_combo, ui.organisations_view, ui.card_people_view):
        assert control in chain, control.objectName()
    # AND in the editor Tab reaches every field, in the order they are shown
    dialog = open_editor(qtbot, shown, lambda: click(qtbot, ui.add_button))
    d = dialog.ui
    fields = [d.full_name_edit, d.short_name_edit, d.inn_edit, d.type_combo, d.sector_edit, d.region_edit,
              d.national_spin, d.email_edit, d.phone_edit, d.notes_edit]
    chain = tab_chain(d.full_name_edit)
    assert [w for w in chain if w in fields] == fields
    click(qtbot, d.button_box.button(QDialogButtonBox.StandardButton.Cancel))


def test_the_card_plans_groups_for_the_organisations_people(panel, qtbot):
    # GIVEN «Ромашка» with three people and a programme to train them in
    from factory_desk.domain.models import Programme
    from factory_desk.ui.sessions.planner_dialog import PlannerDialog

    with panel._db.write() as s:
        s.add(Programme(name="Основы бережливого производства", min_group=2, max_group=16))
    # WHEN the coordinator selects it and presses «Plan groups for its people…» on its card
    panel.ui.organisations_view.selectRow(names(panel.model).index("ООО «Ромашка»"))
    qtbot.waitUntil(lambda: panel.ui.plan_groups_button.isEnabled())
    click(qtbot, panel.ui.plan_groups_button)
    # THEN the group planner opens on that organisation and reads its three people still to train
    dialog = panel.planner
    assert isinstance(dialog, PlannerDialog) and dialog.isVisible()
    assert dialog.ui.organisation_combo.currentText() == "ООО «Ромашка» (INN 7707083893)"
    qtbot.waitUntil(lambda: len(dialog._people) == 3, timeout=10_000)
    dialog.reject()
