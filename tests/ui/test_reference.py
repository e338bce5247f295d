"""The Factories, Programmes and Trainers tabs and their editors, driven as a coordinator would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy import select

from factory_desk.domain.models import (
    AuditEntry,
    Factory,
    Municipality,
    Organisation,
    Person,
    PoolEntry,
    Programme,
    SessionDay,
    Trainer,
    TrainerAbsence,
    TrainingSession,
)
from factory_desk.services.reference import (
    FactoryDetails,
    MetricDetails,
    ProgrammeDetails,
    TrainerDetails,
    get_programme,
    get_trainer,
    list_factories,
    save_factory,
    save_programme,
    save_trainer,
)
from factory_desk.store.database import Database
from factory_desk.ui.reference.factories_panel import FactoriesPanel
from factory_desk.ui.reference.factory_dialog import FactoryDialog
from factory_desk.ui.reference.programme_dialog import ProgrammeDialog
from factory_desk.ui.reference.programmes_panel import ProgrammesPanel
from factory_desk.ui.reference.trainer_dialog import TrainerDialog
from factory_desk.ui.reference.trainers_panel import TrainersPanel

KIROVSK = "Фабрика процессов Кировска"


@pytest.fixture
def region(db: Database) -> dict[str, int]:
    """Two factories (one with a session), two municipalities, a programme and a trainer."""
    with db.write() as s:
        s.add_all([Municipality(name="Кировский район", region="Ленинградская область"),
                   Municipality(name="Тосненский район", region="Ленинградская область")])
    kirovsk = save_factory(db, FactoryDetails(name=KIROVSK, code="КИР", region="Ленинградская область"))
    latgale = save_factory(db, FactoryDetails(name="Latgales Procesu fabrika", code="LGL", region="Latgale",
                                              timezone="Europe/Riga"))
    programme = save_programme(db, ProgrammeDetails(name="Фабрика процессов", metrics=(
        MetricDetails(None, "good_units", "Годные изделия", "шт"),)))
    trainer = save_trainer(db, TrainerDetails(surname="Соколова", first_name="Анна", factory_ids=(kirovsk,)))
    with db.write() as s:
        training = TrainingSession(programme_id=programme, factory_id=kirovsk)
        training.days.append(SessionDay(day_no=1, date=dt.date(2026, 12, 8)))
        training.trainers.append(s.get(Trainer, trainer))
        s.add(training)
    return {"kirovsk": kirovsk, "latgale": latgale, "programme": programme, "trainer": trainer}


def make_panel(qtbot, db, kind):  # type: ignore[no-untyped-def]
    panel = kind()
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_database(db)
    panel.refresh()
    return panel


def names(panel) -> list[str]:  # type: ignore[no-untyped-def]
    model = panel.model
    return [model.index(row, model.NAME).data() for row in range(model.rowCount())]


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_editor(qtbot, shown, kind, action):  # type: ignore[no-untyped-def]
    action()
    qtbot.waitUntil(lambda: len(shown(kind)) == 1)
    return shown(kind)[0]


def save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))


def type_cell(qtbot, type_text, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a cell of an editable table as a user does: F2, the text, Enter."""
    table.setCurrentCell(row, column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.window().focusWidget()  # the cell's editor (the window may not be the active one)
    assert editor is not None and editor is not table
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)  # Enter commits the cell


@pytest.mark.parametrize("kind", [FactoriesPanel, ProgrammesPanel, TrainersPanel])
def test_the_tables_are_sound_qt_models(qtbot, db, region, kind, qtmodeltester):
    # GIVEN each tab with its rows THEN its model keeps Qt's rules
    panel = make_panel(qtbot, db, kind)
    assert panel.model.rowCount() > 0
    qtmodeltester.check(panel.model)


