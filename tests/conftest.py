"""Fixtures shared by the whole suite.

The suite runs once per database engine: SQLite files by default, a real PostgreSQL server on loopback
when FACTORY_DESK_TEST_ENGINE=postgresql (scripts/test runs both). Qt always runs offscreen.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FACTORY_DESK_DB", None)  # a developer's own database must never be touched by tests

import pytest
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pg_server import PostgresServer  # noqa: E402

from factory_desk.domain import clock  # noqa: E402
from factory_desk.store.database import Database  # noqa: E402
from factory_desk.store.schema import ensure_current  # noqa: E402

ENGINE = os.environ.get("FACTORY_DESK_TEST_ENGINE", "sqlite")

# One day for the whole run, pinned before any test module is read: tests that work out their dates at import
# and the pages that judge «today» must agree even when a run crosses midnight (a CI run once did, and four
# tests saw two different days).
clock.pin(dt.date.today())
TEMPLATE = "factory_desk_head"


def pytest_report_header() -> str:
    return f"factory-desk database engine under test: {ENGINE}"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's data, log and settings folders point into a temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    # The system language is English unless a test says otherwise (the suite must not depend on the
    # machine's locale: an unconfigured one means Russian to the app).
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer | None]:
    if ENGINE != "postgresql":
        yield None
        return
    server = PostgresServer().start()
    try:
        engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
        engine.dispose()
        head = Database(server.url(TEMPLATE))
        ensure_current(head.engine)
        head.dispose()
        yield server
    finally:
        server.stop()


def _new_pg_database(server: PostgresServer, template: str) -> str:
    name = "t_" + uuid.uuid4().hex[:12]
    engine = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
    engine.dispose()
    return server.url(name)


@pytest.fixture
def empty_db_url(postgres: PostgresServer | None, tmp_path: Path) -> str:
    """An empty database (no tables) on the engine under test."""
    if postgres is None:
        return f"sqlite:///{tmp_path / 'empty.sqlite'}"
    return _new_pg_database(postgres, "template0")


@pytest.fixture
def db_url(postgres: PostgresServer | None, tmp_path: Path) -> str:
    """A database at the current schema on the engine under test."""
    if postgres is None:
        url = f"sqlite:///{tmp_path / 'factory-desk.sqlite'}"
        database = Database(url)
        ensure_current(database.engine)
        database.dispose()
        return url
    return _new_pg_database(postgres, TEMPLATE)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()
