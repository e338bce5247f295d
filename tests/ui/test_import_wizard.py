"""The import wizard, driven as a coordinator drives it: a real list file, the real window, the real database."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard
from sqlalchemy import func, select, text

from factory_desk.domain import clock
from factory_desk.domain.models import Organisation, Person, PoolEntry
from factory_desk.exchange.people_columns import Field
from factory_desk.ui.people.import_model import PreviewTableModel
from factory_desk.ui.people.import_wizard import ImportWizard

HEADING = ["№", "Фамилия", "Имя", "Отчество", "Должность", "Подразделение", "Контакт", "Телефон"]
CONTACT = HEADING.index("Контакт")  # an e-mail column whose heading is not recognised
ROWS = [
    ["Список работников, направленных на обучение"],
    ["ООО «Ромашка»", None, "ИНН 7707083893"],
    [],
    HEADING,
    [1, "Иванов", "Иван", "Иванович", "Мастер участка", "Цех № 1", "ivanov@example.ru", "+7 912 345-67-89"],
    [2, "ПЕТРОВА", "АННА", "СЕРГЕЕВНА", "Технолог", "Цех № 2", "petrova@example.ru", ""],
    [],
    [3, "Сидоров", "Пётр", "Ильич", "Слесарь", "Цех № 1", "sidorov@@example", ""],
    [4, "Иванов", "Иван", "Иванович", "Мастер участка", "Цех № 1", "", ""],
    [5, "", "Ольга", "", "Кладовщик", "Склад", "", ""],
    ["Итого: 5"],
]
IMPORTED = ["Иванов Иван Иванович", "Петрова Анна Сергеевна", "Сидоров Пётр Ильич"]


@pytest.fixture
def list_file(tmp_path: Path) -> Path:
    """An organisation's list as they send it: a title block with the ИНН, then the people."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Участники"
    for row in ROWS:
        sheet.append(row)
    workbook.create_sheet("Пусто")
    path = tmp_path / "Ромашка, обучение.xlsx"
    workbook.save(path)
    return path


@pytest.fixture
def russian_window(make_window, db_url):  # type: ignore[no-untyped-def]
    window = make_window(db_url, ui_language="ru")
    window.go_to_area(1)
    return window


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(path), ""))


def open_wizard(window, qtbot, shown) -> ImportWizard:  # type: ignore[no-untyped-def]
    """Ctrl+I on the People page."""
    page = window.people_page
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.search_edit.setFocus()
    qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown(ImportWizard)) == 1)
    return shown(ImportWizard)[0]


def press_enter(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def read_list(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.file_page.ui.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.file_page.isComplete)


def map_column(wizard: ImportWizard, column: int, target: Field | None) -> None:
    combo = wizard.columns_page.ui.columns_view.cellWidget(0, column)
    combo.setCurrentIndex(combo.findData(target.value if target else None))


def walk_to_preview(wizard: ImportWizard, qtbot) -> PreviewTableModel:  # type: ignore[no-untyped-def]
    read_list(wizard, qtbot)
    press_enter(wizard, qtbot)
    assert wizard.currentId() == ImportWizard.COLUMNS
    map_column(wizard, CONTACT, Field.EMAIL)
    press_enter(wizard, qtbot)
    assert wizard.currentId() == ImportWizard.PREVIEW
    qtbot.waitUntil(wizard.preview_page.isComplete)
    return wizard.preview_page.model


def status_of(model: PreviewTableModel, source_row: int) -> str:
    for row in range(model.rowCount()):
        if model.checked_row(row).row.source_row == source_row:
            return str(model.index(row, PreviewTableModel.STATUS).data())
    raise AssertionError(f"row {source_row} is not shown")


def count(db, what) -> int:  # type: ignore[no-untyped-def]
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(what)).scalar_one())


def listed_names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.people_page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def import_from_confirm_page(wizard: ImportWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    press_enter(wizard, qtbot)
    assert wizard.currentId() == ImportWizard.CONFIRM
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)