def test_a_factory_is_created_with_municipalities_ticked_and_one_added(qtbot, db, region, shown, type_text):
    # GIVEN the Factories tab WHEN New… is clicked
    panel = make_panel(qtbot, db, FactoriesPanel)
    dialog = open_editor(qtbot, shown, FactoryDialog, lambda: click(qtbot, panel.ui.new_button))
    assert not dialog.save_button.isEnabled()
    # AND a name, a code in lower case and a region are typed
    type_text(dialog.ui.name_edit, "Фабрика процессов Тосно")
    type_text(dialog.ui.code_edit, "тсн")
    type_text(dialog.ui.region_edit, "Ленинградская область")
    # AND «Тосненский район» is ticked and a municipality not in the list is added
    view = dialog.ui.municipality_list
    tosno = next(view.item(i) for i in range(view.count()) if view.item(i).text() == "Тосненский район")
    tosno.setCheckState(Qt.CheckState.Checked)
    type_text(dialog.ui.new_municipality_edit, "Любанское поселение")
    qtbot.keyClick(dialog.ui.new_municipality_edit, Qt.Key.Key_Return)  # adds; does not save the factory
    assert shown(FactoryDialog) == [dialog]
    added = [view.item(i) for i in range(view.count()) if view.item(i).text() == "Любанское поселение"]
    assert len(added) == 1 and added[0].checkState() == Qt.CheckState.Checked
    # WHEN Save is clicked
    save(qtbot, dialog)
    # THEN the dialog closes and the factory is listed, selected, with its code in capitals and both municipalities
    qtbot.waitUntil(lambda: not shown(FactoryDialog))
    row = panel.selected_row()
    assert (row.name, row.code, row.municipalities) == ("Фабрика процессов Тосно", "ТСН",
                                                       ("Любанское поселение", "Тосненский район"))
    with db.read() as s:
        assert s.scalar(select(Municipality.region).where(Municipality.name == "Любанское поселение")) == (
            "Ленинградская область")


def test_a_refused_factory_keeps_everything_typed_and_names_the_other_factory(qtbot, db, region, shown, type_text):
    # GIVEN the editor of a new factory
    panel = make_panel(qtbot, db, FactoriesPanel)
    dialog = open_editor(qtbot, shown, FactoryDialog, lambda: click(qtbot, panel.ui.new_button))
    # WHEN the code of the Kirovsk factory is typed and Save clicked
    type_text(dialog.ui.name_edit, "Фабрика процессов Кириши")
    type_text(dialog.ui.code_edit, "кир")
    save(qtbot, dialog)
    # THEN the dialog stays open with what was typed, says which factory has the code, and puts the cursor there
    assert shown(FactoryDialog) == [dialog]
    assert dialog.ui.name_edit.text() == "Фабрика процессов Кириши"
    assert dialog.ui.error_label.isVisible()
    assert dialog.ui.error_label.text() == "The code КИР is already that of the factory " + KIROVSK + "."
    assert dialog.focusWidget() is dialog.ui.code_edit
    assert len(list_factories(db)) == 2
    # AND changing the code hides the sentence
    type_text(dialog.ui.code_edit, "ш")
    assert not dialog.ui.error_label.isVisible()


def test_a_programme_is_created_with_three_metrics_reordered(qtbot, db, region, shown, type_text):
    # GIVEN the Programmes tab WHEN New… is clicked and a name typed
    panel = make_panel(qtbot, db, ProgrammesPanel)
    dialog = open_editor(qtbot, shown, ProgrammeDialog, lambda: click(qtbot, panel.ui.new_button))
    type_text(dialog.ui.name_edit, "Фабрика офисных процессов")
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("office"))
    dialog.ui.days_spin.setValue(2)
    # AND three metrics are added, with codes, names and units typed in the table
    table = dialog.ui.metrics_table
    for code, name, unit in (("defects", "Ошибки", "шт"), ("lead_time", "Время обработки", "мин"),
                             ("done", "Обработано", "шт")):
        click(qtbot, dialog.ui.add_metric_button)
        row = table.rowCount() - 1
        editor = dialog.focusWidget()  # the code cell opens for typing at once
        type_text(editor, code)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda row=row, code=code: table.item(row, 0).text() == code)
        type_cell(qtbot, type_text, table, row, 1, name)
        type_cell(qtbot, type_text, table, row, 2, unit)
    # AND «defects» is marked lower-is-better with the space bar
    table.setCurrentCell(0, 3)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    # AND «done» is moved to the top with Move up twice, then «lead_time» down once
    table.setCurrentCell(2, 0)
    click(qtbot, dialog.ui.up_button)
    click(qtbot, dialog.ui.up_button)
    assert not dialog.ui.up_button.isEnabled()
    table.setCurrentCell(2, 0)
    assert not dialog.ui.down_button.isEnabled()
    table.setCurrentCell(1, 0)
    click(qtbot, dialog.ui.down_button)
    save(qtbot, dialog)
    # THEN the programme is saved with its metrics in that order
    qtbot.waitUntil(lambda: not shown(ProgrammeDialog))
    saved = get_programme(db, panel.selected_id())
    assert (saved.name, saved.kind, saved.days) == ("Фабрика офисных процессов", "office", 2)
    assert [(m.code, m.name, m.unit, m.lower_is_better) for m in saved.metrics] == [
        ("done", "Обработано", "шт", False), ("lead_time", "Время обработки", "мин", False),
        ("defects", "Ошибки", "шт", True)]
    assert names(panel) == ["Фабрика офисных процессов", "Фабрика процессов"]


