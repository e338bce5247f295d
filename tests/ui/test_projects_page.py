"""The Projects page over a real database: the register with each filter («overdue» derived from the planned
finish and today) and the search as you type, read 200 rows at a time; deleting a project after being asked; the
portfolio's figures per quarter for a known set of projects; the portfolio exported to Excel and read back; the
page reading nothing until it is first shown."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from factory_desk.domain import clock
from factory_desk.domain.models import (
    AuditEntry,
    Factory,
    ImprovementProject,
    Organisation,
    Person,
    Programme,
    SessionDay,
    TrainingSession,
)
from factory_desk.services.project_results import Effects, set_effects
from factory_desk.services.projects import ProjectDraft, save_project, set_status
from factory_desk.ui.projects.list_model import PortfolioModel, ProjectsModel
from factory_desk.ui.projects.page import ProjectsPage
from factory_desk.ui.sessions.calendar_view import WARNING_COLOUR

TODAY = clock.today()  # the page judges «overdue» by the computer's date, as a coordinator sees it
QUEUE = "Сокращение очереди в регистратуре"
STORE = "Бережливый склад МФЦ"
FIR = "Ёлочка 5S в ординаторской"


@pytest.fixture
def world(db):
    """Two factories with a session each, two organisations, three people, and three projects:
    QUEUE (the clinic, from Кириши, launched, its planned finish ten days ago: overdue),
    STORE (the МФЦ, from Тосно, completed in Q3 2025 with its effects) and
    FIR (the clinic, no session, in development, finishing in a hundred days)."""
    with db.write() as s:
        kirishi = Factory(name="Фабрика процессов Кириши", code="КИР")
        tosno = Factory(name="Фабрика процессов Тосно", code="ТОС")
        programme = Programme(name="Основы бережливого производства", rounds=3, days=1)
        clinic = Organisation(full_name="ГБУЗ «Киришская клиническая межрайонная больница»",
                              short_name="Киришская больница")
        mfc = Organisation(full_name="МФЦ Тосненского района", short_name="МФЦ Тосно")
        s.add_all([kirishi, tosno, programme, clinic, mfc])
        s.flush()
        sessions = []
        for factory, day in ((kirishi, dt.date(2025, 1, 20)), (tosno, dt.date(2025, 3, 12))):
            training = TrainingSession(programme_id=programme.id, factory_id=factory.id, status="held", min_group=1)
            training.days.append(SessionDay(day_no=1, date=day))
            s.add(training)
            sessions.append(training)
        people = [Person(surname="Иванова", first_name="Мария", patronymic="Петровна", position="Главный врач",
                         organisation_id=clinic.id),
                  Person(surname="Петров", first_name="Иван", position="Директор МФЦ", organisation_id=mfc.id),
                  Person(surname="Ёлкин", first_name="Пётр", position="Заведующий отделением",
                         organisation_id=clinic.id)]
        s.add_all(people)
        s.flush()
        ids = {"kirishi": kirishi.id, "tosno": tosno.id, "clinic": clinic.id, "mfc": mfc.id,
               "sessions": [t.id for t in sessions], "people": [p.id for p in people]}
    ivanova, petrov, yolkin = ids["people"]
    ids["queue"] = save_project(db, ProjectDraft(
        title=QUEUE, organisation_id=ids["clinic"], sub_programme="Здравоохранение", leader_id=ivanova,
        planned_start=dt.date(2025, 2, 10), actual_start=dt.date(2025, 3, 1),
        planned_finish=TODAY - dt.timedelta(days=10), session_ids=[ids["sessions"][0]]))
    set_status(db, ids["queue"], "launched")
    ids["store"] = save_project(db, ProjectDraft(
        title=STORE, organisation_id=ids["mfc"], sub_programme="Госуслуги", leader_id=petrov,
        planned_start=dt.date(2025, 4, 15), actual_start=dt.date(2025, 5, 1), planned_finish=dt.date(2025, 8, 1),
        actual_finish=dt.date(2025, 8, 20), session_ids=[ids["sessions"][1]]))
    set_status(db, ids["store"], "completed")
    set_effects(db, ids["store"], Effects(freed_hours_per_year=Decimal(520),
                                          economic_effect=Decimal("1250000.50"), costs=Decimal(40000)))
    ids["fir"] = save_project(db, ProjectDraft(
        title=FIR, organisation_id=ids["clinic"], sub_programme="Здравоохранение", leader_id=yolkin,
        planned_start=dt.date(2024, 11, 1), planned_finish=TODAY + dt.timedelta(days=100)))
    return ids


@pytest.fixture
def make_page(qtbot, db, interface_language):  # type: ignore[no-untyped-def]
    def make() -> ProjectsPage:
        interface_language("en")
        page = ProjectsPage()
        qtbot.addWidget(page)
        page.resize(1060, 740)
        page.show()
        qtbot.waitExposed(page)
        page.set_database(db)
        page.page_shown()
        return page

    return make


@pytest.fixture
def page(make_page, world):  # type: ignore[no-untyped-def]
    return make_page()


def titles(page: ProjectsPage) -> list[str]:
    model = page.model
    return [model.index(row, ProjectsModel.TITLE).data() for row in range(model.rowCount())]


def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def cell(page: ProjectsPage, title: str, column: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.index(titles(page).index(title), column).data(role)


# --- the list ------------------------------------------------------------------------------------------------

def test_the_register_lists_every_project_by_title_with_its_status_review_finish_and_effects(page, qtmodeltester):
    # THEN every project is listed alphabetically (Ё with Е) and counted
    assert titles(page) == [STORE, FIR, QUEUE]
    assert page.ui.count_label.text() == "Projects: 3"
    assert not page.ui.empty_label.isVisible()
    # AND a line says the project, its organisation, leader (initials; in full in the tooltip), status, review,
    # planned finish, freed hours and economic effect, the figures right-aligned in the interface's way
    row = [cell(page, STORE, column) for column in range(ProjectsModel.COLUMN_COUNT)]
    assert row == [STORE, "МФЦ Тосно", "Петров И.", "Completed", "", "01.08.2025", "520", "1,250,000.5"]
    assert cell(page, STORE, ProjectsModel.LEADER, Qt.ItemDataRole.ToolTipRole) == "Петров Иван"
    assert cell(page, FIR, ProjectsModel.LEADER) == "Ёлкин П."
    assert cell(page, STORE, ProjectsModel.EFFECT, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(page, FIR, ProjectsModel.STATUS) == "In development"
    assert cell(page, FIR, ProjectsModel.HOURS) == ""
    # AND the project whose planned finish has passed says it is overdue, in the warning orange, and why
    finish = (TODAY - dt.timedelta(days=10)).strftime("%d.%m.%Y")
    assert cell(page, QUEUE, ProjectsModel.STATUS) == "Overdue"
    assert cell(page, QUEUE, ProjectsModel.STATUS, Qt.ItemDataRole.ForegroundRole) == WARNING_COLOUR
    assert cell(page, QUEUE, ProjectsModel.STATUS, Qt.ItemDataRole.ToolTipRole) == (
        f"Launched; the planned finish {finish} has passed")
    assert cell(page, QUEUE, ProjectsModel.FINISH) == finish
    assert cell(page, FIR, ProjectsModel.STATUS, Qt.ItemDataRole.ForegroundRole) is None
    # AND the first project is selected, so Open and Delete… act on it
    assert page.selected_id() == page.model.project_id(0)
    assert page.ui.open_button.isEnabled() and page.ui.delete_button.isEnabled()
    assert page.model.headerData(ProjectsModel.HOURS, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.ToolTipRole) == "Working hours freed a year"
    qtmodeltester.check(page.model)


def test_the_filters_offer_what_the_projects_have(page, world):
    def texts(combo):  # type: ignore[no-untyped-def]
        return [combo.itemText(i) for i in range(combo.count())]

    assert texts(page.ui.status_combo) == ["All statuses", "In development", "Launched", "Being implemented",
                                           "Completed", "Overdue"]
    assert texts(page.ui.sub_programme_combo) == ["All sub-programmes", "Госуслуги", "Здравоохранение"]
    assert texts(page.ui.factory_combo) == ["All factories", "Фабрика процессов Кириши", "Фабрика процессов Тосно"]
    assert texts(page.ui.organisation_combo) == ["All organisations", "Киришская больница", "МФЦ Тосно"]
    years = sorted({2024, 2025, TODAY.year, (TODAY - dt.timedelta(days=10)).year,
                    (TODAY + dt.timedelta(days=100)).year}, reverse=True)
    assert texts(page.ui.year_combo) == ["All years", *map(str, years)]


def test_each_filter_narrows_the_list(page, world, qtbot):
    # WHEN the user chooses an organisation THEN only its projects are listed, and counted as found
    choose(page.ui.organisation_combo, world["clinic"])
    assert titles(page) == [FIR, QUEUE]
    assert page.ui.count_label.text() == "Found: 2"
    choose(page.ui.organisation_combo, None)
    # a factory: the projects that came from its sessions
    choose(page.ui.factory_combo, world["kirishi"])
    assert titles(page) == [QUEUE]
    choose(page.ui.factory_combo, world["tosno"])
    assert titles(page) == [STORE]
    choose(page.ui.factory_combo, None)
    # a sub-programme
    choose(page.ui.sub_programme_combo, "Здравоохранение")
    assert titles(page) == [FIR, QUEUE]
    choose(page.ui.sub_programme_combo, None)
    # a status; «overdue» is the launched project past its planned finish, not the completed one past its own
    for status, expected in (("in_development", [FIR]), ("launched", [QUEUE]), ("implementing", []),
                             ("completed", [STORE]), ("overdue", [QUEUE])):
        choose(page.ui.status_combo, status)
        assert titles(page) == expected, status
    choose(page.ui.status_combo, None)
    # a year: the projects planned, started or finished in it
    choose(page.ui.year_combo, 2024)
    assert titles(page) == [FIR]
    choose(page.ui.year_combo, 2025)
    assert titles(page) == [STORE, QUEUE]
    # filters add up
    choose(page.ui.organisation_combo, world["mfc"])
    assert titles(page) == [STORE]
    assert page.ui.count_label.text() == "Found: 1"
    choose(page.ui.year_combo, None)
    choose(page.ui.organisation_combo, None)
    assert titles(page) == [STORE, FIR, QUEUE]
    assert page.ui.count_label.text() == "Projects: 3"


def test_the_search_finds_a_title_an_organisation_or_a_leader_as_you_type(page, type_text, qtbot):
    # WHEN the user types a piece of a title, ignoring case THEN the list narrows when typing pauses
    type_text(page.ui.search_edit, "СКЛАД")
    qtbot.waitUntil(lambda: titles(page) == [STORE])
    # an organisation's name
    page.ui.search_edit.clear()
    type_text(page.ui.search_edit, "кириш")
    qtbot.waitUntil(lambda: titles(page) == [FIR, QUEUE])
    # a leader's name, ё typed as е
    page.ui.search_edit.clear()
    type_text(page.ui.search_edit, "елкин")
    qtbot.waitUntil(lambda: titles(page) == [FIR])
    assert page.ui.count_label.text() == "Found: 1"
    # nothing matches: the list says so instead of showing an empty table
    page.ui.search_edit.clear()
    type_text(page.ui.search_edit, "нет такого")
    qtbot.waitUntil(lambda: page.ui.empty_label.isVisible())
    assert page.ui.empty_label.text() == "No project matches these filters."
    assert page.ui.count_label.text() == "Nothing found"
    assert not page.ui.projects_view.isVisible()
    assert not page.ui.open_button.isEnabled() and not page.ui.delete_button.isEnabled()
    page.ui.search_edit.clear()
    qtbot.waitUntil(lambda: len(titles(page)) == 3)


def test_without_projects_the_page_says_how_to_make_the_first(make_page, db):
    page = make_page()
    assert page.ui.empty_label.isVisible()
    assert page.ui.empty_label.text().startswith("There are no projects yet. Create the first one")
    assert page.ui.count_label.text() == ""
    assert not page.ui.export_button.isEnabled()
    assert page.ui.new_button.isEnabled()


def test_the_page_reads_nothing_until_it_is_first_shown(qtbot, db, world):
    # GIVEN the page given a database while another area is shown
    page = ProjectsPage()
    qtbot.addWidget(page)
    page.set_database(db)
    # THEN nothing is read yet
    assert page.model.rowCount() == 0 and page.ui.count_label.text() == ""
    # WHEN it is shown THEN the list is read
    page.show()
    page.page_shown()
    assert titles(page) == [STORE, FIR, QUEUE]
    # AND F5 reads a project added meanwhile, keeping the selection
    page.select(world["queue"])
    save_project(db, ProjectDraft(title="Архив без бумаги"))
    page.refresh()
    assert titles(page) == ["Архив без бумаги", STORE, FIR, QUEUE]
    assert page.selected_id() == world["queue"]


def test_a_long_register_is_read_200_rows_at_a_time(make_page, db, qtbot):
    # GIVEN 250 projects
    with db.write() as s:
        s.add_all(ImprovementProject(title=f"Проект {n:03}") for n in range(250))
    page = make_page()
    # THEN the first 200 are read, and all 250 counted
    assert page.model.rowCount() == 200
    assert page.ui.count_label.text() == "Projects: 250"
    # WHEN the user scrolls to the end THEN the rest are read
    page.ui.projects_view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 250)
    assert titles(page)[-1] == "Проект 249"
    assert len(set(titles(page))) == 250


# --- deleting ----------------------------------------------------------------------------------------------------

def test_delete_asks_naming_the_project_and_deletes_only_when_told(page, world, db, monkeypatch, qtbot):
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    # GIVEN the overdue project selected
    page.select(world["queue"])
    # WHEN the user presses Delete on the list and answers No THEN they were asked about it, and it stays
    page.ui.projects_view.setFocus()
    qtbot.waitUntil(page.ui.projects_view.hasFocus)
    qtbot.keyClick(page.ui.projects_view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and f"«{QUEUE}»" in asked[0]
    assert QUEUE in titles(page)
    # WHEN they choose Delete… and answer Yes THEN it is gone from the list and the database, and the log says so
    page.ui.delete_button.click()
    assert len(asked) == 2
    assert titles(page) == [STORE, FIR]
    assert page.ui.count_label.text() == "Projects: 2"
    assert page.ui.message_label.text() == f"The project «{QUEUE}» was deleted."
    with db.read() as s:
        assert s.get(ImprovementProject, world["queue"]) is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "project_deleted")).one()
        assert entry.entity_id == world["queue"] and entry.details["title"] == QUEUE
    # AND the line where it stood is selected
    assert page.selected_id() == world["fir"]


# --- the portfolio -----------------------------------------------------------------------------------------------

def portfolio_rows(page: ProjectsPage) -> list[list[str]]:
    model = page.portfolio_model
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_the_portfolio_counts_the_projects_of_each_quarter_and_the_effects_of_those_closed(page, world,
                                                                                          qtmodeltester):
    # WHEN the user opens the Portfolio tab THEN this year is shown
    page.ui.tabs.setCurrentWidget(page.ui.portfolio_tab)
    assert page.ui.portfolio_year_combo.currentData() == TODAY.year
    # WHEN they choose 2025
    choose(page.ui.portfolio_year_combo, 2025)
    # THEN each quarter says what was planned, opened and closed in it, and the year in all, with the effects
    # of the project closed in Q3
    assert portfolio_rows(page) == [
        ["Q1", "1", "1", "0", "0", "0", "0"],
        ["Q2", "1", "1", "0", "0", "0", "0"],
        ["Q3", "0", "0", "1", "520", "1,250,000.5", "40,000"],
        ["Q4", "0", "0", "0", "0", "0", "0"],
        ["Total", "2", "2", "1", "520", "1,250,000.5", "40,000"],
    ]
    model = page.portfolio_model
    assert model.index(4, PortfolioModel.QUARTER).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(2, PortfolioModel.QUARTER).data(Qt.ItemDataRole.ToolTipRole) == "01.07.2025 – 30.09.2025"
    # AND one line says what the figures count
    assert page.ui.definitions_label.text().startswith("Planned: projects whose planned start falls in the quarter")
    # WHEN they choose a factory THEN only the projects from its sessions count
    choose(page.ui.portfolio_factory_combo, world["kirishi"])
    assert portfolio_rows(page)[4] == ["Total", "1", "1", "0", "0", "0", "0"]
    choose(page.ui.portfolio_year_combo, 2024)
    choose(page.ui.portfolio_factory_combo, None)
    assert portfolio_rows(page)[3] == ["Q4", "1", "0", "0", "0", "0", "0"]
    qtmodeltester.check(model)


# --- the export --------------------------------------------------------------------------------------------------

def test_the_portfolio_is_exported_to_excel_in_the_background(page, world, tmp_path, monkeypatch, qtbot):
    # GIVEN the portfolio of 2025 chosen, and a file name typed without its suffix
    page.ui.tabs.setCurrentWidget(page.ui.portfolio_tab)
    choose(page.ui.portfolio_year_combo, 2025)
    target = tmp_path / "Портфель 2025"
    offered: list[str] = []

    def save_as(_parent, _caption, suggested, _filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    # WHEN the user exports the portfolio
    page.ui.portfolio_export_button.click()
    workbook_file = target.with_suffix(".xlsx")
    qtbot.waitUntil(lambda: "saved to" in page.ui.message_label.text(), timeout=30_000)
    # THEN a sentence names the file, and the workbook holds every project and the quarters of 2025
    assert offered[0].endswith("projects-2025.xlsx")
    assert page.ui.message_label.text() == (
        f"The portfolio was saved to {workbook_file}: 3 projects, and the quarters of 2025.")
    workbook = openpyxl.load_workbook(workbook_file)
    projects, quarters = workbook.worksheets
    listed = [row[1] for row in projects.iter_rows(min_row=2, values_only=True)]
    assert listed == [STORE, FIR, QUEUE]
    header = [value for value in next(projects.iter_rows(max_row=1, values_only=True))]
    overdue = {row[1]: row[header.index("Overdue")] for row in projects.iter_rows(min_row=2, values_only=True)}
    assert overdue == {STORE: None, FIR: None, QUEUE: "yes"}
    lines = [list(row) for row in quarters.iter_rows(min_row=2, values_only=True)]
    assert [line[:4] for line in lines] == [["Q1 2025", 1, 1, 0], ["Q2 2025", 1, 1, 0], ["Q3 2025", 0, 0, 1],
                                            ["Q4 2025", 0, 0, 0], ["2025 in all", 2, 2, 1]]
    assert lines[2][4:] == [520, 1250000.5, 40000]
    # WHEN Kirishi is chosen on the Portfolio tab and the portfolio exported again
    choose(page.ui.portfolio_factory_combo, world["kirishi"])
    page.ui.message_label.clear()
    page.ui.portfolio_export_button.click()
    qtbot.waitUntil(lambda: "saved to" in page.ui.message_label.text(), timeout=30_000)
    # THEN the workbook holds Kirishi's project and quarters only, as the tab shows them
    projects, quarters = openpyxl.load_workbook(workbook_file).worksheets
    assert [row[1] for row in projects.iter_rows(min_row=2, values_only=True)] == [QUEUE]
    assert list(quarters.iter_rows(min_row=6, values_only=True))[0][:4] == ("2025 in all", 1, 1, 0)


def test_a_file_that_cannot_be_written_is_said_in_a_sentence(page, tmp_path, monkeypatch, qtbot):
    # GIVEN a file chosen inside a "folder" that is a file
    (tmp_path / "missing").write_text("a file where a folder should be")
    target = tmp_path / "missing" / "p.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(target), "")))
    # WHEN the user exports the portfolio from the list
    page.ui.export_button.click()
    # THEN the page says the file could not be written, in a sentence
    qtbot.waitUntil(lambda: page.ui.message_label.isVisible(), timeout=30_000)
    assert page.ui.message_label.text().startswith(f"The file {target} could not be written")


# --- a project's window ------------------------------------------------------------------------------------------

def test_enter_opens_the_project_in_its_own_window_beside_the_list(page, world, qtbot):
    from factory_desk.ui.projects.project_window import ProjectWindow

    # GIVEN the overdue project selected
    page.select(world["queue"])
    page.ui.projects_view.setFocus()
    qtbot.waitUntil(page.ui.projects_view.hasFocus)
    # WHEN the user presses Enter THEN its window opens, without blocking the list
    qtbot.keyClick(page.ui.projects_view, Qt.Key.Key_Return)
    assert len(page.windows) == 1
    window = page.windows[0]
    assert isinstance(window, ProjectWindow)
    assert window.project_id == world["queue"] and window.isVisible()
    assert not window.isModal()
    assert window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # WHEN the same project is asked for again (Open, a double-click) THEN the same window comes forward
    page.ui.open_button.click()
    point = page.ui.projects_view.visualRect(page.model.index(titles(page).index(QUEUE), 0)).center()
    qtbot.mouseDClick(page.ui.projects_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert page.windows == [window]
    # AND another project opens in a second window
    page.select(world["store"])
    page.open_selected()
    assert [w.project_id for w in page.windows] == [world["queue"], world["store"]]
    # WHEN a window is closed THEN the page lets it go
    window.close()
    qtbot.waitUntil(lambda: [w.project_id for w in page.windows] == [world["store"]])


def test_ctrl_n_starts_a_new_project_and_once_saved_it_is_listed_and_selected(page, qtbot, type_text):
    # WHEN the user presses Ctrl+N on the page
    page.activateWindow()
    page.ui.search_edit.setFocus()
    qtbot.waitUntil(page.ui.search_edit.hasFocus)
    qtbot.keyClick(page.ui.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # THEN an empty project's window opens
    assert len(page.windows) == 1
    window = page.windows[0]
    assert window.project_id is None
    # WHEN they type its title and save it
    type_text(window.ui.title_edit, "Архив без бумаги")
    assert window.save()
    # THEN the list shows it, selected, and counts it; the window stays open on it
    assert titles(page) == ["Архив без бумаги", STORE, FIR, QUEUE]
    assert page.selected_id() == window.project_id is not None
    assert page.ui.count_label.text() == "Projects: 4"
    assert page.windows == [window]


def test_a_change_saved_in_the_window_is_read_by_the_list_and_the_portfolio(page, world, db, type_text):
    # GIVEN the 2025 portfolio, and the list with the first project selected
    page.ui.tabs.setCurrentWidget(page.ui.portfolio_tab)
    choose(page.ui.portfolio_year_combo, 2025)
    page.ui.tabs.setCurrentWidget(page.ui.list_tab)
    page.select(world["fir"])
    page.open_project(world["queue"])
    window = page.project_window(world["queue"])
    assert window is not None
    # WHEN the overdue project is renamed in its window and saved
    window.ui.title_edit.clear()
    type_text(window.ui.title_edit, "Очередь в регистратуре: электронная запись")
    assert window.save()
    # THEN the list shows the new title, keeping the line selected in the list
    assert titles(page) == [STORE, FIR, "Очередь в регистратуре: электронная запись"]
    assert page.selected_id() == world["fir"]
    # WHEN it is completed there (its actual finish today)
    window.ui.status_combo.setCurrentIndex(window.ui.status_combo.findData("completed"))
    window.change_status()
    # THEN the list no longer says it is overdue, and the portfolio of this year counts it closed
    row = titles(page).index("Очередь в регистратуре: электронная запись")
    assert page.model.index(row, ProjectsModel.STATUS).data() == "Completed"
    page.ui.tabs.setCurrentWidget(page.ui.portfolio_tab)
    choose(page.ui.portfolio_year_combo, TODAY.year)
    assert portfolio_rows(page)[4][PortfolioModel.CLOSED] == "1"


def test_a_project_deleted_in_its_window_leaves_the_list(page, world, monkeypatch, qtbot):
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_args: QMessageBox.StandardButton.Yes))
    page.open_project(world["store"])
    window = page.project_window(world["store"])
    window.delete()
    assert titles(page) == [FIR, QUEUE]
    qtbot.waitUntil(lambda: page.windows == [])


def test_leaving_asks_about_a_project_with_unsaved_changes(page, world, monkeypatch, type_text):
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    # GIVEN a project's window with its title changed and not saved
    page.open_project(world["fir"])
    window = page.project_window(world["fir"])
    type_text(window.ui.title_edit, " (черновик)")
    # WHEN the app asks whether the page may be left, and the user cancels THEN it may not
    assert not page.confirm_leaving()
    assert len(asked) == 1
    # WHEN they discard THEN it may, and another database closes the window without asking again
    assert page.confirm_leaving()
    page.set_database(None)
    assert page.windows == [] and len(asked) == 2