def test_a_list_is_read_checked_and_imported_into_the_waiting_pool(
    russian_window, list_file, qtbot, shown, monkeypatch, tmp_path
):
    # GIVEN the People page in Russian, and an organisation's list with a title block, a name in capitals,
    # a blank row, a total, a bad e-mail, a row without a surname and the same person twice
    window = russian_window
    db = window.database
    choose_file(monkeypatch, list_file)

    # WHEN the coordinator presses Ctrl+I and chooses the file
    wizard = open_wizard(window, qtbot, shown)
    read_list(wizard, qtbot)

    # THEN the first page says what was read, and offers the workbook's other sheet
    assert "Прочитано строк: 11" in wizard.file_page.ui.status_label.text()
    assert wizard.file_page.ui.sheet_combo.isVisibleTo(wizard.file_page)
    assert wizard.file_page.ui.sheet_combo.currentText() == "Участники"

    # WHEN they press Enter
    press_enter(wizard, qtbot)

    # THEN the columns page shows the guessed columns and where the organisation comes from
    columns = wizard.columns_page
    assert wizard.currentId() == ImportWizard.COLUMNS
    assert columns.ui.columns_view.cellWidget(0, 1).currentText() == "Фамилия"
    assert columns.ui.columns_view.cellWidget(0, CONTACT).currentText() == "— не загружать —"
    assert "ИНН из шапки файла: 7707083893" in columns.ui.from_file_label.text()
    assert "ООО «Ромашка»" in columns.ui.from_file_label.text()

    # WHEN they take the surname and first-name columns away
    map_column(wizard, 1, None)
    map_column(wizard, 2, None)
    # THEN a sentence asks for the names, and they cannot go on
    assert columns.ui.mapping_label.text() == "Укажите столбец с именами людей."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # WHEN they put it back, mark the «Контакт» column as the e-mail, and go on
    map_column(wizard, 1, Field.SURNAME)
    map_column(wizard, 2, Field.FIRST_NAME)
    map_column(wizard, CONTACT, Field.EMAIL)
    assert not columns.ui.mapping_label.isVisible()
    press_enter(wizard, qtbot)
    qtbot.waitUntil(wizard.preview_page.isComplete)

    # THEN the preview counts the rows and says what is wrong with each, in Russian
    preview = wizard.preview_page
    model = preview.model
    assert preview.ui.counts_label.text() == (
        "Будет загружено: 4 · с предупреждениями: 2 · с ошибками: 1 · пропущено: 2")
    assert status_of(model, 5) == "Будет загружена"
    assert model.index(1, PreviewTableModel.SURNAME).data() == "Петрова"  # capitals made readable
    assert status_of(model, 7) == "Пропущена: Пустая строка."
    assert status_of(model, 8) == "Предупреждение: Неверный адрес электронной почты."
    assert status_of(model, 9) == "Предупреждение: Этот же человек уже есть в строке 5 этого файла."
    assert status_of(model, 10) == "Ошибка: Не указана фамилия."
    assert status_of(model, 11).startswith("Пропущена: ")
    assert model.index(0, PreviewTableModel.ORGANISATION).data() == "ООО «Ромашка» (новая)"
    assert count(db, Person) == 0  # nothing is written by looking

    # WHEN they ask for the rows with problems only
    qtbot.mouseClick(preview.ui.problems_check, Qt.MouseButton.LeftButton)
    # THEN only those are listed
    assert [model.checked_row(r).row.source_row for r in range(model.rowCount())] == [7, 8, 9, 10, 11]

    # WHEN they go on, keep the waiting pool, and import
    press_enter(wizard, qtbot)
    assert wizard.confirm_page.ui.pool_radio.isChecked()
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Загрузить"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)

    # THEN the result page counts what was done
    result = wizard.result_page.ui.result_label.text()
    assert "Добавлено новых людей: 3" in result
    assert "Добавлено в список ожидания: 3" in result
    assert "Добавлено новых организаций: 1" in result

    # WHEN they save the report
    report = tmp_path / "отчёт.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(report), ""))
    qtbot.mouseClick(wizard.result_page.ui.report_button, Qt.MouseButton.LeftButton)
    # THEN it is written, and the page says where
    qtbot.waitUntil(lambda: wizard.result_page.ui.report_label.isVisible())
    assert wizard.result_page.ui.report_label.text() == f"Отчёт сохранён: {report}"
    sheet = openpyxl.load_workbook(report).active
    assert sheet is not None and sheet.max_row == 1 + 7  # a heading and every row below the file's heading

    # WHEN they ask to see the people in the list
    qtbot.mouseClick(wizard.result_page.ui.show_button, Qt.MouseButton.LeftButton)

    # THEN the wizard is gone, the People page lists the new people, and they wait in the pool
    qtbot.waitUntil(lambda: not shown(ImportWizard))
    assert listed_names(window) == IMPORTED
    assert window.people_page.ui.count_label.text() == "3 человека"
    assert count(db, PoolEntry) == 3
    with db.read() as session:
        organisation = session.execute(select(Organisation)).scalar_one()
        assert organisation.inn == "7707083893"