def test_a_programme_s_completion_rule_is_edited_and_checked(qtbot, db, region, shown):
    # GIVEN the editor of the existing programme: the default rule, present or late on every day
    panel = make_panel(qtbot, db, ProgrammesPanel)
    panel.select(region["programme"])
    dialog = open_editor(qtbot, shown, ProgrammeDialog, lambda: click(qtbot, panel.ui.edit_button))
    statuses_list = dialog.ui.rule_statuses_list
    ticked = [statuses_list.item(r).text() for r in range(statuses_list.count())
              if statuses_list.item(r).checkState() == Qt.CheckState.Checked]
    assert ticked == ["Present", "Late"] and dialog.ui.all_days_radio.isChecked()
    assert not dialog.ui.min_days_spin.isEnabled()
    # WHEN the programme gets three days, «left early» counts too, and two days are enough
    dialog.ui.days_spin.setValue(3)
    statuses_list.item(2).setCheckState(Qt.CheckState.Checked)
    click(qtbot, dialog.ui.min_days_radio)
    assert dialog.ui.min_days_spin.isEnabled() and dialog.ui.min_days_spin.maximum() == 3
    dialog.ui.min_days_spin.setValue(2)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not shown(ProgrammeDialog))
    # THEN the rule is saved with the programme, and the audit entry names it
    rule = get_programme(db, region["programme"]).completion_rule
    assert (rule.statuses, rule.all_days, rule.min_days) == (("present", "late", "left_early"), False, 2)
    with db.read() as s:
        assert s.get(Programme, region["programme"]).completion_rule == {
            "statuses": ["present", "late", "left_early"], "all_days": False, "min_days": 2}
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "programme_updated")
                          .order_by(AuditEntry.id.desc())).first()
    assert "completion_rule" in entry.details["changed"]
    # AND a rule with no status that counts is refused with a sentence, the dialog staying open
    dialog = open_editor(qtbot, shown, ProgrammeDialog, lambda: click(qtbot, panel.ui.edit_button))
    for row in range(dialog.ui.rule_statuses_list.count()):
        dialog.ui.rule_statuses_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "The completion rule needs at least one status that counts as attended."


