"""Logging to a rotating file in the user's log folder, for the GUI and the command line alike."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from factory_desk.paths import log_dir

LOG_NAME = "factory-desk.log"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the rotating file (1 MB × 5). Returns the file, or None if it cannot be written."""
    root = logging.getLogger()
    if any(getattr(h, "_factory_desk", False) for h in root.handlers):
        return log_file()
    root.setLevel(level)
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only profile must not stop the app; messages still reach the user
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._factory_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


def route_qt_messages_to_log() -> None:
    """Qt's own warnings (locale, fonts, platform plugins) go to the log file, not the user's terminal."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
