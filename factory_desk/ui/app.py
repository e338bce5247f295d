"""Start-up of the desktop app (`factory-desk-gui`, or `factory-desk gui` on the command line).

Order matters for speed: only Qt and the window's own modules are imported here; the window paints
first, saying it is opening the database, and only then is the data layer (SQLAlchemy and the models,
about 0.5 s of imports) loaded and the database opened. Alembic, openpyxl and reportlab load only when
their feature is used.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from factory_desk import __version__
from factory_desk.i18n import effective_language, install_translators
from factory_desk.logs import route_qt_messages_to_log, setup_logging
from factory_desk.paths import font_files
from factory_desk.preferences import Preferences
from factory_desk.ui.crash import CrashReporter
from factory_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# Should the window not paint (started minimised), the database opens after this long anyway.
FIRST_PAINT_WAIT_MS = 500


class AfterFirstPaint(QObject):
    """Run `action` once `window` has painted for the first time."""

    def __init__(self, window: QWidget, action: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._action: Callable[[], object] | None = action
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run)  # once this paint has reached the screen
        return False

    def _run(self) -> None:
        if self._action is None:
            return
        action, self._action = self._action, None
        self._window.removeEventFilter(self)
        action()


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Factory Desk")
    app.setOrganizationName("FactoryDesk")
    app.setApplicationVersion(__version__)
    return app


def register_fonts() -> None:
    """The fonts the documents use, so on-screen previews match the printed page."""
    for path in font_files().values():
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("Font %s could not be registered", path)


def start(db_url: str | None = None, argv: list[str] | None = None) -> MainWindow:
    """Everything before the event loop: language, fonts, logging, the crash reporter, the window.

    The window is shown at once; the database (`db_url`, else $FACTORY_DESK_DB, else the default file)
    opens as soon as the event loop runs, and a problem with it is shown there, not as a traceback.
    """
    app = application(argv)
    log_file = setup_logging()
    log.info("Factory Desk %s starting", __version__)
    preferences = Preferences.load()
    install_translators(effective_language(preferences.ui_language))
    register_fonts()
    window = MainWindow(preferences, log_file)
    sys.excepthook = CrashReporter(
        log_file,
        database=lambda: window.database.name if window.database else "(none)",
        parent=lambda: window if window.isVisible() else None,
    )
    window.show()
    AfterFirstPaint(window, lambda: window.open_location(db_url))
    app.aboutToQuit.connect(lambda: log.info("Factory Desk closing"))
    return window


def run_gui(db_url: str | None = None, argv: list[str] | None = None) -> int:
    """Run the desktop app until its window is closed; returns the exit code."""
    window = start(db_url, argv)
    code = QApplication.exec()
    window.deleteLater()
    return code


def main(argv: list[str] | None = None) -> int:
    """The `factory-desk-gui` entry point: `factory-desk-gui [--db URL-or-file]` (Qt's own options pass through)."""
    parser = argparse.ArgumentParser(prog="factory-desk-gui", description="Factory Desk, the desktop app.")
    parser.add_argument("--db", metavar="URL", help="an SQLite file or a postgresql:// address "
                                                    "(default: $FACTORY_DESK_DB, else the file in your data folder)")
    args, qt_arguments = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    setup_logging()
    route_qt_messages_to_log()  # a GUI started from a shortcut has no terminal to print Qt's warnings on
    return run_gui(args.db, [sys.argv[0], *qt_arguments])
