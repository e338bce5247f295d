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
