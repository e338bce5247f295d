"""Long work off the GUI thread: the one helper every screen uses.

`run_task` runs `work(control)` on Qt's thread pool. Progress, the result and any error come back on the
GUI thread. A progress dialog appears only when the work takes longer than a moment, and can offer
Cancel. Pass ids and plain data into the work, never ORM objects or widgets: the work opens its own units
of work. A domain error is shown as its sentence; anything else reaches the crash reporter.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from factory_desk.domain.errors import FactoryDeskError
from factory_desk.i18n import error_text

log = logging.getLogger(__name__)
T = TypeVar("T")
SHOW_AFTER_MS = 500  # quicker work never flashes a dialog


class TaskControl:
    """What the work function gets: a way to report progress and to notice a cancel (any thread)."""

    def __init__(self, progress: Callable[[int, int], None]) -> None:
        self._progress = progress
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._progress(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], control: TaskControl, signals: _Signals) -> None:
        super().__init__()
        self._work, self._control, self._signals = work, control, signals

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class BackgroundTask(QObject, Generic[T]):
    """A running task; `finished` is emitted on the GUI thread after `on_done` or the error handler ran."""

    finished = Signal()
    progressed = Signal(int, int)  # (done, total) on the GUI thread, for a window that shows its own progress
    _running: set[BackgroundTask[Any]] = set()  # keeps tasks alive until they finish

    def __init__(self, parent: QWidget, label: str, cancellable: bool,
                 on_done: Callable[[T], None], on_error: Callable[[BaseException], None] | None,
                 progress_dialog: bool = True) -> None:
        super().__init__(parent)
        self._parent, self._on_done, self._on_error = parent, on_done, on_error
        self.signals = _Signals()
        self.control = TaskControl(self.signals.progress.emit)
        self.signals.progress.connect(self.progressed)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        # Closed with its window before the work came back: the result has nobody to go to; forget the task.
        self.destroyed.connect(lambda _object=None, task=self: BackgroundTask._running.discard(task))
        self.dialog: QProgressDialog | None = None
        if progress_dialog:
            self._make_dialog(label, cancellable)

    def _make_dialog(self, label: str, cancellable: bool) -> None:
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, self._parent)
        self.dialog.setWindowTitle(self.tr("Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        if not cancellable:
            self.dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog.canceled.connect(self.control.cancel)
        self.dialog.setValue(0)  # starts the minimum-duration clock
        self.signals.progress.connect(self._progress)

    def _progress(self, done: int, total: int) -> None:
        if total > 0 and self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        BackgroundTask._running.discard(self)

    def _succeeded(self, result: T) -> None:
        self._close()
        try:
            self._on_done(result)
        finally:
            self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self._close()
        try:
            if self._on_error is not None:
                self._on_error(exc)
            elif isinstance(exc, FactoryDeskError):
                QMessageBox.warning(self._parent, self.tr("Factory Desk"), error_text(exc))
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            self.finished.emit()


def run_task(parent: QWidget, work: Callable[[TaskControl], T], on_done: Callable[[T], None], *, label: str,
             on_error: Callable[[BaseException], None] | None = None,
             cancellable: bool = False, progress_dialog: bool = True) -> BackgroundTask[T]:
    """Run `work` on the thread pool; `on_done(result)` or `on_error(exc)` then runs on the GUI thread.
    A window that shows the progress itself passes `progress_dialog=False` and listens to `progressed`."""
    task: BackgroundTask[T] = BackgroundTask(parent, label, cancellable, on_done, on_error, progress_dialog)
    BackgroundTask._running.add(task)
    QThreadPool.globalInstance().start(_Job(work, task.control, task.signals))
    return task
