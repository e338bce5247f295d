"""An open database and its unit of work: one session per operation, committed or rolled back whole."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from factory_desk.store.engine import describe, make_engine, resolve_url, sqlite_file
from factory_desk.store.errors import translate


def _sqlite_manual_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, start transactions, so writers can BEGIN IMMEDIATE.

    A writer that takes the write lock at BEGIN waits its turn (busy timeout) instead of failing halfway
    when two app instances write to one file (SQLAlchemy's documented pysqlite recipe).
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """What the services are handed: the engine and the two kinds of unit of work."""

    def __init__(self, url: URL | str | None = None) -> None:
        self.url = resolve_url(url) if url is None or isinstance(url, str) else url
        self.engine = make_engine(self.url)
        if self.is_sqlite:
            _sqlite_manual_transactions(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None on a server."""
        return sqlite_file(self.url)

    @property
    def name(self) -> str:
        return describe(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; never commits."""
        session = self._read()
        try:
            yield session
        except SQLAlchemyError as exc:
            raise translate(exc) from exc
        finally:
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: everything in the block is saved together, or nothing is."""
        session = self._write()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise translate(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
