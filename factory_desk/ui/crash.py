"""What happens on an unexpected exception: the traceback goes to the log file, and a dialog shows a report
the user can select and copy, with the log file's path (after Vorta's exception dialog). The app stays open."""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from factory_desk import __version__
from factory_desk.ui.forms.ui_crash_dialog import Ui_CrashDialog

log = logging.getLogger(__name__)


def problem_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, database: str
) -> str:
    """The text a supporter needs: versions, the database, and the traceback (in English, as logged)."""
    lines = [
        f"Factory Desk {__version__}, {dt.datetime.now():%Y-%m-%d %H:%M:%S}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"System: {platform.platform()}",
        f"Database: {database}",
        "",
    ]
    return "\n".join(lines) + "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()


class CrashDialog(QDialog):
    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self._log_file = log_file
        self.ui.report_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.copy_button.clicked.connect(self.copy_report)
        self._retranslate()

    def add_report(self, report: str) -> None:
        """Show `report`; a second problem while the dialog is open is added below the first."""
        if self.report():
            self.ui.report_text.appendPlainText("\n" + "—" * 40 + "\n")
        self.ui.report_text.appendPlainText(report)

    def report(self) -> str:
        return self.ui.report_text.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.ui.copy_button.setText(self.tr("Copied"))

    def _retranslate(self) -> None:
        if self._log_file is None:
            self.ui.log_label.setText(self.tr("The log file could not be written on this computer."))
        else:
            self.ui.log_label.setText(self.tr("The same report is in the log file: {file}").format(
                file=self._log_file))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


class CrashReporter:
    """The GUI's `sys.excepthook`."""

    def __init__(self, log_file: Path | None, database: Callable[[], str],
                 parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._log_file = log_file
        self._database = database
        self._parent = parent
        self._dialog: CrashDialog | None = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
        try:
            report = problem_report(exc_type, exc, tb, self._database())
            if self._dialog is None or not self._dialog.isVisible():
                self._dialog = CrashDialog(self._log_file, self._parent())
            self._dialog.add_report(report)
            self._dialog.show()
            self._dialog.raise_()
            self._dialog.activateWindow()
        except Exception:  # the reporter itself must never raise into Qt
            log.exception("The problem report could not be shown")
            sys.__excepthook__(exc_type, exc, tb)
