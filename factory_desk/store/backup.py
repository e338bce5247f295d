"""Backup and restore. A backup is always one SQLite file with the full schema, whatever the engine:
it opens anywhere, and restoring an SQLite backup into PostgreSQL is how a region moves to a server.

Files are written under a temporary name and renamed at the end, so a failed backup leaves nothing
half-written; a restore into PostgreSQL is one transaction.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, func, insert, select, text

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import Base
from factory_desk.store.engine import sqlite_url
from factory_desk.store.schema import SchemaState, ensure_current, read_state, refuse_if_unusable
from factory_desk.store.sqlite_files import sqlite_copy

CHUNK = 5_000
Progress = Callable[[str, int], None]  # table name, rows copied so far


def copy_rows(source: Connection, target: Connection, progress: Progress | None = None) -> int:
    """Replace every row of the target's tables with the source's, in foreign-key order."""
    tables = Base.metadata.sorted_tables
    for table in reversed(tables):
        target.execute(table.delete())
    total = 0
    for table in tables:
        rows = source.execute(select(table).execution_options(yield_per=CHUNK))
        for chunk in rows.mappings().partitions(CHUNK):
            target.execute(insert(table), [dict(row) for row in chunk])
            total += len(chunk)
            if progress:
                progress(table.name, total)
    if target.dialect.name == "postgresql":
        reset_sequences(target)
    return total


def reset_sequences(connection: Connection) -> None:
    """After rows were inserted with their ids, move each id sequence past the largest id."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement in (True, "auto") and table.c.id.primary_key:
            highest = connection.execute(select(func.max(table.c.id))).scalar()
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value, :called)"),
                {"table": table.name, "value": highest or 1, "called": highest is not None},
            )


def temporary_sibling(target: Path) -> Path:
    """A temporary file in the target's folder (so the final rename cannot cross disks)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {file} cannot be written: {reason}"),
            file=str(target), reason=exc.strerror or str(exc),
        ) from exc
    os.close(handle)
    return Path(name)


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(sqlite_url(path))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    return engine


def schema_of_file(path: Path) -> SchemaState:
    """The schema state of an SQLite file, read without changing it; refuses what is not ours or newer."""
    if not path.is_file():
        raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "The file {file} does not exist."), file=str(path))
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "The file {file} is not a Factory Desk backup."), file=str(path)
            )
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            state = read_state(connection)
    finally:
        engine.dispose()
    if state.revision is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {file} is not a Factory Desk backup."), file=str(path)
        )
    refuse_if_unusable(state)
    return state


def upgraded_copy(source: Path) -> Path:
    """A temporary copy of an SQLite backup, upgraded to the current schema."""
    state = schema_of_file(source)
    handle, name = tempfile.mkstemp(prefix="factory-desk-restore-", suffix=".sqlite")
    os.close(handle)
    copy = Path(name)
    sqlite_copy(source, copy)
    if not state.is_current:
        engine = sqlite_engine(copy)
        try:
            ensure_current(engine, backup=False)
        finally:
            engine.dispose()
    return copy
