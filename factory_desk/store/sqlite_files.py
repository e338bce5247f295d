"""Copies of SQLite database files, made with SQLite's online backup API (consistent, WAL-safe)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy an SQLite database with the online backup API (consistent even while others write, WAL-safe)."""
    source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_connection = sqlite3.connect(target)
    try:
        source_connection.backup(target_connection)
        # A backup is one self-contained file: no -wal/-shm companions to lose when it is copied.
        target_connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        target_connection.close()
        source_connection.close()



def copy_aside(path: Path, label: str) -> Path:
    """Copy an SQLite file next to itself before it is changed, with the sqlite3 backup API (WAL-safe)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix or '.sqlite'}")
    try:
        sqlite_copy(path, target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database could not be copied aside before the upgrade ({reason}); "
                                      "nothing was changed."),
            reason=str(exc),
        ) from exc
    return target