def test_a_second_import_of_the_same_list_finds_the_people_already_there(
    russian_window, list_file, qtbot, shown, monkeypatch
):
    # GIVEN a list imported once
    window = russian_window
    db = window.database
    choose_file(monkeypatch, list_file)
    wizard = open_wizard(window, qtbot, shown)
    walk_to_preview(wizard, qtbot)
    import_from_confirm_page(wizard, qtbot)
    press_enter(wizard, qtbot)  # Finish
    qtbot.waitUntil(lambda: not shown(ImportWizard))
    assert count(db, Person) == 3

    # WHEN the same file is imported again
    wizard = open_wizard(window, qtbot, shown)
    model = walk_to_preview(wizard, qtbot)

    # THEN the preview says the people are already in the database, and the organisation is not new
    assert status_of(model, 5) == (
        "Предупреждение: Уже есть в базе: используется имеющаяся запись, копия не создаётся.")
    assert model.index(0, PreviewTableModel.ORGANISATION).data() == "ООО «Ромашка»"

    # WHEN it is imported
    import_from_confirm_page(wizard, qtbot)

    # THEN nobody and nothing is added twice
    assert "Добавлено новых людей: 0" in wizard.result_page.ui.result_label.text()
    assert "Уже были в базе, повторно не добавлены: 3" in wizard.result_page.ui.result_label.text()  # each once
    assert count(db, Person) == 3
    assert count(db, Organisation) == 1
    assert count(db, PoolEntry) == 3
    press_enter(wizard, qtbot)
    qtbot.waitUntil(lambda: not shown(ImportWizard))
    assert listed_names(window) == IMPORTED


def test_a_broken_workbook_is_explained_on_the_first_page(russian_window, tmp_path, qtbot, shown, monkeypatch):
    # GIVEN a file called .xlsx that is not a workbook
    broken = tmp_path / "список.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip file")
    choose_file(monkeypatch, broken)
    wizard = open_wizard(russian_window, qtbot, shown)

    # WHEN the coordinator chooses it
    qtbot.mouseClick(wizard.file_page.ui.choose_button, Qt.MouseButton.LeftButton)

    # THEN the first page says what is wrong, in Russian, and there is no way on
    label = wizard.file_page.ui.status_label
    qtbot.waitUntil(lambda: "список.xlsx" in label.text() and "Чтение" not in label.text())
    assert label.text().startswith("Файл список.xlsx повреждён")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.currentId() == ImportWizard.FILE