def test_a_metric_with_a_bad_code_is_refused_and_the_table_keeps_it(qtbot, db, region, shown, type_text):
    # GIVEN the editor of the existing programme, opened with Enter on its row
    panel = make_panel(qtbot, db, ProgrammesPanel)
    panel.select(region["programme"])
    panel.ui.table_view.setFocus()
    dialog = open_editor(qtbot, shown, ProgrammeDialog,
                         lambda: qtbot.keyClick(panel.ui.table_view, Qt.Key.Key_Return))
    # WHEN a metric with a Cyrillic code is added and Save clicked
    click(qtbot, dialog.ui.add_metric_button)
    editor = dialog.focusWidget()
    type_text(editor, "брак")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # AND its name is typed, and Save clicked while the cell is still being typed in
    table = dialog.ui.metrics_table
    table.setCurrentCell(1, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    type_text(dialog.focusWidget(), "Брак")
    save(qtbot, dialog)
    # THEN the dialog stays with both rows and the sentence explains the code
    assert shown(ProgrammeDialog) == [dialog]
    assert [table.item(1, column).text() for column in (0, 1)] == ["брак", "Брак"]
    assert dialog.ui.error_label.text().startswith("The metric code “брак” is not valid")
    assert [m.code for m in get_programme(db, region["programme"]).metrics] == ["good_units"]


def test_a_trainer_is_created_with_a_factory_and_an_absence(qtbot, db, region, shown, type_text):
    # GIVEN the Trainers tab WHEN Ctrl+N is pressed in the list
    panel = make_panel(qtbot, db, TrainersPanel)
    panel.ui.table_view.setFocus()
    dialog = open_editor(qtbot, shown, TrainerDialog, lambda: qtbot.keyClick(
        panel.ui.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier))
    # AND a name in capitals is typed, the Latgale factory ticked and an absence added
    type_text(dialog.ui.surname_edit, "ОЗОЛИНЯ")
    type_text(dialog.ui.first_name_edit, "ИНЕСЕ")
    type_text(dialog.ui.email_edit, "Inese@Latgale.Example")
    factories = dialog.ui.factory_list
    next(factories.item(i) for i in range(factories.count())
         if factories.item(i).text() == "Latgales Procesu fabrika").setCheckState(Qt.CheckState.Checked)
    click(qtbot, dialog.ui.add_absence_button)
    table = dialog.ui.absences_table
    table.cellWidget(0, 0).setDate(QDate(2026, 12, 21))  # the last day follows the first
    assert table.cellWidget(0, 1).date() == QDate(2026, 12, 21)
    table.cellWidget(0, 1).setDate(QDate(2026, 12, 30))
    type_cell(qtbot, type_text, table, 0, 2, "Atvaļinājums")
    save(qtbot, dialog)
    # THEN the trainer is saved with the name tidied, the factory and the absence
    qtbot.waitUntil(lambda: not shown(TrainerDialog))
    saved = get_trainer(db, panel.selected_id())
    assert (saved.surname, saved.first_name, saved.email) == ("Озолиня", "Инесе", "Inese@latgale.example")
    assert saved.factory_ids == (region["latgale"],)
    assert [(a.first_day, a.last_day, a.reason) for a in saved.absences] == [
        (dt.date(2026, 12, 21), dt.date(2026, 12, 30), "Atvaļinājums")]
    assert panel.selected_row().factory_codes == ("LGL",)


def test_overlapping_absences_are_refused_in_the_dialog(qtbot, db, region, shown, type_text):
    # GIVEN the editor of the trainer, opened with a double-click
    panel = make_panel(qtbot, db, TrainersPanel)
    view = panel.ui.table_view
    rect = view.visualRect(panel.model.index(panel.model.row_of(region["trainer"]), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(shown(TrainerDialog)) == 1)
    dialog = shown(TrainerDialog)[0]
    assert dialog.ui.surname_edit.text() == "Соколова"
    # WHEN two absences that share a day are entered and Save clicked
    table = dialog.ui.absences_table
    for first, last in ((QDate(2026, 12, 1), QDate(2026, 12, 5)), (QDate(2026, 12, 5), QDate(2026, 12, 9))):
        click(qtbot, dialog.ui.add_absence_button)
        table.cellWidget(table.rowCount() - 1, 0).setDate(first)
        table.cellWidget(table.rowCount() - 1, 1).setDate(last)
    save(qtbot, dialog)
    # THEN the dialog stays with both rows and the sentence names the days
    assert shown(TrainerDialog) == [dialog]
    assert table.rowCount() == 2
    assert dialog.ui.error_label.text() == (
        "The absences 01.12.2026–05.12.2026 and 05.12.2026–09.12.2026 overlap: make them one.")
    # WHEN the second is removed (its date focused first) THEN it saves
    table.cellWidget(1, 0).setFocus()
    assert table.currentRow() == 1
    click(qtbot, dialog.ui.remove_absence_button)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not shown(TrainerDialog))
    with db.read() as s:
        assert s.execute(select(TrainerAbsence.first_day, TrainerAbsence.last_day)).all() == [
            (dt.date(2026, 12, 1), dt.date(2026, 12, 5))]


def test_deactivation_hides_a_row_unless_inactive_rows_are_shown(qtbot, db, region):
    # GIVEN the Factories tab with the Kirovsk factory selected (it has a session: no deletion)
    panel = make_panel(qtbot, db, FactoriesPanel)
    panel.select(region["kirovsk"])
    assert not panel.ui.delete_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.ui.active_button)
    # THEN it is no longer listed
    assert names(panel) == ["Latgales Procesu fabrika"]
    # WHEN «Show inactive» is ticked THEN it is listed as inactive and can be activated again
    click(qtbot, panel.ui.inactive_check)
    assert names(panel) == ["Latgales Procesu fabrika", KIROVSK + " (inactive)"]
    panel.select(region["kirovsk"])
    assert panel.ui.active_button.text() == "&Activate"
    click(qtbot, panel.ui.active_button)
    assert names(panel)[1] == KIROVSK
    with db.read() as s:
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "factory",
                                                         AuditEntry.entity_id == region["kirovsk"])
                         .order_by(AuditEntry.id)).all()[-2:] == ["factory_deactivated", "factory_activated"]


