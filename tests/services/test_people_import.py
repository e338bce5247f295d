"""Importing a real list: organisations found or created, people never entered twice, one transaction."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from factory_desk.domain.errors import DatabaseError
from factory_desk.domain.models import AuditEntry, Organisation, Person, PoolEntry
from factory_desk.exchange.people_columns import detect_layout
from factory_desk.exchange.people_file import preview
from factory_desk.exchange.tables import read_table
from factory_desk.services.people import search_people
from factory_desk.services.people_import import (
    ALREADY_THERE,
    check_rows,
    import_people,
    organisation_choices,
    write_import_report,
)


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Список работников, направляемых на обучение"
    sheet["A2"] = "ООО «Ромашка», ИНН 7707083893"
    sheet.append([])
    sheet.append(["№", "ФИО", "Должность", "Подразделение", "E-mail"])
    sheet.append([1, "ИВАНОВ ИВАН ИВАНОВИЧ", "Мастер", "Цех №1", "ivanov@romashka.example"])
    sheet.append([2, "Семёнова Анна Петровна", "Технолог", "Цех №1", "anna@"])
    sheet.append([3, "Алиев Рашид Ахмед оглы", "Оператор", "Цех №2", ""])
    sheet.append([4, "", "Оператор", "Цех №2", ""])
    sheet.append([])
    sheet.append(["Итого: 3 человека"])
    book.save(path)
    return path


def _checked(db, path, **kwargs):
    table = read_table(path)
    layout = detect_layout(table)
    rows = preview(table, layout.mapping, heading_row=layout.heading_row, default_inn=layout.title_inn)
    return check_rows(db, rows, **kwargs)


def test_a_list_is_imported_into_a_new_organisation_and_its_pool(db, tmp_path):
    # GIVEN a list from an organisation that is not in the database yet (its ИНН is in the title block)
    checked = _checked(db, _workbook(tmp_path / "ромашка.xlsx"))
    importable = [c for c in checked if c.will_import]
    assert [c.row.full_name for c in importable] == [
        "Иванов Иван Иванович", "Семёнова Анна Петровна", "Алиев Рашид Ахмед оглы"]
    assert all(c.organisation_is_new and c.existing_person_id is None for c in importable)
    # WHEN it is imported
    result = import_people(db, checked, user_name="coordinator")
    # THEN the people are in the register, found by search, in the organisation's pool, and it is audited
    assert (result.created_people, result.existing_people, result.created_organisations, result.pooled) == (3, 0, 1, 3)
    assert result.skipped == len(checked) - 3
    assert [r.full_name for r in search_people(db, "семенова").rows] == ["Семёнова Анна Петровна"]
    with db.read() as s:
        organisation = s.execute(select(Organisation)).scalar_one()
        assert organisation.inn == "7707083893"
        people = s.execute(select(Person).order_by(Person.sort_key)).scalars().all()
        assert {p.organisation_id for p in people} == {organisation.id}
        assert {p.category for p in people} == {"enterprise_employee"}
        assert s.scalar(select(func.count()).select_from(PoolEntry)) == 3
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "people_import")) == 1


def test_importing_the_same_list_again_enters_nobody_twice(db, tmp_path):
    path = _workbook(tmp_path / "ромашка.xlsx")
    import_people(db, _checked(db, path))
    # WHEN the same list arrives again
    again = _checked(db, path)
    # THEN the check says who is there already, and the import reuses them
    there = [c for c in again if c.existing_person_id is not None]
    assert len(there) == 3 and all(any(w.template == ALREADY_THERE for w in c.warnings) for c in there)
    assert not any(c.organisation_is_new for c in again if c.will_import)
    result = import_people(db, again)
    assert (result.created_people, result.existing_people, result.created_organisations, result.pooled) == (0, 3, 0, 0)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 3
        assert s.scalar(select(func.count()).select_from(PoolEntry)) == 3


def test_a_list_without_organisation_goes_to_the_one_chosen(db, tmp_path):
    # GIVEN an organisation in the database and a CSV with names only
    with db.write() as s:
        s.add(Organisation(full_name="Daugavpils valstspilsētas pašvaldība", short_name="Daugavpils pašvaldība",
                           org_type="municipal"))
    path = tmp_path / "saraksts.csv"
    path.write_text("Uzvārds;Vārds;Amats\nBērziņš;Jānis;Speciālists\nĶIPLOKA;INĀRA;Referente\n", encoding="utf-8")
    choices = organisation_choices(db)
    assert [c.name for c in choices] == ["Daugavpils pašvaldība"]
    # WHEN it is imported for that organisation, into the register only
    checked = _checked(db, path, organisation_id=choices[0].id)
    assert {c.organisation_note for c in checked if c.will_import} == {"Daugavpils pašvaldība"}
    result = import_people(db, checked, organisation_id=choices[0].id, to_pool=False)
    # THEN they belong to it, with the category its type implies, and no pool entries
    assert (result.created_people, result.created_organisations, result.pooled) == (2, 0, 0)
    rows = search_people(db, "kiploka").rows
    assert [(r.full_name, r.organisation) for r in rows] == [("Ķiploka Ināra", "Daugavpils pašvaldība")]
    with db.read() as s:
        assert set(s.execute(select(Person.category)).scalars()) == {"municipal_employee"}


def test_a_failing_import_writes_nothing(db, tmp_path):
    checked = _checked(db, _workbook(tmp_path / "ромашка.xlsx"))
    # GIVEN a database that fills up after the second person (a trigger refuses the third insert)
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.exec_driver_sql(
                "CREATE TRIGGER full_disk BEFORE INSERT ON person WHEN (SELECT count(*) FROM person) >= 2 "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        else:
            connection.exec_driver_sql(
                "CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "IF (SELECT count(*) FROM person) >= 2 THEN "
                "RAISE EXCEPTION 'could not extend file: No space left on device'; END IF; RETURN NEW; END $$")
            connection.exec_driver_sql(
                "CREATE TRIGGER full_disk BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION full_disk()")
    # WHEN the list is imported THEN the user reads why, and nothing of the list was saved
    with pytest.raises(DatabaseError, match="disk is full"):
        import_people(db, checked)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0
        assert s.scalar(select(func.count()).select_from(PoolEntry)) == 0


def test_the_import_report_lists_every_row_and_its_outcome(db, tmp_path):
    checked = _checked(db, _workbook(tmp_path / "ромашка.xlsx"))
    report = tmp_path / "отчёт.xlsx"
    write_import_report(report, checked, lambda _context, text: text)
    sheet = openpyxl.load_workbook(report).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Row", "Name", "Organisation", "Outcome", "Problems"]
    outcomes = {row[1]: row[3] for row in rows[1:] if row[1]}
    assert outcomes["Иванов Иван Иванович"] == "Imported"
    assert "This e-mail address is not valid." in next(r[4] for r in rows if r[1] == "Семёнова Анна Петровна")
    assert any(row[3] == "Skipped" and "Итого" in (row[4] or "") for row in rows[1:])