# The offscreen platform says this when the completer's list pops up; a real desktop does not.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_csv_list_can_be_imported_for_an_organisation_chosen_from_the_database(
    russian_window, tmp_path, qtbot, shown, monkeypatch, add_people, type_text
):
    # GIVEN an organisation already in the database, and a CSV list that names no organisation
    window = russian_window
    db = window.database
    add_people(db, ("Кузнецов", "Олег", "Петрович"), organisation="АО «Кировский завод»")
    path = tmp_path / "list.csv"
    with path.open("w", encoding="cp1251", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerows([["ФИО", "Должность"], ["Смирнова Елена Викторовна", "Инженер"]])
    choose_file(monkeypatch, path)
    wizard = open_wizard(window, qtbot, shown)
    read_list(wizard, qtbot)
    press_enter(wizard, qtbot)

    # WHEN the coordinator types part of the organisation's name into the searchable box
    columns = wizard.columns_page
    combo = columns.ui.organisation_combo
    combo.setFocus()
    type_text(combo, "Кировский")
    completer = combo.completer()
    qtbot.waitUntil(lambda: completer.completionCount() == 1)
    combo.setCurrentIndex(combo.findText(completer.currentCompletion()))

    # THEN that organisation is chosen for the list
    assert columns.ui.chosen_radio.isChecked()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # WHEN the list is imported only into the register
    press_enter(wizard, qtbot)
    qtbot.waitUntil(wizard.preview_page.isComplete)
    assert wizard.preview_page.model.index(0, PreviewTableModel.ORGANISATION).data() == "АО «Кировский завод»"
    press_enter(wizard, qtbot)
    register_radio = wizard.confirm_page.ui.register_radio
    qtbot.mouseClick(register_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, register_radio.height() // 2))
    assert register_radio.isChecked()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)

    # THEN she is in that organisation, and in no pool
    assert count(db, Organisation) == 1
    assert count(db, PoolEntry) == 0
    with db.read() as session:
        smirnova = session.execute(select(Person).where(Person.surname == "Смирнова")).scalar_one()
        assert smirnova.organisation is not None and smirnova.organisation.full_name == "АО «Кировский завод»"


def test_an_organisation_missing_from_a_new_database_is_added_without_leaving_the_import(
    russian_window, tmp_path, qtbot, shown, monkeypatch
):
    # GIVEN a new database with no organisation, and a list that names none
    from factory_desk.ui.people.organisation_dialog import OrganisationDialog

    window = russian_window
    db = window.database
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Должность\nСмирнова Елена Викторовна;Инженер\n", encoding="utf-8")
    choose_file(monkeypatch, path)
    wizard = open_wizard(window, qtbot, shown)
    read_list(wizard, qtbot)
    press_enter(wizard, qtbot)
    columns = wizard.columns_page
    assert not columns.ui.chosen_radio.isEnabled()  # nothing to choose from yet

    # WHEN the coordinator presses «Новая организация…» and saves it there
    qtbot.mouseClick(columns.ui.new_organisation_button, Qt.MouseButton.LeftButton)
    editor = columns.organisation_editor
    assert isinstance(editor, OrganisationDialog) and editor.isVisible()
    editor.ui.full_name_edit.setText("АО «Кировский завод»")
    editor.accept()

    # THEN it is chosen for the list, and the people are imported into it
    assert columns.ui.chosen_radio.isChecked()
    assert columns.ui.organisation_combo.currentText() == "АО «Кировский завод»"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    press_enter(wizard, qtbot)
    qtbot.waitUntil(wizard.preview_page.isComplete)
    press_enter(wizard, qtbot)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)
    with db.read() as session:
        smirnova = session.execute(select(Person).where(Person.surname == "Смирнова")).scalar_one()
        assert smirnova.organisation is not None and smirnova.organisation.full_name == "АО «Кировский завод»"


