"""Choosing database files in the GUI: the file dialogs, how a database is named to the user, and the
location remembered to reopen it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from factory_desk.i18n import translate
from factory_desk.paths import data_dir

if TYPE_CHECKING:
    from factory_desk.store.database import Database

DATABASE_SUFFIX = ".sqlite"


def database_kind(db: Database) -> str:
    if db.is_sqlite:
        return translate("DatabaseFiles", "SQLite file on this computer")
    return translate("DatabaseFiles", "PostgreSQL server")


def location_of(db: Database) -> str:
    """What to remember to reopen `db`: the file's path, or the server's address without its password."""
    if db.file is not None:
        return str(db.file)
    return db.url.set(password=None).render_as_string(hide_password=False)


def _start_folder(current: Database | None) -> str:
    if current is not None and current.file is not None:
        return str(current.file.parent)
    return str(data_dir())


def _filters() -> str:
    return ";;".join([
        translate("DatabaseFiles", "Factory Desk databases (*.sqlite *.db)"),
        translate("DatabaseFiles", "All files (*)"),
    ])


def choose_existing_file(parent: QWidget, current: Database | None) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, translate("DatabaseFiles", "Open database"), _start_folder(current), _filters()
    )
    return Path(chosen) if chosen else None


def choose_new_file(parent: QWidget, current: Database | None) -> Path | None:
    """A file name for a new database (with the .sqlite suffix added when none was typed)."""
    suggested = str(Path(_start_folder(current)) / f"factory-desk{DATABASE_SUFFIX}")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, translate("DatabaseFiles", "Create a new database"), suggested, _filters(),
        options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused, never overwritten
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(DATABASE_SUFFIX)
