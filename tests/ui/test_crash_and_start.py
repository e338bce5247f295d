"""Start-up as `factory-desk-gui` does it, and what an unexpected exception does to the app."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from factory_desk.ui import app
from factory_desk.ui.crash import CrashDialog, CrashReporter
from factory_desk.ui.main_window import MainWindow


@pytest.fixture
def started(qtbot, monkeypatch, interface_language):  # type: ignore[no-untyped-def]
    """`app.start` as the entry point runs it, with the test's excepthook restored afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    windows = []

    def start(db_url: str | None):  # type: ignore[no-untyped-def]
        window = app.start(db_url)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    return start


def test_start_up_shows_the_window_and_then_opens_the_database(started, db_url, qtbot):
    # GIVEN a database given on the command line
    # WHEN Factory Desk starts
    window = started(db_url)

    # THEN the window is shown at once, saying that it is opening the database
    assert window.isVisible()
    assert window.database is None
    assert window.database_label.text() == "Opening the database…"

    # AND the database opens once the window has been painted
    qtbot.waitUntil(lambda: window.database is not None)
    assert window.database.name in window.database_label.text()
    assert isinstance(sys.excepthook, CrashReporter)


def test_start_up_with_an_unreadable_database_says_why_instead_of_a_traceback(started, tmp_path, qtbot, shown):
    # GIVEN a file that is not a database at all
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"this is a spreadsheet, not a database" * 200)

    # WHEN Factory Desk starts with it
    window = started(str(damaged))

    # THEN a sentence explains it, the window stays open without a database, and nothing crashed
    qtbot.waitUntil(lambda: len(shown(QMessageBox)) == 1)
    box = shown(QMessageBox)[0]
    assert "not a readable database" in box.text()
    assert window.database is None
    assert not shown(CrashDialog)
    box.reject()


def test_an_unexpected_exception_opens_a_dialog_with_a_copyable_report(
    started, db_url, qtbot, shown, caplog, monkeypatch
):
    # GIVEN the running app
    window = started(db_url)
    qtbot.waitUntil(lambda: window.database is not None)

    def broken_refresh() -> None:
        raise RuntimeError("the figures could not be counted")

    monkeypatch.setattr(window.pages[0], "refresh", broken_refresh)

    # WHEN a bug raises an exception inside a Qt slot (here: F5 on the first area)
    with caplog.at_level(logging.CRITICAL):
        QTimer.singleShot(0, window.ui.action_refresh.trigger)
        qtbot.waitUntil(lambda: len(shown(CrashDialog)) == 1)

    # THEN a dialog shows the report with the traceback, the app is still running, and the log has it
    dialog = shown(CrashDialog)[0]
    report = dialog.report()
    assert "Traceback (most recent call last)" in report
    assert "RuntimeError: the figures could not be counted" in report
    assert window.database.name in report
    assert "log file" in dialog.ui.log_label.text()
    assert window.isVisible()
    assert any("Unexpected error" in r.getMessage() and r.exc_info for r in caplog.records)

    # WHEN the user presses Copy report
    dialog.ui.copy_button.click()

    # THEN the whole report is on the clipboard, ready to paste into an e-mail
    assert QApplication.clipboard().text() == report
    dialog.accept()


def test_factory_desk_gui_runs_until_its_window_is_closed(db_url, monkeypatch, qapp):
    # GIVEN `factory-desk-gui --db URL`, and a user who closes the window once the database is open
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def close_when_open() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.database is not None:
                widget.close()
                return
        QTimer.singleShot(20, close_when_open)

    QTimer.singleShot(0, close_when_open)
    QTimer.singleShot(60_000, QApplication.quit)  # never hang the suite

    # WHEN the entry point runs  THEN it returns 0 when the window closes
    assert app.main(["--db", db_url]) == 0


def test_the_window_module_loads_neither_the_data_layer_nor_slow_libraries():
    # GIVEN a fresh Python  WHEN it imports what start-up imports before the first paint
    code = ("import sys, factory_desk.ui.app; "
            "print(sorted(m for m in ('sqlalchemy', 'alembic', 'openpyxl', 'reportlab') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    # THEN none of them is loaded: the window can paint before the 0.5 s they take
    assert done.stdout.strip() == "[]"
