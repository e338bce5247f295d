"""Export from the People page: what the list shows goes into an Excel file, in the background."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QFileDialog


def test_exporting_the_people_the_search_shows(window, add_people, type_text, qtbot, tmp_path, monkeypatch):
    # GIVEN people in the register, and a search on the People page
    add_people(window.database, ("Семёнов", "Пётр", "Ильич"), ("Семенова", "Анна", ""), ("Bērziņš", "Jānis", ""))
    window.go_to_area(1)
    page = window.people_page
    type_text(page.ui.search_edit, "семенов")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    target = tmp_path / "семёновы"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    # WHEN the coordinator chooses Export → People in the list…
    assert page.ui.export_button.isEnabled()
    menu = page.ui.export_button.menu()
    assert [a.text() for a in menu.actions()] == ["People in the list…", "All organisations…"]
    with qtbot.waitSignal(page.exported, timeout=10_000) as saved:
        page.ui.action_export_people.trigger()

    # THEN the workbook holds exactly those two people, and the status bar says where it went
    created = target.with_suffix(".xlsx")
    assert saved.args == [f"Saved 2 people to {created}."]
    assert window.ui.status_bar.currentMessage() == saved.args[0]
    sheet = openpyxl.load_workbook(created).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["Семёнов", "Семенова"]


def test_exporting_all_organisations_to_csv(window, add_people, qtbot, tmp_path, monkeypatch):
    add_people(window.database, ("Ozoliņš", "Pēteris", ""), organisation="Rēzeknes pašvaldība")
    window.go_to_area(1)
    target = tmp_path / "organisations.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    with qtbot.waitSignal(window.people_page.exported, timeout=10_000):
        window.people_page.ui.action_export_organisations.trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Full name;") and lines[1].startswith("Rēzeknes pašvaldība;")
