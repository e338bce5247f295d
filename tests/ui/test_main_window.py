"""The main window: navigation in both languages, shortcuts, the status bar, live language switch, About,
and databases that cannot be used."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import create_engine, text

from factory_desk import __version__
from factory_desk.domain import clock
from factory_desk.preferences import Preferences
from factory_desk.store.database import Database
from factory_desk.store.schema import ensure_current
from factory_desk.ui.about import AboutDialog
from factory_desk.ui.area_page import AreaPage, FigureTile
from factory_desk.ui.database_files import location_of

# The offscreen platform says this whenever a dialog is shown; it is about the test platform, not the app.

AREAS = {
    "ru": ["Занятия", "Люди и организации", "Посещаемость", "Сертификаты", "Проекты", "Отчёты", "Настройки"],
    "en": ["Sessions", "People and organisations", "Attendance", "Certificates", "Projects", "Reports", "Settings"],
}
MENUS = {"ru": ["&Файл", "&Вид", "&Справка"], "en": ["&File", "&View", "&Help"]}


def navigation_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    listed = window.ui.navigation_list
    return [listed.item(row).text() for row in range(listed.count())]


def menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text() for action in window.ui.menu_bar.actions()]


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_window_opens_with_its_areas_named_in_the_interface_language(make_window, db_url, language):
    # GIVEN a database and the interface language chosen by the user
    # WHEN the main window opens
    window = make_window(db_url, ui_language=language)

    # THEN the navigation and the menus are in that language, and the first area is shown
    assert navigation_texts(window) == AREAS[language]
    assert menu_titles(window) == MENUS[language]
    assert window.ui.page_stack.currentWidget() is window.pages[0]
    assert window.pages[0].ui.title_label.text() == AREAS[language][0]


def test_ctrl_and_a_digit_switch_areas(window, qtbot):
    # GIVEN the main window, active, on its first area
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    for digit in range(7, 0, -1):
        # WHEN the user presses Ctrl+digit
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)

        # THEN that area is shown and selected in the navigation
        assert window.ui.page_stack.currentWidget() is window.pages[digit - 1]
        assert window.ui.navigation_list.currentRow() == digit - 1


def test_the_status_bar_names_the_open_database_and_its_kind(window, db_url):
    # GIVEN the window with the test database open
    db = window.database
    # WHEN the user looks at the status bar
    label = window.database_label
    # THEN it names the database and says which kind it is
    assert db is not None and db.name in label.text()
    assert ("SQLite" if db_url.startswith("sqlite") else "PostgreSQL") in label.text()


def test_the_areas_show_live_figures_from_the_database(window, add_people, qtbot):
    # GIVEN three people written to the open database
    add_people(window.database, ("Иванов", "Иван", "Иванович"), ("Петрова", "Анна", "Сергеевна"),
               ("Bērziņš", "Jānis", ""))

    # WHEN the user opens Reports
    window.go_to_area(5)

    # THEN its figures count them
    page = window.pages[5]
    assert isinstance(page, AreaPage)
    figures = {t.caption_label.text(): t.value_label.text() for t in page.findChildren(FigureTile)}
    assert figures["People"] == "3"
    assert figures["Organisations"] == "1"


def test_switching_the_language_on_the_settings_page_retranslates_the_window_at_once(window, qtbot):
    # GIVEN the window in English, on the Settings page
    window.go_to_area(6)
    settings = window.settings_page
    combo = settings.ui.language_combo

    # WHEN the user chooses Русский
    combo.setCurrentIndex(combo.findData("ru"))

    # THEN every visible text turns Russian without a restart, and the choice is kept for the next start
    qtbot.waitUntil(lambda: navigation_texts(window) == AREAS["ru"])
    assert menu_titles(window) == MENUS["ru"]
    assert settings.ui.title_label.text() == "Настройки"
    assert window.pages[0].ui.title_label.text() == "Занятия"
    assert window.database_label.text().startswith("База данных:")
    assert window.people_page.model.headerData(0, Qt.Orientation.Horizontal) == "ФИО"
    assert combo.itemText(0).startswith("Системный")
    assert Preferences.load().ui_language == "ru"

    # WHEN the user goes back to English
    combo.setCurrentIndex(combo.findData("en"))

    # THEN the window is English again
    qtbot.waitUntil(lambda: navigation_texts(window) == AREAS["en"])
    assert settings.ui.title_label.text() == "Settings"


def test_help_about_shows_the_version_and_the_database(window, qtbot, shown):
    # GIVEN the main window
    # WHEN the user chooses Help → About
    window.ui.action_about.trigger()

    # THEN a dialog shows the version, the open database and the log file
    dialogs = shown(AboutDialog)
    assert len(dialogs) == 1
    about = dialogs[0]
    assert about.ui.version_value.text() == __version__
    assert about.ui.database_value.text() == window.database.name
    about.reject()


@pytest.fixture
def newer_database(tmp_path: Path) -> Path:
    """An SQLite file whose schema a future version of Factory Desk made."""
    path = tmp_path / "from-the-future.sqlite"
    db = Database(str(path))
    ensure_current(db.engine)
    db.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    return path


def test_opening_a_database_from_a_newer_version_explains_why_and_keeps_the_current_one(
    window, newer_database, monkeypatch, qtbot, shown
):
    # GIVEN the window with a database open, and a file made by a newer Factory Desk
    before = window.database
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(newer_database), ""))

    # WHEN the user opens that file with File → Open database…
    with qtbot.waitSignal(window.opening_finished, timeout=30_000) as opened:
        window.ui.action_open_database.trigger()
    assert opened.args == [False]

    # THEN a sentence says why it cannot be opened, offers another database, and the old one stays open
    boxes = shown(QMessageBox)
    assert len(boxes) == 1
    assert "newer version of Factory Desk" in boxes[0].text()
    assert "Traceback" not in boxes[0].text()
    buttons = [button.text() for button in boxes[0].buttons()]
    assert "Open another database…" in buttons and "Create a new database…" in buttons
    assert window.database is before
    boxes[0].reject()


def test_a_newer_database_at_start_up_leaves_the_window_usable_and_says_why_in_russian(
    make_window, newer_database, shown, qtbot
):
    # GIVEN a Russian-speaking user whose database was made by a newer version
    window = make_window(None, ui_language="ru")

    # WHEN Factory Desk starts with it
    with qtbot.waitSignal(window.opening_finished, timeout=30_000) as opened:
        window.open_location(str(newer_database))
    assert opened.args == [False]

    # THEN the window stays open without a database, says why in Russian, and offers the next step
    assert window.database is None
    assert window.ui.page_stack.currentWidget() is window.ui.no_database_page
    boxes = shown(QMessageBox)
    assert len(boxes) == 1
    assert "более новой версией" in boxes[0].text()
    assert window.database_label.text() == "База данных не открыта"
    boxes[0].reject()


def test_new_database_creates_a_file_and_switches_to_it(window, tmp_path, monkeypatch, qtbot):
    # GIVEN the window with a database open
    previous = location_of(window.database)
    target = tmp_path / "Кировск 2026"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    # WHEN the user chooses File → New database… and types a name without a suffix
    with qtbot.waitSignal(window.opening_finished, timeout=30_000) as opened:
        window.ui.action_new_database.trigger()
    assert opened.args == [True]

    # THEN the file is created with the .sqlite suffix, opened, and remembered
    created = target.with_suffix(".sqlite")
    assert created.exists()
    assert window.database is not None and window.database.file == created.resolve()
    assert Preferences.load().recent_databases[:2] == [str(created.resolve()), previous]

    # AND the database open before is offered under File → Recent databases
    window.ui.menu_recent.aboutToShow.emit()
    assert [a.text() for a in window.ui.menu_recent.actions()] == [f"&1 {previous}"]


def test_opening_an_older_database_upgrades_it_and_says_where_the_copy_went(window, tmp_path, shown, qtbot):
    # GIVEN a database file made by the first version of Factory Desk
    older = tmp_path / "centre-2025.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "resources" / "factory-desk-rev0001.sqlite", older)

    # WHEN the user opens it
    with qtbot.waitSignal(window.opening_finished, timeout=30_000) as opened:
        window.open_location(str(older))
    assert opened.args == [True]

    # THEN it is upgraded and open, and a message names the copy kept from before the upgrade
    assert window.database is not None and window.database.file == older.resolve()
    boxes = shown(QMessageBox)
    assert len(boxes) == 1
    copies = list(tmp_path.glob("centre-2025.before-upgrade-*.sqlite"))
    assert len(copies) == 1
    assert str(copies[0]) in boxes[0].text()
    boxes[0].accept()


def test_closing_the_window_asks_about_an_unsaved_certificate_design(window, qtbot, monkeypatch):
    # GIVEN the certificate designer with a title typed and not saved
    from PySide6.QtWidgets import QMessageBox

    page = window.pages[3]
    window.go_to_area(3)
    page.ui.tabs.setCurrentWidget(page.ui.design_tab)
    panel = page.design_panel
    qtbot.waitUntil(lambda: panel.ui.design_combo.count() >= 1)
    panel.ui.title_edit.selectAll()
    qtbot.keyClicks(panel.ui.title_edit, "CERTIFICATE OF ATTENDANCE")  # typed (QTest types ASCII only)
    assert panel.has_unsaved_changes()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    # WHEN the user closes the window and answers Cancel
    assert not window.close()
    # THEN they were asked, and the window and the database stay open with the text typed
    assert len(asked) == 1 and "not saved" in asked[0]
    assert window.isVisible() and window.database is not None
    assert panel.ui.title_edit.text() == "CERTIFICATE OF ATTENDANCE"
    # WHEN they close it again and discard the changes THEN it closes
    assert window.close()
    assert len(asked) == 2


def test_a_follow_up_on_the_today_page_opens_its_project_on_its_follow_ups(make_window, db_url, qtbot):
    # GIVEN a project whose follow-up was due yesterday
    import datetime as dt

    from factory_desk.domain.models import ImprovementProject, ProjectFollowUp

    db = Database(db_url)
    with db.write() as session:
        project = ImprovementProject(title="Сокращение очереди в регистратуре",
                                     follow_ups=[ProjectFollowUp(due_date=clock.today() - dt.timedelta(days=1))])
        session.add(project)
        session.flush()
        project_id = project.id
    db.dispose()
    window = make_window(db_url)
    today = window.sessions_page.today
    qtbot.waitUntil(lambda: today.follow_ups.rowCount() == 1)

    # WHEN the user presses Enter on it on the Today page
    view = today.ui.followups_view
    view.setFocus()
    view.setCurrentIndex(today.follow_ups.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Return)

    # THEN the Projects area is shown, listing it, and the project's window is open on its follow-ups
    projects = window.projects_page
    assert window.ui.page_stack.currentWidget() is projects
    assert window.ui.navigation_list.currentRow() == window.pages.index(projects)
    assert projects.model.rowCount() == 1
    opened = projects.project_window(project_id)
    assert opened is not None and opened.isVisible()
    assert opened.ui.tabs.currentWidget() is opened.ui.follow_ups_tab
    opened.close()


def test_the_projects_area_lists_the_projects_when_first_shown(window, qtbot):
    from factory_desk.services.projects import ProjectDraft, save_project

    # GIVEN a project, and the window on another area
    save_project(window.database, ProjectDraft(title="Бережливый склад"))
    projects = window.projects_page
    assert projects.model.rowCount() == 0  # nothing is read before the area is shown

    # WHEN the user opens Projects (Ctrl+5)
    window.go_to_area(4)

    # THEN its list is read
    assert window.ui.page_stack.currentWidget() is projects
    assert projects.ui.title_label.text() == "Projects"
    assert projects.model.rowCount() == 1
    assert projects.ui.count_label.text() == "Projects: 1"

    # WHEN a project is made elsewhere (from a session's window) and the user comes back to Projects
    window.go_to_area(0)
    save_project(window.database, ProjectDraft(title="Архив без бумаги"))
    window.go_to_area(4)
    # THEN it is listed
    assert projects.model.rowCount() == 2