def test_cancelling_after_the_file_was_read_asks_first_and_writes_nothing(
    russian_window, list_file, qtbot, shown, monkeypatch
):
    # GIVEN the wizard on its preview page
    window = russian_window
    choose_file(monkeypatch, list_file)
    wizard = open_wizard(window, qtbot, shown)
    walk_to_preview(wizard, qtbot)
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, title, _text, *_args):  # type: ignore[no-untyped-def]
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)

    # WHEN the coordinator presses Esc and says No
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    # THEN the wizard stays
    assert asked == ["Прервать загрузку?"]
    assert wizard.isVisible()

    # WHEN they press Esc again and say Yes
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)

    # THEN the wizard closes and nothing is in the database
    qtbot.waitUntil(lambda: not shown(ImportWizard))
    assert count(window.database, Person) == 0
    assert count(window.database, Organisation) == 0
    assert listed_names(window) == []


def test_cancelling_before_a_file_is_read_asks_nothing(russian_window, qtbot, shown, monkeypatch):
    # GIVEN the wizard just opened
    wizard = open_wizard(russian_window, qtbot, shown)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("nothing to lose, nothing to ask"))
    # WHEN Esc is pressed  THEN it closes at once
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown(ImportWizard))


def test_the_preview_model_keeps_qts_model_rules(russian_window, list_file, qtbot, shown, monkeypatch,
                                                 qtmodeltester):
    # GIVEN the preview of a list
    choose_file(monkeypatch, list_file)
    wizard = open_wizard(russian_window, qtbot, shown)
    model = walk_to_preview(wizard, qtbot)
    # WHEN Qt's model tester runs its checks  THEN it finds nothing wrong
    qtmodeltester.check(model, force_py=True)
    # AND the kind of each row is there for the eye and for assistive technology alike
    assert model.index(5, 0).data(PreviewTableModel.KIND_ROLE) == PreviewTableModel.ERROR
    assert model.index(5, PreviewTableModel.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None


def test_a_file_dropped_on_the_first_page_is_read(russian_window, list_file, qtbot, shown):
    # GIVEN the wizard on its first page
    wizard = open_wizard(russian_window, qtbot, shown)
    page = wizard.file_page
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(list_file))])

    # WHEN the coordinator drags the list from the file manager and drops it on the page
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, drop)

    # THEN it is read as if chosen with the button
    qtbot.waitUntil(page.isComplete)
    assert page.ui.file_edit.text() == str(list_file)
    assert "Прочитано строк: 11" in page.ui.status_label.text()


def test_every_control_of_the_columns_page_is_reached_with_tab(russian_window, list_file, qtbot, shown,
                                                                monkeypatch):
    # GIVEN the columns page of a list
    choose_file(monkeypatch, list_file)
    wizard = open_wizard(russian_window, qtbot, shown)
    read_list(wizard, qtbot)
    press_enter(wizard, qtbot)
    page = wizard.columns_page
    wanted = {page.ui.heading_spin, page.ui.from_file_radio,
              *(page.ui.columns_view.cellWidget(0, c) for c in range(page.ui.columns_view.columnCount()))}

    # WHEN the coordinator presses Tab again and again
    reached = set()
    for _ in range(40):
        reached.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    # THEN the row choice, every column's choice and the organisation's choice were reached
    assert wanted <= reached


def test_an_empty_sheet_is_said_to_be_empty_and_another_can_be_chosen(russian_window, list_file, qtbot, shown,
                                                                      monkeypatch):
    # GIVEN a workbook of two sheets, read
    choose_file(monkeypatch, list_file)
    wizard = open_wizard(russian_window, qtbot, shown)
    read_list(wizard, qtbot)
    page, combo = wizard.file_page, wizard.file_page.ui.sheet_combo

    # WHEN the coordinator chooses the empty sheet with the keyboard
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)

    # THEN the page says it is empty, and there is no way on
    qtbot.waitUntil(lambda: page.ui.status_label.text().startswith("Пусто: "))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # WHEN they choose the sheet with the people again  THEN they can go on
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(page.isComplete)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def refuse_pool_entries(db) -> None:  # type: ignore[no-untyped-def]
    """A rule in the database itself that fails the import half-way: after the people, at the pool."""
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.execute(text("CREATE TRIGGER refuse_pool BEFORE INSERT ON pool_entry "
                                    "BEGIN SELECT RAISE(ABORT, 'the pool is closed'); END"))
        else:
            connection.execute(text("CREATE FUNCTION refuse_pool() RETURNS trigger AS $$ BEGIN "
                                    "RAISE EXCEPTION 'the pool is closed'; END $$ LANGUAGE plpgsql"))
            connection.execute(text("CREATE TRIGGER refuse_pool BEFORE INSERT ON pool_entry "
                                    "FOR EACH ROW EXECUTE FUNCTION refuse_pool()"))


