"""Engines for the embedded SQLite file and for a shared PostgreSQL server.

Every SQLite connection gets foreign keys on (SQLite leaves them off), WAL journal and a busy timeout
so two app instances on one file wait for each other instead of failing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.paths import default_database_file

ENV_VARIABLE = "FACTORY_DESK_DB"
BUSY_TIMEOUT_MS = 15_000


def resolve_url(given: str | None = None) -> URL:
    """The database to open: `--db`, else $FACTORY_DESK_DB, else the file in the user's data folder.

    A plain file path is taken as an SQLite file.
    """
    raw = given or os.environ.get(ENV_VARIABLE) or ""
    if not raw:
        return sqlite_url(default_database_file())
    if "://" not in raw:
        return sqlite_url(Path(raw))
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "“{url}” is not a database address Factory Desk understands."),
            url=raw,
        ) from exc
    if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Factory Desk works with SQLite files and PostgreSQL servers, not “{kind}”."),
            kind=url.get_backend_name(),
        )
    return url


def sqlite_url(path: Path) -> URL:
    return URL.create("sqlite+pysqlite", database=str(path.expanduser().resolve()))


def sqlite_file(url: URL) -> Path | None:
    """The file behind an SQLite URL (None for PostgreSQL and in-memory databases)."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """A short name for the status bar and messages: the file path, or server/database (no password)."""
    if (path := sqlite_file(url)) is not None:
        return str(path)
    return f"{url.username + '@' if url.username else ''}{url.host or 'localhost'}" \
           f"{':' + str(url.port) if url.port else ''}/{url.database or ''}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: URL | str) -> Engine:
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        if (path := sqlite_file(url)) is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP("Errors", "The folder {folder} cannot be created: {reason}"),
                    folder=str(path.parent), reason=exc.strerror or str(exc),
                ) from exc
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
