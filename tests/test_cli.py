"""The command line as a user or a script runs it: a real process, sentences or JSON, one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factory_desk import __version__

OLD_FILE = Path(__file__).parent / "resources" / "factory-desk-rev0001.sqlite"


def run(*args: str, language: str = "en_US.UTF-8", db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": language, "LC_ALL": language, "LANGUAGE": ""}
    env.pop("FACTORY_DESK_DB", None)
    if db is not None:
        env["FACTORY_DESK_DB"] = db
    return subprocess.run([sys.executable, "-m", "factory_desk", *args], capture_output=True, text=True,
                          env=env, timeout=300, check=False)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Factory Desk {__version__}"


def test_without_a_command_the_app_opens(db_url, tmp_path):
    # GIVEN the command line with no command (what the Start-menu shortcut runs)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "ru_RU.UTF-8"}
    log = Path(env["XDG_STATE_HOME"]) / "FactoryDesk" / "log" / "factory-desk.log"
    process = subprocess.Popen([sys.executable, "-m", "factory_desk", "--db", db_url], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # WHEN it starts THEN the window comes up and opens the database, and the process keeps running
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and "Opened database" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        assert process.poll() is None, process.communicate()[1]
        assert "Opened database" in log.read_text(encoding="utf-8")
        assert "Traceback" not in log.read_text(encoding="utf-8")
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_demo_then_check_on_the_engine_under_test(db_url):
    # GIVEN an empty database WHEN the demo fills it
    demo = run("--db", db_url, "demo", "--json")
    assert demo.returncode == 0, demo.stderr
    summary = json.loads(demo.stdout)
    assert summary["created"] is True and summary["people"] == 400 and summary["sessions"] >= 20
    # THEN the check finds it healthy, in JSON and in a sentence
    check = run("db", "check", "--json", db=db_url)
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report["healthy"] is True and report["people"] == 400 and report["problems"] == []
    sentence = run("--db", db_url, "db", "check")
    assert sentence.returncode == 0 and "is healthy" in sentence.stdout
    # AND a second demo refuses in one line without touching the data
    again = run("--db", db_url, "demo")
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "Traceback" not in again.stderr
    # AND --if-empty skips politely
    skipped = run("--db", db_url, "demo", "--if-empty")
    assert skipped.returncode == 0 and "already has data" in skipped.stdout


def test_check_fails_for_an_old_schema_and_upgrade_fixes_it(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_FILE, path)
    check = run("--db", str(path), "db", "check")
    assert check.returncode == 1 and "older schema" in check.stdout
    upgrade = run("--db", str(path), "db", "upgrade")
    assert upgrade.returncode == 0 and "upgraded from schema 0001" in upgrade.stdout
    assert "saved as" in upgrade.stdout and list(tmp_path.glob("old.before-upgrade-0001-*.sqlite"))
    assert run("--db", str(path), "db", "check").returncode == 0


def test_backup_and_restore_from_the_command_line(db_url, tmp_path):
    assert run("--db", db_url, "demo", "--people", "30").returncode == 0
    backup = tmp_path / "copy.sqlite"
    made = run("--db", db_url, "db", "backup", str(backup), "--json")
    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["file"] == str(backup)
    # the backup is itself a healthy Factory Desk database
    assert run("--db", str(backup), "db", "check").returncode == 0
    restored = run("--db", db_url, "db", "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "was restored from" in restored.stdout and "previous content was saved" in restored.stdout


def test_a_newer_database_is_refused_in_one_sentence(tmp_path):
    path = tmp_path / "newer.sqlite"
    shutil.copy(OLD_FILE, path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    result = run("--db", str(path), "demo")
    assert result.returncode == 1
    assert result.stderr.startswith("factory-desk: This database was made by a newer version of Factory Desk")
    assert result.stderr.count("\n") == 1
    check = run("--db", str(path), "db", "check", "--json")
    assert check.returncode == 1 and json.loads(check.stdout)["healthy"] is False


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("db", "frobnicate"), "“frobnicate” is not a choice"),
        (("demo", "--people", "many"), "--people needs a whole number, not “many”"),
        (("db", "backup"), "Missing: FILE"),
        (("--db", "mysql://server/db", "db", "check"), "not “mysql”"),
        (("--db", "/nonexistent-folder/sub/x.sqlite", "db", "check"), "does not exist"),
        (("db", "restore", "/nonexistent/backup.sqlite"), "does not exist"),
    ],
)
def test_errors_are_one_line_without_a_traceback(tmp_path, args, expected):
    result = run(*args, db=str(tmp_path / "x.sqlite"))
    assert result.returncode != 0
    assert expected in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_sentences_are_in_russian_for_a_russian_user(tmp_path):
    result = run("--db", str(tmp_path / "x.sqlite"), "db", "upgrade", language="ru_RU.UTF-8")
    assert result.returncode == 0
    assert "Создана новая база данных" in result.stdout
    error = run("--db", str(tmp_path / "x.sqlite"), "db", "restore", str(tmp_path / "nope.sqlite"),
                language="ru_RU.UTF-8")
    assert "не существует" in error.stderr
    usage = run("demo", "--people", "много", language="ru_RU.UTF-8")
    assert usage.returncode == 2
    assert usage.stderr == "factory-desk: Для --people нужно целое число, а не «много». (см. factory-desk --help)\n"


def test_exporting_people_and_organisations_from_the_command_line(db_url, tmp_path):
    import openpyxl

    assert run("--db", db_url, "demo", "--people", "60").returncode == 0
    # WHEN a Russian-speaking coordinator exports everybody to Excel, and the organisations to CSV
    people = run("--db", db_url, "people", "export", str(tmp_path / "люди.xlsx"), language="ru_RU.UTF-8")
    organisations = run("--db", db_url, "organisations", "export", str(tmp_path / "организации.csv"), "--json")
    # THEN the files hold everyone, with Russian headings and category names
    assert people.returncode == 0, people.stderr
    assert people.stdout.startswith("Выгружено людей: 60")
    sheet = openpyxl.load_workbook(tmp_path / "люди.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["Фамилия", "Имя", "Отчество"]
    assert sheet.max_row == 61
    assert organisations.returncode == 0 and json.loads(organisations.stdout)["rows"] == 38
    # AND a search narrows the export as it narrows the list in the app
    some = run("--db", db_url, "people", "export", str(tmp_path / "some.csv"), "--search", "а", "--json")
    assert 0 < json.loads(some.stdout)["rows"] < 60


def test_importing_a_list_from_the_command_line(db_url, tmp_path):
    import openpyxl

    # GIVEN the list an organisation sent: a title block with its name and ИНН, a total row at the end
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ООО «Ромашка», ИНН 7707083893"])
    sheet.append([])
    sheet.append(["ФИО", "Должность", "E-mail"])
    sheet.append(["ПЕТРОВА МАРИЯ ИВАНОВНА", "Технолог", "petrova@romashka.example"])
    sheet.append(["Ozoliņš Pēteris", "Inženieris", "peteris@"])
    sheet.append(["Итого: 2 человека"])
    book.save(tmp_path / "список.xlsx")
    # WHEN it is checked without writing
    dry = run("--db", db_url, "people", "import", str(tmp_path / "список.xlsx"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Checked only, nothing was written: 2 of 3 rows can be imported." in dry.stdout
    # AND imported with a report
    done = run("--db", db_url, "people", "import", str(tmp_path / "список.xlsx"), "--report",
               str(tmp_path / "отчёт.csv"))
    assert done.returncode == 0, done.stderr
    assert "Imported: 2 new people, 0 already in the database, 1 new organisations" in done.stdout
    assert "Row 5: Ozoliņš Pēteris" in done.stdout  # its e-mail is reported
    assert (tmp_path / "отчёт.csv").read_text(encoding="utf-8-sig").count("\n") == 4
    # THEN a second import finds everybody already there
    again = json.loads(run("--db", db_url, "people", "import", str(tmp_path / "список.xlsx"), "--json").stdout)
    assert (again["created"], again["existing"], again["valid"]) == (0, 2, 2)
    assert {row["organisation"] for row in again["rows"] if row["name"]} == {"ООО «Ромашка»"}
    # AND a broken file is one sentence
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    broken = run("--db", db_url, "people", "import", str(tmp_path / "broken.xlsx"))
    assert broken.returncode == 1 and broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr


# --- the people register: import with an organisation, search, erasure, a person's data ---------------


def _one_line(result: subprocess.CompletedProcess[str]) -> bool:
    return result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def _people(db_url: str) -> list[tuple[int, str, str, str, int | None]]:
    from sqlalchemy import select

    from factory_desk.domain.models import Person
    from factory_desk.store.database import Database

    database = Database(db_url)
    try:
        with database.read() as session:
            return [tuple(row) for row in session.execute(  # type: ignore[misc]
                select(Person.id, Person.surname, Person.first_name, Person.patronymic, Person.organisation_id)
                .order_by(Person.id))]
    finally:
        database.dispose()


@pytest.fixture
def romashka(db_url: str) -> dict[str, int]:
    """ООО «Ромашка» with Петрова Мария Ивановна already registered, and Семёнова Анна in another organisation."""
    from factory_desk.domain.models import Organisation, Person
    from factory_desk.store.database import Database

    database = Database(db_url)
    try:
        with database.write() as session:
            romashka = Organisation(full_name="ООО «Ромашка»", short_name="Ромашка", inn="7707083893")
            lutik = Organisation(full_name="АО «Лютик»")
            session.add_all([romashka, lutik])
            session.flush()
            petrova = Person(surname="Петрова", first_name="Мария", patronymic="Ивановна", position="Технолог",
                             organisation_id=romashka.id)
            semenova = Person(surname="Семёнова", first_name="Анна", patronymic="Сергеевна", position="Мастер",
                              organisation_id=lutik.id)
            session.add_all([petrova, semenova])
            session.flush()
            return {"romashka": romashka.id, "lutik": lutik.id, "petrova": petrova.id, "semenova": semenova.id}
    finally:
        database.dispose()


def _list_without_organisation(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ФИО", "Должность", "Подразделение"])
    sheet.append(["Петрова Мария Ивановна", "Технолог", "ОТК"])  # row 2: already in the database
    sheet.append(["", "Мастер", "Цех 2"])  # row 3: no name
    sheet.append(["Сидоров Пётр Андреевич", "Инженер", "Цех 1"])  # row 4: new
    sheet.append(["СИДОРОВ ПЕТР АНДРЕЕВИЧ", "Инженер", "Цех 1"])  # row 5: row 4 again, typed differently
    sheet.append(["Итого: 4"])  # row 6: a total
    book.save(path)
    return path


def test_an_import_for_an_organisation_given_by_inn_reports_every_row_in_json(db_url, romashka, tmp_path):
    # GIVEN a list that names no organisation, with a total, a row without a name and a person twice
    file = _list_without_organisation(tmp_path / "список.xlsx")
    before = _people(db_url)
    # WHEN it is checked for the organisation with the ИНН 7707083893
    dry = run("--db", db_url, "people", "import", str(file), "--organization", "7707083893", "--dry-run", "--json")
    # THEN the JSON has every person once, the errors, skipped rows and duplicates, each with its row
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert (report["valid"], report["created"], report["organization"]) == (2, 0, "Ромашка")
    assert report["people"] == [
        {"row": 2, "full_name": "Петрова Мария Ивановна", "organization": "Ромашка", "organization_inn": "7707083893",
         "position": "Технолог", "department": "ОТК", "existing_id": romashka["petrova"]},
        {"row": 4, "full_name": "Сидоров Пётр Андреевич", "organization": "Ромашка", "organization_inn": "7707083893",
         "position": "Инженер", "department": "Цех 1", "existing_id": None},
    ]
    assert report["errors"] == [{"row": 3, "message": "There is no name."}]
    assert report["skipped"] == [{"row": 6, "message": "A total, not a person: “Итого: 4”."}]
    assert report["duplicates"] == [
        {"row": 2, "duplicate_of": {"id": romashka["petrova"], "full_name": "Петрова Мария Ивановна"}},
        {"row": 5, "duplicate_of": {"row": 4}},
    ]
    # AND nothing was written
    assert _people(db_url) == before


def test_an_import_for_an_organisation_given_by_name_creates_each_new_person_once(db_url, romashka, tmp_path):
    # GIVEN the same list WHEN it is imported for "ооо «ромашка»", typed in lower case
    file = _list_without_organisation(tmp_path / "список.xlsx")
    done = run("--db", db_url, "people", "import", str(file), "--organization", "ооо «ромашка»", "--json")
    # THEN only Сидоров is new, once, in Ромашка; Петрова is the record that was there
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["valid"], report["created"], report["existing"]) == (2, 1, 1)
    assert [p["row"] for p in report["people"]] == [2, 4]
    new = [p for p in _people(db_url) if p[0] not in romashka.values()]
    assert [p[1:] for p in new] == [("Сидоров", "Пётр", "Андреевич", romashka["romashka"])]
    # AND the sentences say the same
    again = run("--db", db_url, "people", "import", str(file), "--organization", "Ромашка")
    assert again.returncode == 0, again.stderr
    assert "Imported: 0 new people, 2 already in the database" in again.stdout


@pytest.mark.parametrize(
    ("organization", "expected"),
    [
        ("Василёк", "No organisation named “Василёк” is in the database."),
        ("7736207543", "No organisation with the INN 7736207543 is in the database."),
        ("ромаш", "No organisation is named “ромаш”; similar names: Ромашка (7707083893)."),
    ],
)
def test_an_unknown_organisation_is_one_sentence_and_nothing_is_imported(db_url, romashka, tmp_path, organization,
                                                                         expected):
    file = _list_without_organisation(tmp_path / "список.xlsx")
    before = _people(db_url)
    result = run("--db", db_url, "people", "import", str(file), "--organization", organization)
    assert result.returncode == 1
    assert result.stderr == f"factory-desk: {expected}\n"
    assert _people(db_url) == before


def test_the_old_inn_option_still_works(db_url, romashka, tmp_path):
    file = _list_without_organisation(tmp_path / "список.xlsx")
    result = run("--db", db_url, "people", "import", str(file), "--organisation-inn", "7707083893", "--dry-run",
                 "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["organization"] == "Ромашка"


def test_searching_people_ignores_case_and_yo(db_url, romashka):
    # WHEN the register is searched for "СЕМЕНОВА" (capitals, е for ё)
    found = run("--db", db_url, "people", "search", "СЕМЕНОВА")
    listed = run("--db", db_url, "people", "search", "семенова анна", "--json")
    # THEN Семёнова is found, in a sentence and in JSON
    assert found.returncode == 0, found.stderr
    assert found.stdout == (f"Семёнова Анна Сергеевна — АО «Лютик» (id {romashka['semenova']})\n"
                            "People found: 1.\n")
    assert json.loads(listed.stdout) == [{"id": romashka["semenova"], "full_name": "Семёнова Анна Сергеевна",
                                          "organization": "АО «Лютик»", "position": "Мастер"}]
    # AND a search that finds nobody says so and still succeeds
    nobody = run("--db", db_url, "people", "search", "Ёжиков")
    assert nobody.returncode == 0 and nobody.stdout == "Nobody in the register matches “Ёжиков”.\n"
    empty = run("--db", db_url, "people", "search", "Ёжиков", "--json")
    assert empty.returncode == 0 and json.loads(empty.stdout) == []
    # AND --limit shows the first ones of everybody (an empty text) and says there are more
    limited = run("--db", db_url, "people", "search", "", "--limit", "1")
    assert limited.returncode == 0 and "People found: 2, the first 1 shown" in limited.stdout


def test_erasing_a_person_from_the_command_line(db_url, romashka):
    from sqlalchemy import select

    from factory_desk.domain.models import AuditEntry
    from factory_desk.store.database import Database

    # WHEN Петрова's data are erased on her request
    erased = run("--db", db_url, "people", "erase", str(romashka["petrova"]))
    # THEN a sentence says so, search does not find her, and the audit log has the erasure
    assert erased.returncode == 0, erased.stderr
    assert f"The personal data of person {romashka['petrova']} were erased" in erased.stdout
    assert "enrolments: 0, attendance marks: 0, certificates: 0" in erased.stdout
    assert json.loads(run("--db", db_url, "people", "search", "Петрова", "--json").stdout) == []
    database = Database(db_url)
    try:
        with database.read() as session:
            audit = session.execute(select(AuditEntry.entity_id, AuditEntry.user_name, AuditEntry.reason)
                                    .where(AuditEntry.action == "personal_data_erased")).all()
    finally:
        database.dispose()
    assert [tuple(a) for a in audit] == [(romashka["petrova"], "command line", "Erasure requested by the person.")]
    # AND a second erasure, or an unknown number, is one sentence, not a traceback
    again = run("--db", db_url, "people", "erase", str(romashka["petrova"]))
    assert again.returncode == 1 and _one_line(again) and "already erased" in again.stderr
    unknown = run("--db", db_url, "people", "erase", "999999")
    assert unknown.returncode == 1 and _one_line(unknown)
    assert unknown.stderr == "factory-desk: There is no person with the number 999999 in the register.\n"
    # AND with --json and a reason, the erasure is confirmed for a script
    other = run("--db", db_url, "people", "erase", str(romashka["semenova"]), "--reason", "Заявление", "--json")
    assert other.returncode == 0, other.stderr
    assert json.loads(other.stdout)["id"] == romashka["semenova"] and json.loads(other.stdout)["erased"] is True


def test_a_persons_data_are_written_to_a_file_on_request(db_url, romashka, tmp_path):
    import openpyxl

    # WHEN Семёнова asks for everything held about her
    target = tmp_path / "Семёнова.xlsx"
    result = run("--db", db_url, "people", "data", str(romashka["semenova"]), str(target))
    # THEN the file opens in Excel with her name
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    values = [cell.value for row in openpyxl.load_workbook(target).worksheets[0].iter_rows() for cell in row]
    assert "Семёнова" in values and "Анна" in values
    # AND a JSON copy works too, and another kind of file is one sentence
    as_json = run("--db", db_url, "people", "data", str(romashka["semenova"]), str(tmp_path / "copy.json"), "--json")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["file"] == str(tmp_path / "copy.json")
    assert json.loads((tmp_path / "copy.json").read_text(encoding="utf-8"))["person"]["surname"] == "Семёнова"
    wrong = run("--db", db_url, "people", "data", str(romashka["semenova"]), str(tmp_path / "copy.txt"))
    assert wrong.returncode == 1 and _one_line(wrong) and "not “.txt”" in wrong.stderr


def test_a_reader_that_stops_reading_is_not_a_crash(db_url):
    # GIVEN a demo region, and a listing piped into a reader that goes away at once (`… | head -0`)
    assert run("--db", db_url, "demo").returncode == 0
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": ""}
    process = subprocess.Popen([sys.executable, "-m", "factory_desk", "--db", db_url, "projects", "list"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdout.close()  # closed long before the command has started up and written its list
    # WHEN the command writes its list THEN it ends quietly: no «unexpected error», nothing logged as a crash
    error = process.stderr.read()
    assert process.wait(timeout=300) == 0, error
    assert error == ""
    log = Path(env["XDG_STATE_HOME"]) / "FactoryDesk" / "log" / "factory-desk.log"
    assert "crashed" not in log.read_text(encoding="utf-8")