def test_an_import_that_fails_says_why_and_writes_nobody(russian_window, list_file, qtbot, shown, monkeypatch):
    # GIVEN the wizard ready to import, and a database that will refuse the pool entries
    window = russian_window
    db = window.database
    choose_file(monkeypatch, list_file)
    wizard = open_wizard(window, qtbot, shown)
    walk_to_preview(wizard, qtbot)
    press_enter(wizard, qtbot)
    refuse_pool_entries(db)

    # WHEN the coordinator presses Import
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)

    # THEN the page says nothing was imported and why, and no person was written before the failure
    error = wizard.confirm_page.ui.error_label
    qtbot.waitUntil(error.isVisible)
    assert error.text().startswith("Ничего не загружено: ")
    assert wizard.currentId() == ImportWizard.CONFIRM
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert count(db, Person) == 0
    assert count(db, Organisation) == 0


def test_a_list_can_be_enrolled_straight_into_a_session_with_the_overflow_waitlisted(
    russian_window, list_file, qtbot, shown, monkeypatch
):
    # GIVEN a session next week with room for two people
    import datetime as dt

    from factory_desk.domain.models import Enrolment, Factory, Programme, SessionDay, TrainingSession

    window = russian_window
    db = window.database
    with db.write() as s:
        factory, programme = Factory(name="Фабрика процессов Кириши", code="КИР"), Programme(name="Бережливый офис")
        s.add_all([factory, programme])
        s.flush()
        training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="open", min_group=1,
                                   max_group=2)
        training.days.append(SessionDay(day_no=1, date=clock.today() + dt.timedelta(days=7)))
        s.add(training)
        s.flush()
        session_id = training.id
    choose_file(monkeypatch, list_file)
    wizard = open_wizard(window, qtbot, shown)
    walk_to_preview(wizard, qtbot)
    press_enter(wizard, qtbot)
    assert wizard.currentId() == ImportWizard.CONFIRM
    page = wizard.confirm_page

    # WHEN the coordinator picks the session on the last page
    assert page.ui.session_radio.isEnabled()
    assert "Бережливый офис" in page.ui.session_combo.currentText()
    assert "записано 0 из 2" in page.ui.session_combo.currentText()
    page.ui.session_radio.setChecked(True)
    # THEN the page says who gets a place and who waits
    assert page.ui.session_note_label.text() == (
        "Свободно мест — 2: первые 2 человек из списка получат место, остальные попадут в лист ожидания занятия.")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)

    # THEN two are enrolled in file order, the third is first on the waiting list, nobody is in the pool
    result = wizard.result_page.ui.result_label.text()
    assert "«Бережливый офис»: 2" in result
    assert "В листе ожидания занятия (группа заполнена): 1" in result
    with db.read() as s:
        rows = s.execute(select(Person.surname, Enrolment.status, Enrolment.waitlist_position)
                         .join(Enrolment, Enrolment.person_id == Person.id)
                         .where(Enrolment.session_id == session_id).order_by(Enrolment.id)).all()
    assert [tuple(r) for r in rows] == [("Иванов", "enrolled", None), ("Петрова", "enrolled", None),
                                        ("Сидоров", "waitlisted", 1)]
    assert count(db, PoolEntry) == 0
