"""Check, back up and restore a whole database, on the engine under test."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.models import AuditEntry, Organisation, Person
from factory_desk.services.database import backup_database, check_database, restore_database
from factory_desk.services.people import search_people
from factory_desk.store.database import Database
from factory_desk.store.schema import HEAD

OLD_FILE = Path(__file__).parents[1] / "resources" / "factory-desk-rev0001.sqlite"


def _people(db) -> list[str]:
    return [row.full_name for row in search_people(db).rows]


@pytest.fixture
def filled(db):
    with db.write() as s:
        org = Organisation(full_name="ООО «Северный завод»", inn="7707083893")
        s.add(org)
        s.flush()
        s.add_all([Person(surname="Семёнов", first_name="Пётр", organisation_id=org.id),
                   Person(surname="Bērziņš", first_name="Jānis", organisation_id=org.id)])
    return db


def test_a_healthy_database_passes_the_check(filled):
    report = check_database(filled)
    assert report.healthy, report.problems
    assert report.revision == HEAD and report.people == 2


def test_the_check_finds_stale_search_keys(filled):
    with filled.write() as s:
        s.execute(text("UPDATE person SET search_text = 'x'"))
    report = check_database(filled)
    assert not report.healthy
    assert report.details["stale_keys"]["person"] == 2


def test_the_check_finds_broken_links_in_an_sqlite_file(tmp_path):
    # GIVEN an SQLite file in which another program wrote a person of a non-existent organisation
    path = tmp_path / "broken.sqlite"
    db = Database(str(path))
    from factory_desk.store.schema import ensure_current

    ensure_current(db.engine)
    db.dispose()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("INSERT INTO person (surname, first_name, patronymic, position, department, organisation_id,"
                " category, email, phone, is_minor, notes, search_text, sort_key, created_at, updated_at)"
                " VALUES ('Орлов', '', '', '', '', 999, 'student', '', '', 0, '', 'орлов', '', '', '')")
    raw.commit()
    raw.close()
    # WHEN it is checked THEN the broken link is reported
    db = Database(str(path))
    report = check_database(db)
    db.dispose()
    assert not report.healthy
    assert report.details["foreign_keys"] == ["person"]


def test_backup_and_restore_round_trip(filled, tmp_path):
    # GIVEN a backup of a database with two people
    target = tmp_path / "backup.sqlite"
    result = backup_database(filled, target)
    assert result.file == target and target.exists() and result.size_bytes > 0
    assert not list(tmp_path.glob("*.part")), "no temporary file is left behind"
    assert not Path(f"{target}-wal").exists(), "a backup is one self-contained file"
    # WHEN the database changes afterwards
    with filled.write() as s:
        s.execute(delete(Person).where(Person.surname == "Семёнов"))
        s.add(Person(surname="Новикова", first_name="Анна"))
    assert _people(filled) == ["Bērziņš Jānis", "Новикова Анна"]
    # AND the backup is restored
    restored = restore_database(filled, target)
    # THEN the content is as it was at the backup
    assert _people(filled) == ["Bērziņš Jānis", "Семёнов Пётр"]
    assert [r.full_name for r in search_people(filled, "семенов").rows] == ["Семёнов Пётр"]
    # AND the content before the restore was saved first, and the restore is in the audit log
    assert restored.safety_copy.exists()
    with filled.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "restore")) == 1
    # AND new rows get fresh ids (PostgreSQL sequences were moved past the restored ids)
    with filled.write() as s:
        s.add(Person(surname="Петров"))
    assert len(_people(filled)) == 3
    assert check_database(filled).healthy


def test_backup_refuses_to_overwrite_and_leaves_nothing_on_failure(filled, tmp_path):
    existing = tmp_path / "existing.sqlite"
    existing.write_bytes(b"keep me")
    with pytest.raises(DatabaseError, match="already exists"):
        backup_database(filled, existing)
    assert existing.read_bytes() == b"keep me"
    # a folder that cannot exist (its parent is a file)
    with pytest.raises(DatabaseError, match="cannot be written"):
        backup_database(filled, existing / "inside" / "backup.sqlite")


def test_restoring_an_older_backup_upgrades_it(filled, tmp_path):
    old = tmp_path / "old.sqlite"
    shutil.copy(OLD_FILE, old)
    restore_database(filled, old)
    assert _people(filled) == ["Bērziņš Jānis", "Иванова Мария Петровна", "Семёнов Пётр Ильич"]
    assert check_database(filled).healthy
    assert old.read_bytes() == OLD_FILE.read_bytes(), "the backup file itself is not changed"


def test_restoring_something_else_is_refused_and_changes_nothing(filled, tmp_path):
    text_file = tmp_path / "people.xlsx"
    text_file.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(DatabaseError, match="not a Factory Desk backup"):
        restore_database(filled, text_file)
    with pytest.raises(DatabaseError, match="does not exist"):
        restore_database(filled, tmp_path / "missing.sqlite")
    newer = tmp_path / "newer.sqlite"
    shutil.copy(OLD_FILE, newer)
    raw = sqlite3.connect(newer)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError, match="newer version"):
        restore_database(filled, newer)
    assert _people(filled) == ["Bērziņš Jānis", "Семёнов Пётр"]