def test_an_unused_row_is_deleted_after_a_question(qtbot, db, region, shown):
    # GIVEN the Latgale factory (no session) selected
    panel = make_panel(qtbot, db, FactoriesPanel)
    panel.select(region["latgale"])
    # WHEN Delete is clicked THEN a question is asked, «No» by default; No keeps the factory
    click(qtbot, panel.ui.delete_button)
    qtbot.waitUntil(lambda: len(shown(QMessageBox)) == 1)
    box = shown(QMessageBox)[0]
    assert "Latgales Procesu fabrika" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    qtbot.waitUntil(lambda: not shown(QMessageBox))
    assert len(names(panel)) == 2
    # WHEN asked again and answered Yes THEN it is gone
    click(qtbot, panel.ui.delete_button)
    qtbot.waitUntil(lambda: len(shown(QMessageBox)) == 1)
    with qtbot.waitSignal(panel.changed):
        click(qtbot, shown(QMessageBox)[0].button(QMessageBox.StandardButton.Yes))
    assert names(panel) == [KIROVSK]
    with db.read() as s:
        assert s.get(Factory, region["latgale"]) is None


def test_a_refused_deletion_is_a_sentence_for_the_user(qtbot, db, region, shown):
    # GIVEN a new programme people are waiting for in a pool (no session uses it)
    other = save_programme(db, ProgrammeDetails(name="Методы решения проблем", rounds=0))
    with db.write() as s:
        person = Person(surname="Иванов", organisation=Organisation(full_name="АО «КМЗ»"))
        s.add(person)
        s.flush()
        s.add(PoolEntry(person_id=person.id, programme_id=other))
    panel = make_panel(qtbot, db, ProgrammesPanel)
    panel.select(other)
    assert panel.ui.delete_button.isEnabled()
    # WHEN it is deleted THEN the tab reports why not, and the programme stays
    click(qtbot, panel.ui.delete_button)
    qtbot.waitUntil(lambda: len(shown(QMessageBox)) == 1)
    with qtbot.waitSignal(panel.problem) as problem:
        click(qtbot, shown(QMessageBox)[0].button(QMessageBox.StandardButton.Yes))
    assert problem.args[0].startswith("People are waiting for the programme Методы решения проблем")
    with db.read() as s:
        assert s.get(Programme, other) is not None


def test_searching_and_the_factory_filter_narrow_the_trainers(qtbot, db, region, type_text):
    save_trainer(db, TrainerDetails(surname="Ozoliņa", first_name="Inese", factory_ids=(region["latgale"],)))
    panel = make_panel(qtbot, db, TrainersPanel)
    assert names(panel) == ["Ozoliņa Inese", "Соколова Анна"]
    combo = panel.ui.factory_combo
    combo.setCurrentIndex(combo.findData(region["kirovsk"]))
    combo.activated.emit(combo.currentIndex())
    assert names(panel) == ["Соколова Анна"]
    assert panel.ui.count_label.text() == "Found: 1"
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    type_text(panel.ui.search_edit, "OZOLINA")
    qtbot.waitUntil(lambda: names(panel) == ["Ozoliņa Inese"])


def test_ctrl_n_belongs_to_the_tab_not_to_the_page_around_it(qtbot, db, region, shown):
    # GIVEN a page with its own Ctrl+N (new session) holding the Programmes tab
    page = QWidget()
    qtbot.addWidget(page)
    page_action = QAction(page)
    page_action.setShortcut(QKeySequence.StandardKey.New)
    page_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(page_action)
    panel = ProgrammesPanel(page)
    QVBoxLayout(page).addWidget(panel)
    page.resize(1100, 500)
    page.show()
    qtbot.waitExposed(page)
    panel.set_database(db)
    panel.refresh()
    triggered: list[bool] = []
    page_action.triggered.connect(lambda: triggered.append(True))
    # WHEN Ctrl+N is pressed in the search line THEN the tab's editor opens, not the page's action
    panel.focus_first()
    qtbot.keyClick(panel.ui.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown(ProgrammeDialog)) == 1)
    assert triggered == []
    shown(ProgrammeDialog)[0].reject()
