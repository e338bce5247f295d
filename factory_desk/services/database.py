"""The database as a whole: open (upgrading when needed), check, back up, restore."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.i18n import QT_TRANSLATE_NOOP
from factory_desk.domain.models import AuditEntry, Person
from factory_desk.paths import data_dir
from factory_desk.store import backup as files
from factory_desk.store.database import Database
from factory_desk.store.errors import translate
from factory_desk.store.schema import HEAD, UpgradeResult, ensure_current, read_state
from factory_desk.store.search_keys import stale_search_keys
from factory_desk.store.sqlite_files import copy_aside

log = logging.getLogger(__name__)
CHECK = "DatabaseCheck"  # translation context of the check's findings


def open_database(url: str | None = None) -> tuple[Database, UpgradeResult | None]:
    """Open the database at `url` (or the default), creating or upgrading its schema as needed."""
    db = Database(url)
    try:
        return db, ensure_current(db.engine)
    except BaseException:
        db.dispose()
        raise


def rebuild_search_keys(db: Database) -> dict[str, int]:
    """Rewrite stale search and sort keys; returns how many rows per table were fixed."""
    try:
        with db.engine.begin() as connection:
            return stale_search_keys(connection, rebuild=True)
    except SQLAlchemyError as exc:
        raise translate(exc) from exc


def optimize_database(db: Database) -> None:
    """Refresh the planner's statistics after a bulk load (demo, restore), so searches use their indexes.

    On PostgreSQL, VACUUM also marks the new rows all-visible, which lets the search use index-only scans.
    """
    try:
        if db.is_sqlite:
            with db.engine.begin() as connection:
                connection.exec_driver_sql("ANALYZE")
        else:
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
    except SQLAlchemyError as exc:
        raise translate(exc) from exc


@dataclass
class CheckReport:
    database: str
    engine: str
    revision: str | None
    expected_revision: str = HEAD
    problems: list[str] = field(default_factory=list)  # English templates marked for translation
    details: dict[str, object] = field(default_factory=dict)
    people: int = 0

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    """Verify the schema version, the file's integrity, foreign keys and the stored search keys.

    Reads only: an older database is reported, not upgraded.
    """
    report = CheckReport(db.name, db.url.get_backend_name(), None)
    try:
        with db.engine.connect() as connection:
            state = read_state(connection)
            report.revision = state.revision
            if state.revision is None:
                report.problems.append(QT_TRANSLATE_NOOP("DatabaseCheck", "This is not a Factory Desk database."))
                return report
            if state.is_newer:
                report.problems.append(QT_TRANSLATE_NOOP(
                    "DatabaseCheck", "The database was made by a newer version of Factory Desk; update the app."
                ))
                return report
            if not state.is_current:
                report.problems.append(QT_TRANSLATE_NOOP(
                    "DatabaseCheck", "The database has an older schema; run “factory-desk db upgrade”."
                ))
            if db.is_sqlite:
                integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
                if integrity != ["ok"]:
                    report.problems.append(QT_TRANSLATE_NOOP("DatabaseCheck", "The database file is damaged."))
                    report.details["integrity"] = integrity[:20]
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    report.problems.append(QT_TRANSLATE_NOOP(
                        "DatabaseCheck", "Some rows refer to rows that do not exist."
                    ))
                    report.details["foreign_keys"] = sorted({row[0] for row in broken})
            else:
                unvalidated = connection.execute(text(
                    "SELECT conname FROM pg_constraint WHERE NOT convalidated "
                    "AND connamespace = 'public'::regnamespace")).scalars().all()
                if unvalidated:
                    report.problems.append(QT_TRANSLATE_NOOP("DatabaseCheck", "Some constraints are not validated."))
                    report.details["constraints"] = list(unvalidated)
            if state.is_current:
                report.people = int(connection.execute(select(func.count()).select_from(Person)).scalar_one())
                stale = stale_search_keys(connection)
                if any(stale.values()):
                    report.problems.append(QT_TRANSLATE_NOOP(
                        "DatabaseCheck",
                        "Search and sort keys are out of step with some names; run “factory-desk db upgrade”.",
                    ))
                    report.details["stale_keys"] = stale
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
    return report


@dataclass(frozen=True)
class BackupResult:
    file: Path
    size_bytes: int
    revision: str


def backup_database(db: Database, target: Path, *, overwrite: bool = False,
                    progress: files.Progress | None = None) -> BackupResult:
    """Write the whole database into one SQLite file at `target` (complete, or not at all)."""
    target = target.expanduser().resolve()
    if db.file is not None and target == db.file.resolve():
        raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "A backup cannot be written over the database itself."))
    if target.exists() and not overwrite:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {file} already exists; choose another name."), file=str(target)
        )
    partial = files.temporary_sibling(target)
    try:
        if db.file is not None:
            files.sqlite_copy(db.file, partial)
        else:
            engine = files.sqlite_engine(partial)
            try:
                ensure_current(engine, backup=False)
                with db.engine.connect() as source, engine.begin() as copy:
                    if db.url.get_backend_name() == "postgresql":  # one consistent snapshot of the server
                        source.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    files.copy_rows(source, copy, progress)
            finally:
                engine.dispose()
        partial.replace(target)
    except SQLAlchemyError as exc:
        partial.unlink(missing_ok=True)
        raise translate(exc) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {file}: {reason}"),
            file=str(target), reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    log.info("Backed up %s to %s", db.name, target)
    return BackupResult(target, target.stat().st_size, HEAD)


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    source_revision: str
    safety_copy: Path  # where the database's previous content was saved first


def restore_database(db: Database, source: Path, *, progress: files.Progress | None = None) -> RestoreResult:
    """Replace the database's content with a backup file, after saving the current content aside.

    An older backup is upgraded on a temporary copy first; a newer or foreign file is refused.
    """
    source = source.expanduser().resolve()
    state = files.schema_of_file(source)
    ensure_current(db.engine)
    copy = files.upgraded_copy(source)
    try:
        if db.file is not None:
            safety = copy_aside(db.file, "before-restore")
            db.engine.dispose()
            files.sqlite_copy(copy, db.file)
        else:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = data_dir() / "backups" / f"before-restore-{db.url.database}-{stamp}.sqlite"
            backup_database(db, safety)
            engine = files.sqlite_engine(copy)
            try:
                with engine.connect() as backup_connection, db.engine.begin() as connection:
                    files.copy_rows(backup_connection, connection, progress)
            finally:
                engine.dispose()
        with db.write() as session:
            session.add(AuditEntry(action="restore", entity="database",
                                   details={"source": str(source), "safety_copy": str(safety)}))
        optimize_database(db)
    except SQLAlchemyError as exc:
        raise translate(exc) from exc
    finally:
        copy.unlink(missing_ok=True)
    log.info("Restored %s from %s (previous content saved to %s)", db.name, source, safety)
    return RestoreResult(source, str(state.revision), safety)
