"""Migrations: an empty database goes to the head; an older one is copied aside and upgraded with its data;
a newer or foreign one is refused with a sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.models import Base
from factory_desk.services.people import search_people
from factory_desk.services.projects import project_rows
from factory_desk.store.database import Database
from factory_desk.store.schema import HEAD, MIGRATIONS, REVISIONS, ensure_current, read_state, upgrade_to

OLD_FILE = Path(__file__).parents[1] / "resources" / "factory-desk-rev0001.sqlite"


def test_the_known_revisions_are_alembics_history():
    script = ScriptDirectory(str(MIGRATIONS))
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(history) == REVISIONS
    assert script.get_current_head() == HEAD


def test_an_empty_database_is_created_at_the_head_with_every_table(empty_db_url):
    # GIVEN a database with no tables
    db = Database(empty_db_url)
    # WHEN it is opened
    result = ensure_current(db.engine)
    # THEN every table of the model exists and the schema is current
    assert result is not None and result.from_revision is None and result.backup is None
    with db.engine.connect() as connection:
        assert set(Base.metadata.tables) <= set(inspect(connection).get_table_names())
        assert read_state(connection).revision == HEAD
        statuses = connection.execute(text("SELECT code FROM attendance_status ORDER BY position")).scalars().all()
    assert statuses == ["present", "late", "left_early", "absent", "excused"]
    # AND opening it again changes nothing
    assert ensure_current(db.engine) is None
    db.dispose()


@pytest.mark.filterwarnings("ignore:.*expression-based index:UserWarning", "ignore:.*expression-based index")
def test_the_schema_made_by_migrations_matches_the_model(db):
    # The migrations and the model must describe the same tables: alembic finds nothing to change.
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # Expression indexes cannot be reflected on SQLite; everything else must agree.
    assert [d for d in differences if "uq_target_scope" not in str(d)] == []


def test_a_database_made_at_the_first_revision_upgrades_with_its_data(tmp_path):
    # GIVEN a database file as the first version left it, with people and an organisation
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_FILE, path)
    db = Database(f"sqlite:///{path}")
    # WHEN it is opened
    result = ensure_current(db.engine)
    # THEN it was copied aside first, the copy still being the old version
    assert result is not None and result.from_revision == "0001" and result.to_revision == HEAD
    assert result.backup is not None and result.backup.exists() and result.backup.parent == tmp_path
    old = create_engine(f"sqlite:///{result.backup}")
    with old.connect() as connection:
        assert read_state(connection).revision == "0001"
    old.dispose()
    # AND its people are kept and found by search (the search keys were rebuilt)
    assert [row.full_name for row in search_people(db, "семенов").rows] == ["Семёнов Пётр Ильич"]
    assert [row.full_name for row in search_people(db, "berzins").rows] == ["Bērziņš Jānis"]
    assert len(search_people(db).rows) == 3
    db.dispose()


def test_first_revision_upgrades_on_the_engine_under_test(empty_db_url):
    # GIVEN a database at revision 0001 holding a person
    db = Database(empty_db_url)
    with db.engine.begin() as connection:
        upgrade_to(connection, "0001")
        connection.execute(text(
            "INSERT INTO person (surname, first_name, patronymic, position, department, category, email, phone,"
            " is_minor, notes, search_text, sort_key, created_at, updated_at) VALUES ('Ёлкина', 'Анна', '',"
            " '', '', 'student', '', '', false, '', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    # WHEN it is opened by this version
    result = ensure_current(db.engine)
    # THEN it is at the head, the person is kept and findable
    assert result is not None and result.from_revision == "0001"
    assert [row.full_name for row in search_people(db, "елкина").rows] == ["Ёлкина Анна"]
    db.dispose()


def test_projects_of_revision_0005_are_found_by_their_organisation_and_leader_after_the_upgrade(empty_db_url):
    # GIVEN a database at revision 0005, whose project's search text held its title alone
    db = Database(empty_db_url)
    with db.engine.begin() as connection:
        upgrade_to(connection, "0005")
        connection.execute(text(
            "INSERT INTO organisation (full_name, short_name, org_type, sector, region, email, phone, notes,"
            " search_text, sort_key, created_at, updated_at) VALUES ('МФЦ Тосненского района', '', 'state_body',"
            " '', '', '', '', '', 'мфц тосненского района', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        connection.execute(text(
            "INSERT INTO improvement_project (title, organisation_id, sub_programme, status, review_state,"
            " description, passport_url, value_stream_map_url, background, current_condition, target_condition,"
            " root_causes, countermeasures, plan, effect_confirmation, follow_up_text, social_effect,"
            " ecological_effect, cultural_effect, search_text, sort_key, created_at, updated_at)"
            " SELECT 'Справка за один визит', id, '', 'launched', 'none', '', '', '', '', '', '', '', '', '', '',"
            " '', '', '', '', 'справка за один визит', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM organisation"))
    # WHEN it is opened by this version
    assert ensure_current(db.engine).from_revision == "0005"
    # THEN the register's search finds the project by its organisation's name too
    assert [row.title for row in project_rows(db, search="тосненского")] == ["Справка за один визит"]
    db.dispose()


def test_a_newer_database_is_refused_and_left_untouched(db_url):
    # GIVEN a database whose schema was made by a later version
    db = Database(db_url)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    # WHEN this version opens it THEN it says so in a sentence
    with pytest.raises(DatabaseError) as error:
        ensure_current(db.engine)
    assert "newer version of Factory Desk" in str(error.value) and "9999" in str(error.value)
    # AND nothing was changed
    with db.engine.connect() as connection:
        assert read_state(connection).revision == "9999"
    db.dispose()


def test_a_foreign_database_is_refused(tmp_path):
    path = tmp_path / "accounting.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    db = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseError, match="not a Factory Desk database"):
        ensure_current(db.engine)
    db.dispose()


def test_sqlite_connections_have_foreign_keys_and_wal(tmp_path):
    db = Database(str(tmp_path / "x.sqlite"))
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.dispose()
