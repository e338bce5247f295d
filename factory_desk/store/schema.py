"""The schema version of a database: create, upgrade (after copying the file aside), or refuse a newer one.

Start-up reads the version with one query; alembic (0.3 s to import) is loaded only when an upgrade runs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.store.engine import sqlite_file
from factory_desk.store.errors import translate
from factory_desk.store.search_keys import stale_search_keys
from factory_desk.store.sqlite_files import copy_aside

log = logging.getLogger(__name__)

# Every revision this version of the code knows, oldest first; a test keeps it equal to alembic's history.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = REVISIONS[-1]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class SchemaState:
    revision: str | None  # None: no Factory Desk schema yet
    is_empty: bool  # no tables at all

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD

    @property
    def is_newer(self) -> bool:
        return self.revision is not None and self.revision not in REVISIONS


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def read_state(connection: Connection) -> SchemaState:
    names = set(inspect(connection).get_table_names())
    if "alembic_version" not in names:
        return SchemaState(None, not names)
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(revision, False)


def _alembic_config(connection: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_to(connection: Connection, revision: str = HEAD) -> None:
    from alembic import command

    command.upgrade(_alembic_config(connection), revision)


def refuse_if_unusable(state: SchemaState) -> None:
    if state.is_newer:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "This database was made by a newer version of Factory Desk (schema {found}; "
                                      "this version knows up to {known}). Please update Factory Desk to open it."),
            found=state.revision, known=HEAD,
        )
    if state.revision is None and not state.is_empty:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "This database is not a Factory Desk database; it was left untouched.")
        )


def ensure_current(engine, backup: bool = True) -> UpgradeResult | None:  # type: ignore[no-untyped-def]
    """Create or upgrade the schema to HEAD. Returns what was done, or None when it was current already.

    An SQLite file with data is copied aside first; the upgrade itself is one transaction.
    """
    try:
        with engine.connect() as connection:
            state = read_state(connection)
        refuse_if_unusable(state)
        if state.is_current:
            return None
        saved: Path | None = None
        path = sqlite_file(engine.url)
        if backup and path is not None and state.revision is not None:
            saved = copy_aside(path, f"before-upgrade-{state.revision}")
            log.info("Copied %s aside to %s before upgrading", path, saved)
        with engine.begin() as connection:
            upgrade_to(connection)
            if state.revision is not None:  # a new version may fold names differently
                stale_search_keys(connection, rebuild=True)
        log.info("Upgraded database %s from %s to %s", engine.url, state.revision, HEAD)
        return UpgradeResult(state.revision, HEAD, saved)
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
