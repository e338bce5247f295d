"""The background-task helper: work off the GUI thread, results and errors back on it, progress and cancel."""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.ui import tasks
from factory_desk.ui.tasks import run_task


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot):
    # GIVEN a window
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(_control):
        seen["work thread"] = threading.current_thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["done thread"] = threading.current_thread()

    # WHEN work runs as a task
    task = run_task(parent, work, done, label="Counting…")
    qtbot.waitSignal(task.finished, timeout=5_000).wait()
    # THEN it ran on a worker thread and its result arrived on the GUI thread
    assert seen["result"] == 42
    assert seen["work thread"] is not threading.main_thread()
    assert seen["done thread"] is threading.main_thread()


def test_a_domain_error_is_shown_as_its_sentence(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def work(_control):
        raise FactoryDeskError("The file {file} does not exist.", file="x.xlsx")

    task = run_task(parent, work, lambda _result: None, label="Reading…")
    qtbot.waitSignal(task.finished, timeout=5_000).wait()
    assert shown == ["The file x.xlsx does not exist."]


def test_an_unexpected_error_reaches_the_crash_reporter(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: reported.append(exc))

    def work(_control):
        return 1 / 0

    task = run_task(parent, work, lambda _result: None, label="Dividing…")
    qtbot.waitSignal(task.finished, timeout=5_000).wait()
    assert len(reported) == 1 and isinstance(reported[0], ZeroDivisionError)
    assert reported[0].__traceback__ is not None


def test_slow_work_shows_progress_and_can_be_cancelled(qtbot, monkeypatch):
    # GIVEN work that takes long, reports progress and stops when cancelled
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 50)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results: list[str] = []

    def work(control):
        for step in range(1, 500):
            if control.cancelled:
                return "stopped"
            control.report(step, 500)
            time.sleep(0.01)
        return "finished"

    task = run_task(parent, work, results.append, label="Копирование…", cancellable=True)
    # WHEN its dialog has appeared and shows progress
    qtbot.waitUntil(lambda: task.dialog.isVisible() and task.dialog.value() > 0, timeout=5_000)
    assert isinstance(task.dialog, QProgressDialog) and task.dialog.labelText() == "Копирование…"
    assert task.dialog.maximum() == 500
    # AND the user presses Cancel
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitSignal(task.finished, timeout=5_000).wait()
    # THEN the work stopped early and the dialog is gone
    assert results == ["stopped"]
    assert not task.dialog.isVisible()


def test_a_window_closed_before_its_work_came_back_gets_nothing_and_nothing_fails(qtbot, monkeypatch):
    # GIVEN a preview-like window that shows progress itself, and work that takes a moment
    import shiboken6

    failures: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: failures.append(args))
    window = QWidget()
    release = threading.Event()
    received: list[int] = []
    progress: list[tuple[int, int]] = []
    task = run_task(window, lambda control: (control.report(1, 2), release.wait(5), 7)[2], received.append,
                    label="", progress_dialog=False)
    task.progressed.connect(lambda done, total: progress.append((done, total)))
    assert task.dialog is None  # no second progress window
    qtbot.waitUntil(lambda: progress == [(1, 2)])
    # WHEN the window is closed and destroyed before the work returns
    shiboken6.delete(window)
    release.set()
    qtbot.waitUntil(lambda: task not in tasks.BackgroundTask._running, timeout=5_000)
    qtbot.wait(100)
    # THEN the result goes nowhere, nothing fails, and the task is forgotten
    assert received == [] and failures == []
