"""Help → About: the version, the open database, the Qt and Python underneath, and the log file."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from factory_desk import __version__
from factory_desk.ui.forms.ui_about_dialog import Ui_AboutDialog
from factory_desk.ui.look import make_title


class AboutDialog(QDialog):
    def __init__(self, database: str | None, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        make_title(self.ui.name_label)
        self._database = database
        self._log_file = log_file
        self.ui.version_value.setText(__version__)
        self.ui.qt_value.setText(f"Qt {qVersion()}, PySide6 {PySide6.__version__}")
        self.ui.python_value.setText(f"{platform.python_version()} ({platform.platform(terse=True)})")
        self._retranslate()

    def _retranslate(self) -> None:
        self.ui.database_value.setText(self._database or self.tr("No database is open"))
        self.ui.log_file_value.setText(
            str(self._log_file) if self._log_file else self.tr("No log file: the log folder cannot be written")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
